// The page's summarizer thread: runs the engine off the main thread so long texts never freeze
// the page. Messages in: { id, text, options }. Messages out: { id, ok: true, result, ms } or
// { id, ok: false, kind, message, fatal }.
import { loadEngine, errorKind } from "./engine.js";

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
  (engine) => self.postMessage({ ready: true, version: engine.version() }),
  (err) => self.postMessage({ ready: false, message: String(err && err.message) }),
);
