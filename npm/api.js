// The functions of the package, over one WebAssembly instance. The entry files (tomtat.js for
// browsers and bundlers, node.js for Node, engine.js for the widget and the page) compile the
// module (compile() below, or from the file in Node) and call load() once.
//
// A bug in the Rust core that panics or traps leaves the instance mid-call and unusable, so
// after any error that is not one of tomtat's own (which carry a `kind`), the instance is
// replaced by a fresh one before the error is rethrown as an `Error` of kind "internal".
import {
  initSync,
  __wbg_reset_state,
  __summarizePacked as rawSummarize,
  __sentenceOffsets as rawSentenceOffsets,
  version as rawVersion,
  __fail_for_test as rawFailForTest,
} from "./tomtat_bg.js";

/**
 * Compiles tomtat_bg.wasm from `source`: a Response or a promise of one (as fetch() gives), the
 * module's bytes (ArrayBuffer or typed array), or a WebAssembly.Module (returned as it is). A
 * response served as application/wasm is compiled while it downloads; with any other type (a
 * server that does not know .wasm) WebAssembly.compileStreaming would refuse it, so it is
 * compiled from its bytes instead.
 */
export async function compile(source) {
  let wasm = await source;
  if (wasm instanceof WebAssembly.Module) return wasm;
  if (typeof Response === "function" && wasm instanceof Response) {
    if (!wasm.ok) throw new Error(`tomtat: cannot load ${wasm.url} (HTTP ${wasm.status} ${wasm.statusText})`);
    const type = (wasm.headers.get("Content-Type") || "").trim().toLowerCase();
    if (type === "application/wasm" && typeof WebAssembly.compileStreaming === "function") {
      return WebAssembly.compileStreaming(wasm);
    }
    wasm = await wasm.arrayBuffer();
  }
  return WebAssembly.compile(wasm);
}

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
      // tomtat's own errors carry the kind the Rust side gave them (src/error.rs, src/wasm/);
      // "internal" comes from its panic hook, and anything without a kind from the module.
      if (e instanceof Error && typeof e.kind === "string" && e.kind !== "internal") throw e;
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

// An array is several documents on one story; anything else is one text (the module says
// what is wrong with a value that is neither).
const summarize = guarded((input, options) => summaryOf(input, rawSummarize(input, options)));

/**
 * The `Summary` (one text) or `DocumentsSummary` (an array of documents) from the module's
 * numbers (src/wasm/, `pack`): the counts of sentences, keywords and documents, the stats and
 * each document's, five numbers per sentence (document, index, start, end, score; offsets into
 * its document's text), three per keyword (weight, lengths of term and text), then the
 * keywords' UTF-16 code units. One typed array crosses the boundary, not a call per field.
 */
function summaryOf(input, p) {
  const story = Array.isArray(input);
  const documents = [];
  let k = 11;
  for (let d = 0; d < p[2]; d++, k += 8) documents.push(statsOf(p, k));
  const sentences = [];
  for (let i = 0; i < p[0]; i++, k += 5) {
    const document = p[k];
    const entry = story ? input[document] : input;
    const text = typeof entry === "string" ? entry : entry.text;
    const index = p[k + 1];
    const start = p[k + 2];
    const end = p[k + 3];
    const score = p[k + 4];
    sentences.push(
      story
        ? { document, index, start, end, score, text: text.slice(start, end) }
        : { index, start, end, score, text: text.slice(start, end) },
    );
  }
  const keywords = [];
  const units = codeUnits(p.subarray(k + 3 * p[1]));
  for (let i = 0, at = 0; i < p[1]; i++, k += 3) {
    const term = units.slice(at, (at += p[k + 1]));
    keywords.push({ term, text: units.slice(at, (at += p[k + 2])), weight: p[k] });
  }
  const stats = statsOf(p, 3);
  return story ? { sentences, keywords, stats, documents } : { sentences, keywords, stats };
}

/** The eight `Stats` at `p[at]`. */
function statsOf(p, at) {
  return {
    units: p[at],
    candidates: p[at + 1],
    selected: p[at + 2],
    boilerplate: p[at + 3],
    words: p[at + 4],
    summaryWords: p[at + 5],
    chars: p[at + 6],
    summaryChars: p[at + 7],
  };
}

/** The string of UTF-16 code units `u`, in slices that `apply` takes (a keyword may be long). */
function codeUnits(u) {
  let s = "";
  for (let i = 0; i < u.length; i += 8192) s += String.fromCharCode.apply(null, u.subarray(i, i + 8192));
  return s;
}

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
