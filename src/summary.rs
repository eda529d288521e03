//! The result: the chosen sentences as the caller's text has them, and the counts.

use crate::document::Document;
use crate::score::Scored;
use crate::{Keyword, Stats, Summary, SummarySentence, UnitKind};

/// The [`Summary`] of the chosen candidates (indexes into `scored`), with the text's keywords:
/// the sentences with their scores scaled to 0..1 within the text, and the counts.
pub(crate) fn summary(
    doc: &Document<'_>,
    scored: &Scored,
    chosen: &[usize],
    keywords: Vec<Keyword>,
) -> Summary {
    let (lo, hi) = scored
        .scores
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &s| {
            (lo.min(s), hi.max(s))
        });
    let norm = |s: f64| if hi > lo { (s - lo) / (hi - lo) } else { 1.0 };
    let sentences: Vec<SummarySentence> = chosen
        .iter()
        .map(|&c| {
            let u = &doc.units[scored.units[c]];
            SummarySentence {
                index: u.index,
                start: u.start,
                end: u.end,
                score: (norm(scored.scores[c]) * 1e4).round() / 1e4,
                text: doc.text[u.start..u.end].to_string(),
            }
        })
        .collect();
    let words_of = |u: usize| doc.syllables_of(u).len();
    let stats = Stats {
        units: doc.units.len(),
        candidates: scored.units.len(),
        selected: sentences.len(),
        boilerplate: doc
            .units
            .iter()
            .filter(|u| u.kind == UnitKind::Boilerplate)
            .count(),
        words: scored.units.iter().map(|&u| words_of(u)).sum(),
        summary_words: sentences.iter().map(|s| words_of(s.index)).sum(),
        chars: doc.text.chars().count(),
        summary_chars: sentences.iter().map(|s| s.text.chars().count()).sum(),
    };
    Summary {
        sentences,
        keywords,
        stats,
    }
}
