#!/usr/bin/env python3
"""Baselines of today's engine on the other kinds of text (issue 24): length-fair ROUGE-1/2/L of
LEAD and tomtat, and the paired bootstrap of tomtat - LEAD (ROUGE-2), per setting.

  python3 scripts/genre_eval.py [--bin target/release/tomtat] [--out target/genres/eval]
                                [--sets viwiki,healthfaq,news] [--news-sample 3000]

Settings, as `tomtat eval --words-from-reference` runs them:
  lines   the article as given (encyclopedia: section headings are lines of their own);
  joined  its lines joined by one space (as text pasted without line breaks);
and for each, the title given as the `title` option, the title as the text's first line
(`--title-in-text`) and no title (`--no-title`). healthfaq has no title: only "no title" (its
texts are one paragraph, so lines and joined are the same).

LEAD is `tomtat eval --lead` (the first units that are not boilerplate, up to the budget). Every
prediction is cut after as many syllables as its reference has (rouge_vi.py --budget).
The numbers are of the whole file: the engine was fitted on news only, so none of these records
was seen by its model (for news, `--news-sample` train articles were: use scripts/genre_cv.py).
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cvlib  # noqa: E402
import genrelib  # noqa: E402
from cvlib import rouge_vi  # noqa: E402

GENRES = os.path.join(cvlib.EVAL, "genres")
SETS = {
    "viwiki": os.path.join(GENRES, "viwiki.jsonl.gz"),
    "healthfaq": os.path.join(GENRES, "healthfaq.jsonl.gz"),
    "news": os.path.join(cvlib.EVAL, "train.jsonl.gz"),
}
TITLES = [("title given", []), ("title as first line", ["--title-in-text"]), ("no title", ["--no-title"])]


def plain(name, src, out, sample):
    """The set as plain JSONL (tomtat eval reads no gzip); news: its first `sample` records."""
    path = os.path.join(out, name + ".jsonl")
    if not os.path.exists(path):
        with cvlib.open_text(src) as f, open(path, "w", encoding="utf-8") as g:
            for k, line in enumerate(f):
                if name == "news" and k >= sample:
                    break
                g.write(line)
    return path


def per_doc(refs, pred_path):
    """id -> (R1, R2, RL) F1 x100, length-fair."""
    out = {}
    for line in open(pred_path, encoding="utf-8"):
        d = json.loads(line)
        ref = refs[d["id"]]
        out[d["id"]] = genrelib.rouge3(rouge_vi.tokenize(d["summary"]), ref)
    return out


def run(binary, data, pred, flags):
    if not os.path.exists(pred):
        subprocess.run([binary, "eval", data, "--words-from-reference", "--out", pred, *flags], check=True)
    return pred


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "target", "release", "tomtat"))
    ap.add_argument("--out", default=os.path.join(HERE, "..", "target", "genres", "eval"))
    ap.add_argument("--sets", default="viwiki,healthfaq")
    ap.add_argument("--news-sample", type=int, default=3000)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    print("| set | text given as | system | ROUGE-1 | ROUGE-2 | ROUGE-L | - LEAD, ROUGE-2 [95% CI] |")
    print("| --- | --- | --- | ---: | ---: | ---: | --- |")
    for name in a.sets.split(","):
        data = plain(name, SETS[name], a.out, a.news_sample)
        refs = {i: art["ref"] for i, art in cvlib.load_articles(data).items()}
        variants = [("lines", [])] if name == "healthfaq" else [("lines", []), ("joined", ["--joined"])]
        titles = TITLES[2:] if name == "healthfaq" else TITLES
        for variant, vflags in variants:
            lead = per_doc(refs, run(a.bin, data, os.path.join(a.out, f"{name}-lead-{variant}.jsonl"), ["--lead", *vflags]))
            ids = sorted(lead)
            m = [sum(lead[i][k] for i in ids) / len(ids) for k in range(3)]
            print(f"| {name} ({len(ids)}) | {variant} | LEAD | {m[0]:.2f} | {m[1]:.2f} | {m[2]:.2f} | |")
            for tname, tflags in titles:
                tag = tname.replace(" ", "-")
                sysd = per_doc(refs, run(a.bin, data, os.path.join(a.out, f"{name}-tomtat-{tag}-{variant}.jsonl"), [*tflags, *vflags]))
                m = [sum(sysd[i][k] for i in ids) / len(ids) for k in range(3)]
                d, lo, hi = cvlib.bootstrap([sysd[i][1] - lead[i][1] for i in ids])
                print(f"| | | tomtat, {tname} | {m[0]:.2f} | {m[1]:.2f} | {m[2]:.2f} | {d:+.2f} [{lo:+.2f}, {hi:+.2f}] |")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
