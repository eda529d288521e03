//! Folding words for matching: NFC/NFD, case, Vietnamese tone-mark placement, invisible
//! characters. Folding never changes the text we return; it only builds match keys.

use unicode_normalization::char::decompose_canonical;
use unicode_normalization::UnicodeNormalization;

/// The five Vietnamese tone marks as combining characters.
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Characters that change nothing a reader sees: soft hyphen, zero-width space and joiners,
/// word joiner, byte-order mark. They are dropped from match keys.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// White space as a reader sees it, NBSP and the invisible characters included.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// Appends the match key of `word` to `out`.
///
/// The key is the canonical decomposition, lower-cased, with the tone mark taken off its vowel
/// and put at the end, so "Hoà", "hòa" and their NFD forms all give one key, and so do
/// "thuỷ"/"thủy" and "khoẻ"/"khỏe". The key is not meant to be shown.
pub fn fold_into(word: &str, out: &mut String) {
    let mut tone = None;
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if !is_invisible(c) {
            decompose_canonical(c, |d| {
                if TONE_MARKS.contains(&d) {
                    tone = Some(d);
                } else {
                    out.extend(d.to_lowercase());
                }
            });
        }
    }
    if let Some(t) = tone {
        out.push(t);
    }
}

/// The match key of `word` (see [`fold_into`]).
pub fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len() + 2);
    fold_into(word, &mut s);
    s
}

/// How a word is shown in keywords: NFC, lower case, no invisible characters.
pub fn display_form(word: &str) -> String {
    word.chars()
        .filter(|&c| !is_invisible(c))
        .flat_map(char::to_lowercase)
        .nfc()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn display_form_is_nfc_lower_case() {
        let nfd: String = "Hoà Bình".nfd().collect();
        assert_eq!(display_form(&nfd), "hoà bình");
    }
}
