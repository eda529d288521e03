#!/usr/bin/env python3
"""5-fold cross-validation of tomtat's scoring model on the train split, folds by article.

  python3 scripts/cv.py FEATURES_DIR [--out report.md]

FEATURES_DIR holds the `tomtat features` dumps of train.jsonl that scripts/quality.sh makes:
titled-lines, titled-joined, intext-lines, intext-joined, untitled-lines, untitled-joined
(.jsonl). For each fold, the models are fitted as scripts/fit_weights.py fits them (ridge on
the lines and joined variants together; one model for texts with a title, one without) on
the other four folds, and the held-out articles are summarized the way
`tomtat eval --words-from-reference` does (best first, no repeats, a sentence before a chosen
one only if it fits whole) and scored with length-fair ROUGE. LEAD is the first candidates.
Prints, per setting, ROUGE-1/2/L of LEAD and tomtat and the paired bootstrap of the ROUGE-2
difference. Needs numpy.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cvlib  # noqa: E402

RIDGE = 1.0
SETTINGS = [
    ("title given", "titled"),
    ("title as first line", "intext"),
    ("no title", "untitled"),
]


def ridge(docs):
    """Ridge regression of the targets on the features (no penalty on the bias)."""
    X = np.array([x for d in docs for x in d.x])
    y = np.array([v for d in docs for v in d.y])
    A = X.T @ X + RIDGE * np.eye(X.shape[1])
    A[0, 0] -= RIDGE
    return np.linalg.solve(A, X.T @ y)


def load(path, arts):
    rows = cvlib.load_rows(path)
    return [cvlib.Doc(arts[i], r) for i, r in rows.items() if arts[i]["ref"]]


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    fdir = args[0]
    out = args[args.index("--out") + 1] if "--out" in args else None
    train = os.path.join(cvlib.EVAL, "train.jsonl.gz")
    arts = cvlib.load_articles(train)
    docs = {}
    for kind in ("titled", "intext", "untitled"):
        for variant in ("lines", "joined"):
            docs[kind, variant] = load(os.path.join(fdir, f"{kind}-{variant}.jsonl"), arts)
            print(f"cv: {kind}-{variant}: {len(docs[kind, variant])} articles", file=sys.stderr)
    lines = [
        f"5-fold cross-validation on train.jsonl.gz ({len(arts)} articles, folds by article id), "
        "length-fair ROUGE F1 x100",
        "",
        "| text given as | system | ROUGE-1 | ROUGE-2 | ROUGE-L | - LEAD, ROUGE-2 [95% CI] |",
        "| --- | --- | ---: | ---: | ---: | --- |",
    ]
    # The models of each fold, fitted as fit_weights.py fits them: on both variants of the
    # training folds, one on the texts with a title, one on the texts without.
    models = [
        {
            kind: ridge([d for v in ("lines", "joined") for d in docs[kind, v] if d.fold != f])
            for kind in ("titled", "untitled")
        }
        for f in range(cvlib.FOLDS)
    ]
    for variant in ("lines", "joined"):
        first = True
        lead_done = False
        for name, kind in SETTINGS:
            res, lead = [], []
            for f in range(cvlib.FOLDS):
                for d in docs[kind, variant]:
                    if d.fold != f:
                        continue
                    # The model the engine applies: a title-as-first-line text whose heading
                    # was not taken for a title is scored by the untitled model.
                    w = models[f]["titled" if d.titled else "untitled"]
                    scores = list(np.array(d.x) @ w)
                    res.append(cvlib.rouge(d, cvlib.select(d, scores, len(d.ref))))
                    lead.append(cvlib.lead(d))
            r = np.array(res) * 100
            l = np.array(lead) * 100
            m, lo, hi = cvlib.bootstrap(r[:, 1] - l[:, 1])
            label = f"**{variant}**" if first else ""
            first = False
            if not lead_done:
                lines.append(f"| {label} | LEAD | {l[:, 0].mean():.2f} | {l[:, 1].mean():.2f} | {l[:, 2].mean():.2f} | |")
                lead_done = True
                label = ""
            lines.append(
                f"| {label} | tomtat, {name} | {r[:, 0].mean():.2f} | {r[:, 1].mean():.2f} | "
                f"{r[:, 2].mean():.2f} | {m:+.2f} [{lo:+.2f}, {hi:+.2f}] |"
            )
            print(lines[-1], file=sys.stderr)
    text = "\n".join(lines) + "\n"
    print(text)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
