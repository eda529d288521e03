// The library's own answer, in Node, from the same package the page loads (www/pkg).
import path from "node:path";
import { ROOT } from "./server.mjs";

const PKG = path.join(ROOT, "www/pkg");
let engine = null;

export async function nodeEngine() {
  if (!engine) {
    const mod = await import(path.join(PKG, "node.js"));
    engine = { summarize: mod.summarize, sentences: mod.sentences, version: mod.version };
  }
  return engine;
}
