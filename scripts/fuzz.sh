#!/usr/bin/env bash
# Fuzzes tomtat::summarize (fuzz/fuzz_targets/summarize.rs) with cargo-fuzz for SECONDS
# (default 300). Not part of CI. Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly
# toolchain; without one, stable is used with RUSTC_BOOTSTRAP=1 (which lets -Zsanitizer work).
# The corpus is seeded with real articles (../shared/eval/dev.jsonl) on the first run;
# crashes land in fuzz/artifacts/summarize/. Usage: scripts/fuzz.sh [SECONDS] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-300}
jobs=${2:-1}

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
if rustup toolchain list | grep -q '^nightly'; then
  tc=(+nightly)
else
  tc=()
  export RUSTC_BOOTSTRAP=1
fi

corpus=fuzz/corpus/summarize
if [ ! -d "$corpus" ] && [ -f ../shared/eval/dev.jsonl ]; then
  mkdir -p "$corpus"
  # One seed per article: a default-length, untitled input (see the Input layout in the target:
  # a 4-byte enum tag, a 1-byte Option tag, then the rest is the text).
  python3 - "$corpus" <<'PY'
import json, sys, os
out = sys.argv[1]
with open("../shared/eval/dev.jsonl", encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i >= 200:
            break
        a = json.loads(line)["article"].encode()[:4000]
        with open(os.path.join(out, f"dev-{i:03}"), "wb") as w:
            w.write(b"\x00" * 5 + a)
PY
fi
mkdir -p "$corpus"
cargo "${tc[@]}" fuzz run summarize "$corpus" --release -j "$jobs" -- \
  -max_total_time="$secs" -max_len=65536 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1
