// Cold start on a slow phone (issue 26): how long a reader waits for the first summary, in
// headless Chromium driven through the DevTools protocol (bench/cdp.mjs). Not a test: it prints
// figures. Usage (./dev bench --cold runs it on www/ after a build):
//   node bench/cold-start.mjs [--runs 5] [--www DIR] [--also DIR] [--only page|widget] [--json FILE] [--verbose]
//                             [--trace FILE] [--trace-second FILE] [--trace-widget FILE]
//   --also DIR   a second site (e.g. a build of another commit's www/), run in turn with the
//                first, so that both see the same load of the machine
//   --only page|widget   only the page's visits, or only the widget's
//   --verbose    every visit's requests (start, end, bytes), first paint and long tasks
//   --trace      a Chrome trace of the first run's first visit (second visit, widget), for Perfetto
//
// Conditions of every run: a fresh profile (empty cache, no service worker); the page's CPU 4x
// slower (Emulation.setCPUThrottlingRate; Chromium offers it for pages only, so a worker runs at
// full speed); slow 4G (Network.emulateNetworkConditions: 150 ms latency, 1.6 Mbit/s down,
// 750 kbit/s up; a page's workers follow its conditions, the service worker gets its own); a
// 390 x 844 phone screen; the site served over HTTP/1.1 by tests/js/helpers/static-server.mjs,
// gzip on, "Cache-Control: no-cache". The text is bench/interview.txt (12 KB, an interview
// written for the project), pasted (a paste event, the text, an input event of type
// insertFromPaste) as soon as the text area is usable.
//
// Figures (from the navigation's start, performance.timeOrigin; "shown" is the next animation
// frame after the DOM changed), medians of the runs:
//   page: navigation -> text area usable     the page's script has set up its controls
//                                             (#amount has its aria-valuetext)
//   page: navigation -> first summary shown   #summary-list has items
//   page: second visit -> first summary       the same profile once the service worker has
//                                             taken control, the worker stopped
//                                             (ServiceWorker.stopAllWorkers), a new tab
//   widget: navigation -> summary rendered    a news page with the article and one
//                                             <tomtat-summary> loaded by <script type=module
//                                             src="pkg/widget.js">, until tomtat-summarized;
//                                             and the same page also preloading the .wasm
// and the bytes on the wire until then (encoded bytes of the responses finished by then, headers
// included; answers of the service worker and of the browser's caches count nothing).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./cdp.mjs";
import { serveStatic } from "../tests/js/helpers/static-server.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg("--runs", "5"));
const WWW = path.resolve(arg("--www", path.join(ROOT, "www")));
const JSON_OUT = arg("--json", null);
const ALSO = arg("--also", null) && path.resolve(arg("--also", null)); // a second site, run in turn
const VERBOSE = process.argv.includes("--verbose");
const ONLY = arg("--only", null); // "page" or "widget": only those visits
// Chrome traces (for chrome://tracing or Perfetto) of the first run's first and second visits.
let TRACE = arg("--trace", null);
let TRACE_SECOND = arg("--trace-second", null);
let TRACE_WIDGET = arg("--trace-widget", null);

const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_RATE = 4;
const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, mobile: true };
const TEXT = readFileSync(path.join(ROOT, "bench/interview.txt"), "utf8");
const TIMEOUT_MS = 60000;
const SETTLE_MS = 2000;
/** The targets to attach to and throttle (not the browser's own UI). */
const TARGETS = ["page", "iframe", "worker", "shared_worker", "service_worker"].map((type) => ({ type })).concat({ exclude: true });

/**
 * A news page with the interview as its article and one widget, in the widget's usual place;
 * with `preload`, the page also asks for the .wasm in its head, as npm/README.md suggests.
 */
function newsPage(text, preload = false) {
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const [title, ...lines] = text.split("\n").filter((l) => l.trim());
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — Báo Sông Xanh</title>
<link rel="icon" href="data:,">
<script type="module" src="pkg/widget.js"></script>${preload ? '\n<link rel="preload" href="pkg/tomtat_bg.wasm" as="fetch" type="application/wasm" crossorigin>' : ""}
<style>
body { margin: 0; font: 17px/1.6 Georgia, serif; color: #222; background: #fff; }
header, main { max-width: 680px; margin: 0 auto; padding: 0 16px; }
header { border-bottom: 1px solid #ddd; font: 700 20px/3 system-ui, sans-serif; }
h1 { font-size: 1.6em; line-height: 1.25; }
</style>
</head>
<body>
<header>Báo Sông Xanh</header>
<main>
<article>
<h1>${esc(title)}</h1>
<p class="byline">Thu Hà — Lam Giang</p>
<tomtat-summary for="article-body" sentences="3">Bản tóm tắt cần JavaScript.</tomtat-summary>
<div id="article-body">
${lines.map((l) => `<p>${esc(l)}</p>`).join("\n")}
</div>
</article>
</main>
</body>
</html>
`;
}

/** Runs in every document before its scripts; leaves its figures in window.__cold. */
function probe(text) {
  const r = (window.__cold = { origin: performance.timeOrigin });
  // The figures are also user timing marks, so that a trace (--trace) shows them
  // (bench/trace-breakdown.mjs counts its times from cold:origin, the navigation's start).
  performance.mark("cold:origin", { startTime: 0 });
  const at = (k) => {
    if (r[k] !== undefined) return;
    r[k] = performance.now();
    performance.mark(`cold:${k}`, { startTime: r[k] });
  };
  const shown = (k) => requestAnimationFrame(() => at(k));
  // Diagnostics for --verbose: the main thread's long tasks and the first paint.
  r.long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.entryType === "longtask") r.long.push([Math.round(e.startTime), Math.round(e.duration)]);
      else if (e.name === "first-contentful-paint") r.fcp = e.startTime;
    }
  }).observe({ entryTypes: ["longtask", "paint"] });
  if (location.pathname.includes("/news")) {
    document.addEventListener("tomtat-summarized", () => shown("summary"), { capture: true, once: true });
    document.addEventListener("tomtat-error", (e) => (r.error = e.detail.message), { capture: true, once: true });
    return;
  }
  const paste = () => {
    const area = document.getElementById("text");
    area.focus();
    const data = new DataTransfer();
    data.setData("text/plain", text);
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    if (area.dispatchEvent(event)) {
      area.value = text;
      area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    }
    at("pasted");
    const list = document.getElementById("summary-list");
    const seen = () => list.children.length > 0 && (shown("summary"), true);
    if (!seen()) new MutationObserver((_, o) => seen() && o.disconnect()).observe(list, { childList: true });
  };
  new MutationObserver((_, o) => {
    const amount = document.getElementById("amount");
    if (amount && amount.hasAttribute("aria-valuetext")) {
      o.disconnect();
      at("usable");
      paste();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["aria-valuetext"] });
}

/**
 * A fresh browser whose every target is throttled before it runs. Returns { cdp, requests,
 * workerCpu, open(url) -> page session id, close() }.
 */
async function throttledBrowser() {
  const cdp = await launchChromium();
  // The browser's own start-up (headless Chromium loads some of its UI in a renderer of its own)
  // is over before the page is opened, so that it does not compete with the page.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const requests = new Map(); // sessionId:requestId -> { url, type, start, end, bytes, fromCache, kind }
  const sessionType = new Map();
  const state = { workerCpu: null, offset: null };
  // Request ids are the browser's own: a request seen by two sessions (the service worker is
  // attached twice, by the browser and by its page) is counted once.
  const key = (s, id) => id;
  const pages = new Map(); // targetId -> sessionId

  cdp.on("Network.requestWillBeSent", (p, s) => {
    if (state.offset === null && p.wallTime) state.offset = p.wallTime * 1000 - p.timestamp * 1000;
    const old = requests.get(key(s, p.requestId));
    requests.set(key(s, p.requestId), {
      url: p.request.url,
      target: sessionType.get(s),
      start: p.timestamp * 1000,
      bytes: old?.bytes ?? 0,
      cached: false,
    });
  });
  cdp.on("Network.responseReceived", (p, s) => {
    const r = requests.get(key(s, p.requestId));
    if (!r) return;
    r.status = p.response.status;
    r.cached = Boolean(p.response.fromServiceWorker || p.response.fromDiskCache || p.response.fromPrefetchCache);
    r.sw = Boolean(p.response.fromServiceWorker);
  });
  cdp.on("Network.requestServedFromCache", (p, s) => {
    const r = requests.get(key(s, p.requestId));
    if (r) r.cached = true;
  });
  cdp.on("Network.loadingFinished", (p, s) => {
    const r = requests.get(key(s, p.requestId));
    if (!r) return;
    r.end = p.timestamp * 1000;
    r.bytes = r.cached ? 0 : p.encodedDataLength;
  });
  cdp.on("Network.loadingFailed", (p, s) => {
    const r = requests.get(key(s, p.requestId));
    if (r) r.end = p.timestamp * 1000;
  });

  if (VERBOSE) {
    cdp.on("Runtime.exceptionThrown", (p, s) => console.log(`exception in ${sessionType.get(s)}: ${p.exceptionDetails.exception?.description ?? p.exceptionDetails.text}`));
    cdp.on("Runtime.consoleAPICalled", (p, s) => console.log(`console.${p.type} in ${sessionType.get(s)}: ${p.args.map((a) => a.value ?? a.description).join(" ")}`));
  }
  cdp.on("Target.attachedToTarget", async ({ sessionId, targetInfo, waitingForDebugger }) => {
    sessionType.set(sessionId, targetInfo.type);
    if (VERBOSE) console.log(`attached ${targetInfo.type} ${targetInfo.url}`);
    const s = (method, params) =>
      cdp.send(method, params, sessionId).catch((err) => {
        if (VERBOSE) console.log(`  ${targetInfo.type}: ${err.message}`);
        return null;
      });
    // A page's dedicated workers are not paused at their start: Chromium applies neither network
    // conditions nor CPU throttling to them (their requests follow the page's conditions), and
    // a pause would only delay them; they are attached to count their requests.
    const autoAttach = { autoAttach: true, waitForDebuggerOnStart: false, flatten: true, filter: TARGETS };
    if (targetInfo.type === "page") {
      if (VERBOSE) await s("Runtime.enable");
      await s("Network.enable");
      await s("Network.emulateNetworkConditions", NETWORK);
      await s("Page.enable");
      await s("Emulation.setCPUThrottlingRate", { rate: CPU_RATE });
      await s("Emulation.setDeviceMetricsOverride", PHONE);
      await s("Page.addScriptToEvaluateOnNewDocument", { source: `(${probe})(${JSON.stringify(TEXT)})` });
      await s("Target.setAutoAttach", autoAttach);
      if (waitingForDebugger) await s("Runtime.runIfWaitingForDebugger");
      pages.set(targetInfo.targetId, sessionId); // set up: open() may navigate it
      return;
    }
    // A worker answers only once it runs: the commands are sent in order without waiting, then
    // it is resumed. (A dedicated worker's requests follow its page's network conditions.)
    const sent = [];
    if (VERBOSE) sent.push(s("Runtime.enable"));
    sent.push(s("Network.enable"));
    sent.push(s("Network.emulateNetworkConditions", NETWORK));
    const cpu = s("Emulation.setCPUThrottlingRate", { rate: CPU_RATE });
    sent.push(s("Target.setAutoAttach", autoAttach));
    if (waitingForDebugger) sent.push(s("Runtime.runIfWaitingForDebugger"));
    if ((await cpu) === null) state.workerCpu = false;
    else state.workerCpu ??= true;
    await Promise.all(sent);
  });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: TARGETS });

  async function open(url) {
    const { targetId } = await cdp.send("Target.createTarget", { url: "about:blank" });
    while (!pages.has(targetId)) await new Promise((r) => setTimeout(r, 20));
    const sessionId = pages.get(targetId);
    await cdp.send("Page.navigate", { url }, sessionId);
    return { sessionId, targetId };
  }

  async function figures(sessionId, want) {
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      const { result } = await cdp.send("Runtime.evaluate", { expression: "JSON.stringify(window.__cold || null)", returnByValue: true }, sessionId);
      const r = JSON.parse(result.value ?? "null");
      if (r && r.error) throw new Error(`the page reported: ${r.error}`);
      if (r && want.every((k) => r[k] !== undefined)) return r;
      if (Date.now() > deadline) throw new Error(`no ${want.join(", ")} within ${TIMEOUT_MS} ms: ${JSON.stringify(r)}`);
      await new Promise((res) => setTimeout(res, 100));
    }
  }

  /** Bytes on the wire of the responses finished before wall-clock time `wall` (ms). */
  function bytesBefore(wall) {
    let sum = 0;
    for (const r of requests.values()) if (r.end !== undefined && r.end + state.offset <= wall) sum += r.bytes;
    return sum;
  }

  function timeline(origin, until) {
    return [...requests.values()]
      .filter((r) => r.start + state.offset >= origin - 1 && r.start + state.offset <= until && !r.url.startsWith("chrome"))
      .sort((a, b) => a.start - b.start)
      .map((r) => {
        const t = (x) => (x === undefined ? "   …" : String(Math.round(x + state.offset - origin)).padStart(5));
        return `  ${t(r.start)} → ${t(r.end)} ms ${String(r.bytes).padStart(7)} B ${r.sw ? "sw " : r.cached ? "cache " : ""}${(r.target ?? "?").padEnd(14)} ${r.url.replace(/^https?:\/\/[^/]+/, "")}`;
      });
  }

  return { cdp, state, open, figures, bytesBefore, timeline, requests, close: () => cdp.close() };
}

async function waitForController(b, sessionId) {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const { result } = await b.cdp.send(
      "Runtime.evaluate",
      {
        expression: `(async () => Boolean(navigator.serviceWorker && navigator.serviceWorker.controller) && (await caches.keys()).length > 0)()`,
        awaitPromise: true,
        returnByValue: true,
      },
      sessionId,
    );
    if (result.value === true) return;
    if (Date.now() > deadline) {
      const { result: why } = await b.cdp.send(
        "Runtime.evaluate",
        {
          expression: `navigator.serviceWorker.getRegistration().then((r) => JSON.stringify(r && [r.installing?.state, r.waiting?.state, r.active?.state]))`,
          awaitPromise: true,
          returnByValue: true,
        },
        sessionId,
      );
      if (VERBOSE) console.log(b.timeline(0, Infinity).join("\n"));
      throw new Error(`the service worker did not take control within a minute (installing, waiting, active: ${why.value})`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** For --verbose: the requests of a visit (and `after` ms more), its first paint and long tasks. */
function describe(label, r, b, after) {
  const ms = (x) => (x === undefined ? "-" : Math.round(x));
  console.log(`${label}: summary at ${ms(r.summary)} ms; requests (start → end, bytes on the wire):`);
  console.log(b.timeline(r.origin, r.origin + r.summary + after).join("\n"));
  console.log(`  first paint ${ms(r.fcp)} ms, usable ${ms(r.usable)}, pasted ${ms(r.pasted)}; main thread's long tasks [start, ms]: ${JSON.stringify(r.long)}`);
}

function startTrace(cdp) {
  return cdp.send("Tracing.start", {
    transferMode: "ReturnAsStream",
    traceConfig: {
      includedCategories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8.wasm", "blink.user_timing", "loading"],
    },
  });
}

async function saveTrace(cdp, file) {
  const done = new Promise((resolve) => cdp.on("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  const { stream } = await done;
  let data = "";
  for (;;) {
    const chunk = await cdp.send("IO.read", { handle: stream, size: 1 << 20 });
    data += chunk.base64Encoded ? Buffer.from(chunk.data, "base64").toString("utf8") : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send("IO.close", { handle: stream });
  writeFileSync(file, data);
  console.log(`trace: ${file}`);
}

async function pageRun(origin) {
  const b = await throttledBrowser();
  try {
    const tracing = TRACE;
    TRACE = null;
    if (tracing) await startTrace(b.cdp);
    const first = await b.open(`${origin}/`);
    const r1 = await b.figures(first.sessionId, ["usable", "summary"]);
    if (tracing) await saveTrace(b.cdp, tracing);
    const out = {
      usable: r1.usable,
      summary: r1.summary,
      usableBytes: b.bytesBefore(r1.origin + r1.usable),
      summaryBytes: b.bytesBefore(r1.origin + r1.summary),
    };
    if (VERBOSE) describe("first visit", r1, b, 3000);
    await waitForController(b, first.sessionId);
    // Quiet: whatever the service worker still caches, then a new visit in a new tab, the
    // service worker stopped as it would be after a while.
    await new Promise((r) => setTimeout(r, 1500));
    out.firstVisitBytes = [...b.requests.values()].reduce((s, r) => s + (r.bytes || 0), 0);
    await b.cdp.send("Target.closeTarget", { targetId: first.targetId });
    await b.cdp.send("ServiceWorker.enable").catch(() => {});
    await b.cdp.send("ServiceWorker.stopAllWorkers").catch(() => {});
    await new Promise((r) => setTimeout(r, 500));
    const before = b.bytesBefore(Infinity);
    const tracingSecond = TRACE_SECOND;
    TRACE_SECOND = null;
    if (tracingSecond) await startTrace(b.cdp);
    const second = await b.open(`${origin}/`);
    const r2 = await b.figures(second.sessionId, ["summary"]);
    if (tracingSecond) await saveTrace(b.cdp, tracingSecond);
    out.second = r2.summary;
    out.secondBytes = b.bytesBefore(r2.origin + r2.summary) - before;
    if (VERBOSE) describe("second visit", r2, b, 0);
    out.workerCpu = b.state.workerCpu;
    return out;
  } finally {
    await b.close();
  }
}

async function widgetRun(origin, file, prefix = "") {
  const b = await throttledBrowser();
  try {
    const tracing = !prefix && TRACE_WIDGET;
    if (tracing) {
      TRACE_WIDGET = null;
      await startTrace(b.cdp);
    }
    const { sessionId } = await b.open(`${origin}/${file}`);
    const r = await b.figures(sessionId, ["summary"]);
    if (tracing) await saveTrace(b.cdp, tracing);
    if (VERBOSE) describe(file, r, b, 0);
    const key = prefix ? `${prefix}Widget` : "widget";
    return { [key]: r.summary, [`${key}Bytes`]: b.bytesBefore(r.origin + r.summary), workerCpu: b.state.workerCpu };
  } finally {
    await b.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[n >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

/** A copy of `www` with the news pages, served: { name, www, server, runs, dir }. */
async function site(www) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tomtat-cold-site-"));
  cpSync(www, dir, { recursive: true });
  writeFileSync(path.join(dir, "news.html"), newsPage(TEXT));
  writeFileSync(path.join(dir, "news-preload.html"), newsPage(TEXT, true));
  const server = await serveStatic(dir, { cacheControl: "no-cache" });
  const version = readFileSync(path.join(dir, "sw-version.js"), "utf8").match(/"([^"]+)"/)?.[1];
  return { name: `${path.relative(process.cwd(), www) || "."} (${version})`, www, server, dir, runs: [] };
}

const sites = [await site(WWW), ...(ALSO ? [await site(ALSO)] : [])];
console.log(
  `cold start: CPU ${CPU_RATE}x slower, ${NETWORK.latency} ms latency, ${(NETWORK.downloadThroughput * 8) / 1e6} Mbit/s down, ` +
    `${(NETWORK.uploadThroughput * 8) / 1e3} kbit/s up, gzip, ${PHONE.width}x${PHONE.height}, ${Buffer.byteLength(TEXT)} bytes pasted; ` +
    `${RUNS} runs, fresh profiles${sites.length > 1 ? ", the sites in turn" : ""}; load average ${os.loadavg()[0].toFixed(1)}`,
);
try {
  for (let i = 0; i < RUNS; i++) {
    for (const s of sites) {
      const run = {
        ...(ONLY !== "widget" ? await pageRun(s.server.origin) : {}),
        ...(ONLY !== "page" ? await widgetRun(s.server.origin, "news.html") : {}),
        ...(ONLY !== "page" ? await widgetRun(s.server.origin, "news-preload.html", "preloaded") : {}),
        load: os.loadavg()[0],
      };
      s.runs.push(run);
      console.log(
        `${s.name} run ${i + 1}: usable ${Math.round(run.usable)} ms, first summary ${Math.round(run.summary)} ms, ` +
          `second visit ${Math.round(run.second)} ms, widget ${Math.round(run.widget)} ms ` +
          `(${Math.round(run.preloadedWidget)} ms with the .wasm preloaded)`,
      );
    }
  }
} finally {
  for (const s of sites) {
    await s.server.close();
    rmSync(s.dir, { recursive: true, force: true });
  }
}

const rows = [
  ["page: navigation → text area usable", "usable", "usableBytes"],
  ["page: navigation → first summary shown", "summary", "summaryBytes"],
  ["page: second visit (service worker installed) → first summary", "second", "secondBytes"],
  ["widget on a news page: navigation → summary rendered", "widget", "widgetBytes"],
  ["widget, the news page also preloading the .wasm", "preloadedWidget", "preloadedWidgetBytes"],
];
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
for (const { name, runs } of sites) {
  console.log(`\n${name}, medians of ${runs.length} runs:\n`);
  console.log("| | median | runs (ms) | bytes on the wire until then |");
  console.log("| --- | ---: | --- | ---: |");
  for (const [label, t, bytes] of rows) {
    const times = runs.map((r) => r[t]);
    if (times.some((x) => x === undefined)) continue; // not measured (--only)
    console.log(`| ${label} | ${(median(times) / 1000).toFixed(2)} s | ${times.map((x) => Math.round(x)).join(", ")} | ${kb(median(runs.map((r) => r[bytes])))} |`);
  }
  if (ONLY !== "widget") console.log(`\nthe first visit downloads ${kb(median(runs.map((r) => r.firstVisitBytes)))} in all (the service worker's install included)`);
}
if (sites.some((s) => s.runs.some((r) => r.workerCpu === false))) {
  console.log("note: this Chromium does not slow the CPU of workers (Emulation.setCPUThrottlingRate is for pages only)");
}
if (JSON_OUT) {
  const out = sites.map((s) => ({ www: s.www, runs: s.runs }));
  writeFileSync(JSON_OUT, JSON.stringify({ network: NETWORK, cpu: CPU_RATE, sites: out }, null, 2) + "\n");
}
