//! Words as UAX #29 finds them (the pieces between word boundaries that hold a letter or a
//! digit), with the library's own table of word-break classes: `src/data/word_breaks.rs`, 1,062
//! runs over the default "a letter if `char::is_alphabetic`" (4 KB raw, 2 KB gzipped), where
//! unicode-segmentation's tables and segmenter cost about 8 KB gzipped of the .wasm. The table
//! is read off unicode-segmentation by `scripts/lab/gen_word_breaks.rs`, and the tests check the
//! words against its `unicode_word_indices` for every code point in context and on random text.
//!
//! Left out, because they never make or unmake a word of letters or digits apart from the two
//! cases below: CR × LF (both are breaks anyway). Not
//! followed: WB3c (a ZWJ joins the pictograph after it: "a\u{200D}😀" is one piece there, the
//! word "a\u{200D}" here).

include!("../data/word_breaks.rs");

/// Word-break classes, numbered as in the generated table.
const ANY: u8 = 0;
const LETTER: u8 = 1;
const HEBREW: u8 = 2;
const NUMERIC: u8 = 3;
const KATAKANA: u8 = 4;
const EXTEND_NUM_LET: u8 = 5;
const MID_LETTER: u8 = 6;
const MID_NUM: u8 = 7;
const MID_NUM_LET: u8 = 8;
const SINGLE_QUOTE: u8 = 9;
const DOUBLE_QUOTE: u8 = 10;
/// Extend, Format and ZWJ: they join the character before them (WB4).
const IGNORED: u8 = 11;
/// CR, LF and the other line breaks (WB3a, WB3b).
const NEWLINE: u8 = 12;
/// WSegSpace (WB3d).
const SPACE: u8 = 13;
/// Regional indicators (WB15, WB16).
const REGIONAL: u8 = 14;
/// In the table: the default class.
const DEFAULT: u8 = 15;

fn class(c: char) -> u8 {
    match c {
        'a'..='z' | 'A'..='Z' => LETTER,
        '0'..='9' => NUMERIC,
        ' ' => SPACE,
        _ => {
            let cp = u32::from(c);
            let [lo, mid, hi, classes] = &WORD_BREAKS;
            let start =
                |i: usize| u32::from(hi[i]) << 16 | u32::from(mid[i]) << 8 | u32::from(lo[i]);
            // The number of runs that start at or before `cp`.
            let (mut i, mut end) = (0, lo.len());
            while i < end {
                let m = (i + end) / 2;
                if start(m) <= cp {
                    i = m + 1;
                } else {
                    end = m;
                }
            }
            // The first run starts at 0, so `i` is at least 1.
            match classes[i - 1] {
                DEFAULT if c.is_alphabetic() => LETTER,
                DEFAULT => ANY,
                k => k,
            }
        }
    }
}

fn ahletter(k: u8) -> bool {
    k == LETTER || k == HEBREW
}

fn mid_num_let_q(k: u8) -> bool {
    k == MID_NUM_LET || k == SINGLE_QUOTE
}

/// Whether UAX #29 keeps `left` and `right` together, from the classes around them (WB4 already
/// applied: ignorable characters are skipped). `before` is the class before `left`, `after`
/// the class after `right` (`ANY` at either end).
fn joins(before: u8, left: u8, right: u8, after: u8) -> bool {
    match (left, right) {
        // WB5, WB8, WB9, WB10
        (l, r) if (ahletter(l) || l == NUMERIC) && (ahletter(r) || r == NUMERIC) => true,
        // WB6, WB7b
        (l, r) if ahletter(l) && (r == MID_LETTER || mid_num_let_q(r)) && ahletter(after) => true,
        (HEBREW, SINGLE_QUOTE) => true, // WB7a
        (HEBREW, DOUBLE_QUOTE) => after == HEBREW,
        // WB7, WB7c
        (l, r) if (l == MID_LETTER || mid_num_let_q(l)) && ahletter(r) && ahletter(before) => true,
        (DOUBLE_QUOTE, HEBREW) => before == HEBREW,
        // WB11, WB12
        (l, NUMERIC) if (l == MID_NUM || mid_num_let_q(l)) && before == NUMERIC => true,
        (NUMERIC, r) if (r == MID_NUM || mid_num_let_q(r)) && after == NUMERIC => true,
        (KATAKANA, KATAKANA) => true, // WB13
        // WB13a, WB13b
        (l, EXTEND_NUM_LET) => ahletter(l) || matches!(l, NUMERIC | KATAKANA | EXTEND_NUM_LET),
        (EXTEND_NUM_LET, r) => ahletter(r) || matches!(r, NUMERIC | KATAKANA),
        _ => false,
    }
}

/// The words of `s` and their offsets, as unicode-segmentation's `unicode_word_indices` finds
/// them (but WB3c): the pieces between UAX #29 word boundaries that hold a letter or a digit
/// (`char::is_alphanumeric`).
pub(crate) fn words(s: &str) -> Vec<(usize, &str)> {
    let chars: Vec<(usize, u8)> = s.char_indices().map(|(i, c)| (i, class(c))).collect();
    let mut out = Vec::new();
    let Some(&(_, first)) = chars.first() else {
        return out;
    };
    let mut piece = |from: usize, to: usize| {
        let w = &s[chars[from].0..chars.get(to).map_or(s.len(), |c| c.0)];
        if w.chars().any(char::is_alphanumeric) {
            out.push((chars[from].0, w));
        }
    };
    // What the rules see on the left of a boundary once WB4 has joined the ignorable
    // characters to the one before them: the class of the last character not ignored (`None`
    // while that is an ignorable one at the start or after a line break, which stands alone),
    // and the class of the one before it.
    let mut left = (first != IGNORED).then_some(first);
    let mut before = ANY;
    // How many regional indicators end at `left`.
    let mut regional = usize::from(first == REGIONAL);
    let mut start = 0;
    for j in 1..chars.len() {
        let (raw_left, right) = (chars[j - 1].1, chars[j].1);
        let keep = if raw_left == NEWLINE || right == NEWLINE {
            false // WB3a, WB3b
        } else if (raw_left == SPACE && right == SPACE) || right == IGNORED {
            true // WB3d, WB4
        } else if left == Some(REGIONAL) && right == REGIONAL {
            regional % 2 == 1 // WB15, WB16
        } else if let Some(l) = left {
            let after = chars[j + 1..]
                .iter()
                .find(|&&(_, k)| k != IGNORED)
                .map_or(ANY, |&(_, k)| k);
            joins(before, l, right, after)
        } else {
            false
        };
        if !keep {
            piece(start, j);
            start = j;
        }
        if right != IGNORED {
            regional = if right != REGIONAL {
                0
            } else if left == Some(REGIONAL) {
                regional + 1
            } else {
                1
            };
            before = left.unwrap_or(ANY);
            left = Some(right);
        } else if raw_left == NEWLINE {
            before = ANY;
            left = None;
            regional = 0;
        }
    }
    piece(start, chars.len());
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn reference(s: &str) -> Vec<(usize, &str)> {
        s.unicode_word_indices().collect()
    }

    #[test]
    fn words_agree_with_unicode_segmentation_on_every_code_point() {
        // Each code point between the characters that show its class: letters, digits,
        // katakana, Hebrew letters, a mark, a space, a line break, punctuation.
        let contexts = [
            "a{}",
            "{}a",
            "a{}a",
            "1{}1",
            "%{}",
            "{}\u{300}",
            "ア{}",
            "{}ア",
            "א{}א",
            "א{}",
            " {} ",
            "\n{}\u{301}a",
            "a{}{}b",
            "1,{}",
            "a:{}",
            "{}'",
        ];
        let mut text = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for context in contexts {
                text.clear();
                for (k, part) in context.split("{}").enumerate() {
                    if k > 0 {
                        text.push(c);
                    }
                    text.push_str(part);
                }
                assert_eq!(
                    words(&text),
                    reference(&text),
                    "U+{:04X} in {context:?}",
                    u32::from(c)
                );
            }
        }
    }

    #[test]
    fn words_agree_with_unicode_segmentation_on_vietnamese_text() {
        let text = "Ông Nguyễn Văn A (SN 1970, ngụ TP.HCM) cho biết: \u{201C}Giá 1.250,5 đồng/kg\u{201D} \
                    – tăng 3,5%… Hoà\u{A0}Bình, thuỷ\u{AD}điện; U.S.A, e-mail, t\u{1EA1}i\u{202F}ch\u{1ED7}, \
                    x_y, l'été, 10'000, \u{2018}A\u{2019}, Nghe\u{0323} An, \u{200B}Hà\u{200D}Nội";
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd(text).collect();
        for t in [text, &nfd] {
            assert_eq!(words(t), reference(t));
        }
        assert!(words(text).iter().any(|&(_, w)| w == "TP.HCM"));
        assert!(words(text).iter().any(|&(_, w)| w == "1.250,5"));
    }

    #[test]
    fn a_zwj_does_not_join_the_pictograph_after_it() {
        // WB3c is left out: the reference keeps "a\u{200D}😀" whole.
        assert_eq!(words("a\u{200D}😀 b"), [(0, "a\u{200D}"), (9, "b")]);
        assert_eq!(reference("a\u{200D}😀 b"), [(0, "a\u{200D}😀"), (9, "b")]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn words_agree_with_unicode_segmentation_on_random_text(
            picks in proptest::collection::vec(0usize..64, 0..40)
        ) {
            // Characters of every class, Vietnamese letters in both forms, and the marks.
            const ALPHABET: [&str; 64] = [
                "a", "Z", "ư", "Đ", "ệ", "e\u{302}\u{301}", "1", "9", "٣", " ", "  ", "\u{A0}",
                "\u{202F}", "\u{3000}", "\n", "\r\n", "\u{2028}", ".", ",", ";", ":", "'", "\"",
                "\u{2019}", "\u{2018}", "\u{B7}", "_", "-", "–", "…", "/", "%", "(", "\u{201C}",
                "\u{300}", "\u{323}", "\u{AD}", "\u{200B}", "\u{200C}", "\u{FEFF}", "ア", "ー",
                "ひ", "中", "ก", "ั", "א", "ב", "α", "Ж", "²", "½", "Ⅻ", "😀", "🇻", "🇳", "#", "@",
                "\u{2060}", "\u{FE0F}", "क", "्", "ि", "\u{0E3A}",
            ];
            let text: String = picks.iter().map(|&i| ALPHABET[i]).collect();
            proptest::prop_assert_eq!(words(&text), reference(&text));
        }

        #[test]
        fn words_agree_with_unicode_segmentation_on_any_text(t in "\\PC{0,40}") {
            // WB3c, which this segmenter leaves out.
            proptest::prop_assume!(!t.contains('\u{200D}'));
            proptest::prop_assert_eq!(words(&t), reference(&t));
        }
    }

    #[test]
    fn long_runs_of_marks_and_joiners_take_linear_time() {
        // One boundary scan per run: a megabyte of marks after one letter, and of joiners
        // between letters, segments in well under a second.
        let marks = format!("a{}", "\u{301}".repeat(500_000));
        let words_of_marks = words(&marks);
        assert_eq!(words_of_marks.len(), 1);
        assert_eq!(words_of_marks[0].1.len(), marks.len());
        let joined = "a.".repeat(300_000) + "a";
        assert_eq!(words(&joined), reference(&joined));
        let spaced = format!("“{}”", "Hà Nội ".repeat(100_000));
        assert_eq!(words(&spaced), reference(&spaced));
    }
}
