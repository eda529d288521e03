//! The lab's entry points (cargo feature `lab`), for fitting and measuring the engine, not for
//! applications: the feature dump the model is fitted on, the shipped ranking and selection
//! over scores made elsewhere (the out-of-fold models of cross-validation), the budget fill of
//! `tomtat eval`, and the few internals that scripts and tests need. Nothing here is part of
//! the stable API.

use std::fmt;

use crate::document::Document;
pub use crate::score::FeatureRows;
use crate::score::Scored;
use crate::{keywords, score, select, summary};
use crate::{Error, Options, Result, Summary, Unit};

/// The feature vectors of the candidate units of `text` (for fitting the model).
pub fn features(text: &str, title: Option<&str>) -> Result<FeatureRows> {
    crate::score::features(text, title)
}

/// The names of the model's inputs, in order: the columns of [`FeatureRows`]' vectors, then
/// `titled` (whether the text has a title, [`FeatureRows::titled`]).
pub fn input_names() -> &'static [&'static str] {
    crate::score::features::NAMES
}

/// How `tomtat eval --words-from-reference` (and the quality guard of the tests) fills a word
/// budget with units ranked best first: until `budget` words are reached, and a unit placed
/// before one already chosen only if it fits whole (the summary is read in text order and cut
/// after the budget, so a unit that does not fit would push out the better one). `at` gives a
/// unit's place in the text, `words` its length; the chosen come back in text order.
pub fn fill_budget<T>(
    ranked: impl IntoIterator<Item = T>,
    budget: usize,
    at: impl Fn(&T) -> usize,
    words: impl Fn(&T) -> usize,
) -> Vec<T> {
    let mut used = 0;
    let mut chosen: Vec<T> = Vec::new();
    for u in ranked {
        if used >= budget {
            break;
        }
        let n = words(&u);
        if used + n > budget && chosen.iter().any(|c| at(c) > at(&u)) {
            continue;
        }
        used += n;
        chosen.push(u);
    }
    chosen.sort_by_key(|u| at(u));
    chosen
}

/// The constants of the multi-document mode, and the rules of a repeat across documents.
pub use crate::documents::{Params as DocumentsParams, Rules, PARAMS as DOCUMENTS_PARAMS};

/// The candidates of all the documents in the order [`crate::summarize_documents`] chooses
/// them with `params` (the shipped ones: [`DOCUMENTS_PARAMS`]), each with its document's
/// index, its unit and its score in the story: what `tomtat eval --documents
/// --words-from-reference` fills the reference's length with. One document: [`crate::ranked`].
pub fn ranked_documents(
    inputs: &[crate::Input<'_>],
    params: &DocumentsParams,
) -> Result<Vec<(usize, Unit, f64)>> {
    crate::documents::ranked_documents(inputs, params)
}

/// [`crate::summarize_documents`] with the constants `params`.
pub fn summarize_documents_with(
    inputs: &[crate::Input<'_>],
    options: &Options,
    params: &DocumentsParams,
) -> Result<crate::DocumentsSummary> {
    crate::documents::summarize_with(inputs, options, params)
}

/// White space as the engine sees it (a text of nothing else is empty): Unicode white space,
/// NBSP and the invisible characters included.
pub fn is_space(c: char) -> bool {
    crate::text::is_space(c)
}

/// How many syllables (words) the engine counts in `text[start..end]`: what `maxWords` and
/// [`crate::Stats`]' word counts count.
pub fn syllable_count(text: &str, start: usize, end: usize) -> usize {
    crate::terms::syllables(text, start, end).len()
}

/// A syllable as the engine reads it (for the lab's tools: `scripts/lab/ranked.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyllableInfo {
    /// Byte offsets into the text.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// Part of a stopword.
    pub stop: bool,
    /// Holds a letter.
    pub alphabetic: bool,
    /// Begins with an upper-case letter.
    pub upper: bool,
    /// Only white space separates it from the syllable before.
    pub joined: bool,
}

/// The syllables of `text[start..end]` as the engine reads them.
pub fn syllables(text: &str, start: usize, end: usize) -> Vec<SyllableInfo> {
    crate::terms::syllables(text, start, end)
        .iter()
        .map(|s| SyllableInfo {
            start: s.start as usize,
            end: s.end as usize,
            stop: s.stop,
            alphabetic: s.alphabetic,
            upper: s.upper,
            joined: s.joined,
        })
        .collect()
}

/// The match key of a word of one or more syllables as the keyword lexicon stores it
/// (`scripts/fit_words.py`): the id of its folded syllable, or the chain of bigram ids over
/// its syllables.
pub fn word_key(word: &str) -> u64 {
    word.split_whitespace()
        .map(crate::terms::word_id)
        .reduce(crate::terms::bigram)
        .unwrap_or(0)
}

/// What went wrong in [`ranked_with_scores`] or [`summarize_with_scores`].
#[derive(Debug, Clone, PartialEq)]
pub enum ScoresError {
    /// The engine's own error (the text is empty, has no sentence, bad options...).
    Engine(Error),
    /// The scores given are not one for each candidate unit of the text.
    Mismatch(String),
}

impl fmt::Display for ScoresError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScoresError::Engine(e) => e.fmt(f),
            ScoresError::Mismatch(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for ScoresError {}

impl From<Error> for ScoresError {
    fn from(e: Error) -> Self {
        ScoresError::Engine(e)
    }
}

/// The text's candidates as scoring leaves them (with the term vectors that selection needs),
/// with `scores` (unit index, score) in place of the model's: exactly one for each candidate.
fn scored_with(
    doc: &Document<'_>,
    candidates: &[usize],
    scores: &[(usize, f64)],
) -> std::result::Result<Scored, ScoresError> {
    let mut scored = score::score(doc, candidates, None);
    let mut given = vec![None; doc.units.len()];
    for &(unit, score) in scores {
        match given.get_mut(unit) {
            Some(slot @ None) => *slot = Some(score),
            Some(Some(_)) => {
                return Err(ScoresError::Mismatch(format!("unit {unit} scored twice")));
            }
            None => {
                return Err(ScoresError::Mismatch(format!(
                    "unit {unit} is past the text's {} units",
                    doc.units.len()
                )))
            }
        }
    }
    let mut scored_units = 0;
    for (c, &u) in scored.units.iter().enumerate() {
        scored.scores[c] = given[u]
            .ok_or_else(|| ScoresError::Mismatch(format!("candidate unit {u} has no score")))?;
        scored_units += 1;
    }
    if scored_units != scores.len() {
        return Err(ScoresError::Mismatch(format!(
            "{} scores for the text's {scored_units} candidate units: some are for units that \
             are no candidates",
            scores.len()
        )));
    }
    Ok(scored)
}

/// [`crate::ranked`] with `scores` (unit index, score: one for each candidate unit) in place of
/// the model's: the shipped ranking, its rules against repeats and questions included.
pub fn ranked_with_scores(
    text: &str,
    scores: &[(usize, f64)],
) -> std::result::Result<Vec<(Unit, f64)>, ScoresError> {
    let doc = Document::new(text)?;
    let candidates = doc.candidates()?;
    let scored = scored_with(&doc, &candidates, scores)?;
    let order = select::rank(&doc, &scored);
    Ok(order
        .into_iter()
        .map(|c| (doc.units[scored.units[c]].clone(), scored.scores[c]))
        .collect())
}

/// [`crate::summarize`] with `scores` (unit index, score: one for each candidate unit) in
/// place of the model's: the shipped selection under the options' budget.
pub fn summarize_with_scores(
    text: &str,
    options: &Options,
    scores: &[(usize, f64)],
) -> std::result::Result<Summary, ScoresError> {
    let budget = options.budget()?;
    let doc = Document::new(text)?;
    let candidates = doc.candidates()?;
    let scored = scored_with(&doc, &candidates, scores)?;
    let chosen = select::select(&doc, &scored, budget);
    let keywords = keywords::keywords(&doc, &candidates);
    Ok(summary::summary(&doc, &scored, &chosen, keywords))
}

/// The unit that is the asker's question, when the text asks (`crate::kind`): what the
/// summary puts first.
pub fn askers_question(text: &str) -> Option<usize> {
    crate::document::Document::new(text).ok()?.question
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Hà Nội mưa lớn từ chiều qua, nhiều tuyến phố ngập sâu. \
        Giao thông ùn tắc kéo dài đến tối. Người dân phải dắt xe qua các điểm ngập. \
        Mưa lớn ở Hà Nội khiến nhiều tuyến phố ngập sâu từ chiều qua.";

    /// The model's own scores handed back give what the engine gives.
    #[test]
    fn the_models_scores_given_back_rank_and_select_as_the_engine_does() {
        let ranked = crate::ranked(TEXT, None).unwrap();
        let doc = Document::new(TEXT).unwrap();
        let candidates = doc.candidates().unwrap();
        let model = score::score(&doc, &candidates, None);
        let scores: Vec<(usize, f64)> = model.units.iter().copied().zip(model.scores).collect();
        assert_eq!(ranked_with_scores(TEXT, &scores).unwrap(), ranked);
        // The repeat (the last sentence) is left out either way.
        assert_eq!(ranked.len(), 3);
        let options = Options {
            sentences: Some(2),
            ..Options::default()
        };
        assert_eq!(
            summarize_with_scores(TEXT, &options, &scores).unwrap(),
            crate::summarize(TEXT, &options).unwrap()
        );
    }

    #[test]
    fn other_scores_rank_otherwise() {
        // The third sentence best, then the second; of the first and the last, which say the
        // same thing, only the one scored higher.
        let scores = [(0, 0.1), (1, 0.5), (2, 0.9), (3, 0.2)];
        let ranked: Vec<usize> = ranked_with_scores(TEXT, &scores)
            .unwrap()
            .into_iter()
            .map(|(u, _)| u.index)
            .collect();
        assert_eq!(ranked, [2, 1, 3]);
    }

    #[test]
    fn scores_must_be_one_for_each_candidate() {
        let mismatch = |s: &[(usize, f64)]| {
            matches!(ranked_with_scores(TEXT, s), Err(ScoresError::Mismatch(_)))
        };
        assert!(mismatch(&[(0, 0.1), (1, 0.5), (2, 0.9)]));
        assert!(mismatch(&[
            (0, 0.1),
            (1, 0.5),
            (2, 0.9),
            (3, 0.2),
            (9, 1.0)
        ]));
        assert!(mismatch(&[(0, 0.1), (0, 0.5), (2, 0.9), (3, 0.2)]));
        assert_eq!(
            ranked_with_scores("  ", &[]),
            Err(ScoresError::Engine(Error::EmptyText))
        );
    }
}
