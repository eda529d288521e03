#!/usr/bin/env python3
"""Scores of the candidates of a `tomtat features` dump by the model that ships, computed in
Python: the tables of src/data/model.rs read back and walked by scripts/gbdt.py (`Tables.score`,
the walk cross-validation's models take). Writes the {id, unit, score} lines that
`tomtat eval --scores` reads. No numpy needed.

  python3 scripts/model_scores.py FEATURES.jsonl [src/data/model.rs] > SCORES.jsonl

scripts/test-scores.sh hands them to the engine: it must summarize as it does with its own model.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gbdt  # noqa: E402


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    model = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(__file__), "..", "src", "data", "model.rs")
    tables = gbdt.Tables.from_rust(open(model, encoding="utf-8").read())
    out = sys.stdout
    for line in open(sys.argv[1], encoding="utf-8"):
        r = json.loads(line)
        score = tables.score(r["x"] + [1.0 if r["titled"] else 0.0])
        out.write(json.dumps({"id": r["id"], "unit": r["unit"], "score": score}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
