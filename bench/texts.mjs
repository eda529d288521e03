// Benchmark texts: articles of ../shared/eval/dev.jsonl (or dev.jsonl in $TOMTAT_EVAL_DIR) joined
// as paragraphs (read only here, never shipped). Without the corpus (a clone has none) the
// articles written for the tests (tests/fixtures/articles.txt) are used, and one line says so;
// with TOMTAT_REQUIRE_EVAL=1 a missing corpus is an error.
import { devArticles, writtenArticles, missingEval, requireEval, logSkip } from "../tests/js/helpers/articles.mjs";

const missing = missingEval();
if (missing && requireEval()) throw new Error(`TOMTAT_REQUIRE_EVAL=1: the benchmarks ${missing}`);
if (missing) {
  const why = `${missing}; benchmarking on the articles written for the tests (tests/fixtures/articles.txt) instead`;
  console.log(`SKIPPED corpus texts: ${why}`);
  logSkip("bench texts", why);
}
const articles = (missing ? writtenArticles() : devArticles()).map((a) => a.article);

/** Where the texts come from, for the benchmarks' headers. */
export const SOURCE = missing ? "tests/fixtures/articles.txt" : "dev.jsonl";

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
