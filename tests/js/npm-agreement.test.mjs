// The npm package (WebAssembly) agrees with the native engine (the CLI, built with
// `cargo build --release`): same sentences in the same order, same scores, same keywords and
// stats, offsets the same once the CLI's byte offsets are turned into UTF-16 ones.
// Run: bash scripts/test-npm.sh
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, PKG, writtenArticles, devArticlesOr } from "./fixtures-npm/util.mjs";

const cli = path.join(ROOT, "target", "release", "tomtat");

/** The agreement tests compare with the CLI: without it they fail, saying how to build it. */
function requireCli() {
  if (!existsSync(cli)) throw new Error("no native CLI: cargo build --release --bin tomtat (scripts/test-npm.sh does)");
}

function native(text, args) {
  return JSON.parse(
    execFileSync(cli, ["summarize", "-", "--json", ...args], { input: text, encoding: "utf8", maxBuffer: 1 << 26 }),
  );
}

/** The UTF-16 offset of byte offset `b` of `text`'s UTF-8. */
function utf16At(text, b) {
  return Buffer.from(text, "utf8").subarray(0, b).toString("utf8").length;
}

const CASES = [
  [[], {}],
  [["--sentences", "3"], { sentences: 3 }],
  [["--ratio", "0.4"], { ratio: 0.4 }],
  [["--words", "80"], { maxWords: 80 }],
  [["--chars", "500"], { maxChars: 500 }],
];

/**
 * The summary is made of plain objects whose keys come in the order of the types (the wrapper
 * builds them from the module's numbers: npm/api.js, `summaryOf`).
 */
function assertShape(summary) {
  const plain = (o, keys) => {
    assert.equal(Object.getPrototypeOf(o), Object.prototype);
    assert.deepEqual(Object.keys(o), keys);
  };
  plain(summary, ["sentences", "keywords", "stats"]);
  assert.ok(Array.isArray(summary.sentences) && Array.isArray(summary.keywords));
  for (const s of summary.sentences) plain(s, ["index", "start", "end", "score", "text"]);
  for (const k of summary.keywords) plain(k, ["term", "text", "weight"]);
  plain(summary.stats, [
    "units", "candidates", "selected", "boilerplate", "words", "summaryWords", "chars", "summaryChars",
  ]);
}

async function agree(articles) {
  const { summarize } = await import(pathToFileURL(path.join(PKG, "node.js")).href);
  let compared = 0;
  for (const { title, article } of articles) {
    const texts = [article, article.replace(/\n/g, " ") + " 😀 Thêm một câu có biểu tượng 🌧️ ở cuối."];
    for (const text of texts) {
      for (const [args, options] of CASES) {
        const want = native(text, args);
        const got = summarize(text, options);
        const where = `${title} ${JSON.stringify(options)}`;
        assert.deepEqual(
          got.sentences.map((s) => [s.index, s.text, s.score]),
          want.sentences.map((s) => [s.index, s.text, s.score]),
          where,
        );
        assert.deepEqual(
          got.sentences.map((s) => [s.start, s.end]),
          want.sentences.map((s) => [utf16At(text, s.start), utf16At(text, s.end)]),
          where,
        );
        assert.deepEqual(got.keywords, want.keywords, where);
        assert.deepEqual(got.stats, want.stats, where);
        assertShape(got);
        compared++;
      }
    }
    const withTitle = summarize(article, { title, sentences: 2 });
    const nativeTitle = native(article, ["--title", title, "--sentences", "2"]);
    assert.deepEqual(withTitle.sentences.map((s) => [s.index, s.score]), nativeTitle.sentences.map((s) => [s.index, s.score]));
  }
  assert.equal(compared, articles.length * 2 * CASES.length);
}

test("the package gives the native engine's summaries on the written articles", async (t) => {
  requireCli();
  await agree(writtenArticles());
});

test("the package gives the native engine's keywords outside the Basic Multilingual Plane", async () => {
  requireCli();
  // The two heaviest keywords are CJK characters of plane 2 (two UTF-16 code units each).
  const article =
    "Ông Nguyễn 𠀀𠀁 đến Hà Nội hôm qua. Nguyễn 𠀀𠀁 nói rằng thành phố rất đẹp. " +
    "Theo Nguyễn 𠀀𠀁, người dân ở đây thân thiện. Thành phố có nhiều hồ đẹp.";
  assert.ok(native(article, []).keywords.some((k) => k.term === "𠀀"));
  await agree([{ title: "Nguyễn 𠀀𠀁 ở Hà Nội", article }]);
});

test("the package gives the native engine's keywords when one is a word of a million letters", async () => {
  requireCli();
  // Its code units are more than one call of String.fromCharCode can take as arguments.
  const text = "Hôm nay " + "a".repeat(1_000_000) + " là ngày đẹp. Trời nắng. Hôm nay trời đẹp.";
  const { summarize } = await import(pathToFileURL(path.join(PKG, "node.js")).href);
  const got = summarize(text);
  const want = native(text, []);
  assert.ok(got.keywords.some((k) => k.term.length === 1_000_000));
  assert.deepEqual(got.keywords, want.keywords);
  assert.deepEqual(got.stats, want.stats);
  assertShape(got);
});

test("the package gives the native engine's summaries on 120 dev articles", async (t) => {
  requireCli();
  const articles = devArticlesOr(t, 120);
  if (articles) await agree(articles);
});

async function unitsAgree(articles) {
  const { sentences } = await import(pathToFileURL(path.join(PKG, "node.js")).href);
  for (const { article } of articles) {
    const text = article + "\n😀 Thêm một câu có biểu tượng 🌧️ ở cuối.";
    const want = JSON.parse(execFileSync(cli, ["sentences", "-", "--json"], { input: text, encoding: "utf8" }));
    const got = sentences(text);
    assert.deepEqual(
      got.map((u) => [u.index, u.start, u.end, u.text, u.kind]),
      want.map((u) => [u.index, utf16At(text, u.start), utf16At(text, u.end), u.text, u.kind]),
    );
    for (const u of got) {
      assert.deepEqual(Object.keys(u), ["index", "start", "end", "text", "kind", "paragraph"]);
      assert.ok(Number.isInteger(u.paragraph) && u.paragraph >= 0);
    }
  }
}

test("the package's sentences() gives the native engine's units on the written articles", async () => {
  requireCli();
  await unitsAgree(writtenArticles());
});

test("the package's sentences() gives the native engine's units on 60 dev articles", async (t) => {
  requireCli();
  const articles = devArticlesOr(t, 60);
  if (articles) await unitsAgree(articles);
});

test("several documents: the package gives the native engine's summary of the written stories", async () => {
  requireCli();
  const { summarize } = await import(pathToFileURL(path.join(PKG, "node.js")).href);
  const dir = path.join(ROOT, "tests", "fixtures", "multidoc");
  const stories = JSON.parse(readFileSync(path.join(dir, "stories.json"), "utf8")).stories;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "tomtat-stories-"));
  try {
    for (const story of stories) {
      // As written, and with emoji (two UTF-16 code units) before every line.
      const variants = [
        story.documents.map((f) => readFileSync(path.join(dir, f), "utf8")),
        story.documents.map((f) => readFileSync(path.join(dir, f), "utf8").replace(/\n/g, "\n🌧️ ")),
      ];
      for (const texts of variants) {
        const files = texts.map((t, d) => {
          const f = path.join(tmp, `${story.name}-${d}.txt`);
          writeFileSync(f, t);
          return f;
        });
        for (const [args, options] of CASES) {
          const want = JSON.parse(execFileSync(cli, ["summarize", ...files, "--json", ...args], { encoding: "utf8" }));
          // Strings, and { title, text } without a title: the same documents.
          for (const input of [texts, texts.map((text) => ({ text, title: null }))]) {
            const got = summarize(input, options);
            const where = `${story.name} ${JSON.stringify(options)}`;
            assert.deepEqual(
              got.sentences.map((s) => [s.document, s.index, s.text, s.score]),
              want.sentences.map((s) => [s.document, s.index, s.text, s.score]),
              where,
            );
            assert.deepEqual(
              got.sentences.map((s) => [s.start, s.end]),
              want.sentences.map((s) => [utf16At(texts[s.document], s.start), utf16At(texts[s.document], s.end)]),
              where,
            );
            for (const s of got.sentences) assert.equal(texts[s.document].slice(s.start, s.end), s.text);
            assert.deepEqual(got.keywords, want.keywords, where);
            assert.deepEqual(got.stats, want.stats, where);
            assert.deepEqual(got.documents, want.documents, where);
            assert.deepEqual(Object.keys(got), ["sentences", "keywords", "stats", "documents"]);
            for (const s of got.sentences) assert.deepEqual(Object.keys(s), ["document", "index", "start", "end", "score", "text"]);
          }
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
