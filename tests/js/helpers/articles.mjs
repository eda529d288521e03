// Text for the JS tests and benchmarks: the articles written for the tests
// (tests/fixtures/articles.txt, always there) and, beside the project's own checkout only, the
// evaluation corpus (../shared/eval/dev.jsonl, or dev.jsonl in $TOMTAT_EVAL_DIR).
//
// A test that needs the corpus calls devArticlesOr(t, n): without it the test is skipped with one
// line saying why and how to get the data (also appended to $TOMTAT_SKIP_LOG, which
// scripts/test.sh lists at the end); with TOMTAT_REQUIRE_EVAL=1 (.ci/run) it fails instead.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** The articles written for the tests: [{ id, title, article }], one sentence a line. */
export function writtenArticles() {
  const text = readFileSync(path.join(ROOT, "tests", "fixtures", "articles.txt"), "utf8");
  return text
    .split("\n=== ")
    .slice(1)
    .map((block) => {
      const [id, title, ...body] = block.split("\n");
      return { id: id.trim(), title: title.trim(), article: body.filter((l) => l.trim()).join("\n") };
    });
}

export function evalDir() {
  return process.env.TOMTAT_EVAL_DIR || path.join(ROOT, "..", "shared", "eval");
}

export const requireEval = () => process.env.TOMTAT_REQUIRE_EVAL === "1";

/** Why a corpus test cannot run, with how to get the data; null when dev.jsonl is there. */
export function missingEval() {
  const file = path.join(evalDir(), "dev.jsonl");
  if (existsSync(file)) return null;
  return `needs the evaluation corpus ${file} (not found); put the VietNews dev.jsonl there or set TOMTAT_EVAL_DIR (README: Data and licences)`;
}

/** The first `n` articles of dev.jsonl: [{ id, title, article, summary }], or null if absent. */
export function devArticles(n = Infinity) {
  if (missingEval()) return null;
  const lines = readFileSync(path.join(evalDir(), "dev.jsonl"), "utf8").split("\n").filter(Boolean);
  return lines.slice(0, n).map((l) => JSON.parse(l));
}

/** Records one skipped test (or bench) in $TOMTAT_SKIP_LOG, if set. */
export function logSkip(name, why) {
  const log = process.env.TOMTAT_SKIP_LOG;
  if (log) appendFileSync(log, `SKIPPED ${name}: ${why}\n`);
}

/**
 * For a node:test test `t` that needs the corpus: the first `n` dev articles; without them,
 * skips `t` (one line) and returns null, or throws when TOMTAT_REQUIRE_EVAL=1.
 */
export function devArticlesOr(t, n) {
  const why = missingEval();
  if (!why) return devArticles(n);
  if (requireEval()) throw new Error(`TOMTAT_REQUIRE_EVAL=1: ${t.name} ${why}`);
  logSkip(`${path.basename(process.argv[1] ?? "node")}: ${t.name}`, why);
  t.skip(why);
  return null;
}

/**
 * About `bytes` bytes (UTF-8) of news-like text that does not repeat itself, for tests and
 * benchmarks of long texts: paragraphs of sentences each made of the first, middle and last
 * third of the words of three sentences of the written articles (chosen by a fixed
 * pseudo-random sequence). Repeating the articles instead would make most of a long text exact
 * repeats, which the engine sets aside cheaply: far less work than real news of that size.
 */
export function mixedText(bytes) {
  const lines = writtenArticles().flatMap((a) => a.article.split("\n"));
  const words = lines.map((l) => l.split(" "));
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % words.length;
  };
  const paragraphs = [];
  let size = 0;
  while (size < bytes) {
    const sentences = [];
    for (let j = 0; j < 5; j++) {
      const [a, b, c] = [words[next()], words[next()], words[next()]];
      const part = (w, k) => w.slice(Math.floor((w.length * k) / 3), Math.floor((w.length * (k + 1)) / 3));
      let s = [...part(a, 0), ...part(b, 1), ...part(c, 2)].join(" ").replace(/[.!?…"”]+$/, "");
      sentences.push(s + ".");
    }
    const p = sentences.join("\n");
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paragraphs.join("\n\n");
}
