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
  __sentenceOffsets as rawSentenceOffsets,
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
const KINDS = ["sentence", "heading", "boilerplate"];
/** The units of `text` from the module's four numbers per unit (start, end, kind, paragraph). */
const sentences = guarded((text) => {
  const packed = rawSentenceOffsets(text);
  const units = [];
  for (let i = 0, k = 0; k < packed.length; i++, k += 4) {
    const start = packed[k];
    const end = packed[k + 1];
    units.push({
      index: i,
      start,
      end,
      text: text.slice(start, end),
      kind: KINDS[packed[k + 2]],
      paragraph: packed[k + 3],
    });
  }
  return units;
});
const version = guarded(() => rawVersion());
/** @internal Fails on purpose ("panic" or "abort") to test the recovery above. */
const __failForTest = guarded((how) => rawFailForTest(how));
