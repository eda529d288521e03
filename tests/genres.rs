//! Summaries of texts that are not news (issue 24), one kind at a time: a legal text, a question
//! to a doctor, an encyclopedia-like article with sections, a recipe, a chat and a transcript, a
//! pasted news page. Each test says what the summary must hold and must not hold. Every text was
//! written for these tests (`tests/fixtures/genres/`), names and places invented.
//!
//! Tests marked `#[ignore = "issue 24: …"]` say what the engine does not do yet
//! (`cargo test --test genres -- --include-ignored` runs them).

use tomtat::{sentences, summarize, Options, Summary, UnitKind};

const LEGAL: &str = include_str!("fixtures/genres/legal.txt");
const DOCTOR: &str = include_str!("fixtures/genres/doctor.txt");
const ENCYCLOPEDIA: &str = include_str!("fixtures/genres/encyclopedia.txt");
const RECIPE: &str = include_str!("fixtures/genres/recipe.txt");
const CHAT: &str = include_str!("fixtures/genres/chat.txt");
const TRANSCRIPT: &str = include_str!("fixtures/genres/transcript.txt");
const PAGE: &str = include_str!("fixtures/genres/page.txt");

fn summary(text: &str, n: usize, title: Option<&str>) -> Summary {
    let s = summarize(
        text,
        &Options {
            sentences: Some(n),
            title: title.map(str::to_string),
            ..Options::default()
        },
    )
    .unwrap();
    // Offsets stay exact, whatever the kind of text.
    for x in &s.sentences {
        assert_eq!(&text[x.start..x.end], x.text);
    }
    s
}

fn chosen(text: &str, n: usize, title: Option<&str>) -> Vec<String> {
    summary(text, n, title)
        .sentences
        .into_iter()
        .map(|s| s.text)
        .collect()
}

fn keywords(text: &str) -> Vec<String> {
    summary(text, 3, None)
        .keywords
        .into_iter()
        .map(|k| k.term)
        .collect()
}

/// The text of the unit just before (`-1`) or after (`+1`) the unit `unit` (headings and
/// boilerplate included).
fn neighbour(text: &str, unit: &str, step: isize) -> Option<String> {
    let us = sentences(text).unwrap();
    let k = us.iter().position(|u| &text[u.start..u.end] == unit)?;
    let j = k.checked_add_signed(step)?;
    us.get(j).map(|u| text[u.start..u.end].to_string())
}

// --- A legal text --------------------------------------------------------------------------

#[test]
fn legal_summary_holds_the_scope_and_no_heading() {
    for n in [1, 3, 5] {
        let s = chosen(LEGAL, n, None);
        if n >= 3 {
            assert!(
                s.iter()
                    .any(|x| x.starts_with("Quy chế này quy định việc trồng mới")),
                "the scope of the regulation is missing at {n}: {s:#?}"
            );
        }
        for x in &s {
            for heading in ["QUY CHẾ", "QUY ĐỊNH CHUNG", "Chương I", "Chương II"] {
                assert_ne!(x, heading, "a heading was chosen at {n}");
            }
            assert!(x.split_whitespace().count() > 2, "a fragment {x:?} at {n}");
        }
    }
}

#[test]
fn legal_article_headings_are_never_chosen() {
    // "Điều 1. Phạm vi điều chỉnh" is one heading (it was cut into two short sentences).
    for n in 1..=8 {
        for x in chosen(LEGAL, n, None) {
            assert!(
                !x.starts_with("Điều ")
                    && ![
                        "Phạm vi điều chỉnh",
                        "Đối tượng áp dụng",
                        "Nguyên tắc quản lý"
                    ]
                    .contains(&x.as_str()),
                "an article heading {x:?} chosen at {n}"
            );
        }
    }
}

#[test]
fn legal_colon_lines_come_only_with_what_they_announce() {
    for n in 1..=8 {
        let s = chosen(LEGAL, n, None);
        for (k, x) in s.iter().enumerate() {
            if x.trim_end().ends_with(':') {
                let next = neighbour(LEGAL, x, 1).unwrap();
                assert_eq!(
                    s.get(k + 1),
                    Some(&next),
                    "{x:?} chosen without what it announces at {n}"
                );
            }
        }
    }
}

// --- A question to a doctor --------------------------------------------------------------

/// The asker's question, without its lead-in ("Bác sĩ cho em hỏi"), which is boilerplate.
const QUESTION: &str =
    "chuột rút khi mang thai có ảnh hưởng đến em bé không và em nên làm gì để đỡ bị chuột rút ạ?";
const FORMULAS: &[&str] = &[
    "Chào bác sĩ",
    "Mong bác sĩ tư vấn giúp em.",
    "Em xin chân thành cảm ơn bác sĩ!",
    "Trần Thị Minh Thư (1997)",
];

#[test]
fn the_askers_question_is_the_core_of_the_summary() {
    for n in 1..=3 {
        let s = chosen(DOCTOR, n, None);
        assert!(
            s.iter().any(|x| x == QUESTION),
            "the question is missing at {n}: {s:#?}"
        );
    }
    // Under a word budget the question comes first too.
    let s = summarize(
        DOCTOR,
        &Options {
            max_words: Some(30),
            ..Options::default()
        },
    )
    .unwrap();
    assert!(s.sentences.iter().any(|x| x.text == QUESTION), "{s:#?}");
}

#[test]
fn courtesy_formulas_are_never_chosen() {
    for n in 1..=5 {
        for x in chosen(DOCTOR, n, None) {
            for f in FORMULAS {
                assert!(!x.contains(f), "a courtesy formula {x:?} chosen at {n}");
            }
        }
    }
    // They are furniture: never sentences.
    for u in sentences(DOCTOR).unwrap() {
        let t = &DOCTOR[u.start..u.end];
        if FORMULAS.iter().any(|f| t.starts_with(f)) {
            assert_eq!(u.kind, UnitKind::Boilerplate, "{t}");
        }
    }
}

#[test]
fn courtesy_formulas_are_never_keywords() {
    let kw = keywords(DOCTOR);
    for bad in ["chào", "cảm ơn", "tư vấn", "trần thị minh thư", "sĩ.em"] {
        assert!(!kw.iter().any(|k| k == bad), "keyword {bad:?} in {kw:?}");
    }
    assert!(
        kw.iter().any(|k| k.contains("chuột rút") || k == "chuột"),
        "{kw:?}"
    );
}

/// A question to a lawyer, written for this test: each formula on its own, the question in
/// the middle, ending without "?".
const LAWYER: &str = "Chào luật sư! Năm 2019 bố mẹ tôi cho tôi một mảnh đất 120 m2 ở xã Tân \
Phú, có giấy tặng cho viết tay nhưng chưa sang tên. Nay em trai tôi đòi chia lại mảnh đất \
này vì cho rằng đó là tài sản chung của gia đình. Bố mẹ tôi vẫn còn sống và đồng ý để tôi \
đứng tên. Xin hỏi luật sư giấy tặng cho viết tay như vậy có giá trị pháp lý không và tôi phải \
làm gì để được sang tên. Rất mong luật sư giải đáp giúp tôi. Tôi xin chân thành cảm ơn! \
Lê Văn Hòa (1985)";

#[test]
fn a_question_to_a_lawyer_is_summarized_by_its_question_without_formulas() {
    // Its lead-in ("Xin hỏi luật sư") is cut off as boilerplate.
    let question = "giấy tặng cho viết tay như vậy có giá trị pháp lý không";
    for n in 1..=4 {
        let s = chosen(LAWYER, n, None);
        assert!(
            s[0].starts_with(question) || s.iter().any(|x| x.starts_with(question)),
            "{n}: {s:#?}"
        );
        for x in &s {
            for f in [
                "Chào luật sư",
                "Xin hỏi",
                "Rất mong",
                "cảm ơn",
                "Lê Văn Hòa",
            ] {
                assert!(!x.contains(f), "a courtesy formula {x:?} chosen at {n}");
            }
        }
    }
    let kw = keywords(LAWYER);
    for bad in ["chào", "cảm ơn", "giải đáp", "lê văn hòa", "luật sư"] {
        assert!(!kw.iter().any(|k| k == bad), "keyword {bad:?} in {kw:?}");
    }
    assert!(
        kw.iter().any(|k| k.contains("đất") || k.contains("tặng")),
        "{kw:?}"
    );
}

#[test]
fn an_interview_keeps_its_questions_after_the_answers() {
    // The interviewer thanks at the end and asks with "?": an interview, not a question.
    let text = "Năm nay giá lúa tăng mạnh nhờ xuất khẩu gạo thuận lợi. Ông Trần Văn Bình, \
giám đốc hợp tác xã Tân Khê, trả lời phỏng vấn về vụ đông xuân.\n\
Thưa ông, vụ lúa năm nay của hợp tác xã ra sao?\n\
Năng suất bình quân đạt bảy tấn một héc ta, cao nhất trong mười năm qua.\n\
Ông có lo giá phân bón tăng không?\n\
Giá phân bón tăng gần một phần ba, nhưng giá lúa tăng nhanh hơn nên nông dân vẫn có lãi.\n\
Xin cảm ơn ông!";
    for n in 1..=3 {
        for x in chosen(text, n, None) {
            assert!(
                !x.ends_with('?') && x != "Xin cảm ơn ông!",
                "{x:?} chosen at {n}"
            );
        }
    }
}

// --- An encyclopedia-like article -------------------------------------------------------

#[test]
fn section_headings_are_headings_and_never_chosen() {
    for title in [None, Some("Làng gốm Phước Hà")] {
        for n in 1..=6 {
            for x in chosen(ENCYCLOPEDIA, n, title) {
                assert!(
                    !["Lịch sử", "Địa lý", "Sản phẩm"].contains(&x.as_str()),
                    "{x:?} at {n}"
                );
            }
        }
    }
    for u in sentences(ENCYCLOPEDIA).unwrap() {
        let t = &ENCYCLOPEDIA[u.start..u.end];
        if ["Lịch sử", "Địa lý"].contains(&t) {
            assert_eq!(u.kind, UnitKind::Heading, "{t}");
        }
    }
}

#[test]
fn an_opening_section_heading_is_not_the_title() {
    // Without a title, the section name must weigh nothing: the summary is the one of the text
    // without that line.
    let without = ENCYCLOPEDIA.split_once('\n').unwrap().1;
    for n in 1..=4 {
        assert_eq!(
            chosen(ENCYCLOPEDIA, n, None),
            chosen(without, n, None),
            "at {n}"
        );
    }
}

#[test]
fn encyclopedia_links_come_with_their_predecessor() {
    // "Tuy nhiên, …" needs the sentence before it.
    let link = "Tuy nhiên, sau năm 1950 nghề gốm của làng suy giảm mạnh do đồ nhôm và đồ nhựa giá rẻ tràn vào các chợ quê.";
    let before = neighbour(ENCYCLOPEDIA, link, -1).unwrap();
    for title in [None, Some("Làng gốm Phước Hà")] {
        for n in 1..=8 {
            let s = chosen(ENCYCLOPEDIA, n, title);
            if s.iter().any(|x| x == link) {
                assert!(
                    s.contains(&before),
                    "{link:?} without {before:?} at {n}: {s:#?}"
                );
            }
        }
    }
}

#[test]
fn encyclopedia_colon_line_never_dangles() {
    let colon = "Các sản phẩm chính của làng gồm:";
    for n in 1..=8 {
        let s = chosen(ENCYCLOPEDIA, n, None);
        if let Some(k) = s.iter().position(|x| x == colon) {
            assert_eq!(
                s.get(k + 1),
                neighbour(ENCYCLOPEDIA, colon, 1).as_ref(),
                "at {n}"
            );
        }
    }
}

#[test]
fn encyclopedia_summary_says_what_the_village_is() {
    let s = chosen(ENCYCLOPEDIA, 2, Some("Làng gốm Phước Hà"));
    assert!(
        s.iter()
            .any(|x| x.starts_with("Làng gốm Phước Hà hình thành")),
        "{s:#?}"
    );
}

// --- A recipe ------------------------------------------------------------------------------

#[test]
fn recipe_summary_describes_the_dish_and_holds_no_bare_label() {
    for n in 1..=5 {
        let s = chosen(RECIPE, n, None);
        assert!(
            s.iter()
                .any(|x| x.starts_with("Canh chua cá lóc là món ăn")),
            "the description is missing at {n}: {s:#?}"
        );
        for x in &s {
            assert!(
                !["Nguyên liệu:", "Cách làm:"].contains(&x.as_str()),
                "{x:?} at {n}"
            );
        }
    }
}

#[test]
fn recipe_steps_are_chosen_whole() {
    // A sentence that continues a step ("Bước 2: …. Cà chua cắt …") is chosen with its step.
    let tail = "Cà chua cắt múi cau, đậu bắp cắt xéo, bạc hà tước vỏ rồi cắt khúc.";
    for n in 1..=6 {
        let s = chosen(RECIPE, n, None);
        if s.iter().any(|x| x == tail) {
            assert!(s.iter().any(|x| x.starts_with("Bước 2:")), "at {n}: {s:#?}");
        }
    }
}

// --- A chat and a transcript ------------------------------------------------------------

#[test]
fn chat_summary_is_made_of_whole_lines() {
    let lines: Vec<&str> = CHAT.lines().filter(|l| !l.trim().is_empty()).collect();
    for n in 1..=4 {
        let s = chosen(CHAT, n, None);
        assert_eq!(s.len(), n);
        for x in &s {
            assert!(lines.contains(&x.as_str()), "{x:?} is not a line");
        }
    }
}

#[test]
#[ignore = "issue 24: a broadcaster's greeting to the audience (\"xin chào quý vị đang theo dõi …\") is not a courtesy formula yet: the formula rule allows one syllable beyond its words"]
fn transcript_summary_is_made_of_whole_lines() {
    let lines: Vec<&str> = TRANSCRIPT
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    for n in 1..=3 {
        let s = chosen(TRANSCRIPT, n, None);
        assert_eq!(s.len(), n, "{s:#?}");
        for x in &s {
            assert!(lines.contains(&x.as_str()), "{x:?} is not a line");
            assert!(
                !x.starts_with("xin chào") && !x.starts_with("cảm ơn"),
                "{x:?}"
            );
        }
    }
}

// --- A pasted news page --------------------------------------------------------------------

const RUN_TOGETHER: &str =
    "Giá vàng hôm nay tăng nhẹ Nông dân Tân Khê trúng mùa cà phê Khởi công cầu Trà Lam mới";

#[test]
fn page_summary_never_holds_the_run_together_headlines() {
    for n in [3, 5, 7] {
        for x in chosen(PAGE, n, None) {
            assert_ne!(x, RUN_TOGETHER, "at {n}");
        }
    }
}

#[test]
fn page_keywords_never_come_from_related_headlines() {
    let kw = keywords(PAGE);
    for bad in ["đất đai", "giá vàng", "cà phê", "sạt lở"] {
        assert!(!kw.iter().any(|k| k == bad), "keyword {bad:?} in {kw:?}");
    }
    assert!(kw.iter().any(|k| k.contains("rừng")), "{kw:?}");
}

#[test]
fn page_sentences_run_together_are_split() {
    let t: Vec<&str> = sentences(PAGE)
        .unwrap()
        .iter()
        .map(|u| &PAGE[u.start..u.end])
        .collect();
    for start in [
        "Người dân ở các xã vùng cao",
        "Đây là tỉnh đầu tiên",
        "Sau đó đoàn làm việc",
    ] {
        assert!(
            t.iter().any(|x| x.starts_with(start)),
            "no unit starts with {start:?}: {t:#?}"
        );
    }
}
