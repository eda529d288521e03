//! Syllables, stopwords and terms.
//!
//! Vietnamese writes one syllable per "word" between spaces; words of the language are often
//! two to four syllables ("Tổng Bí thư", "đối tác chiến lược"). A unit's terms are its
//! syllables that are not stopwords and the bigrams of adjacent syllables in the same phrase
//! (no punctuation between) that are not stopwords either. Stopwords are matched on folded
//! syllables, longest n-gram first.

use std::sync::OnceLock;

use crate::text::{
    char_info, end_fold, fold_hash, fold_into, is_latin_letter, is_space, CharInfo, ALPHABETIC,
    MARK, PUNCT, UPPER, WORD,
};

/// A hash of a folded key. Terms are compared by these hashes only.
pub type TermId = u64;

/// A syllable of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Syllable {
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

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// One byte of FNV-1a.
fn fnv(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
}

/// Hashes folded keys: FNV-1a, then a final mix. Stable across platforms and builds.
pub fn hash_key(key: &str) -> TermId {
    mix(key.bytes().fold(FNV_OFFSET, fnv))
}

/// The id of a word: `hash_key(&fold(word))`, without building the folded key.
pub fn word_id(word: &str) -> TermId {
    let mut h = FNV_OFFSET;
    fold_hash(word, &mut |b| h = fnv(h, b));
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

/// Numbers for term ids, 0, 1, 2... in order of first insertion: a hash table with open
/// addressing and linear probing (the ids are hashes already). The one hash table of the
/// library: in the hot loops a general hash map costs several times more, and each of its
/// instantiations costs the .wasm a kilobyte or two.
pub(crate) struct Numbering {
    /// `[low half of id, high half of id, number]`; `number == EMPTY` marks a free slot. Three
    /// `u32`s, not `(u64, u32)`, which pads to 16 bytes: the largest table (the bigrams of a
    /// long text) takes a quarter less memory. The length is a power of two.
    slots: Vec<[u32; 3]>,
    len: u32,
}

const EMPTY: u32 = u32::MAX;

/// The most ids a new [`Numbering`] makes room for (32,768 slots, 384 KB).
const NUMBERING_ROOM: usize = 1 << 14;

/// A free slot.
const FREE: [u32; 3] = [0, 0, EMPTY];

impl Default for Numbering {
    fn default() -> Self {
        Numbering::with_capacity(16)
    }
}

impl Numbering {
    /// A table for about `n` ids before it grows, but at most [`NUMBERING_ROOM`]: it grows
    /// past that as ids come. Callers size for the worst case (every two-syllable term of a
    /// text distinct: half its syllables), and news has about 15 times fewer (24,766 distinct
    /// bigrams in 1 MB, 169,000 syllables): a table that large took 25 MB on 10 MB of text and
    /// missed the caches on most lookups.
    pub fn with_capacity(n: usize) -> Self {
        Numbering {
            slots: vec![FREE; (2 * n.min(NUMBERING_ROOM)).next_power_of_two().max(32)],
            len: 0,
        }
    }

    /// The number of `id`, and whether it was given now.
    #[inline]
    pub fn number(&mut self, id: TermId) -> (u32, bool) {
        if (self.len as usize + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let i = self.slot_of(id);
        if self.slots[i][2] != EMPTY {
            return (self.slots[i][2], false);
        }
        self.slots[i] = [id as u32, (id >> 32) as u32, self.len];
        self.len += 1;
        (self.len - 1, true)
    }

    /// Has `id` a number?
    pub fn contains(&self, id: TermId) -> bool {
        self.get(id).is_some()
    }

    /// The number of `id`, if it has one.
    #[inline]
    pub fn get(&self, id: TermId) -> Option<u32> {
        let n = self.slots[self.slot_of(id)][2];
        (n != EMPTY).then_some(n)
    }

    /// The slot that holds `id`, or the free slot where it would go.
    #[inline]
    fn slot_of(&self, id: TermId) -> usize {
        let mask = self.slots.len() - 1;
        let (lo, hi) = (id as u32, (id >> 32) as u32);
        let mut i = id as usize & mask;
        loop {
            let [a, b, n] = self.slots[i];
            if n == EMPTY || (a == lo && b == hi) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![FREE; size]);
        for slot in old.into_iter().filter(|s| s[2] != EMPTY) {
            let id = u64::from(slot[0]) | (u64::from(slot[1]) << 32);
            let i = self.slot_of(id);
            self.slots[i] = slot;
        }
    }
}

/// The stopword list, embedded. See its header for source and licence.
const STOPWORDS: &str = include_str!("data/stopwords.txt");

struct Stopwords {
    /// Ids of stopword n-grams (n = 1..=4), combined as [`bigram`] chains.
    grams: Numbering,
    /// Ids of the first 1..n-1 syllables of each n-gram.
    prefixes: Numbering,
    longest: usize,
}

fn stopwords() -> &'static Stopwords {
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

/// What the tokenizer learns that does not depend on the text: the shape of each token met and
/// each syllable's idf and stopword flags, under a number of its own. Kept from one call to the
/// next (per thread): texts share most of their words, so a page that summarizes again and
/// again folds and looks up each word once. Cleared when a new text starts and it holds more
/// than [`LEXICON_TOKENS`] tokens, so it stays bounded.
struct Lexicon {
    /// Token shapes; a word's `Known::sid` is its lexicon number.
    tokens: TokenCache,
    numbers: Numbering,
    /// The idf and `STOP`/`PREFIX` flags of each lexicon number.
    idf: Vec<f32>,
    flags: Vec<u8>,
}

/// The most tokens the lexicon keeps between texts (about 3 MB).
const LEXICON_TOKENS: usize = 1 << 16;

thread_local! {
    static LEXICON: std::cell::RefCell<Lexicon> = std::cell::RefCell::new(Lexicon::new());
}

impl Lexicon {
    fn new() -> Self {
        Lexicon {
            tokens: TokenCache::with_capacity(2048),
            numbers: Numbering::with_capacity(2048),
            idf: Vec::new(),
            flags: Vec::new(),
        }
    }

    /// The lexicon number of the syllable `id`, given a new one if it has none.
    fn number(&mut self, id: TermId) -> u32 {
        let (n, new) = self.numbers.number(id);
        if new {
            let sw = stopwords();
            self.idf.push(crate::idf::syllable(id));
            self.flags.push(
                if sw.grams.contains(id) { STOP } else { 0 }
                    | if sw.prefixes.contains(id) { PREFIX } else { 0 },
            );
        }
        n
    }

    /// The shape of a token (see [`token_shape`]), its word numbered, from the cache if the
    /// token was met before. `bytes` are the token's first bytes as [`TokenCache`] keeps them.
    /// [`words_by_token`] reads the entries of the tokens met before itself.
    #[inline(never)]
    fn shape(&mut self, token: &str, bytes: [u64; 2]) -> Shape {
        let cacheable = token.len() <= TOKEN_BYTES;
        if cacheable {
            if let Some(t) = self.tokens.get(bytes, token.len()) {
                return t.shape();
            }
        }
        let mut shape = token_shape(token);
        if let Shape::Word(_, _, known) = &mut shape {
            known.sid = self.number(known.id);
        }
        if cacheable {
            self.tokens.insert(bytes, token.len(), shape);
        }
        shape
    }
}

/// The distinct folded syllables of one text, numbered in order of first appearance, with
/// what the rest of the pipeline asks of each: its idf and whether a stopword may start there.
pub(crate) struct Vocab {
    /// For each lexicon number, this text's number + 1, or 0 if the text lacks the syllable.
    local: Vec<u32>,
    /// The id of each syllable number.
    pub ids: Vec<TermId>,
    /// The idf of each syllable number.
    pub idf: Vec<f32>,
    /// `STOP` and `PREFIX` of each syllable number.
    flags: Vec<u8>,
}

/// A one-syllable stopword.
const STOP: u8 = 1;
/// The first syllable of a longer stopword.
const PREFIX: u8 = 2;

impl Vocab {
    /// The vocabulary of a new text: starts afresh the lexicon if it grew too big (never while
    /// another text's vocabulary is in use: documents are made one at a time).
    pub fn for_document() -> Self {
        LEXICON.with(|lex| {
            let mut lex = lex.borrow_mut();
            if lex.tokens.len > LEXICON_TOKENS || lex.idf.len() > LEXICON_TOKENS {
                *lex = Lexicon::new();
            }
        });
        Vocab::for_part()
    }

    /// The vocabulary of a piece of text (a title) that comes along with a document.
    fn for_part() -> Self {
        Vocab {
            local: Vec::new(),
            ids: Vec::new(),
            idf: Vec::new(),
            flags: Vec::new(),
        }
    }

    /// This text's number of the syllable with lexicon number `n` and id `id`.
    #[inline(always)]
    fn number(&mut self, lex: &Lexicon, n: u32, id: TermId) -> u32 {
        let n = n as usize;
        if n >= self.local.len() {
            self.local.resize(lex.idf.len().max(n + 1), 0);
        }
        match self.local[n] {
            0 => {
                self.ids.push(id);
                self.idf.push(lex.idf[n]);
                self.flags.push(lex.flags[n]);
                self.local[n] = self.ids.len() as u32;
                self.ids.len() as u32 - 1
            }
            k => k - 1,
        }
    }

    /// The number of the syllable `id`, if the text has it.
    pub fn get(&self, id: TermId) -> Option<u32> {
        let n = LEXICON.with(|lex| lex.borrow().numbers.get(id))?;
        match self.local.get(n as usize) {
            Some(&k) if k > 0 => Some(k - 1),
            _ => None,
        }
    }

    /// How many distinct syllables.
    pub fn len(&self) -> usize {
        self.ids.len()
    }
}

/// Tokens of at most this many bytes are cached.
const TOKEN_BYTES: usize = 16;

/// Shapes of tokens by their bytes: open addressing, linear probing.
struct TokenCache {
    /// Length 0 marks a free slot. The length of `slots` is a power of two.
    slots: Vec<CachedToken>,
    len: usize,
}

/// A token of at most [`TOKEN_BYTES`] and its shape: 32 bytes, aligned to 32, so that a probe
/// reads one cache line (the cache holds up to [`LEXICON_TOKENS`] tokens, megabytes, and its
/// misses were the tokenizer's largest cost; entries of 40 bytes straddled two lines half of
/// the time).
#[derive(Clone, Copy, Default)]
#[repr(C, align(32))]
struct CachedToken {
    /// The token's bytes as two little-endian words, and how many.
    bytes: [u64; 2],
    /// The word's id and lexicon number, when `kind & WORD_SHAPE`.
    id: TermId,
    sid: u32,
    len: u8,
    /// 0: no word; [`OTHER_SHAPE`]; [`WORD_SHAPE`] (a word `token[a..z]`) with the flags
    /// [`ALPHABETIC_WORD`] and [`UPPER_WORD`].
    kind: u8,
    a: u8,
    z: u8,
}

impl CachedToken {
    /// What the entry knows of its word (when `kind & WORD_SHAPE`).
    #[inline(always)]
    fn known(&self) -> Known {
        Known {
            id: self.id,
            sid: self.sid,
            alphabetic: self.kind & ALPHABETIC_WORD != 0,
            upper: self.kind & UPPER_WORD != 0,
        }
    }

    fn shape(&self) -> Shape {
        if self.kind & WORD_SHAPE != 0 {
            Shape::Word(usize::from(self.a), usize::from(self.z), self.known())
        } else if self.kind == OTHER_SHAPE {
            Shape::Other
        } else {
            Shape::NoWord
        }
    }
}

const OTHER_SHAPE: u8 = 1;
const WORD_SHAPE: u8 = 2;
const ALPHABETIC_WORD: u8 = 4;
const UPPER_WORD: u8 = 8;

impl TokenCache {
    fn with_capacity(n: usize) -> Self {
        TokenCache {
            slots: vec![CachedToken::default(); (2 * n).next_power_of_two().max(64)],
            len: 0,
        }
    }

    /// The entry of the token of `len` bytes whose bytes are `bytes`, if it was met before.
    #[inline(always)]
    fn get(&self, bytes: [u64; 2], len: usize) -> Option<CachedToken> {
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
    fn insert(&mut self, bytes: [u64; 2], len: usize, shape: Shape) {
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

/// The syllables of `text[start..end]`, with offsets into `text`. Offsets are `u32`: only the
/// syllables that end in the first 4 GiB of `text` are given.
pub fn syllables(text: &str, start: usize, end: usize) -> Vec<Syllable> {
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
    /// memory, cost more than what it does.
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
            // Most tokens were met before: a word is pushed straight from the cache's entry
            // (through [`Lexicon::shape`] and a `Shape`, a fifth of the tokenizer's time went
            // into moving them through memory).
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

/// The first [`TOKEN_BYTES`] bytes of the token `b[s..e]` as [`TokenCache`] keeps them: two
/// little-endian words, zero past the token. Two loads and masks when 16 bytes can be read
/// from `s`; else a copy.
#[inline]
fn cache_key(b: &[u8], s: usize, e: usize) -> [u64; 2] {
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
struct Known {
    id: TermId,
    /// Its number in the [`Lexicon`] (0 until numbered).
    sid: u32,
    alphabetic: bool,
    upper: bool,
}

#[derive(Clone, Copy)]
enum Shape {
    /// Punctuation, one word `token[a..z]` of letters, digits and combining marks, punctuation:
    /// UAX #29 joins punctuation to a word only between two letters or digits. With what is
    /// known of the word on the way.
    Word(usize, usize, Known),
    /// Punctuation only.
    NoWord,
    /// Anything else: left to the segmenter.
    Other,
}

fn token_shape(token: &str) -> Shape {
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

/// The terms of a unit's syllables: content syllables (with a letter) and bigrams of adjacent
/// content syllables in one phrase. Calls `f(id, is_bigram, first_syllable_index)`.
///
/// `f` is called from one place (the syllable, then its bigram if any, by one loop): called
/// from two, it was not inlined in the .wasm, and the call per term cost `score`'s table of
/// terms a third of its time in Node.
#[inline(always)]
pub fn for_each_term(syls: &[Syllable], mut f: impl FnMut(TermId, bool, usize)) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;
    use unicode_normalization::UnicodeNormalization;

    fn ids(t: &str) -> Vec<(TermId, bool)> {
        let s = syllables(t, 0, t.len());
        let mut v = Vec::new();
        for_each_term(&s, |id, b, _| v.push((id, b)));
        v
    }

    #[test]
    fn word_id_is_the_hash_of_the_folded_key() {
        let table = ('\0'..='\u{36F}').chain('\u{1E00}'..='\u{1EFF}');
        let others = [
            '\u{301}', '\u{323}', 'Ω', 'ά', 'Й', '日', '\u{AD}', '\u{FEFF}', 'İ', 'ẞ',
        ];
        for c in table.chain(others) {
            let w = format!("{c}");
            assert_eq!(word_id(&w), hash_key(&fold(&w)), "U+{:04X}", c as u32);
        }
        let nfd: String = "Nguyễn Thị Thuỷ KHOẺ".nfd().collect();
        for w in [
            "Nguyễn",
            "HOÀ",
            "thủy",
            "ṍ",
            "Việt\u{AD}Nam",
            "a\u{301}\u{300}",
            &nfd,
        ] {
            assert_eq!(word_id(w), hash_key(&fold(w)), "{w:?}");
        }
    }

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
        fn word_id_is_the_hash_of_the_folded_key(t in "\\PC{0,12}|.{0,6}") {
            prop_assert_eq!(word_id(&t), hash_key(&crate::text::fold(&t)));
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
