//! tomtat: an extractive summarizer for Vietnamese text.
//!
//! ```
//! let text = "Hà Nội mưa lớn từ chiều qua. Nhiều tuyến phố ngập sâu. \
//!             Giao thông ùn tắc kéo dài đến tối. Người dân phải dắt xe qua các điểm ngập.";
//! let summary = tomtat::summarize(text, &tomtat::Options { sentences: Some(2), ..Default::default() })?;
//! assert_eq!(summary.sentences.len(), 2);
//! for s in &summary.sentences {
//!     assert_eq!(&text[s.start..s.end], s.text);
//! }
//! # Ok::<(), tomtat::Error>(())
//! ```
//!
//! The text flows one way, a stage a module ([`summarize`] reads as the pipeline): text →
//! units ([`sentences()`]) → kinds → terms → features → model → selection ([`ranked`]) →
//! keywords → result. Offsets are byte offsets into the text the caller gave; nothing is
//! rewritten. `docs/architecture.md` maps the modules.

#![deny(missing_docs)]

// The stages, in the order a text goes through them (one a paragraph, so that rustfmt keeps
// the order).

// Normalization, byte scans, word segmentation.
mod text;

// Sentence units.
mod split;

// Syllables, stopwords, term ids, idf.
mod terms;

// Sentence, heading or boilerplate.
mod classify;

// The kind of a text, as far as the rules need it (does it ask?).
mod kind;

// Units, syllables and kinds together.
mod document;

// Features and the model.
mod score;

// The ranking without repeats, the budget.
mod select;

// The words and names that stand for the text.
mod keywords;

// The result.
mod summary;

// Several documents on one story: the stages above for each, then one choice among them all.
mod documents;

// Used by the stages: the error type, the checks of the options, the one sort.
mod error;
mod options;
mod order;

#[cfg(feature = "lab")]
pub mod lab;
#[cfg(target_arch = "wasm32")]
mod wasm;

/// talc instead of std's dlmalloc in the .wasm: 2 KB gzipped less, the same speed
/// (docs/size.md); freed memory goes back to its free lists, never to the host. The default
/// feature `talc`: a program with its own global allocator turns it off.
#[cfg(all(target_arch = "wasm32", feature = "talc"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use serde::{Deserialize, Serialize};

use document::Document;
pub use documents::{summarize_documents, DocumentSentence, DocumentsSummary, Input};
pub use error::{Error, Result};

/// The longest text accepted, in bytes (64 MiB).
pub const MAX_TEXT_BYTES: usize = 64 << 20;

/// The version of this crate (and of the npm package).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What a unit of the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    /// A sentence that may be in a summary.
    Sentence,
    /// A line without final punctuation: a title, a subtitle, a byline. Used as the title, not
    /// as a summary sentence (unless the text has nothing else).
    Heading,
    /// Page debris: navigation, related links, captions, markup, repeated units. Never summarized.
    Boilerplate,
}

/// One sentence unit of a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unit {
    /// Position among all units of the text.
    pub index: usize,
    /// Byte offset of the first character in the caller's text.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// What the unit is.
    pub kind: UnitKind,
    /// The paragraph (block of lines) the unit is in, counted from 0.
    pub paragraph: usize,
}

/// Options of [`summarize`]. At most one length option may be set; with none, the summary has
/// about a fifth of the sentences, at least one and at most five.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Number of sentences to keep (at least 1).
    pub sentences: Option<usize>,
    /// Share of the sentences to keep, in (0, 1]; at least one sentence is kept.
    pub ratio: Option<f64>,
    /// Most syllables (words) in the summary, at least 1. Sentences that do not fit are skipped.
    pub max_words: Option<usize>,
    /// Most characters (Unicode scalar values) in the summary, at least 1.
    pub max_chars: Option<usize>,
    /// The title of the text, if known; otherwise the first heading is used.
    pub title: Option<String>,
}

/// A sentence of a summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummarySentence {
    /// Index of the unit among all units of the text (as [`sentences()`] numbers them).
    pub index: usize,
    /// Byte offset in the caller's text.
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// How important the sentence was judged; higher is more important. Comparable within one text.
    pub score: f64,
    /// The sentence as written in the text.
    pub text: String,
}

/// A word or a name that stands for the text: a whole word ("tử vong", "chiếm đoạt") or a whole
/// name ("Tô Lâm", "Bộ Tài chính", "TP.HCM") of the text's sentences and headings, never of its
/// boilerplate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyword {
    /// The match key: the keyword in lower case, NFC ("tô lâm"), for programs.
    pub term: String,
    /// The keyword as the text writes it most often, NFC ("Tô Lâm", "tử vong"), for people.
    pub text: String,
    /// Its weight (term frequency times inverse document frequency), the largest first.
    pub weight: f64,
}

/// Counts about the text and its summary.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// All units found (sentences, headings, boilerplate).
    pub units: usize,
    /// Units that could be chosen.
    pub candidates: usize,
    /// Units chosen.
    pub selected: usize,
    /// Boilerplate units set aside.
    pub boilerplate: usize,
    /// Syllables in the candidate units.
    pub words: usize,
    /// Syllables in the summary.
    pub summary_words: usize,
    /// Characters of the text.
    pub chars: usize,
    /// Characters of the summary sentences (not counting the separators between them).
    pub summary_chars: usize,
}

/// The result of [`summarize`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// The chosen sentences, in the order of the text.
    pub sentences: Vec<SummarySentence>,
    /// The top terms of the text.
    pub keywords: Vec<Keyword>,
    /// Counts about the text and the summary.
    pub stats: Stats,
}

impl Summary {
    /// The summary as text: its sentences joined by a space.
    pub fn text(&self) -> String {
        let parts: Vec<&str> = self.sentences.iter().map(|s| s.text.as_str()).collect();
        parts.join(" ")
    }
}

/// Cuts `text` into sentence units, each with its byte offsets and kind.
///
/// Errors: [`Error::EmptyText`] for empty or white-space text, [`Error::TextTooLong`].
pub fn sentences(text: &str) -> Result<Vec<Unit>> {
    Ok(Document::new(text)?.units)
}

/// Summarizes `text`: picks its most important sentences, without redundancy, within the
/// length asked for, and returns them in the order of the text with their offsets, with the
/// words and names that stand for the text.
///
/// Errors: [`Error::EmptyText`], [`Error::TextTooLong`], [`Error::NoSentences`] when no unit has
/// words, [`Error::InvalidOption`] and [`Error::ConflictingOptions`] for bad options.
pub fn summarize(text: &str, options: &Options) -> Result<Summary> {
    let budget = options.budget()?;
    let doc = Document::new(text)?;
    let candidates = doc.candidates()?;
    let scored = score::score(&doc, &candidates, options.title.as_deref());
    let chosen = select::select(&doc, &scored, budget);
    let keywords = keywords::keywords(&doc, &candidates);
    Ok(summary::summary(&doc, &scored, &chosen, keywords))
}

/// The units [`summarize`] would rank, best first, with their scores: for evaluation and for
/// callers that apply their own budget. Redundant units are left out.
pub fn ranked(text: &str, title: Option<&str>) -> Result<Vec<(Unit, f64)>> {
    let doc = Document::new(text)?;
    let candidates = doc.candidates()?;
    let scored = score::score(&doc, &candidates, title);
    let order = select::rank(&doc, &scored);
    Ok(order
        .into_iter()
        .map(|c| (doc.units[scored.units[c]].clone(), scored.scores[c]))
        .collect())
}
