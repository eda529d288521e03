//! Inverse document frequencies of syllables, fitted on Vietnamese news (see
//! `scripts/fit_idf.py` and the header of `src/data/idf.txt`).

use std::sync::OnceLock;

use super::hash::hash_key;
use super::{Numbering, TermId};
use crate::text::fold_into;

const FILE: &str = include_str!("../data/idf.txt");
const BODY: [u8; FILE.len() - super::header_len(FILE)] = super::body(FILE);
/// The file without its header (kept out of the .wasm).
const TABLE: &str = super::as_str(&BODY);
/// Size of one step of the quantized idf in the table.
const STEP: f32 = 0.25;

struct Idf {
    /// Syllable ids, numbered; `idf[n]` is the idf of number `n`.
    ids: Numbering,
    idf: Vec<f32>,
    /// The idf of a syllable missing from the table (rarer than any in it).
    unseen: f32,
}

fn table() -> &'static Idf {
    static T: OnceLock<Idf> = OnceLock::new();
    T.get_or_init(|| {
        let mut ids = Numbering::default();
        let mut idfs = Vec::new();
        let mut max = 0f32;
        let mut key = String::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut parts = line.split(' ');
            // An integer: parsing floats would link std's float parser (10 KB of the .wasm).
            let Some(q) = parts.next().and_then(|q| q.parse::<u8>().ok()) else {
                continue;
            };
            let idf = f32::from(q) * STEP;
            max = max.max(idf);
            for w in parts {
                key.clear();
                fold_into(w, &mut key);
                if ids.number(hash_key(&key)).1 {
                    idfs.push(idf);
                }
            }
        }
        Idf {
            ids,
            idf: idfs,
            unseen: max + 1.0,
        }
    })
}

/// The idf of a syllable id (see [`crate::terms::Syllable::id`]).
pub(crate) fn syllable(id: TermId) -> f32 {
    let t = table();
    t.ids.get(id).map_or(t.unseen, |n| t.idf[n as usize])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn common_syllables_weigh_less_than_rare_ones() {
        let id = |w: &str| hash_key(&fold(w));
        assert!(syllable(id("của")) < 0.5);
        assert!(syllable(id("bão")) > syllable(id("người")));
        assert!(syllable(id("xyzzyq")) > syllable(id("bão")));
        assert_eq!(syllable(id("Hoà")), syllable(id("hòa")));
    }
}
