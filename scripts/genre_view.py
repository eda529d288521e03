#!/usr/bin/env python3
"""The reader's view of 3-sentence summaries, per kind of text (issue 24).

  python3 scripts/genre_view.py [--bin target/release/tomtat] [--out target/genres/view]
                                [--sets viwiki,healthfaq,news] [--news-sample 3000]

For each set and setting it summarizes every record at 3 sentences (`tomtat eval --sentences
3`, and `--lead` for LEAD-3), finds the chosen sentences among the text's units (`tomtat
sentences --json`) and counts the summaries that hold:

- **a courtesy formula** (question posts): a sentence that is a formula and nothing else
  (genrelib.is_formula: a greeting with its address, thanks, a plea for advice, a sign-off, a
  signature "Nguyễn Văn A (1989)", "Câu hỏi ẩn danh", at most one syllable of anything else), or a
  sentence that holds a greeting, thanks, a sign-off, a signature or an anonymity label among
  other words ("Chào bác sĩ, em năm nay 30 tuổi."). A plea that carries the question ("Mong bác
  sĩ tư vấn giúp em thuốc X có ảnh hưởng gì không?") is the question, not a formula. Both
  counts are printed: "formula" (either), "formula unit" (the first kind only);
- **a dangling ":" line**: a sentence ending in ":" (before closing quotes or brackets) whose
  next unit in the text (the first that is not boilerplate) is not in the summary, or that is
  the text's last unit;
- **an orphan link opener**: a sentence opening with a link to the one before (genrelib.
  STRONG_LINKS: "Tuy nhiên", "Do đó", "Vì vậy", "Từ đó", "Trước đó", "Theo đó", "Cụ thể",
  "Nhưng", "Ngoài ra", …) whose predecessor, the text's previous sentence unit (headings and
  boilerplate skipped), is not in the summary; a sentence with no previous sentence in the text
  does not count. "first" counts the summaries whose first sentence opens with a link (and is
  not the text's first sentence).

Texts are given as `tomtat eval` gives them (lines or joined; title given, as the first line,
none). Needs no Python package beyond the standard library.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import genre_eval  # noqa: E402
import genrelib as g  # noqa: E402


def one_line(s):
    return " ".join(p.strip() for p in s.replace("\r", "\n").split("\n") if p.strip())


def texts(data, joined, title_in_text):
    """id -> the text as `tomtat eval` summarizes it (its --joined and --title-in-text)."""
    out = {}
    for line in open(data, encoding="utf-8"):
        if not line.strip():
            continue
        d = json.loads(line)
        t = d["article"]
        if joined:
            t = " ".join(x.strip() for x in t.split("\n"))
        if title_in_text and d.get("title"):
            t = d["title"] + "\n\n" + t
        out[d["id"]] = t
    return out


def units_of(binary, docs, cache):
    """id -> units ({index, start, end, text, kind}) by `tomtat sentences --json`, cached."""
    if os.path.exists(cache):
        return json.load(open(cache, encoding="utf-8"))
    out = {}
    for i, t in docs.items():
        r = subprocess.run([binary, "sentences", "--json"], input=t, capture_output=True, text=True)
        out[i] = json.loads(r.stdout) if r.returncode == 0 else []
    json.dump(out, open(cache, "w", encoding="utf-8"), ensure_ascii=False)
    return out


def chosen_of(units, summary):
    """The unit indexes of a summary's lines (in text order, as `tomtat eval` writes them)."""
    lines = [x for x in summary.split("\n") if x.strip()]
    out, k = [], 0
    for line in lines:
        while k < len(units) and one_line(units[k]["text"]) != line:
            k += 1
        if k == len(units):
            raise ValueError(f"summary line not found among the units: {line[:80]!r}")
        out.append(k)
        k += 1
    return out


def view(units, chosen):
    """The reader's-view flags of one summary: units ({text, kind}) and the chosen indexes."""
    ch = set(chosen)
    texts_ = [u["text"] for u in units]
    kinds = [u["kind"] for u in units]
    f = {"formula": False, "formula_unit": False, "colon": False, "link": False, "link_first": False}
    for c in chosen:
        t = texts_[c]
        unit_formula = g.is_formula(t)
        parts = g.formula_parts(t) - {"plea"}
        f["formula_unit"] |= unit_formula
        f["formula"] |= unit_formula or bool(parts)
        if g.colon_end(t):
            nxt = next((k for k in range(c + 1, len(units)) if kinds[k] != "boilerplate"), None)
            f["colon"] |= nxt is None or nxt not in ch
        if g.link_opener(t):
            prev = next((k for k in range(c - 1, -1, -1) if kinds[k] == "sentence"), None)
            if prev is not None and prev not in ch:
                f["link"] = True
                if c == min(chosen):
                    f["link_first"] = True
    return f


KEYS = [("formula", "formula"), ("formula_unit", "formula unit"), ("colon", "dangling \":\""),
        ("link", "orphan link"), ("link_first", "opens with a link")]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "target", "release", "tomtat"))
    ap.add_argument("--out", default=os.path.join(HERE, "..", "target", "genres", "view"))
    ap.add_argument("--sets", default="viwiki,healthfaq,news")
    ap.add_argument("--news-sample", type=int, default=3000)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    print("| set | text | system | summaries | " + " | ".join(k[1] for k in KEYS) + " |")
    print("| --- | --- | --- | ---: | " + " | ".join("---:" for _ in KEYS) + " |")
    for name in a.sets.split(","):
        data = genre_eval.plain(name, genre_eval.SETS[name], a.out, a.news_sample)
        variants = [("lines", [])] if name == "healthfaq" else [("lines", []), ("joined", ["--joined"])]
        titles = genre_eval.TITLES[2:] if name == "healthfaq" else genre_eval.TITLES
        for variant, vflags in variants:
            for tname, tflags in titles:
                tag = f"{variant}-{tname.replace(' ', '-')}"
                docs = texts(data, bool(vflags), "--title-in-text" in tflags)
                units = units_of(a.bin, docs, os.path.join(a.out, f"{name}-units-{variant}-{'intext' if tflags == ['--title-in-text'] else 'plain'}.json"))
                systems = [("tomtat", ["--sentences", "3"])]
                if tname == "no title":
                    systems.insert(0, ("LEAD-3", ["--lead"]))
                for sname, sflags in systems:
                    pred = os.path.join(a.out, f"{name}-{sname}-{tag}.jsonl")
                    if not os.path.exists(pred):
                        subprocess.run([a.bin, "eval", data, "--out", pred, *sflags, *tflags, *vflags], check=True)
                    counts = {k: 0 for k, _ in KEYS}
                    n = 0
                    for line in open(pred, encoding="utf-8"):
                        d = json.loads(line)
                        us = units[d["id"]]
                        if not us:
                            continue
                        f = view(us, chosen_of(us, d["summary"]))
                        n += 1
                        for k in counts:
                            counts[k] += f[k]
                    cells = " | ".join(f"{100 * counts[k] / max(n, 1):.1f} %" for k, _ in KEYS)
                    label = sname if sname == "LEAD-3" else f"tomtat, {tname}"
                    print(f"| {name} | {variant} | {label} | {n} | {cells} |")
                    sys.stdout.flush()


if __name__ == "__main__":
    main()
