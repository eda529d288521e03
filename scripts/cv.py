#!/usr/bin/env python3
"""5-fold cross-validation of tomtat's scoring model on the train split, folds by article.

  python3 scripts/cv.py FEATURES_DIR [--model gbdt|ridge] [--out report.md] [--bin TOMTAT]
                        [--data DATASET.jsonl[.gz]]

FEATURES_DIR holds the `tomtat features` dumps of the data set (train.jsonl.gz by default) that
scripts/quality.sh makes: titled-, intext- and untitled-, each -lines and -joined (.jsonl). For
each fold the model is fitted on the other four folds as it is fitted for shipping (gbdt:
scripts/fit_model.py, one model of small boosted trees for texts with and without a title;
ridge: the linear models that shipped before, one per case), and scores the held-out articles'
candidates. The engine then summarizes every article with those out-of-fold scores in place of
its model's: `tomtat eval --words-from-reference --scores` (the lab build of the CLI, TOMTAT),
through the selection that ships (best first, no near-repeats by bigrams or by cosine,
questions last, a sentence before a chosen one only if it fits whole). LEAD is `tomtat eval
--words-from-reference --lead`, as the report on dev has it. Summaries are scored with
length-fair ROUGE. Prints, per setting, ROUGE-1/2/L of LEAD and tomtat and the paired bootstrap
of the ROUGE-2 difference (articles resampled). Scores, predictions and the data set unpacked
go to FEATURES_DIR/cv/. Needs numpy (and lightgbm for gbdt).

The interface is any JSONL data set of {id, title, article, summary}: scores are
{id, unit, score} lines, one for each candidate unit the dump lists.
"""
import gzip
import json
import os
import shutil
import subprocess
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
# How `tomtat eval` is told each setting and variant.
KIND_FLAGS = {"titled": [], "intext": ["--title-in-text"], "untitled": ["--no-title"]}
VARIANT_FLAGS = {"lines": [], "joined": ["--joined"]}
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


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


def unpacked(path, work):
    """The data set as plain JSONL (what `tomtat eval` reads), unpacked into `work` if gzipped."""
    if not path.endswith(".gz"):
        return path
    out = os.path.join(work, os.path.basename(path)[: -len(".gz")])
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(path):
        with gzip.open(path, "rb") as src, open(out + ".tmp", "wb") as dst:
            shutil.copyfileobj(src, dst)
        os.replace(out + ".tmp", out)
    return out


def summaries(binary, data, flags, out):
    """`tomtat eval DATA --words-from-reference FLAGS --out OUT`, read back: id -> summary."""
    subprocess.run([binary, "eval", data, "--words-from-reference", *flags, "--out", out], check=True)
    return {d["id"]: d["summary"] for d in map(json.loads, open(out, encoding="utf-8"))}


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    fdir = args[0]
    opt = lambda name, default: args[args.index(name) + 1] if name in args else default  # noqa: E731
    out = opt("--out", None)
    kind_of_model = opt("--model", "gbdt")
    binary = opt("--bin", os.path.join(ROOT, "target", "release", "tomtat"))
    data = opt("--data", os.path.join(cvlib.EVAL, "train.jsonl.gz"))
    Model = {"gbdt": Gbdt, "ridge": Ridge}[kind_of_model]
    arts = cvlib.load_articles(data)
    docs = load_dir(fdir, arts)
    work = os.path.join(fdir, "cv")
    os.makedirs(work, exist_ok=True)
    data = unpacked(data, work)
    # Out-of-fold scores, then the held-out articles in fold order (the order of the results).
    scores = {key: [] for key in docs}
    order = {key: [] for key in docs}
    for f in range(cvlib.FOLDS):
        model = Model(training(docs, lambda d: d.fold != f))
        print(f"cv: fold {f} fitted", file=sys.stderr)
        for key, ds in docs.items():
            held = [d for d in ds if d.fold == f]
            for d, s in zip(held, model.predict(held)):
                scores[key].extend((d.id, u, float(v)) for u, v in zip(d.units, s))
                order[key].append(d)
    leads = {
        v: summaries(binary, data, [*VARIANT_FLAGS[v], "--lead"], os.path.join(work, f"lead-{v}.jsonl"))
        for v in VARIANT_FLAGS
    }
    results = {}
    for (kind, variant), rows in scores.items():
        name = f"{kind}-{variant}"
        path = os.path.join(work, f"scores-{name}.jsonl")
        with open(path, "w", encoding="utf-8") as o:
            for i, u, v in rows:
                o.write(json.dumps({"id": i, "unit": u, "score": v}, ensure_ascii=False) + "\n")
        flags = [*VARIANT_FLAGS[variant], *KIND_FLAGS[kind], "--scores", path]
        preds = summaries(binary, data, flags, os.path.join(work, f"pred-{name}.jsonl"))
        results[kind, variant] = (
            [cvlib.rouge(preds[d.id], d.ref) for d in order[kind, variant]],
            [cvlib.rouge(leads[variant][d.id], d.ref) for d in order[kind, variant]],
        )
        print(f"cv: {name} summarized by the engine", file=sys.stderr)
    lines = [
        f"5-fold cross-validation on {os.path.basename(data)} ({len(arts)} articles, folds by article id), "
        f"model {kind_of_model}, sentences selected by the engine (tomtat eval --scores), "
        "length-fair ROUGE F1 x100",
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
