#!/usr/bin/env python3
"""How many of tomtat's keywords are whole words or whole names of their article.

    python3 scripts/keyword_quality.py [DATASET.jsonl|.jsonl.gz] [--sample N] [--joined] [--show K]

words.tsv.gz is read from the dataset's folder. Each article is given as a pasted page would have it: its title, an empty line, the article
(`tomtat keywords --title-in-text`; with --joined the article's lines are joined by spaces). Each
keyword `term` is then checked against `words.tsv.gz` (the multi-syllable words the corpus's own
segmenter joined) and the capitalized runs of the article. A keyword counts as whole when it is

  (a) a word of words.tsv.gz of two syllables or more ("tử vong", "tổng bí thư"); or
  (b) a name: somewhere in the article its syllables stand in one phrase (no punctuation
      between), all capitalized, except that the last ones may be the lower-case end of a word
      of words.tsv.gz begun by a capitalized syllable ("Bộ Tài chính", "Tổng Bí thư"); the
      syllable before is not capitalized, or opens the sentence ("Ông Nguyễn Văn A"), or is an
      abbreviation in capitals ("TP Hà Nội"); the syllable after is not capitalized (unless the
      name ends in lower case: "Tổng Bí thư Tô Lâm"); or
  (c) one syllable that stands alone somewhere in the article: not inside a word of
      words.tsv.gz when the article's phrases are cut into its words longest first, left to right,
      and not inside a run of two or more capitalized syllables.

Syllables are compared case-folded, NFC, with the tone mark's placement folded ("hoà" = "hòa").
Prints the share of whole keywords, the share of articles whose keywords are all whole, the
most frequent keywords that are not, and (as a rough check of the ranking) the share of keywords
that the newsroom's summary of the article contains.
"""
import argparse
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = os.path.join(ROOT, "..", "shared", "eval")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
OPENERS = set(':"“‘\'([-–—•.!?…;\n')
TOKEN = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*")


def fold(s):
    """Case-folded NFC key with the tone mark moved to the end (as the engine folds)."""
    d = unicodedata.normalize("NFD", s.lower())
    tone = "".join(c for c in d if c in TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    return base + tone


def load_words(path):
    words = set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            w = line.split("\t")[0]
            words.add(tuple(fold(x) for x in w.split()))
    return words


def phrases(text):
    """The article's phrases: lists of (syllable, key, capitalized, opens a sentence)."""
    out, cur, prev_end = [], [], 0
    for m in TOKEN.finditer(text):
        gap = text[prev_end:m.start()]
        w = m.group()
        if cur and not gap.isspace():
            out.append(cur)
            cur = []
        opens = not cur and (prev_end == 0 or any(c in OPENERS for c in gap))
        cur.append((w, fold(w), w[0].isupper(), opens))
        prev_end = m.end()
    if cur:
        out.append(cur)
    return out


def all_caps(w):
    return sum(c.isalpha() for c in w) >= 2 and not any(c.islower() for c in w)


def analyse(text, words, longest):
    """Standalone syllables (rule c) and the phrases (for rule b)."""
    ph = phrases(text)
    alone = set()
    for p in ph:
        covered = [False] * len(p)
        i = 0
        while i < len(p):
            n = 1
            for k in range(min(longest, len(p) - i), 1, -1):
                if tuple(s[1] for s in p[i:i + k]) in words:
                    n = k
                    break
            if n > 1:
                for j in range(i, i + n):
                    covered[j] = True
            i += n
        i = 0
        while i < len(p):
            j = i
            while j < len(p) and p[j][2]:
                j += 1
            if j - i >= 2:
                for k in range(i, j):
                    covered[k] = True
            i = max(j, i + 1)
        for s, c in zip(p, covered):
            if not c:
                alone.add(s[1])
    return ph, alone


def is_name(key, ph, words, longest):
    n = len(key)
    for p in ph:
        keys = [s[1] for s in p]
        for i in range(len(p) - n + 1):
            if tuple(keys[i:i + n]) != key or not p[i][2]:
                continue
            caps = [s[2] for s in p[i:i + n]]
            last_cap = max(k for k in range(n) if caps[k])
            ok = all(caps[:last_cap + 1])
            if ok and last_cap < n - 1:
                # the lower-case end of a word begun by one of the capitalized syllables
                ok = any(tuple(keys[i + b:i + n]) in words for b in range(last_cap + 1))
            if not ok:
                continue
            before = p[i - 1] if i > 0 else None
            if before and before[2] and not before[3] and not all_caps(before[0]):
                continue
            after = p[i + n] if i + n < len(p) else None
            if after and after[2] and last_cap == n - 1:
                continue
            return True
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", default=os.path.join(EVAL, "dev.jsonl"))
    ap.add_argument("--sample", type=int, default=0, help="only the first N articles")
    ap.add_argument("--skip", type=int, default=0, help="after skipping the first S")
    ap.add_argument("--joined", action="store_true")
    ap.add_argument("--show", type=int, default=25, help="list the K most frequent non-whole keywords")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "tomtat"))
    args = ap.parse_args()
    words = load_words(os.path.join(os.path.dirname(os.path.abspath(args.data)), "words.tsv.gz"))
    longest = max(map(len, words))
    opener = gzip.open if args.data.endswith(".gz") else open
    arts = []
    with opener(args.data, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if line.strip() and i >= args.skip:
                arts.append(json.loads(line))
                if args.sample and len(arts) == args.sample:
                    break
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for a in arts:
            tmp.write(json.dumps(a, ensure_ascii=False) + "\n")
    cmd = [args.bin, "keywords", tmp.name, "--title-in-text"] + (["--joined"] if args.joined else [])
    rows = [json.loads(l) for l in subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()]
    os.unlink(tmp.name)
    total = whole = all_whole = parts = in_summary = 0
    bad = collections.Counter()
    for a, r in zip(arts, rows):
        assert a["id"] == r["id"]
        text = a["title"] + "\n\n" + a["article"]
        if args.joined:
            text = a["title"] + "\n\n" + " ".join(l.strip() for l in a["article"].splitlines())
        ph, alone = analyse(text, words, longest)
        keys = [tuple(fold(x) for x in k["term"].split()) for k in r["keywords"]]
        summary = " " + " ".join(fold(w) for w in TOKEN.findall(a.get("summary", ""))) + " "
        in_summary += sum(" " + " ".join(k) + " " in summary for k in keys)
        ok_all = True
        for k, kw in zip(keys, r["keywords"]):
            total += 1
            ok = (len(k) >= 2 and k in words) or is_name(k, ph, words, longest) or (len(k) == 1 and k[0] in alone)
            whole += ok
            ok_all &= ok
            if not ok:
                bad[kw["term"]] += 1
            parts += any(len(k) < len(o) and any(o[i:i + len(k)] == k for i in range(len(o) - len(k) + 1)) for o in keys)
        all_whole += ok_all and bool(keys)
    print(f"articles {len(arts)}, keywords {total} ({total / max(1, len(arts)):.2f} per article)")
    print(f"whole words or names: {100 * whole / max(1, total):.1f} %")
    print(f"articles with every keyword whole: {100 * all_whole / max(1, len(arts)):.1f} %")
    print(f"keywords part of another shown: {parts}")
    print(f"keywords found in the newsroom's summary: {100 * in_summary / max(1, total):.1f} %")
    if args.show:
        print("most frequent keywords that are not whole:", ", ".join(f"{t} ({n})" for t, n in bad.most_common(args.show)))


if __name__ == "__main__":
    main()
