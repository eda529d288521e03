//! Courtesy formulas (issue 24): the greetings, thanks, pleas, sign-offs, signatures and
//! anonymity labels of a question or a letter ("Chào bác sĩ!", "Mong bác sĩ tư vấn giúp em.",
//! "Em xin chân thành cảm ơn bác sĩ!", "Trần Thị Minh Thư (1997)", "Câu hỏi ẩn danh"). They say
//! nothing of the text's matter: like page debris, they are boilerplate, never chosen and
//! never keywords.
//!
//! A unit is a formula when it holds one (a greeting with its address, thanks, a plea for
//! advice, a sign-off, an anonymity label) and at most one syllable besides the formula's words,
//! forms of address ("bác sĩ", "anh chị"), the asker's words for self ("em", "cháu") and words
//! of politeness ("ạ", "xin", "chân thành", "nhiều"): "Mong bác sĩ tư vấn giúp em cách dùng
//! thuốc." asks something, and stays. A signature is a name of two to five capitalized
//! syllables with a year or a place ("Nguyễn Văn A (1989)", "Phạm Thắng, 1994") near the end of
//! the text, or a bare name as the text's last unit right after a formula.

use std::sync::OnceLock;

use crate::split::Span;
use crate::terms::{word_id, Syllable, TermId};
use crate::text::{trim_end_by, trim_start_by};
use crate::UnitKind;

/// Units longer than this are never formulas.
const MAX_SYLLABLES: usize = 24;

/// What a word of a formula is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// "chào", "kính gửi", "thưa": a greeting when an address follows.
    Greet,
    /// Whom a reader asks for advice: "bác sĩ", "luật sư", "chuyên gia".
    Pro,
    /// Another form of address: "anh chị", "mọi người".
    Address,
    /// "ơi" after an address: "Bác sĩ ơi".
    Oi,
    /// "cảm ơn", "cám ơn", "thanks".
    Thanks,
    /// "mong", "nhờ", "xin": a plea with an object.
    Beg,
    /// What is begged for: "tư vấn", "giải đáp", "giúp đỡ".
    Advice,
    /// "trân trọng", "thân ái", "kính thư".
    SignOff,
    /// "ẩn danh".
    Anonymous,
    /// Politeness, the asker's self, fillers: they carry no matter inside a formula.
    Filler,
}

const PHRASES: &[(Class, &str)] = &[
    (
        Class::Greet,
        "chào|xin chào|kính chào|kính gửi|gửi|thưa|kính thưa|dạ thưa|hi|hello",
    ),
    (
        Class::Pro,
        "bác sĩ|bác sỹ|bs|bsi|bác|các bác sĩ|quý bác sĩ|ad|admin|tư vấn viên|chuyên gia|\
            chuyên viên|luật sư|ban biên tập|tòa soạn|quý báo|bệnh viện|quý bệnh viện|\
            chương trình",
    ),
    (
        Class::Address,
        "anh chị|anh|chị|a/c|thầy|thầy cô|báo|mọi người|các bạn|bạn",
    ),
    (Class::Oi, "ơi"),
    (
        Class::Thanks,
        "cảm ơn|cám ơn|thank|thanks|thank you|tks|biết ơn",
    ),
    (
        Class::Beg,
        "mong|rất mong|kính mong|nhờ|xin|hy vọng|hi vọng|cầu cứu",
    ),
    (
        Class::Advice,
        "tư vấn|giải đáp|giúp|giúp đỡ|trả lời|phản hồi|hồi âm|hướng dẫn|chỉ dẫn|chỉ giáo|\
            chỉ bảo|chỉ giúp|lời khuyên|khuyên|hỗ trợ|ý kiến",
    ),
    (
        Class::SignOff,
        "trân trọng|thân ái|kính thư|thân chào|best regards|regards",
    ),
    (Class::Anonymous, "ẩn danh"),
    (
        Class::Filler,
        "em|cháu|con|tôi|mình|tớ|chúng tôi|chúng em|gia đình|ạ|à|nhé|nha|với|nhiều|rất|lắm|\
            thật|chân thành|vô cùng|cho|giùm|hộ|dùm|đỡ|được|sự|của|và|đã|sớm|dạ|vâng|vui lòng|\
            làm ơn|trước|ah|nhất|luôn|thêm|lời|câu|câu hỏi|khách hàng|thắc mắc|này|vấn đề|\
            trường hợp|mong|rằng|sẽ|nhiệt tình|chúc|một|ngày|vui vẻ|sức khỏe|dồi dào|\
            thành công|mạnh khỏe|nhận|quan tâm|thời gian|đọc|thư|e|kính|thân|quý|các|người|ạh|\
            nhiều ạ|nhanh|sớm nhất|có thể|em bé",
    ),
];

/// Phrases ("cảm ơn|cám ơn": one string, '|' between phrases) as the ids of their syllables.
/// Not inlined: the tables of formulas, lead-ins and kinds are made by this one copy (each
/// inlined copy cost the .wasm a kilobyte). One string, not a slice of `&str`: the slice's
/// pointers and lengths (8 bytes a phrase) gzip badly.
#[inline(never)]
pub(crate) fn phrase_ids(ps: &str) -> Vec<Vec<TermId>> {
    ps.split('|')
        .map(|p| p.split(' ').map(word_id).collect())
        .collect()
}

/// The formula phrases as syllable ids: (ids, class).
fn phrases() -> &'static [(Vec<TermId>, Class)] {
    static TABLE: OnceLock<Vec<(Vec<TermId>, Class)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Vec<(Vec<TermId>, Class)> = Vec::new();
        for &(class, ps) in PHRASES {
            t.extend(phrase_ids(ps).into_iter().map(|ids| (ids, class)));
        }
        // By first syllable (ties in the order listed), so that a position looks only at the
        // phrases that start with its syllable.
        let order = crate::order::order_by(t.len(), |k| t[k].0.first().copied().unwrap_or(0));
        let mut slots: Vec<Option<(Vec<TermId>, Class)>> = t.into_iter().map(Some).collect();
        order.into_iter().filter_map(|k| slots[k].take()).collect()
    })
}

/// What a unit holds, as formulas go.
#[derive(Default, Debug)]
struct Parts {
    greeting: bool,
    thanks: bool,
    plea: bool,
    sign_off: bool,
    anonymous: bool,
    /// Someone is addressed ("bác sĩ", "luật sư").
    addressed: bool,
    /// Syllables that no formula word accounts for.
    left: usize,
}

impl Parts {
    fn any(&self) -> bool {
        self.greeting || self.thanks || self.plea || self.sign_off || self.anonymous
    }
}

/// Reads the syllables (those with a letter) of a unit as formula words.
fn parts(syls: &[Syllable]) -> Parts {
    let ids: Vec<TermId> = syls.iter().filter(|s| s.alphabetic).map(|s| s.id).collect();
    let table = phrases();
    let mut p = Parts::default();
    let (mut beg, mut advice) = (false, false);
    let mut prev: Option<Class> = None;
    let mut i = 0;
    while i < ids.len() {
        // The longest phrase that starts here; for one phrase in two classes, the first
        // class listed (the table is in that order among phrases with one first syllable).
        let mut hit: Option<(usize, Class)> = None;
        let first = ids[i];
        let from = table.partition_point(|(ph, _)| ph.first().is_some_and(|&f| f < first));
        let starting = table[from..]
            .iter()
            .take_while(|(ph, _)| ph.first() == Some(&first));
        for (ph, c) in starting {
            if ids[i..].starts_with(ph) && hit.is_none_or(|(n, _)| ph.len() > n) {
                hit = Some((ph.len(), *c));
            }
        }
        let Some((len, class)) = hit else {
            p.left += 1;
            prev = None;
            i += 1;
            continue;
        };
        match class {
            Class::Address | Class::Pro if prev == Some(Class::Greet) => {
                p.greeting = true;
                p.addressed |= class == Class::Pro;
            }
            Class::Pro => p.addressed = true,
            Class::Oi if matches!(prev, Some(Class::Address | Class::Pro)) => p.greeting = true,
            Class::Thanks => p.thanks = true,
            Class::Beg => beg = true,
            Class::Advice => advice = true,
            Class::SignOff => p.sign_off = true,
            Class::Anonymous => p.anonymous = true,
            _ => {}
        }
        prev = Some(class);
        i += len;
    }
    p.plea = beg && advice;
    p
}

/// Whether the unit is a courtesy formula and nothing else (see the module's doc).
fn is_formula(text: &str, syls: &[Syllable]) -> bool {
    if syls.is_empty() || syls.len() > MAX_SYLLABLES || ends_with_question(text) {
        return false;
    }
    let p = parts(syls);
    p.any() && p.left <= 1
}

fn ends_with_question(text: &str) -> bool {
    trim_end_by(text, |c| {
        c.is_whitespace() || matches!(c, '"' | '”' | '’' | ')' | '»')
    })
    .ends_with('?')
}

/// A name: two to five syllables, each with a capital letter first.
fn is_name(syls: &[Syllable]) -> bool {
    (2..=5).contains(&syls.len()) && syls.iter().all(|s| s.alphabetic && s.upper)
}

/// A year of birth: four digits from 1900 to 2099.
fn is_year(t: &str) -> bool {
    t.len() == 4
        && (t.starts_with("19") || t.starts_with("20"))
        && t.bytes().all(|b| b.is_ascii_digit())
}

/// "Nguyễn Văn A (1989)", "Huỳnh Ly (Nha Trang)", "Phạm Thắng, 1994", "Lê Hoa - Hà Nội": a
/// name, then a year or a place in brackets, after a comma or after a dash, and nothing else
/// but a final "." or "!".
fn is_signature(text: &str, syls: &[Syllable]) -> bool {
    let t = trim_end_by(text, |c| c.is_whitespace() || c == '.' || c == '!');
    // Where the name ends: at the first bracket, comma or dash after it.
    let Some(cut) = t.find(['(', ',', '-', '–']) else {
        return false;
    };
    let (name, rest) = (&t[..cut], &t[cut..]);
    let base = syls.first().map_or(0, |s| s.start as usize);
    // The syllables of the name: those before the cut (syllables come in the text's order).
    let in_name = &syls[..syls
        .iter()
        .take_while(|s| (s.start as usize) < base + cut)
        .count()];
    // What follows the name: a year or a place.
    let inner = trim_end_by(
        trim_start_by(rest, |c| matches!(c, '(' | ',' | '-' | '–')),
        |c| c == ')',
    )
    .trim();
    let inner_year = is_year(inner);
    // One syllable is a name only before a year of birth ("Loan (1990)").
    let one = inner_year && in_name.len() == 1 && in_name[0].alphabetic && in_name[0].upper;
    if name.trim().is_empty() || !(one || is_name(in_name)) {
        return false;
    }
    // Letters and spaces only ("I. MỤC ĐÍCH, YÊU CẦU" is a heading); in capitals only with a
    // year ("TRỒNG MỚI, CHẶT HẠ" is a heading too).
    if !name.chars().all(|c| c.is_alphabetic() || c == ' ')
        || (!inner_year && !name.chars().any(char::is_lowercase))
    {
        return false;
    }
    let after = &syls[in_name.len()..];
    if rest.starts_with('(') != rest.ends_with(')') {
        return false;
    }
    is_year(inner)
        || (!inner.is_empty()
            && (1..=4).contains(&after.len())
            && after.iter().all(|s| s.alphabetic && s.upper))
}

/// Whether a unit is what only an asker writes: a greeting, a plea for advice or an anonymity
/// label, a sign-off, thanks to a doctor, a lawyer, an expert and nothing else, or a
/// signature with a year (thanks to anyone are not: an interview ends with "Xin cảm ơn ông!").
pub(crate) fn is_askers_formula(text: &str, syls: &[Syllable]) -> bool {
    // A signature with a year of birth: a news byline has none ("Khánh Ngân - Thu Huyền").
    if is_signature(text, syls) && text.bytes().filter(u8::is_ascii_digit).count() == 4 {
        return true;
    }
    if syls.is_empty() || syls.len() > MAX_SYLLABLES || ends_with_question(text) {
        return false;
    }
    let p = parts(syls);
    (p.greeting || p.plea || p.anonymous || p.sign_off || (p.thanks && p.addressed)) && p.left <= 1
}

/// Whether a unit opens by greeting a doctor, a lawyer, an expert ("Thưa bác sĩ con tôi …";
/// not "Chào chị Lan Hương, …", which opens an interview).
pub(crate) fn opens_with_greeting(syls: &[Syllable]) -> bool {
    let p = parts(&syls[..syls.len().min(5)]);
    p.greeting && p.addressed
}

/// Whether a unit pleads for advice ("Mong bác sĩ tư vấn điều trị giúp tôi.").
pub(crate) fn pleads(syls: &[Syllable]) -> bool {
    parts(syls).plea
}

/// Marks the courtesy formulas of a text as boilerplate (see the module's doc).
pub(super) fn mark_formulas(
    text: &str,
    spans: &[Span],
    syls: &[&[Syllable]],
    kinds: &mut [UnitKind],
) {
    let n = spans.len();
    // Signatures without a year ("Huỳnh Ly (Nha Trang)"), marked only in a text with another
    // formula: a news byline has their shape ("Khánh Ngân - Thu Huyền", "Minh Trí (Theo
    // People)") and stays as it was.
    let mut formulas = false;
    let mut signatures = Vec::new();
    for i in 0..n {
        if kinds[i] == UnitKind::Boilerplate || syls[i].len() > MAX_SYLLABLES {
            continue;
        }
        let t = &text[spans[i].start..spans[i].end];
        if is_formula(t, syls[i]) || super::is_lead_in(syls[i], false) {
            kinds[i] = UnitKind::Boilerplate;
            formulas = true;
        } else if i + 3 >= n && is_signature(t, syls[i]) {
            if t.bytes().filter(u8::is_ascii_digit).count() == 4 {
                kinds[i] = UnitKind::Boilerplate;
            } else {
                signatures.push(i);
            }
        }
    }
    if formulas {
        for i in signatures {
            kinds[i] = UnitKind::Boilerplate;
        }
    }
    // A bare name as the last unit, after a formula: the asker's signature.
    let Some(last) = kinds.iter().rposition(|k| *k != UnitKind::Boilerplate) else {
        return;
    };
    let after_formula = last > 0 && {
        let p = &spans[last - 1];
        kinds[last - 1] == UnitKind::Boilerplate
            && is_formula(&text[p.start..p.end], syls[last - 1])
    };
    if after_formula && is_name(syls[last]) {
        kinds[last] = UnitKind::Boilerplate;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::syllables;

    fn formula(t: &str) -> bool {
        is_formula(t, &syllables(t, 0, t.len()))
    }

    fn signature(t: &str) -> bool {
        is_signature(t, &syllables(t, 0, t.len()))
    }

    #[test]
    fn formulas_are_found() {
        for t in [
            "Chào bác sĩ!",
            "Chào bác sĩ.",
            "Xin chào bác sĩ ạ.",
            "Bác sĩ ơi!",
            "Mong bác sĩ tư vấn giúp em.",
            "Rất mong được bác sĩ giải đáp sớm ạ.",
            "Nhờ bác sĩ tư vấn giúp ạ!",
            "Em xin chân thành cảm ơn bác sĩ!",
            "Cảm ơn bác sĩ.",
            "Xin cảm ơn ông!",
            "Em cám ơn nhiều ạ.",
            "Câu hỏi ẩn danh",
            "Khách hàng ẩn danh",
            "Trân trọng cảm ơn!",
            "Mong bác sĩ tư vấn giúp em trường hợp này.",
        ] {
            assert!(formula(t), "{t}");
        }
    }

    #[test]
    fn statements_and_questions_are_not_formulas() {
        for t in [
            "Mong bác sĩ tư vấn giúp em cách dùng thuốc.",
            "Mong bác sĩ tư vấn giúp em có nên uống thuốc không?",
            "Bộ trưởng gửi lời cảm ơn tới các y bác sĩ tuyến đầu.",
            "Người dân mong được hỗ trợ vốn để sản xuất.",
            "Chào mừng ngày Quốc khánh, thành phố treo cờ.",
            "Anh cảm ơn chị vì đã đến thăm nhà máy hôm qua.",
            "Bác sĩ cho em hỏi chuột rút khi mang thai có ảnh hưởng đến em bé không ạ?",
            "Gia đình xin cảm ơn lực lượng cứu hộ đã tìm thấy thi thể nạn nhân.",
        ] {
            assert!(!formula(t), "{t}");
        }
    }

    #[test]
    fn signatures_are_names_with_a_year_or_a_place() {
        for t in [
            "Trần Thị Minh Thư (1997)",
            "Nguyễn Văn A (1989).",
            "Phạm Thắng, 1994",
            "Huỳnh Ly (Nha Trang)",
            "Nguyễn Anh Tuấn (Nha Trang)",
            "Loan (1990)",
        ] {
            assert!(signature(t), "{t}");
        }
        for t in [
            "Hà Nội (ảnh minh họa)",
            "Giá vàng tăng (năm 2024)",
            "Ông Nguyễn Văn A (1989) bị bắt.",
            "Trần Hưng Đạo",
            "Lê Lợi (1385 - 1433)",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "TRỒNG MỚI, CHẶT HẠ",
        ] {
            assert!(!signature(t), "{t}");
        }
    }
}
