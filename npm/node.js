// Entry for Node (the "node" export condition): reads the .wasm next to this file, no fetch.
import { readFileSync } from "node:fs";
import { load } from "./api.js";

const api = load(new WebAssembly.Module(readFileSync(new URL("./tomtat_bg.wasm", import.meta.url))));

export const summarize = api.summarize;
export const sentences = api.sentences;
export const version = api.version;
/** @internal For the package's own tests: fails on purpose inside the module. */
export const __failForTest = api.__failForTest;
