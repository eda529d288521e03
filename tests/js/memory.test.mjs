// Issue 7: the WebAssembly memory of the npm package stops growing. 1,000 calls in one process
// (as in one page) on the articles written for the tests, on texts that fail, and after one
// large text: the linear memory may grow while the allocator reaches the largest working set,
// then not at all.
// Needs pkg/ (bash scripts/build-pkg.sh). Run: node --test tests/js/memory.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { writtenArticles } from "./helpers/articles.mjs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkg = path.join(root, "pkg");
const { summarize, sentences } = await import(pathToFileURL(path.join(pkg, "node.js")).href);
// The package does not expose its memory; wasm-bindgen's initSync returns the instance's
// exports (with `memory`) once the module is initialized, which node.js has done.
const glue = await import(pathToFileURL(path.join(pkg, "tomtat_bg.js")).href);
const bytes = () => glue.initSync().memory.buffer.byteLength;

const articles = writtenArticles();

const MB = (n) => `${(n / 2 ** 20).toFixed(2)} MiB`;

test("1,000 calls on one article: no growth after the first 10", () => {
  const text = articles.find((a) => a.article.length > 8000)?.article ?? articles[0].article;
  for (let i = 0; i < 10; i++) summarize(text);
  const after10 = bytes();
  for (let i = 10; i < 1000; i++) {
    summarize(text, { sentences: 1 + (i % 5) });
    sentences(text);
  }
  const after1000 = bytes();
  console.log(`one article: ${MB(after10)} after 10 calls, ${MB(after1000)} after 1,000`);
  assert.equal(after1000, after10);
});

test("1,000 calls over the written articles: no growth after the first round", () => {
  const some = articles;
  for (const a of some) summarize(a.article, { title: a.title });
  const afterRound = bytes();
  for (let i = some.length; i < 1000; i++) {
    const a = some[i % some.length];
    summarize(a.article, i % 2 ? { title: a.title } : { maxWords: 40 + (i % 60) });
  }
  const after = bytes();
  console.log(`${some.length} articles: ${MB(afterRound)} after one round, ${MB(after)} after 1,000 calls`);
  assert.equal(after, afterRound);
});

test("1,000 calls that throw leak nothing", () => {
  const tries = ["", "   ", "😀 !!! 123", "Câu. Câu.", "x"];
  const run = (i) => {
    try {
      summarize(tries[i % tries.length], i % 7 === 0 ? { sentences: 0 } : undefined);
    } catch (e) {
      assert.ok(e instanceof Error && typeof e.kind === "string");
    }
  };
  for (let i = 0; i < 10; i++) run(i);
  const after10 = bytes();
  for (let i = 10; i < 1000; i++) run(i);
  assert.equal(bytes(), after10);
});

test("after a 5 MB text, 1,000 article calls reuse its memory", () => {
  let big = "";
  for (let i = 0; big.length <= 5e6; i++) big += articles[i % articles.length].article + "\n\n";
  summarize(big);
  const afterBig = bytes();
  for (let i = 0; i < 1000; i++) summarize(articles[i % articles.length].article);
  const after = bytes();
  console.log(`after 5 MB: ${MB(afterBig)}; after 1,000 more calls: ${MB(after)}`);
  assert.equal(after, afterBig);
  // Bounded: a few times the largest text, not the sum of all texts given.
  assert.ok(afterBig < 40 * 2 ** 20 * 5, `${MB(afterBig)} for a 5 MB text`);
});

test("100 calls on 5 MB texts: after one round of the texts, the memory stays within 2 MiB", () => {
  // Five 5 MB texts, each the articles from another starting point, so that no two calls in a
  // row see the same text.
  const texts = [];
  for (let k = 0; k < 5; k++) {
    let t = "";
    for (let i = k * 200; t.length < 5e6; i++) t += articles[i % articles.length].article + "\n\n";
    texts.push(t);
  }
  summarize(texts[0]);
  const afterFirst = bytes();
  // The first round may grow the memory once (by about 4 MiB, depending on which text comes
  // first: where the allocator puts the blocks of the first call); then it must stay.
  for (let i = 1; i < 5; i++) summarize(texts[i]);
  const afterRound = bytes();
  for (let i = 5; i < 100; i++) {
    const t = texts[i % texts.length];
    if (i % 10 === 0) sentences(t);
    else summarize(t, i % 3 ? undefined : { maxWords: 100 });
  }
  const after = bytes();
  console.log(
    `5 MB texts: ${MB(afterFirst)} after the first call, ${MB(afterRound)} after one round, ${MB(after)} after 100`,
  );
  assert.ok(after - afterRound <= 2 * 2 ** 20, `${MB(afterRound)} -> ${MB(after)}`);
  assert.ok(afterRound - afterFirst <= 8 * 2 ** 20, `${MB(afterFirst)} -> ${MB(afterRound)}`);
});
