//! The choice of a story's sentences among all its documents' candidates: greedy, best first,
//! statements before questions, each candidate's score less a penalty for every sentence
//! already taken from its document and for its likeness to the sentences taken, a candidate
//! that states a fact already taken left out ([`Facts::repeats`]).

use std::collections::BinaryHeap;

use super::facts::{Facts, Rules};
use crate::order::f64_key;
use crate::terms::Numbering;

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

/// Each candidate is compared with every sentence taken while fewer than this many are taken
/// (a summary), and its likeness to them counted; past that (a long summary of long texts),
/// only with the taken ones that hold one of its rarest content syllables, and its likeness
/// stays what it was.
const COMPARE_ALL: usize = 32;

/// How many of a candidate's rarest content syllables find the sentences it may repeat, and
/// how many of the latest holders of each are compared.
const PROBES: usize = 3;
const PER_TERM: usize = 48;

/// The candidates (indexes into `cands`, which are in the order of the documents and of each
/// text) in the order they are chosen, until `enough` says so of the last.
pub(super) fn choose(
    cands: &[Candidate],
    documents: usize,
    params: &Params,
    mut enough: impl FnMut(usize) -> bool,
) -> Vec<usize> {
    let n = cands.len();
    let mut taken_from = vec![0usize; documents];
    // Each candidate's best cosine with the first taken, up to `seen[c]` of them.
    let mut likeness = vec![0f32; n];
    let mut seen = vec![0usize; n];
    // Statements first, each group best first, ties to the earlier candidate.
    let key = |c: usize, taken_from: &[usize], likeness: &[f32]| {
        let x = &cands[c];
        let value = x.base
            - params.per_document * taken_from[x.doc] as f64
            - params.similarity * f64::from(likeness[c]);
        (u64::from(!x.asks) << 63 | f64_key(value) >> 1, !(c as u64))
    };
    // Keys only fall as sentences are taken: a candidate whose key, brought up to date, is
    // still the largest is the best (the others' keys are bounds of their values).
    let mut heap: BinaryHeap<(u64, u64)> = (0..n).map(|c| key(c, &taken_from, &likeness)).collect();
    let mut taken: Vec<usize> = Vec::new();
    let mut probes = Numbering::default();
    let mut holders: Vec<Vec<usize>> = Vec::new();
    while let Some(old) = heap.pop() {
        let c = !old.1 as usize;
        if params.similarity != 0.0 {
            let upto = taken.len().min(COMPARE_ALL);
            for &t in &taken[seen[c]..upto] {
                likeness[c] = likeness[c].max(cands[c].facts.cosine(&cands[t].facts));
            }
            seen[c] = upto;
        }
        let now = key(c, &taken_from, &likeness);
        if now != old && heap.peek().is_some_and(|&top| top > now) {
            heap.push(now);
            continue;
        }
        let facts = &cands[c].facts;
        let rare = rarest(facts);
        let repeats = |t: usize| facts.repeats(&cands[t].facts, &params.rules);
        let repeated = if taken.len() < COMPARE_ALL {
            taken.iter().any(|&t| repeats(t))
        } else {
            rare.iter().any(|&id| {
                probes.get(id).is_some_and(|p| {
                    holders[p as usize]
                        .iter()
                        .rev()
                        .take(PER_TERM)
                        .any(|&t| repeats(t))
                })
            })
        };
        if repeated {
            continue;
        }
        for id in rare {
            let (p, new) = probes.number(id);
            if new {
                holders.push(Vec::new());
            }
            holders[p as usize].push(c);
        }
        taken.push(c);
        taken_from[cands[c].doc] += 1;
        if enough(c) {
            break;
        }
    }
    taken
}

/// The ids of the [`PROBES`] rarest content syllables (the largest idf, ties by id).
fn rarest(facts: &Facts) -> Vec<u64> {
    let mut top: Vec<(u64, f32)> = Vec::with_capacity(PROBES + 1);
    for &(id, w) in facts.content() {
        let at = top.iter().position(|t| w > t.1).unwrap_or(top.len());
        if at < PROBES {
            top.insert(at, (id, w));
            top.truncate(PROBES);
        }
    }
    top.into_iter().map(|t| t.0).collect()
}
