//! Cutting a text into syllables: the words UAX #29 finds, each with its id, its number in
//! the text and its flags, most of them straight from the token cache; then the stopwords.

use super::hash::{bigram, word_id};
use super::lexicon::{Lexicon, Vocab, LEXICON, PREFIX, STOP};
use super::stopwords::stopwords;
use super::tokens::{cache_key, Known, Shape, OTHER_SHAPE, TOKEN_BYTES, WORD_SHAPE};
use super::Syllable;
use crate::text::{is_latin_letter, is_space};

/// The syllables of `text[start..end]`, with offsets into `text`. Offsets are `u32`: only the
/// syllables that end in the first 4 GiB of `text` are given.
pub(crate) fn syllables(text: &str, start: usize, end: usize) -> Vec<Syllable> {
    let mut out = Vec::new();
    let mut end = end.min(text.len()).min(u32::MAX as usize);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if start < end {
        syllables_into(text, start, end, &mut out, &mut Vocab::for_part());
    }
    out
}

/// As [`syllables`], appending to `out` and numbering the syllables in `vocab`.
pub(crate) fn syllables_into(
    text: &str,
    start: usize,
    end: usize,
    out: &mut Vec<Syllable>,
    vocab: &mut Vocab,
) {
    LEXICON.with(|lex| syllables_with(text, start, end, out, vocab, &mut lex.borrow_mut()));
}

fn syllables_with(
    text: &str,
    start: usize,
    end: usize,
    out: &mut Vec<Syllable>,
    vocab: &mut Vocab,
    lex: &mut Lexicon,
) {
    let part = &text[start..end];
    let first = out.len();
    let mut add = Appender {
        part,
        start,
        first,
        prev_end: 0,
        out,
        vocab,
    };
    if !words_by_token(part, lex, &mut add) {
        // The first word pushed again is not joined, so `prev_end` needs no reset.
        add.out.truncate(first);
        for (i, w) in crate::text::segment::words(part) {
            add.word(lex, i, w);
        }
    }
    mark_stopwords(&mut out[first..], vocab);
}

/// What [`words_by_token`] hands each word to.
trait WordSink {
    /// The word of `len` bytes at `i`, with what its token's shape knows of it.
    fn known(&mut self, lex: &mut Lexicon, i: usize, len: usize, k: Known);
    /// As [`WordSink::known`], out of line: for the paths taken by few words (new tokens,
    /// long ones), so that `known` is inlined only into the loop over cached tokens (each copy
    /// costs the .wasm bytes).
    #[inline(never)]
    fn known_out_of_line(&mut self, lex: &mut Lexicon, i: usize, len: usize, k: Known) {
        self.known(lex, i, len, k);
    }
    /// The word `w` at `i`, found by the segmenter.
    fn word(&mut self, lex: &mut Lexicon, i: usize, w: &str);
}

/// Appends the syllables of `part` (at `start` in its text) to `out`, whose first syllable
/// of `part` is at `first`, numbering them in `vocab`; `prev_end` is where the last word
/// pushed ended in `part`.
struct Appender<'a> {
    part: &'a str,
    start: usize,
    first: usize,
    prev_end: usize,
    out: &'a mut Vec<Syllable>,
    vocab: &'a mut Vocab,
}

impl WordSink for Appender<'_> {
    /// Inlined into the token loop: a call per syllable, with the shape passed through
    /// memory, would cost more than what it does.
    #[inline(always)]
    fn known(&mut self, lex: &mut Lexicon, i: usize, len: usize, k: Known) {
        let sid = self.vocab.number(lex, k.sid, k.id);
        let joined = self.out.len() > self.first && self.space_before(i);
        self.out.push(Syllable {
            start: (self.start + i) as u32,
            end: (self.start + i + len) as u32,
            id: k.id,
            sid,
            stop: false,
            joined,
            alphabetic: k.alphabetic,
            upper: k.upper,
        });
        self.prev_end = i + len;
    }

    /// Pushes the word if it has a letter or a digit (its id, number and flags made here).
    #[inline(never)]
    fn word(&mut self, lex: &mut Lexicon, i: usize, w: &str) {
        if !w.chars().any(char::is_alphanumeric) {
            return;
        }
        let id = word_id(w);
        let k = Known {
            id,
            sid: lex.number(id),
            alphabetic: w.chars().any(char::is_alphabetic),
            upper: w.chars().next().is_some_and(char::is_uppercase),
        };
        self.known_out_of_line(lex, i, w.len(), k);
    }
}

impl Appender<'_> {
    /// Only white space between the last word pushed and `i`: mostly one space, no need to
    /// decode.
    #[inline(always)]
    fn space_before(&self, i: usize) -> bool {
        let gap = &self.part.as_bytes()[self.prev_end..i];
        gap == b" " || self.part[self.prev_end..i].chars().all(is_space)
    }
}

/// Hands `sink` each word of `part` exactly as `unicode_word_indices` (UAX #29) finds them,
/// without running the segmenter on most tokens: by [`WordSink::known`] with what the token's
/// shape knows of the word (id, lexicon number, letter, upper case), or by [`WordSink::word`]
/// for the words of a token the segmenter cut. Returns false, after handing over some words,
/// when a token's words depend on the white space around it; the caller then starts over with
/// the segmenter on all of `part`.
///
/// Tokens are the runs between ASCII white space, where UAX #29 always breaks, except that it
/// glues combining marks and format characters onto the space before them (WB4) and joins a
/// Unicode space with an ASCII one (WB3d). A token that starts with an ASCII character or a
/// Latin letter and holds no Unicode space is therefore segmented the same on its own.
fn words_by_token(part: &str, lex: &mut Lexicon, sink: &mut impl WordSink) -> bool {
    let b = part.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        if b[pos].is_ascii_whitespace() {
            pos += 1;
            continue;
        }
        let s = pos;
        pos = token_end(b, s);
        let bytes = cache_key(b, s, pos);
        if pos - s <= TOKEN_BYTES {
            // Most tokens were met before: a word is pushed straight from the cache's entry,
            // not through [`Lexicon::shape`] and a `Shape` (moving them through memory).
            match lex.tokens.get(bytes, pos - s) {
                Some(t) if t.kind & WORD_SHAPE != 0 => {
                    let (a, z) = (usize::from(t.a), usize::from(t.z));
                    sink.known(lex, s + a, z - a, t.known());
                    continue;
                }
                Some(t) if t.kind != OTHER_SHAPE => continue,
                _ => {}
            }
        }
        let token = &part[s..pos];
        match lex.shape(token, bytes) {
            Shape::Word(a, z, known) => sink.known_out_of_line(lex, s + a, z - a, known),
            Shape::NoWord => {}
            Shape::Other => {
                let safe_start = token.starts_with(|c: char| c.is_ascii() || is_latin_letter(c));
                if !safe_start || token.chars().any(is_unicode_space) {
                    return false;
                }
                for (i, w) in crate::text::segment::words(token) {
                    sink.word(lex, s + i, w);
                }
            }
        }
    }
    true
}

/// Where the token that starts at `b[s]` ends: at the next ASCII white space, or the end.
/// Eight bytes at a time (a token is five or six bytes of Vietnamese): the first byte below
/// 0x21 in a word is found exactly by the borrow trick (bytes past it may show falsely), then
/// checked, since control characters other than white space are below 0x21 too.
#[inline(always)]
fn token_end(b: &[u8], s: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut pos = s;
    while let Some(chunk) = b.get(pos..).and_then(|t| t.first_chunk::<8>()) {
        let x = u64::from_le_bytes(*chunk);
        let below = x.wrapping_sub(ONES * 0x21) & !x & (ONES * 0x80);
        if below == 0 {
            pos += 8;
            continue;
        }
        let k = pos + (below.trailing_zeros() / 8) as usize;
        if b[k].is_ascii_whitespace() {
            return k;
        }
        pos = k + 1;
    }
    while pos < b.len() && !b[pos].is_ascii_whitespace() {
        pos += 1;
    }
    pos
}

/// The spaces of word-break class WSegSpace other than the ASCII space.
fn is_unicode_space(c: char) -> bool {
    matches!(c, '\u{1680}' | '\u{2000}'..='\u{2006}' | '\u{2008}'..='\u{200A}' | '\u{205F}' | '\u{3000}')
}

/// Marks the syllables that belong to a stopword, trying the longest n-gram first.
fn mark_stopwords(syls: &mut [Syllable], vocab: &Vocab) {
    let sw = stopwords();
    let mut i = 0;
    while i < syls.len() {
        let flags = vocab.flags[syls[i].sid as usize];
        let mut matched = usize::from(flags & STOP != 0);
        if flags & PREFIX != 0 {
            // Longer n-grams, as long as what is read so far begins one.
            let mut id = syls[i].id;
            let mut n = 1;
            while n < sw.longest && i + n < syls.len() && syls[i + n].joined {
                id = bigram(id, syls[i + n].id);
                n += 1;
                if sw.grams.contains(id) {
                    matched = n;
                }
                if !sw.prefixes.contains(id) {
                    break;
                }
            }
        }
        if matched == 0 {
            i += 1;
        } else {
            for s in &mut syls[i..i + matched] {
                s.stop = true;
            }
            i += matched;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_have_offsets() {
        let t = "Tổng Bí thư, TP.HCM!";
        let s = syllables(t, 0, t.len());
        let words: Vec<&str> = s.iter().map(|x| &t[x.range()]).collect();
        assert_eq!(words, ["Tổng", "Bí", "thư", "TP.HCM"]);
        assert!(s[1].joined && s[2].joined && !s[3].joined);
    }

    #[test]
    fn multi_syllable_stopwords_are_marked() {
        let t = "tuy nhiên kinh tế vẫn tăng";
        let s = syllables(t, 0, t.len());
        let stop: Vec<bool> = s.iter().map(|x| x.stop).collect();
        assert_eq!(stop, [true, true, false, false, true, false]);
    }

    #[test]
    fn syllables_of_an_empty_or_reversed_range_are_none() {
        let t = "Hà Nội mùa thu";
        assert!(syllables(t, 4, 4).is_empty());
        assert!(syllables(t, 9, 2).is_empty());
        let all = syllables(t, 0, t.len());
        assert_eq!(all.len(), 4);
        assert_eq!(&t[all[1].range()], "Nội");
        // An end past the text is the text's end, however far.
        assert_eq!(syllables(t, 0, t.len() + 10), all);
        assert_eq!(syllables(t, 0, usize::MAX), all);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod segmentation_tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn segmenter(t: &str) -> Vec<(usize, &str)> {
        t.unicode_word_indices().collect()
    }

    /// The words `words_by_token` finds, with their offsets; what it knows of each is checked.
    struct Collect<'t> {
        text: &'t str,
        words: Vec<(usize, &'t str)>,
    }

    impl WordSink for Collect<'_> {
        fn known(&mut self, lex: &mut Lexicon, i: usize, len: usize, k: Known) {
            let w = &self.text[i..i + len];
            assert_eq!(k.id, word_id(w), "{w:?}");
            assert_eq!(k.alphabetic, w.chars().any(char::is_alphabetic), "{w:?}");
            let upper = w.chars().next().is_some_and(char::is_uppercase);
            assert_eq!(k.upper, upper, "{w:?}");
            self.word(lex, i, w);
        }

        fn word(&mut self, _: &mut Lexicon, i: usize, w: &str) {
            assert_eq!(&self.text[i..i + w.len()], w);
            self.words.push((i, &self.text[i..i + w.len()]));
        }
    }

    fn by_token(t: &str) -> Option<Vec<(usize, &str)>> {
        let mut c = Collect {
            text: t,
            words: Vec::new(),
        };
        words_by_token(t, &mut Lexicon::new(), &mut c).then_some(c.words)
    }

    /// Pieces that meet at the edges of the fast path: letters, marks, digits, punctuation,
    /// ASCII and Unicode spaces, format characters, emoji.
    const PIECES: &[&str] = &[
        "a", "Z", "7", "đ", "Ư", "ệ", "ß", "\u{301}", "\u{345}", "\u{323}", ".", ",", "'", ":",
        "_", "-", "/", "\"", "(", "…", " ", "  ", "\t", "\n", "\r\n", "\u{B}", "\u{A0}",
        "\u{2003}", "\u{3000}", "\u{200B}", "\u{200D}", "\u{AD}", "\u{FEFF}", "😀", "🇻🇳", "日本",
        "ا", "x̣", "TP.HCM", "1.000", "3,5", "don't", "“", "”", "‘", "’", "«", "»", "–", "—", "•",
        "don’t", "Đ", "ờ",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn words_by_token_agrees_with_the_segmenter(parts in proptest::collection::vec(0..PIECES.len(), 0..24)) {
            let t: String = parts.iter().map(|&i| PIECES[i]).collect();
            // WB3c, which the library's segmenter leaves out (src/text/segment.rs).
            prop_assume!(!t.contains("\u{200D}😀"));
            if let Some(v) = by_token(&t) {
                prop_assert_eq!(v, segmenter(&t));
            }
            let syls = syllables(&t, 0, t.len());
            let words: Vec<&str> = syls.iter().map(|s| &t[s.range()]).collect();
            let expected: Vec<&str> = segmenter(&t).into_iter().map(|(_, w)| w).collect();
            prop_assert_eq!(words, expected);
        }

        #[test]
        fn words_by_token_agrees_on_any_text(t in "\\PC{0,40}") {
            // WB3c, which the library's segmenter leaves out (src/text/segment.rs).
            prop_assume!(!t.contains('\u{200D}'));
            if let Some(v) = by_token(&t) {
                prop_assert_eq!(v, segmenter(&t));
            }
        }
    }

    #[test]
    fn vietnamese_text_takes_the_fast_path() {
        let t = "Ông Nguyễn Văn A (SN 1960, trú tại TP.HCM) nói: \"Tôi đồng ý\".";
        assert_eq!(by_token(t), Some(segmenter(t)));
    }
}
