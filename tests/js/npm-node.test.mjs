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
    `import { summarize, sentences, version, type Summary, type SummarizeOptions, type Unit, type UnitKind, type TomtatError } from "tomtat";
const options: SummarizeOptions = { sentences: 3, title: "Tiêu đề" };
const s: Summary = summarize("Một câu. Hai câu.", options);
const first: number = s.sentences[0].start + s.sentences[0].end + s.sentences[0].score + s.sentences[0].index;
const words: number = s.stats.summaryWords + s.stats.summaryChars;
const term: string = s.keywords[0].term + s.keywords[0].text;
const units: Unit[] = sentences("Một câu.");
const kind: UnitKind = units[0].kind;
const v: string = version();
try { summarize(""); } catch (e) { const k: string = (e as TomtatError).kind; console.log(k); }
console.log(first, words, term, kind, v);
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
