#!/usr/bin/env bash
# Quality benchmark, in three parts:
#   1. 5-fold cross-validation on ../shared/eval/train.jsonl.gz (scripts/cv.py): what decides
#      features, models and thresholds; the engine selects the sentences (tomtat eval --scores)
#      with each fold's out-of-fold scores;
#   2. the report on ../shared/eval/dev.jsonl: tomtat and LEAD, lines and joined, title given /
#      as the first line / none, length-fair ROUGE (rouge_vi.py --budget) and the paired
#      bootstrap (compare.py);
#   3. the reader's view of 3-sentence summaries of dev.jsonl (scripts/reader_view.py).
#   Part 1 ends with several articles on one story (scripts/multidoc_cv.py, issue 25): LEAD,
#   the articles pasted as one text and the multi-document mode on the training clusters
#   (multidoc/abmusu_train.jsonl.gz), with the share of summaries that state a fact twice.
#   ./dev quality [--no-cv | --cv-only | --multidoc-only] [DATASET.jsonl]
# --cv-only runs part 1 alone (it never opens DATASET.jsonl); --multidoc-only runs only the
# multi-document part of it (a few seconds). Needs ../shared/eval/ beside the
# project (it is not part of the repository) and Python 3; the cross-validation installs numpy
# and lightgbm into target/venv. Uses the lab build of the CLI (cargo feature lab).
set -euo pipefail
cd "$(dirname "$0")/.."
cv=1 report=1 multidoc_only=0
if [ "${1:-}" = "--no-cv" ]; then cv=0; shift; fi
if [ "${1:-}" = "--cv-only" ]; then report=0; shift; fi
if [ "${1:-}" = "--multidoc-only" ]; then report=0 multidoc_only=1; shift; fi
[ $# -eq 0 ] && [ -n "${TOMTAT_EVAL_DIR:-}" ] && set -- "$TOMTAT_EVAL_DIR/dev.jsonl"
data=${1:-../shared/eval/dev.jsonl}
if [ "$report" = 1 ] && [ ! -f "$data" ]; then
  why="needs the evaluation corpus $data (not found): the VietNews dev.jsonl with rouge_vi.py and compare.py beside it; put them in ../shared/eval/, set TOMTAT_EVAL_DIR or give the file (README: Data and licences)"
  if [ "${TOMTAT_REQUIRE_EVAL:-}" = 1 ]; then echo "quality: FAILED: $why" >&2; exit 1; fi
  echo "quality: SKIPPED: $why"
  exit 0
fi
eval_dir=$(dirname "$data")
train=$eval_dir/train.jsonl.gz
out=${QUALITY_OUT:-target/quality}
mkdir -p "$out"
cargo build --release --features lab --quiet --bin tomtat
bin=target/release/tomtat

# Several articles on one story: the training clusters only (never dev.jsonl).
multidoc() {
  if [ ! -f "$eval_dir/multidoc/abmusu_train.jsonl.gz" ]; then
    echo "quality: $eval_dir/multidoc/abmusu_train.jsonl.gz is missing: no multi-document report"
    return
  fi
  TOMTAT_EVAL=$eval_dir python3 scripts/multidoc_cv.py --bin "$bin" --out "$out/multidoc"
}
if [ "$multidoc_only" = 1 ]; then
  multidoc
  exit 0
fi

if [ "$cv" = 1 ]; then
  if [ ! -f "$train" ]; then
    echo "quality: $train is missing: no cross-validation (--no-cv skips it)" >&2
    exit 1
  fi
  echo "## 5-fold cross-validation on $(basename "$train")"
  py=target/venv/bin/python
  if ! "$py" -c 'import numpy, lightgbm' 2>/dev/null; then
    python3 -m venv target/venv && "$py" -m pip install -q numpy lightgbm
  fi
  feats=$out/features
  mkdir -p "$feats"
  zcat "$train" >"$out/train.jsonl"
  for variant in lines joined; do
    flag=""; [ "$variant" = joined ] && flag="--joined"
    $bin features "$out/train.jsonl" $flag >"$feats/titled-$variant.jsonl"
    $bin features "$out/train.jsonl" $flag --title-in-text >"$feats/intext-$variant.jsonl"
    $bin features "$out/train.jsonl" $flag --no-title >"$feats/untitled-$variant.jsonl"
  done
  "$py" scripts/cv.py "$feats" --bin "$bin" --data "$out/train.jsonl" --out "$out/cv.md"
  multidoc
fi
[ "$report" = 1 ] || exit 0

echo "## $(basename "$data"): length-fair ROUGE"
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

echo "## $(basename "$data"): the reader's view of 3-sentence summaries (joined text)"
v=$out/view
mkdir -p "$v"
$bin eval "$data" --joined --lead --out "$v/LEAD-3.jsonl"
$bin eval "$data" --joined --sentences 3 --out "$v/tomtat-3-title.jsonl"
$bin eval "$data" --joined --sentences 3 --title-in-text --out "$v/tomtat-3-intext.jsonl"
$bin eval "$data" --joined --sentences 3 --no-title --out "$v/tomtat-3-notitle.jsonl"
TOMTAT_EVAL=$eval_dir python3 scripts/reader_view.py "$data" "$v/LEAD-3.jsonl" "$v/tomtat-3-title.jsonl" \
  "$v/tomtat-3-intext.jsonl" "$v/tomtat-3-notitle.jsonl"

# --- Keywords (issue 14): share of keywords that are whole words or whole names -------------
# Self-contained block: the articles pasted as title + article, each keyword checked against
# words.tsv.gz and the article's capitalized runs (rules in scripts/keyword_quality.py).
echo "### keywords (lines, then joined)"
python3 scripts/keyword_quality.py "$data" --show 10
python3 scripts/keyword_quality.py "$data" --joined --show 0
# --- end of the keywords block ---------------------------------------------------------------
