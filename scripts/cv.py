#!/usr/bin/env python3
"""5-fold cross-validation of tomtat's scoring model on the train split, folds by article.

  python3 scripts/cv.py FEATURES_DIR [--model gbdt|ridge] [--out report.md]

FEATURES_DIR holds the `tomtat features` dumps of train.jsonl that scripts/quality.sh makes:
titled-, intext- and untitled-, each -lines and -joined (.jsonl). For each fold the model is
fitted on the other four folds as it is fitted for shipping (gbdt: scripts/fit_model.py, one
model of small boosted trees for texts with and without a title; ridge: the linear models of
the linear models that shipped before, one per case), and the held-out articles are summarized the way
`tomtat eval --words-from-reference` does (best first, no repeats, a sentence before a chosen
one only if it fits whole) and scored with length-fair ROUGE. LEAD is the first candidates.
Prints, per setting, ROUGE-1/2/L of LEAD and tomtat and the paired bootstrap of the ROUGE-2
difference (articles resampled). Needs numpy (and lightgbm for gbdt).
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
    X = np.vstack([d.x for d in docs])
    y = np.concatenate([d.y for d in docs])
    A = X.T @ X + RIDGE * np.eye(X.shape[1])
    A[0, 0] -= RIDGE
    return np.linalg.solve(A, X.T @ y)


class Ridge:
    """The two linear models: one for texts with a title, one without."""

    def __init__(self, docs):
        self.w = {t: ridge([d for d in docs if d.titled == t]) for t in (True, False)}

    def predict(self, docs):
        return [d.x @ self.w[d.titled] for d in docs]


class Gbdt:
    def __init__(self, docs):
        import gbdt

        self.gbdt = gbdt
        self.tables = gbdt.fit(docs)

    def predict(self, docs):
        s = self.tables.predict(self.gbdt.inputs(docs))
        out, k = [], 0
        for d in docs:
            out.append(s[k:k + len(d.x)])
            k += len(d.x)
        return out


def load_dir(fdir, arts, kinds=("titled", "intext", "untitled")):
    # The targets of an earlier run (the oracle is slow): kept beside the dumps.
    cache = os.path.join(fdir, "targets.pickle")
    cvlib.load_targets(cache)
    docs = {}
    for kind in kinds:
        for variant in ("lines", "joined"):
            rows = cvlib.load_rows(os.path.join(fdir, f"{kind}-{variant}.jsonl"))
            docs[kind, variant] = [cvlib.Doc(arts[i], r) for i, r in rows.items() if arts[i]["ref"]]
            print(f"cv: {kind}-{variant}: {len(docs[kind, variant])} articles", file=sys.stderr)
    cvlib.save_targets(cache)
    return docs


def training(docs, keep):
    """What a model is fitted on: both variants of the texts with a title and without."""
    return [d for kind in ("titled", "untitled") for v in ("lines", "joined") for d in docs[kind, v] if keep(d)]


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    fdir = args[0]
    out = args[args.index("--out") + 1] if "--out" in args else None
    kind_of_model = args[args.index("--model") + 1] if "--model" in args else "gbdt"
    Model = {"gbdt": Gbdt, "ridge": Ridge}[kind_of_model]
    arts = cvlib.load_articles(os.path.join(cvlib.EVAL, "train.jsonl.gz"))
    docs = load_dir(fdir, arts)
    results = {key: ([], []) for key in docs}
    for f in range(cvlib.FOLDS):
        model = Model(training(docs, lambda d: d.fold != f))
        print(f"cv: fold {f} fitted", file=sys.stderr)
        for key, ds in docs.items():
            held = [d for d in ds if d.fold == f]
            for d, scores in zip(held, model.predict(held)):
                results[key][0].append(cvlib.rouge(d, cvlib.select(d, list(scores), len(d.ref))))
                results[key][1].append(cvlib.lead(d))
    lines = [
        f"5-fold cross-validation on train.jsonl.gz ({len(arts)} articles, folds by article id), "
        f"model {kind_of_model}, length-fair ROUGE F1 x100",
        "",
        "| text given as | system | ROUGE-1 | ROUGE-2 | ROUGE-L | - LEAD, ROUGE-2 [95% CI] |",
        "| --- | --- | ---: | ---: | ---: | --- |",
    ]
    for variant in ("lines", "joined"):
        label = f"**{variant}**"
        lead = np.array(results["titled", variant][1]) * 100
        lines.append(f"| {label} | LEAD | {lead[:, 0].mean():.2f} | {lead[:, 1].mean():.2f} | {lead[:, 2].mean():.2f} | |")
        for name, kind in SETTINGS:
            r = np.array(results[kind, variant][0]) * 100
            l = np.array(results[kind, variant][1]) * 100
            m, lo, hi = cvlib.bootstrap(r[:, 1] - l[:, 1])
            lines.append(
                f"| | tomtat, {name} | {r[:, 0].mean():.2f} | {r[:, 1].mean():.2f} | "
                f"{r[:, 2].mean():.2f} | {m:+.2f} [{lo:+.2f}, {hi:+.2f}] |"
            )
    text = "\n".join(lines) + "\n"
    print(text)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
