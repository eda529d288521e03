#!/usr/bin/env bash
# Speed benchmarks: criterion benches of the Rust core (if any), then the npm package in Node.
# `./dev bench` builds pkg/ first; run alone, this script expects pkg/ to be built.
set -euo pipefail
cd "$(dirname "$0")/.."

if ls benches/*.rs >/dev/null 2>&1; then
  echo "== cargo bench"
  cargo bench
fi

[ -f pkg/node.js ] || bash scripts/build-pkg.sh
echo "== Node: the npm package (pkg/)"
node bench/node-bench.mjs pkg "$@"
