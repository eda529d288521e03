//! The choice of a story's sentences among all its documents' candidates: greedy, best first,
//! statements before questions, each candidate's score less a penalty for every sentence
//! already taken from its document and for its likeness to the sentences taken, a candidate
//! that states a fact already taken left out ([`Facts::repeats`]).

use super::facts::{Facts, Rules};
use crate::order::{f64_key, order_by};

/// The constants of the multi-document mode (docs/multidoc-lab.md, "Recommended
/// configuration"; chosen by cross-validation over clusters of news articles).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Each candidate's score is less its document's best (documents compete on equal terms).
    pub center: bool,
    /// Less this for every sentence already taken from its document (δ).
    pub per_document: f64,
    /// Less this times its best cosine with a sentence taken (μ, maximal marginal relevance).
    pub similarity: f64,
    /// Less this times its document's index (γ: the first document counts a little more).
    pub later_document: f64,
    /// The rules of a repeat.
    pub rules: Rules,
}

/// What ships.
pub const PARAMS: Params = Params {
    center: true,
    per_document: 0.1,
    similarity: 0.1,
    later_document: 0.05,
    rules: Rules {
        fact: (0.6, 0.4),
        anchors: (3, 0.6, 0.4),
    },
};

/// A candidate of the story.
pub(super) struct Candidate {
    /// Its document.
    pub doc: usize,
    /// Its score, centered, less the document's prior ([`Params::later_document`]).
    pub base: f64,
    /// It asks rather than tells: after every statement.
    pub asks: bool,
    pub facts: Facts,
}

/// A candidate is compared with the last this many sentences taken (all of them in a summary;
/// past that, in a long summary of long texts, the latest), and its likeness is to the first
/// this many.
const COMPARE: usize = 32;

/// The candidates (indexes into `cands`, which are in the order of the documents and of each
/// text) in the order they are chosen, until `enough` says so of the last.
pub(super) fn choose(
    cands: &[Candidate],
    documents: usize,
    params: &Params,
    mut enough: impl FnMut(usize) -> bool,
) -> Vec<usize> {
    // Each document's candidates left, statements first, each group best first by score. A
    // candidate's value is its score less penalties that are never negative, and the penalty
    // for its document is the same for all of the document's: once a candidate's score less
    // that penalty is below the best value found, none after it in its document can beat it.
    let mut lists: Vec<Vec<usize>> = vec![Vec::new(); documents];
    for c in order_by(cands.len(), |c| {
        u64::from(cands[c].asks) << 63 | !f64_key(cands[c].base) >> 1
    }) {
        lists[cands[c].doc].push(c);
    }
    let mut taken_from = vec![0usize; documents];
    // Each candidate's best cosine with the first taken, up to `seen[c]` of them.
    let mut likeness = vec![0f32; cands.len()];
    let mut seen = vec![0usize; cands.len()];
    let mut taken: Vec<usize> = Vec::new();
    loop {
        // The best candidate left: its document, its place in the document's list, whether it
        // asks, its value. Ties go to the earlier document.
        let mut best: Option<(usize, usize, bool, f64)> = None;
        for (d, list) in lists.iter().enumerate() {
            let penalty = params.per_document * taken_from[d] as f64;
            for (i, &c) in list.iter().enumerate() {
                let x = &cands[c];
                if let Some((.., asks, v)) = best {
                    if (x.asks && !asks) || (x.asks == asks && x.base - penalty <= v) {
                        break;
                    }
                }
                let upto = taken.len().min(COMPARE);
                for &t in &taken[seen[c].min(upto)..upto] {
                    likeness[c] = likeness[c].max(x.facts.cosine(&cands[t].facts));
                }
                seen[c] = upto;
                let value = x.base - penalty - params.similarity * f64::from(likeness[c]);
                let better = match best {
                    None => true,
                    Some((.., asks, v)) => (asks && !x.asks) || (asks == x.asks && value > v),
                };
                if better {
                    best = Some((d, i, x.asks, value));
                }
            }
        }
        let Some((d, i, ..)) = best else { break };
        let c = lists[d].remove(i);
        let recent = &taken[taken.len().saturating_sub(COMPARE)..];
        if recent
            .iter()
            .any(|&t| cands[c].facts.repeats(&cands[t].facts, &params.rules))
        {
            continue;
        }
        taken.push(c);
        taken_from[cands[c].doc] += 1;
        if enough(c) {
            break;
        }
    }
    taken
}
