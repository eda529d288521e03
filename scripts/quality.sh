#!/usr/bin/env bash
# Quality benchmark: tomtat and LEAD on ../shared/eval/dev.jsonl, lines and joined variants,
# length-fair ROUGE (rouge_vi.py --budget) and the paired bootstrap (compare.py).
#   ./dev quality [DATASET.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/eval/dev.jsonl}
eval_dir=$(dirname "$data")
out=${QUALITY_OUT:-target/quality}
mkdir -p "$out"
cargo build --release --quiet
bin=target/release/tomtat
# tomtat: the title given as an option; notitle: no title at all; intext: the title as the
# text's first line, as a pasted article has it.
systems="lead tomtat tomtat-intext tomtat-notitle"
for variant in lines joined; do
  flag=""; [ "$variant" = joined ] && flag="--joined"
  $bin eval "$data" $flag --words-from-reference --lead --out "$out/lead-$variant.jsonl"
  $bin eval "$data" $flag --words-from-reference --out "$out/tomtat-$variant.jsonl"
  $bin eval "$data" $flag --words-from-reference --title-in-text --out "$out/tomtat-intext-$variant.jsonl"
  $bin eval "$data" $flag --words-from-reference --no-title --out "$out/tomtat-notitle-$variant.jsonl"
done
# compare.py scores predictions as given: cut them to the reference length first, as
# rouge_vi.py --budget does, so that the paired difference is the length-fair one.
cut() {
  python3 - "$data" "$1" "$2" "$eval_dir" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[4])
import rouge_vi
refs = {d["id"]: d["summary"] for d in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for d in map(json.loads, open(sys.argv[2], encoding="utf-8")):
        n = len(rouge_vi.tokenize(refs[d["id"]]))
        out.write(json.dumps({"id": d["id"], "summary": rouge_vi.truncate_syllables(d["summary"], n)}, ensure_ascii=False) + "\n")
PY
}
for variant in lines joined; do
  echo "### $variant"
  for sys in $systems; do
    printf '%-15s ' "$sys"
    python3 "$eval_dir/rouge_vi.py" "$data" "$out/$sys-$variant.jsonl" --budget --json
    cut "$out/$sys-$variant.jsonl" "$out/$sys-$variant.cut.jsonl"
  done
  for sys in tomtat tomtat-intext tomtat-notitle; do
    python3 "$eval_dir/compare.py" "$data" "$out/lead-$variant.cut.jsonl" "$out/$sys-$variant.cut.jsonl" --n 1000
  done
done

# --- Keywords (issue 14): share of keywords that are whole words or whole names -------------
# Self-contained block: the articles pasted as title + article, each keyword checked against
# words.tsv.gz and the article's capitalized runs (rules in scripts/keyword_quality.py).
echo "### keywords (lines, then joined)"
python3 scripts/keyword_quality.py "$data" --show 10
python3 scripts/keyword_quality.py "$data" --joined --show 0
# --- end of the keywords block ---------------------------------------------------------------
