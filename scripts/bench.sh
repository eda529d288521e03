#!/usr/bin/env bash
# Speed benchmarks (`./dev bench`): the npm package in Node and in headless Chromium, then the
# cross-tool harness, which runs criterion on the Rust core (`cargo bench`) and compares tomtat
# native and in WebAssembly (Node, and Chromium's figures from the step before) with wink-nlp and
# node-summarizer in one table. Arguments go to bench-compare.sh (--quick, --cap S).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f pkg/node.js ] || bash scripts/build-pkg.sh
echo "== Node: the npm package (pkg/)"
node bench/node-bench.mjs pkg
echo "== Chromium: the npm package as a page loads it (www/pkg/)"
browser=$(mktemp)
trap 'rm -f "$browser"' EXIT
quick=()
for a in "$@"; do [ "$a" = --quick ] && quick=(--quick); done
node bench/browser-bench.mjs "${quick[@]}" --json "$browser"
# One table: tomtat native, in Node and in Chromium against the peers, with the ratios.
bash scripts/bench-compare.sh --browser "$browser" "$@"
