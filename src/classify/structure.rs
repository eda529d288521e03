//! The structure of a text that is not a news article: the items of a list that a line ending
//! in ":" announces (no headlines, though they look like them), and the headlines of a page's
//! related links copied as one line, which are boilerplate.

use crate::split::{opens_item, Span};
use crate::terms::Syllable;

/// Does the unit end with ":" (before closing quotes or brackets): does it announce what
/// follows it?
pub(crate) fn announces(t: &str) -> bool {
    crate::text::trim_end_by(t, |c| matches!(c, '"' | '”' | '’' | ')' | ']' | '»' | ' '))
        .ends_with(':')
}

/// Which units are the items of a list: a whole line ending in ":" ("Nguyên liệu:", "Các sản
/// phẩm chính gồm:"), and the whole lines after it that open with a marker ("- 2 quả cà chua",
/// "a) cây đã chết;") or have no final punctuation ("Chum, vại và lu đựng nước").
pub(super) fn list_items(text: &str, spans: &[Span]) -> Vec<bool> {
    let mut items = vec![false; spans.len()];
    let mut in_list = false;
    for (k, sp) in spans.iter().enumerate() {
        let t = &text[sp.start..sp.end];
        let whole = sp.line_start && sp.line_end;
        if whole && announces(t) {
            items[k] = true;
            in_list = true;
        } else if in_list && whole && (opens_item(t) || !sp.terminated) {
            items[k] = true;
        } else {
            in_list = false;
        }
    }
    items
}

/// Is a line several headlines run together, as a page's related links are when copied
/// ("Giá vàng hôm nay tăng nhẹ Nông dân Tân Khê trúng mùa cà phê Khởi công cầu Trà Lam mới")?
/// A whole line without final punctuation where, twice or more, a capitalized syllable that
/// small letters follow ("Nông dân", "Khởi công") comes after a word in small letters that is
/// no function word: not a name after "và", "của", "với" ("giữa Mỹ và Nga"). A line with a
/// comma, a colon or a bracket is a sentence without its period. A line longer than a few
/// headlines (`MAX_RUN` syllables) is a paragraph that lost its punctuation, not a run.
pub(super) fn is_headline_run(text: &str, span: &Span, syls: &[Syllable]) -> bool {
    const MAX_RUN: usize = 90;
    if !(span.line_start && span.line_end)
        || span.terminated
        || !(12..=MAX_RUN).contains(&syls.len())
    {
        return false;
    }
    // Headlines run together hold no comma, colon or bracket between their words.
    let t = &text[span.start..span.end];
    if opens_item(t) || t.contains([',', ';', ':', '(']) {
        return false;
    }
    // Each headline is four syllables long at least.
    const HEADLINE: usize = 4;
    let mut restarts = 0;
    let mut last = 0;
    for k in HEADLINE..syls.len().saturating_sub(HEADLINE - 1) {
        let (a, b, c) = (&syls[k - 1], &syls[k], &syls[k + 1]);
        let restart = a.alphabetic
            && !a.stop
            && !a.upper
            && b.upper
            && b.joined
            && !text[b.range()].chars().skip(1).any(char::is_uppercase)
            && c.alphabetic
            && !c.upper
            && c.joined;
        if restart && k - last >= HEADLINE {
            restarts += 1;
            last = k;
        }
    }
    restarts >= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::syllables;

    fn line(t: &str) -> bool {
        let sp = Span {
            start: 0,
            end: t.len(),
            block: 0,
            terminated: false,
            line_start: true,
            line_end: true,
        };
        is_headline_run(t, &sp, &syllables(t, 0, t.len()))
    }

    #[test]
    fn headlines_run_together() {
        assert!(line(
            "Giá vàng hôm nay tăng nhẹ Nông dân Tân Khê trúng mùa cà phê Khởi công cầu Trà Lam mới"
        ));
        for t in [
            "Hòa Lâm: diện tích rừng trồng tăng mạnh nhờ giao rừng cho hộ dân",
            "Quan hệ giữa Mỹ và Nga trở nên căng thẳng sau cuộc gặp ở Geneva",
            "Đoàn công tác của tỉnh Hòa Lâm làm việc với Ban quản lý rừng phòng hộ Trà Lam",
            "Hình ảnh mới nhất của Lê Âu Ngân Anh sau đề nghị huỷ danh hiệu Hoa hậu Đại dương",
            "Netflix là cung cấp SuperHD nội dung ở Mỹ qua các nhà cung cấp Internet chọn từ năm 2013",
            "Từ đó, luật sư đề nghị chuyển tội danh cho Hưng từ Giết người sang tội Cố ý gây thương tích",
        ] {
            assert!(!line(t), "{t}");
        }
    }
}
