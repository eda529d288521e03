#!/usr/bin/env python3
"""The kind detector of issue 24: fitted and measured by cross-validation on the three sets with
data (news: train.jsonl.gz; encyclopedia: genres/viwiki; question: genres/healthfaq), each text
as given (lines), with its lines joined, and with its title as the first line.

  target/venv/bin/python scripts/genre_kind.py [--news-sample N] [--save] [--model logistic|gbdt]

--save writes each record's kind as detected out of fold (its own fold held out), per variant,
to target/genres/kinds.json for scripts/genre_cv.py. Signals are cached in
target/genres/kind_signals.pickle (delete it after changing genrelib.kind_signals).

The model: a multinomial logistic regression (numpy, L2 penalty, classes weighed equally) on
genrelib.kind_signals, standardized; or (--model gbdt) LightGBM multiclass trees, 30 rounds of
3 trees (one per kind) of at most 7 leaves; folds by record (cvlib.fold_of). The rules for the kinds
without data (legal, steps, transcript: genrelib.rule_kind) come first; how often they fire on
the three sets is printed too (each firing is an error there). Prints the confusion per set and
variant, and the weights fitted on everything, for genrelib.KIND_WEIGHTS (in raw signal units).
"""
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cvlib  # noqa: E402
import genrelib as g  # noqa: E402

CLASSES = ["news", "encyclopedia", "question"]
SETS = [("news", "train.jsonl.gz", 0), ("viwiki", "genres/viwiki.jsonl.gz", 1), ("healthfaq", "genres/healthfaq.jsonl.gz", 2)]
VARIANTS = ["lines", "joined", "title+lines", "title+joined"]
OUT = os.path.join(HERE, "..", "target", "genres")


def variant_text(art, v):
    t = art["article"]
    if v.endswith("joined"):
        t = " ".join(x.strip() for x in t.split("\n"))
    if v.startswith("title+") and art.get("title"):
        t = art["title"] + "\n\n" + t
    return t


def fit(X, y, lam=1e-2, iters=400, lr=0.5):
    """Softmax regression by gradient descent (classes weighed equally)."""
    n, k = X.shape[0], len(CLASSES)
    W = np.zeros((k, X.shape[1]))
    cw = np.array([1.0 / max((y == c).sum(), 1) for c in range(k)])
    w = cw[y]
    w = w / w.sum()
    Y = np.eye(k)[y]
    for _ in range(iters):
        Z = X @ W.T
        Z -= Z.max(1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(1, keepdims=True)
        G = ((P - Y) * w[:, None]).T @ X + lam * np.hstack([np.zeros((k, 1)), W[:, 1:]])
        W -= lr * G
    return W


def fit_gbdt(S, y, leaves=7, rounds=30):
    import lightgbm

    cw = np.array([len(y) / max((y == c).sum(), 1) for c in range(len(CLASSES))])
    params = dict(objective="multiclass", num_class=len(CLASSES), num_leaves=leaves, learning_rate=0.2,
                  min_data_in_leaf=50, verbose=-1, num_threads=2, seed=1, deterministic=True)
    return lightgbm.train(params, lightgbm.Dataset(S, y, weight=cw[y]), rounds)


def main():
    args = sys.argv[1:]
    sample = int(args[args.index("--news-sample") + 1]) if "--news-sample" in args else None
    import pickle

    cache_path = os.path.join(OUT, "kind_signals.pickle")
    cache = pickle.load(open(cache_path, "rb")) if os.path.exists(cache_path) else {}
    n_cached = len(cache)
    rows = []
    for name, path, label in SETS:
        for k, line in enumerate(cvlib.open_text(os.path.join(cvlib.EVAL, path))):
            if sample and name == "news" and k >= sample:
                break
            art = json.loads(line)
            for v in VARIANTS:
                if v.startswith("title+") and not art.get("title"):
                    continue
                key = (art["id"], v)
                if key not in cache:
                    cache[key] = g.kind_signals(variant_text(art, v))
                rows.append((name, v, art["id"], label, cache[key]))
    if len(cache) > n_cached:
        os.makedirs(OUT, exist_ok=True)
        pickle.dump(cache, open(cache_path, "wb"), protocol=pickle.HIGHEST_PROTOCOL)
    S = np.array([[r[4][k] for k in g.SIGNALS] for r in rows])
    y = np.array([r[3] for r in rows])
    folds = np.array([cvlib.fold_of(r[2]) for r in rows])
    ruled = np.array([g.rule_kind(r[4]) or "" for r in rows])
    pred = np.zeros(len(rows), dtype=int)
    use_gbdt = "--model" in args and args[args.index("--model") + 1] == "gbdt"
    for f in range(cvlib.FOLDS):
        tr = folds != f
        if use_gbdt:
            pred[~tr] = fit_gbdt(S[tr], y[tr]).predict(S[~tr]).argmax(1)
            continue
        mu, sd = S[tr].mean(0), S[tr].std(0) + 1e-9
        X = np.hstack([np.ones((len(S), 1)), (S - mu) / sd])
        W = fit(X[tr], y[tr])
        pred[~tr] = (X[~tr] @ W.T).argmax(1)
    if "--save" in args:
        out = {}
        for r, p, rk in zip(rows, pred, ruled):
            out[f"{r[2]}|{r[1]}"] = rk or CLASSES[p]
        json.dump(out, open(os.path.join(OUT, "kinds-gbdt.json" if use_gbdt else "kinds.json"), "w"))
    print("| set | text | records | news | encyclopedia | question | a rule's kind (legal, steps, transcript) | accuracy |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    names = [r[0] for r in rows]
    vs = [r[1] for r in rows]
    for name, _, label in SETS:
        for v in VARIANTS:
            m = np.array([a == name and b == v for a, b in zip(names, vs)])
            if not m.any():
                continue
            p = pred[m]
            r = ruled[m]
            counts = [int(((p == c) & (r == "")).sum()) for c in range(3)]
            nr = int((r != "").sum())
            acc = counts[label] / m.sum()
            print(f"| {name} | {v} | {m.sum()} | {counts[0]} | {counts[1]} | {counts[2]} | {nr} | {100 * acc:.2f} % |")
    if use_gbdt:
        b = fit_gbdt(S, y)
        m = b.dump_model()
        nodes = sum(_count(t["tree_structure"])[0] for t in m["tree_info"])
        leaves = sum(_count(t["tree_structure"])[1] for t in m["tree_info"])
        print(f"\ngbdt: {len(m['tree_info'])} trees, {nodes} nodes, {leaves} leaves "
              f"(about {4 * nodes + 2 * leaves} bytes as the engine stores trees)")
        return
    # Fitted on everything, in raw units: w·((s - mu)/sd) = (w/sd)·s - w·mu/sd.
    mu, sd = S.mean(0), S.std(0) + 1e-9
    X = np.hstack([np.ones((len(S), 1)), (S - mu) / sd])
    W = fit(X, y)
    raw = np.hstack([W[:, :1] - (W[:, 1:] * mu / sd).sum(1, keepdims=True), W[:, 1:] / sd])
    print("\nKIND_WEIGHTS = [")
    for c, row in zip(CLASSES, raw):
        print("    [" + ", ".join(f"{v:.4g}" for v in row) + f"],  # {c}")
    print("]")
    print("\nstandardized weights (what each signal does), per class:")
    for k, name in enumerate(["bias"] + g.SIGNALS):
        print(f"  {name:16s} " + " ".join(f"{W[c, k]:+7.2f}" for c in range(3)))


def _count(n):
    if "leaf_value" in n:
        return 0, 1
    a, b = _count(n["left_child"]), _count(n["right_child"])
    return a[0] + b[0] + 1, a[1] + b[1]


if __name__ == "__main__":
    main()
