//! The rules that keep a unit out of the top of the ranking: a near-repeat of a unit kept
//! before it (the same bigrams), and a unit that asks rather than tells. (Near-repeats by
//! their terms' cosine are found in [`super::rank_until`].)

use crate::document::Document;

/// Two candidates of which the smaller shares at least this share of its syllable bigrams with
/// the other say the same thing, even where names and numbers differ: only the better is kept.
pub(crate) const REPEAT_CONTAINMENT: f64 = 0.5;

/// The distinct syllable bigrams of a unit (stopwords included, as a reader sees them), as
/// sorted keys of the syllables' numbers in the text.
pub(super) fn bigram_keys(doc: &Document<'_>, unit: usize) -> Vec<u64> {
    let syls = doc.syllables_of(unit);
    crate::order::sorted_unique(
        syls.windows(2)
            .map(|w| u64::from(w[0].sid) << 32 | u64::from(w[1].sid)),
    )
}

/// How many keys two sorted lists share.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Whether two units (their bigram keys) say the same thing: the smaller shares at least
/// [`REPEAT_CONTAINMENT`] of its bigrams with the other.
pub(super) fn repeats(a: &[u64], b: &[u64]) -> bool {
    let small = a.len().min(b.len());
    small > 0 && shared(a, b) as f64 >= REPEAT_CONTAINMENT * small as f64
}
