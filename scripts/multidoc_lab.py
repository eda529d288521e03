#!/usr/bin/env python3
"""Issue 25's research: baselines and a multi-document method on the 200 training clusters.

  python3 scripts/multidoc_lab.py baselines        # LEAD, as one text, round-robin, oracle
  python3 scripts/multidoc_lab.py cv [--fast]      # the method, 5-fold CV by cluster

Predictions go to target/md/pred/NAME.jsonl ({id, summary}, one sentence a line), so that
../shared/eval/rouge_vi.py --budget and compare.py can score them again.
Needs cargo (builds examples/ranked.rs and the CLI once). No third-party Python package.
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


def baselines(clusters):
    systems = {
        "LEAD": [lead(cl, budget=cl.budget) for cl in clusters],
        "as one text, titles as first lines": as_one_text(clusters, "titled"),
        "as one text, `article` (no titles)": as_one_text(clusters, "article"),
        "each document's own summary, round-robin": [round_robin(cl, budget=cl.budget) for cl in clusters],
        "greedy oracle (ROUGE-2)": [oracle(cl) for cl in clusters],
    }
    five = {
        "LEAD-5": [lead(cl, sentences=5) for cl in clusters],
        "as one text, titles as first lines": as_one_text(clusters, "titled", sentences=5),
        "as one text, `article` (no titles)": as_one_text(clusters, "article", sentences=5),
        "each document's own summary, round-robin": [round_robin(cl, sentences=5) for cl in clusters],
        "greedy oracle (ROUGE-2), at most 5": [oracle(cl, sentences=5) for cl in clusters],
    }
    names = {"LEAD": "lead", "LEAD-5": "lead-s5"}
    out = ["Budget = the reference's syllables (length-fair ROUGE F1 x100; the summary is cut there):", ""] + HEADER
    for k, v in systems.items():
        write(names.get(k, k.split(",")[0].replace(" ", "-").replace("'", "")) + "-budget" if k not in names else names[k], clusters, v)
        out.append(table_row(k, evaluate(clusters, v)))
    out += ["", "5 sentences (`--sentences 5`), scored length-fair as well:", ""] + HEADER
    for k, v in five.items():
        out.append(table_row(k, evaluate(clusters, v)))
    base = {k: evaluate(clusters, v) for k, v in systems.items()}
    out += ["", "Paired bootstrap of ROUGE-2 against LEAD (2,000 resamples of the clusters):", ""]
    for k in list(systems)[1:]:
        m, lo, hi, p = mdlib.bootstrap([b[1] - a[1] for a, b in zip(base["LEAD"], base[k])])
        out.append("- %s: %+.2f [%+.2f, %+.2f]" % (k, m, lo, hi))
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    clusters = mdlib.load()
    if args[0] == "baselines":
        print(baselines(clusters))


if __name__ == "__main__":
    main()
