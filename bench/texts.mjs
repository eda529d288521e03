// Benchmark texts: articles of ../shared/eval/dev.jsonl (or dev.jsonl in $TOMTAT_EVAL_DIR) joined
// as paragraphs (read only here, never shipped). Without the corpus (a clone has none) the texts
// are mixed from the articles written for the tests (tests/fixtures/articles.txt, mixedText:
// repeating them would make long texts mostly exact repeats, cheap to set aside), and one line
// says so; with TOMTAT_REQUIRE_EVAL=1 a missing corpus is an error.
import { devArticles, mixedText, missingEval, requireEval, logSkip } from "../tests/js/helpers/articles.mjs";

const missing = missingEval();
if (missing && requireEval()) throw new Error(`TOMTAT_REQUIRE_EVAL=1: the benchmarks ${missing}`);
if (missing) {
  const why = `${missing}; benchmarking on text mixed from the articles written for the tests (tests/fixtures/articles.txt) instead`;
  console.log(`SKIPPED corpus texts: ${why}`);
  logSkip("bench texts", why);
}
const articles = missing ? [] : devArticles().map((a) => a.article);

/** Where the texts come from, for the benchmarks' headers. */
export const SOURCE = missing ? "text mixed from tests/fixtures/articles.txt" : "dev.jsonl";

/**
 * About `bytes` bytes of text: whole articles from the `from`-th on, as paragraphs, repeated if
 * needed.
 */
export function textOf(bytes, from = 0) {
  return missing ? mixedText(bytes) : articlesFrom(bytes, from).text;
}

/** The text of textOf and how many articles it took. */
function articlesFrom(bytes, from) {
  const parts = [];
  let size = 0;
  for (let i = from; size < bytes; i++) {
    const a = articles[i % articles.length];
    parts.push(a);
    size += Buffer.byteLength(a) + 2;
  }
  return { text: parts.join("\n\n"), used: parts.length };
}

/**
 * Texts of about `bytes` bytes each, made of different articles (as many as the corpus holds,
 * at least one): timing one text over and over finds its words in the engine's caches and runs
 * several times faster than summarizing texts never seen, as real use does.
 */
export function textsOf(bytes) {
  if (missing) return [mixedText(bytes)];
  const out = [];
  let from = 0;
  while (from < articles.length) {
    const { text, used } = articlesFrom(bytes, from);
    if (from + used > articles.length && out.length > 0) break;
    out.push(text);
    from += used;
  }
  return out;
}
