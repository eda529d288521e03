// The library's own answer, in Node, from the same package the page loads (www/pkg).
import fs from "node:fs";
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

/** Articles of the evaluation set (tests only; never shipped). */
export function devArticles(count = 50) {
  const file = path.join(ROOT, "../shared/eval/dev.jsonl");
  const lines = fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
  return lines.slice(0, count).map((l) => JSON.parse(l));
}
