// The one timing helper of the Node benchmarks (bench/node-bench.mjs, bench/compare.mjs).
import { performance } from "node:perf_hooks";

const settle = async (r) => (r && typeof r.then === "function" ? await r : r);

/** Calls `fn` for `ms` milliseconds: V8 compiles WebAssembly and JavaScript in tiers. */
export async function warmUp(fn, ms = 1000) {
  const until = performance.now() + ms;
  while (performance.now() < until) await settle(fn());
}

/**
 * Median and best time in ms of at least `runs` calls of `fn` (sync or async), after one
 * warm-up call; with `fill` (the default), more calls, up to a second and 2,000 calls, when they
 * are fast.
 */
export async function time(fn, runs, { fill = true } = {}) {
  await settle(fn());
  const ms = [];
  const until = performance.now() + (fill ? 1000 : 0);
  while (ms.length < runs || (performance.now() < until && ms.length < 2000)) {
    const t = performance.now();
    await settle(fn());
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], best: ms[0], runs: ms.length };
}
