#!/usr/bin/env bash
# Every test, in order from the cheapest. Called by `./dev test` after set-up.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== format and lints"
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings

echo "== native tests"
cargo test --release

for t in scripts/test-*.sh; do
  [ -e "$t" ] || continue
  echo "== $t"
  bash "$t"
done
echo "== all tests passed"
