//! The shape of a token (the run between two ASCII spaces): for most tokens, one word with
//! punctuation around it, hashed on the way; and the cache of shapes by the token's bytes.

use super::hash::{fnv, mix, FNV_OFFSET};
use super::TermId;
use crate::text::{char_info, end_fold, CharInfo, ALPHABETIC, MARK, PUNCT, UPPER, WORD};

/// Tokens of at most this many bytes are cached.
pub(super) const TOKEN_BYTES: usize = 16;

/// Shapes of tokens by their bytes: open addressing, linear probing.
pub(super) struct TokenCache {
    /// Length 0 marks a free slot. The length of `slots` is a power of two.
    pub(super) slots: Vec<CachedToken>,
    pub(super) len: usize,
}

/// A token of at most [`TOKEN_BYTES`] and its shape: 32 bytes, aligned to 32, so that a probe
/// reads one cache line (the cache holds up to [`LEXICON_TOKENS`] tokens, megabytes, and its
/// misses are the tokenizer's largest cost).
#[derive(Clone, Copy, Default)]
#[repr(C, align(32))]
pub(super) struct CachedToken {
    /// The token's bytes as two little-endian words, and how many.
    pub(super) bytes: [u64; 2],
    /// The word's id and lexicon number, when `kind & WORD_SHAPE`.
    pub(super) id: TermId,
    pub(super) sid: u32,
    pub(super) len: u8,
    /// 0: no word; [`OTHER_SHAPE`]; [`WORD_SHAPE`] (a word `token[a..z]`) with the flags
    /// [`ALPHABETIC_WORD`] and [`UPPER_WORD`].
    pub(super) kind: u8,
    pub(super) a: u8,
    pub(super) z: u8,
}

impl CachedToken {
    /// What the entry knows of its word (when `kind & WORD_SHAPE`).
    #[inline(always)]
    pub(super) fn known(&self) -> Known {
        Known {
            id: self.id,
            sid: self.sid,
            alphabetic: self.kind & ALPHABETIC_WORD != 0,
            upper: self.kind & UPPER_WORD != 0,
        }
    }

    pub(super) fn shape(&self) -> Shape {
        if self.kind & WORD_SHAPE != 0 {
            Shape::Word(usize::from(self.a), usize::from(self.z), self.known())
        } else if self.kind == OTHER_SHAPE {
            Shape::Other
        } else {
            Shape::NoWord
        }
    }
}

pub(super) const OTHER_SHAPE: u8 = 1;

pub(super) const WORD_SHAPE: u8 = 2;

const ALPHABETIC_WORD: u8 = 4;

const UPPER_WORD: u8 = 8;

impl TokenCache {
    pub(super) fn with_capacity(n: usize) -> Self {
        TokenCache {
            slots: vec![CachedToken::default(); (2 * n).next_power_of_two().max(64)],
            len: 0,
        }
    }

    /// The entry of the token of `len` bytes whose bytes are `bytes`, if it was met before.
    #[inline(always)]
    pub(super) fn get(&self, bytes: [u64; 2], len: usize) -> Option<CachedToken> {
        let t = self.slots[self.slot_of(bytes, len as u8)];
        (t.len != 0).then_some(t)
    }

    /// The slot that holds the token, or the free slot where it would go.
    #[inline]
    fn slot_of(&self, bytes: [u64; 2], len: u8) -> usize {
        let mask = self.slots.len() - 1;
        let h = bytes[0].wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ bytes[1].rotate_left(29);
        let mut i = mix(h ^ u64::from(len)) as usize & mask;
        while self.slots[i].len != 0 && (self.slots[i].bytes != bytes || self.slots[i].len != len) {
            i = (i + 1) & mask;
        }
        i
    }

    /// Adds a token that is not in the cache.
    pub(super) fn insert(&mut self, bytes: [u64; 2], len: usize, shape: Shape) {
        if (self.len + 1) * 2 > self.slots.len() {
            let size = self.slots.len() * 2;
            let old = std::mem::replace(&mut self.slots, vec![CachedToken::default(); size]);
            for t in old.into_iter().filter(|t| t.len != 0) {
                self.put(t);
            }
        }
        let (kind, a, z, known) = match shape {
            Shape::NoWord => (0, 0, 0, Known::default()),
            Shape::Other => (OTHER_SHAPE, 0, 0, Known::default()),
            Shape::Word(a, z, known) => {
                let flags = if known.alphabetic { ALPHABETIC_WORD } else { 0 }
                    | if known.upper { UPPER_WORD } else { 0 };
                (WORD_SHAPE | flags, a as u8, z as u8, known)
            }
        };
        self.put(CachedToken {
            bytes,
            id: known.id,
            sid: known.sid,
            len: len as u8,
            kind,
            a,
            z,
        });
        self.len += 1;
    }

    fn put(&mut self, t: CachedToken) {
        let i = self.slot_of(t.bytes, t.len);
        self.slots[i] = t;
    }
}

/// The first [`TOKEN_BYTES`] bytes of the token `b[s..e]` as [`TokenCache`] keeps them: two
/// little-endian words, zero past the token. Two loads and masks when 16 bytes can be read
/// from `s`; else a copy.
#[inline]
pub(super) fn cache_key(b: &[u8], s: usize, e: usize) -> [u64; 2] {
    let n = (e - s).min(TOKEN_BYTES);
    let word = |h: &[u8]| u64::from_le_bytes(h.try_into().unwrap_or([0; 8]));
    if let Some(w) = b.get(s..).and_then(|t| t.first_chunk::<TOKEN_BYTES>()) {
        // The first word keeps its low min(n, 8) bytes (n >= 1: tokens are not empty), the
        // second its low n - 8 bytes, none when n <= 8 (a shift by 64 or more gives 0): two
        // shifts, not a branch per word.
        let low = u64::MAX >> (8 * (8 - n.min(8)));
        let high = u64::MAX.checked_shr(8 * (16 - n) as u32).unwrap_or(0);
        return [word(&w[..8]) & low, word(&w[8..]) & high];
    }
    let mut buf = [0u8; TOKEN_BYTES];
    buf[..n].copy_from_slice(&b[s..s + n]);
    [word(&buf[..8]), word(&buf[8..])]
}

/// What the fast path finds out about a word on the way.
#[derive(Clone, Copy, Default)]
pub(super) struct Known {
    pub(super) id: TermId,
    /// Its number in the [`Lexicon`] (0 until numbered).
    pub(super) sid: u32,
    pub(super) alphabetic: bool,
    pub(super) upper: bool,
}

#[derive(Clone, Copy)]
pub(super) enum Shape {
    /// Punctuation, one word `token[a..z]` of letters, digits and combining marks, punctuation:
    /// UAX #29 joins punctuation to a word only between two letters or digits. With what is
    /// known of the word on the way.
    Word(usize, usize, Known),
    /// Punctuation only.
    NoWord,
    /// Anything else: left to the segmenter.
    Other,
}

pub(super) fn token_shape(token: &str) -> Shape {
    const EDGE: CharInfo = CharInfo::punctuation();
    let (mut a, mut z) = (None, None);
    let mut h = FNV_OFFSET;
    let mut tone = 0u8;
    let (mut alphabetic, mut upper) = (false, false);
    for (i, c) in token.char_indices() {
        let info = match char_info(c) {
            Some(info) => info,
            None if is_edge_punctuation(c) => EDGE,
            None => return Shape::Other,
        };
        let punct = info.flags & PUNCT != 0;
        let letter = info.flags & WORD != 0;
        let mark = info.flags & MARK != 0;
        match (a, z) {
            (None, _) if punct => {}
            (None, _) if letter => {
                a = Some(i);
                upper = info.flags & UPPER != 0;
            }
            (Some(_), None) if letter || mark => {}
            (Some(_), None) if punct => z = Some(i),
            (Some(_), Some(_)) if punct => {}
            _ => return Shape::Other,
        }
        if a.is_some() && z.is_none() {
            info.fold(&mut tone, &mut |b| h = fnv(h, b));
            alphabetic |= info.flags & ALPHABETIC != 0;
        }
    }
    end_fold(tone, &mut |b| h = fnv(h, b));
    match a {
        None => Shape::NoWord,
        Some(a) => Shape::Word(
            a,
            z.unwrap_or(token.len()),
            Known {
                id: mix(h),
                sid: 0,
                alphabetic,
                upper,
            },
        ),
    }
}

/// Punctuation of word-break class Other that news text puts at the edges of words: curly
/// double quotes, dashes, the ellipsis, the bullet; and the curly single quotes (class
/// MidNumLet, like the ASCII apostrophe: they join letters only inside a word). Outside the
/// table of [`char_info`], which has the guillemets.
fn is_edge_punctuation(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '–' | '—' | '…' | '•')
}
