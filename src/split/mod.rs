//! Vietnamese sentence units with byte offsets into the caller's text.
//!
//! The text is cut into lines, lines into blocks (a block is a paragraph; a line that
//! continues the sentence of the line before joins it), and blocks into sentences. A period
//! ends a sentence only when white space and something that can start a sentence follow it,
//! and not after an abbreviation or an initial ("TP. HCM", "PGS.TS. Lê", "N.V. Bình") nor after
//! an enumerator ("Điều 1. Phạm vi", "1. Cơ quan", "I. MỤC ĐÍCH"); glued to a capitalized word
//! ("năm 2030.Đây là", "tăng mạnh!Người dân") it ends one all the same. Items and steps are
//! units of their own: a line that opens with a marker starts a block ([`markers`]), and items
//! run on in one line ("a) …; b) …") are cut apart. In text without final punctuation (a chat,
//! a transcript) each line break ends a unit.

use crate::text::is_space;
use crate::text::scan::{next_byte, Leads};

mod abbreviations;
mod markers;

use abbreviations::is_abbreviation;
pub(crate) use markers::{opens_item, opens_numbered};

/// One unit of text as found by the splitter, before it is classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Index of the block (paragraph) the unit is in.
    pub block: usize,
    /// The unit ends with sentence-final punctuation (possibly followed by quotes, brackets).
    pub terminated: bool,
    /// The unit begins a line of the text.
    pub line_start: bool,
    /// The unit ends a line of the text.
    pub line_end: bool,
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '！' | '？' | '。')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '）'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '（'
    )
}

/// The bytes that can begin a line break: '\n' to '\r', or 0xC2 (U+85), 0xE2 (U+2028, U+2029).
const BREAK_LEADS: Leads<2> = Leads {
    range: (b'\n', b'\r' + 1),
    bytes: [0xC2, 0xE2],
};

/// The bytes that can begin a terminator: '.', '!', '?', 0xE2 ('…'), 0xE3 ('。'), 0xEF ('！' '？').
const TERMINATOR_LEADS: Leads<6> = Leads {
    range: (0, 0),
    bytes: [b'.', b'!', b'?', 0xE2, 0xE3, 0xEF],
};

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{B}' | '\u{C}'
    )
}

/// Splits `text` into sentence spans. Spans are in order, do not overlap, start and end on
/// character boundaries, and together cover every character that is not white space.
pub fn split(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut block = 0usize;
    // The block being built: start, end, and whether it began a line.
    let mut current: Option<(usize, usize)> = None;
    let mut blank_since_last = false;
    let loose = unpunctuated(text);
    for (ls, le) in lines(text) {
        let Some((s, e)) = trim(text, ls, le) else {
            blank_since_last = true;
            continue;
        };
        if let Some((bs, be)) = current {
            if !blank_since_last && !loose && continues(&text[bs..be], &text[s..e]) {
                current = Some((bs, e));
                continue;
            }
            split_block(text, bs, be, block, &mut spans);
            block += 1;
        }
        current = Some((s, e));
        blank_since_last = false;
    }
    if let Some((bs, be)) = current {
        split_block(text, bs, be, block, &mut spans);
    }
    spans
}

/// Is `text` written in lines without sentence-final punctuation (a transcript, a chat), so
/// that each line break ends a unit? Three lines or more, and fewer terminators than a line in
/// four: text wrapped by an editor or a PDF ends a sentence every line or two.
fn unpunctuated(text: &str) -> bool {
    let mut lines = 0usize;
    let mut ends = 0usize;
    for (s, e) in self::lines(text) {
        let Some((s, e)) = trim(text, s, e) else {
            continue;
        };
        lines += 1;
        let line = &text[s..e];
        let mut i = next_byte(line, 0, &TERMINATOR_LEADS);
        while let Some(c) = char_at(line, i) {
            if is_terminator(c) {
                ends += 1;
            }
            i = next_byte(line, i + c.len_utf8(), &TERMINATOR_LEADS);
        }
        if ends * 4 >= lines.max(3) {
            return false;
        }
    }
    lines >= 3 && ends * 4 < lines
}

/// Line ranges without their line breaks ("\r\n" is one break).
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        if pos > text.len() {
            return None;
        }
        let start = pos;
        let mut i = next_byte(text, pos, &BREAK_LEADS);
        while let Some(c) = char_at(text, i) {
            if is_line_break(c) {
                let mut next = i + c.len_utf8();
                if c == '\r' && text.as_bytes().get(next) == Some(&b'\n') {
                    next += 1;
                }
                pos = next;
                return Some((start, i));
            }
            i = next_byte(text, i + 1, &BREAK_LEADS);
        }
        pos = text.len() + 1;
        Some((start, text.len()))
    })
}

/// `text[s..e]` without leading and trailing white space, or `None` if nothing is left.
fn trim(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let part = &text[s..e];
    let lead = part.len() - part.trim_start_matches(is_space).len();
    let body = part.trim_matches(is_space);
    if body.is_empty() {
        None
    } else {
        Some((s + lead, s + lead + body.len()))
    }
}

/// Does `next` (a line) continue the sentence that `prev` (a block) left open?
/// Only when `prev` does not end a sentence and `next` starts in lower case or `prev`
/// ends with a comma-like mark: text wrapped by an editor or a PDF.
fn continues(prev: &str, next: &str) -> bool {
    let Some(last) = prev.chars().next_back() else {
        return false;
    };
    if ends_sentence(prev) {
        return false;
    }
    let first = next.chars().next().unwrap_or(' ');
    let is_link = next.starts_with("http") || next.starts_with("www.");
    // "a) …;" then "b) …": each item on its line is a unit of its own.
    !is_link
        && !opens_item(next)
        && (first.is_lowercase() || matches!(last, ',' | ';' | '-' | '–' | '('))
}

/// The text ends with sentence-final punctuation, possibly followed by closing quotes or
/// brackets, or with a colon (which introduces the next line).
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| is_closer(c) || is_space(c));
    t.ends_with(is_terminator) || t.ends_with(':')
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

fn split_block(text: &str, bs: usize, be: usize, block: usize, out: &mut Vec<Span>) {
    let s = &text[bs..be];
    let mut seg_start = 0usize;
    // Whether `s[seg_start..counted]` holds an odd number of straight quotes.
    let mut counted = 0usize;
    let mut odd_quotes = false;
    let mut i = next_byte(s, 0, &TERMINATOR_LEADS);
    while let Some(c) = char_at(s, i) {
        if !is_terminator(c) {
            i = next_byte(s, i + 1, &TERMINATOR_LEADS);
            continue;
        }
        // The run of final punctuation ("?!", "...") and the quotes and brackets that close it.
        let run_start = i;
        let mut j = i;
        let mut terminators = 0usize;
        let mut only_periods = true;
        while let Some(d) = char_at(s, j) {
            if !is_terminator(d) {
                break;
            }
            only_periods &= d == '.';
            terminators += 1;
            j += d.len_utf8();
        }
        while let Some(d) = char_at(s, j).filter(|&d| is_closer(d)) {
            j += d.len_utf8();
        }
        // `nói. " Sau`: a straight quote after a space closes a quote the sentence opened.
        let mut q = j;
        while let Some(d) = char_at(s, q).filter(|&d| d == ' ') {
            q += d.len_utf8();
        }
        if q > j && char_at(s, q) == Some('"') && {
            odd_quotes ^= s[counted..j].matches('"').count() % 2 == 1;
            counted = j;
            odd_quotes
        } {
            j = q + 1;
        }
        match char_at(s, j) {
            None => break,
            Some(d) if !is_space(d) => {
                if glued_end(
                    &s[seg_start..],
                    run_start - seg_start,
                    only_periods,
                    &s[j..],
                ) {
                    push(text, bs + seg_start, bs + j, block, out);
                    seg_start = j;
                    counted = j;
                    odd_quotes = false;
                }
                i = next_byte(s, j, &TERMINATOR_LEADS);
                continue;
            }
            Some(_) => {}
        }
        let mut k = j;
        while let Some(d) = char_at(s, k).filter(|&d| is_space(d)) {
            k += d.len_utf8();
        }
        let mut m = k;
        while let Some(d) = char_at(s, m).filter(|&d| is_opener(d)) {
            m += d.len_utf8();
        }
        let next = char_at(s, m).unwrap_or(' ');
        let continues_sentence =
            next.is_lowercase() || matches!(next, ',' | ';' | ':' | '%' | ')' | '-');
        let after_abbreviation =
            only_periods && terminators == 1 && is_abbreviation(&s[..run_start], &s[m..]);
        // "Điều 1. Phạm vi", "1. Cơ quan", "I. MỤC ĐÍCH": the period of an enumerator.
        let after_enumerator = only_periods
            && terminators == 1
            && markers::enumerator_len(&s[seg_start..]) == Some(run_start - seg_start);
        if !continues_sentence && !after_abbreviation && !after_enumerator {
            push(text, bs + seg_start, bs + j, block, out);
            seg_start = k;
            counted = k;
            odd_quotes = false;
        }
        i = next_byte(s, k, &TERMINATOR_LEADS);
    }
    push(text, bs + seg_start, be, block, out);
}

/// Does a run of final punctuation glued to the next word end the sentence ("năm 2030.Đây là",
/// "tăng mạnh!Người dân", "lúc 9h.Sau đó")? Only before a capitalized word (a capital, then a
/// small letter), and for a period only after a word with a small letter or a number that is
/// not an abbreviation nor an enumerator: not "TP.HCM", "Q.1", "www.chinhphu.vn", "15.7",
/// "www.Rikvip.com", "VnExpress.Net",
/// "ThS.Nguyễn", "1.Cơ quan". `seg` is the sentence so far, its punctuation at `run`; `after`
/// the text after the punctuation.
fn glued_end(seg: &str, run: usize, only_periods: bool, after: &str) -> bool {
    // A word of a capital and small letters ("Đây", not "HCM", "CodeDom" or "NET").
    let mut cs = after.chars();
    let capitalized = cs.next().is_some_and(char::is_uppercase)
        && cs.next().is_some_and(char::is_lowercase)
        && cs
            .take_while(|c| c.is_alphanumeric())
            .all(|c| !c.is_uppercase() && !c.is_ascii_digit());
    if !capitalized {
        return false;
    }
    if !only_periods {
        return true;
    }
    let before = &seg[..run];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let joined_to_dot = before[..word_start].ends_with(['.', '/', '@']);
    !word.is_empty()
        && !joined_to_dot
        && !word.eq_ignore_ascii_case("www")
        && !word.chars().skip(1).any(char::is_uppercase)
        && (word.chars().any(char::is_lowercase) || word.chars().all(|c| c.is_ascii_digit()))
        && !is_abbreviation(before, after)
        && markers::marker_len(seg) != Some(run)
}

/// Where items run on in one sentence ("gồm: a) cây đã chết; b) cây có nguy cơ gãy đổ; c) …")
/// each item starts a unit: the offsets in `body` after each "; " or ": " that an enumerator
/// with ')' follows, when there are two such items or more.
fn run_on_items(body: &str) -> Vec<usize> {
    let b = body.as_bytes();
    let mut cuts = Vec::new();
    for (i, &c) in b.iter().enumerate() {
        if !matches!(c, b';' | b':') || b.get(i + 1) != Some(&b' ') {
            continue;
        }
        let rest = &body[i + 2..];
        if markers::enumerator_len(rest).is_some_and(|n| rest.as_bytes()[n] == b')') {
            cuts.push(i + 2);
        }
    }
    if cuts.len() < 2 {
        cuts.clear();
    }
    cuts
}

fn push(text: &str, s: usize, e: usize, block: usize, out: &mut Vec<Span>) {
    let Some((s, e)) = trim(text, s, e) else {
        return;
    };
    // Only a sentence with ") " in it can hold items run on.
    // (By bytes: `str`'s searcher for string patterns costs the .wasm 1.2 KB.)
    if text.as_bytes()[s..e].windows(2).any(|w| w == b") ") {
        let mut from = s;
        for cut in run_on_items(&text[s..e]) {
            push_one(text, from, s + cut, block, out);
            from = s + cut;
        }
        if from > s {
            return push_one(text, from, e, block, out);
        }
    }
    push_one(text, s, e, block, out);
}

fn push_one(text: &str, s: usize, e: usize, block: usize, out: &mut Vec<Span>) {
    let Some((s, e)) = trim(text, s, e) else {
        return;
    };
    let body = &text[s..e];
    let terminated = body.trim_end_matches(is_closer).ends_with(is_terminator);
    let line_start = text[..s]
        .chars()
        .rev()
        .find(|&c| !is_space(c) || is_line_break(c))
        .is_none_or(is_line_break);
    let line_end = text[e..]
        .chars()
        .find(|&c| !is_space(c) || is_line_break(c))
        .is_none_or(is_line_break);
    out.push(Span {
        start: s,
        end: e,
        block,
        terminated,
        line_start,
        line_end,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn splits_simple_sentences() {
        assert_eq!(
            texts("Trời mưa. Đường ngập! Ai đi?"),
            ["Trời mưa.", "Đường ngập!", "Ai đi?"]
        );
    }

    #[test]
    fn keeps_abbreviations() {
        assert_eq!(
            texts("Ông về TP. Hồ Chí Minh hôm qua. Sau đó đi."),
            ["Ông về TP. Hồ Chí Minh hôm qua.", "Sau đó đi."]
        );
        assert_eq!(
            texts("PGS.TS. Lê Văn A phát biểu."),
            ["PGS.TS. Lê Văn A phát biểu."]
        );
    }

    #[test]
    fn initial_then_starter_word_ends_sentence() {
        assert_eq!(
            texts("Cảnh sát triệu tập ông A. Sau đó ông khai."),
            ["Cảnh sát triệu tập ông A.", "Sau đó ông khai."]
        );
        assert_eq!(texts("Ông N.V. Bình nói."), ["Ông N.V. Bình nói."]);
    }

    #[test]
    fn glued_sentence_ends() {
        for (t, want) in [
            (
                "Ông về Tp.Hồ Chí Minh hôm qua.",
                &["Ông về Tp.Hồ Chí Minh hôm qua."][..],
            ),
            (
                "Theo ThS.Nguyễn Văn A thì tốt.",
                &["Theo ThS.Nguyễn Văn A thì tốt."],
            ),
            (
                "Trang VnExpress.Net đưa tin.",
                &["Trang VnExpress.Net đưa tin."],
            ),
            (
                "Dùng System.CodeDom để sinh mã.",
                &["Dùng System.CodeDom để sinh mã."],
            ),
            ("Điều 1.Phạm vi điều chỉnh", &["Điều 1.Phạm vi điều chỉnh"]),
            ("Xem www.Rikvip.Com nhé.", &["Xem www.Rikvip.Com nhé."]),
            ("Họp lúc 9h.Sau đó về.", &["Họp lúc 9h.", "Sau đó về."]),
            ("Ai đi?Tôi đi.", &["Ai đi?", "Tôi đi."]),
        ] {
            assert_eq!(texts(t), want, "{t}");
        }
    }

    #[test]
    fn items_are_units() {
        assert_eq!(
            texts("Gồm: a) mục một; b) mục hai; c) mục ba."),
            ["Gồm:", "a) mục một;", "b) mục hai;", "c) mục ba."]
        );
        // One item alone is not cut out.
        assert_eq!(
            texts("Xem mục a) ở trên; b) ở dưới."),
            ["Xem mục a) ở trên; b) ở dưới."]
        );
        assert_eq!(
            texts("Điều 2. Đối tượng\n1. Cơ quan nhà nước.\na) cây chết;\nb) cây đổ."),
            [
                "Điều 2. Đối tượng",
                "1. Cơ quan nhà nước.",
                "a) cây chết;",
                "b) cây đổ."
            ]
        );
    }

    #[test]
    fn unpunctuated_lines_are_units() {
        let t = "xin chào các bạn\nhôm nay trời đẹp\nchúng ta đi chơi nhé\nhẹn gặp lại";
        assert_eq!(texts(t).len(), 4);
        // Text wrapped by an editor still joins.
        let t = "Câu một dài được ngắt\ndòng ở giữa. Câu hai cũng\nbị ngắt dòng.";
        assert_eq!(
            texts(t),
            [
                "Câu một dài được ngắt\ndòng ở giữa.",
                "Câu hai cũng\nbị ngắt dòng."
            ]
        );
    }

    #[test]
    fn lines_and_blocks() {
        let t = "Tiêu đề bài báo\r\n\r\nCâu một. Câu hai\nvẫn tiếp tục.\nCâu ba.";
        let sp = split(t);
        assert_eq!(
            texts(t),
            [
                "Tiêu đề bài báo",
                "Câu một.",
                "Câu hai\nvẫn tiếp tục.",
                "Câu ba."
            ]
        );
        assert!(!sp[0].terminated && sp[0].line_start && sp[0].line_end);
        assert_eq!(sp[1].block, 1);
        assert!(sp[1].line_start && !sp[1].line_end);
        assert_eq!(sp[3].block, 2);
    }
}
