"""Shared by the fitting and cross-validation scripts: articles, feature rows, targets, folds,
and length-fair ROUGE. Sentences are selected by the engine itself (`tomtat eval --scores`,
scripts/cv.py), never here.

Everything here reads the train split only; dev.jsonl is for the final report
(scripts/quality.sh).
"""
import gzip
import hashlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.environ.get("TOMTAT_EVAL", os.path.join(HERE, "..", "..", "shared", "eval"))
sys.path.insert(0, EVAL)
import rouge_vi  # noqa: E402

FOLDS = 5


def open_text(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def load_articles(path):
    """id -> article dict, with `ref` (the reference's syllables)."""
    arts = {}
    for line in open_text(path):
        if line.strip():
            d = json.loads(line)
            d["ref"] = rouge_vi.tokenize(d["summary"])
            arts[d["id"]] = d
    return arts


def fold_of(article_id):
    """The article's fold, 0..FOLDS-1, from a hash of its id (stable across runs)."""
    return hashlib.md5(article_id.encode()).digest()[0] % FOLDS


def load_rows(path):
    """Feature rows of `tomtat features`, grouped by article in text order: id -> list of rows."""
    docs = {}
    for line in open_text(path):
        r = json.loads(line)
        docs.setdefault(r["id"], []).append(r)
    return docs


# What a sentence's place in the greedy oracle summary adds to its target (`targets`), for a
# text with a title (True) and one without (False): chosen by 5-fold cross-validation (README,
# "What was tried").
ORACLE_WEIGHT = {True: 0.6, False: 0.3}
# The most sentences the greedy oracle takes.
ORACLE_SENTENCES = 4


def target(toks, ref):
    """How much of the reference a sentence covers: (R1 + 2 R2) / 3 (F1) of the sentence cut to
    the reference's length, the way the length-fair evaluation cuts a summary."""
    t = toks[: len(ref)]
    return (rouge_vi.rouge_n(t, ref, 1)[2] + 2 * rouge_vi.rouge_n(t, ref, 2)[2]) / 3


def oracle(toks, ref):
    """The greedy oracle summary of the candidates `toks` (their syllables) against the
    reference: the candidate that raises (R1 + 2 R2) / 3 of the summary (in text order, cut to
    the reference's length) the most, again and again, while one raises it, at most
    ORACLE_SENTENCES. Returns the indexes taken."""
    chosen, best = [], 0.0
    while len(chosen) < ORACLE_SENTENCES:
        gain, pick = 0.0, None
        for c, t in enumerate(toks):
            if not t or c in chosen:
                continue
            summary = [w for k in sorted(chosen + [c]) for w in toks[k]]
            v = target(summary, ref)
            if v > best + gain:
                gain, pick = v - best, c
        if pick is None or gain < 1e-4:
            break
        chosen.append(pick)
        best += gain
    return chosen


def targets(toks, ref):
    """What the model learns for each candidate, in two parts: its own coverage of the
    reference ([`target`]), and 1 if the greedy oracle summary takes it (a sentence that adds to
    the others, not only one that covers much alone), 0 if not. The target is the first plus
    ORACLE_WEIGHT times the second (`Doc`)."""
    import numpy as np

    y = np.array([target(t, ref) for t in toks])
    member = np.zeros(len(toks))
    member[oracle(toks, ref)] = 1.0
    return y, member


# Targets already computed (the greedy oracle is most of the time of loading the dumps), by a
# hash of the article, its candidates' text and the oracle's settings: see `load_targets`.
_TARGETS = {}


def _target_key(art, rows):
    h = hashlib.md5()
    for part in (art["id"], art["summary"], str(ORACLE_SENTENCES)):
        h.update(part.encode())
        h.update(b"\x1f")
    for r in rows:
        h.update(r["text"].encode())
        h.update(b"\x1e")
    return h.digest()


def load_targets(path):
    """Fills the cache of targets from `path` (a pickle that `save_targets` wrote), if it exists.
    A changed text, reference or oracle setting changes the key, so a stale entry is never used."""
    import pickle

    if os.path.exists(path):
        with open(path, "rb") as f:
            _TARGETS.update(pickle.load(f))


def save_targets(path):
    import pickle

    with open(path, "wb") as f:
        pickle.dump(_TARGETS, f, protocol=pickle.HIGHEST_PROTOCOL)


class Doc:
    """One article's candidates as the scorer sees them."""

    __slots__ = ("id", "ref", "toks", "units", "x", "y", "fold", "titled")

    def __init__(self, art, rows):
        import numpy as np

        self.id = art["id"]
        self.ref = art["ref"]
        self.toks = [[sys.intern(t) for t in rouge_vi.tokenize(r["text"])] for r in rows]
        # The candidates' unit indexes, which `tomtat eval --scores` reads the scores by.
        self.units = [r["unit"] for r in rows]
        self.x = np.array([r["x"] for r in rows])
        # Which model the engine applies: the titled one (title given or found at the top).
        self.titled = rows[0].get("titled", True)
        key = _target_key(art, rows)
        if key not in _TARGETS:
            _TARGETS[key] = targets(self.toks, self.ref)
        cover, member = _TARGETS[key]
        self.y = cover + ORACLE_WEIGHT[self.titled] * member
        self.fold = fold_of(self.id)


def rouge(summary, ref):
    """Length-fair ROUGE-1/2/L F1 of a summary (text) against the reference's syllables: the
    summary cut after as many syllables as the reference has."""
    toks = rouge_vi.tokenize(summary)[: len(ref)]
    return (
        rouge_vi.rouge_n(toks, ref, 1)[2],
        rouge_vi.rouge_n(toks, ref, 2)[2],
        rouge_vi.rouge_l(toks, ref)[2],
    )


def bootstrap(diffs, n=1000, seed=0):
    """Mean and 95 % interval of paired differences, by resampling articles."""
    import numpy as np

    d = np.asarray(diffs, dtype=float)
    rnd = np.random.default_rng(seed)
    means = np.sort([d[rnd.integers(0, len(d), len(d))].mean() for _ in range(n)])
    return d.mean(), means[int(0.025 * n)], means[int(0.975 * n) - 1]
