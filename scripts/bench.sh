#!/usr/bin/env bash
# Speed benchmarks (`./dev bench`): the npm package in Node and in headless Chromium, then the
# cross-tool harness, which runs criterion on the Rust core (`cargo bench`) and compares tomtat
# native and in WebAssembly with wink-nlp and node-summarizer. Arguments go to bench-compare.sh
# (--quick, --cap S).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f pkg/node.js ] || bash scripts/build-pkg.sh
echo "== Node: the npm package (pkg/)"
node bench/node-bench.mjs pkg
echo "== Chromium: the npm package as a page loads it (www/pkg/)"
node bench/browser-bench.mjs
bash scripts/bench-compare.sh "$@"
