//! The text's terms, numbered and counted: a content syllable's number is its syllable number,
//! the two-syllable terms come after. Each candidate's distinct terms with their weights, and
//! the text's heaviest terms.

use crate::document::Document;
use crate::order;
use crate::terms::{for_each_term, log_tf, Numbering, TermId, Vocab};
use crate::UnitKind;

/// How many of the text's heaviest terms `keyword_share` counts.
pub(super) const TOP_TERMS: usize = 10;

/// The terms of a text, numbered: a content syllable's number is its syllable number, the
/// two-syllable terms come after. Per number: id, idf, occurrences, first occurrence.
pub(super) struct TermTable {
    pub(super) syllable_count: usize,
    pub(super) ids: Vec<TermId>,
    pub(super) idfs: Vec<f32>,
    pub(super) count: Vec<u32>,
    /// Unit and syllable index of the first occurrence.
    pub(super) first: Vec<(u32, u32)>,
    pub(super) bigrams: Numbering,
    /// Each candidate's distinct terms with their weights: `items[spans[c].0..spans[c].1]`.
    pub(super) items: Vec<(u32, f32)>,
    pub(super) spans: Vec<(usize, usize)>,
}

impl TermTable {
    /// Numbers and counts the terms of the candidates and headings.
    pub(super) fn count(doc: &Document<'_>, cands: &[usize]) -> TermTable {
        let vocab = &doc.vocab;
        let syllable_count = vocab.len();
        // Room for the two-syllable terms of a long article up front; a longer text grows the
        // tables as its terms come (news has about 15 times fewer distinct terms than
        // syllables: room for half the syllables would mostly stay empty).
        let room = (doc.syllables.len() / 2 + 16).min(1 << 14);
        // The syllables' entries, with room for the two-syllable terms after them from the
        // start, so that they are never copied to grow.
        fn with_room<T: Clone>(head: &[T], room: usize) -> Vec<T> {
            let mut v = Vec::with_capacity(head.len() + room);
            v.extend_from_slice(head);
            v
        }
        fn zeros<T: Clone>(zero: T, n: usize, room: usize) -> Vec<T> {
            let mut v = Vec::with_capacity(n + room);
            v.resize(n, zero);
            v
        }
        let mut t = TermTable {
            syllable_count,
            ids: with_room(&vocab.ids, room),
            idfs: with_room(&vocab.idf, room),
            count: zeros(0, syllable_count, room),
            first: zeros((0, 0), syllable_count, room),
            bigrams: Numbering::with_capacity(room),
            items: Vec::with_capacity(doc.syllables.len()),
            spans: Vec::with_capacity(cands.len()),
        };
        // The last candidate (1-based) whose vector got the term.
        let mut stamp: Vec<u32> = zeros(0, syllable_count, room);
        let mut next_cand = 0usize;
        for u in doc.units.iter().filter(|u| u.kind != UnitKind::Boilerplate) {
            let cand = cands.get(next_cand) == Some(&u.index);
            if cand {
                next_cand += 1;
            }
            let syls = doc.syllables_of(u.index);
            let a = t.items.len();
            for_each_term(syls, |id, bigram, i| {
                let k = if bigram {
                    t.two_syllable(id, syls[i].sid, syls[i + 1].sid, vocab, &mut stamp)
                } else {
                    syls[i].sid as usize
                };
                if t.count[k] == 0 {
                    t.first[k] = (u.index as u32, i as u32);
                }
                t.count[k] += 1;
                if cand && stamp[k] != next_cand as u32 {
                    stamp[k] = next_cand as u32;
                    t.items.push((k as u32, t.idfs[k]));
                }
            });
            if cand {
                t.spans.push((a, t.items.len()));
            }
        }
        t
    }

    /// The number of a two-syllable term, numbering it if new.
    pub(super) fn two_syllable(
        &mut self,
        id: TermId,
        p: u32,
        q: u32,
        vocab: &Vocab,
        stamp: &mut Vec<u32>,
    ) -> usize {
        let (b, new) = self.bigrams.number(id);
        if new {
            self.ids.push(id);
            self.idfs
                .push(0.5 * (vocab.idf[p as usize] + vocab.idf[q as usize]));
            self.count.push(0);
            self.first.push((0, 0));
            stamp.push(0);
        }
        self.syllable_count + b as usize
    }

    /// The number of a term of the text, if it has it.
    pub(super) fn number(&self, id: TermId, bigram: bool, vocab: &Vocab) -> Option<usize> {
        if bigram {
            self.bigrams
                .get(id)
                .map(|b| self.syllable_count + b as usize)
        } else {
            vocab.get(id).map(|s| s as usize)
        }
    }

    /// Candidate `c`'s distinct terms with their weights.
    pub(super) fn vector(&self, c: usize) -> &[(u32, f32)] {
        let (a, b) = self.spans[c];
        &self.items[a..b]
    }

    /// 1 + ln(count).
    pub(super) fn tf(&self, k: usize) -> f32 {
        log_tf(self.count[k])
    }

    /// Sort key of a term: the heaviest first, ties by first occurrence (unit, syllable), then
    /// number.
    pub(super) fn key(&self, k: usize) -> (u64, u64) {
        let weight = self.tf(k) * self.idfs[k];
        let (unit, syllable) = self.first[k];
        let heavy_first = u64::from(!order::f32_key(weight)) << 32 | u64::from(unit);
        (heavy_first, u64::from(syllable) << 32 | k as u64)
    }

    /// The heaviest terms, at most [`TOP_TERMS`], the heaviest first. Candidates gather in a
    /// buffer that is cut back to the best [`TOP_TERMS`] whenever it holds twice as many (the
    /// library's one sort); after a cut, a key no better than the worst kept cannot get in.
    pub(super) fn heaviest(&self) -> Vec<u32> {
        let mut best: Vec<(u64, u64)> = Vec::with_capacity(2 * TOP_TERMS);
        let mut bar = (u64::MAX, u64::MAX);
        for k in (0..self.ids.len()).filter(|&k| self.count[k] > 0) {
            let key = self.key(k);
            if key < bar {
                best.push(key);
                if best.len() == 2 * TOP_TERMS {
                    order::sort_pairs(&mut best);
                    best.truncate(TOP_TERMS);
                    bar = best[TOP_TERMS - 1];
                }
            }
        }
        order::sort_pairs(&mut best);
        best.truncate(TOP_TERMS);
        best.into_iter()
            .map(|(_, low)| (low & 0xffff_ffff) as u32)
            .collect()
    }
}
