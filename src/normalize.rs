//! Folding words for matching: NFC/NFD, case, Vietnamese tone-mark placement, invisible
//! characters. Folding never changes the text we return; it only builds match keys.

use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};

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
    nfc(word
        .chars()
        .filter(|&c| !is_invisible(c))
        .flat_map(char::to_lowercase))
}

/// The NFC form of `chars`: canonical decomposition, canonical order of combining marks,
/// canonical composition (Unicode's algorithm, for short strings).
///
/// Not unicode-normalization's `.nfc()`: that iterator picks canonical or compatibility
/// decomposition at run time, so it links the compatibility tables too (55 KB of the .wasm
/// that NFC never reads). This one uses only the canonical tables, which [`fold_into`] needs
/// anyway.
pub fn nfc(chars: impl IntoIterator<Item = char>) -> String {
    let mut marks: Vec<char> = Vec::new();
    for c in chars {
        decompose_canonical(c, |d| marks.push(d));
    }
    // Canonical order: each run of combining marks sorted (stably) by combining class.
    let mut i = 0;
    while i < marks.len() {
        let run = marks[i..]
            .iter()
            .take_while(|&&c| canonical_combining_class(c) != 0)
            .count();
        marks[i..i + run].sort_by_key(|&c| canonical_combining_class(c));
        i += run.max(1);
    }
    // Composition: a character joins the last starter unless a character between them blocks
    // it (one with class 0, or with a class at least its own).
    let mut out: Vec<char> = Vec::with_capacity(marks.len());
    let mut starter: Option<usize> = None;
    let mut last_class: Option<u8> = None;
    for c in marks {
        let class = canonical_combining_class(c);
        if let Some(s) = starter {
            let blocked = last_class.is_some_and(|l| l == 0 || l >= class);
            if !blocked {
                if let Some(composed) = compose(out[s], c) {
                    out[s] = composed;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        out.push(c);
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn display_form_is_nfc_lower_case() {
        let nfd: String = "Hoà Bình".nfd().collect();
        assert_eq!(display_form(&nfd), "hoà bình");
        let nfd: String = "NGHỆ AN Đường Thuỷ Khoẻ".nfd().collect();
        assert_eq!(display_form(&nfd), "nghệ an đường thuỷ khoẻ");
        assert_eq!(display_form("Việt\u{AD}Nam\u{200B}"), "việtnam");
    }

    #[test]
    fn nfc_agrees_with_unicode_normalization() {
        let cases = [
            "Nguyễn Thị Minh Khai, quận 1, TP. HCM",
            "Tiếng Việt có dấu: ả ã ạ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ",
            // Marks typed in a non-canonical order: dot below (220) after circumflex (230)...
            "e\u{302}\u{323} o\u{31B}\u{301} a\u{301}\u{323} u\u{323}\u{31B}",
            // ...a mark that composes with nothing, blocking or not.
            "a\u{301}\u{301} a\u{334}\u{301} a\u{323}\u{302}\u{301}",
            "\u{301}leading mark, Å, Ω, ﬁ, ①, 한국어, 各国",
            "",
        ];
        for text in cases {
            let want: String = text.nfc().collect();
            assert_eq!(nfc(text.chars()), want, "{text:?}");
            let nfd: String = text.nfd().collect();
            assert_eq!(nfc(nfd.chars()), want, "NFD of {text:?}");
        }
    }
}
