//! What a candidate states, comparable across documents, and the three rules that tell two
//! candidates of any documents state one fact:
//!
//! - **the same words**: the engine's bigram rule ([`crate::select::REPEAT_CONTAINMENT`] of
//!   the smaller's syllable bigrams shared), on syllable ids (a text's own syllable numbers
//!   mean nothing in another text);
//! - **the same fact**: the smaller candidate's distinct content syllables (not part of a
//!   stopword; numbers included) are at least [`Rules::fact`]`.0` in the other, and its content
//!   bigrams (consecutive content syllables, stopwords taken out) at least `.1`;
//! - **the same anchors**: the two share at least [`Rules::anchors`]`.0` anchors and that share
//!   `.1` of the smaller anchor set, and the candidate of less content weight has `.2` of it in
//!   the other; an anchor is a syllable with a digit ("14", "5h30") or a capitalized syllable
//!   after the candidate's first ("Khánh", "Lĩnh").
//!
//! Content is weighed by idf (the same syllable has the same idf in every document); the same
//! weights give the cosine of two candidates.

use crate::document::Document;
use crate::select::REPEAT_CONTAINMENT;
use crate::terms::bigram;

/// The thresholds of the rules (see the module).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    /// Shares of the smaller's content syllables and content bigrams found in the other.
    pub fact: (f64, f64),
    /// Anchors shared (at least), their share of the smaller set, and the content share.
    pub anchors: (usize, f64, f64),
}

/// The kinds of a candidate's keys.
const CONTENT: usize = 0;
const CONTENT_GRAM: usize = 1;
const ANCHOR: usize = 2;
const GRAM: usize = 3;

/// What the rules compare of one candidate.
pub(super) struct Facts {
    /// Its keys, sorted and distinct: (term id, kind << 32 | the idf's bits for a content
    /// syllable). Content syllables, content bigrams, anchors, and bigrams of all syllables.
    keys: Vec<(u64, u64)>,
    /// How many keys of each kind.
    count: [usize; 4],
    /// The sum and the norm of its content weights.
    mass: f32,
    norm: f32,
}

/// What two candidates share: keys of each kind, and the sum and the sum of squares of the
/// weights of the content syllables.
struct Overlap {
    count: [usize; 4],
    weight: f32,
    dot: f32,
}

impl Facts {
    /// The facts of unit `unit` of `doc`.
    pub fn of(doc: &Document<'_>, unit: usize) -> Facts {
        let syls = doc.syllables_of(unit);
        let mut keys: Vec<(u64, u64)> = Vec::with_capacity(4 * syls.len());
        let mut content: Option<u64> = None;
        for (k, s) in syls.iter().enumerate() {
            if k > 0 {
                keys.push((bigram(syls[k - 1].id, s.id), (GRAM as u64) << 32));
                if s.upper {
                    keys.push((s.id, (ANCHOR as u64) << 32));
                }
            }
            if doc.text[s.range()].bytes().any(|b| b.is_ascii_digit()) {
                keys.push((s.id, (ANCHOR as u64) << 32));
            }
            if !s.stop {
                let idf = doc.vocab.idf[s.sid as usize];
                keys.push((s.id, (CONTENT as u64) << 32 | u64::from(idf.to_bits())));
                if let Some(p) = content {
                    keys.push((bigram(p, s.id), (CONTENT_GRAM as u64) << 32));
                }
                content = Some(s.id);
            }
        }
        crate::order::sort_pairs(&mut keys);
        keys.dedup();
        let mut f = Facts {
            keys,
            count: [0; 4],
            mass: 0.0,
            norm: 0.0,
        };
        for &(_, k) in &f.keys {
            f.count[kind(k)] += 1;
            let w = weight(k);
            f.mass += w;
            f.norm += w * w;
        }
        f.norm = f.norm.sqrt();
        f
    }

    fn overlap(&self, other: &Facts) -> Overlap {
        let mut o = Overlap {
            count: [0; 4],
            weight: 0.0,
            dot: 0.0,
        };
        let (a, b) = (&self.keys, &other.keys);
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            let (x, y) = ((a[i].0, kind(a[i].1)), (b[j].0, kind(b[j].1)));
            if x == y {
                o.count[x.1] += 1;
                let w = weight(a[i].1);
                o.weight += w;
                o.dot += w * w;
            }
            i += usize::from(x <= y);
            j += usize::from(y <= x);
        }
        o
    }

    /// The cosine of the two candidates' content (idf weights, each syllable once).
    pub fn cosine(&self, other: &Facts) -> f32 {
        let norms = self.norm * other.norm;
        if norms > 0.0 {
            self.overlap(other).dot / norms
        } else {
            0.0
        }
    }

    /// Whether the two state one fact by any of the rules.
    pub fn repeats(&self, other: &Facts, rules: &Rules) -> bool {
        let o = self.overlap(other);
        let at_least = |n: usize, share: f64, of: usize| n as f64 >= share * of as f64;
        let smaller = |k: usize| {
            if self.count[k] <= other.count[k] {
                self
            } else {
                other
            }
        };
        // The same words.
        let grams = self.count[GRAM].min(other.count[GRAM]);
        let words = grams > 0 && at_least(o.count[GRAM], REPEAT_CONTAINMENT, grams);
        // The same fact: the smaller by content syllables.
        let s = smaller(CONTENT);
        let fact = s.count[CONTENT] > 0
            && at_least(o.count[CONTENT], rules.fact.0, s.count[CONTENT])
            && at_least(o.count[CONTENT_GRAM], rules.fact.1, s.count[CONTENT_GRAM]);
        // The same anchors, and content: the lighter's weight found in the other.
        let (n, share, content) = rules.anchors;
        let light = if self.mass <= other.mass { self } else { other };
        let anchors = o.count[ANCHOR] >= n
            && at_least(o.count[ANCHOR], share, smaller(ANCHOR).count[ANCHOR])
            && light.mass > 0.0
            && f64::from(o.weight) >= content * f64::from(light.mass);
        words || fact || anchors
    }
}

/// The kind of a key's second half.
fn kind(k: u64) -> usize {
    (k >> 32) as usize
}

/// The weight (idf) of a content syllable's key; 0 for the other kinds.
fn weight(k: u64) -> f32 {
    f32::from_bits(k as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: Rules = Rules {
        fact: (0.6, 0.4),
        anchors: (3, 0.6, 0.4),
    };
    /// Rules that never apply, but the engine's bigram rule.
    const WORDS_ONLY: Rules = Rules {
        fact: (2.0, 2.0),
        anchors: (usize::MAX, 2.0, 2.0),
    };

    fn facts(text: &str) -> Facts {
        let doc = Document::new(text).unwrap();
        Facts::of(&doc, 0)
    }

    #[test]
    fn one_fact_in_two_outlets_words_is_a_repeat() {
        // The same words, another order of the clauses: the bigram rule.
        let a = facts("Từ đầu năm đến nay, hơn 12.000 hộ dân ở tỉnh Hà Lam thiếu nước sinh hoạt.");
        let b = facts(
            "Đợt hạn kéo dài từ đầu năm khiến hơn 12.000 hộ dân ở tỉnh Hà Lam thiếu nước sinh hoạt.",
        );
        assert!(a.repeats(&b, &WORDS_ONLY) && b.repeats(&a, &WORDS_ONLY));
        // Time, date, pass and province shared, little else: the anchors rule.
        let a = facts(
            "Khoảng 5h30 sáng 14/3, xe khách 45 chỗ chở 38 hành khách từ TP. Hà Sơn đi huyện \
             Mường Lai lao xuống vực sâu khoảng 20 m khi đang xuống đèo Khánh Lĩnh.",
        );
        let b = facts(
            "Vụ tai nạn xảy ra lúc 5h30 ngày 14/3 tại km 7 đèo Khánh Lĩnh, khi xe khách mang \
             biển số 27B-015.42 đang chạy theo hướng TP. Hà Sơn đi Mường Lai.",
        );
        assert!(!a.repeats(&b, &WORDS_ONLY));
        let anchors_only = Rules {
            fact: (2.0, 2.0),
            ..RULES
        };
        assert!(a.repeats(&b, &anchors_only));
        // The same content retold: the same-fact rule.
        let a = facts(
            "PGS.TS. Lê Thanh Vân: Thời tiết là nguyên nhân trực tiếp, nhưng không phải duy nhất.",
        );
        let b = facts("Tuy nhiên, theo ông, thời tiết không phải nguyên nhân duy nhất.");
        let fact_only = Rules {
            anchors: (usize::MAX, 2.0, 2.0),
            ..RULES
        };
        assert!(!a.repeats(&b, &WORDS_ONLY));
        assert!(a.repeats(&b, &fact_only) && b.repeats(&a, &fact_only));
    }

    #[test]
    fn two_facts_of_one_story_are_not() {
        let a = facts(
            "Vụ tai nạn làm 3 người chết tại chỗ và 12 người bị thương, trong đó 4 người bị thương nặng.",
        );
        let b = facts(
            "Tỉnh quyết định hỗ trợ mỗi gia đình có người thiệt mạng 20 triệu đồng và mỗi người bị thương 5 triệu đồng.",
        );
        assert!(!a.repeats(&b, &RULES));
        let a = facts(
            "Đèo Khánh Lĩnh dài 11 km, có nhiều khúc cua gấp và đã xảy ra hai vụ tai nạn nghiêm trọng trong năm qua.",
        );
        let b = facts(
            "Những người bị thương được chuyển đến Bệnh viện Đa khoa tỉnh Hà Sơn và Trung tâm Y tế huyện Mường Lai.",
        );
        assert!(!a.repeats(&b, &RULES));
        // A sentence and itself: one fact; and the cosine of the two is 1.
        assert!(a.repeats(&a, &RULES));
        assert!((a.cosine(&a) - 1.0).abs() < 1e-6);
        assert!(a.cosine(&b) < 0.3);
    }

    #[test]
    fn nfd_and_capitals_change_nothing_but_the_anchors() {
        let a = facts("Hòa Bình có mưa lớn.");
        let b = facts("HOÀ BÌNH CÓ MƯA LỚN.");
        let no_anchors = |f: &Facts| -> Vec<(u64, u64)> {
            f.keys
                .iter()
                .copied()
                .filter(|k| kind(k.1) != ANCHOR)
                .collect()
        };
        assert_eq!(no_anchors(&a), no_anchors(&b));
        assert!(a.count[CONTENT] >= 3 && a.count[CONTENT_GRAM] == a.count[CONTENT] - 1);
        // A name's syllables are anchors and content in one, only content in the other: all
        // the content is shared all the same.
        let c = facts("Mưa lớn kéo dài ở Hà Nội.");
        let d = facts("hà nội mưa lớn kéo dài.");
        assert_eq!(c.overlap(&d).count[CONTENT], c.count[CONTENT]);
        assert!((c.cosine(&d) - 1.0).abs() < 1e-6);
        // "Bình" in the one; every syllable after the first in the other.
        assert_eq!((a.count[ANCHOR], b.count[ANCHOR]), (1, 4));
    }
}
