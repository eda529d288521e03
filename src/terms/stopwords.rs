//! The stopword list (`src/data/stopwords.txt`; see its header for source and licence), as
//! sets of folded n-grams.

use std::sync::OnceLock;

use super::hash::{bigram, hash_key};
use super::Numbering;
use crate::text::fold_into;

/// The stopword list, embedded. See its header for source and licence.
const FILE: &str = include_str!("../data/stopwords.txt");
const BODY: [u8; FILE.len() - super::header_len(FILE)] = super::body(FILE);
/// The file without its header (kept out of the .wasm).
const STOPWORDS: &str = super::as_str(&BODY);

pub(super) struct Stopwords {
    /// Ids of stopword n-grams (n = 1..=4), combined as [`bigram`] chains.
    pub(super) grams: Numbering,
    /// Ids of the first 1..n-1 syllables of each n-gram.
    pub(super) prefixes: Numbering,
    pub(super) longest: usize,
}

pub(super) fn stopwords() -> &'static Stopwords {
    static SET: OnceLock<Stopwords> = OnceLock::new();
    SET.get_or_init(|| {
        let mut grams = Numbering::default();
        let mut prefixes = Numbering::default();
        let mut longest = 1;
        let mut key = String::new();
        for line in STOPWORDS.lines().filter(|l| !l.starts_with('#')) {
            let mut id = None;
            let mut n = 0;
            for syl in line.split_whitespace() {
                if let Some(p) = id {
                    prefixes.number(p);
                }
                key.clear();
                fold_into(syl, &mut key);
                let h = hash_key(&key);
                id = Some(id.map_or(h, |p| bigram(p, h)));
                n += 1;
            }
            if let Some(id) = id {
                grams.number(id);
                longest = longest.max(n);
            }
        }
        Stopwords {
            grams,
            prefixes,
            longest,
        }
    })
}
