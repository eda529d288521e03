// Entry for browsers and bundlers. The .wasm is fetched relative to this module, so it works
// from a plain <script type="module"> and bundlers (Vite, webpack, Rollup) copy it as an asset.
// Top-level await: once the import resolves, every function is ready and synchronous.
import { load } from "./api.js";

const url = new URL("./tomtat_bg.wasm", import.meta.url);

async function compile() {
  if (typeof WebAssembly.compileStreaming === "function") {
    try {
      return await WebAssembly.compileStreaming(fetch(url));
    } catch {
      // Usually a server that does not send application/wasm: compile from the bytes instead.
    }
  }
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`tomtat: cannot load ${url} (HTTP ${response.status} ${response.statusText})`);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

const api = load(await compile());

export const summarize = api.summarize;
export const sentences = api.sentences;
export const version = api.version;
/** @internal For the package's own tests: fails on purpose inside the module. */
export const __failForTest = api.__failForTest;
