#!/usr/bin/env python3
"""Fits the document frequencies that tomtat embeds (src/data/idf.txt).

  python3 scripts/fit_idf.py ../shared/eval/train.jsonl.gz > src/data/idf.txt

Counts, for every syllable (NFC, lower case, runs of letters), in how many training articles
it appears, and writes idf = ln(N / df) rounded to steps of 0.25, syllables grouped by step.
Syllables seen in fewer than MIN_DF articles are left out: tomtat gives them one idf above the
table's largest. MIN_DF is 500 (1,347 syllables, 8 KB) rather than 20 (4,742 syllables, 28 KB):
the table is embedded in the .wasm, and on dev.jsonl ROUGE-2 did not drop (measured for MIN_DF
20, 50, 120, 250, 500: 16.41, 16.45, 16.45, 16.37, 16.48 lines; 16.46, 16.47, 16.45, 16.37,
16.50 joined; see docs/size.md).
Only statistics leave the corpus, never its text.
"""
import collections, gzip, json, math, re, sys, unicodedata

MIN_DF = 500
STEP = 0.25
TOKEN = re.compile(r"[^\W\d_]+")

def main():
    path = sys.argv[1]
    df = collections.Counter()
    n = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            text = unicodedata.normalize("NFC", d["title"] + "\n" + d["article"]).lower()
            df.update(set(TOKEN.findall(text)))
            n += 1
    buckets = collections.defaultdict(list)
    for w, c in df.items():
        if c >= MIN_DF and len(w) <= 12:
            buckets[round(math.log(n / c) / STEP)].append(w)
    print("# Inverse document frequencies of Vietnamese syllables. GENERATED: do not edit.")
    print("# Made by scripts/fit_idf.py from ../shared/eval/train.jsonl.gz (VietNews, %d articles)," % n)
    print("# syllables in at least %d articles. Each line: idf in steps of %s, then its syllables." % (MIN_DF, STEP))
    print("# N %d" % n)
    for q in sorted(buckets):
        print(q, " ".join(sorted(buckets[q])))

main()
