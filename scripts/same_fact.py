#!/usr/bin/env python3
"""The measure of a repeat of issue 25: do two summary sentences state the same fact?

  python3 scripts/same_fact.py PRED.jsonl [PRED2.jsonl ...]   # share of summaries with a pair
  python3 scripts/same_fact.py --test                         # the unit checks below

Two sentences state the same fact when the smaller one's content syllables appear in the other
for at least 60 % of them AND at least 40 % of its content-syllable bigrams do (issue 25, "The
measure of a repeat"). As written here:

- A sentence's tokens are its numbers (digits, with the separators inside them: "21/10",
  "1.500", "8,3") and its syllables (runs of letters), NFC, lower case. "23h" is "23" and "h".
- Its content syllables are its tokens without the function words of the issue
  (FUNCTION_WORDS: và, của, là, có, được, cho, các, những, một, này, đã, sẽ, với, trong).
  With `extended=True` the single-syllable entries of the project's stopword list
  (src/data/stopwords.txt, 262 of them: "ông", "ngày", "tháng", "người", "tại", "theo"…) are
  function words too; the issue's measure is the default, the judge of the goals.
- Its content-syllable bigrams are the pairs of consecutive content syllables once the function
  words are taken out ("Nga và Ấn Độ" gives "nga ấn", "ấn độ"), so that a function word put in
  or left out does not break a pair.
- Both shares are counted on distinct syllables and distinct bigrams. "The smaller" is the one
  with fewer distinct content syllables (ties: the first given). A sentence without content
  syllables states no fact; one without a bigram (a single content syllable) passes the bigram
  test only if the other sentence holds its one syllable (it is then a fragment of it).

A summary "holds a same-fact pair" when any two of its sentences state the same fact.
Importable: `same_fact(a, b)`, `pairs(sentences)`, `has_pair(sentences)`.
"""
import json
import os
import re
import sys
import unicodedata

FUNCTION_WORDS = frozenset(
    "và của là có được cho các những một này đã sẽ với trong".split()
)
SHARE_SYLLABLES = 0.6
SHARE_BIGRAMS = 0.4

TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*|[^\W\d_]+")
STOPWORDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "data", "stopwords.txt")


def _extended():
    words = set(FUNCTION_WORDS)
    for line in open(STOPWORDS, encoding="utf-8"):
        line = unicodedata.normalize("NFC", line.strip().lower())
        if line and not line.startswith("#") and " " not in line:
            words.add(line)
    return frozenset(words)


_EXTENDED = None


def function_words(extended=False):
    global _EXTENDED
    if not extended:
        return FUNCTION_WORDS
    if _EXTENDED is None:
        _EXTENDED = _extended()
    return _EXTENDED


def tokens(sentence):
    """Numbers and syllables, NFC, lower case."""
    return TOKEN.findall(unicodedata.normalize("NFC", sentence).lower())


def content(sentence, extended=False):
    """The sentence's content syllables, in order (function words taken out)."""
    stop = function_words(extended)
    return [t for t in tokens(sentence) if t not in stop]


class Facts:
    """A sentence's distinct content syllables and content-syllable bigrams."""

    __slots__ = ("syllables", "bigrams")

    def __init__(self, sentence, extended=False):
        c = content(sentence, extended) if isinstance(sentence, str) else list(sentence)
        self.syllables = frozenset(c)
        self.bigrams = frozenset(zip(c, c[1:]))


def same_fact(a, b, extended=False):
    """Whether sentences a and b (strings, or `Facts`) state the same fact."""
    fa = a if isinstance(a, Facts) else Facts(a, extended)
    fb = b if isinstance(b, Facts) else Facts(b, extended)
    small, big = (fa, fb) if len(fa.syllables) <= len(fb.syllables) else (fb, fa)
    if not small.syllables:
        return False
    if len(small.syllables & big.syllables) < SHARE_SYLLABLES * len(small.syllables):
        return False
    if not small.bigrams:
        return True
    return len(small.bigrams & big.bigrams) >= SHARE_BIGRAMS * len(small.bigrams)


def pairs(sentences, extended=False):
    """The pairs (i, j), i < j, of sentences that state the same fact."""
    facts = [Facts(s, extended) for s in sentences]
    return [
        (i, j)
        for i in range(len(facts))
        for j in range(i + 1, len(facts))
        if same_fact(facts[i], facts[j])
    ]


def has_pair(sentences, extended=False):
    return bool(pairs(sentences, extended))


def share_with_pair(summaries, extended=False):
    """The share of summaries (lists of sentences) holding a same-fact pair."""
    summaries = list(summaries)
    return sum(has_pair(s, extended) for s in summaries) / max(1, len(summaries))


def _check():
    # Two outlets' words for one fact: names, place, date and the event are shared.
    a = "Đêm 12/8, Công an phường Hoàng Liệt nhận tin báo có người tử vong trong căn hộ tầng 23 của chung cư."
    b = "Khoảng 23h ngày 12/8, Công an phường Hoàng Liệt nhận được tin báo về một người tử vong bất thường tại căn hộ tầng 23."
    assert same_fact(a, b), "one fact in two outlets' words"
    # The same event, told with different facts: different numbers, places, people.
    c = "Sáng 13/8, cơ quan điều tra đã khám nghiệm hiện trường và đưa thi thể đi giám định."
    assert not same_fact(a, c), "two facts of one story"
    # A short sentence that is a fragment of a longer one (all of it is in the other).
    d = "Ông Nguyễn Văn Bình được bầu làm Chủ tịch tỉnh Hà Sơn."
    e = "Tại kỳ họp sáng nay, ông Nguyễn Văn Bình được bầu làm Chủ tịch tỉnh Hà Sơn với 45/47 phiếu tán thành."
    assert same_fact(d, e) and same_fact(e, d), "a fragment and its whole, either way round"
    # Shared words but another fact: the syllables agree (60 %) but the pairs do not (40 %).
    f = "Đội Hà Sơn thắng đội Bình Giang 3-1 ở sân nhà, còn đội Lam Kinh hòa 0-0."
    g = "Ở sân Lam Kinh, đội nhà thắng 3-0 trước Bình Giang, Hà Sơn hòa 1-1."
    fs, gs = Facts(f), Facts(g)
    assert len(fs.syllables & gs.syllables) >= 0.6 * len(gs.syllables)
    assert not same_fact(f, g), "the same words in another order state another fact"
    # The measure's limit: swapped words whose pairs survive count as one fact (2 of 5 pairs).
    assert same_fact("Giá xăng tăng mạnh, giá dầu giảm nhẹ từ chiều nay.", "Từ chiều nay dầu tăng mạnh còn xăng giảm nhẹ giá.")
    # Function words put in or left out do not hide a repeat.
    h = "Thủ tướng Ấn Độ và Tổng thống Nga gặp nhau tại Moscow ngày 21/10."
    i = "Thủ tướng Ấn Độ đã gặp Tổng thống Nga tại Moscow trong ngày 21/10."
    assert same_fact(h, i)
    # Numbers are whole tokens: "21/10" is not "21" and "10".
    assert tokens("ngày 21/10, 1.500 người, 8,3% và 23h") == ["ngày", "21/10", "1.500", "người", "8,3", "và", "23", "h"]
    assert content("Đây là một câu của những người đã có mặt") == ["đây", "câu", "người", "mặt"]
    assert content("Đây là một câu của những người đã có mặt", extended=True) == ["câu", "mặt"]
    # A sentence without content states no fact; NFD text is read as NFC.
    assert not same_fact("Và của là có.", "Và của là có được.")
    assert same_fact(unicodedata.normalize("NFD", a), a)
    # A summary: the pair is found among three sentences, in either order.
    assert pairs([a, c, b]) == [(0, 2)]
    assert share_with_pair([[a, c], [a, b], [d]]) == 1 / 3
    print("same_fact: all checks pass")


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    if args == ["--test"]:
        _check()
        return
    for path in args:
        sums = []
        for line in open(path, encoding="utf-8"):
            if line.strip():
                sums.append([s for s in json.loads(line)["summary"].split("\n") if s.strip()])
        print(
            "%s: %d summaries, %.1f %% with a same-fact pair (%.1f %% with the extended function words)"
            % (path, len(sums), 100 * share_with_pair(sums), 100 * share_with_pair(sums, extended=True))
        )


if __name__ == "__main__":
    main()
