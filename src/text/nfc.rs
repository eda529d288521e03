//! NFC, for what the engine shows (keywords): composed exactly as Unicode does for the scripts
//! a Vietnamese text shows, from the same decomposition table as the match keys.

use std::sync::OnceLock;

use super::decompose::decompose_canonical;
use super::fold::{is_latin_letter, lower};
use super::is_invisible;

/// How a word is shown in keywords: NFC, lower case, no invisible characters.
pub(crate) fn display_form(word: &str) -> String {
    let mut lowered = String::with_capacity(word.len());
    for c in word.chars().filter(|&c| !is_invisible(c)) {
        lower(c, |l| lowered.push(l));
    }
    nfc(&lowered)
}

/// The NFC form of `chars` for the scripts a Vietnamese text shows: Latin, Greek, Cyrillic and
/// Hangul are composed exactly as Unicode's NFC does; combining marks of other scripts, and the
/// characters of other scripts that Unicode decomposes (CJK compatibility ideographs, kana with
/// a voicing mark, Indic letters with a nukta...), are left as they come. Canonical
/// decomposition, canonical order of the marks, canonical composition.
///
/// Not unicode-normalization's `.nfc()` and not its `compose`: `.nfc()` picks canonical or
/// compatibility decomposition at run time, so it links the compatibility tables; its
/// composition and combining-class tables cost 11.7 KB of the gzipped .wasm more. Here the
/// pairs come from the decomposition table of the library, which [`fold_into`] needs anyway.
///
/// ASCII and the precomposed Latin letters are their own NFC (a test checks every one), so
/// words made only of them are returned as they are: most words, every time.
pub(crate) fn nfc(s: &str) -> String {
    if s.chars().all(|c| c.is_ascii() || is_latin_letter(c)) {
        return s.to_string();
    }
    let mut marks: Vec<char> = Vec::new();
    for c in s.chars() {
        decompose_canonical(c, |d| marks.push(d));
    }
    compose_decomposed(marks)
}

/// NFC of a canonical decomposition. Not generic, and no `sort`: std's sorts and one copy of
/// this per caller would cost the .wasm 20 KB.
fn compose_decomposed(mut marks: Vec<char>) -> String {
    // Canonical order: each run of combining marks sorted by class, keeping the order of equal
    // classes (an insertion sort: runs are one to three marks long).
    for i in 1..marks.len() {
        let class = combining_class(marks[i]);
        let mut j = i;
        while class != 0 && j > 0 && combining_class(marks[j - 1]) > class {
            marks.swap(j - 1, j);
            j -= 1;
        }
    }
    // Composition: a character joins the last starter unless a character between them blocks
    // it (one with class 0, or with a class at least its own).
    let mut out: Vec<char> = Vec::with_capacity(marks.len());
    let mut starter: Option<usize> = None;
    let mut last_class: Option<u8> = None;
    for c in marks {
        let class = combining_class(c);
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

/// The canonical combining class of the Combining Diacritical Marks (U+0300 to U+036F), the
/// marks of Latin, Greek and Cyrillic; 0 for every other character.
fn combining_class(c: char) -> u8 {
    match c {
        '\u{300}'..='\u{314}' | '\u{33D}'..='\u{344}' | '\u{346}' | '\u{34A}'..='\u{34C}' => 230,
        '\u{350}'..='\u{352}' | '\u{357}' | '\u{35B}' | '\u{363}'..='\u{36F}' => 230,
        '\u{315}' | '\u{31A}' | '\u{358}' => 232,
        '\u{316}'..='\u{319}' | '\u{31C}'..='\u{320}' | '\u{323}'..='\u{326}' => 220,
        '\u{329}'..='\u{333}' | '\u{339}'..='\u{33C}' | '\u{347}'..='\u{349}' => 220,
        '\u{34D}' | '\u{34E}' | '\u{353}'..='\u{356}' | '\u{359}' | '\u{35A}' => 220,
        '\u{31B}' => 216,
        '\u{321}' | '\u{322}' | '\u{327}' | '\u{328}' => 202,
        '\u{334}'..='\u{338}' => 1,
        '\u{345}' => 240,
        '\u{35C}' | '\u{35F}' | '\u{362}' => 233,
        '\u{35D}' | '\u{35E}' | '\u{360}' | '\u{361}' => 234,
        _ => 0,
    }
}

/// The primary composite of `a` followed by `b`, if any (Latin, Greek, Cyrillic, Hangul).
fn compose(a: char, b: char) -> Option<char> {
    const S_BASE: u32 = 0xAC00;
    const L_BASE: u32 = 0x1100;
    const V_BASE: u32 = 0x1161;
    const T_BASE: u32 = 0x11A7;
    let (x, y) = (a as u32, b as u32);
    if (L_BASE..L_BASE + 19).contains(&x) && (V_BASE..V_BASE + 21).contains(&y) {
        return char::from_u32(S_BASE + ((x - L_BASE) * 21 + (y - V_BASE)) * 28);
    }
    if (S_BASE..S_BASE + 11172).contains(&x)
        && (x - S_BASE) % 28 == 0
        && (T_BASE + 1..T_BASE + 28).contains(&y)
    {
        return char::from_u32(x + (y - T_BASE));
    }
    let pairs = composition_pairs();
    let key = (u64::from(x) << 32) | u64::from(y);
    pairs
        .binary_search_by_key(&key, |&(k, _)| k)
        .ok()
        .map(|i| pairs[i].1)
}

/// Pairs (first << 32 | second, composite), sorted, read off the canonical decompositions of
/// the Latin, Greek and Cyrillic blocks. A composite's pair is the composite of its full
/// decomposition but the last mark, and that mark. Where two characters decompose alike
/// (U+1F71 and U+03AC), the lower one is the primary composite; singletons (U+0387 to U+00B7)
/// are never composed.
fn composition_pairs() -> &'static [(u64, char)] {
    static PAIRS: OnceLock<Vec<(u64, char)>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let mut decomposed: Vec<(Vec<char>, char)> = Vec::new();
        let blocks = [
            '\u{C0}'..='\u{24F}',
            '\u{370}'..='\u{4FF}',
            '\u{1E00}'..='\u{1FFF}',
        ];
        for c in blocks.into_iter().flatten() {
            let mut d = Vec::new();
            decompose_canonical(c, |x| d.push(x));
            if d.len() >= 2 {
                decomposed.push((d, c));
            }
        }
        let mut pairs: Vec<(u64, char)> = Vec::new();
        let mut known: Vec<(&[char], char)> = Vec::new();
        // Shorter decompositions first, so that the prefix of a longer one is known.
        let longest = decomposed.iter().map(|(d, _)| d.len()).max().unwrap_or(0);
        let by_length =
            (2..=longest).flat_map(|n| decomposed.iter().filter(move |(d, _)| d.len() == n));
        for (d, c) in by_length {
            let (last, prefix) = d.split_last().expect("two characters or more");
            let first = match prefix {
                [one] => Some(*one),
                _ => known.iter().find(|(k, _)| *k == prefix).map(|&(_, p)| p),
            };
            if let Some(first) = first {
                let key = (u64::from(first) << 32) | u64::from(*last);
                if let Err(at) = pairs.binary_search_by_key(&key, |&(k, _)| k) {
                    pairs.insert(at, (key, *c));
                }
            }
            if !known.iter().any(|(k, _)| k == d) {
                known.push((d, *c));
            }
        }
        pairs
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn display_form_is_nfc_lower_case() {
        let nfd: String = "Hoà Bình".nfd().collect();
        assert_eq!(display_form(&nfd), "hoà bình");
        let nfd: String = "NGHỆ AN Đường Thuỷ Khoẻ".nfd().collect();
        assert_eq!(display_form(&nfd), "nghệ an đường thuỷ khoẻ");
        assert_eq!(display_form("Việt\u{AD}Nam\u{200B}"), "việtnam");
    }

    #[test]
    fn nfc_composes_every_latin_greek_cyrillic_character_as_unicode_does() {
        let blocks = [
            '\u{A0}'..='\u{24F}',
            '\u{370}'..='\u{4FF}',
            '\u{1E00}'..='\u{1FFF}',
        ];
        for c in blocks.into_iter().flatten() {
            let s = c.to_string();
            let want: String = s.nfc().collect();
            let nfd: String = s.nfd().collect();
            assert_eq!(nfc(&nfd), want, "U+{:04X}", c as u32);
            if is_latin_letter(c) {
                assert_eq!(want, s, "U+{:04X} is its own NFC", c as u32);
                // Callers test it before `char::is_alphanumeric`, which it implies.
                assert!(c.is_alphabetic(), "U+{:04X} is a letter", c as u32);
            }
        }
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
            "Ελληνικά ἄλφα ᾅ ΐ, Русский й ё, Ǖ ǖ Ǻ ȫ ḗ ṏ",
            "\u{212B}ngstr\u{F6}m \u{1F71} \u{387}",
            "",
        ];
        for text in cases {
            let want: String = text.nfc().collect();
            assert_eq!(nfc(text), want, "{text:?}");
            let nfd: String = text.nfd().collect();
            assert_eq!(nfc(&nfd), want, "NFD of {text:?}");
        }
    }
}
