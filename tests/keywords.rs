//! Keywords are whole words and whole names of the article, shown as the article writes them,
//! never taken from its boilerplate. Texts written for these tests.

use tomtat::{summarize, Keyword, Options};

fn keywords(text: &str) -> Vec<Keyword> {
    summarize(text, &Options::default()).unwrap().keywords
}

fn texts(k: &[Keyword]) -> Vec<&str> {
    k.iter().map(|k| k.text.as_str()).collect()
}

/// No keyword is a piece of `name` other than the whole of it ("thị hiền" of "Nguyễn Thị Hiền").
fn no_piece_of(k: &[Keyword], name: &str) {
    let whole = name.to_lowercase();
    for kw in k {
        assert!(
            kw.term == whole || !whole.contains(&kw.term) || !kw.term.contains(' '),
            "{} is a piece of {name}: {:?}",
            kw.term,
            texts(k)
        );
    }
}

const NAMES: &str = "Xử phạt chủ quán karaoke vi phạm phòng cháy.\n\n\
Chiều qua, bà Nguyễn Thị Hiền, chủ quán karaoke trên đường Lê Lợi, bị xử phạt 40 triệu đồng. \
Đoàn kiểm tra do ông Tô Lâm dẫn đầu phát hiện quán karaoke không có lối thoát hiểm. \
Bà Nguyễn Thị Kim Ngân, một người hàng xóm, cho biết quán karaoke hoạt động đến khuya. \
Theo ông Tô Lâm, lỗi phòng cháy ở quán karaoke này rất nghiêm trọng. \
Bà Nguyễn Thị Hiền thừa nhận vi phạm và xin khắc phục trong một tháng. \
Bà Nguyễn Thị Kim Ngân đề nghị chính quyền kiểm tra thêm các quán karaoke khác.";

#[test]
fn names_of_two_to_four_syllables_are_kept_whole() {
    let k = keywords(NAMES);
    let shown = texts(&k);
    for name in ["Tô Lâm", "Nguyễn Thị Hiền", "Nguyễn Thị Kim Ngân"] {
        assert!(shown.contains(&name), "{name} not in {shown:?}");
        no_piece_of(&k, name);
    }
    // The term is the lower-case key of the text shown.
    let hien = k.iter().find(|k| k.text == "Nguyễn Thị Hiền").unwrap();
    assert_eq!(hien.term, "nguyễn thị hiền");
    // A word of the lexicon is one keyword, in lower case.
    assert!(shown.contains(&"karaoke"), "{shown:?}");
    assert!(
        !shown.iter().any(|t| t.contains("quán karaoke")),
        "{shown:?}"
    );
}

const LEADER: &str = "Tổng Bí thư Tô Lâm thăm tỉnh Nghệ An.\n\n\
Sáng nay, Tổng Bí thư Tô Lâm đến thăm và làm việc tại tỉnh Nghệ An. \
Tại buổi làm việc, Tổng Bí thư Tô Lâm đề nghị tỉnh đẩy mạnh chuyển đổi số. \
Lãnh đạo tỉnh Nghệ An báo cáo kết quả chuyển đổi số trong năm qua. \
Tổng Bí thư Tô Lâm cũng thăm một hợp tác xã nông nghiệp ở huyện Đô Lương. \
Người dân Đô Lương bày tỏ vui mừng khi được gặp Tổng Bí thư.";

#[test]
fn a_title_and_a_name_are_two_keywords() {
    let k = keywords(LEADER);
    let shown = texts(&k);
    assert!(shown.contains(&"Tổng Bí thư"), "{shown:?}");
    assert!(shown.contains(&"Tô Lâm"), "{shown:?}");
    for kw in &k {
        assert!(!kw.term.contains("thư tô"), "{shown:?}");
        assert!(!kw.term.contains("bí thư tô"), "{shown:?}");
        // Nothing crosses from the title into the name, or is part of either.
        assert!(
            !["bí thư", "lâm", "tổng bí thư tô lâm"].contains(&kw.term.as_str()),
            "{shown:?}"
        );
    }
    assert!(
        shown.contains(&"Nghệ An") && shown.contains(&"Đô Lương"),
        "{shown:?}"
    );
}

const ARTICLE: &str = "Giá lúa tăng mạnh ở đồng bằng sông Cửu Long.\n\n\
Giá lúa tại các tỉnh đồng bằng sông Cửu Long tăng thêm 500 đồng mỗi ki-lô-gam trong tuần qua. \
Nông dân Cần Thơ phấn khởi vì vụ lúa đông xuân được mùa, được giá. \
Các thương lái cho biết nhu cầu mua lúa để xuất khẩu gạo đang tăng. \
Theo Sở Nông nghiệp Cần Thơ, giá lúa có thể còn tăng đến cuối tháng.";

const RELATED: &str = "\n\nTin liên quan\n\
Sầu riêng Khánh Hòa mất mùa vì hạn hán kéo dài\n\
Khánh Hòa hỗ trợ nông dân trồng sầu riêng vượt hạn hán\n\
Giá sầu riêng Khánh Hòa giảm sâu sau hạn hán\n\
Sầu riêng Khánh Hòa tìm đường xuất khẩu";

#[test]
fn a_related_news_list_gives_no_keyword() {
    let alone = keywords(ARTICLE);
    let k = keywords(&format!("{ARTICLE}{RELATED}"));
    let units = tomtat::sentences(&format!("{ARTICLE}{RELATED}")).unwrap();
    assert!(
        units
            .iter()
            .filter(|u| u.kind == tomtat::UnitKind::Boilerplate)
            .count()
            >= 4,
        "the list is boilerplate"
    );
    for kw in &k {
        for w in ["sầu riêng", "khánh hòa", "hạn hán", "mất mùa"] {
            assert!(
                !kw.term.contains(w),
                "{} from the list: {:?}",
                kw.term,
                texts(&k)
            );
        }
    }
    assert_eq!(texts(&k), texts(&alone));
    assert!(texts(&k).contains(&"Cần Thơ"), "{:?}", texts(&k));
}

#[test]
fn a_sentence_opening_capital_is_no_name() {
    // "Ông" and "Chị" open sentences; the names are what follows. "Tử" opens one and is a
    // word in lower case elsewhere.
    let text = "Ông Trần Văn Quang nói vụ tai nạn làm hai người tử vong. Tử vong còn có một \
                người đi đường. Chị Lò Thị Mai kể người tử vong là hàng xóm của chị. Ông Trần \
                Văn Quang đề nghị lắp đèn ở khúc cua. Chị Lò Thị Mai cũng đồng ý với ông Quang.";
    let k = keywords(text);
    let shown = texts(&k);
    assert!(shown.contains(&"Trần Văn Quang"), "{shown:?}");
    assert!(shown.contains(&"Lò Thị Mai"), "{shown:?}");
    assert!(shown.contains(&"tử vong"), "{shown:?}");
    for t in &shown {
        assert!(
            !t.starts_with("Ông") && !t.starts_with("Chị") && *t != "Tử vong",
            "{shown:?}"
        );
    }
    // "ông Quang" is the man named in full: one keyword, not two.
    assert!(!shown.contains(&"Quang"), "{shown:?}");
}
