// The page's summarizer thread (summarizer.js): runs the engine off the main thread so that the
// page stays free and a 5 MB text never freezes it. Messages in: first { wasm } (the module the
// page has compiled, or null: then the worker loads it itself), then { id, text, options }, one
// at a time (text: a string, or an array of { title?, text }); a request may come before the
// module (it waits for the engine). Messages out: { loaded: true } once this script and its
// modules have loaded; { ready: true } once the engine is loaded (or { ready: false, message });
// { id, ok: true, result, ms } or { id, ok: false, kind, message, fatal } for each request
// (fatal: the instance may be unusable, the page starts a new worker); once, after the warm-up,
// { version, warmUps }.
import { loadEngine, errorKind } from "./pkg/engine.js";
// engine.js loads these two on first use; imported here, they are requested together with
// engine.js rather than one after the other.
import "./pkg/api.js";
import "./pkg/tomtat_bg.js";

// The page sends its requests here from now on (summarizer.js).
self.postMessage({ loaded: true });

let engine = null;
/** The request not answered yet. */
let pending = null;

self.onmessage = async (event) => {
  const data = event.data;
  if (!("wasm" in data)) {
    pending = data;
    if (engine) answer();
    return;
  }
  try {
    engine = await loadEngine(data.wasm ?? undefined);
  } catch (err) {
    self.postMessage({ ready: false, message: String(err && err.message) });
    return;
  }
  self.postMessage({ ready: true });
  if (pending) answer(); // a request first, the warm-up after
  let warmUps = 0;
  try {
    warmUps = await warmUp();
  } catch {
    // A warm-up failure changes nothing for the requests: they report their own errors.
  }
  self.postMessage({ version: engine.version(), warmUps });
};

function answer() {
  const { id, text, options } = pending;
  pending = null;
  const t0 = performance.now();
  try {
    const result = engine.summarize(text, options);
    self.postMessage({ id, ok: true, result, ms: performance.now() - t0 });
  } catch (err) {
    const kind = errorKind(err);
    const fatal = kind === "trap" || kind === "unknown";
    self.postMessage({ id, ok: false, kind, message: String(err && err.message), document: err && err.document, fatal });
  }
}

/**
 * The first calls of a fresh instance are slow: the browser compiles the WebAssembly in tiers
 * (a quick baseline first, optimized code for hot functions later) and the engine builds its
 * tables and learns the words of its lexicon. Summarizing the sample article a few times (at
 * least 4, up to 40 within 150 ms) while no request waits makes the reader's next summaries as
 * fast as the later ones. A request that arrives meanwhile is answered first (between two calls)
 * and ends the warm-up. The results are dropped (a result never depends on earlier calls).
 */
async function warmUp() {
  const { SAMPLE_TEXT } = await import("./sample.js");
  const until = performance.now() + 150;
  let i = 0;
  for (; i < 4 || (i < 40 && performance.now() < until); i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (pending) {
      answer();
      break;
    }
    engine.summarize(SAMPLE_TEXT, i % 2 ? { sentences: 3 } : { ratio: 0.3 });
  }
  return i;
}
