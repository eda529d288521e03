#!/usr/bin/env python3
"""How often tomtat's sentence boundaries agree with the corpus's lines.

  python3 scripts/split_agreement.py [../shared/eval/dev.jsonl] [--show N]

Joins each article's lines with one space (as pasted text has no line breaks), splits it with
`tomtat sentences --json`, and compares the boundaries: a corpus boundary is the end of a line,
a tomtat boundary the end of a unit. Prints precision, recall and F1 of tomtat's boundaries
against the corpus's, and with --show N, N disagreements of each kind to read.
"""
import json, os, random, subprocess, sys

def main():
    args = sys.argv[1:]
    show = 0
    if "--show" in args:
        i = args.index("--show"); show = int(args[i + 1]); del args[i:i + 2]
    path = args[0] if args else os.path.join(os.environ.get("TOMTAT_EVAL_DIR") or "../shared/eval", "dev.jsonl")
    if not os.path.exists(path):
        sys.exit(f"split_agreement: needs the evaluation corpus {path} (not found); put the VietNews "
                 "dev.jsonl there or set TOMTAT_EVAL_DIR (README: Data and licences)")
    tp = fp = fn = 0
    missed, extra = [], []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        lines = [l.strip() for l in d["article"].split("\n") if l.strip()]
        text = " ".join(lines)
        gold, pos = set(), 0
        for l in lines[:-1]:
            pos += len(l.encode("utf-8"))
            gold.add(pos)
            pos += 1
        out = subprocess.run(["target/release/tomtat", "sentences", "--json"], input=text.encode("utf-8"),
                             capture_output=True, check=True).stdout
        units = json.loads(out)
        ours = {u["end"] for u in units[:-1]}
        b = text.encode("utf-8")
        ctx = lambda p: (b[max(0, p - 40):p].decode("utf-8", "replace") + " ‖ " + b[p:p + 30].decode("utf-8", "replace"))
        tp += len(gold & ours); fp += len(ours - gold); fn += len(gold - ours)
        missed += [ctx(p) for p in gold - ours]
        extra += [ctx(p) for p in ours - gold]
    p = tp / (tp + fp); r = tp / (tp + fn)
    print("boundaries: corpus %d, tomtat %d, agreeing %d" % (tp + fn, tp + fp, tp))
    print("precision %.3f  recall %.3f  F1 %.3f" % (p, r, 2 * p * r / (p + r)))
    rnd = random.Random(0)
    for name, xs in (("corpus boundary tomtat did not make", missed), ("tomtat boundary the corpus did not make", extra)):
        if show:
            print("\n## %s (%d)" % (name, len(xs)))
            for x in rnd.sample(xs, min(show, len(xs))):
                print("  " + x.replace("\n", " "))

main()
