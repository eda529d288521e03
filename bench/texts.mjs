// Benchmark texts: articles of ../shared/eval/dev.jsonl joined as paragraphs (read only here,
// never shipped).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const articles = readFileSync(path.join(root, "..", "shared", "eval", "dev.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line).article);

/** About `bytes` bytes of text: whole articles, as paragraphs, repeated if needed. */
export function textOf(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = articles[i % articles.length];
    parts.push(a);
    size += Buffer.byteLength(a) + 2;
  }
  return parts.join("\n\n");
}
