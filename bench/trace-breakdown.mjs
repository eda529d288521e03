// Where the time of a cold start goes, from a Chrome trace written by bench/cold-start.mjs
// (--trace, --trace-second, --trace-widget). Not a test: it prints, for the visited page (the
// last navigation to an http URL in the trace), times from the navigation's start (the probe's
// mark cold:origin, performance.timeOrigin), and the probe's marks (usable, pasted, summary):
//   - its requests (start -> end, served by the service worker or not);
//   - each task of the page's main thread of at least --min ms (default 5), with the time spent
//     in it by kind: navigation (committing it), loading (handling responses), parse (HTML),
//     style, layout, paint, script (evaluation, events, callbacks), wasm (compiling, lazy
//     compilation of a function at its first call, instantiation), other (not traced inside);
//   - the tasks of its workers (dedicated and service worker);
//   - the main thread's total by kind until --until ms (default: the end of the trace).
// Times are self times (an event's time minus that of the events inside it), so nothing counts
// twice. Usage:
//   node bench/trace-breakdown.mjs TRACE.json [--min 5] [--until 1500]
import { readFileSync } from "node:fs";

const file = process.argv[2];
if (!file) {
  console.error("usage: node bench/trace-breakdown.mjs TRACE.json [--min 5] [--until MS]");
  process.exit(2);
}
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const MIN_MS = arg("--min", 5);
const UNTIL = arg("--until", Infinity);

const events = JSON.parse(readFileSync(file, "utf8")).traceEvents;
const threadName = new Map();
for (const e of events) if (e.ph === "M" && e.name === "thread_name") threadName.set(`${e.pid}:${e.tid}`, e.args.name);
const navs = events.filter((e) => e.name === "navigationStart" && /^https?:/.test(e.args?.data?.documentLoaderURL ?? ""));
if (!navs.length) throw new Error("no navigation to an http URL in this trace");
const nav = navs[navs.length - 1];
const pid = nav.pid;
// The marks of bench/cold-start.mjs's probe: cold:origin is the navigation's start as the page
// counts it (performance.timeOrigin), which the figures are measured from.
const marks = events.filter((e) => e.pid === pid && /^cold:/.test(e.name) && (e.ph === "R" || e.ph === "I" || e.ph === "i" || e.ph === "b" || e.ph === "n"));
const origin = marks.filter((e) => e.name === "cold:origin").pop();
const t0 = origin ? origin.ts : nav.ts;
const ms = (ts) => (ts - t0) / 1000;
const pad = (x, n = 5) => String(Math.round(x)).padStart(n);

/** The kind of work an event's self time is. */
function kind(name) {
  if (/^(ParseHTML|MetaCharsetCheck|DecodedDataDocumentParser)/.test(name)) return "parse";
  if (/^(UpdateLayoutTree|ParseAuthorStyleSheet|RecalculateStyles|ScheduleStyleRecalculation)/.test(name)) return "style";
  if (/^(Layout|InvalidateLayout|IntersectionObserver)/.test(name)) return "layout";
  if (/^(PrePaint|Paint|Layerize|Commit|UpdateLayer|RasterTask|BeginCommitCompositorFrame|HitTest)/.test(name)) return "paint";
  if (/wasm/i.test(name)) return "wasm";
  if (/^(DocumentLoader|NavigationBodyLoader|FrameLoader|CommitNavigation)/.test(name)) return "navigation";
  if (/^(ResourceRequestSender|ThrottlingURLLoader|MojoURLLoaderClient|URLLoader|CorsURLLoader|Resource[A-Z]|WorkerScriptFetcher)/.test(name)) return "loading";
  if (/^(v8\.(evaluateModule|compile|produceModuleCache|run|parseOnBackground)|EvaluateScript|FunctionCall|EventDispatch|RunMicrotasks|TimerFire|FireAnimationFrame|HandlePostMessage|V8\.|MinorGC|MajorGC|BlinkGC)/.test(name)) return "script";
  return "other";
}
const KINDS = ["navigation", "loading", "parse", "style", "layout", "paint", "script", "wasm", "other"];

/** Self times by kind of the complete events of one thread inside [from, to). */
function selfTimes(list, from, to) {
  const inside = list.filter((e) => e.ts >= from && e.ts < to).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const by = Object.fromEntries(KINDS.map((k) => [k, 0]));
  const stack = [];
  const close = (upTo) => {
    while (stack.length && stack[stack.length - 1].end <= upTo) {
      const top = stack.pop();
      by[top.kind] += Math.max(0, top.self);
    }
  };
  for (const e of inside) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= e.dur;
    stack.push({ end: e.ts + e.dur, self: e.dur, kind: e.name === "RunTask" ? "other" : kind(e.name) });
  }
  close(Infinity);
  for (const k of KINDS) by[k] /= 1000;
  return by;
}
const describe = (by) =>
  KINDS.filter((k) => by[k] >= 1)
    .map((k) => `${k} ${Math.round(by[k])}`)
    .join(", ");

const complete = new Map(); // "pid:tid" -> complete events
for (const e of events) {
  if (e.ph !== "X" || !e.dur) continue;
  const key = `${e.pid}:${e.tid}`;
  if (!complete.has(key)) complete.set(key, []);
  complete.get(key).push(e);
}

// Requests of the page's process (the renderer's view: sent, finished).
const sent = new Map();
for (const e of events) {
  const d = e.args?.data;
  if (!d?.requestId) continue;
  if (e.name === "ResourceSendRequest" && e.pid === pid) sent.set(d.requestId, { url: d.url, start: e.ts, end: null, sw: false });
  else if (e.name === "ResourceReceiveResponse" && sent.has(d.requestId)) sent.get(d.requestId).sw ||= Boolean(d.fromServiceWorker || d.cacheStorageCacheName);
  else if (e.name === "ResourceFinish" && sent.has(d.requestId)) sent.get(d.requestId).end = e.ts;
}
console.log(`${nav.args.data.documentLoaderURL} (times in ms from ${origin ? "the navigation's start, cold:origin" : "its navigationStart"})`);
const seen = new Set();
for (const m of marks.filter((e) => e.name !== "cold:origin" && e.ts >= t0).sort((a, b) => a.ts - b.ts)) {
  if (!seen.has(m.name)) console.log(`  ${m.name.slice(5)} at ${Math.round(ms(m.ts))} ms`);
  seen.add(m.name);
}
console.log(`\nrequests seen by the page's renderer (start → end):`);
for (const r of [...sent.values()].filter((r) => r.start >= t0 - 1e6).sort((a, b) => a.start - b.start)) {
  console.log(`  ${pad(ms(r.start))} → ${r.end ? pad(ms(r.end)) : "    …"} ${r.sw ? "sw " : "   "}${r.url.replace(/^https?:\/\/[^/]+/, "")}`);
}

for (const [key, list] of complete) {
  const name = threadName.get(key) ?? "?";
  const [p] = key.split(":").map(Number);
  const main = p === pid && name === "CrRendererMain";
  const worker = /DedicatedWorker|ServiceWorker thread/.test(name);
  if (!main && !worker) continue;
  const tasks = list.filter((e) => e.name === "RunTask" && e.ts >= t0 - 300000 && ms(e.ts) <= UNTIL);
  if (!tasks.length) continue;
  console.log(`\n${main ? "the page's main thread" : name} (pid ${p}): tasks of ${MIN_MS} ms or more [start +duration: self time by kind]`);
  for (const t of tasks.filter((t) => t.dur >= MIN_MS * 1000)) {
    console.log(`  ${pad(ms(t.ts))} +${pad(t.dur / 1000, 4)}: ${describe(selfTimes(list, t.ts, t.ts + t.dur))}`);
  }
  const to = Number.isFinite(UNTIL) ? t0 + UNTIL * 1000 : Infinity;
  const all = selfTimes(list, t0, to);
  const busy = tasks.filter((t) => t.ts >= t0).reduce((s, t) => s + Math.min(t.dur, Math.max(0, to - t.ts)), 0) / 1000;
  console.log(`  busy ${Math.round(busy)} ms from the navigation${Number.isFinite(UNTIL) ? ` to ${UNTIL} ms` : ""}: ${describe(all)}`);
}
