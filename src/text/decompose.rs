//! Canonical decomposition of the characters a Vietnamese text shows, from the library's own
//! table (`src/data/decompositions.rs`, made by `scripts/lab/gen_decompositions.rs`).

include!("../data/decompositions.rs");

/// The characters whose canonical decomposition the library knows, as Unicode gives it: Latin
/// (Vietnamese included), the combining diacritical marks, Greek, Cyrillic, the letterlike
/// symbols Ω, K and Å, and the Hangul syllables. Every other character is taken as its own
/// decomposition: folding and [`nfc`] leave it as it comes. unicode-normalization's table for
/// all of Unicode cost the .wasm 19 KB gzipped; this one costs about 3 KB. A test checks it
/// against unicode-normalization on every code point.
#[allow(dead_code)] // read by the tests
pub(crate) const DECOMPOSED: [std::ops::RangeInclusive<char>; 4] = [
    '\0'..='\u{4FF}',
    '\u{1E00}'..='\u{1FFF}',
    '\u{2126}'..='\u{212B}',
    '\u{AC00}'..='\u{D7A3}',
];

/// Calls `emit` with each character of the canonical decomposition of `c`, for the characters
/// of [`DECOMPOSED`]; with `c` itself for any other.
pub(crate) fn decompose_canonical(c: char, mut emit: impl FnMut(char)) {
    const S_BASE: u32 = 0xAC00;
    let cp = c as u32;
    if (S_BASE..=0xD7A3).contains(&cp) {
        // A Hangul syllable: leading consonant, vowel, and trailing consonant if any.
        let s = cp - S_BASE;
        let jamo = [0x1100 + s / 588, 0x1161 + s % 588 / 28, 0x11A7 + s % 28];
        let n = if s % 28 == 0 { 2 } else { 3 };
        jamo[..n]
            .iter()
            .filter_map(|&j| char::from_u32(j))
            .for_each(emit);
        return;
    }
    if let Ok(key) = u16::try_from(cp) {
        let [hi, lo, base_hi, base_lo, marks @ ..] = &DECOMPOSITIONS;
        let at = |i: usize| u16::from(hi[i]) << 8 | u16::from(lo[i]);
        // The first row whose character is not below `key`.
        let (mut i, mut end) = (0, hi.len());
        while i < end {
            let mid = (i + end) / 2;
            if at(mid) < key {
                i = mid + 1;
            } else {
                end = mid;
            }
        }
        if i < hi.len() && at(i) == key {
            let base = u32::from(base_hi[i]) << 8 | u32::from(base_lo[i]);
            let base = char::from_u32(base).unwrap_or(c);
            let marks = marks.iter().map(|m| m[i]).filter(|&m| m != 0xFF);
            std::iter::once(base)
                .chain(marks.filter_map(|m| char::from_u32(0x300 + u32::from(m))))
                .for_each(emit);
            return;
        }
    }
    emit(c);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::{fold, TONE_MARKS};
    use crate::text::is_invisible;

    /// The match key as unicode-normalization's canonical decomposition gives it: what
    /// [`fold_into`] computed before the library had its own table.
    fn reference_fold(word: &str) -> String {
        let mut out = String::new();
        let mut tone = None;
        for c in word.chars().filter(|&c| !is_invisible(c)) {
            unicode_normalization::char::decompose_canonical(c, |d| {
                match TONE_MARKS.iter().position(|&m| m == d) {
                    Some(t) => tone = Some(TONE_MARKS[t]),
                    None => out.extend(d.to_lowercase()),
                }
            });
        }
        out.extend(tone);
        out
    }

    fn in_table(c: char) -> bool {
        DECOMPOSED.iter().any(|r| r.contains(&c))
    }

    #[test]
    fn decomposition_agrees_with_unicode_normalization_on_every_code_point() {
        let (mut claimed, mut left) = (0, 0);
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut ours = Vec::new();
            decompose_canonical(c, |d| ours.push(d));
            let mut want = Vec::new();
            unicode_normalization::char::decompose_canonical(c, |d| want.push(d));
            if in_table(c) {
                claimed += 1;
                assert_eq!(ours, want, "U+{:04X}", c as u32);
                let mut word = [0u8; 4];
                let word = c.encode_utf8(&mut word);
                assert_eq!(fold(word), reference_fold(word), "U+{:04X}", c as u32);
                // After a letter, and with a tone mark: the mark goes to the end either way.
                let word = format!("x{c}\u{323}");
                assert_eq!(fold(&word), reference_fold(&word), "U+{:04X}", c as u32);
            } else {
                // Outside the table: its own decomposition.
                assert_eq!(ours, [c], "U+{:04X}", c as u32);
                left += usize::from(want != [c]);
            }
        }
        // The table's blocks hold everything below U+0500 and the Hangul syllables; what is
        // left is the other scripts' decompositions (1,270 in unicode-normalization 0.1.26).
        assert!(claimed > 12_900, "{claimed}");
        assert!(left < 1_500, "{left}");
        eprintln!("{claimed} code points decomposed by the table, {left} others left as they are");
    }
}
