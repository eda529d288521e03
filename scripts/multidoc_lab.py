#!/usr/bin/env python3
"""Issue 25's research: baselines and a multi-document method on the 200 training clusters
(findings in docs/multidoc-lab.md).

  python3 scripts/multidoc_lab.py baselines          # LEAD, as one text, round-robin, oracle
  python3 scripts/multidoc_lab.py grid               # every configuration of GRID on all clusters (cached)
  python3 scripts/multidoc_lab.py cv [--fixtures]    # 5-fold CV by cluster over GRID (after `baselines`)
  python3 scripts/multidoc_lab.py show JSON          # one configuration's figures, e.g. '{"center": true}'
  python3 scripts/multidoc_lab.py fixtures [JSON]    # tests/fixtures/multidoc, 5 sentences (RECOMMENDED)
  python3 scripts/multidoc_lab.py refresh-fixtures   # the cached configurations' fixture verdicts again

Predictions go to target/md/pred/NAME.jsonl ({id, summary}, one sentence a line), so that
../shared/eval/rouge_vi.py --budget and compare.py can score them again.
Needs cargo (builds scripts/lab/ranked.rs and the CLI once). No third-party Python package.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mdlib  # noqa: E402
import same_fact  # noqa: E402

PRED = os.path.join(mdlib.WORK, "pred")
CLI = os.path.join(mdlib.ROOT, "target", "release", "tomtat")


def write(name, clusters, summaries):
    os.makedirs(PRED, exist_ok=True)
    with open(os.path.join(PRED, name + ".jsonl"), "w", encoding="utf-8") as f:
        for cl, s in zip(clusters, summaries):
            f.write(json.dumps({"id": cl.id, "summary": "\n".join(s)}, ensure_ascii=False) + "\n")


def read(name):
    out = {}
    for line in open(os.path.join(PRED, name + ".jsonl"), encoding="utf-8"):
        d = json.loads(line)
        out[d["id"]] = [s for s in d["summary"].split("\n") if s.strip()]
    return out


# ---------------------------------------------------------------------------------------------
# Baselines.

def lead(cl, budget=None, sentences=None):
    """The first document's first units (headings included, boilerplate not), as
    `tomtat eval --lead` takes them: until the budget is reached, or `sentences` of them."""
    out, used = [], 0
    for s in cl.lead_units:
        if sentences is not None and len(out) >= sentences:
            break
        if budget is not None and used >= budget:
            break
        out.append(s)
        used += len(mdlib.rouge_tokens(s))
    return out


def as_one_text(clusters, variant, sentences=None):
    """The cluster pasted as one text, summarized by the CLI. `titled`: each article's title on
    its first line, articles separated by a blank line; `article`: the record's `article` (the
    texts joined by blank lines, no title)."""
    os.makedirs(PRED, exist_ok=True)
    src = os.path.join(mdlib.WORK, "one-%s.jsonl" % variant)
    with open(src, "w", encoding="utf-8") as f:
        for cl in clusters:
            if variant == "titled":
                text = "\n\n".join(t.strip() + "\n" + x for t, x in zip(cl.titles, cl.texts))
            else:
                text = cl.rec["article"]
            f.write(json.dumps({"id": cl.id, "title": "", "article": text, "summary": cl.rec["summary"]}, ensure_ascii=False) + "\n")
    name = "one-%s-%s" % (variant, "s%d" % sentences if sentences else "budget")
    args = [CLI, "eval", src, "--out", os.path.join(PRED, name + ".jsonl"), "--no-title"]
    args += ["--sentences", str(sentences)] if sentences else ["--words-from-reference"]
    subprocess.run(args, check=True)
    got = read(name)
    return [got[cl.id] for cl in clusters]


def round_robin(cl, budget=None, sentences=None):
    """Each document summarized alone (its own title; `tomtat::ranked`, best first), the
    summaries interleaved: each document's best, then each one's second… Filled as
    `fill_budget` fills a budget, shown by document then position."""
    ranked = [sorted((c for c in row if c.rank is not None), key=lambda c: c.rank) for row in cl.by_doc]
    order = []
    for r in range(max(len(x) for x in ranked)):
        order.extend(x[r] for x in ranked if r < len(x))
    if sentences is not None:
        chosen = sorted(order[:sentences], key=lambda c: (c.doc, c.pos))
    else:
        chosen = mdlib.fill_budget(order, budget, lambda c: (c.doc, c.pos), lambda c: c.words)
    return [c.text for c in chosen]


def oracle(cl, budget=None, sentences=None):
    """Greedy oracle: the candidate that raises the length-fair ROUGE-2 F1 of the summary (by
    document then position) most, again and again, while one raises it."""
    from collections import Counter

    budget = cl.budget if budget is None else budget
    ref = Counter(zip(cl.ref, cl.ref[1:]))
    n_ref = max(1, len(cl.ref) - 1)

    def r2(chosen):
        toks = [t for c in sorted(chosen, key=lambda c: (c.doc, c.pos)) for t in c.toks][:budget]
        got = Counter(zip(toks, toks[1:]))
        hit = sum((got & ref).values())
        p, r = hit / max(1, len(toks) - 1), hit / n_ref
        return 2 * p * r / (p + r) if hit else 0.0

    chosen, best = [], 0.0
    while sentences is None or len(chosen) < sentences:
        pick, top = None, best
        for c in cl.cands:
            if c in chosen:
                continue
            v = r2(chosen + [c])
            if v > top + 1e-9:
                pick, top = c, v
        if pick is None:
            break
        chosen.append(pick)
        best = top
    return [c.text for c in sorted(chosen, key=lambda c: (c.doc, c.pos))]


# ---------------------------------------------------------------------------------------------
# The multi-document method: each document scored alone (its own title, the shipped model),
# agreement across documents added, repeats across documents left out.

def prepare(cl):
    """Per candidate: its content-syllable weights (idf, distinct) and the agreement signals."""
    if getattr(cl, "prepared", False):
        return
    docs = cl.by_doc
    vocab = [set(t for c in row for t in c.content) for row in docs]
    title_w = []
    for t in cl.titles:
        w = {}
        for x in same_fact.content(t, extended=True):
            w[x] = mdlib.idf(x)
        title_w.append(w)
    for row in docs:
        for c in row:
            c.w = {t: mdlib.idf(t) for t in set(c.content)}
            c.mass = sum(c.w.values())
    others = len(docs) - 1
    for k, row in enumerate(docs):
        for c in row:
            # Share of the candidate's content weight found anywhere in each other document.
            terms = [sum(w for t, w in c.w.items() if t in vocab[d]) / c.mass if c.mass else 0.0
                     for d in range(len(docs)) if d != k]
            # Best containment of the candidate in one sentence of each other document.
            best = []
            for d in range(len(docs)):
                if d == k:
                    continue
                b = 0.0
                for o in docs[d]:
                    if c.mass:
                        b = max(b, sum(w for t, w in c.w.items() if t in o.w) / c.mass)
                best.append(b)
            # Share of the other documents' titles' weight the candidate holds.
            titles = []
            for d in range(len(docs)):
                if d == k or not title_w[d]:
                    continue
                tw = title_w[d]
                titles.append(sum(w for t, w in tw.items() if t in c.w) / sum(tw.values()))
            c.agree_terms = sum(terms) / others if others else 0.0
            c.agree_best = sum(best) / others if others else 0.0
            c.agree_titles = sum(titles) / len(titles) if titles else 0.0
    cl.prepared = True


class Params(dict):
    """alpha * agree_terms + beta * agree_best + tau * agree_titles on top of the model's score;
    the repeat rules: `bigrams` (the engine's containment of all-syllable bigrams, 0.5),
    `fact` = (syllable share, bigram share) of the same-fact rule on content syllables
    (extended stopwords; weighted by idf if `fact_idf`), or None."""

    DEFAULT = dict(alpha=0.0, beta=0.0, tau=0.0, bigrams=0.5, fact=None, fact_idf=False, center=False,
                   delta=0.0, mmr=0.0, rank=0.0, anchors=None, cross_only=False,
                   clean=False, gamma=0.0)

    def __init__(self, **kw):
        super().__init__(self.DEFAULT)
        def frozen(v):
            return tuple(frozen(x) for x in v) if isinstance(v, (list, tuple)) else v

        self.update({k: frozen(v) for k, v in kw.items()})

    def __getattr__(self, k):
        return self[k]

    def key(self):
        """The settings that differ from the defaults (so that a new setting keeps old keys)."""
        return tuple(sorted((k, v) for k, v in self.items() if v != self.DEFAULT.get(k)))


def combined(cl, p):
    prepare(cl)
    out = []
    for row in cl.by_doc:
        top = max((c.score for c in row), default=0.0)
        for c in row:
            s = c.score - (top if p.center else 0.0)
            out.append(s + p.alpha * c.agree_terms + p.beta * c.agree_best + p.tau * c.agree_titles
                       - p.gamma * c.doc)
    return out


def same_fact_rule(a, b, p):
    """The engine-side rule: the smaller candidate's content (weighted by idf or not) found in
    the other for at least p.fact[0], and its content bigrams for at least p.fact[1]."""
    th_s, th_b = p.fact
    fa, fb = a.facts_x, b.facts_x
    small, big, cs = (a, b, fa) if len(fa.syllables) <= len(fb.syllables) else (b, a, fb)
    cb = big.facts_x
    if not cs.syllables:
        return False
    if p.fact_idf:
        tot = sum(small.w.get(t, mdlib.idf(t)) for t in cs.syllables)
        got = sum(small.w.get(t, mdlib.idf(t)) for t in cs.syllables & cb.syllables)
        if got < th_s * tot:
            return False
    elif len(cs.syllables & cb.syllables) < th_s * len(cs.syllables):
        return False
    if not cs.bigrams:
        return True
    return len(cs.bigrams & cb.bigrams) >= th_b * len(cs.bigrams)


def anchors_rule(a, b, p):
    """The same fact told with other words: the two share at least `n` anchors (numbers and
    names: the engine's syllables with a digit, and capitalized syllables after a sentence's
    first) and at least `share` of the smaller anchor set, and the smaller candidate's content
    weight (idf) found in the other is at least `content`. `p.anchors` is one (n, share,
    content) or a tuple of them (any one suffices)."""
    rules = p.anchors if isinstance(p.anchors[0], tuple) else (p.anchors,)
    small = min(len(a.anchors), len(b.anchors))
    both = len(a.anchors & b.anchors)
    sa, sb = (a, b) if a.mass <= b.mass else (b, a)
    got = sum(w for t, w in sa.w.items() if t in sb.w)
    for n, share, content in rules:
        if both >= n and both >= share * small and sa.mass > 0 and got >= content * sa.mass:
            return True
    return False


def repeats(a, b, p):
    """Whether candidates a and b say the same thing under p's rules: the engine's containment
    of all-syllable bigrams (within a document `ranked` has applied it, with the cosine rule,
    already), the same-fact rule, the anchors rule (across documents only if `cross_only`)."""
    small = min(len(a.bis), len(b.bis))
    if p.bigrams and small and len(a.bis & b.bis) >= p.bigrams * small:
        return True
    if p.cross_only and a.doc == b.doc:
        return False
    if p.fact and same_fact_rule(a, b, p):
        return True
    return bool(p.anchors) and anchors_rule(a, b, p)


def _cached(cl, name, key, make):
    cache = cl.__dict__.setdefault(name, {})
    v = cache.get(key)
    if v is None:
        v = cache[key] = make()
    return v


def method(cl, p, budget=None, sentences=None, order="document"):
    """The summary's sentences: best first (questions and interviewer turns after every
    statement), each candidate's score less `delta` for each sentence already taken from its
    document and `mmr` times its best cosine with one taken, without repeats; filled as
    `fill_budget` fills a word budget, or the first `sentences`; shown by document then
    position (order="document") or best first."""
    scores = combined(cl, p)
    for c in cl.cands:
        if not hasattr(c, "facts_x"):
            c.facts_x = same_fact.Facts(c.content)
    live = [i for i, c in enumerate(cl.cands) if c.rank is not None and not (p.clean and c.debris)]
    cands = cl.cands
    base = {i: scores[i] - p.rank * cands[i].rank for i in live}
    rule = (p.bigrams, p.fact, p.fact_idf, p.anchors, p.cross_only)
    kept = []
    per_doc = [0] * len(cl.by_doc)
    best_sim = {i: 0.0 for i in live}
    left = set(live)
    words = 0
    while left:
        if sentences is not None and len(kept) >= sentences:
            break
        if budget is not None and words >= budget + 200:
            break

        def value(i):
            return (not cands[i].asks, base[i] - p.delta * per_doc[cands[i].doc] - p.mmr * best_sim[i], -i)

        b = max(left, key=value)
        left.discard(b)
        if any(_cached(cl, "rep", (min(b, k), max(b, k), rule), lambda: repeats(cands[b], cands[k], p)) for k in kept):
            continue
        kept.append(b)
        words += cands[b].words
        per_doc[cands[b].doc] += 1
        if p.mmr:
            for i in left:
                sim = _cached(cl, "cos", (min(b, i), max(b, i)), lambda: mdlib.cosine(cands[b].w, cands[i].w))
                if sim > best_sim[i]:
                    best_sim[i] = sim
    kept = [cands[i] for i in kept]
    if sentences is not None:
        chosen = kept[:sentences]
        if order == "document":
            chosen = sorted(chosen, key=lambda c: (c.doc, c.pos))
    else:
        at = (lambda c: (c.doc, c.pos)) if order == "document" else (lambda c: kept.index(c))
        chosen = mdlib.fill_budget(kept, budget, at, lambda c: c.words)
    return [c.text for c in chosen]


# ---------------------------------------------------------------------------------------------
# Reports.

def evaluate(clusters, summaries):
    """Per cluster: ROUGE-1/2/L (length-fair), same-fact pair, extended same-fact pair, a
    question among the sentences, the sentences' count."""
    rows = []
    for cl, s in zip(clusters, summaries):
        r = mdlib.rouge(s, cl.ref)
        rows.append((*r, same_fact.has_pair(s), same_fact.has_pair(s, extended=True), any(mdlib.asks(x) for x in s), len(s)))
    return rows


def mean(v):
    v = list(v)
    return sum(v) / max(1, len(v))


def table_row(name, rows):
    return "| %s | %.2f | %.2f | %.2f | %.1f %% | %.1f %% | %.1f %% | %.1f |" % (
        name,
        mean(r[0] for r in rows), mean(r[1] for r in rows), mean(r[2] for r in rows),
        100 * mean(r[3] for r in rows), 100 * mean(r[4] for r in rows), 100 * mean(r[5] for r in rows),
        mean(r[6] for r in rows),
    )


HEADER = [
    "| system | ROUGE-1 | ROUGE-2 | ROUGE-L | same-fact pair | (extended) | a question | sentences |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
]


BASELINES = [
    ("lead", "LEAD (the first document's first units)", "LEAD-5"),
    ("one-titled", "as one text, titles as first lines", None),
    ("one-article", "as one text, `article` (no titles)", None),
    ("round-robin", "each document's own summary, round-robin", None),
    ("oracle", "greedy oracle (ROUGE-2)", "greedy oracle (ROUGE-2), at most 5"),
]


def baseline(name, clusters, sentences=None):
    if name == "lead":
        return [lead(cl, budget=None if sentences else cl.budget, sentences=sentences) for cl in clusters]
    if name.startswith("one-"):
        return as_one_text(clusters, name[4:], sentences=sentences)
    if name == "round-robin":
        return [round_robin(cl, budget=None if sentences else cl.budget, sentences=sentences) for cl in clusters]
    return [oracle(cl, sentences=sentences) for cl in clusters]


def baselines(clusters):
    """The baselines' table (budget, then 5 sentences) and their predictions in target/md/pred/
    (NAME-budget.jsonl, NAME-s5.jsonl)."""
    out = ["Budget = the reference's syllables (length-fair ROUGE F1 x100; the summary is cut there):", ""] + HEADER
    rows = {}
    for name, label, _ in BASELINES:
        got = baseline(name, clusters)
        write(name + "-budget", clusters, got)
        rows[name] = evaluate(clusters, got)
        out.append(table_row(label, rows[name]))
    out += ["", "5 sentences (`--sentences 5`), scored length-fair as well:", ""] + HEADER
    for name, label, label5 in BASELINES:
        got = baseline(name, clusters, sentences=5)
        write(name + "-s5", clusters, got)
        out.append(table_row(label5 or label, evaluate(clusters, got)))
    out += ["", "Paired bootstrap of ROUGE-2 (budget) against LEAD (2,000 resamples of the clusters):", ""]
    for name, label, _ in BASELINES[1:]:
        m, lo, hi, p = mdlib.bootstrap([b[1] - a[1] for a, b in zip(rows["lead"], rows[name])])
        out.append("- %s: %+.2f [%+.2f, %+.2f]" % (label, m, lo, hi))
    return "\n".join(out)


RECOMMENDED = Params(center=True, delta=0.1, mmr=0.1, fact=(0.6, 0.4), anchors=(3, 0.6, 0.4), gamma=0.05, clean=True)

GRID = [
    Params(center=center, delta=delta, mmr=mmr, fact=fact, alpha=alpha, anchors=anchors, clean=True)
    for center in (False, True)
    for delta in (0.0, 0.1, 0.3)
    for mmr in (0.0, 0.1)
    for alpha in (0.0, 0.1)
    for fact in ((0.6, 0.4), (0.5, 0.3))
    for anchors in (None, (3, 0.6, 0.4), (5, 0.5, 0.3))
] + [
    # A prior for the earlier documents (the first pasted is the main one), on the best family.
    Params(center=True, delta=delta, mmr=mmr, fact=fact, anchors=anchors, gamma=gamma, clean=True)
    for delta in (0.1, 0.3)
    for mmr in (0.0, 0.1)
    for fact in ((0.6, 0.4), (0.5, 0.3))
    for anchors in (None, (3, 0.6, 0.4), (5, 0.5, 0.3))
    for gamma in (0.05, 0.1)
]


def grid_rows(clusters, grid):
    """Per configuration and cluster: the evaluation rows (budget, 5 sentences), and whether
    the fixtures pass (`check_fixtures`), cached in target/md/grid.pickle by the
    configuration's key."""
    import pickle

    path = os.path.join(mdlib.WORK, "grid.pickle")
    cache = pickle.load(open(path, "rb")) if os.path.exists(path) else {}
    cache = {Params(**dict(k)).key(): v for k, v in cache.items()}
    for n, p in enumerate(grid):
        if p.key() in cache:
            continue
        b = evaluate(clusters, [method(cl, p, budget=cl.budget) for cl in clusters])
        f = evaluate(clusters, [method(cl, p, sentences=5) for cl in clusters])
        cache[p.key()] = {cl.id: (rb, rf) for cl, rb, rf in zip(clusters, b, f)}
        cache[p.key()]["fixtures"] = check_fixtures(p, quiet=True)
        pickle.dump(cache, open(path, "wb"))
        print("grid %d/%d %s: R2 %.2f, 5 sentences %.2f, same-fact %.1f %%" % (
            n + 1, len(grid), dict(p), mean(r[1] for r in b), mean(r[1] for r in f), 100 * mean(r[3] for r in f)), file=sys.stderr)
    return cache


def cross_validate(clusters, grid, max_same_fact=0.05, fixtures=False):
    """For each fold, the configuration with the best mean ROUGE-2 (budget) on the other four
    folds among those whose 5-sentence summaries hold a same-fact pair in at most
    `max_same_fact` of the training clusters (and, with `fixtures`, that pass the fixtures'
    check); its figures on the held-out fold."""
    cache = grid_rows(clusters, grid)
    out, held = [], {}
    for f in range(mdlib.FOLDS):
        train = [cl for cl in clusters if cl.fold != f]
        test = [cl for cl in clusters if cl.fold == f]

        def fit(p):
            rows = cache[p.key()]
            sf = mean(rows[cl.id][1][3] for cl in train)
            ok = sf <= max_same_fact and (rows["fixtures"] or not fixtures)
            return (ok, mean(rows[cl.id][0][1] for cl in train))

        best = max(grid, key=fit)
        rows = cache[best.key()]
        for cl in test:
            held[cl.id] = rows[cl.id]
        out.append((f, len(test), best, fit(best)[1], mean(rows[cl.id][0][1] for cl in test),
                    mean(rows[cl.id][1][1] for cl in test), mean(rows[cl.id][1][3] for cl in test)))
    return out, held


FIXTURES = os.path.join(mdlib.ROOT, "tests", "fixtures", "multidoc")


def fixture_clusters():
    """The stories of tests/fixtures/multidoc/stories.json as clusters (no reference)."""
    stories = json.load(open(os.path.join(FIXTURES, "stories.json"), encoding="utf-8"))["stories"]
    src = os.path.join(mdlib.WORK, "fixtures.jsonl")
    with open(src, "w", encoding="utf-8") as f:
        for st in stories:
            docs = [{"title": "", "text": open(os.path.join(FIXTURES, d), encoding="utf-8").read()} for d in st["documents"]]
            f.write(json.dumps({"id": st["name"], "documents": docs, "summary": ""}, ensure_ascii=False) + "\n")
    out = subprocess.run([os.path.join(mdlib.ROOT, "target", "release", "examples", "ranked"), src],
                         capture_output=True, text=True, check=True).stdout
    units = {}
    for line in out.splitlines():
        d = json.loads(line)
        units.setdefault(d["id"], []).append(d)
    model = mdlib.Model()
    recs = [json.loads(l) for l in open(src, encoding="utf-8")]
    return stories, [mdlib.Cluster(r, units[r["id"]], model) for r in recs]


_FIXTURES = None


def check_fixtures(p, sentences=5, quiet=False):
    """The test to come, on the prototype: a summary of `sentences` sentences of each story
    without a pair of its `repeats`, a question or a line of its debris."""
    global _FIXTURES
    if _FIXTURES is None:
        _FIXTURES = fixture_clusters()
    stories, clusters = _FIXTURES
    ok = True
    for st, cl in zip(stories, clusters):
        got = method(cl, p, sentences=sentences)
        norm = lambda x: " ".join(x.split())
        bad = []
        for a, b in st["repeats"]:
            if norm(a) in got and norm(b) in got:
                bad.append("repeat: %s | %s" % (a[:60], b[:60]))
        other = [(a, b) for a, b in st.get("repeats_in_other_words", []) if norm(a) in got and norm(b) in got]
        for q in st["questions"]:
            if norm(q) in got:
                bad.append("question: " + q)
        for line in st["debris"]:
            for g in got:
                if g in norm(line):
                    bad.append("debris: " + g)
        if not quiet:
            print("%s: %d sentences%s" % (st["name"], len(got), "" if bad else ", no repeat, question or debris"))
            for g in got:
                print("   ", g[:150])
            for b in bad:
                print("  FAIL", b)
            for a, b in other:
                print("  (in other words, reported) %s | %s" % (a[:60], b[:60]))
        ok &= not bad
    return ok


def cv_report(clusters, fixtures=False):
    """The cross-validation's table: per fold the configuration chosen on the other four, its
    held-out figures against LEAD and the cluster pasted as one text (titles as first lines);
    overall with paired bootstraps. Writes the held-out predictions (md-cv-budget.jsonl,
    md-cv-s5.jsonl) for compare.py."""
    out, held = cross_validate(clusters, GRID, fixtures=fixtures)
    base = {}
    for name in ("lead", "one-titled", "round-robin"):
        for setting in ("budget", "s5"):
            if not os.path.exists(os.path.join(PRED, "%s-%s.jsonl" % (name, setting))):
                sys.exit("run `baselines` first")
            got = read("%s-%s" % (name, setting))
            rows = evaluate(clusters, [got.get(cl.id, []) for cl in clusters])
            base[name, setting] = {cl.id: r for cl, r in zip(clusters, rows)}
    chosen = {}
    lines = [
        "5-fold cross-validation over the %d clusters (folds by cluster id), length-fair ROUGE-2 F1 x100; "
        "configuration chosen on the other four folds (best ROUGE-2 under the word budget among those "
        "with at most 5 %% of 5-sentence summaries holding a same-fact pair%s):" % (
            len(clusters), ", and passing the fixtures" if fixtures else ""),
        "",
        "| fold | clusters | chosen | LEAD | as one text | method | - LEAD | - as one text | 5 sentences: method | same-fact pair |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for f, n, best, tr, r2, r2s5, sf in out:
        ids = [cl.id for cl in clusters if cl.fold == f]
        for i in ids:
            chosen[i] = best
        lead_ = mean(base["lead", "budget"][i][1] for i in ids)
        one = mean(base["one-titled", "budget"][i][1] for i in ids)
        desc = ", ".join("%s %s" % (k, v) for k, v in best.items() if v != Params.DEFAULT[k] and k != "clean")
        lines.append("| %d | %d | %s | %.2f | %.2f | %.2f | %+.2f | %+.2f | %.2f | %.1f %% |" % (
            f, n, desc, lead_, one, r2, r2 - lead_, r2 - one, r2s5, 100 * sf))
    ids = [cl.id for cl in clusters]
    m = {i: held[i][0] for i in ids}
    m5 = {i: held[i][1] for i in ids}
    lines.append("| all | %d | | %.2f | %.2f | %.2f | %+.2f | %+.2f | %.2f | %.1f %% |" % (
        len(ids), mean(base["lead", "budget"][i][1] for i in ids), mean(base["one-titled", "budget"][i][1] for i in ids),
        mean(m[i][1] for i in ids), mean(m[i][1] - base["lead", "budget"][i][1] for i in ids),
        mean(m[i][1] - base["one-titled", "budget"][i][1] for i in ids), mean(m5[i][1] for i in ids), 100 * mean(m5[i][3] for i in ids)))
    lines += ["", "Paired bootstrap of the held-out ROUGE-2 (2,000 resamples of the clusters; mean [95 % interval], share of resamples <= 0):", ""]
    for setting, mine in (("budget", m), ("s5", m5)):
        for name in ("lead", "one-titled", "round-robin"):
            d = [mine[i][1] - base[name, setting][i][1] for i in ids]
            mu, lo, hi, p = mdlib.bootstrap(d)
            lines.append("- %s, method - %s: %+.2f [%+.2f, %+.2f], p %.3f" % (setting, name, mu, lo, hi, p))
    lines += ["", "All rows, held out (budget, then 5 sentences):", ""] + HEADER
    lines.append(table_row("method (CV), budget", [m[i] for i in ids]))
    lines.append(table_row("method (CV), 5 sentences", [m5[i] for i in ids]))
    # The held-out predictions.
    write("md-cv-budget", clusters, [method(cl, chosen[cl.id], budget=cl.budget) for cl in clusters])
    write("md-cv-s5", clusters, [method(cl, chosen[cl.id], sentences=5) for cl in clusters])
    return "\n".join(lines)


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    clusters = mdlib.load()
    if args[0] == "refresh-fixtures":
        # The fixtures' verdict of every configuration in the cache, again (after stories.json changed).
        import pickle

        path = os.path.join(mdlib.WORK, "grid.pickle")
        cache = pickle.load(open(path, "rb"))
        for k, v in cache.items():
            v["fixtures"] = check_fixtures(Params(**dict(k)), quiet=True)
        pickle.dump(cache, open(path, "wb"))
        print(sum(v["fixtures"] for v in cache.values()), "of", len(cache), "configurations pass")
        return
    if args[0] == "baselines":
        print(baselines(clusters))
    elif args[0] == "fixtures":
        p = Params(**json.loads(args[1])) if len(args) > 1 else RECOMMENDED
        print(Params(**p))
        check_fixtures(p)
    elif args[0] == "grid":
        grid_rows(clusters, GRID)
    elif args[0] == "cv":
        print(cv_report(clusters, fixtures="--fixtures" in args))
    elif args[0] == "show":
        # The figures of one configuration on all 200 clusters (exploration, not a decision).
        p = Params(**json.loads(args[1]))
        b = evaluate(clusters, [method(cl, p, budget=cl.budget) for cl in clusters])
        f = evaluate(clusters, [method(cl, p, sentences=5) for cl in clusters])
        print("\n".join(HEADER + [table_row("budget", b), table_row("5 sentences", f)]))

if __name__ == "__main__":
    main()
