//! Syllables, stopwords and terms.
//!
//! Vietnamese writes one syllable per "word" between spaces; words of the language are often
//! two to four syllables ("Tổng Bí thư", "đối tác chiến lược"). A unit's terms are its
//! syllables that are not stopwords and the bigrams of adjacent syllables in the same phrase
//! (no punctuation between) that are not stopwords either. Stopwords are matched on folded
//! syllables, longest n-gram first.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use unicode_segmentation::UnicodeSegmentation;

use crate::normalize::{fold_into, is_space};

/// A hash of a folded key. Terms are compared by these hashes only.
pub type TermId = u64;

/// A syllable of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Syllable {
    /// Byte offsets into the caller's text.
    pub start: usize,
    /// Byte offset just past the syllable.
    pub end: usize,
    /// Hash of the folded syllable.
    pub id: TermId,
    /// Part of a stopword (one to four syllables long).
    pub stop: bool,
    /// Only white space separates it from the syllable before (same phrase).
    pub joined: bool,
    /// Holds a letter (not only digits).
    pub alphabetic: bool,
}

/// Hashes folded keys: FNV-1a, then a final mix. Stable across platforms and builds.
pub fn hash_key(key: &str) -> TermId {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

/// The id of the syllable sequence `a b`.
pub fn bigram(a: TermId, b: TermId) -> TermId {
    mix(a.rotate_left(17) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// A hasher for keys that are already good hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b) ^ (self.0 >> 56);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Hash map and set keyed by [`TermId`].
pub type IdMap<V> = HashMap<TermId, V, BuildHasherDefault<IdHasher>>;
/// Hash set of [`TermId`].
pub type IdSet = HashSet<TermId, BuildHasherDefault<IdHasher>>;

/// The stopword list, embedded. See its header for source and licence.
const STOPWORDS: &str = include_str!("data/stopwords.txt");

struct Stopwords {
    /// Ids of stopword n-grams (n = 1..=4), combined as [`bigram`] chains.
    grams: IdSet,
    longest: usize,
}

fn stopwords() -> &'static Stopwords {
    static SET: OnceLock<Stopwords> = OnceLock::new();
    SET.get_or_init(|| {
        let mut grams = IdSet::default();
        let mut longest = 1;
        let mut key = String::new();
        for line in STOPWORDS.lines().filter(|l| !l.starts_with('#')) {
            let mut id = None;
            let mut n = 0;
            for syl in line.split_whitespace() {
                key.clear();
                fold_into(syl, &mut key);
                let h = hash_key(&key);
                id = Some(id.map_or(h, |p| bigram(p, h)));
                n += 1;
            }
            if let Some(id) = id {
                grams.insert(id);
                longest = longest.max(n);
            }
        }
        Stopwords { grams, longest }
    })
}

/// Is the single folded syllable with this id a stopword?
pub fn is_stopword(id: TermId) -> bool {
    stopwords().grams.contains(&id)
}

/// The syllables of `text[start..end]`, with offsets into `text`.
pub fn syllables(text: &str, start: usize, end: usize) -> Vec<Syllable> {
    let mut out = Vec::new();
    syllables_into(text, start, end, &mut out, &mut String::new());
    out
}

/// As [`syllables`], appending to `out`, with `key` as a scratch buffer.
pub fn syllables_into(
    text: &str,
    start: usize,
    end: usize,
    out: &mut Vec<Syllable>,
    key: &mut String,
) {
    let part = &text[start..end];
    let first = out.len();
    let mut prev_end = 0usize;
    let mut push = |out: &mut Vec<Syllable>, i: usize, w: &str| {
        if !w.chars().any(char::is_alphanumeric) {
            return;
        }
        key.clear();
        fold_into(w, key);
        let joined = out.len() > first && part[prev_end..i].chars().all(is_space);
        out.push(Syllable {
            start: start + i,
            end: start + i + w.len(),
            id: hash_key(key),
            stop: false,
            joined,
            alphabetic: w.chars().any(char::is_alphabetic),
        });
        prev_end = i + w.len();
    };
    if !words_by_token(part, |i, w| push(out, i, w)) {
        // The first word pushed again is not joined, so `prev_end` needs no reset.
        out.truncate(first);
        for (i, w) in part.unicode_word_indices() {
            push(out, i, w);
        }
    }
    mark_stopwords(&mut out[first..]);
}

/// Calls `f(offset, word)` for each word of `part` exactly as `unicode_word_indices` (UAX #29)
/// finds them, without running the segmenter on most tokens. Returns false, after calling `f` for
/// some words, when a token's words depend on the white space around it; the caller then starts
/// over with the segmenter on all of `part`.
///
/// Tokens are the runs between ASCII white space, where UAX #29 always breaks, except that it
/// glues combining marks and format characters onto the space before them (WB4) and joins a
/// Unicode space with an ASCII one (WB3d). A token that starts with an ASCII character or a
/// Latin letter and holds no Unicode space is therefore segmented the same on its own.
fn words_by_token<'t>(part: &'t str, mut f: impl FnMut(usize, &'t str)) -> bool {
    let b = part.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        if b[pos].is_ascii_whitespace() {
            pos += 1;
            continue;
        }
        let s = pos;
        while pos < b.len() && !b[pos].is_ascii_whitespace() {
            pos += 1;
        }
        let token = &part[s..pos];
        match token_shape(token) {
            Shape::Word(a, z) => f(s + a, &token[a..z]),
            Shape::NoWord => {}
            Shape::Other => {
                let safe_start = token.starts_with(|c: char| c.is_ascii() || is_latin_letter(c));
                if !safe_start || token.chars().any(is_unicode_space) {
                    return false;
                }
                for (i, w) in token.unicode_word_indices() {
                    f(s + i, w);
                }
            }
        }
    }
    true
}

enum Shape {
    /// ASCII punctuation, one word `token[a..z]` of letters, digits and combining marks, ASCII
    /// punctuation: UAX #29 joins punctuation to a word only between two letters or digits.
    Word(usize, usize),
    /// ASCII punctuation only.
    NoWord,
    /// Anything else: left to the segmenter.
    Other,
}

fn token_shape(token: &str) -> Shape {
    let (mut a, mut z) = (None, None);
    for (i, c) in token.char_indices() {
        let punct = c.is_ascii_punctuation() && c != '_';
        let letter = c.is_ascii_alphanumeric() || is_latin_letter(c);
        let mark = ('\u{300}'..='\u{36F}').contains(&c);
        match (a, z) {
            (None, _) if punct => {}
            (None, _) if letter => a = Some(i),
            (Some(_), None) if letter || mark => {}
            (Some(_), None) if punct => z = Some(i),
            (Some(_), Some(_)) if punct => {}
            _ => return Shape::Other,
        }
    }
    match a {
        None => Shape::NoWord,
        Some(a) => Shape::Word(a, z.unwrap_or(token.len())),
    }
}

/// Letters of Latin-1, Latin Extended-A and -B, and Latin Extended Additional (where the
/// precomposed Vietnamese letters are): all of word-break class ALetter.
fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

/// The spaces of word-break class WSegSpace other than the ASCII space.
fn is_unicode_space(c: char) -> bool {
    matches!(c, '\u{1680}' | '\u{2000}'..='\u{2006}' | '\u{2008}'..='\u{200A}' | '\u{205F}' | '\u{3000}')
}

/// Marks the syllables that belong to a stopword, trying the longest n-gram first.
fn mark_stopwords(syls: &mut [Syllable]) {
    let sw = stopwords();
    let mut i = 0;
    while i < syls.len() {
        let mut matched = 0;
        let mut id = syls[i].id;
        let mut n = 1;
        let mut ids = [0u64; 4];
        ids[0] = id;
        while n < sw.longest && i + n < syls.len() && syls[i + n].joined {
            id = bigram(id, syls[i + n].id);
            ids[n] = id;
            n += 1;
        }
        for len in (1..=n).rev() {
            if sw.grams.contains(&ids[len - 1]) {
                matched = len;
                break;
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

/// The terms of a unit's syllables: content syllables (with a letter) and bigrams of adjacent
/// content syllables in one phrase. Calls `f(id, is_bigram, first_syllable_index)`.
pub fn for_each_term(syls: &[Syllable], mut f: impl FnMut(TermId, bool, usize)) {
    for (i, s) in syls.iter().enumerate() {
        if s.stop || !s.alphabetic {
            continue;
        }
        f(s.id, false, i);
        if let Some(n) = syls.get(i + 1) {
            if n.joined && !n.stop && n.alphabetic {
                f(bigram(s.id, n.id), true, i);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn ids(t: &str) -> Vec<(TermId, bool)> {
        let s = syllables(t, 0, t.len());
        let mut v = Vec::new();
        for_each_term(&s, |id, b, _| v.push((id, b)));
        v
    }

    #[test]
    fn syllables_have_offsets() {
        let t = "Tổng Bí thư, TP.HCM!";
        let s = syllables(t, 0, t.len());
        let words: Vec<&str> = s.iter().map(|x| &t[x.start..x.end]).collect();
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
    fn nfd_and_tone_placement_give_same_terms() {
        let a = "Hòa Bình và Thủy điện khỏe mạnh";
        let b: String = "Hoà Bình và Thuỷ điện khoẻ mạnh".nfd().collect();
        assert_eq!(ids(a), ids(&b));
        assert!(!ids(a).is_empty());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod segmentation_tests {
    use super::*;
    use proptest::prelude::*;

    fn segmenter(t: &str) -> Vec<(usize, &str)> {
        t.unicode_word_indices().collect()
    }

    fn by_token(t: &str) -> Option<Vec<(usize, &str)>> {
        let mut v = Vec::new();
        words_by_token(t, |i, w| v.push((i, w))).then_some(v)
    }

    /// Pieces that meet at the edges of the fast path: letters, marks, digits, punctuation,
    /// ASCII and Unicode spaces, format characters, emoji.
    const PIECES: &[&str] = &[
        "a", "Z", "7", "đ", "Ư", "ệ", "ß", "\u{301}", "\u{345}", "\u{323}", ".", ",", "'", ":",
        "_", "-", "/", "\"", "(", "…", " ", "  ", "\t", "\n", "\r\n", "\u{B}", "\u{A0}",
        "\u{2003}", "\u{3000}", "\u{200B}", "\u{200D}", "\u{AD}", "\u{FEFF}", "😀", "🇻🇳", "日本",
        "ا", "x̣", "TP.HCM", "1.000", "3,5", "don't",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn words_by_token_agrees_with_the_segmenter(parts in proptest::collection::vec(0..PIECES.len(), 0..24)) {
            let t: String = parts.iter().map(|&i| PIECES[i]).collect();
            if let Some(v) = by_token(&t) {
                prop_assert_eq!(v, segmenter(&t));
            }
            let mut syls = Vec::new();
            syllables_into(&t, 0, t.len(), &mut syls, &mut String::new());
            let words: Vec<&str> = syls.iter().map(|s| &t[s.start..s.end]).collect();
            let expected: Vec<&str> = segmenter(&t).into_iter().map(|(_, w)| w).collect();
            prop_assert_eq!(words, expected);
        }

        #[test]
        fn words_by_token_agrees_on_any_text(t in "\\PC{0,40}") {
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
