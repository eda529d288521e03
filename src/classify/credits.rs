//! Two rules about what stands on the same line as page furniture: the sentence a photo
//! credit follows is a caption ("Hồ Suối Đá trơ đáy sau ba tháng không mưa. (Ảnh: Minh Đức)"),
//! and every unit of a line that starts with "©" is the copyright notice ("© 2025 Báo Sông
//! Lam điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này."). Each rule is a
//! function of its own; both only ever turn units into boilerplate.

use crate::split::Span;
use crate::terms::{word_id, Syllable, TermId};
use crate::UnitKind;

/// A photo or video credit is at most this many syllables ("(Ảnh: Nguyễn Văn Minh/TTXVN)").
const CREDIT_MAX_SYLLABLES: usize = 12;

/// The words a credit opens with, before its colon.
fn credit_words() -> &'static [TermId; 4] {
    static W: std::sync::OnceLock<[TermId; 4]> = std::sync::OnceLock::new();
    W.get_or_init(|| ["ảnh", "video", "clip", "photo"].map(word_id))
}

/// "(Ảnh: Minh Đức)", "Ảnh: TTXVN", "[Video: …]": a short unit of a credit word and a colon,
/// maybe in brackets.
fn is_credit(t: &str, span: &Span, syls: &[Syllable]) -> bool {
    let Some(first) = syls.first() else {
        return false;
    };
    let before = &t[..first.start as usize - span.start];
    syls.len() <= CREDIT_MAX_SYLLABLES
        && before
            .chars()
            .all(|c| c == '(' || c == '[' || c.is_whitespace())
        && credit_words().contains(&first.id)
        && t[first.end as usize - span.start..]
            .trim_start()
            .starts_with(':')
}

/// A line of one unit and a photo credit is the photo's caption and credit: the unit is
/// boilerplate (the credit is furniture already). Only a whole line: in a text whose line
/// breaks were lost, a credit line ("Clip: …", "Ảnh: …") glues itself to the article's
/// sentence before it.
pub(super) fn mark_captions(
    text: &str,
    spans: &[Span],
    syls: &[&[Syllable]],
    kinds: &mut [UnitKind],
) {
    for i in 1..spans.len() {
        let next = &spans[i];
        if spans[i - 1].line_start
            && !next.line_start
            && next.line_end
            && kinds[i - 1] != UnitKind::Boilerplate
            && is_credit(&text[next.start..next.end], next, syls[i])
        {
            kinds[i - 1] = UnitKind::Boilerplate;
        }
    }
}

/// Every unit of a line that starts with "©" is the page's copyright notice: boilerplate.
pub(super) fn mark_copyright_lines(text: &str, spans: &[Span], kinds: &mut [UnitKind]) {
    let mut notice = false;
    for (sp, kind) in spans.iter().zip(kinds.iter_mut()) {
        if sp.line_start {
            notice = text[sp.start..].starts_with('©');
        }
        if notice {
            *kind = UnitKind::Boilerplate;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{sentences, UnitKind};

    /// The kind of each unit, with its text.
    fn kinds(text: &str) -> Vec<(String, UnitKind)> {
        sentences(text)
            .unwrap()
            .into_iter()
            .map(|u| (text[u.start..u.end].to_string(), u.kind))
            .collect()
    }

    fn kind_of(text: &str, unit: &str) -> UnitKind {
        kinds(text)
            .into_iter()
            .find(|(t, _)| t == unit)
            .unwrap_or_else(|| panic!("no unit {unit:?} in {:?}", kinds(text)))
            .1
    }

    const BODY: &str = "Đợt hạn kéo dài từ đầu năm khiến hơn 12.000 hộ dân thiếu nước sinh hoạt. \
        Nhiều hồ chứa đã xuống dưới mực nước chết.\n\
        Người dân phải mua nước bình hoặc chờ xe bồn của xã chở nước đến từng thôn.";

    #[test]
    fn a_line_of_a_sentence_and_a_photo_credit_is_a_caption() {
        for credit in [
            "(Ảnh: Minh Đức)",
            "Ảnh: Minh Đức",
            "(ẢNH: MINH ĐỨC)",
            "[Video: Hồng Nhung]",
            "(Ảnh: TTXVN)",
        ] {
            let caption = "Hồ Suối Đá ở huyện Tây Lam trơ đáy sau ba tháng không mưa.";
            let text = format!("{BODY}\n{caption} {credit}\n{BODY}");
            assert_eq!(kind_of(&text, caption), UnitKind::Boilerplate, "{credit}");
            assert_eq!(kind_of(&text, credit), UnitKind::Boilerplate, "{credit}");
            // The sentences around it stay.
            assert_eq!(
                kind_of(&text, "Nhiều hồ chứa đã xuống dưới mực nước chết."),
                UnitKind::Sentence
            );
        }
    }

    #[test]
    fn a_credit_on_a_line_of_its_own_or_a_sentence_about_photos_makes_no_caption() {
        let sentence = "Hồ Suối Đá ở huyện Tây Lam trơ đáy sau ba tháng không mưa.";
        // The credit on the next line: the sentence before it is the article's.
        let text = format!("{BODY}\n{sentence}\n(Ảnh: Minh Đức)\n{BODY}");
        assert_eq!(kind_of(&text, sentence), UnitKind::Sentence);
        // Lines joined: a credit line glued to the article's sentences says nothing of them.
        let text = format!("{BODY} {sentence} Clip: Người dân Tây Lam chờ xe bồn. {BODY}");
        assert_eq!(kind_of(&text, sentence), UnitKind::Sentence);
        let text = format!("{BODY} {sentence} (Ảnh: Minh Đức)");
        assert_eq!(kind_of(&text, sentence), UnitKind::Sentence);
        // "Ảnh" that opens a sentence without a colon, or a long unit after a colon.
        for next in [
            "Ảnh chụp từ vệ tinh cho thấy lòng hồ đã nứt nẻ.",
            "Video: người dân Tây Lam kể lại những ngày phải chờ xe bồn chở nước đến từng thôn trong suốt ba tháng hạn.",
        ] {
            let text = format!("{BODY}\n{sentence} {next}\n{BODY}");
            assert_eq!(kind_of(&text, sentence), UnitKind::Sentence, "{next}");
        }
    }

    #[test]
    fn every_unit_of_a_line_that_starts_with_the_copyright_sign_is_boilerplate() {
        let notice =
            "© 2025 Báo Sông Lam điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này.";
        let text = format!("{BODY}\n{notice}");
        assert_eq!(
            kind_of(&text, "© 2025 Báo Sông Lam điện tử."),
            UnitKind::Boilerplate
        );
        assert_eq!(
            kind_of(
                &text,
                "Ghi rõ nguồn khi phát hành lại thông tin từ website này."
            ),
            UnitKind::Boilerplate
        );
        // A "©" inside a line, and the lines around, are left alone.
        let inside = "Bức ảnh © Minh Đức được giải nhất cuộc thi ảnh báo chí năm nay.";
        let text = format!("{BODY}\n{inside}");
        assert_eq!(kind_of(&text, inside), UnitKind::Sentence);
        assert!(kinds(&text).iter().all(|(_, k)| *k == UnitKind::Sentence));
    }
}
