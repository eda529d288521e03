//! The kind of a text, as far as the rules need it (issue 24): does the text ask? A reader's
//! question to a doctor, a lawyer or a forum is written to ask one thing, and that question is
//! the core of its summary; a news article or an interview holds questions too (quoted, or
//! the interviewer's), which stay after every statement.
//!
//! A text asks when no unit is an interviewer's turn ("PV:", "Hỏi:"), it has at most 40
//! sentences, and one of them is the asker's question, the first of:
//! - a sentence that asks in so many words: "cho em hỏi" (or "cho cháu / con / mình hỏi"), or
//!   "xin hỏi", "cho tôi hỏi" with "bác sĩ", "luật sư", "chuyên gia"; or that follows an
//!   asking lead-in cut off as boilerplate ("Bác sĩ cho em hỏi", `classify::leadin`);
//! - when the text speaks as an asker (a greeting, a plea, a sign-off, thanks to a doctor or a
//!   signature with a year as a unit of its own; or a first unit opening "Thưa bác sĩ"): a
//!   sentence ending in "?" or holding "xin hỏi"; failing that, one that asks without "?"
//!   ("không biết", "có sao không", "như thế nào", "là gì") or pleads with its matter ("Mong
//!   bác sĩ tư vấn điều trị giúp tôi.").
//!
//! Measured on the training sets (docs/experiments.md): a question is found in 778 of the 830
//! readers' questions to doctors, in 1 of 3,000 news articles (an interview whose questions
//! open with "*") and in none of 300 encyclopedia articles.

use std::sync::OnceLock;

use crate::terms::{Syllable, TermId};
use crate::{Unit, UnitKind};

/// Texts with more sentences than this are not questions of a reader (they are articles).
const MAX_SENTENCES: usize = 40;

/// Syllable phrases, each as ids.
struct Words {
    /// "cho em hỏi", "cho cháu hỏi": asking in so many words, as only an asker does.
    ask_self: Vec<Vec<TermId>>,
    /// "cho tôi hỏi", "xin hỏi": asking, also in an interview.
    ask: Vec<Vec<TermId>>,
    /// Whom an asker addresses: "bác sĩ", "luật sư", …
    address: Vec<Vec<TermId>>,
    /// How a question without "?" asks: "không biết", "có sao không", "như thế nào", …
    question: Vec<Vec<TermId>>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    let ids = crate::classify::phrase_ids;
    W.get_or_init(|| Words {
        ask_self: ids("cho em hỏi|cho cháu hỏi|cho con hỏi|cho mình hỏi|cho e hỏi"),
        ask: ids("cho tôi hỏi|cho hỏi|xin hỏi|muốn hỏi"),
        address: ids("bác sĩ|bác sỹ|bs|luật sư|chuyên gia|tư vấn viên|admin"),
        question: ids(
            "không biết|phải không|được không|hay không|có sao không|gì không|không ạ|chưa ạ|\
            thế nào|ra sao|làm sao|bao lâu|bao nhiêu|là gì|bị gì|vì sao|tại sao|do đâu|có nên|\
            nên làm gì|phải làm gì|có cần|có ảnh hưởng|có nguy hiểm",
        ),
    })
}

fn holds(ids: &[TermId], phrases: &[Vec<TermId>]) -> bool {
    (0..ids.len()).any(|i| phrases.iter().any(|p| ids[i..].starts_with(p)))
}

/// Ends in "?" (before closing quotes or brackets, or a stray final ".").
fn ends_with_question(t: &str) -> bool {
    crate::text::trim_end_by(t, |c| {
        c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '.')
    })
    .ends_with('?')
}

/// The unit that is the asker's question, if the text asks (see the module's doc).
/// `syls[i]` are the syllables of `units[i]`.
pub(crate) fn askers_question(text: &str, units: &[Unit], syls: &[&[Syllable]]) -> Option<usize> {
    let sentences = units
        .iter()
        .filter(|u| u.kind == UnitKind::Sentence)
        .count();
    if sentences == 0 || sentences > MAX_SENTENCES {
        return None;
    }
    let w = words();
    let t = |u: &Unit| &text[u.start..u.end];
    // An interviewer's turn: an interview, not a question.
    if units.iter().any(|u| {
        let bare = crate::text::trim_end_by(t(u), |c| c.is_whitespace() || c == '?');
        asks(bare)
    }) {
        return None;
    }
    // The text speaks as an asker: a greeting, a plea, a signature as a unit of its own, or a
    // greeting that opens the text ("Thưa bác sĩ con tôi được 3 tháng tuổi.").
    let asker = units.iter().zip(syls).any(|(u, s)| {
        u.kind == UnitKind::Boilerplate && crate::classify::is_askers_formula(t(u), s)
    }) || units
        .iter()
        .zip(syls)
        .find(|(u, _)| u.kind != UnitKind::Boilerplate)
        .is_some_and(|(_, s)| crate::classify::opens_with_greeting(s));
    let ids = |s: &[Syllable]| -> Vec<TermId> { s.iter().map(|x| x.id).collect() };
    let sentence = || {
        units
            .iter()
            .zip(syls)
            .filter(|(u, _)| u.kind == UnitKind::Sentence)
    };
    // A question in so many words ("?", "cho em hỏi", or after a lead-in that asks).
    for (u, s) in sentence() {
        let after_lead_in = u.index > 0 && {
            let p = &units[u.index - 1];
            p.kind == UnitKind::Boilerplate && crate::classify::is_lead_in(syls[p.index], true)
        };
        if after_lead_in {
            return Some(u.index);
        }
        let ids = ids(s);
        let phrase = holds(&ids, &w.ask) || holds(&ids, &w.ask_self);
        if holds(&ids, &w.ask_self)
            || (phrase && holds(&ids, &w.address))
            || (asker && (phrase || ends_with_question(t(u))))
        {
            return Some(u.index);
        }
    }
    if !asker {
        return None;
    }
    // A question without "?" ("Không biết cháu có bị sao không ạ."), or a plea that says for
    // what ("Mong bác sĩ tư vấn điều trị giúp tôi.").
    sentence()
        .find(|(_, s)| holds(&ids(s), &w.question) || crate::classify::pleads(s))
        .map(|(u, _)| u.index)
}

/// Whether a unit asks rather than tells: a question, or an interviewer's turn ("Phóng viên:",
/// "PV:", "Hỏi:", "Câu hỏi:"). Such units come after every statement in the ranking.
pub(crate) fn asks(text: &str) -> bool {
    let t = crate::text::trim_end_by(text, |c| {
        matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»') || c.is_whitespace()
    });
    if t.ends_with('?') {
        return true;
    }
    let head = crate::text::trim_start_by(text, |c| {
        matches!(c, '-' | '–' | '—' | '•' | '*' | '"' | '“' | '(' | '[') || c.is_whitespace()
    });
    let Some(colon) = head.char_indices().take(16).find(|&(_, c)| c == ':') else {
        return false;
    };
    let label = crate::text::fold(head[..colon.0].trim());
    matches!(
        label.as_str(),
        "phong vien" | "pv" | "p.v" | "hoi" | "cau hoi" | "nha bao" | "phong vien (pv)"
    )
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    fn question(text: &str) -> Option<String> {
        let d = Document::new(text).unwrap();
        d.question
            .map(|q| text[d.units[q].start..d.units[q].end].to_string())
    }

    #[test]
    fn a_readers_question_is_found() {
        let t = "Chào bác sĩ, cháu năm nay 30 tuổi. Cháu hay bị đau đầu vào buổi sáng. \
                 Bác sĩ cho cháu hỏi đau đầu buổi sáng là bệnh gì ạ? Cháu cảm ơn bác sĩ.";
        // Its lead-in "Bác sĩ cho cháu hỏi" is a unit of its own (boilerplate).
        assert_eq!(
            question(t).as_deref(),
            Some("đau đầu buổi sáng là bệnh gì ạ?")
        );
        // Without a question mark, in so many words.
        let t = "Bé nhà em 16 tháng vẫn chưa tự đứng được. \
                 Vậy xin hỏi bác sĩ bé chưa tự đứng được là bị làm sao ạ. Em cảm ơn bác sĩ.";
        assert_eq!(
            question(t).as_deref(),
            Some("bé chưa tự đứng được là bị làm sao ạ.")
        );
    }

    #[test]
    fn news_and_interviews_do_not_ask() {
        // A quoted question in a news article.
        let t = "Chiều qua, nước sông dâng cao khiến nhiều hộ dân bị cô lập. \
                 \"Nhà tôi ngập hết rồi, biết sống sao đây?\" \
                 Chính quyền địa phương đã sơ tán 300 hộ dân đến nơi an toàn.";
        assert_eq!(question(t), None);
        // An interview: the interviewer's turns.
        let t = "PV: Thưa ông, vì sao giá điện tăng?\n\
                 Ông Nguyễn Văn B: Giá than và khí đều tăng mạnh trong năm qua.\n\
                 PV: Bác sĩ có lời khuyên gì cho người dân?\n\
                 Ông Nguyễn Văn B: Người dân nên tiết kiệm điện vào giờ cao điểm.";
        assert_eq!(question(t), None);
    }
}
