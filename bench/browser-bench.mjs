// Speed of the npm package in headless Chromium (Debian's, through playwright-core): summarize()
// on 10 KB to 10 MB of Vietnamese news, as a page runs it (www/pkg/, served over http).
// Not a test. Usage: node bench/browser-bench.mjs [--quick] [--json FILE]   (needs www/pkg/)
// --json FILE also writes the figures ({ "10 KB": { median, best }, ... }) for bench/compare.mjs.
// Prints the median and the best of the runs per size (as many as fit in a second, at least 3),
// after a second of warm-up per size, and the first call after loading the module.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { launch } from "../tests/js/helpers/browser.mjs";
import { ROOT, serve } from "../tests/js/helpers/server.mjs";
import { textOf, textsOf } from "./texts.mjs";

const quick = process.argv.includes("--quick");
const jsonAt = process.argv.indexOf("--json");
const jsonFile = jsonAt >= 0 ? process.argv[jsonAt + 1] : null;
const figures = {};
const sizes = [
  ["10 KB", 10e3],
  ["100 KB", 100e3],
  ["1 MB", 1e6],
  ["10 MB", 10e6],
].filter(([label]) => !quick || label !== "10 MB");

const server = await serve(path.join(ROOT, "www"));
const browser = await launch();
try {
  const page = await browser.context.newPage();
  // A plain directory listing: no page script, no content security policy in the way.
  await page.goto(`${server.origin}/pkg/`);
  const first = await page.evaluate(async (text) => {
    const t0 = performance.now();
    const m = await import("/pkg/tomtat.js");
    const t1 = performance.now();
    m.summarize(text);
    return { load: t1 - t0, call: performance.now() - t1 };
  }, textOf(10e3));
  const version = await page.evaluate(async () => (await import("/pkg/tomtat.js")).version());
  const agent = await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]);
  console.log(`tomtat ${version} in headless ${agent}; median and best of runs`);
  console.log(
    `loading the module ${first.load.toFixed(1)} ms, then the first call on 10 KB ${first.call.toFixed(1)} ms`,
  );
  console.log("size     | median ms | best ms |   MB/s (median)");
  console.log("---------|-----------|---------|---------------");
  for (const [label, bytes] of sizes) {
    // Each run takes the next of the size's texts (different articles): see textsOf.
    const texts = textsOf(bytes);
    const mb = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / texts.length / 1e6;
    const { median, best } = await page.evaluate(async (texts) => {
      const { summarize } = await import("/pkg/tomtat.js");
      let next = 0;
      const text = () => texts[next++ % texts.length];
      const warm = performance.now() + 1000;
      while (performance.now() < warm) summarize(text());
      next = 0;
      const ms = [];
      const until = performance.now() + 1000;
      while (ms.length < 3 || (performance.now() < until && ms.length < 2000)) {
        const t = performance.now();
        summarize(text());
        ms.push(performance.now() - t);
      }
      ms.sort((a, b) => a - b);
      return { median: ms[ms.length >> 1], best: ms[0] };
    }, texts);
    figures[label] = { median, best };
    const f = (x) => x.toFixed(x < 10 ? 2 : 1);
    console.log(
      [label.padEnd(8), f(median).padStart(9), f(best).padStart(7), (mb / (median / 1000)).toFixed(1).padStart(14)].join(" | "),
    );
  }
  if (jsonFile) writeFileSync(jsonFile, JSON.stringify(figures));
} finally {
  await browser.close();
  await server.close();
}
