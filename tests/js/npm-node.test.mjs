// The npm package as a user gets it: `npm pack` of pkg/, installed from the tarball into a fresh
// project, imported as "tomtat" in Node (the "node" export condition), and type-checked.
// Run: bash scripts/test-npm.sh (builds pkg/ first).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { ROOT, pack, projectWith, removeDir, cargoVersion, writtenArticles } from "./fixtures-npm/util.mjs";
import { devArticles } from "./helpers/articles.mjs";

let packed, project;

before(() => {
  packed = pack();
  project = projectWith(packed.tarball, "node");
});

after(() => {
  removeDir(project);
  removeDir(packed && path.dirname(packed.tarball));
});

/** Runs an ES module in the project and returns what it printed as JSON. */
function runInProject(name, source) {
  writeFileSync(path.join(project, name), source);
  const out = execFileSync(process.execPath, [name], { cwd: project, encoding: "utf8" });
  return JSON.parse(out);
}

test("the tarball holds the package files and nothing else", () => {
  const want = [
    "LICENSE",
    "README.md",
    "api.js",
    "engine.js",
    "node.js",
    "package.json",
    "tomtat.d.ts",
    "tomtat.js",
    "tomtat_bg.d.ts",
    "tomtat_bg.js",
    "tomtat_bg.wasm",
    "widget.d.ts",
    "widget.js",
  ];
  assert.deepEqual([...packed.files].sort(), want);
  const wasm = readFileSync(path.join(project, "node_modules", "tomtat", "tomtat_bg.wasm"));
  assert.ok(wasm.length > 10_000);
  // No test text is shipped: neither the written articles nor (when it is here) the evaluation set.
  const sample = [...writtenArticles().slice(0, 5), ...(devArticles(5) ?? [])].map((a) => a.article.split("\n")[1]);
  for (const f of packed.files) {
    const body = readFileSync(path.join(project, "node_modules", "tomtat", f)).toString("utf8");
    for (const s of sample) assert.ok(!body.includes(s), `${f} holds a test article's sentence`);
  }
});

test("package.json: name, version of Cargo.toml, ESM, exports, types, files, side effects only in the widget", () => {
  const p = JSON.parse(readFileSync(path.join(project, "node_modules", "tomtat", "package.json"), "utf8"));
  assert.equal(p.name, "tomtat");
  assert.equal(p.version, cargoVersion());
  assert.equal(p.type, "module");
  assert.equal(p.license, "MIT");
  // Only the widget's entry has an effect (it defines <tomtat-summary>): bundlers may drop the
  // rest when unused, and must keep `import "tomtat/widget"`.
  assert.deepEqual(p.sideEffects, ["./widget.js"]);
  assert.deepEqual(p.exports["./widget"], { types: "./widget.d.ts", default: "./widget.js" });
  assert.equal(p.types, "./tomtat.d.ts");
  assert.deepEqual(Object.keys(p.exports["."]), ["types", "node", "default"]);
  assert.equal(p.exports["."].node, "./node.js");
  assert.equal(p.exports["."].default, "./tomtat.js");
  assert.match(readFileSync(path.join(project, "node_modules", "tomtat", "LICENSE"), "utf8"), /^MIT License/);
});

test("import { summarize } from 'tomtat' works in Node on real articles, synchronously", () => {
  const articles = writtenArticles().map((a) => a.article);
  writeFileSync(path.join(project, "articles.json"), JSON.stringify(articles));
  const r = runInProject(
    "node-app.mjs",
    `import { readFileSync } from "node:fs";
import { summarize, sentences, version } from "tomtat";
const articles = JSON.parse(readFileSync("articles.json", "utf8"));
const out = articles.map((text) => {
  const s = summarize(text, { sentences: 3 });
  const units = sentences(text);
  return {
    n: s.sentences.length,
    sliceOk: s.sentences.concat(units).every((u) => text.slice(u.start, u.end) === u.text),
    ordered: s.sentences.every((u, i, a) => i === 0 || a[i - 1].start < u.start),
    keywords: s.keywords.length,
    statsKeys: Object.keys(s.stats).sort(),
    kinds: [...new Set(units.map((u) => u.kind))],
    scoresFinite: s.sentences.every((u) => Number.isFinite(u.score)),
  };
});
console.log(JSON.stringify({ version: version(), out }));
`,
  );
  assert.equal(r.version, cargoVersion());
  for (const a of r.out) {
    assert.equal(a.n, 3);
    assert.ok(a.sliceOk && a.ordered && a.scoresFinite);
    assert.ok(a.keywords > 0);
    assert.deepEqual(a.statsKeys, [
      "boilerplate", "candidates", "chars", "selected", "summaryChars", "summaryWords", "units", "words",
    ]);
    assert.ok(a.kinds.every((k) => ["sentence", "heading", "boilerplate"].includes(k)));
  }
});

test("errors are Errors with a kind; a panic or trap restarts the module, which stays usable", () => {
  const r = runInProject(
    "errors.mjs",
    `import { summarize, sentences, __failForTest } from "tomtat";
const text = "Hà Nội mưa lớn 😀 từ chiều qua. Nhiều tuyến phố ngập sâu. Giao thông ùn tắc kéo dài.";
function thrown(fn) {
  try { fn(); return null; } catch (e) { return { isError: e instanceof Error, kind: e.kind, message: e.message }; }
}
const before = summarize(text, { sentences: 2 });
const out = {
  empty: thrown(() => summarize("  ")),
  notString: thrown(() => summarize(42)),
  sentencesNotString: thrown(() => sentences({})),
  unknown: thrown(() => summarize(text, { maxword: 3 })),
  type: thrown(() => summarize(text, { maxChars: "100" })),
  zero: thrown(() => summarize(text, { sentences: 0 })),
  nan: thrown(() => summarize(text, { maxWords: NaN })),
  ratio: thrown(() => summarize(text, { ratio: 1.5 })),
  conflict: thrown(() => summarize(text, { sentences: 2, maxChars: 50 })),
  panic: thrown(() => __failForTest("panic")),
  afterPanic: summarize(text, { sentences: 2 }),
  abort: thrown(() => __failForTest("abort")),
  afterAbort: summarize(text, { sentences: 2 }),
  twice: [thrown(() => __failForTest("panic")), thrown(() => __failForTest("panic"))],
  afterTwice: sentences(text).length,
  before,
};
console.log(JSON.stringify(out));
`,
  );
  const want = {
    empty: ["empty-text", /empty/],
    notString: ["invalid-argument", /text must be a string, not 42/],
    sentencesNotString: ["invalid-argument", /text must be a string, not an object/],
    unknown: ["invalid-option", /unknown option `maxword` \(did you mean `maxWords`\?\)/],
    type: ["invalid-option", /`maxChars`: must be a number, not the string "100"/],
    zero: ["invalid-option", /`sentences`: must be a whole number of at least 1, not 0/],
    nan: ["invalid-option", /`maxWords`: .* not NaN/],
    ratio: ["invalid-option", /`ratio`: must be a number above 0 and at most 1, not 1.5/],
    conflict: ["conflicting-options", /`sentences` and `maxChars`/],
    panic: ["internal", /internal error .*panicked.*failing on purpose.*restarted/s],
    abort: ["internal", /internal error .*unreachable.*restarted/s],
  };
  for (const [name, [kind, message]] of Object.entries(want)) {
    assert.equal(r[name].isError, true, name);
    assert.equal(r[name].kind, kind, `${name}: ${r[name].message}`);
    assert.match(r[name].message, message, name);
  }
  assert.deepEqual(r.afterPanic, r.before);
  assert.deepEqual(r.afterAbort, r.before);
  assert.ok(r.twice.every((e) => e.kind === "internal"));
  assert.ok(r.afterTwice >= 3);
});

test("several documents: an array of strings or of { title, text }, offsets into each, errors that name the document", () => {
  const dir = path.join(ROOT, "tests", "fixtures", "multidoc");
  const stories = JSON.parse(readFileSync(path.join(dir, "stories.json"), "utf8")).stories;
  const texts = stories.map((s) => s.documents.map((f) => readFileSync(path.join(dir, f), "utf8")));
  writeFileSync(path.join(project, "stories.json"), JSON.stringify(texts));
  const r = runInProject(
    "documents.mjs",
    `import { readFileSync } from "node:fs";
import { summarize } from "tomtat";
const stories = JSON.parse(readFileSync("stories.json", "utf8"));
function thrown(fn) {
  try { fn(); return null; } catch (e) { return { isError: e instanceof Error, kind: e.kind, document: e.document, message: e.message }; }
}
const [interview, accident] = stories;
const out = stories.map((texts) => {
  const s = summarize(texts, { sentences: 5 });
  const titled = summarize(texts.map((text, i) => ({ title: i === 0 ? undefined : "Tin " + i, text })), { sentences: 5 });
  return {
    n: s.sentences.length,
    documents: [...new Set(s.sentences.map((x) => x.document))],
    sliceOk: s.sentences.every((x) => texts[x.document].slice(x.start, x.end) === x.text) &&
      titled.sentences.every((x) => texts[x.document].slice(x.start, x.end) === x.text),
    ordered: s.sentences.every((x, i, a) => i === 0 || a[i - 1].document < x.document || a[i - 1].start < x.start),
    perDocument: s.documents.length,
    selected: s.stats.selected,
    keywords: s.keywords.length,
  };
});
const one = summarize([accident[0]], { sentences: 2 });
const alone = summarize(accident[0], { sentences: 2 });
const errors = {
  none: thrown(() => summarize([])),
  empty: thrown(() => summarize([accident[0], "  ", accident[2]])),
  noSentences: thrown(() => summarize([accident[0], { text: "<div></div> 123" }])),
  number: thrown(() => summarize([accident[0], 42])),
  noText: thrown(() => summarize([{ title: "x" }, accident[1]])),
  badTitle: thrown(() => summarize([{ title: 3, text: accident[0] }, accident[1]])),
  title: thrown(() => summarize(accident, { title: "x" })),
  zero: thrown(() => summarize(accident, { sentences: 0 })),
};
console.log(JSON.stringify({ out, one, alone, errors }));
`,
  );
  for (const [i, s] of r.out.entries()) {
    assert.equal(s.n, 5);
    assert.deepEqual(s.documents, texts[i].map((_, d) => d), "every document gives a sentence");
    assert.ok(s.sliceOk && s.ordered);
    assert.equal(s.perDocument, texts[i].length);
    assert.equal(s.selected, 5);
    assert.ok(s.keywords > 0);
  }
  // One document: the single text's summary, each sentence with document 0.
  assert.deepEqual(r.one.sentences, r.alone.sentences.map((s) => ({ document: 0, ...s })));
  assert.deepEqual(r.one.keywords, r.alone.keywords);
  assert.deepEqual(r.one.stats, r.alone.stats);
  const want = {
    none: ["no-documents", undefined, /no document/],
    empty: ["empty-text", 1, /^document 2 of 3: the text is empty/],
    noSentences: ["no-sentences", 1, /^document 2 of 2: the text has no sentence/],
    number: ["invalid-argument", 1, /^document 2 of 2: give a string or \{ title, text \}, not 42/],
    noText: ["invalid-argument", 0, /^document 1 of 2: its text must be a string, not undefined/],
    badTitle: ["invalid-argument", 0, /its title must be a string, not 3/],
    title: ["invalid-option", undefined, /`title`: give each document its own title/],
    zero: ["invalid-option", undefined, /`sentences`: must be a whole number of at least 1, not 0/],
  };
  for (const [name, [kind, document, message]] of Object.entries(want)) {
    assert.equal(r.errors[name].isError, true, name);
    assert.equal(r.errors[name].kind, kind, `${name}: ${r.errors[name].message}`);
    assert.equal(r.errors[name].document, document, name);
    assert.match(r.errors[name].message, message, name);
  }
});

test("CommonJS can load it with import()", () => {
  writeFileSync(
    path.join(project, "app.cjs"),
    `import("tomtat").then(({ summarize }) => console.log(JSON.stringify(summarize("Một câu. Hai câu nữa.").sentences.length)));`,
  );
  const out = execFileSync(process.execPath, ["app.cjs"], { cwd: project, encoding: "utf8" });
  assert.equal(JSON.parse(out), 1);
});

test("the TypeScript types are real: a strict consumer compiles, misuse does not", (t) => {
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(tsc)) return t.skip("typescript is not installed (npm ci)");
  // The public declarations come first; wasm-bindgen's own (InitOutput...) are not re-exported.
  const dts = readFileSync(path.join(project, "node_modules", "tomtat", "tomtat_bg.d.ts"), "utf8");
  const publicPart = dts.slice(0, dts.indexOf("export type InitInput"));
  assert.match(publicPart, /export function summarize\(text: string, options\?: SummarizeOptions \| null\): Summary;/);
  assert.match(publicPart, /export function version\(\): string;/);
  assert.doesNotMatch(publicPart, /\bany\b/, "no `any` in the types");
  writeFileSync(
    path.join(project, "good.ts"),
    `import { summarize, sentences, version, type Summary, type SummarizeOptions, type Unit, type UnitKind, type TomtatError, type DocumentInput, type DocumentsSummary, type DocumentSentence } from "tomtat";
const options: SummarizeOptions = { sentences: 3, title: "Tiêu đề" };
const s: Summary = summarize("Một câu. Hai câu.", options);
const first: number = s.sentences[0].start + s.sentences[0].end + s.sentences[0].score + s.sentences[0].index;
const words: number = s.stats.summaryWords + s.stats.summaryChars;
const term: string = s.keywords[0].term + s.keywords[0].text;
const units: Unit[] = sentences("Một câu.");
const kind: UnitKind = units[0].kind;
const v: string = version();
try { summarize(""); } catch (e) { const k: string = (e as TomtatError).kind; console.log(k); }
const inputs: DocumentInput[] = ["Một câu.", { text: "Hai câu." }, { title: null, text: "Ba câu." }, { title: "Tiêu đề", text: "Bốn câu." }];
const story: DocumentsSummary = summarize(inputs, { sentences: 2 });
const d: number = story.sentences[0].document + story.documents[0].units + story.stats.units;
const ds: DocumentSentence = story.sentences[0];
try { summarize([]); } catch (e) { const at: number | undefined = (e as TomtatError).document; console.log(at); }
console.log(first, words, term, kind, v, d, ds.text);
`,
  );
  writeFileSync(
    path.join(project, "good-widget.ts"),
    `import "tomtat/widget";
import type { TomtatSummaryElement, TomtatSummarizedDetail, TomtatErrorDetail } from "tomtat/widget";
const w: TomtatSummaryElement | null = document.querySelector("tomtat-summary");
if (w) {
  const n: number | null = w.sentences;
  w.highlight = true;
  w.addEventListener("tomtat-summarized", (e) => {
    const d: TomtatSummarizedDetail = e.detail;
    console.log(n, d.text.slice(d.sentences[0].start, d.sentences[0].end));
  });
  w.addEventListener("tomtat-error", (e) => {
    const d: TomtatErrorDetail = e.detail;
    console.log(d.kind, d.message);
  });
  void w.refresh();
}
`,
  );
  const flags = ["--strict", "--noEmit", "--module", "nodenext", "--moduleResolution", "nodenext", "--types", "", "--lib", "es2022,dom"];
  execFileSync(process.execPath, [tsc, ...flags, "good.ts"], { cwd: project, stdio: "pipe" });
  execFileSync(process.execPath, [tsc, ...flags, "good-widget.ts"], { cwd: project, stdio: "pipe" });
  for (const [name, bad] of [
    ["bad-option.ts", `import { summarize } from "tomtat"; summarize("x", { sentence: 3 });`],
    ["bad-type.ts", `import { summarize } from "tomtat"; summarize("x", { sentences: "3" });`],
    ["bad-result.ts", `import { summarize } from "tomtat"; const n: string = summarize("x").sentences[0].start;`],
    ["bad-kind.ts", `import { sentences } from "tomtat"; const k: "paragraph" = sentences("x")[0].kind;`],
    ["bad-documents.ts", `import { summarize } from "tomtat"; summarize(["x", { title: "t" }]);`],
    ["bad-story-title.ts", `import { summarize } from "tomtat"; summarize(["x", "y"], { title: "t" });`],
    ["bad-story-result.ts", `import { summarize } from "tomtat"; const n: string = summarize(["x"]).sentences[0].document;`],
    ["bad-widget.ts", `import "tomtat/widget"; const n: string | undefined = document.querySelector("tomtat-summary")?.sentences;`],
  ]) {
    writeFileSync(path.join(project, name), bad);
    assert.throws(
      () => execFileSync(process.execPath, [tsc, ...flags, name], { cwd: project, stdio: "pipe" }),
      (e) => /error TS2\d{3}/.test(String(e.stdout)),
      name,
    );
  }
});
