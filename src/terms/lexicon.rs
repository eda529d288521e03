//! What the tokenizer remembers from one text to the next ([`Lexicon`]), and the distinct
//! syllables of one text ([`Vocab`]).

use super::numbering::Numbering;
use super::stopwords::stopwords;
use super::tokens::{token_shape, Shape, TokenCache, TOKEN_BYTES};
use super::TermId;

/// What the tokenizer learns that does not depend on the text: the shape of each token met and
/// each syllable's idf and stopword flags, under a number of its own. Kept from one call to the
/// next (per thread): texts share most of their words, so a page that summarizes again and
/// again folds and looks up each word once. Cleared when a new text starts and it holds more
/// than [`LEXICON_TOKENS`] tokens, so it stays bounded.
pub(super) struct Lexicon {
    /// Token shapes; a word's `Known::sid` is its lexicon number.
    pub(super) tokens: TokenCache,
    pub(super) numbers: Numbering,
    /// The idf and `STOP`/`PREFIX` flags of each lexicon number.
    pub(super) idf: Vec<f32>,
    pub(super) flags: Vec<u8>,
}

/// The most tokens the lexicon keeps between texts (about 3 MB).
pub(super) const LEXICON_TOKENS: usize = 1 << 16;

thread_local! {
    pub(super) static LEXICON: std::cell::RefCell<Lexicon> = std::cell::RefCell::new(Lexicon::new());
}

impl Lexicon {
    pub(super) fn new() -> Self {
        Lexicon {
            tokens: TokenCache::with_capacity(2048),
            numbers: Numbering::with_capacity(2048),
            idf: Vec::new(),
            flags: Vec::new(),
        }
    }

    /// The lexicon number of the syllable `id`, given a new one if it has none.
    pub(super) fn number(&mut self, id: TermId) -> u32 {
        let (n, new) = self.numbers.number(id);
        if new {
            let sw = stopwords();
            self.idf.push(super::idf::syllable(id));
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
    pub(super) fn shape(&mut self, token: &str, bytes: [u64; 2]) -> Shape {
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
    pub(super) local: Vec<u32>,
    /// The id of each syllable number.
    pub ids: Vec<TermId>,
    /// The idf of each syllable number.
    pub idf: Vec<f32>,
    /// `STOP` and `PREFIX` of each syllable number.
    pub(super) flags: Vec<u8>,
}

/// A one-syllable stopword.
pub(super) const STOP: u8 = 1;

/// The first syllable of a longer stopword.
pub(super) const PREFIX: u8 = 2;

impl Vocab {
    /// The vocabulary of a new text: starts afresh the lexicon if it grew too big (never while
    /// another text's vocabulary is in use: documents are made one at a time).
    pub(crate) fn for_document() -> Self {
        LEXICON.with(|lex| {
            let mut lex = lex.borrow_mut();
            if lex.tokens.len > LEXICON_TOKENS || lex.idf.len() > LEXICON_TOKENS {
                *lex = Lexicon::new();
            }
        });
        Vocab::for_part()
    }

    /// The vocabulary of a piece of text (a title) that comes along with a document.
    pub(super) fn for_part() -> Self {
        Vocab {
            local: Vec::new(),
            ids: Vec::new(),
            idf: Vec::new(),
            flags: Vec::new(),
        }
    }

    /// This text's number of the syllable with lexicon number `n` and id `id`.
    #[inline(always)]
    pub(super) fn number(&mut self, lex: &Lexicon, n: u32, id: TermId) -> u32 {
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
    pub(crate) fn get(&self, id: TermId) -> Option<u32> {
        let n = LEXICON.with(|lex| lex.borrow().numbers.get(id))?;
        match self.local.get(n as usize) {
            Some(&k) if k > 0 => Some(k - 1),
            _ => None,
        }
    }

    /// How many distinct syllables.
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }
}
