//! Inverse document frequencies of syllables, fitted on Vietnamese news (see
//! `scripts/fit_idf.py` and the header of `data/idf.txt`).

use std::sync::OnceLock;

use crate::normalize::fold_into;
use crate::terms::{hash_key, IdMap, TermId};

const TABLE: &str = include_str!("data/idf.txt");
/// Size of one step of the quantized idf in the table.
const STEP: f32 = 0.25;

struct Idf {
    map: IdMap<f32>,
    /// The idf of a syllable missing from the table (rarer than any in it).
    unseen: f32,
}

fn table() -> &'static Idf {
    static T: OnceLock<Idf> = OnceLock::new();
    T.get_or_init(|| {
        let mut map = IdMap::default();
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
                map.entry(hash_key(&key)).or_insert(idf);
            }
        }
        Idf {
            map,
            unseen: max + 1.0,
        }
    })
}

/// The idf of a syllable id (see [`crate::terms::Syllable::id`]).
pub fn syllable(id: TermId) -> f32 {
    let t = table();
    t.map.get(&id).copied().unwrap_or(t.unseen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn common_syllables_weigh_less_than_rare_ones() {
        let id = |w: &str| hash_key(&fold(w));
        assert!(syllable(id("của")) < 0.5);
        assert!(syllable(id("bão")) > syllable(id("người")));
        assert!(syllable(id("xyzzyq")) > syllable(id("bão")));
        assert_eq!(syllable(id("Hoà")), syllable(id("hòa")));
    }
}
