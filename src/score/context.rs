//! What the feature groups compare a candidate with: the text-wide statistics of each term,
//! and where the candidate stands among the paragraphs.

use super::table::TermTable;
use super::title::Title;
use crate::document::Document;
use crate::Unit;

/// What the content features need of each term number, in one place (one cache line per
/// lookup).
#[derive(Clone, Copy, Default)]
pub(super) struct TermStats {
    /// Sum of the term's weights over the candidates.
    pub(super) centroid: f32,
    /// 1 + ln(occurrences).
    pub(super) tf: f32,
    /// Its weight (idf).
    pub(super) idf: f32,
    /// Its weight in the title, 0 if the title lacks it.
    pub(super) title: f32,
    /// Its weight in the first candidate, 0 if that lacks it.
    pub(super) first: f32,
    /// One of the ten heaviest terms.
    pub(super) top: bool,
}

/// The text-wide quantities the content features compare a candidate with.
pub(super) struct Context {
    pub(super) stats: Vec<TermStats>,
    /// Squared norm of the centroid of the candidates, and of its one-syllable terms.
    pub(super) centroid_sq: f32,
    pub(super) syllable_centroid_sq: f32,
    /// Norm of the first candidate's vector.
    pub(super) first_norm: f32,
    /// Weight of the title's terms, and of its one-syllable terms.
    pub(super) title_mass: f32,
    pub(super) title_syllable_mass: f32,
    /// How many top terms `keyword_share` counts (at most 10).
    pub(super) top_count: usize,
}

impl Context {
    pub(super) fn new(table: &TermTable, terms: &[u32], title: &Title, n: usize) -> Context {
        let mut stats: Vec<TermStats> = (0..table.ids.len())
            .map(|k| TermStats {
                tf: table.tf(k),
                idf: table.idfs[k],
                ..TermStats::default()
            })
            .collect();
        for &t in terms {
            stats[t as usize].top = true;
        }
        for &(k, w) in &table.items {
            stats[k as usize].centroid += w;
        }
        for &(k, w) in &title.terms {
            stats[k].title = w;
        }
        let mut first_norm = 0.0;
        if n > 0 {
            for &(k, w) in table.vector(0) {
                stats[k as usize].first = w;
            }
            first_norm = table
                .vector(0)
                .iter()
                .map(|t| t.1 * t.1)
                .sum::<f32>()
                .sqrt();
        }
        let squares = |s: &[TermStats]| s.iter().map(|s| s.centroid * s.centroid).sum();
        let centroid_sq = squares(&stats);
        let syllable_centroid_sq = squares(&stats[..table.syllable_count]);
        Context {
            stats,
            centroid_sq,
            syllable_centroid_sq,
            first_norm,
            title_mass: title.mass,
            title_syllable_mass: title.syllable_mass,
            top_count: terms.len(),
        }
    }
}

/// Paragraph bookkeeping while walking the candidates in order.
pub(super) struct Blocks {
    pub(super) prev: usize,
    pub(super) pos: usize,
    pub(super) first: usize,
}

/// Where a candidate stands among the paragraphs.
pub(super) struct BlockPlace {
    /// The first candidate of its paragraph.
    pub(super) first_in_block: bool,
    /// Its position in its paragraph, from 0.
    pub(super) pos_in_block: usize,
    /// In the paragraph of the first candidate.
    pub(super) in_first_block: bool,
}

impl Blocks {
    pub(super) fn new(doc: &Document<'_>, cands: &[usize]) -> Blocks {
        Blocks {
            prev: usize::MAX,
            pos: 0,
            first: cands.first().map_or(0, |&u| doc.units[u].paragraph),
        }
    }

    pub(super) fn next(&mut self, unit: &Unit) -> BlockPlace {
        let first_in_block = unit.paragraph != self.prev;
        self.pos = if first_in_block { 0 } else { self.pos + 1 };
        self.prev = unit.paragraph;
        BlockPlace {
            first_in_block,
            pos_in_block: self.pos,
            in_first_block: unit.paragraph == self.first,
        }
    }
}
