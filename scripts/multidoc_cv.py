#!/usr/bin/env python3
"""The multi-document mode measured through the engine (issue 25), on the training clusters.

  python3 scripts/multidoc_cv.py [--bin TOMTAT] [--out DIR]              # the report
  python3 scripts/multidoc_cv.py --choose GRID.json [--bin ..] [--out ..] # a change, by CV

Reads only ../shared/eval/multidoc/abmusu_train.jsonl.gz (200 clusters of 2-5 articles on one
story, each with an annotators' summary of about 200 syllables): never dev.jsonl. Every
summary is made by the lab build of the CLI (`tomtat eval`):

- LEAD: the first document's first units (`eval --documents --lead`);
- as one text: the articles pasted one after the other, each title on its article's first
  line, blank lines between (`eval --no-title` on that text): what a user gets without the mode;
- the mode: `eval --documents` (summarize_documents; with --words-from-reference, its
  candidates in the order it chooses them, filled up to the reference's length).

Two lengths: the reference's syllables (`--words-from-reference`), and 5 sentences
(`--sentences 5`). Both are scored with length-fair ROUGE (rouge_vi.py, each summary cut at its
reference's syllable count). The report gives ROUGE per fold (folds by a hash of the cluster
id, as scripts/mdlib.py cuts them) and over all clusters, the paired bootstrap of the
differences (2,000 resamples of the clusters), and the share of summaries holding two
sentences that state one fact by the issue's measure (scripts/same_fact.py), with a question.

The mode's constants are fixed (nothing is fitted on the clusters; the model is the one
fitted on news), so its figures are held out for the model and, for the constants, the
figures of the research's cross-validation (docs/multidoc-lab.md). `--choose GRID.json` weighs
a change by cross-validation: GRID.json is a list of `--documents-params` objects (the first
is the baseline); in each fold the configuration with the best ROUGE-2 on the other four
folds, among those with at most 5 % of 5-sentence summaries holding a same-fact pair and
passing the written stories' check (tests/fixtures/multidoc, the test of tests/documents.rs),
is measured on the held-out fold.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
import mdlib  # noqa: E402  (folds, ROUGE, the bootstrap; reads rouge_vi.py from ../shared/eval)
import same_fact  # noqa: E402

FIXTURES = os.path.join(ROOT, "tests", "fixtures", "multidoc")


def run(bin_, args):
    subprocess.run([bin_, "eval", *args], check=True)


def read(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        out[d["id"]] = [s for s in d["summary"].split("\n") if s.strip()]
    return out


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def inputs(out):
    """The clusters as the CLI reads them, and pasted as one text."""
    clusters = [json.loads(l) for l in gzip.open(mdlib.CLUSTERS, "rt", encoding="utf-8") if l.strip()]
    docs = os.path.join(out, "clusters.jsonl")
    one = os.path.join(out, "one-text.jsonl")
    write_jsonl(docs, ({"id": c["id"], "documents": c["documents"], "summary": c["summary"]} for c in clusters))
    write_jsonl(one, ({
        "id": c["id"], "title": "", "summary": c["summary"],
        "article": "\n\n".join(d["title"].strip() + "\n" + d["text"] for d in c["documents"]),
    } for c in clusters))
    return clusters, docs, one


def evaluate(clusters, preds):
    """Per cluster: ROUGE-1/2/L (length-fair), a same-fact pair, a question."""
    rows = {}
    for c in clusters:
        s = preds.get(c["id"], [])
        ref = mdlib.rouge_tokens(c["summary"])
        r1, r2, rl = mdlib.rouge(s, ref)
        rows[c["id"]] = (r1, r2, rl, same_fact.has_pair(s), any(mdlib.asks(x) for x in s))
    return rows


def mean(v):
    v = list(v)
    return sum(v) / max(1, len(v))


def mode_runs(bin_, docs, out, name, params=None):
    """The mode's predictions, budget and 5 sentences, with `params` (None: as shipped)."""
    extra = ["--documents-params", json.dumps(params)] if params else []
    paths = {}
    for setting, flags in (("budget", ["--words-from-reference"]), ("s5", ["--sentences", "5"])):
        p = os.path.join(out, "%s-%s.jsonl" % (name, setting))
        run(bin_, [docs, "--documents", *flags, *extra, "--out", p])
        paths[setting] = p
    return paths


def baselines(bin_, docs, one, out):
    """The predictions of LEAD and of the clusters as one text, both lengths: {(name, setting): path}."""
    systems = {}
    for setting, flags in (("budget", ["--words-from-reference"]), ("s5", ["--sentences", "5"])):
        p = os.path.join(out, "lead-%s.jsonl" % setting)
        run(bin_, [docs, "--documents", "--lead", *flags, "--out", p])
        systems["lead", setting] = p
        p = os.path.join(out, "one-%s.jsonl" % setting)
        run(bin_, [one, "--no-title", *flags, "--out", p])
        systems["one", setting] = p
    return systems


def report(bin_, out):
    clusters, docs, one = inputs(out)
    systems = baselines(bin_, docs, one, out)
    for setting, p in mode_runs(bin_, docs, out, "mode").items():
        systems["mode", setting] = p
    rows = {k: evaluate(clusters, read(p)) for k, p in systems.items()}
    ids = [c["id"] for c in clusters]
    fold = {i: mdlib.fold_of(i) for i in ids}
    names = {"lead": "LEAD", "one": "as one text", "mode": "several documents"}
    lines = [
        "## Several articles on one story (%d clusters of multidoc/abmusu_train; length-fair ROUGE F1 x100)" % len(ids),
        "",
        "Summaries of the reference's length (its syllables), ROUGE-2 per fold (folds by cluster id) and overall:",
        "",
        "| fold | clusters | LEAD | as one text | several documents | - LEAD | - as one text |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for f in list(range(mdlib.FOLDS)) + ["all"]:
        sel = [i for i in ids if f == "all" or fold[i] == f]
        m = {k: mean(rows[k, "budget"][i][1] for i in sel) for k in names}
        lines.append("| %s | %d | %.2f | %.2f | %.2f | %+.2f | %+.2f |" % (
            f, len(sel), m["lead"], m["one"], m["mode"], m["mode"] - m["lead"], m["mode"] - m["one"]))
    lines += [
        "",
        "| system | length | ROUGE-1 | ROUGE-2 | ROUGE-L | same-fact pair | a question |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for setting, label in (("budget", "reference's"), ("s5", "5 sentences")):
        for k, name in names.items():
            r = rows[k, setting]
            lines.append("| %s | %s | %.2f | %.2f | %.2f | %.1f %% | %.1f %% |" % (
                name, label, *(mean(r[i][j] for i in ids) for j in range(3)),
                100 * mean(r[i][3] for i in ids), 100 * mean(r[i][4] for i in ids)))
    lines += ["", "Paired bootstrap of ROUGE-2, several documents less the other (2,000 resamples of the clusters):", ""]
    for setting in ("budget", "s5"):
        for k in ("lead", "one"):
            d = [rows["mode", setting][i][1] - rows[k, setting][i][1] for i in ids]
            mu, lo, hi, p = mdlib.bootstrap(d)
            lines.append("- %s, - %s: %+.2f [%+.2f, %+.2f] (share of resamples <= 0: %.3f)" % (
                "reference's length" if setting == "budget" else "5 sentences", names[k], mu, lo, hi, p))
    text = "\n".join(lines)
    with open(os.path.join(out, "multidoc.md"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print(text)


def fixtures_jsonl(out):
    """The written stories as records of documents (no reference)."""
    stories = json.load(open(os.path.join(FIXTURES, "stories.json"), encoding="utf-8"))["stories"]
    path = os.path.join(out, "fixtures.jsonl")
    write_jsonl(path, ({
        "id": st["name"], "summary": "",
        "documents": [{"title": "", "text": open(os.path.join(FIXTURES, d), encoding="utf-8").read()} for d in st["documents"]],
    } for st in stories))
    return stories, path


def fixtures_pass(bin_, out, params, stories, path):
    """tests/documents.rs's check of 5 sentences per story: no pair of `repeats`, no question,
    nothing of a debris line."""
    p = os.path.join(out, "fixtures-pred.jsonl")
    run(bin_, [path, "--documents", "--sentences", "5", "--documents-params", json.dumps(params), "--out", p])
    got = read(p)
    norm = lambda x: " ".join(x.split())
    for st in stories:
        g = [norm(x) for x in got[st["name"]]]
        if any(norm(a) in g and norm(b) in g for a, b in st["repeats"]):
            return False
        if any(norm(q) in g for q in st["questions"]):
            return False
        if any(x in norm(line) for line in st["debris"] for x in g):
            return False
    return True


def choose(bin_, out, grid_path):
    clusters, docs, one = inputs(out)
    stories, fx = fixtures_jsonl(out)
    grid = json.load(open(grid_path, encoding="utf-8"))
    ids = [c["id"] for c in clusters]
    fold = {i: mdlib.fold_of(i) for i in ids}
    results = []
    # Each configuration's figures are kept (by its JSON) in DIR/choose-cache.json: a grid run
    # again, or grown, measures only what is new. Delete it after changing the engine.
    cache_path = os.path.join(out, "choose-cache.json")
    cache = json.load(open(cache_path, encoding="utf-8")) if os.path.exists(cache_path) else {}
    for n, params in enumerate(grid):
        key = json.dumps(params, sort_keys=True)
        if key not in cache:
            paths = mode_runs(bin_, docs, out, "grid", params)
            cache[key] = (evaluate(clusters, read(paths["budget"])), evaluate(clusters, read(paths["s5"])),
                          fixtures_pass(bin_, out, params, stories, fx))
            json.dump(cache, open(cache_path, "w", encoding="utf-8"))
        b, s5, ok = cache[key]
        results.append((params, b, s5, ok))
        print("%d/%d %s: R2 %.2f, 5 sentences %.2f, same-fact %.1f %%, stories %s" % (
            n + 1, len(grid), json.dumps(params), mean(b[i][1] for i in ids), mean(s5[i][1] for i in ids),
            100 * mean(s5[i][3] for i in ids), "pass" if ok else "FAIL"), file=sys.stderr)
    base = {k: evaluate(clusters, read(p)) for k, p in baselines(bin_, docs, one, out).items()}
    held, held5 = {}, {}
    lines = [
        "| fold | clusters | chosen on the other four | LEAD | as one text | chosen | - LEAD | - as one text | - shipped | 5 sentences | same-fact pair |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for f in range(mdlib.FOLDS):
        train = [i for i in ids if fold[i] != f]
        test = [i for i in ids if fold[i] == f]

        def fit(r):
            _, b, s5, ok = r
            return (ok and mean(s5[i][3] for i in train) <= 0.05, mean(b[i][1] for i in train))

        best = max(results, key=fit)
        for i in test:
            held[i], held5[i] = best[1][i], best[2][i]
        m = lambda rows: mean(rows[i][1] for i in test)
        got, lead, one_ = m(held), m(base["lead", "budget"]), m(base["one", "budget"])
        lines.append("| %d | %d | %s | %.2f | %.2f | %.2f | %+.2f | %+.2f | %+.2f | %.2f | %.1f %% |" % (
            f, len(test), "the shipped constants" if best[0] == {} else json.dumps(best[0]), lead, one_, got,
            got - lead, got - one_, got - m(results[0][1]), m(held5), 100 * mean(held5[i][3] for i in test)))
    m = lambda rows: mean(rows[i][1] for i in ids)
    got, lead, one_ = m(held), m(base["lead", "budget"]), m(base["one", "budget"])
    lines.append("| all | %d | | %.2f | %.2f | %.2f | %+.2f | %+.2f | %+.2f | %.2f | %.1f %% |" % (
        len(ids), lead, one_, got, got - lead, got - one_, got - m(results[0][1]), m(held5),
        100 * mean(held5[i][3] for i in ids)))
    lines += ["", "Paired bootstrap of the held-out ROUGE-2 (2,000 resamples of the clusters):", ""]
    for name, other in (("LEAD", base["lead", "budget"]), ("as one text", base["one", "budget"]), ("the shipped constants", results[0][1])):
        mu, lo, hi, p = mdlib.bootstrap([held[i][1] - other[i][1] for i in ids])
        lines.append("- chosen by CV - %s: %+.2f [%+.2f, %+.2f] (share of resamples <= 0: %.3f)" % (name, mu, lo, hi, p))
    for name, other in (("LEAD", base["lead", "s5"]), ("as one text", base["one", "s5"])):
        mu, lo, hi, p = mdlib.bootstrap([held5[i][1] - other[i][1] for i in ids])
        lines.append("- 5 sentences, chosen by CV - %s: %+.2f [%+.2f, %+.2f] (share of resamples <= 0: %.3f)" % (name, mu, lo, hi, p))
    print("\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "tomtat"))
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "quality", "multidoc"))
    ap.add_argument("--choose", metavar="GRID.json")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    if a.choose:
        choose(a.bin, a.out, a.choose)
    else:
        report(a.bin, a.out)


if __name__ == "__main__":
    main()
