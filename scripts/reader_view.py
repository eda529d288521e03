#!/usr/bin/env python3
"""The reader's view of short summaries: how many hold two sentences that say the same thing
or a question / an interviewer's turn, and their ROUGE (not cut to a budget) next to LEAD's.

  python3 scripts/reader_view.py DATASET.jsonl LEAD.jsonl SYSTEM.jsonl [SYSTEM.jsonl ...]

Each prediction file is JSONL {id, summary}, one sentence a line (`tomtat eval --sentences 3`).
A repeated pair: two sentences whose syllable bigrams overlap by at least half of the smaller
one's (the rule of src/select/repeats.rs, measured here on the output). A question: a sentence ending in "?" (before closing quotes
or brackets), or starting with "Phóng viên:", "PV:", "Hỏi:", "Câu hỏi:".
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cvlib import rouge_vi  # noqa: E402

# Two sentences whose syllable bigrams overlap this much (shared / the smaller count) say the
# same thing.
CONTAINMENT = 0.5
ASKER = re.compile(r"^[\s\-–—•*\"“(\[]*(phóng viên|pv|p\.v|hỏi|câu hỏi|nhà báo)\s*:", re.I)


def bigrams(toks):
    return set(zip(toks, toks[1:]))


def repeats(a, b):
    """Whether two sentences (their bigram sets) say the same thing."""
    return bool(a and b) and len(a & b) >= CONTAINMENT * min(len(a), len(b))


def asks(sentence):
    """A question or an interviewer's turn."""
    s = sentence.rstrip(" \t\"'”’)»]")
    return s.endswith("?") or bool(ASKER.match(sentence))


def view(refs, path):
    preds = {d["id"]: d["summary"] for d in map(json.loads, open(path, encoding="utf-8"))}
    n = rep = q = 0
    r = [0.0, 0.0, 0.0]
    for i, ref in refs.items():
        sents = [s for s in preds.get(i, "").split("\n") if s.strip()]
        n += 1
        bis = [bigrams(rouge_vi.tokenize(s)) for s in sents]
        rep += any(repeats(a, b) for k, a in enumerate(bis) for b in bis[k + 1:])
        q += any(asks(s) for s in sents)
        sc = rouge_vi.score("\n".join(sents), ref)
        for k, m in enumerate(("rouge1", "rouge2", "rougeL")):
            r[k] += sc[m][2]
    return n, 100 * rep / n, 100 * q / n, [100 * x / n for x in r]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    refs = {d["id"]: d["summary"] for d in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
    print("| system | summaries | with a repeated pair | with a question | ROUGE-1 | ROUGE-2 | ROUGE-L |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path in sys.argv[2:]:
        n, rep, q, r = view(refs, path)
        name = os.path.basename(path).rsplit(".", 1)[0]
        print(f"| {name} | {n} | {rep:.1f} % | {q:.1f} % | {r[0]:.2f} | {r[1]:.2f} | {r[2]:.2f} |")


if __name__ == "__main__":
    main()
