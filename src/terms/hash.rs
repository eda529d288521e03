//! Term ids: hashes of folded keys, stable across platforms and builds. Terms are compared by
//! these hashes only.

use super::TermId;
use crate::text::fold_hash;

pub(super) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// One byte of FNV-1a.
pub(super) fn fnv(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
}

/// Hashes folded keys: FNV-1a, then a final mix. Stable across platforms and builds.
pub(crate) fn hash_key(key: &str) -> TermId {
    mix(key.bytes().fold(FNV_OFFSET, fnv))
}

/// The id of a word: `hash_key(&fold(word))`, without building the folded key.
pub(crate) fn word_id(word: &str) -> TermId {
    let mut h = FNV_OFFSET;
    fold_hash(word, &mut |b| h = fnv(h, b));
    mix(h)
}

pub(super) fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

/// The id of the syllable sequence `a b`.
pub(crate) fn bigram(a: TermId, b: TermId) -> TermId {
    mix(a.rotate_left(17) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn word_id_is_the_hash_of_the_folded_key() {
        let table = ('\0'..='\u{36F}').chain('\u{1E00}'..='\u{1EFF}');
        let others = [
            '\u{301}', '\u{323}', 'Ω', 'ά', 'Й', '日', '\u{AD}', '\u{FEFF}', 'İ', 'ẞ',
        ];
        for c in table.chain(others) {
            let w = format!("{c}");
            assert_eq!(word_id(&w), hash_key(&fold(&w)), "U+{:04X}", c as u32);
        }
        let nfd: String = "Nguyễn Thị Thuỷ KHOẺ".nfd().collect();
        for w in [
            "Nguyễn",
            "HOÀ",
            "thủy",
            "ṍ",
            "Việt\u{AD}Nam",
            "a\u{301}\u{300}",
            &nfd,
        ] {
            assert_eq!(word_id(w), hash_key(&fold(w)), "{w:?}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn word_id_is_the_hash_of_the_folded_key(t in "\\PC{0,12}|.{0,6}") {
            prop_assert_eq!(word_id(&t), hash_key(&crate::text::fold(&t)));
        }
    }
}
