// Speed of the npm package in Node: summarize() (and sentences()) on 10 KB to 10 MB of
// Vietnamese news text, built by joining articles of ../shared/eval/dev.jsonl (bench/texts.mjs).
// Not a test. Usage: node bench/node-bench.mjs [path/to/pkg] [--quick]
// Prints the median of several runs per size, in ms and MB/s (1 MB = 10^6 bytes of UTF-8);
// each run summarizes a different text of that size (bench/texts.mjs: textsOf).
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { textsOf, SOURCE } from "./texts.mjs";
import { time, warmUp } from "./timing.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const pkgDir = path.resolve(args.find((a) => !a.startsWith("--")) ?? path.join(root, "pkg"));
const { summarize, sentences, version } = await import(pathToFileURL(path.join(pkgDir, "node.js")).href);


const sizes = [
  ["10 KB", 10e3, 30],
  ["100 KB", 100e3, 15],
  ["1 MB", 1e6, 7],
  ["10 MB", 10e6, 3],
].filter(([label]) => !quick || label !== "10 MB");

console.log(`tomtat ${version()} (${path.relative(root, pkgDir) || "."}), Node ${process.version}, texts of ${SOURCE}; median and best of runs`);
console.log("size     | summarize ms (best) |   MB/s | sentences ms (best) |   MB/s | sentences in summary");
console.log("---------|---------------------|--------|---------------------|--------|---------------------");
for (const [label, bytes, runs] of sizes) {
  // Each run takes the next of the size's texts (different articles): see textsOf.
  const list = textsOf(bytes);
  let next = 0;
  const text = () => list[next++ % list.length];
  const mb = list.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / list.length / 1e6;
  let n = 0;
  // A second of warm-up per size: V8 optimizes the module in tiers.
  await warmUp(() => (n = summarize(text()).sentences.length));
  next = 0;
  const s = await time(() => (n = summarize(text()).sentences.length), runs);
  next = 0;
  const u = await time(() => sentences(text()), runs);
  const cell = (t) => `${t.median.toFixed(t.median < 10 ? 2 : 1)} (${t.best.toFixed(t.best < 10 ? 2 : 1)})`;
  const row = [
    label.padEnd(8),
    cell(s).padStart(19),
    (mb / (s.median / 1000)).toFixed(2).padStart(6),
    cell(u).padStart(19),
    (mb / (u.median / 1000)).toFixed(2).padStart(6),
    String(n).padStart(20),
  ];
  console.log(row.join(" | "));
}
