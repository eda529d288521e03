#!/usr/bin/env python3
"""Fits the scoring model that tomtat embeds (src/data/model.rs) on the whole train split.

  bash scripts/quality.sh     # once: writes the feature dumps to target/quality/features/
  target/venv/bin/python scripts/fit_model.py target/quality/features > src/data/model.rs

(quality.sh puts numpy and lightgbm in target/venv.)
The model: LightGBM regression trees (scripts/gbdt.py: PARAMS, ROUNDS) on the features of
every candidate sentence of train.jsonl.gz, lines and joined, with the title given and with
none; the target is how much of the reference abstract the sentence covers, (ROUGE-1 F1 +
2 x ROUGE-2 F1) / 3 of the sentence cut to the reference's length, plus ORACLE_WEIGHT (by case) when the
greedy oracle summary takes the sentence (scripts/cvlib.py, `targets`). Its parameters were
chosen by 5-fold cross-validation (scripts/cv.py); dev.jsonl is for the report only.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cv  # noqa: E402
import cvlib  # noqa: E402
import gbdt  # noqa: E402


# The lab build of the CLI (scripts/quality.sh builds it).
BIN = os.environ.get("TOMTAT_BIN", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "tomtat"))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    arts = cvlib.load_articles(os.path.join(cvlib.EVAL, "train.jsonl.gz"))
    docs = cv.load_dir(sys.argv[1], arts, kinds=("titled", "untitled"))
    train = cv.training(docs, lambda d: True)
    tables = gbdt.fit(train)
    # The model's inputs as the engine names them (src/score/features.rs): the dump's columns,
    # then "titled".
    names = json.loads(subprocess.run([BIN, "features", "--names"], capture_output=True, text=True, check=True).stdout)
    assert len(names) == train[0].x.shape[1] + 1, "the dumps are of other features: dump them again"
    rows = sum(len(d.x) for d in train)
    provenance = [
        "scripts/fit_model.py on ../shared/eval/train.jsonl.gz (VietNews, %d articles): %d candidate" % (len(arts), rows),
        "sentences (lines and joined, title given and none). LightGBM regression, %d trees of at most"
        % len(tables.trees),
        "%d leaves, learning rate %s, at least %d rows a leaf." % (gbdt.PARAMS["num_leaves"], gbdt.PARAMS["learning_rate"], gbdt.PARAMS["min_data_in_leaf"]),
        "Target: (R1 + 2 R2) / 3 of the sentence, + %s (title) / %s (none) if the greedy oracle"
        % (cvlib.ORACLE_WEIGHT[True], cvlib.ORACLE_WEIGHT[False]),
        "summary takes it.",
    ]
    X = gbdt.inputs(train)
    checks = X[:: max(1, len(X) // 24)][:24]
    sys.stdout.write(tables.rust(names, provenance, checks))


if __name__ == "__main__":
    main()
