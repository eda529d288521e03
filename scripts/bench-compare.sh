#!/usr/bin/env bash
# Speed of tomtat (native, by criterion; WebAssembly in Node) against wink-nlp and
# node-summarizer on 10 KB to 10 MB of Vietnamese news: bench/compare.mjs prints the table.
# Usage: scripts/bench-compare.sh [--quick] [--cap SECONDS]   (needs pkg/: bash scripts/build-pkg.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f pkg/node.js ] || bash scripts/build-pkg.sh
if [ ! -d node_modules/wink-nlp ] || [ ! -d node_modules/wink-eng-lite-web-model ] || [ ! -d node_modules/node-summarizer ]; then
  npm ci --no-audit --no-fund
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
echo "== cargo bench --bench summarize (native)"
quick=()
for a in "$@"; do [ "$a" = --quick ] && quick=(--quick); done
cargo bench --bench summarize -- "${quick[@]}" | tee "$out"
echo "== bench/compare.mjs (WebAssembly in Node, and the peers)"
node --max-old-space-size=8192 bench/compare.mjs --native "$out" "$@"
