// Types of the package. They are written next to the Rust functions (src/wasm.rs) and emitted by
// wasm-bindgen into tomtat_bg.d.ts; this file re-exports what the entry files export.
export type {
  SummarizeOptions,
  Summary,
  SummarySentence,
  Keyword,
  Stats,
  Unit,
  DocumentInput,
  DocumentSentence,
  DocumentsSummary,
  UnitKind,
  ErrorKind,
  TomtatError,
} from "./tomtat_bg.js";
export { summarize, sentences, version } from "./tomtat_bg.js";
