"""Shared by the multi-document research scripts of issue 25 (scripts/multidoc_lab.py): the
clusters, each document's units as the engine cuts and scores them (scripts/lab/ranked.rs), the
shipped model walked in Python, length-fair ROUGE, budgets, folds by cluster.

Reads ../shared/eval/multidoc/abmusu_train.jsonl.gz only (200 clusters of 2-5 articles, an
annotators' summary of about 200 syllables each).
"""
import gzip
import hashlib
import json
import math
import os
import re
import struct
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
EVAL = os.environ.get("TOMTAT_EVAL", os.path.join(ROOT, "..", "shared", "eval"))
sys.path.insert(0, EVAL)
sys.path.insert(0, HERE)
import rouge_vi  # noqa: E402
import same_fact  # noqa: E402

CLUSTERS = os.path.join(EVAL, "multidoc", "abmusu_train.jsonl.gz")
WORK = os.path.join(ROOT, "target", "md")
FOLDS = 5


def fold_of(cluster_id):
    """The cluster's fold, 0..FOLDS-1, from a hash of its id (as scripts/cvlib.py folds articles)."""
    return hashlib.md5(cluster_id.encode()).digest()[0] % FOLDS


def load_clusters():
    return [json.loads(l) for l in gzip.open(CLUSTERS, "rt", encoding="utf-8") if l.strip()]


def plain_clusters():
    """The clusters as plain JSONL (for the engine's example and CLI), written once."""
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, "clusters.jsonl")
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as f:
            for r in load_clusters():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def engine_units(rebuild=False):
    """cluster id -> [document dict of scripts/lab/ranked.rs] in document order."""
    path = os.path.join(WORK, "units.jsonl")
    if rebuild or not os.path.exists(path):
        src = plain_clusters()
        subprocess.run(["cargo", "build", "--release", "--features", "lab", "--example", "ranked"], cwd=ROOT, check=True)
        with open(path, "w", encoding="utf-8") as out:
            subprocess.run([os.path.join(ROOT, "target", "release", "examples", "ranked"), src], stdout=out, check=True)
    docs = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        docs.setdefault(d["id"], []).append(d)
    return docs


# ---------------------------------------------------------------------------------------------
# The shipped model (src/data/model.rs), walked as src/model.rs walks it.

class Model:
    def __init__(self, path=os.path.join(ROOT, "src", "data", "model.rs")):
        src = open(path, encoding="utf-8").read()

        def table(name):
            body = src.split("static %s:" % name)[1].split("= [", 1)[1].split("];", 1)[0]
            return body

        self.trees = [tuple(int(v) for v in m) for m in re.findall(r"\((\d+), (\d+)\)", table("TREES"))]
        self.nodes = [int(v, 16) for v in re.findall(r"0x[0-9a-f]+", table("NODES"))]
        self.leaves = [int(v) for v in re.findall(r"-?\d+", table("LEAVES"))]
        # f32 in the engine: each value rounded to f32 as Rust parses it, then widened.
        f32 = lambda v: struct.unpack("f", struct.pack("f", float(v)))[0]
        self.thresholds = [f32(v) for v in re.findall(r"[-+0-9.eE]+", table("THRESHOLDS"))]
        self.scale = float(re.search(r"const LEAF_SCALE: f64 = ([0-9.]+);", src).group(1))
        self.titled_at = 43

    def score(self, x, titled):
        inp = list(x) + [1.0 if titled else 0.0]
        total = 0
        for node0, leaf0 in self.trees:
            n = 0
            while True:
                node = self.nodes[node0 + n]
                f, t = node >> 26, (node >> 16) & 0x3FF
                child = (node >> 8) & 0xFF if inp[f] <= self.thresholds[t] else node & 0xFF
                if child >= 128:
                    total += self.leaves[leaf0 + child - 128]
                    break
                n = child
        return total / self.scale


# ---------------------------------------------------------------------------------------------
# Syllables, terms, idf.

def rouge_tokens(s):
    return rouge_vi.tokenize(s)


def load_idf():
    """Folded syllable -> idf, from src/data/idf.txt (syllables in at least 500 news articles);
    an unseen syllable (rarer) gets the largest + 1."""
    idf, top = {}, 0.0
    for line in open(os.path.join(ROOT, "src", "data", "idf.txt"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        q, *words = line.split()
        v = int(q) * 0.25
        top = max(top, v)
        for w in words:
            idf[w.lower()] = v
    return idf, top + 1.0


IDF, IDF_UNSEEN = load_idf()


def idf(t):
    return IDF.get(t, IDF_UNSEEN)


ASKER = re.compile(r"^[\s\-–—•*\"“(\[]*(phóng viên|pv|p\.v|hỏi|câu hỏi|nhà báo)\s*:", re.I)


def asks(sentence):
    """A question or an interviewer's turn (src/select.rs `asks`)."""
    s = sentence.rstrip(" \t\"'”’)»]")
    return s.endswith("?") or bool(ASKER.match(sentence))


def one_line(s):
    return " ".join(p.strip() for p in s.splitlines() if p.strip())


NUMBER = re.compile(r"\d+(?:[.,:/h]\d+)*")
WORD = re.compile(r"[^\W\d_]+")


def anchors(text):
    """What pins a sentence to one fact: its numbers (whole: "14/3", "5h30", "1.500", "8,3")
    and its names' syllables (capitalized syllables after the sentence's first word, lower
    case: "hà", "sơn", "khánh", "lĩnh")."""
    t = unicodedata.normalize("NFC", text)
    out = set(NUMBER.findall(t))
    words = WORD.findall(t)
    out.update(w.lower() for w in words[1:] if w[:1].isupper())
    return frozenset(out)


# ---------------------------------------------------------------------------------------------
# A cluster's candidates.

class Cand:
    def __init__(self, doc, unit, pos, n, score, rank, x):
        self.doc, self.unit, self.pos, self.n = doc, unit["index"], pos, n
        self.text = one_line(unit["text"])
        self.toks = rouge_tokens(self.text)
        self.words = len(self.toks)
        # The engine's syllables (scripts/lab/ranked.rs): content = not part of a stopword.
        syls = [(unicodedata.normalize("NFC", t).lower(), f) for t, f in unit["syllables"]]
        self.content = [t for t, f in syls if "s" not in f]
        self.score, self.rank, self.x = score, rank, x
        self.asks = asks(self.text)
        self.bis = frozenset(zip(self.toks, self.toks[1:]))
        self.facts = same_fact.Facts(self.text)
        # Capitalized syllables not at the sentence's start (names), lower case.
        words = re.findall(r"[^\W\d_]+", self.text)
        self.upper = frozenset(w.lower() for w in words[1:] if w[:1].isupper())
        # Anchors: syllables with a digit, and capitalized syllables after the first.
        self.anchors = frozenset(t for k, (t, f) in enumerate(syls)
                                 if any(ch.isdigit() for ch in t) or (k > 0 and "u" in f))


class Cluster:
    def __init__(self, rec, docs, model):
        self.id = rec["id"]
        self.rec = rec
        self.ref = rouge_tokens(rec["summary"])
        self.budget = len(self.ref)
        self.fold = fold_of(self.id)
        self.titles = [d["title"] for d in rec["documents"]]
        self.texts = [d["text"] for d in rec["documents"]]
        self.units = [d["units"] for d in docs]
        self.cands = []
        self.by_doc = []
        for k, d in enumerate(docs):
            mine = [u for u in d["units"] if u["x"] is not None]
            row = []
            text = rec["documents"][k]["text"]
            debris = page_debris(text, d["units"])
            for pos, u in enumerate(mine):
                c = Cand(k, u, pos, len(mine), model.score(u["x"], d["titled"]), u["rank"], u["x"])
                c.debris = u["index"] in debris
                if u["score"] is not None:
                    assert abs(c.score - u["score"]) < 1e-9, (self.id, k, u["index"], c.score, u["score"])
                row.append(c)
            self.by_doc.append(row)
            self.cands.extend(row)
        self.lead_units = [one_line(u["text"]) for u in docs[0]["units"] if u["kind"] != "boilerplate"]


CREDIT = re.compile(r"^[(\[]?\s*(ảnh|video|clip)\s*:", re.I)


def page_debris(text, units):
    """Units the engine's cleaner (src/clean.rs) misses on a pasted page, by two rules it would
    need: a sentence followed on its own line by a photo credit ("… trơ đáy sau ba tháng không
    mưa. (Ảnh: Minh Đức)") is a caption; a line that starts with "©" is a copyright notice,
    all its sentences. Returns the indexes of such units."""
    out = set()
    for i, u in enumerate(units):
        line_start = text.rfind("\n", 0, u["start"]) + 1
        if text[line_start:u["start"]].strip() == "" and u["text"].lstrip().startswith("©"):
            out.add(i)
        if text[line_start:u["start"]].lstrip().startswith("©"):
            out.add(i)
        if i + 1 < len(units):
            nxt = units[i + 1]
            if "\n" not in text[u["end"]:nxt["start"]] and CREDIT.match(nxt["text"].strip()):
                out.add(i)
    return out


def load(model=None):
    model = model or Model()
    recs = load_clusters()
    units = engine_units()
    return [Cluster(r, units[r["id"]], model) for r in recs]


# ---------------------------------------------------------------------------------------------
# Scoring.

def cut(sentences, budget):
    toks = [t for s in sentences for t in rouge_tokens(s)]
    return toks[:budget]


def rouge(sentences, ref, budget=None):
    """Length-fair ROUGE-1/2/L F1 (x100) of a summary (its sentences in order)."""
    toks = cut(sentences, len(ref) if budget is None else budget)
    return (
        100 * rouge_vi.rouge_n(toks, ref, 1)[2],
        100 * rouge_vi.rouge_n(toks, ref, 2)[2],
        100 * rouge_vi.rouge_l(toks, ref)[2],
    )


def bootstrap(diffs, n=2000, seed=0):
    """Mean and 95 % interval of paired differences (clusters resampled), and the share of
    resamples at or below 0."""
    import random

    rng = random.Random(seed)
    k = len(diffs)
    means = sorted(sum(diffs[rng.randrange(k)] for _ in range(k)) / k for _ in range(n))
    return sum(diffs) / k, means[int(0.025 * n)], means[int(0.975 * n) - 1], sum(m <= 0 for m in means) / n


def fill_budget(ranked, budget, at, words):
    """tomtat::fill_budget: best first until the budget is reached; one placed before a chosen
    one only if it fits whole. Returns the chosen in the order of `at`."""
    used, chosen = 0, []
    for u in ranked:
        if used >= budget:
            break
        n = words(u)
        if used + n > budget and any(at(c) > at(u) for c in chosen):
            continue
        used += n
        chosen.append(u)
    return sorted(chosen, key=at)


def cosine(a, b):
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb) if na and nb else 0.0
