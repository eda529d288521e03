//! Units that a reader cannot take alone: a sentence that opens with a link to the one before
//! it ("Tuy nhiên, …", "Do đó …", "Cụ thể …"), a sentence that goes on with an item or a step
//! ("Bước 2: Me ngâm …. Cà chua cắt …"), and a line ending in ":" that announces what follows.
//! Such a unit is chosen with the unit it needs, or not at all.

use crate::classify::announces;
use crate::document::Document;
use crate::score::Scored;
use crate::split::opens_numbered;
use crate::text::{lower, nfc};
use crate::UnitKind;

/// Links that need the sentence before them, as they begin a sentence (small letters, NFC).
const LINKS: &str =
    "tuy nhiên|tuy vậy|tuy thế|dù vậy|mặc dù vậy|dẫu vậy|do đó|do vậy|vì vậy|vì thế|bởi vậy|\
    chính vì vậy|chính vì thế|từ đó|trước đó|sau đó|theo đó|cụ thể|khi đó|lúc đó|\
    trong khi đó|nhờ đó|nhờ vậy|như vậy|ngược lại|trái lại|tiếp đó|ngay sau đó";

/// What a candidate needs beside it: nothing, the candidates given (their indexes in `scored`),
/// or something that is no candidate (then it is never chosen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Need {
    Nothing,
    With(usize),
    Never,
}

/// Does the unit open with a link to the sentence before it?
pub(super) fn opens_with_link(t: &str) -> bool {
    let t = crate::text::trim_start_by(t, |c| {
        matches!(
            c,
            '"' | '“' | '\'' | '‘' | '-' | '–' | '—' | '•' | '*' | '(' | ' '
        )
    });
    let mut cut = t.len().min(48);
    while !t.is_char_boundary(cut) {
        cut -= 1;
    }
    // (`lower`, not std's `to_lowercase` and its 11.7 KB table in the .wasm.)
    let mut head = String::with_capacity(cut + 8);
    for c in nfc(&t[..cut]).chars() {
        lower(c, |l| head.push(l));
    }
    LINKS.split('|').any(|w| {
        head.strip_prefix(w).is_some_and(|rest| {
            let next = rest.chars().next();
            next.is_none_or(|c| !c.is_alphanumeric())
                && !(w == "cụ thể"
                    && ["hóa", "hoá", "của"]
                        .iter()
                        .any(|x| rest.trim_start().starts_with(x)))
        })
    })
}

/// Is the text structured (sections, lists): two headings or more after its first candidate?
/// News seldom is; there a sentence that opens with a link is often the one that matters
/// ("Theo đó, …", "Trước đó, …"), and tying it to its predecessor cost the news
/// cross-validation 0.4 ROUGE-2 (see docs/experiments.md).
pub(super) fn structured(doc: &Document<'_>, scored: &Scored) -> bool {
    let first = scored.units.first().copied().unwrap_or(0);
    doc.units[first..]
        .iter()
        .filter(|u| u.kind == UnitKind::Heading)
        .nth(1)
        .is_some()
}

/// What candidate `c` needs: the one before it if it goes on with an item or (in a
/// [`structured`] text) opens with a link, the one after it if it ends with ":". Units
/// between that are boilerplate do not count; a heading between, or none, means it is never
/// chosen.
pub(super) fn need(doc: &Document<'_>, scored: &Scored, c: usize, structured: bool) -> Need {
    let u = scored.units[c];
    let t = &doc.text[doc.units[u].start..doc.units[u].end];
    // The candidate at unit `v`, if only boilerplate stands between.
    let candidate_at = |v: usize, step: isize| -> Need {
        let mut w = v;
        loop {
            let Some(next) = w.checked_add_signed(step).filter(|&x| x < doc.units.len()) else {
                return Need::Never;
            };
            w = next;
            if doc.units[w].kind != UnitKind::Boilerplate {
                break;
            }
        }
        let k = c
            .checked_add_signed(step)
            .filter(|&k| k < scored.units.len());
        match k {
            Some(k) if scored.units[k] == w => Need::With(k),
            _ => Need::Never,
        }
    };
    if announces(t) {
        return candidate_at(u, 1);
    }
    if c == 0 {
        return Need::Nothing;
    }
    // The first unit of its paragraph, looked for among the few units before it (a step has a
    // few sentences; a text without line breaks must not be scanned back for each candidate).
    const STEP_SENTENCES: usize = 8;
    let lo = u.saturating_sub(STEP_SENTENCES);
    let p = doc.units[u].paragraph;
    let first = match doc.units[lo..u].iter().rposition(|x| x.paragraph != p) {
        Some(i) => Some(lo + i + 1),
        None => (lo == 0).then_some(0),
    };
    let goes_on_item = first
        .is_some_and(|f| f < u && opens_numbered(&doc.text[doc.units[f].start..doc.units[f].end]));
    if goes_on_item || (structured && opens_with_link(t)) {
        return candidate_at(u, -1);
    }
    Need::Nothing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_that_need_their_predecessor() {
        for t in [
            "Tuy nhiên, sau năm 1950 nghề gốm suy giảm.",
            "Do đó cần có giải pháp.",
            "“Cụ thể, mỗi hộ nhận 3 ha.",
            "Sau đó đoàn làm việc với ban quản lý.",
            "TUY NHIÊN, giá vẫn cao.",
        ] {
            assert!(opens_with_link(t), "{t}");
        }
        for t in [
            "Tuy là người mới, anh đã làm tốt.",
            "Cụ thể hóa chủ trương của tỉnh.",
            "Sau đây là danh sách.",
            "Do đoàn công tác đến muộn nên cuộc họp lùi lại.",
            "Từ đông sang tây dài 12 km.",
        ] {
            assert!(!opens_with_link(t), "{t}");
        }
    }
}
