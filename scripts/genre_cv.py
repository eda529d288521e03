#!/usr/bin/env python3
"""Cross-validation over all the training sets together, reported per kind (issue 24).

  target/venv/bin/python scripts/genre_cv.py EXPERIMENT [EXPERIMENT ...] [--folds 0,1,2,3,4]
                         [--transform NAME] [--out target/genres/cv]
  target/venv/bin/python scripts/genre_cv.py --list

The sets: news (train.jsonl.gz, 21,638), viwiki (3,272 encyclopedia articles, reference = the
lead), healthfaq (830 questions to doctors, reference = the question's title). Folds by record:
the md5 of the id (cvlib.fold_of), the same for every set. For each fold, a model is fitted on
the other folds of the sets the experiment trains on and every held-out record is summarized:
news and viwiki with the title given and none, lines and joined (viwiki also with the title as
the first line), healthfaq with none (one paragraph: lines = joined). The summary is made as
`tomtat eval --words-from-reference` makes it (cvlib.select: best first, no repeats, questions
after statements, a sentence before a chosen one only if it fits whole), plus the rules of the
experiment, and scored with length-fair ROUGE; LEAD is the text's first candidates as the engine
cuts the text as given (no transform). Also printed: the reader's view at 3 sentences
(genre_view.view on the chosen units).

Features come from `tomtat features` dumps of the engine as built (target/release/tomtat); a
transform (--transform) rewrites each text first (a prototype of a splitting or boilerplate
rule: units dropped, spaces put in) and has its own dumps. The model is fitted by LightGBM
with scripts/gbdt.py's parameters and walked as src/model.rs walks it (gbdt.Tables). Selection
is the Python twin of the engine's (cvlib.select, extended here), as in scripts/cv.py.
"""
import argparse
import hashlib
import json
import os
import pickle
import re
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cvlib  # noqa: E402
import gbdt  # noqa: E402
import genrelib as g  # noqa: E402
from cvlib import rouge_vi  # noqa: E402

ROOT = os.path.join(HERE, "..")
BIN = os.path.join(ROOT, "target", "release", "tomtat")
OUT = os.path.join(ROOT, "target", "genres")
SETS = {
    "news": (os.path.join(cvlib.EVAL, "train.jsonl.gz"), "news"),
    "viwiki": (os.path.join(cvlib.EVAL, "genres", "viwiki.jsonl.gz"), "encyclopedia"),
    "healthfaq": (os.path.join(cvlib.EVAL, "genres", "healthfaq.jsonl.gz"), "question"),
}
TITLE_FLAGS = {"titled": [], "intext": ["--title-in-text"], "untitled": ["--no-title"]}


def settings(name):
    """(title mode, variant) pairs dumped for a set."""
    if name == "healthfaq":
        return [("untitled", "lines")]
    modes = ["titled", "untitled"] + (["intext"] if name == "viwiki" else [])
    return [(m, v) for m in modes for v in ("lines", "joined")]


# ---------------------------------------------------------------------------------------------
# Units of a text (`tomtat sentences --json`), cached by the text's hash.

_UNITS = {}
_UNITS_PATH = os.path.join(OUT, "units.pickle")
_UNITS_DIRTY = False


def _load_units():
    if not _UNITS and os.path.exists(_UNITS_PATH):
        with open(_UNITS_PATH, "rb") as f:
            _UNITS.update(pickle.load(f))


def _save_units():
    if _UNITS_DIRTY:
        os.makedirs(OUT, exist_ok=True)
        with open(_UNITS_PATH, "wb") as f:
            pickle.dump(_UNITS, f, protocol=pickle.HIGHEST_PROTOCOL)


def units(text):
    """[(start, end, kind)] of the text's units, by the engine."""
    global _UNITS_DIRTY
    _load_units()
    key = hashlib.md5(text.encode()).digest()
    if key not in _UNITS:
        r = subprocess.run([BIN, "sentences", "--json"], input=text, capture_output=True, text=True)
        us = json.loads(r.stdout) if r.returncode == 0 else []
        # Offsets are bytes: keep them, with the kind.
        _UNITS[key] = [(u["start"], u["end"], u["kind"]) for u in us]
        _UNITS_DIRTY = True
    return _UNITS[key]


def unit_texts(text):
    b = text.encode()
    return [(b[s:e].decode(), k) for s, e, k in units(text)]


# ---------------------------------------------------------------------------------------------
# Transforms: prototypes of splitting and boilerplate rules, as rewrites of the text.

# A missing space after . ! ? before a capital (not "TP.HCM", "Q.1", "www.x.vn", "15.7"): the
# letter before the mark is lower case, or a closing bracket/quote; the capital opens a word.
_CAPS = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
MISSING_SPACE = re.compile(r"(?<=[a-zà-ỹđ\)\"”0-9%])([.!?]+)(?=[" + _CAPS + r"][a-zà-ỹđ])")
# A signature with a year, or an anonymity label, run into the next post: "… (1995) Chào bác sĩ".
SIGNATURE_RUN = re.compile(r"(\((?:19|20)\d\d\)|ẩn danh)\s+(?=[" + _CAPS + r"])")


def split_missing(text):
    t = MISSING_SPACE.sub(lambda m: m.group(1) + " ", text)
    return SIGNATURE_RUN.sub(lambda m: m.group(1) + "\n", t) if "\n" not in t else t


def drop_units(text, drop):
    """The text without the units for which drop(unit text, index, kind, all units) is true."""
    us = unit_texts(text)
    b = text.encode()
    spans = units(text)
    keep = []
    pos = 0
    out = []
    for k, ((t, kind), (s, e, _)) in enumerate(zip(us, spans)):
        if drop(t, k, kind, us):
            out.append(b[pos:s])
            pos = e
    out.append(b[pos:])
    del keep
    t = b"".join(out).decode()
    # Spaces left on a line where a unit was dropped.
    t = "\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in t.split("\n"))
    return t


def furniture(text):
    return drop_units(text, lambda t, k, kind, us: kind != "boilerplate" and g.is_formula(t))


# The kinds detected out of fold (genre_kind.py --save --model gbdt), for the transforms that
# apply to one kind: id -> kind of the text as given (lines).
DETECTED = {}


def furniture_if_asks(text, art=None):
    kind = DETECTED.get(f"{art['id']}|lines") if art else g.detect_kind(text)
    return furniture(text) if kind == "question" else text


def asker_cut(text, art=None):
    """In a text that asks: the asker's lead-in ("Bác sĩ cho em hỏi, …") taken out of the
    sentence that holds the question, as if the unit began after it (a prototype: the engine
    would make the lead-in furniture and start the unit after it; here it is deleted and the
    next letter put in capitals, which ROUGE does not see)."""
    kind = DETECTED.get(f"{art['id']}|lines") if art else g.detect_kind(text)
    if kind != "question":
        return text
    out, pos = [], 0
    for m in LEAD_IN.finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
        if pos < len(text):
            out.append(text[pos].upper())
            pos += 1
    out.append(text[pos:])
    return "".join(out)


LEAD_IN = re.compile(r"(?:(?<=[.!?]\s)|^)(?:(?:Vậy|Dạ|Thưa bác sĩ|Chào bác sĩ|Bác sĩ ơi|Vì vậy)[,!]?\s+)?(?:(?:các |)(?:bác sĩ|bác sỹ|bs|BS|Bác sĩ|Bác sỹ)\s+)?"
                     r"(?:[Cc]ho|[Xx]in|[Cc]ho phép)\s+(?:em|tôi|cháu|con|mình|chị|anh)?\s*(?:được\s+)?hỏi(?:\s+(?:là|thăm|về))?\s*[,:]?\s+(?=\S)")


def section_title(text):
    """The first line is dropped when it is a section name ("Lịch sử"), not a title."""
    first, _, rest = text.partition("\n")
    return rest if g.heading_like(first) and rest.strip() else text


TRANSFORMS = {
    "split": split_missing,
    "furniture": furniture,
    "furniture_q": furniture_if_asks,
    "askcut": asker_cut,
    "section": section_title,
}


def transform(name, art):
    """The article with the transforms of `name` ("split+furniture_q+section") applied."""
    if not name or name == "none":
        return art
    t = art["article"]
    for part in name.split("+"):
        f = TRANSFORMS[part]
        t = f(t, art) if part in ("furniture_q", "askcut") else f(t)
    if not t.strip():
        t = art["article"]
    return {**art, "article": t}


# ---------------------------------------------------------------------------------------------
# Dumps and documents.


def dump_dir(tname):
    return os.path.join(OUT, "features", tname or "none")


def make_dumps(tname, sets):
    if not DETECTED:
        DETECTED.update(detected_kinds(os.path.join(OUT, "kinds-gbdt.json")))
    d = dump_dir(tname)
    os.makedirs(d, exist_ok=True)
    for name in sets:
        src, _ = SETS[name]
        plain = os.path.join(d, f"{name}.jsonl")
        if not os.path.exists(plain):
            arts = [json.loads(x) for x in cvlib.open_text(src) if x.strip()]
            with open(plain + ".tmp", "w", encoding="utf-8") as f:
                for a in arts:
                    f.write(json.dumps(transform(tname, a), ensure_ascii=False) + "\n")
            os.replace(plain + ".tmp", plain)
            _save_units()
        for mode, variant in settings(name):
            path = os.path.join(d, f"{name}-{mode}-{variant}.jsonl")
            if os.path.exists(path):
                continue
            flags = TITLE_FLAGS[mode] + (["--joined"] if variant == "joined" else [])
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                subprocess.run([BIN, "features", plain, *flags], stdout=f, check=True)
            os.replace(path + ".tmp", path)
            print(f"genre_cv: dumped {path}", file=sys.stderr)


class Doc:
    """One record's candidates in one setting."""

    __slots__ = ("id", "set", "kind", "mode", "variant", "ref", "toks", "x", "cover", "member", "fold",
                 "titled", "texts", "unit", "extra", "detected", "_bis")

    def __init__(self, name, mode, variant, art, rows):
        self.id = art["id"]
        self.set = name
        self.kind = SETS[name][1]
        self.mode, self.variant = mode, variant
        self.ref = art["ref"]
        self.texts = [r["text"] for r in rows]
        self.unit = [r["unit"] for r in rows]
        self.toks = [[sys.intern(t) for t in rouge_vi.tokenize(x)] for x in self.texts]
        self.x = np.array([r["x"] for r in rows], dtype=np.float32)
        self.titled = rows[0].get("titled", True)
        key = cvlib._target_key(art, rows)
        if key not in cvlib._TARGETS:
            cvlib._TARGETS[key] = cvlib.targets(self.toks, self.ref)
        self.cover, self.member = cvlib._TARGETS[key]
        self.fold = cvlib.fold_of(self.id)
        self.extra = None
        self.detected = None
        self._bis = {}

    @property
    def y(self):
        cover = self.cover if TARGET["cap"] is None or len(self.ref) <= TARGET["cap"] else capped_cover(self)
        w = TARGET["oracle"].get(self.set, cvlib.ORACLE_WEIGHT[self.titled]) if TARGET["oracle"] else cvlib.ORACLE_WEIGHT[self.titled]
        y = cover + w * self.member
        norm = TARGET.get("norm")
        if norm and (norm == "all" or self.set in norm.split("+")):
            # Within the text: what a sentence has over the text's average sentence (the
            # ranking is within a text; the differences between texts are noise to it).
            y = y - y.mean()
        return y

    def bis(self, c):
        b = self._bis.get(c)
        if b is None:
            b = self._bis[c] = cvlib.bigrams(self.toks[c])
        return b


# The target's variants (experiment keys "cap" and "oracle"): `cap` N: for a reference longer
# than N syllables, a sentence's coverage is counted as if the reference were N syllables long
# (recall's denominator N), so that a long sentence is not worth more only for being long when
# the reference is an encyclopedia's lead of hundreds of syllables; `oracle`: the oracle term's
# weight per set.
TARGET = {"cap": None, "oracle": None, "norm": None}


def capped_cover(d):
    out = np.zeros(len(d.toks))
    n = TARGET["cap"]
    for c, t in enumerate(d.toks):
        t = t[: len(d.ref)]
        v = 0.0
        for k, wt in ((1, 1.0), (2, 2.0)):
            ov = sum((rouge_vi._ngrams(t, k) & rouge_vi._ngrams(d.ref, k)).values())
            p = ov / max(len(t) - k + 1, 1)
            r = min(ov / max(n - k + 1, 1), 1.0)
            v += wt * (2 * p * r / (p + r) if p + r else 0.0)
        out[c] = v / 3
    return out


def load(tname, sets, cache=True):
    """{(set, mode, variant): [Doc]} of a transform's dumps (made if missing)."""
    make_dumps(tname, sets)
    d = dump_dir(tname)
    tpath = os.path.join(OUT, "targets.pickle")
    cvlib.load_targets(tpath)
    before = len(cvlib._TARGETS)
    docs = {}
    for name in sets:
        arts = cvlib.load_articles(os.path.join(d, f"{name}.jsonl"))
        for mode, variant in settings(name):
            rows = cvlib.load_rows(os.path.join(d, f"{name}-{mode}-{variant}.jsonl"))
            docs[name, mode, variant] = [Doc(name, mode, variant, arts[i], r) for i, r in rows.items() if arts[i]["ref"]]
        print(f"genre_cv: {tname or 'none'}: {name} loaded", file=sys.stderr)
    if len(cvlib._TARGETS) > before:
        cvlib.save_targets(tpath)
    return docs


# ---------------------------------------------------------------------------------------------
# Selection: the engine's (cvlib.select), with the rules of issue 24 as options.


class Rules:
    """question: 'last' (today: questions and interviewer turns after every statement),
    'first' (in a text that asks: the asker's first question first, then by score; questions
    are not put last), 'auto' (first when the text is detected as a question post, else last).
    link: None, 'skip' (a sentence opening with a link is taken only if its predecessor, the
    candidate before it, is already chosen), 'pair' (taken with its predecessor: the predecessor
    first, if it is not chosen). colon: None, 'skip' (a candidate ending in ":" is taken only
    with the next candidate right after it: 'pair' takes both, 'skip' never takes it alone).
    furniture: courtesy formulas are never chosen."""

    def __init__(self, question="last", link=None, colon=None, furniture=False, trim_first=False):
        self.question, self.link, self.colon, self.furniture = question, link, colon, furniture
        self.trim_first = trim_first

    def __repr__(self):
        return f"Rules(question={self.question}, link={self.link}, colon={self.colon}, furniture={self.furniture})"


def asks_first(doc):
    """The candidate holding the asker's first question, or None."""
    for c, t in enumerate(doc.texts):
        if g.asks_question(t):
            return c
    return None


def order_of(doc, scores, rules):
    n = len(scores)
    question_first = rules.question == "first" or (rules.question == "auto" and doc.detected == "question")
    if question_first:
        q = asks_first(doc)
        order = sorted(range(n), key=lambda c: -scores[c])
        if q is not None:
            order.remove(q)
            order.insert(0, q)
        return order
    asks = [cvlib.asks(t) for t in doc.texts]
    return sorted(range(n), key=lambda c: (asks[c], -scores[c]))


def select(doc, scores, rules, budget=None, count=None):
    """Candidates chosen (text order), up to `budget` syllables (length-fair, as `tomtat eval
    --words-from-reference`) or `count` sentences (as `--sentences`)."""
    order = order_of(doc, scores, rules)
    chosen, used = [], 0
    chosen_set = set()

    def full():
        return (budget is not None and used >= budget) or (count is not None and len(chosen) >= count)

    def fits(c, extra=0):
        if budget is None:
            return count is None or len(chosen) + 1 + extra <= count
        # A candidate before a chosen one only if it fits whole.
        return not (chosen and c < max(chosen) and used + len(doc.toks[c]) > budget)

    def repeats(c):
        return any(cvlib.repeats(doc.bis(c), doc.bis(k)) for k in chosen)

    def take(c):
        nonlocal used
        chosen.append(c)
        chosen_set.add(c)
        used += len(doc.toks[c])

    for c in order:
        if full():
            break
        if c in chosen_set:
            continue
        t = doc.texts[c]
        if rules.furniture and g.is_formula(t):
            continue
        if repeats(c) or not fits(c):
            continue
        if rules.link and c > 0 and g.link_opener(t) and (c - 1) not in chosen_set:
            if rules.link == "skip":
                continue
            if rules.link == "pair":
                p = c - 1
                if repeats(p) or not fits(p, extra=1) or (rules.furniture and g.is_formula(doc.texts[p])):
                    continue
                take(p)
                if full():
                    break
        if rules.colon and g.colon_end(t):
            # What it announces: the next unit of the text, if that is a candidate.
            nxt = c + 1
            if nxt >= len(doc.texts) or doc.unit[nxt] != doc.unit[c] + 1:
                continue
            if nxt not in chosen_set:
                if rules.colon == "skip":
                    continue
                if repeats(nxt) or not fits(nxt, extra=1):
                    continue
                take(c)
                if not full():
                    take(nxt)
                continue
        take(c)
    doc._bis = {}
    return sorted(chosen)


def rouge(doc, chosen):
    toks = [t for c in chosen for t in doc.toks[c]]
    return g.rouge3(toks, doc.ref)


def view_flags(doc, chosen):
    """The reader's view of a 3-sentence summary, on the candidates (the text's sentences)."""
    us = [{"text": t, "kind": "sentence"} for t in doc.texts]
    import genre_view

    return genre_view.view(us, chosen)


# ---------------------------------------------------------------------------------------------
# Models.

PARAMS = dict(gbdt.PARAMS)


class Model:
    """LightGBM trees on the features (+ extra inputs), fitted as scripts/gbdt.py fits them,
    with row weights; `per` fits one model per value of a key (e.g. the kind)."""

    def __init__(self, docs, weight, extra=False, per=None, rounds=gbdt.ROUNDS, params=None):
        import lightgbm

        self.extra = extra
        self.per = per
        self.tables = {}
        groups = {}
        for d in docs:
            groups.setdefault(per(d) if per else None, []).append(d)
        for key, ds in groups.items():
            X = self.inputs(ds)
            y = np.concatenate([d.y for d in ds])
            w = np.concatenate([np.full(len(d.x), weight(d)) for d in ds])
            p = dict(PARAMS, **(params or {}))
            booster = lightgbm.train(p, lightgbm.Dataset(X, y, weight=w), rounds)
            self.tables[key] = gbdt.Tables(booster.dump_model())

    def inputs(self, ds):
        cols = [np.hstack([d.x, np.full((len(d.x), 1), float(d.titled))] + ([d.extra] if self.extra else [])) for d in ds]
        return np.vstack(cols)

    def predict(self, ds):
        out = [None] * len(ds)
        groups = {}
        for k, d in enumerate(ds):
            groups.setdefault(self.per(d) if self.per else None, []).append(k)
        for key, ks in groups.items():
            t = self.tables.get(key) or next(iter(self.tables.values()))
            s = t.predict(self.inputs([ds[k] for k in ks]))
            i = 0
            for k in ks:
                n = len(ds[k].x)
                out[k] = s[i:i + n]
                i += n
        return out

    def size(self):
        """Nodes and leaves of all the models (the engine stores a node in 4 bytes, a leaf in 2)."""
        nodes = sum(len(n) for t in self.tables.values() for n, _ in t.trees)
        leaves = sum(len(lv) for t in self.tables.values() for _, lv in t.trees)
        return nodes, leaves


def training(docs, keep):
    """What a model is fitted on: the titled and untitled dumps of every set, lines and joined."""
    return [d for (name, mode, variant), ds in docs.items() if mode in ("titled", "untitled") for d in ds if keep(d)]


def weights(scheme, docs):
    """A row weight per document: 'rows' (every row 1), 'sets' (each set's rows weigh as much in
    all as news's: sets balanced), 'docs' (every record weighs 1 in all, over its rows), or
    'sqrt' (halfway: each set's total weight ∝ the square root of its rows)."""
    rows = {}
    for d in docs:
        rows[d.set] = rows.get(d.set, 0) + len(d.x)
    if scheme == "rows":
        return lambda d: 1.0
    if scheme == "sets":
        top = max(rows.values())
        return lambda d: top / rows[d.set]
    if scheme == "sqrt":
        top = max(rows.values())
        return lambda d: (top / rows[d.set]) ** 0.5
    if scheme.startswith("x"):  # "x3": the other sets' rows weigh 3
        k = float(scheme[1:])
        return lambda d: 1.0 if d.set == "news" else k
    if scheme == "docs":
        return lambda d: 20.0 / len(d.x)
    raise ValueError(scheme)


# ---------------------------------------------------------------------------------------------
# Extra inputs: the kind, and unit-level marks of the rules.


def add_extra(docs, what):
    """Sets d.extra (an array of columns) for each document: 'kind' (the detected kind, two
    columns: encyclopedia, question), 'marks' (per candidate: a formula, the asker's question,
    a link opener, ends in ':', the first question of the text)."""
    for ds in docs.values():
        for d in ds:
            cols = []
            if "kind" in what:
                k = d.detected
                cols.append(np.tile([float(k == "encyclopedia"), float(k == "question")], (len(d.x), 1)))
            if "marks" in what:
                q = asks_first(d)
                m = np.array([[float(g.is_formula(t)), float(g.asks_question(t)), float(bool(g.link_opener(t))),
                               float(g.colon_end(t)), float(c == q)] for c, t in enumerate(d.texts)])
                cols.append(m)
            d.extra = np.hstack(cols).astype(np.float32) if cols else np.zeros((len(d.x), 0), np.float32)


def detect(docs, arts_text):
    """Sets d.detected for each document from its text as given (genrelib.detect_kind)."""
    for (name, mode, variant), ds in docs.items():
        for d in ds:
            d.detected = arts_text(name, d.id, variant)


# ---------------------------------------------------------------------------------------------
# The experiment runner.


def run(docs, lead_docs, fit, rules, folds, label, out_rows, view=True):
    """Fits per fold, summarizes held-out records, prints per set and setting."""
    res = {}
    for f in folds:
        model = fit([d for d in training(docs, lambda d: d.fold != f)]) if fit else None
        for key, ds in docs.items():
            held = [d for d in ds if d.fold == f]
            if not held:
                continue
            preds = model.predict(held) if model else [np.arange(len(d.x), 0, -1, dtype=float) for d in held]
            r = res.setdefault(key, {"sys": {}, "view": {}})
            for d, s in zip(held, preds):
                s = list(s)
                r["sys"][d.id] = rouge(d, select(d, s, rules, budget=len(d.ref)))
                if view:
                    r["view"][d.id] = view_flags(d, select(d, s, rules, count=3))
        print(f"genre_cv: {label}: fold {f} done", file=sys.stderr)
    lines = []
    for key in sorted(res, key=lambda k: (list(SETS).index(k[0]), k[2], ["titled", "intext", "untitled"].index(k[1]))):
        name, mode, variant = key
        lead = {d.id: cvlib_lead(d) for d in lead_docs[name, "untitled", variant]}
        ids = [i for i in res[key]["sys"] if i in lead]
        s = np.array([res[key]["sys"][i] for i in ids])
        lv = np.array([lead[i] for i in ids])
        dm, lo, hi = cvlib.bootstrap(s[:, 1] - lv[:, 1])
        per_fold = []
        fold_of = {d.id: d.fold for d in lead_docs[name, "untitled", variant]}
        for f in folds:
            m = [k for k, i in enumerate(ids) if fold_of[i] == f]
            if m:
                per_fold.append(f"{(s[m, 1] - lv[m, 1]).mean():+.2f}")
        vw = res[key]["view"]
        vcells = ""
        if vw:
            vv = [vw[i] for i in ids]
            vcells = " | ".join(f"{100 * np.mean([v[k] for v in vv]):.1f}" for k in ("formula", "colon", "link"))
        row = (f"| {label} | {name} | {variant} | {mode} | {len(ids)} | {lv[:, 1].mean():.2f} | {s[:, 0].mean():.2f} | "
               f"{s[:, 1].mean():.2f} | {s[:, 2].mean():.2f} | {dm:+.2f} [{lo:+.2f}, {hi:+.2f}] | {' '.join(per_fold)} | {vcells} |")
        lines.append(row)
        print(row)
        sys.stdout.flush()
    out_rows.extend(lines)
    return res


def cvlib_lead(d):
    return rouge(d, list(range(len(d.x))))


HEADER = ("| experiment | set | text | title | records | LEAD R2 | R1 | R2 | RL | − LEAD, R2 [95% CI] | per fold | "
          "3 sent.: formula % | dangling : % | orphan link % |\n| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |")


# ---------------------------------------------------------------------------------------------
# Experiments.

KINDS_PATH = os.path.join(OUT, "kinds.json")


def detected_kinds(path=KINDS_PATH):
    """(id, variant) -> the kind detected out of fold (scripts/genre_kind.py --save)."""
    if not os.path.exists(path):
        sys.exit(f"genre_cv: {path} is missing: run scripts/genre_kind.py --save first")
    return json.load(open(path, encoding="utf-8"))


def set_detected(docs, kinds):
    for (name, mode, variant), ds in docs.items():
        v = {"lines": "lines", "joined": "joined"}[variant]
        if mode == "intext":
            v = "title+" + v
        for d in ds:
            d.detected = kinds.get(f"{d.id}|{v}") or kinds.get(f"{d.id}|{variant}")


def model_fit(sets=None, scheme="rows", extra=False, per=None, rounds=gbdt.ROUNDS, params=None):
    def fit(train):
        train = [d for d in train if sets is None or d.set in sets]
        return Model(train, weights(scheme, train), extra=extra, per=per, rounds=rounds, params=params)
    return fit


PER = {
    "kind": lambda d: d.detected if d.detected in ("encyclopedia", "question") else "news",
    "asks": lambda d: "question" if d.detected == "question" else "other",
}


def experiment(spec):
    """An experiment from a spec: comma-separated key=value, e.g.
    "train=news" (fit on news only: today's recipe), "train=all,w=sets", "extra=kind",
    "per=kind", "q=auto", "link=skip", "colon=pair", "furn=1", "rounds=60"."""
    kv = dict(x.split("=", 1) for x in spec.split(",") if x)
    sets = None if kv.get("train", "all") == "all" else set(kv["train"].split("+"))
    extra = kv.get("extra")
    fit = None if kv.get("train") == "lead" else model_fit(
        sets=sets, scheme=kv.get("w", "rows"), extra=bool(extra), per=PER.get(kv.get("per")),
        rounds=int(kv.get("rounds", gbdt.ROUNDS)))
    rules = Rules(question=kv.get("q", "last"), link=kv.get("link"), colon=kv.get("colon"),
                  furniture=kv.get("furn") == "1")
    TARGET["cap"] = int(kv["cap"]) if "cap" in kv else None
    TARGET["norm"] = kv.get("norm")
    TARGET["oracle"] = {k: float(v) for k, v in (x.split(":") for x in kv["oracle"].split("/"))} if "oracle" in kv else None
    return fit, rules, extra


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("specs", nargs="*")
    ap.add_argument("--folds", default="0,1,2,3,4")
    ap.add_argument("--transform", default="none")
    ap.add_argument("--sets", default="news,viwiki,healthfaq")
    ap.add_argument("--no-view", action="store_true")
    ap.add_argument("--report", default=os.path.join(OUT, "cv.md"))
    ap.add_argument("--kinds", default=KINDS_PATH, help="the detected kinds (genre_kind.py --save [--model gbdt])")
    a = ap.parse_args()
    sets = a.sets.split(",")
    folds = [int(f) for f in a.folds.split(",")]
    docs = load(a.transform, sets)
    lead_docs = docs if a.transform == "none" else load("none", sets)
    kinds = detected_kinds(a.kinds)
    set_detected(docs, kinds)
    rows = []
    print(HEADER)
    for spec in a.specs:
        fit, rules, extra = experiment(spec)
        if extra:
            add_extra(docs, extra)
        label = f"{spec} [{a.transform}]"
        run(docs, lead_docs, fit, rules, folds, label, rows, view=not a.no_view)
    with open(a.report, "a", encoding="utf-8") as f:
        f.write(f"\n<!-- folds {a.folds} -->\n" + HEADER + "\n" + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
