#!/usr/bin/env bash
# Every test, in order from the cheapest. Called by `./dev test` after set-up.
# Tests that need the evaluation corpus (../shared/eval/dev.jsonl, or $TOMTAT_EVAL_DIR) skip
# without it, each saying so on one line; the list is printed at the end. TOMTAT_REQUIRE_EVAL=1
# (as .ci/run sets) turns those skips into failures.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p target
export TOMTAT_SKIP_LOG="$PWD/target/skipped-tests.txt"
: >"$TOMTAT_SKIP_LOG"

echo "== format and lints"
cargo fmt --all -- --check
cargo clippy --all-targets --features lab -- -D warnings
# The default build (no lab) too: code only the lab uses must not leave it with dead code.
cargo clippy --lib --bins -- -D warnings

echo "== native tests"
cargo test --release --features lab

for t in scripts/test-*.sh; do
  [ -e "$t" ] || continue
  echo "== $t"
  bash "$t"
done
echo "== all tests passed"
if [ -s "$TOMTAT_SKIP_LOG" ]; then
  echo "== skipped ($(sort -u "$TOMTAT_SKIP_LOG" | wc -l)): they need the evaluation corpus; TOMTAT_REQUIRE_EVAL=1 makes them fail"
  sort -u "$TOMTAT_SKIP_LOG" | sed 's/^/  /'
else
  echo "== no test skipped"
fi
