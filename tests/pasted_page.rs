//! A whole web page pasted as text: the article's sentences stay candidates, and the
//! navigation, related-news lists, captions, markup, dates, sources and repeats around them
//! are all set aside.

mod common;

use tomtat::{sentences, summarize, Options, UnitKind};

const BEFORE: &[&str] = &[
    "Trang chủ",
    "Thời sự",
    "Thế giới",
    "Kinh doanh",
    "Giải trí",
    "Thể thao",
    "Trang chủ > Thời sự > Xã hội",
    "Thứ Hai, 12/05/2025, 10:30 (GMT+7)",
];

const MIDDLE: &[&str] = &[
    "Ảnh: Ngọc Thắng",
    "<div class=\"ad-slot\" data-id=\"123\"></div><script>loadAds()</script>",
    "Xem thêm: Hà Nội lên phương án chống ngập cho mùa mưa năm nay",
    "(Ảnh minh họa: Internet)",
];

const AFTER: &[&str] = &[
    "Theo VnExpress",
    "Chia sẻ",
    "Facebook",
    "Zalo",
    "Tin liên quan",
    "Giá xăng giảm mạnh từ chiều nay",
    "Giá xăng giảm mạnh từ chiều nay",
    "Hà Nội đề xuất thu phí xe vào nội đô",
    "Hà Nội đề xuất thu phí xe vào nội đô",
    "Sân bay Long Thành sẽ khai thác vào năm 2026",
    "Có thể bạn quan tâm",
    "Những điểm du lịch hút khách dịp cuối tuần",
    "Nắng nóng kỷ lục ở miền Bắc, người dân vất vả mưu sinh",
    "Nên xem",
    "Clip: Cận cảnh cây cầu dài nhất miền Tây",
    "Xem phiên bản di động",
    "Bình luận",
    "© 2025 Bản quyền thuộc về báo điện tử Tin Nhanh",
    "https://m.tinnhanh.vn/thoi-su/bai-viet-123.html",
];

/// The article lines that are surely sentences of the article: long enough, ending a sentence,
/// and said once.
fn article_sentences(article: &str) -> Vec<&str> {
    let lines: Vec<&str> = article.lines().map(str::trim).collect();
    lines
        .iter()
        .copied()
        .filter(|l| l.split_whitespace().count() >= 8 && l.ends_with('.'))
        .filter(|l| lines.iter().filter(|m| *m == l).count() == 1)
        .filter(|l| {
            !l.starts_with("Ảnh")
                && !l.starts_with("Xem thêm")
                && !l.starts_with("Video")
                && !l.starts_with("Clip")
        })
        .collect()
}

/// Byte ranges of lines in the page.
type Ranges = Vec<(usize, usize)>;

fn page(title: &str, body: &[&str]) -> (String, Ranges, Ranges) {
    let mut text = String::new();
    let mut debris = Vec::new();
    let mut article = Vec::new();
    let push = |text: &mut String, line: &str, into: &mut Vec<(usize, usize)>| {
        let s = text.len();
        text.push_str(line);
        into.push((s, text.len()));
        text.push('\n');
    };
    for l in BEFORE {
        push(&mut text, l, &mut debris);
    }
    text.push_str(title);
    text.push_str("\n\n");
    let half = body.len() / 2;
    for l in &body[..half] {
        push(&mut text, l, &mut article);
    }
    for l in MIDDLE {
        push(&mut text, l, &mut debris);
    }
    for l in &body[half..] {
        push(&mut text, l, &mut article);
    }
    text.push('\n');
    for l in AFTER {
        push(&mut text, l, &mut debris);
    }
    (text, debris, article)
}

/// Pastes each article into a page full of debris and checks every unit; returns how many
/// articles were long enough to check.
fn check_pages(articles: &[common::Article]) -> usize {
    let mut checked = 0;
    for a in articles {
        let body = article_sentences(&a.article);
        if body.len() < 4 {
            continue;
        }
        let (text, debris, article) = page(&a.title, &body);
        let units = sentences(&text).unwrap();
        let within = |r: &(usize, usize)| {
            let (a, b) = *r;
            units.iter().filter(move |u| u.start >= a && u.end <= b)
        };
        for r in &debris {
            let us: Vec<_> = within(r).collect();
            assert!(
                !us.is_empty(),
                "{}: no unit in debris {:?}",
                a.id,
                &text[r.0..r.1]
            );
            for u in us {
                assert_eq!(
                    u.kind,
                    UnitKind::Boilerplate,
                    "{}: debris not marked: {:?}",
                    a.id,
                    &text[u.start..u.end]
                );
            }
        }
        for r in &article {
            for u in within(r) {
                assert_eq!(
                    u.kind,
                    UnitKind::Sentence,
                    "{}: article sentence marked: {:?}",
                    a.id,
                    &text[u.start..u.end]
                );
            }
        }
        // The summary of the page is made of article sentences only.
        let s = summarize(
            &text,
            &Options {
                sentences: Some(3),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(s.sentences.len(), 3);
        for x in &s.sentences {
            assert!(
                article.iter().any(|r| x.start >= r.0 && x.end <= r.1),
                "{}: summary took {:?}",
                a.id,
                x.text
            );
        }
        checked += 1;
    }
    checked
}

#[test]
fn debris_is_marked_and_article_sentences_are_not() {
    let articles = common::written();
    let checked = check_pages(&articles);
    assert_eq!(
        checked,
        articles.len(),
        "every written article is long enough"
    );
}

#[test]
fn debris_is_marked_in_pages_around_dev_articles() {
    let Some(articles) = common::dev_articles(
        "pasted_page::debris_is_marked_in_pages_around_dev_articles",
        60,
    ) else {
        return;
    };
    let checked = check_pages(&articles);
    assert!(
        checked >= 40,
        "only {checked} articles were long enough to test"
    );
}

#[test]
fn a_headline_list_without_marker_is_boilerplate() {
    let text = "Giá lúa tăng, nông dân phấn khởi. Thương lái đến tận ruộng thu mua. \
                Nhiều hộ đã bán hết lúa trong tuần.\n\
                Xuất khẩu gạo lập kỷ lục mới trong quý đầu năm\n\
                Nông dân miền Tây chuyển sang trồng sầu riêng\n\
                Giá phân bón giảm mạnh sau ba tháng tăng liên tiếp\n";
    let units = sentences(text).unwrap();
    let kinds: Vec<UnitKind> = units.iter().map(|u| u.kind).collect();
    assert_eq!(&kinds[..3], [UnitKind::Sentence; 3]);
    assert_eq!(&kinds[3..], [UnitKind::Boilerplate; 3]);
}

#[test]
fn repeated_sentence_is_kept_once() {
    let text = "Cơn bão số 3 đổ bộ vào Quảng Ninh chiều nay. Gió giật cấp 12 làm đổ nhiều cây xanh. \
                Cơn bão số 3 đổ bộ vào Quảng Ninh chiều nay. Chính quyền đã sơ tán hàng nghìn hộ dân.";
    let units = sentences(text).unwrap();
    assert_eq!(units.len(), 4);
    assert_eq!(units[0].kind, UnitKind::Sentence);
    assert_eq!(units[2].kind, UnitKind::Boilerplate);
}

#[test]
fn joined_articles_keep_almost_all_sentences() {
    // Without line breaks a caption glues itself to the next sentence; such a sentence must stay.
    let text =
        "Ảnh: Ngọc Thắng Sáng nay, hàng nghìn người dân đã đổ về quảng trường để xem lễ diễu hành \
                mừng ngày thống nhất đất nước với nhiều tiết mục đặc sắc của các đoàn nghệ thuật.";
    let units = sentences(text).unwrap();
    assert_eq!(units.len(), 1);
    assert_eq!(units[0].kind, UnitKind::Sentence);
}
