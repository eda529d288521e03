//! The lab's entry points (cargo feature `lab`), for fitting and measuring the engine, not for
//! applications: the feature dump the model is fitted on, the budget fill of `tomtat eval`, and
//! the few internals that scripts and tests need. Nothing here is part of the stable API.

pub use crate::score::FeatureRows;
use crate::Result;

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

/// The match key of a word of one or more syllables as the keyword lexicon stores it
/// (`scripts/fit_words.py`): the id of its folded syllable, or the chain of bigram ids over
/// its syllables.
pub fn word_key(word: &str) -> u64 {
    word.split_whitespace()
        .map(crate::terms::word_id)
        .reduce(crate::terms::bigram)
        .unwrap_or(0)
}
