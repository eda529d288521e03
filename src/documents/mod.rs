//! Several documents on one story, one summary ([`summarize_documents`]): the stage after the
//! single-text pipeline, which it calls for each document and never changes.
//!
//! 1. Each document is cut, cleaned and scored alone, with its own title, by the shipped
//!    model ([`crate::score`]); its own near-repeats are left out as [`crate::ranked`] leaves
//!    them out ([`crate::select`]).
//! 2. Each candidate's score is less its document's best, so that documents compete on equal
//!    terms, and a little less for a later document.
//! 3. The choice ([`choose`]) takes the best candidate again and again, statements before
//!    questions, each less a penalty for every sentence already taken from its document and
//!    for its likeness to the sentences taken; one that states a fact already taken, in the
//!    same words or in others ([`facts`]), is left out.
//! 4. The summary is shown by document, then in each document's order; the keywords are the
//!    story's: of the documents as one text.
//!
//! One document gives exactly what [`crate::summarize`] gives. The method and its constants
//! were decided by cross-validation over clusters of news articles (docs/multidoc-lab.md,
//! docs/quality.md).

mod choose;
mod facts;

use serde::Serialize;

pub use choose::{Params, PARAMS};
#[cfg(feature = "lab")]
pub use facts::Rules;

use choose::{choose, Candidate};
use facts::Facts;

use crate::document::Document;
use crate::options::Budget;
use crate::score::{self, Scored};
use crate::select::{self, asks};
use crate::{keywords, summary};
use crate::{Error, Keyword, Options, Result, Stats, Summary, MAX_TEXT_BYTES};

/// One document of a story: its text and, if known, its title (otherwise its first heading
/// is its title, as for [`crate::summarize`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Input<'a> {
    /// The text.
    pub text: &'a str,
    /// Its title, if known.
    pub title: Option<&'a str>,
}

impl<'a> Input<'a> {
    /// A document with its title.
    pub fn titled(title: &'a str, text: &'a str) -> Self {
        Input {
            text,
            title: Some(title),
        }
    }
}

impl<'a> From<&'a str> for Input<'a> {
    fn from(text: &'a str) -> Self {
        Input { text, title: None }
    }
}

/// A sentence of a story's summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentSentence {
    /// The document it comes from: an index into the documents given.
    pub document: usize,
    /// Index of the unit among all units of its document (as [`crate::sentences()`] numbers them).
    pub index: usize,
    /// Byte offset in its document's text.
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// How important the sentence was judged, in 0..1 over all the documents' candidates.
    pub score: f64,
    /// The sentence as written in its document.
    pub text: String,
}

/// The result of [`summarize_documents`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentsSummary {
    /// The chosen sentences, by document, then in the order of each document.
    pub sentences: Vec<DocumentSentence>,
    /// The words and names that stand for the story: those of the documents as one text (a
    /// word several documents use counts in each).
    pub keywords: Vec<Keyword>,
    /// Counts over all the documents.
    pub stats: Stats,
    /// Each document's counts, in the order given.
    pub documents: Vec<Stats>,
}

/// One text's summary as a story's of one document (each sentence's `document` is 0).
impl From<Summary> for DocumentsSummary {
    fn from(mut s: Summary) -> Self {
        let mut out = DocumentsSummary {
            sentences: Vec::new(),
            keywords: std::mem::take(&mut s.keywords),
            stats: Stats::default(),
            documents: Vec::new(),
        };
        out.add(0, s);
        out
    }
}

impl DocumentsSummary {
    /// The summary as text: its sentences joined by a space.
    pub fn text(&self) -> String {
        let parts: Vec<&str> = self.sentences.iter().map(|s| s.text.as_str()).collect();
        parts.join(" ")
    }
}

/// Summarizes several documents on one story (articles of several outlets on one event) in
/// one summary: the sentences that matter across the documents, none stating a fact another
/// states, shown by document and then in each document's order, each naming its document and
/// its byte offsets in that document's text. The length options count over the whole story
/// (`ratio` of all the candidates; with none, about a fifth of them, one to five). One document
/// gives what [`crate::summarize`] gives for it.
///
/// Errors: [`Error::NoDocuments`]; [`Error::InvalidOption`] for `title` (give each document its
/// own) and for bad options, [`Error::ConflictingOptions`]; [`Error::TextTooLong`] when the
/// documents together are longer than [`MAX_TEXT_BYTES`]; [`Error::Document`] when one of
/// them is empty or has no sentence, naming it.
pub fn summarize_documents(inputs: &[Input<'_>], options: &Options) -> Result<DocumentsSummary> {
    summarize_with(inputs, options, &PARAMS)
}

/// [`summarize_documents`] with the constants `params` (the lab's cross-validation of them).
pub(crate) fn summarize_with(
    inputs: &[Input<'_>],
    options: &Options,
    params: &Params,
) -> Result<DocumentsSummary> {
    let budget = options.budget()?;
    check(inputs, options)?;
    if let [one] = inputs {
        let options = Options {
            title: one.title.map(str::to_string),
            ..options.clone()
        };
        let s = crate::summarize(one.text, &options).map_err(|e| Error::in_document(0, 1, e))?;
        return Ok(s.into());
    }
    let story = Story::with(inputs, params)?;
    let n = story.cands.len() + story.others;
    let count = match budget {
        Budget::Default => ((n as f64 * 0.2).round() as usize).clamp(1, 5),
        Budget::Sentences(k) => k,
        Budget::Ratio(r) => ((n as f64 * r).round() as usize).max(1),
        Budget::Words(_) | Budget::Chars(_) => usize::MAX,
    };
    let limit = match budget {
        Budget::Words(w) => w,
        Budget::Chars(c) => c,
        _ => count,
    };
    let size = |c: usize| -> usize {
        let (d, u) = story.unit_of(c);
        let doc = &story.docs[d].doc;
        match budget {
            Budget::Words(_) => doc.syllables_of(u).len(),
            Budget::Chars(_) => {
                let u = &doc.units[u];
                doc.text[u.start..u.end].chars().count()
            }
            _ => 1,
        }
    };
    // Taken until the count is reached or the words or characters fill the limit; one that
    // does not fit is passed over, as for a single text.
    let (mut used, mut chosen) = (0usize, Vec::new());
    choose(&story.cands, inputs.len(), params, |c| {
        let s = size(c);
        if used + s <= limit {
            used += s;
            chosen.push(c);
        }
        used == limit
    });
    Ok(story.summary(chosen, story_keywords(inputs)))
}

/// The candidates of all the documents in the order [`summarize_documents`] chooses them
/// (with `params`), each with its document, its unit and its score: for the lab
/// (`tomtat eval --documents`). One document: [`crate::ranked`].
#[cfg(feature = "lab")]
pub(crate) fn ranked_documents(
    inputs: &[Input<'_>],
    params: &Params,
) -> Result<Vec<(usize, crate::Unit, f64)>> {
    check(inputs, &Options::default())?;
    if let [one] = inputs {
        let ranked = crate::ranked(one.text, one.title).map_err(|e| Error::in_document(0, 1, e))?;
        return Ok(ranked.into_iter().map(|(u, s)| (0, u, s)).collect());
    }
    let story = Story::with(inputs, params)?;
    let order = choose(&story.cands, inputs.len(), params, |_| false);
    Ok(order
        .into_iter()
        .map(|c| {
            let (d, u) = story.unit_of(c);
            (d, story.docs[d].doc.units[u].clone(), story.cands[c].base)
        })
        .collect())
}

/// What holds for any set of documents: at least one, no story-wide title, not too long
/// together.
fn check(inputs: &[Input<'_>], options: &Options) -> Result<()> {
    if inputs.is_empty() {
        return Err(Error::NoDocuments);
    }
    if options.title.is_some() {
        return Err(Error::invalid(
            "title",
            "give each document its own title, not one for all",
        ));
    }
    let bytes = inputs.iter().map(|i| i.text.len()).sum::<usize>();
    // With the blank lines that join them for the keywords.
    if bytes + 2 * inputs.len() > MAX_TEXT_BYTES {
        return Err(Error::TextTooLong {
            bytes,
            max: MAX_TEXT_BYTES,
        });
    }
    Ok(())
}

impl DocumentsSummary {
    /// Adds document `document`'s sentences and counts.
    fn add(&mut self, document: usize, part: Summary) {
        for x in part.sentences {
            self.sentences.push(DocumentSentence {
                document,
                index: x.index,
                start: x.start,
                end: x.end,
                score: x.score,
                text: x.text,
            });
        }
        let (t, s) = (&mut self.stats, &part.stats);
        t.units += s.units;
        t.candidates += s.candidates;
        t.selected += s.selected;
        t.boilerplate += s.boilerplate;
        t.words += s.words;
        t.summary_words += s.summary_words;
        t.chars += s.chars;
        t.summary_chars += s.summary_chars;
        self.documents.push(part.stats);
    }
}

/// One document, analyzed.
struct Analyzed<'a> {
    doc: Document<'a>,
    scored: Scored,
    /// Its best score, and the candidates' scores as the story ranks them (centered, less the
    /// document's prior): by candidate, in the order of the text.
    story_scores: Vec<f64>,
}

/// The documents of a story, analyzed, and the candidates the choice is among.
struct Story<'a> {
    docs: Vec<Analyzed<'a>>,
    /// The documents' ranked candidates, by document, then in the order of each text.
    cands: Vec<Candidate>,
    /// Where each is: its document and its index among that document's candidates.
    at: Vec<(usize, usize)>,
    /// How many candidates their documents' rankings left out (near-repeats).
    others: usize,
}

impl<'a> Story<'a> {
    fn with(inputs: &[Input<'a>], params: &Params) -> Result<Self> {
        let mut story = Story {
            docs: Vec::with_capacity(inputs.len()),
            cands: Vec::new(),
            at: Vec::new(),
            others: 0,
        };
        for (d, input) in inputs.iter().enumerate() {
            let at = |e| Error::in_document(d, inputs.len(), e);
            // Each document goes through the single-text stages alone before the next is cut (a document's syllable numbers hold only until the next).
            let doc = Document::new(input.text).map_err(at)?;
            let candidates = doc.candidates().map_err(at)?;
            let scored = score::score(&doc, &candidates, input.title);
            // What `ranked` ranks, in the order of the text: the single text's selection of
            // them all (the code a summary runs already; the .wasm holds it once).
            let ranked = select::select(&doc, &scored, Budget::Ratio(1.0));
            story.others += candidates.len() - ranked.len();
            let top = scored
                .scores
                .iter()
                .copied()
                .fold(f64::NEG_INFINITY, f64::max);
            let center = if params.center { top } else { 0.0 };
            let story_scores: Vec<f64> = scored
                .scores
                .iter()
                .map(|s| s - center - params.later_document * d as f64)
                .collect();
            for c in ranked {
                let u = &doc.units[scored.units[c]];
                story.cands.push(Candidate {
                    doc: d,
                    base: story_scores[c],
                    asks: asks(&doc.text[u.start..u.end]),
                    facts: Facts::of(&doc, u.index),
                });
                story.at.push((d, c));
            }
            story.docs.push(Analyzed {
                doc,
                scored,
                story_scores,
            });
        }
        Ok(story)
    }

    /// Candidate `c`'s document and unit.
    fn unit_of(&self, c: usize) -> (usize, usize) {
        let (d, k) = self.at[c];
        (d, self.docs[d].scored.units[k])
    }

    /// The summary of the candidates `chosen`: each document's sentences and counts through
    /// the single text's result, the scores scaled over the story.
    fn summary(self, chosen: Vec<usize>, keywords: Vec<Keyword>) -> DocumentsSummary {
        // Candidates are by document, then in the order of each text: their order is the
        // summary's.
        let chosen = crate::order::sorted_unique(chosen.iter().map(|&c| c as u64));
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for &x in self.docs.iter().flat_map(|a| &a.story_scores) {
            (lo, hi) = (lo.min(x), hi.max(x));
        }
        let mut out = DocumentsSummary {
            sentences: Vec::new(),
            keywords,
            stats: Stats::default(),
            documents: Vec::new(),
        };
        for (d, a) in self.docs.iter().enumerate() {
            let mine: Vec<usize> = chosen
                .iter()
                .map(|&c| self.at[c as usize])
                .filter(|at| at.0 == d)
                .map(|at| at.1)
                .collect();
            let mut s = summary::summary(&a.doc, &a.scored, &mine, Vec::new());
            for (x, &k) in s.sentences.iter_mut().zip(&mine) {
                let score = if hi > lo {
                    (a.story_scores[k] - lo) / (hi - lo)
                } else {
                    1.0
                };
                x.score = (score * 1e4).round() / 1e4;
            }
            out.add(d, s);
        }
        out
    }
}

/// The keywords of the story: of its documents as one text (each word counted over all of
/// them), for the words several outlets use to weigh more.
fn story_keywords(inputs: &[Input<'_>]) -> Vec<Keyword> {
    let mut joined = String::new();
    for i in inputs {
        joined.push_str(i.text);
        joined.push_str("\n\n");
    }
    Document::new(&joined)
        .and_then(|doc| Ok(keywords::keywords(&doc, &doc.candidates()?)))
        .unwrap_or_default()
}
