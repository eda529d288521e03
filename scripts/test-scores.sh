#!/usr/bin/env bash
# One selection everywhere: cross-validation (scripts/cv.py) scores candidates in Python and has
# the engine select through the scores mode (`tomtat eval --scores`). Here the model that ships,
# read back and walked in Python (scripts/model_scores.py, scripts/gbdt.py) over the lab dump of
# the features, scores every candidate; handed to the scores mode, those scores must give the
# very summaries the engine gives with its own model, under a word budget and under length
# options. The check fails when the dump, the Python walk, the scores' interface or the scores
# mode drifts from the engine. On the articles written for the tests, and on 300 train articles
# when the evaluation corpus is there (TOMTAT_REQUIRE_EVAL=1 makes its absence a failure).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --features lab --quiet --bin tomtat
bin=target/release/tomtat
work=target/test-scores
mkdir -p "$work"

# The written articles as a data set; the reference is the title and the first sentence (only
# its length matters: the word budget).
python3 - tests/fixtures/articles.txt >"$work/written.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
for block in text.split("\n=== ")[1:]:
    lines = [l for l in block.split("\n") if l.strip()]
    art_id, title, body = lines[0], lines[1], lines[2:]
    print(json.dumps({"id": art_id, "title": title, "article": "\n".join(body),
                      "summary": title + " " + body[0]}, ensure_ascii=False))
PY
sets=("$work/written.jsonl")
train=${TOMTAT_EVAL_DIR:-../shared/eval}/train.jsonl.gz
if [ -f "$train" ]; then
  (zcat "$train" || true) | head -300 >"$work/train300.jsonl"
  sets+=("$work/train300.jsonl")
else
  why="needs $train for its train slice (the written articles were checked)"
  [ "${TOMTAT_REQUIRE_EVAL:-}" = 1 ] && { echo "test-scores: FAILED: $why" >&2; exit 1; }
  echo "SKIPPED test-scores on train: $why"
  [ -n "${TOMTAT_SKIP_LOG:-}" ] && echo "scripts/test-scores.sh (train slice): $why" >>"$TOMTAT_SKIP_LOG"
fi

checked=0
for data in "${sets[@]}"; do
  for variant in "" --joined; do
    for title in "" --no-title --title-in-text; do
      flags=($variant $title)
      "$bin" features "$data" "${flags[@]}" >"$work/features.jsonl"
      python3 scripts/model_scores.py "$work/features.jsonl" >"$work/scores.jsonl"
      for mode in --words-from-reference "--ratio 0.5" "--sentences 3"; do
        "$bin" eval "$data" "${flags[@]}" $mode --out "$work/engine.jsonl"
        "$bin" eval "$data" "${flags[@]}" $mode --scores "$work/scores.jsonl" --out "$work/given.jsonl"
        if ! cmp -s "$work/engine.jsonl" "$work/given.jsonl"; then
          echo "test-scores: FAILED: $(basename "$data") ${flags[*]} $mode: the scores mode with Python's scores of the shipped model summarizes otherwise than the engine" >&2
          diff "$work/engine.jsonl" "$work/given.jsonl" | head -5 >&2
          exit 1
        fi
        checked=$((checked + $(wc -l <"$work/engine.jsonl")))
      done
    done
  done
done
echo "test-scores: Python's scores of the shipped model, through the engine's scores mode: the same $checked summaries as the engine's own"
