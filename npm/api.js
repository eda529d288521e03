// The functions of the package, over one WebAssembly instance. The entry files (tomtat.js for
// browsers and bundlers, node.js for Node) compile the module and call load() once.
//
// A bug in the Rust core that panics or traps leaves the instance mid-call and unusable, so
// after any error that is not one of tomtat's own (which carry a `kind`), the instance is
// replaced by a fresh one before the error is rethrown as an `Error` of kind "internal".
import {
  initSync,
  __wbg_reset_state,
  summarize as rawSummarize,
  sentences as rawSentences,
  version as rawVersion,
  __fail_for_test as rawFailForTest,
} from "./tomtat_bg.js";

const USER_ERRORS = new Set([
  "empty-text",
  "no-sentences",
  "text-too-long",
  "invalid-argument",
  "invalid-option",
  "conflicting-options",
]);

/**
 * Instantiates the compiled module (once) and returns the functions over it. The entry files
 * export these under their own names, so that a bundler honouring `"sideEffects": false` can never
 * skip the entry's initialization while keeping the functions.
 */
export function load(module) {
  initSync({ module });
  return { summarize, sentences, version, __failForTest };
}

function guarded(fn) {
  return function (...args) {
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof Error && USER_ERRORS.has(e.kind)) throw e;
      __wbg_reset_state();
      const reason = e instanceof Error ? e.message : String(e);
      const error = new Error(
        `tomtat: internal error (${reason}); the module was restarted and can be used again. ` +
          "Please report this with the text that caused it.",
        { cause: e },
      );
      error.kind = "internal";
      throw error;
    }
  };
}

const summarize = guarded((text, options) => rawSummarize(text, options));
const sentences = guarded((text) => rawSentences(text));
const version = guarded(() => rawVersion());
/** @internal Fails on purpose ("panic" or "abort") to test the recovery above. */
const __failForTest = guarded((how) => rawFailForTest(how));
