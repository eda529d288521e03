// Speed of tomtat against the summarizers a JavaScript user would pick instead, on the same
// texts in one process: 10 KB to 10 MB of Vietnamese news (articles of ../shared/eval/dev.jsonl
// joined as paragraphs, as bench/node-bench.mjs and bench/summarize.rs build them).
//   tomtat (wasm)            the npm package in Node (pkg/node.js), default length (<= 5 sentences)
//   tomtat (native)          from `cargo bench --bench summarize` output, if given with --native FILE
//   tomtat (Chromium)        from `node bench/browser-bench.mjs --json FILE`, if given with --browser FILE
//   wink-nlp                 readDoc + its.sentenceWiseImportance (wink-eng-lite-web-model), top 5
//   node-summarizer freq     SummarizerManager(text, 5).getSummaryByFrequency()
//   node-summarizer rank     SummarizerManager(text, 5).getSummaryByRank() (TextRank)
// A peer whose next size would take longer than --cap seconds (predicted 12x its time on the
// size before) is skipped and printed as "skipped (>N s)".
// Usage: node bench/compare.mjs [--native cargo-bench.txt] [--browser browser.json] [--cap 30] [--quick]
// Not a test: prints a table of ms, MB/s and the time relative to tomtat (wasm), and for tomtat
// how the time grows with the size (10x the text should cost at most 11x the time).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { textOf, textsOf, SOURCE } from "./texts.mjs";
import { time, warmUp } from "./timing.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const cap = Number(opt("--cap", "30"));
const quick = args.includes("--quick");
const nativeFile = opt("--native", null);
const browserFile = opt("--browser", null);
const require = createRequire(import.meta.url);

const tomtat = await import(pathToFileURL(path.join(root, "pkg", "node.js")).href);


const sizes = [
  ["10 KB", 10e3, 20],
  ["100 KB", 100e3, 7],
  ["1 MB", 1e6, 3],
  ["10 MB", 10e6, 1],
].filter(([label]) => !quick || label !== "10 MB");

/** The tools: name -> (text) => number of sentences chosen (sync or async). */
const tools = [["tomtat (wasm)", (t) => tomtat.summarize(t).sentences.length]];
try {
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = winkNLP(model);
  const its = nlp.its;
  tools.push([
    "wink-nlp",
    (t) => {
      const imp = nlp.readDoc(t).out(its.sentenceWiseImportance);
      return imp
        .sort((a, b) => b.importance - a.importance)
        .slice(0, 5)
        .sort((a, b) => a.index - b.index).length;
    },
  ]);
} catch (e) {
  console.error(`wink-nlp not installed (${e.code ?? e.message}); npm install -D wink-nlp wink-eng-lite-web-model`);
}
try {
  const { SummarizerManager } = require("node-summarizer");
  tools.push([
    "node-summarizer freq",
    (t) => new SummarizerManager(t, 5).getSummaryByFrequency().summary.length,
  ]);
  tools.push([
    "node-summarizer rank",
    async (t) => (await new SummarizerManager(t, 5).getSummaryByRank()).summary.length,
  ]);
} catch (e) {
  console.error(`node-summarizer not installed (${e.code ?? e.message}); npm install -D node-summarizer`);
}

/** Native figures: the linearity table that bench/summarize.rs prints. */
const native = new Map();
if (nativeFile) {
  for (const line of readFileSync(nativeFile, "utf8").split("\n")) {
    const m = line.match(/^(10 KB|100 KB|1 MB|10 MB)\s*\|\s*([\d.]+)\s*\|/);
    if (m) native.set(m[1], Number(m[2]));
  }
}

// Warm-up: V8 compiles WebAssembly and JavaScript in tiers; measure the optimized code, as a
// page that summarizes more than once runs it.
{
  const small = textOf(10e3);
  for (const [, fn] of tools) await warmUp(() => fn(small), 1500);
}

const results = new Map(); // tool -> Map(size -> median ms | null)
const best = new Map(); // tool -> Map(size -> best ms | null)
for (const [name] of tools) {
  results.set(name, new Map());
  best.set(name, new Map());
}
const texts = new Map();
// Each run summarizes the next of the size's texts (different articles): see textsOf.
for (const [label, bytes] of sizes) texts.set(label, textsOf(bytes));

for (const [label, , runs] of sizes) {
  const list = texts.get(label);
  let next = 0;
  const text = () => list[next++ % list.length];
  for (const [name, fn] of tools) {
    const prev = [...results.get(name).values()].at(-1);
    if (prev === null || (prev !== undefined && (prev * 12) / 1000 > cap)) {
      results.get(name).set(label, null);
      continue;
    }
    const t0 = performance.now();
    // Large texts: fewer runs when one run is slow. Three when a run should take 2-3 s (wink-nlp
    // at 1 MB: its single run moved by ±30 % between bench runs, and the ratio with it); one when
    // slower (TextRank's runs take gigabytes of heap each: three ran out of 8 GB).
    const estimate = prev === undefined ? 0 : prev * 12;
    const n = estimate > 3000 ? 1 : estimate > 2000 ? Math.min(3, runs) : runs;
    let ms;
    try {
      // Only tomtat's runs fill a second: the peers' runs are slow, and TextRank's take
      // gigabytes of heap each.
      next = 0;
      ms = await time(() => fn(text()), n, { fill: name.startsWith("tomtat") });
    } catch (e) {
      console.error(`${name} on ${label}: ${e.message}`);
      ms = null;
    }
    results.get(name).set(label, ms?.median ?? null);
    best.get(name).set(label, ms?.best ?? null);
    if (performance.now() - t0 > cap * 1000 * 4) results.get(name).set("stop", true);
  }
}

/** Chromium figures: what bench/browser-bench.mjs --json wrote (median and best per size). */
const browser = browserFile ? JSON.parse(readFileSync(browserFile, "utf8")) : null;
if (browser) {
  results.set("tomtat (Chromium)", new Map(Object.entries(browser).map(([l, v]) => [l, v.median])));
  best.set("tomtat (Chromium)", new Map(Object.entries(browser).map(([l, v]) => [l, v.best])));
}

const fmt = (x, w, d = 1) => (x == null ? "" : x.toFixed(d)).padStart(w);
console.log(`Node ${process.version}, tomtat ${tomtat.version()}, texts of ${SOURCE}; median and best of runs; MB = 10^6 bytes of UTF-8`);
console.log("size     | tool                  | median ms |   MB/s | x tomtat (wasm) |   best ms");
console.log("---------|-----------------------|-----------|--------|-----------------|----------");
const all = [
  ...(native.size ? [["tomtat (native)", null]] : []),
  ...tools.slice(0, 1),
  ...(browser ? [["tomtat (Chromium)", null]] : []),
  ...tools.slice(1),
];
for (const [label] of sizes) {
  const list = texts.get(label);
  const mb = list.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / list.length / 1e6;
  const base = results.get("tomtat (wasm)").get(label);
  for (const [name] of all) {
    const ms = name === "tomtat (native)" ? native.get(label) : results.get(name).get(label);
    const b = name === "tomtat (native)" ? null : best.get(name).get(label);
    const cells =
      ms == null
        ? [`skipped (>${cap} s)`.padStart(9), "", ""]
        : [
            fmt(ms, 9, ms < 10 ? 2 : 1),
            fmt(mb / (ms / 1000), 6, 2),
            fmt(ms / base, 15, 2),
            fmt(b, 9, b != null && b < 10 ? 2 : 1),
          ];
    console.log([label.padEnd(8), name.padEnd(21), ...cells].join(" | "));
  }
}

console.log("\nlinearity of tomtat: time on 10x the text / time on the size before (at most 11); wasm by best times");
for (const name of ["tomtat (native)", "tomtat (wasm)"]) {
  const get = (l) => (name === "tomtat (native)" ? native.get(l) : best.get(name).get(l));
  if (get(sizes[0][0]) == null) continue;
  const parts = [];
  for (let i = 1; i < sizes.length; i++) {
    const [a, b] = [get(sizes[i - 1][0]), get(sizes[i][0])];
    if (a != null && b != null) parts.push(`${sizes[i - 1][0]} -> ${sizes[i][0]}: ${(b / a).toFixed(2)}x`);
  }
  console.log(`${name}: ${parts.join(", ")}`);
}
