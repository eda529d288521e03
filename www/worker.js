// The page's summarizer thread: runs the engine off the main thread so long texts never freeze
// the page. Messages in: { id, text, options }. Messages out: { id, ok: true, result, ms } or
// { id, ok: false, kind, message, fatal }; once at start { ready, version, warmUps } after a
// warm-up (warmUps: how many calls it made).
import { loadEngine, errorKind } from "./pkg/engine.js";
import { SAMPLE_TEXT } from "./sample.js";

/**
 * The first calls of a fresh instance are slow: the browser compiles the WebAssembly in tiers
 * (a quick baseline first, optimized code for hot functions later) and the engine builds its
 * tables and learns the words of its lexicon. Summarizing the sample article a few times when
 * the page opens, before any request, makes the reader's first summary as fast as the later
 * ones. The results are dropped (a result never depends on earlier calls; tests/robustness.rs).
 */
function warmUp(engine) {
  const until = performance.now() + 150;
  let i = 0;
  for (; i < 4 || (i < 40 && performance.now() < until); i++) {
    engine.summarize(SAMPLE_TEXT, i % 2 ? { sentences: 3 } : { ratio: 0.3 });
  }
  return i;
}

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  let engine;
  try {
    engine = await loadEngine();
  } catch (err) {
    self.postMessage({ id, ok: false, kind: "load", message: String(err && err.message), fatal: true });
    return;
  }
  const t0 = performance.now();
  try {
    const result = engine.summarize(text, options);
    self.postMessage({ id, ok: true, result, ms: performance.now() - t0 });
  } catch (err) {
    const kind = errorKind(err);
    // A trap (a Rust panic) can leave the instance unusable: the page then starts a new worker.
    const fatal = kind === "trap" || kind === "unknown";
    self.postMessage({ id, ok: false, kind, message: String(err && err.message), fatal });
  }
};

loadEngine().then(
  (engine) => {
    let warmUps = 0;
    try {
      warmUps = warmUp(engine);
    } catch {
      // A warm-up failure changes nothing for the requests: they report their own errors.
    }
    self.postMessage({ ready: true, version: engine.version(), warmUps });
  },
  (err) => self.postMessage({ ready: false, message: String(err && err.message) }),
);
