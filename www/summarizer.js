// Where the page's summaries are made (of one text, or of several articles on one story given as
// an array of { title?, text }): in a worker (worker.js), so that the page's thread stays
// free to show the page and a 5 MB text never freezes it. Until the worker is ready, a text of
// an article's length is summarized on the page's own thread instead, as soon as the module
// has arrived: on a first visit over a slow network the worker and its modules would come later
// than the .wasm, and the first summary would wait for them. Only the newest request is
// answered: an older one still waiting or running resolves to null.
import { errorKind } from "./pkg/engine.js";
import { compile, load } from "./pkg/api.js";

/** Longer texts always wait for the worker (50,000 characters take the engine about 5 ms). */
export const PAGE_CHARS = 50000;

/**
 * The module, compiled while it downloads: index.html's first script (in its head, run while
 * the page is parsed) has started that, long before this module runs, so that on a visit served
 * by the service worker the module is compiled (from V8's code cache) before the reader can
 * paste. Without it (a copy of the page without that script, or one that failed: a server
 * sending the .wasm as another type), the module is fetched and compiled here.
 */
const wasm = (self.tomtatWasm || Promise.reject(new Error("no early compile"))).catch(() =>
  compile(fetch(new URL("./pkg/tomtat_bg.wasm", import.meta.url))),
);
wasm.catch(() => {}); // reported by pageEngine
/**
 * The engine on the page's thread, instantiated as soon as the module is compiled (not on the
 * first request: a paste then gets its summary in the same task as the paste, with one layout
 * of the page rather than two).
 */
const pageEngine = wasm.then((module) => {
  const { summarize, sentences, version } = load(module);
  return { summarize, sentences, version };
});
pageEngine.catch(() => {}); // reported by the requests

let latestId = 0;
let onWarm;
let onFail;

/**
 * Resolves to the answer for `text`: { ok: true, result, ms } or { ok: false, kind, message }
 * (kind "load" when the engine could not be loaded); or to null when a newer request (or
 * cancel()) came first.
 */
export function summarize(text, options) {
  const id = ++latestId;
  if (workerLoaded || size(text) > PAGE_CHARS) return inWorker(id, text, options);
  return firstReady(id, text, options);
}

/** Characters of a text, or of several articles ({ title?, text } each) together. */
function size(text) {
  return Array.isArray(text) ? text.reduce((n, d) => n + d.text.length, 0) : text.length;
}

/** Drops every request still waiting or running: they resolve to null. */
export function cancel() {
  latestId += 1;
}

/**
 * Resolves to { version, warmUps } once the engine is loaded and warmed up (warmUps: how many
 * calls the warm-up made; see worker.js); rejects if the engine cannot be loaded.
 */
export const ready = new Promise((resolve, reject) => {
  onWarm = resolve;
  onFail = reject;
});
ready.catch(() => {});

/** Summarizes on the page's thread, unless the worker has loaded first. */
async function firstReady(id, text, options) {
  let e;
  try {
    e = await Promise.race([pageEngine, workerUp]);
    if (e === WORKER && !workerLoaded) e = await pageEngine; // the worker has failed since
  } catch (err) {
    return id === latestId ? { ok: false, kind: "load", message: String(err && err.message) } : null;
  }
  if (id !== latestId) return null;
  if (e === WORKER) return inWorker(id, text, options);
  // The page shows what the reader did (the pasted text) before its thread is taken by the
  // engine's first call (0.2-0.4 s on a slowed phone): one frame first. (Animation frames wait
  // while the page is hidden: then a timer.)
  await new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
  if (id !== latestId) return null;
  if (workerLoaded) return inWorker(id, text, options);
  const t0 = performance.now();
  try {
    const result = e.summarize(text, options);
    return { ok: true, result, ms: performance.now() - t0 };
  } catch (err) {
    // The package restarts its instance after an internal error: the next call works again.
    return { ok: false, kind: errorKind(err), message: String(err && err.message), document: err && err.document };
  }
}

// ---------------------------------------------------------------------------------------------
// The worker: one request at a time; the newest waits for it, older waiting ones are dropped.

const WORKER = Symbol("worker");
let worker = null;
/**
 * The worker has loaded its modules: it takes the requests from then on, even before its engine
 * is ready (it answers a waiting request first, before its warm-up). On a first visit, the
 * worker and the page's thread get the compiled module at the same moment, and the worker's
 * first call (instantiation, V8's lazy compilation of each function at its first call, the
 * engine's tables) is then made while the page's thread lays out the pasted text, rather than
 * after it on that thread.
 */
let workerLoaded = false;
let running = null; // { id, text, options, resolve }
let waiting = null;
let markUp;
/** Resolves to WORKER once the worker has loaded its modules (never, if it cannot). */
const workerUp = new Promise((resolve) => (markUp = resolve));

/**
 * Starts the worker, or adopts the one index.html's first script started while the page was
 * parsed (`early`, with the events it got meanwhile in early.early): a worker can only start
 * when the page's thread has a moment, and from there it is loaded and warmed up before the
 * page has been laid out and this module has run, rather than after the reader's paste.
 */
function startWorker(early) {
  worker = early || new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  const w = worker;
  if (!early) {
    // On a visit served by the page's service worker, the worker loads the .wasm itself from
    // that cache (quick, and not held up by the page's thread, which is busy showing the page).
    // Otherwise it takes the module the page compiles, rather than downloading it again.
    // (index.html's script does the same for the worker it starts.)
    const own = Boolean(navigator.serviceWorker && navigator.serviceWorker.controller);
    if (own) w.postMessage({ wasm: null });
    else wasm.then((module) => w.postMessage({ wasm: module }), () => w.postMessage({ wasm: null }));
  }
  worker.onmessage = (event) => {
    const data = event.data;
    if ("loaded" in data) {
      workerLoaded = true;
      markUp(WORKER);
    } else if ("ready" in data) {
      if (!data.ready) return workerFailed(data.message);
    } else if ("warmUps" in data) {
      onWarm({ version: data.version, warmUps: data.warmUps });
    } else {
      finish(data);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (w === worker) workerFailed("the worker did not start");
  };
  if (early) for (const event of early.early.splice(0)) (event.type === "error" ? w.onerror : w.onmessage)(event);
}

/**
 * The worker could not load (its script, its modules or the engine): the page's thread goes on
 * summarizing articles (the one the worker held too); longer texts get a load error.
 */
function workerFailed(message) {
  if (!worker) return;
  worker.terminate();
  worker = null;
  workerLoaded = false;
  for (const job of [running, waiting]) {
    if (!job) continue;
    if (size(job.text) <= PAGE_CHARS) firstReady(job.id, job.text, job.options).then(job.resolve);
    else job.resolve(job.id === latestId ? { ok: false, kind: "load", message } : null);
  }
  running = waiting = null;
  pageEngine.then((e) => onWarm({ version: e.version(), warmUps: 0 }), () => {});
}

/**
 * A trap (a Rust panic) can leave the worker's instance unusable: a new worker takes over, and
 * until it has loaded, the page's thread summarizes articles.
 */
function restartWorker() {
  worker.terminate();
  workerLoaded = false;
  startWorker();
}

function inWorker(id, text, options) {
  return new Promise((resolve) => {
    if (waiting) waiting.resolve(null);
    waiting = { id, text, options, resolve };
    pump();
  });
}

function pump() {
  if (running || !waiting) return;
  if (waiting.id !== latestId) {
    waiting.resolve(null);
    waiting = null;
    return;
  }
  if (!worker) {
    waiting.resolve({ ok: false, kind: "load", message: "no worker" });
    waiting = null;
    return;
  }
  running = waiting;
  waiting = null;
  const { id, text, options } = running;
  worker.postMessage({ id, text, options });
}

function finish(answer) {
  const job = running;
  running = null;
  if (answer.fatal && worker) restartWorker();
  if (job) job.resolve(job.id === latestId ? answer : null);
  pump();
}

startWorker(self.tomtatWorker);
// If the engine cannot be loaded at all, ready says so.
pageEngine.catch((err) => onFail(err));
