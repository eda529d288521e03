//! Match keys: words folded to one key whatever their case, their Unicode form (NFC or NFD)
//! and the vowel their tone mark sits on, without invisible characters. Folding never changes
//! the text the engine returns; it only builds keys. And the lower case of a character, from
//! the library's own table (`src/data/lowercase.rs`).

use std::sync::OnceLock;

use super::decompose::decompose_canonical;
use super::is_invisible;

include!("../data/lowercase.rs");

/// The five Vietnamese tone marks as combining characters.
pub(super) const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Appends the match key of `word` to `out`.
///
/// The key is the canonical decomposition (of the scripts the library decomposes: Latin,
/// Greek, Cyrillic, Hangul; other characters stay as they are), lower-cased, with the tone mark taken off its vowel
/// and put at the end, so "Hoà", "hòa" and their NFD forms all give one key, and so do
/// "thuỷ"/"thủy" and "khoẻ"/"khỏe". The key is not meant to be shown.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    let mut tone = 0u8;
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            fold_decomposed(c, &mut tone, &mut |l| out.push(l));
        }
    }
    if tone != 0 {
        out.push(TONE_MARKS[usize::from(tone - 1)]);
    }
}

/// The match key of `word` (see [`fold_into`]).
pub(crate) fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len() + 2);
    fold_into(word, &mut s);
    s
}

/// Folds one character: nothing for an invisible one; else its canonical decomposition, lower
/// case, to `emit`, but its tone mark, which goes to `tone` (1 + its index in `TONE_MARKS`).
fn fold_decomposed(c: char, tone: &mut u8, emit: &mut impl FnMut(char)) {
    if is_invisible(c) {
        return;
    }
    decompose_canonical(c, |d| {
        if let Some(t) = TONE_MARKS.iter().position(|&m| m == d) {
            *tone = t as u8 + 1;
        } else {
            lower(d, &mut *emit);
        }
    });
}

/// The hash of the match key of `word`: [`crate::terms::hash_key`] of [`fold_into`]'s key,
/// computed without building the key. For the Latin letters (where Vietnamese is) each
/// character's folded bytes come from a table made once from the same decomposition.
pub(crate) fn fold_hash(word: &str, hash: &mut impl FnMut(u8)) {
    let mut tone = 0u8;
    for c in word.chars() {
        fold_char(c, &mut tone, hash);
    }
    end_fold(tone, hash);
}

/// Feeds the folded bytes of `c` to `hash`, but its tone mark, which goes to `tone` (see
/// [`fold_hash`]).
#[inline]
pub(crate) fn fold_char(c: char, tone: &mut u8, hash: &mut impl FnMut(u8)) {
    if let Some(info) = char_info(c) {
        info.fold(tone, hash);
    } else {
        let mut buf = [0u8; 4];
        fold_decomposed(c, tone, &mut |l| {
            l.encode_utf8(&mut buf).bytes().for_each(&mut *hash)
        });
    }
}

/// Feeds the tone mark the fold put aside, if any, to `hash`.
#[inline]
pub(crate) fn end_fold(tone: u8, hash: &mut impl FnMut(u8)) {
    if tone != 0 {
        let mut buf = [0u8; 4];
        TONE_MARKS[usize::from(tone - 1)]
            .encode_utf8(&mut buf)
            .bytes()
            .for_each(hash);
    }
}

/// What the tokenizer needs to know of a character of the Latin blocks, read from a table.
#[derive(Clone, Copy)]
pub(crate) struct CharInfo {
    /// The bytes of its fold but the tone mark (little-endian) and how many (at most 8).
    bytes: u64,
    len: u8,
    /// Its tone mark: 1 + the index in `TONE_MARKS`, or 0.
    tone: u8,
    /// [`WORD`], [`MARK`], [`PUNCT`], [`ALPHABETIC`], [`UPPER`].
    pub flags: u8,
}

/// An ASCII letter or digit, or a letter of the Latin blocks: word characters of UAX #29.
pub(crate) const WORD: u8 = 1;

/// A combining diacritical mark (U+0300 to U+036F).
pub(crate) const MARK: u8 = 2;

/// ASCII punctuation but `_`, and the guillemets.
pub(crate) const PUNCT: u8 = 4;

/// `char::is_alphabetic`.
pub(crate) const ALPHABETIC: u8 = 8;

/// `char::is_uppercase`.
pub(crate) const UPPER: u8 = 16;

impl CharInfo {
    /// The entry of punctuation outside the table.
    pub(crate) const fn punctuation() -> CharInfo {
        CharInfo {
            bytes: 0,
            len: 0,
            tone: 0,
            flags: PUNCT,
        }
    }

    /// As [`fold_char`].
    #[inline]
    pub(crate) fn fold(self, tone: &mut u8, hash: &mut impl FnMut(u8)) {
        for k in 0..self.len {
            hash((self.bytes >> (8 * k)) as u8);
        }
        if self.tone != 0 {
            *tone = self.tone;
        }
    }
}

/// The table's entry for `c`: U+0000 to U+036F (Latin letters and the combining marks) and
/// U+1E00 to U+1EFF (Latin Extended Additional, where most Vietnamese letters are).
#[inline]
pub(crate) fn char_info(c: char) -> Option<CharInfo> {
    let i = c as usize;
    let slot = match i {
        0..=0x36F => i,
        0x1E00..=0x1EFF => i - 0x1E00 + 0x370,
        _ => return None,
    };
    Some(char_table()[slot])
}

/// Letters of Latin-1, Latin Extended-A and -B, and Latin Extended Additional (where the
/// precomposed Vietnamese letters are): all of word-break class ALetter.
pub(crate) fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

fn char_table() -> &'static [CharInfo] {
    static TABLE: OnceLock<Vec<CharInfo>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let chars = ('\0'..='\u{36F}').chain('\u{1E00}'..='\u{1EFF}');
        chars
            .map(|c| {
                let mut key = String::new();
                let mut word = [0u8; 4];
                fold_into(c.encode_utf8(&mut word), &mut key);
                let tone = key
                    .chars()
                    .next_back()
                    .and_then(|l| TONE_MARKS.iter().position(|&m| m == l))
                    .map_or(0, |t| t as u8 + 1);
                let body = if tone != 0 {
                    &key[..key.len() - 2]
                } else {
                    &key[..]
                };
                let bytes = body
                    .bytes()
                    .rev()
                    .fold(0u64, |acc, b| (acc << 8) | u64::from(b));
                let flag = |yes: bool, f: u8| if yes { f } else { 0 };
                let flags = flag(c.is_ascii_alphanumeric() || is_latin_letter(c), WORD)
                    | flag(('\u{300}'..='\u{36F}').contains(&c), MARK)
                    | flag(
                        (c.is_ascii_punctuation() && c != '_') || c == '«' || c == '»',
                        PUNCT,
                    )
                    | flag(c.is_alphabetic(), ALPHABETIC)
                    | flag(c.is_uppercase(), UPPER);
                // Every fold of these characters is at most 8 bytes (checked by a test).
                CharInfo {
                    bytes,
                    len: body.len().min(8) as u8,
                    tone,
                    flags,
                }
            })
            .collect()
    })
}

/// Emits the lower case of `c`, as `char::to_lowercase` gives it, from the runs of
/// `src/data/lowercase.rs` (1.5 KB instead of std's 11.7 KB table in the .wasm).
pub(crate) fn lower(c: char, mut emit: impl FnMut(char)) {
    let cp = u32::from(c);
    if cp < 0x80 {
        return emit(c.to_ascii_lowercase());
    }
    if cp == 0x130 {
        // 'İ' is the one character whose lower case is two.
        emit('i');
        return emit('\u{307}');
    }
    let word =
        |plane: usize, i: usize| u32::from_le_bytes([0, 1, 2, 3].map(|k| LOWER_RUNS[plane + k][i]));
    // The number of runs that start at or before `cp`.
    let (mut i, mut end) = (0, LOWER_RUNS[0].len());
    while i < end {
        let m = (i + end) / 2;
        if word(0, m) >> 8 <= cp {
            i = m + 1;
        } else {
            end = m;
        }
    }
    if let Some(i) = i.checked_sub(1) {
        let (packed, delta) = (word(0, i), word(4, i) as i32);
        let (start, count, stride) = (packed >> 8, (packed >> 1) & 0x7f, (packed & 1) + 1);
        let k = cp - start;
        if k % stride == 0 && k / stride < count {
            if let Some(l) = cp.checked_add_signed(delta).and_then(char::from_u32) {
                return emit(l);
            }
        }
    }
    emit(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::is_space;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn tone_placement_is_folded() {
        assert_eq!(fold("hoà"), fold("hòa"));
        assert_eq!(fold("thuỷ"), fold("thủy"));
        assert_eq!(fold("khoẻ"), fold("khỏe"));
        assert_eq!(fold("Quý"), fold("qúy"));
        assert_ne!(fold("hòa"), fold("hoa"));
        assert_ne!(fold("hòa"), fold("hóa"));
    }

    #[test]
    fn nfd_and_case_are_folded() {
        let nfc = "Đường Nguyễn Huệ";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        for (a, b) in nfc.split(' ').zip(nfd.split(' ')) {
            assert_eq!(fold(a), fold(b));
        }
        assert_eq!(fold("ĐÀ NẴNG"), fold("đà nẵng"));
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(fold("Việt\u{AD}Nam"), fold("ViệtNam"));
        assert_eq!(fold("\u{FEFF}Hà"), fold("hà"));
        assert!(is_space('\u{A0}'));
        assert!(is_space('\u{200B}'));
    }

    #[test]
    fn lower_agrees_with_std_on_every_code_point() {
        let mut mapped = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut got = String::new();
            lower(c, |l| got.push(l));
            let want: String = c.to_lowercase().collect();
            assert_eq!(got, want, "U+{:04X}", u32::from(c));
            mapped += usize::from(want != c.to_string());
        }
        // The mapping is not empty (Unicode 17 lower-cases 1,460 code points).
        assert!(mapped > 1_400, "{mapped}");
    }
}
