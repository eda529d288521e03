//! Syllables, stopwords and terms.
//!
//! Vietnamese writes one syllable per "word" between spaces; words of the language are often
//! two to four syllables ("Tổng Bí thư", "đối tác chiến lược"). A unit's terms are its
//! syllables that are not stopwords and the bigrams of adjacent syllables in the same phrase
//! (no punctuation between) that are not stopwords either. Stopwords are matched on folded
//! syllables, longest n-gram first.
//!
//! [`tokenize`] cuts a text into syllables, with [`tokens`] (the shape of each token, cached) and
//! [`lexicon`] (what is remembered between texts, and each text's [`Vocab`]); [`hash`] makes the
//! ids, [`numbering`] numbers them, [`stopwords`] and [`idf`] weigh them.

mod hash;
mod idf;
mod lexicon;
mod numbering;
mod stopwords;
mod tokenize;
mod tokens;

pub(crate) use hash::{bigram, hash_key, word_id};
pub(crate) use idf::syllable as idf_of;
pub(crate) use lexicon::Vocab;
pub(crate) use numbering::Numbering;
pub(crate) use tokenize::{syllables, syllables_into};

/// The length of the header of an embedded list: its first lines that start with '#' (source,
/// licence, how it was made).
const fn header_len(file: &str) -> usize {
    let b = file.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i] == b'#' {
        while i < b.len() && b[i] != b'\n' {
            i += 1;
        }
        i += 1;
    }
    if i > b.len() {
        b.len()
    } else {
        i
    }
}

/// The bytes of an embedded list after its header, `N` of them (`file.len() -
/// header_len(file)`): computed at compile time, so that the header stays in the source file
/// and out of the .wasm (0.4 KB gzipped for the idf table's and the stopwords').
const fn body<const N: usize>(file: &str) -> [u8; N] {
    let b = file.as_bytes();
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N {
        out[i] = b[b.len() - N + i];
        i += 1;
    }
    out
}

/// Bytes from [`body`] as a `&str` (they are whole lines of a UTF-8 file).
const fn as_str(bytes: &'static [u8]) -> &'static str {
    match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(_) => panic!("an embedded list is UTF-8"),
    }
}

/// A hash of a folded key. Terms are compared by these hashes only.
pub(crate) type TermId = u64;

/// A syllable of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Syllable {
    /// Byte offset into the caller's text (`u32`: a text is at most
    /// [`crate::MAX_TEXT_BYTES`], and 10 MB of news has 1.7 million syllables).
    pub start: u32,
    /// Byte offset just past the syllable.
    pub end: u32,
    /// Hash of the folded syllable.
    pub id: TermId,
    /// Number of the folded syllable among the distinct syllables of its text, counted from 0
    /// in order of first appearance.
    pub sid: u32,
    /// Part of a stopword (one to four syllables long).
    pub stop: bool,
    /// Only white space separates it from the syllable before (same phrase).
    pub joined: bool,
    /// Holds a letter (not only digits).
    pub alphabetic: bool,
    /// Begins with an upper-case letter.
    pub upper: bool,
}

impl Syllable {
    /// Its byte range in the caller's text.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// The terms of a unit's syllables: content syllables (with a letter) and bigrams of adjacent
/// content syllables in one phrase. Calls `f(id, is_bigram, first_syllable_index)`.
///
/// `f` is called from one place (the syllable, then its bigram if any, by one loop), so that
/// the .wasm inlines it: called from two places it would not be, and a call per term is most
/// of the cost of the table of terms.
#[inline(always)]
pub(crate) fn for_each_term(syls: &[Syllable], mut f: impl FnMut(TermId, bool, usize)) {
    for (i, s) in syls.iter().enumerate() {
        if s.stop || !s.alphabetic {
            continue;
        }
        let (mut id, mut is_bigram) = (s.id, false);
        loop {
            f(id, is_bigram, i);
            match syls.get(i + 1) {
                Some(n) if !is_bigram && n.joined && !n.stop && n.alphabetic => {
                    (id, is_bigram) = (bigram(s.id, n.id), true);
                }
                _ => break,
            }
        }
    }
}

/// 1 + ln(count), from a table of the usual small counts made once (a logarithm per term would
/// cost a short text more than its terms).
pub(crate) fn log_tf(count: u32) -> f32 {
    static SMALL: std::sync::OnceLock<[f32; 64]> = std::sync::OnceLock::new();
    SMALL
        .get_or_init(|| std::array::from_fn(|c| 1.0 + (c as f32).ln()))
        .get(count as usize)
        .copied()
        .unwrap_or_else(|| 1.0 + (count as f32).ln())
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
    fn nfd_and_tone_placement_give_same_terms() {
        let a = "Hòa Bình và Thủy điện khỏe mạnh";
        let b: String = "Hoà Bình và Thuỷ điện khoẻ mạnh".nfd().collect();
        assert_eq!(ids(a), ids(&b));
        assert!(!ids(a).is_empty());
    }
}
