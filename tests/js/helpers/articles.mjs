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
