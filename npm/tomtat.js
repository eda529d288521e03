// Entry for browsers and bundlers. The .wasm is fetched relative to this module, so it works
// from a plain <script type="module"> and bundlers (Vite, webpack, Rollup) copy it as an asset.
// Top-level await: once the import resolves, every function is ready and synchronous.
import { compile, load } from "./api.js";

// compile() compiles while the .wasm downloads when the server sends application/wasm, and
// from the bytes otherwise.
const api = load(await compile(fetch(new URL("./tomtat_bg.wasm", import.meta.url))));

export const summarize = api.summarize;
export const sentences = api.sentences;
export const version = api.version;
/** @internal For the package's own tests: fails on purpose inside the module. */
export const __failForTest = api.__failForTest;
