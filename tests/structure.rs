//! The structure of texts that are not news (issue 24): headings of legal and official
//! documents kept whole, numbered and lettered items and steps as units of their own, a missing
//! space after a sentence's end, lines of unpunctuated text (a chat, a transcript). Every text
//! was written for these tests. Units are compared as exact slices of the text, so their offsets
//! are checked too.
//!

use tomtat::{sentences, UnitKind};

/// The units of a text as slices of it, with their kinds.
fn units(text: &str) -> Vec<(&str, UnitKind)> {
    sentences(text)
        .unwrap()
        .iter()
        .map(|u| {
            assert!(text.is_char_boundary(u.start) && text.is_char_boundary(u.end));
            (&text[u.start..u.end], u.kind)
        })
        .collect()
}

fn texts(text: &str) -> Vec<&str> {
    units(text).into_iter().map(|u| u.0).collect()
}

fn kind_of(text: &str, unit: &str) -> UnitKind {
    units(text)
        .into_iter()
        .find(|u| u.0 == unit)
        .unwrap_or_else(|| panic!("no unit {unit:?} in {:#?}", units(text)))
        .1
}

// --- A missing space after the end of a sentence ------------------------------------------

#[test]
fn a_missing_space_before_a_capital_still_ends_the_sentence() {
    for (text, want) in [
        (
            "Mục tiêu đặt ra đến năm 2030.Đây là việc không dễ.",
            &["Mục tiêu đặt ra đến năm 2030.", "Đây là việc không dễ."],
        ),
        (
            "Giá rau ở chợ đầu mối tăng mạnh!Người dân phải mua ít đi.",
            &[
                "Giá rau ở chợ đầu mối tăng mạnh!",
                "Người dân phải mua ít đi.",
            ],
        ),
        (
            "Chào bác sĩ.Em năm nay 30 tuổi.",
            &["Chào bác sĩ.", "Em năm nay 30 tuổi."],
        ),
        (
            "Cuộc họp bắt đầu lúc 9h.Sau đó đoàn đi thăm trường.",
            &["Cuộc họp bắt đầu lúc 9h.", "Sau đó đoàn đi thăm trường."],
        ),
        (
            "Có nên tiêm nhắc lại không?Em cảm ơn bác sĩ.",
            &["Có nên tiêm nhắc lại không?", "Em cảm ơn bác sĩ."],
        ),
    ] {
        assert_eq!(texts(text), want, "{text}");
    }
}

#[test]
fn abbreviations_addresses_and_numbers_keep_their_period() {
    // These pass today and must keep passing once the rule above is built.
    for (text, want) in [
        (
            "Ông đến TP.HCM hôm qua. Sau đó ông về Huế.",
            &["Ông đến TP.HCM hôm qua.", "Sau đó ông về Huế."][..],
        ),
        (
            "Cửa hàng ở Q.1 mở cửa lúc 8 giờ. Khách đến rất đông.",
            &["Cửa hàng ở Q.1 mở cửa lúc 8 giờ.", "Khách đến rất đông."],
        ),
        (
            "Thông tin được đăng tại www.chinhphu.vn từ sáng nay. Người dân có thể tra cứu.",
            &[
                "Thông tin được đăng tại www.chinhphu.vn từ sáng nay.",
                "Người dân có thể tra cứu.",
            ],
        ),
        (
            "Lãi suất là 15.7 phần trăm mỗi năm. Ngân hàng giữ nguyên mức này.",
            &[
                "Lãi suất là 15.7 phần trăm mỗi năm.",
                "Ngân hàng giữ nguyên mức này.",
            ],
        ),
        (
            "Dự án ở TP. Hồ Chí Minh đã xong. Vốn đầu tư rất lớn.",
            &["Dự án ở TP. Hồ Chí Minh đã xong.", "Vốn đầu tư rất lớn."],
        ),
    ] {
        assert_eq!(texts(text), want, "{text}");
    }
}

// --- Legal and official documents --------------------------------------------------------

#[test]
fn an_article_heading_is_one_heading() {
    let text =
        "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc trồng và chăm sóc cây xanh đô thị.";
    assert_eq!(
        units(text),
        [
            ("Điều 1. Phạm vi điều chỉnh", UnitKind::Heading),
            (
                "Quy chế này quy định việc trồng và chăm sóc cây xanh đô thị.",
                UnitKind::Sentence
            ),
        ]
    );
}

#[test]
fn chapter_and_section_headings_are_never_sentences() {
    let text = "Chương II\nTRỒNG MỚI VÀ CHẶT HẠ CÂY XANH\nỦy ban nhân dân cấp huyện lập kế hoạch trồng mới cây xanh hằng năm.";
    for heading in ["Chương II", "TRỒNG MỚI VÀ CHẶT HẠ CÂY XANH"] {
        assert_ne!(kind_of(text, heading), UnitKind::Sentence, "{heading}");
    }
    let text = "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng dịch vụ công trực tuyến của tỉnh.";
    assert_eq!(kind_of(text, "I. MỤC ĐÍCH, YÊU CẦU"), UnitKind::Heading);
}

#[test]
fn a_numbered_item_is_one_unit() {
    let text = "Quy chế này áp dụng đối với các đối tượng sau:\n1. Cơ quan nhà nước các cấp.\n2. Tổ chức, hộ gia đình và cá nhân có liên quan.";
    let us = units(text);
    assert_eq!(
        us.iter().map(|u| u.0).collect::<Vec<_>>(),
        [
            "Quy chế này áp dụng đối với các đối tượng sau:",
            "1. Cơ quan nhà nước các cấp.",
            "2. Tổ chức, hộ gia đình và cá nhân có liên quan.",
        ]
    );
    for u in &us[1..] {
        assert_eq!(u.1, UnitKind::Sentence, "{}", u.0);
    }
}

#[test]
fn lettered_items_on_their_lines_are_units_of_their_own() {
    let text = "Việc chặt hạ chỉ được thực hiện trong các trường hợp sau:\na) cây đã chết hoặc bị sâu bệnh;\nb) cây có nguy cơ gãy đổ;\nc) cây nằm trong phạm vi xây dựng công trình.";
    assert_eq!(
        texts(text),
        [
            "Việc chặt hạ chỉ được thực hiện trong các trường hợp sau:",
            "a) cây đã chết hoặc bị sâu bệnh;",
            "b) cây có nguy cơ gãy đổ;",
            "c) cây nằm trong phạm vi xây dựng công trình.",
        ]
    );
}

#[test]
fn lettered_items_in_one_line_are_units_of_their_own() {
    let text = "Các trường hợp gồm: a) cây đã chết; b) cây có nguy cơ gãy đổ; c) cây nằm trong phạm vi xây dựng.";
    let t = texts(text);
    assert!(
        t.contains(&"b) cây có nguy cơ gãy đổ;"),
        "b) is not a unit of its own: {t:#?}"
    );
    assert!(t.contains(&"c) cây nằm trong phạm vi xây dựng."), "{t:#?}");
}

// --- Lists and steps ---------------------------------------------------------------------

#[test]
fn steps_are_units_of_their_own() {
    let text = "Cách làm:\nBước 1: Cá làm sạch, cắt khúc rồi ướp muối trong 15 phút.\nBước 2: Đun sôi nước, cho me vào và nêm vừa ăn.\nBước 3: Thả cá vào nồi, nấu thêm 5 phút rồi tắt bếp.";
    let t = texts(text);
    for step in [
        "Bước 1: Cá làm sạch, cắt khúc rồi ướp muối trong 15 phút.",
        "Bước 2: Đun sôi nước, cho me vào và nêm vừa ăn.",
        "Bước 3: Thả cá vào nồi, nấu thêm 5 phút rồi tắt bếp.",
    ] {
        assert!(t.contains(&step), "{step:?} not a unit: {t:#?}");
    }
}

#[test]
fn bulleted_items_are_units_and_not_boilerplate() {
    let text = include_str!("fixtures/genres/recipe.txt");
    for item in [
        "Nguyên liệu:",
        "- 1 con cá lóc khoảng 700 g",
        "- 2 quả cà chua",
        "- 100 g đậu bắp",
        "- Me chua, rau ngổ, ngò gai, tỏi, ớt",
    ] {
        assert_ne!(kind_of(text, item), UnitKind::Boilerplate, "{item}");
    }
}

// --- Unpunctuated lines: a chat, a transcript -------------------------------------------

#[test]
fn unpunctuated_lines_are_units() {
    let text = include_str!("fixtures/genres/transcript.txt");
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let us = units(text);
    assert_eq!(
        us.iter().map(|u| u.0).collect::<Vec<_>>(),
        lines,
        "each line is a unit"
    );
    // Lines of speech are what the text says, not headings.
    let sentences = us.iter().filter(|u| u.1 == UnitKind::Sentence).count();
    assert!(sentences >= lines.len() - 2, "{us:#?}");
}

#[test]
fn chat_lines_with_speakers_are_sentences() {
    let text = include_str!("fixtures/genres/chat.txt");
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let us = units(text);
    assert_eq!(us.iter().map(|u| u.0).collect::<Vec<_>>(), lines);
    assert!(
        us.iter().filter(|u| u.1 == UnitKind::Sentence).count() >= lines.len() - 2,
        "{us:#?}"
    );
}

// --- A question post ---------------------------------------------------------------------

#[test]
fn a_greeting_run_into_the_post_is_its_own_unit() {
    let text = include_str!("fixtures/genres/doctor.txt");
    let t = texts(text);
    assert_eq!(t[0], "Chào bác sĩ.");
    assert!(t[1].starts_with("Em năm nay 28 tuổi"), "{t:#?}");
    assert_eq!(t.last(), Some(&"Trần Thị Minh Thư (1997)"));
}

// --- A pasted page -----------------------------------------------------------------------

#[test]
fn headlines_run_together_are_boilerplate() {
    let text = include_str!("fixtures/genres/page.txt");
    assert_eq!(
        kind_of(
            text,
            "Giá vàng hôm nay tăng nhẹ Nông dân Tân Khê trúng mùa cà phê Khởi công cầu Trà Lam mới"
        ),
        UnitKind::Boilerplate
    );
}
