#!/usr/bin/env bash
# Issue 7 in WebAssembly: the npm package's memory stops growing over 1,000 calls
# (tests/js/memory.test.mjs). The native robustness tests (tests/robustness.rs) run with
# `cargo test --release`; the fuzzer (scripts/fuzz.sh) is run by hand, not here.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f pkg/node.js ] || bash scripts/build-pkg.sh
node --test tests/js/memory.test.mjs
