//! What a candidate states, comparable across documents, and the three rules that tell two
//! candidates of any documents state one fact:
//!
//! - **the same words**: the engine's bigram rule ([`crate::select::repeats`]) on syllable ids
//!   (a text's own syllable numbers mean nothing in another text);
//! - **the same fact**: the smaller candidate's distinct content syllables (not part of a
//!   stopword; numbers included) are at least [`Rules::fact`]`.0` in the other, and its content
//!   bigrams (consecutive content syllables, stopwords taken out) at least `.1`;
//! - **the same anchors**: the two share at least [`Rules::anchors`]`.0` anchors and that share
//!   `.1` of the smaller anchor set, and the candidate of less content weight has `.2` of it in
//!   the other; an anchor is a syllable with a digit ("14", "5h30") or a capitalized syllable
//!   after the candidate's first ("Khánh", "Lĩnh").
//!
//! Content is weighed by idf; the same weights give the cosine of two candidates.

use crate::document::Document;
use crate::select::{repeats as bigram_repeat, shared};
use crate::terms::bigram;

/// The thresholds of the rules (see the module).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    /// Shares of the smaller's content syllables and content bigrams found in the other.
    pub fact: (f64, f64),
    /// Anchors shared (at least), their share of the smaller set, and the content share.
    pub anchors: (usize, f64, f64),
}

/// What the rules compare of one candidate, all by term ids (hashes of match keys).
pub(super) struct Facts {
    /// Bigrams of all its syllables, sorted, distinct.
    grams: Vec<u64>,
    /// Distinct content syllables, sorted by id, with their idf.
    content: Vec<(u64, f32)>,
    /// Distinct content bigrams, sorted.
    content_grams: Vec<u64>,
    /// Distinct anchors, sorted.
    anchors: Vec<u64>,
    /// Sum and norm of the content weights.
    mass: f32,
    norm: f32,
}

impl Facts {
    /// The facts of unit `unit` of `doc`.
    pub fn of(doc: &Document<'_>, unit: usize) -> Facts {
        let syls = doc.syllables_of(unit);
        let sorted = |v: Vec<u64>| crate::order::sorted_unique(v.into_iter());
        let grams = sorted(syls.windows(2).map(|w| bigram(w[0].id, w[1].id)).collect());
        let content_syls: Vec<_> = syls.iter().filter(|s| !s.stop).collect();
        let content_grams = sorted(
            content_syls
                .windows(2)
                .map(|w| bigram(w[0].id, w[1].id))
                .collect(),
        );
        // Each id with its idf (one id, one idf): sorted and made distinct as pairs.
        let mut pairs: Vec<(u64, u64)> = content_syls
            .iter()
            .map(|s| (s.id, u64::from(doc.vocab.idf[s.sid as usize].to_bits())))
            .collect();
        crate::order::sort_pairs(&mut pairs);
        pairs.dedup();
        let content: Vec<(u64, f32)> = pairs
            .into_iter()
            .map(|(id, w)| (id, f32::from_bits(w as u32)))
            .collect();
        let anchors = sorted(
            syls.iter()
                .enumerate()
                .filter(|&(k, s)| {
                    (k > 0 && s.upper) || doc.text[s.range()].bytes().any(|b| b.is_ascii_digit())
                })
                .map(|(_, s)| s.id)
                .collect(),
        );
        let mass = content.iter().map(|c| c.1).sum();
        let norm = content.iter().map(|c| c.1 * c.1).sum::<f32>().sqrt();
        Facts {
            grams,
            content,
            content_grams,
            anchors,
            mass,
            norm,
        }
    }

    /// The content weight of `self` that `other` holds too.
    fn weight_in(&self, other: &Facts) -> f32 {
        let (mut i, mut j, mut w) = (0, 0, 0f32);
        while i < self.content.len() && j < other.content.len() {
            let (a, b) = (self.content[i].0, other.content[j].0);
            if a == b {
                w += self.content[i].1;
            }
            i += usize::from(a <= b);
            j += usize::from(b <= a);
        }
        w
    }

    /// The cosine of the two candidates' content (idf weights, each syllable once).
    pub fn cosine(&self, other: &Facts) -> f32 {
        let (mut i, mut j, mut dot) = (0, 0, 0f32);
        while i < self.content.len() && j < other.content.len() {
            let (a, b) = (self.content[i], other.content[j]);
            if a.0 == b.0 {
                dot += a.1 * b.1;
            }
            i += usize::from(a.0 <= b.0);
            j += usize::from(b.0 <= a.0);
        }
        let norms = self.norm * other.norm;
        if norms > 0.0 {
            dot / norms
        } else {
            0.0
        }
    }

    /// The ids of its content syllables, with their idf.
    pub fn content(&self) -> &[(u64, f32)] {
        &self.content
    }

    /// Whether the two state one fact by any of the rules.
    pub fn repeats(&self, other: &Facts, rules: &Rules) -> bool {
        bigram_repeat(&self.grams, &other.grams)
            || self.same_fact(other, rules.fact)
            || self.same_anchors(other, rules.anchors)
    }

    fn same_fact(&self, other: &Facts, (syllables, bigrams): (f64, f64)) -> bool {
        let (small, big) = if self.content.len() <= other.content.len() {
            (self, other)
        } else {
            (other, self)
        };
        if small.content.is_empty() {
            return false;
        }
        let ids = |f: &Facts| f.content.iter().map(|c| c.0).collect::<Vec<u64>>();
        if (shared(&ids(small), &ids(big)) as f64) < syllables * small.content.len() as f64 {
            return false;
        }
        small.content_grams.is_empty()
            || shared(&small.content_grams, &big.content_grams) as f64
                >= bigrams * small.content_grams.len() as f64
    }

    fn same_anchors(&self, other: &Facts, (count, share, content): (usize, f64, f64)) -> bool {
        let both = shared(&self.anchors, &other.anchors);
        let small = self.anchors.len().min(other.anchors.len());
        let (light, heavy) = if self.mass <= other.mass {
            (self, other)
        } else {
            (other, self)
        };
        both >= count
            && both as f64 >= share * small as f64
            && light.mass > 0.0
            && f64::from(light.weight_in(heavy)) >= content * f64::from(light.mass)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: Rules = Rules {
        fact: (0.6, 0.4),
        anchors: (3, 0.6, 0.4),
    };

    fn facts(text: &str) -> Facts {
        let doc = Document::new(text).unwrap();
        Facts::of(&doc, 0)
    }

    #[test]
    fn one_fact_in_two_outlets_words_is_a_repeat() {
        // The same words, another order of the clauses: the bigram rule.
        let a = facts("Từ đầu năm đến nay, hơn 12.000 hộ dân ở tỉnh Hà Lam thiếu nước sinh hoạt.");
        let b = facts("Đợt hạn kéo dài từ đầu năm khiến hơn 12.000 hộ dân ở tỉnh Hà Lam thiếu nước sinh hoạt.");
        assert!(a.repeats(&b, &RULES) && b.repeats(&a, &RULES));
        // Time, date, pass and province shared, little else: the anchors rule.
        let a = facts(
            "Khoảng 5h30 sáng 14/3, xe khách 45 chỗ chở 38 hành khách từ TP. Hà Sơn đi huyện \
             Mường Lai lao xuống vực sâu khoảng 20 m khi đang xuống đèo Khánh Lĩnh.",
        );
        let b = facts(
            "Vụ tai nạn xảy ra lúc 5h30 ngày 14/3 tại km 7 đèo Khánh Lĩnh, khi xe khách mang \
             biển số 27B-015.42 đang chạy theo hướng TP. Hà Sơn đi Mường Lai.",
        );
        assert!(!bigram_repeat(&a.grams, &b.grams));
        assert!(
            a.same_anchors(&b, RULES.anchors),
            "{:?} {:?}",
            a.anchors,
            b.anchors
        );
        assert!(a.repeats(&b, &RULES));
        // The same content retold: the same-fact rule.
        let a = facts(
            "PGS.TS. Lê Thanh Vân: Thời tiết là nguyên nhân trực tiếp, nhưng không phải duy nhất.",
        );
        let b = facts("Tuy nhiên, theo ông, thời tiết không phải nguyên nhân duy nhất.");
        assert!(a.same_fact(&b, RULES.fact));
    }

    #[test]
    fn two_facts_of_one_story_are_not() {
        let a = facts("Vụ tai nạn làm 3 người chết tại chỗ và 12 người bị thương, trong đó 4 người bị thương nặng.");
        let b = facts("Tỉnh quyết định hỗ trợ mỗi gia đình có người thiệt mạng 20 triệu đồng và mỗi người bị thương 5 triệu đồng.");
        assert!(!a.repeats(&b, &RULES));
        let a = facts("Đèo Khánh Lĩnh dài 11 km, có nhiều khúc cua gấp và đã xảy ra hai vụ tai nạn nghiêm trọng trong năm qua.");
        let b = facts("Những người bị thương được chuyển đến Bệnh viện Đa khoa tỉnh Hà Sơn và Trung tâm Y tế huyện Mường Lai.");
        assert!(!a.repeats(&b, &RULES));
        // A sentence and itself: one fact; and the cosine of the two is 1.
        assert!(a.repeats(&a, &RULES));
        assert!((a.cosine(&a) - 1.0).abs() < 1e-6);
        assert!(a.cosine(&b) < 0.3);
    }

    #[test]
    fn nfd_and_capitals_change_nothing() {
        let a = facts("Hòa Bình có mưa lớn.");
        let b = facts("HOÀ BÌNH CÓ MƯA LỚN.");
        assert_eq!(a.content, b.content);
        assert_eq!(a.grams, b.grams);
    }
}
