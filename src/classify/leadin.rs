//! The asker's lead-in (issue 24): "Bác sĩ cho em hỏi, …", "Chào bác sĩ, …", "Vậy xin hỏi bác
//! sĩ …" open the unit that holds the question or the asker's first words. The lead-in says
//! only that the asker asks: it is cut from its unit as a unit of its own, which is
//! boilerplate, and the question starts at its matter ("chuột rút khi mang thai có ảnh hưởng
//! đến em bé không?"), as a question's title does.
//!
//! Measured on the 830 readers' questions (docs/experiments.md): length-fair ROUGE-2 18.2
//! with the question first, 25.8 with its lead-in cut.

use std::sync::OnceLock;

use crate::split::Span;
use crate::terms::{syllables, word_id, Syllable, TermId};

/// Bytes of a unit's start read for a lead-in: the longest lead-in and a few syllables more.
const HEAD_BYTES: usize = 120;

struct Words {
    /// Words a lead-in may begin with (a quick test before the unit's start is read).
    first: Vec<TermId>,
    greet: Vec<Vec<TermId>>,
    pro: Vec<Vec<TermId>>,
    link: Vec<Vec<TermId>>,
    ask: Vec<Vec<TermId>>,
    after_ask: Vec<Vec<TermId>>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    let ids = super::phrase_ids;
    W.get_or_init(|| {
        let greet =
            ids("chào|xin chào|kính chào|em chào|cháu chào|thưa|dạ thưa|kính thưa|kính gửi");
        let pro = ids("bác sĩ|bác sỹ|bs|bác|luật sư|chuyên gia");
        let link = ids("vậy|dạ|thưa|nhưng|và");
        let ask = ids(
            "cho em hỏi|cho cháu hỏi|cho con hỏi|cho mình hỏi|cho tôi hỏi|cho e hỏi|\
            cho em được hỏi|cho tôi được hỏi|cho cháu được hỏi|xin cho em hỏi|xin cho tôi hỏi|\
            cho hỏi|xin hỏi|em muốn hỏi|tôi muốn hỏi|cháu muốn hỏi|em xin hỏi|tôi xin hỏi|\
            cháu xin hỏi",
        );
        let after_ask = ids("là|về|ạ");
        let first = "chào|xin|kính|em|cháu|thưa|dạ|bác|bs|luật|chuyên|vậy|nhưng|và|cho|tôi"
            .split('|')
            .map(word_id)
            .collect();
        Words {
            first,
            greet,
            pro,
            link,
            ask,
            after_ask,
        }
    })
}

/// The length of the longest phrase of `phrases` that `ids` starts with, if any.
fn starts(ids: &[TermId], phrases: &[Vec<TermId>]) -> Option<usize> {
    phrases
        .iter()
        .filter(|p| ids.starts_with(p))
        .map(Vec::len)
        .max()
}

/// How many syllables of `ids` are a lead-in, and whether it asks: a greeting with its address
/// ("Chào bác sĩ"), then, or alone, an asking phrase ("Vậy bác sĩ cho em hỏi", "Xin hỏi bác
/// sĩ", "Cho em hỏi là").
pub(super) fn lead_in(ids: &[TermId]) -> Option<(usize, bool)> {
    let w = words();
    let mut i = 0;
    if let Some(g) = starts(ids, &w.greet) {
        let p = starts(&ids[g..], &w.pro)?;
        i = g + p;
    }
    let mut j = i;
    j += starts(&ids[j..], &w.link).unwrap_or(0);
    j += starts(&ids[j..], &w.pro).unwrap_or(0);
    if let Some(a) = starts(&ids[j..], &w.ask) {
        j += a;
        j += starts(&ids[j..], &w.pro).unwrap_or(0);
        j += starts(&ids[j..], &w.after_ask).unwrap_or(0);
        return Some((j, true));
    }
    (i > 0).then_some((i, false))
}

/// Whether a unit is a lead-in and nothing else; `asks`: one that asks ("Bác sĩ cho em hỏi").
pub(crate) fn is_lead_in(syls: &[Syllable], asks: bool) -> bool {
    let ids: Vec<TermId> = syls.iter().filter(|s| s.alphabetic).map(|s| s.id).collect();
    !ids.is_empty() && lead_in(&ids).is_some_and(|(n, a)| n == ids.len() && (a || !asks))
}

/// The units with the lead-in of an asker cut off as a unit of its own (see the module's doc).
/// A lead-in is cut only when at least three syllables follow it in its unit.
pub(crate) fn cut_lead_ins(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let w = words();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for sp in spans {
        // The unit's first word, as a quick test.
        let head = &text[sp.start..sp.end];
        let first_word = crate::text::trim_start_by(head, |c| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if first_word.is_empty() || !w.first.contains(&word_id(first_word)) {
            out.push(sp);
            continue;
        }
        let mut end = (sp.start + HEAD_BYTES).min(sp.end);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let syls: Vec<Syllable> = syllables(text, sp.start, end)
            .into_iter()
            .filter(|s| s.alphabetic || s.id != 0)
            .collect();
        let ids: Vec<TermId> = syls.iter().map(|s| s.id).collect();
        match lead_in(&ids) {
            // A greeting alone is cut where punctuation ends it ("Chào bác sĩ, …"; not
            // "Chào bác Hùng", nor "Chào bác sĩ.Em", one syllable to the tokenizer).
            Some((n, asks))
                if n > 0
                    && syls.len() >= n + 3
                    && (asks
                        || text[syls[n - 1].end as usize..]
                            .starts_with([',', '.', '!', ':', ';'])) =>
            {
                let cut = syls[n - 1].end as usize;
                let rest = syls[n].start as usize;
                out.push(Span {
                    end: cut,
                    terminated: false,
                    line_end: false,
                    ..sp
                });
                out.push(Span {
                    start: rest,
                    line_start: false,
                    ..sp
                });
            }
            _ => out.push(sp),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(t: &str) -> Vec<&str> {
        let sp = Span {
            start: 0,
            end: t.len(),
            block: 0,
            terminated: true,
            line_start: true,
            line_end: true,
        };
        cut_lead_ins(t, vec![sp])
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn lead_ins_are_cut() {
        assert_eq!(
            cut("Bác sĩ cho em hỏi chuột rút khi mang thai có sao không ạ?"),
            [
                "Bác sĩ cho em hỏi",
                "chuột rút khi mang thai có sao không ạ?"
            ]
        );
        assert_eq!(
            cut("Chào bác sĩ, người nhà tôi năm nay 52 tuổi."),
            ["Chào bác sĩ", "người nhà tôi năm nay 52 tuổi."]
        );
        assert_eq!(
            cut("Vậy xin hỏi bác sĩ bé chưa tự đứng được là bị làm sao ạ."),
            [
                "Vậy xin hỏi bác sĩ",
                "bé chưa tự đứng được là bị làm sao ạ."
            ]
        );
    }

    #[test]
    fn other_units_stay_whole() {
        for t in [
            "Chào mừng ngày Quốc khánh, thành phố treo cờ.",
            "Cho em hỏi ạ?",
            "Bác sĩ Nguyễn Văn B cho biết bệnh nhân đã qua cơn nguy kịch.",
            "Xin chào các bạn, hôm nay trời đẹp.",
            "Tôi hỏi ông ấy về dự án.",
            "Chào bác Hùng, hàng xóm cũ của tôi.",
            "Chào bác sĩ.Em năm nay 28 tuổi.",
        ] {
            assert_eq!(cut(t), [t], "{t}");
        }
    }
}
