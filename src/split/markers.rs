//! The markers that open an item or a heading of a structured text: bullets ("- ", "• "),
//! enumerators ("1.", "2)", "a)", "b.", "IV.", "1.2."), and the words of legal and official
//! documents and of steps before a number ("Điều 1.", "Chương II", "Mục 3", "Bước 2:").

/// Words that number the parts of a document or the steps of a procedure ("Điều 5", "Bước 2").
/// Compared as written (NFC).
const PART_WORDS: &str = "Điều|Chương|Mục|Phần|Khoản|Điểm|Bước|Phụ lục|ĐIỀU|CHƯƠNG|MỤC|PHẦN";

/// The length in bytes of the number of an enumerator at the start of `s`: digits with dots
/// between ("1", "12", "1.2"), a Roman numeral in capitals ("IV"), or one letter ("a", "B",
/// "đ"). `None` if `s` does not start with one.
fn number_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let d = digits(0);
    if (1..=3).contains(&d) {
        // "1.2", "1.2.3": a dot and digits go on the number.
        let mut end = d;
        while b.get(end) == Some(&b'.') && (1..=2).contains(&digits(end + 1)) {
            end += 1 + digits(end + 1);
        }
        return Some(end);
    }
    let roman = b
        .iter()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C'))
        .count();
    if (1..=6).contains(&roman) {
        return Some(roman);
    }
    let c = s.chars().next()?;
    (c.is_ascii_alphabetic() || c == 'đ' || c == 'Đ').then(|| c.len_utf8())
}

/// Does `rest` begin a word, not go on with one ("1.5", "a.b", "Ia")?
fn word_ends(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// The length of a part word and its number at the start of `s` ("Điều 1", "Chương II",
/// "Bước 3"), or `None`.
pub(crate) fn part_len(s: &str) -> Option<usize> {
    for w in PART_WORDS.split('|') {
        let Some(rest) = s.strip_prefix(w) else {
            continue;
        };
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        if spaces == 0 {
            continue;
        }
        let n = number_len(&rest[spaces..])?;
        if word_ends(&rest[spaces + n..]) {
            return Some(s.len() - rest.len() + spaces + n);
        }
    }
    None
}

/// The length of a part word and its number, or of an enumerator's number, at the start of `s`
/// ("Điều 1", "1", "a", "IV").
pub(crate) fn marker_len(s: &str) -> Option<usize> {
    part_len(s).or_else(|| number_len(s))
}

/// The length of the number of an enumerator at the start of `s`, before its '.' or ')'
/// ("1" of "1. Cơ quan", "b" of "b) cây", "Điều 1" of "Điều 1. Phạm vi"), when that mark and
/// a space follow it.
pub(crate) fn enumerator_len(s: &str) -> Option<usize> {
    let n = marker_len(s)?;
    let rest = &s.as_bytes()[n..];
    (matches!(rest.first(), Some(b'.' | b')')) && rest.get(1).is_some_and(u8::is_ascii_whitespace))
        .then_some(n)
}

/// Does a unit open with a numbered item or part ("1. …", "b) …", "Điều 3. …", "Bước 2: …")?
pub(crate) fn opens_numbered(s: &str) -> bool {
    enumerator_len(s).is_some() || part_len(s).is_some()
}

/// Does a line (or a unit) open with the marker of an item or a part: a bullet and a space,
/// an enumerator with its '.' or ')' and a space, or a part word and its number?
pub(crate) fn opens_item(s: &str) -> bool {
    let mut cs = s.chars();
    let bullet = matches!(
        cs.next(),
        Some('-' | '–' | '—' | '•' | '+' | '*' | '·' | '○' | '●' | '▪' | '►' | '✓' | '→')
    ) && cs.next().is_some_and(char::is_whitespace);
    bullet || opens_numbered(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enumerators_and_parts() {
        for (s, n) in [
            ("1. Cơ quan", Some(1)),
            ("12) Tổ chức", Some(2)),
            ("1.2. Phạm vi", Some(3)),
            ("a) cây đã chết", Some(1)),
            ("đ) cây", Some(2)),
            ("IV. KẾT LUẬN", Some(2)),
            ("Điều 1. Phạm vi", Some("Điều 1".len())),
            ("Chương II. Quy định", Some("Chương II".len())),
            ("1.5 lần", None),
            ("1.Cơ quan", None),
            ("Ông A. Sau", None),
            ("Điều này rất khó.", None),
            ("2030. Đây", None),
        ] {
            assert_eq!(enumerator_len(s), n, "{s:?}");
        }
        for s in [
            "- 2 quả cà chua",
            "• Rau ngổ",
            "Bước 1: Cá làm sạch",
            "Chương I",
            "Điều 12",
            "b) cây",
        ] {
            assert!(opens_item(s), "{s:?}");
        }
        for s in [
            "-5 độ C",
            "Bước đầu tiên",
            "Điều này",
            "Mục tiêu",
            "Ai cũng vui.",
            "2020 là năm",
        ] {
            assert!(!opens_item(s), "{s:?}");
        }
    }
}
