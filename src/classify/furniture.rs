//! Page furniture: the units of a pasted web page that are not the article's text, each known
//! by its own shape or words (navigation and "related news" markers, photo credits and other
//! labels, markup debris, links, datelines, breadcrumbs, source lines).

use super::HEADING_MAX_SYLLABLES;
use crate::split::Span;
use crate::terms::{bigram, hash_key, Numbering, Syllable, TermId};
use crate::text::fold_into;
use crate::text::scan::{next_byte, Leads};

/// Markers that start a list of links to other articles.
const LIST_MARKERS: &str =
    "có thể bạn quan tâm|bạn có thể quan tâm|có thể bạn muốn xem|nên xem|tin khác|\
    các tin khác|tin liên quan|bài liên quan|bài viết liên quan|tin tức liên quan|\
    tin bài liên quan|đọc thêm|xem thêm|tin cùng chuyên mục|cùng chuyên mục|\
    bài cùng chuyên mục|tin mới nhất|tin mới|tin nổi bật|tin nóng|đọc nhiều|đọc nhiều nhất|\
    xem nhiều|xem nhiều nhất|tin đọc nhiều|tin xem nhiều|video liên quan|chủ đề liên quan|\
    tin tiêu điểm|tin hay|bài viết cùng chủ đề|tin cùng chủ đề|cùng chủ đề|tin tức khác|\
    bài viết khác|đừng bỏ lỡ|tin tức";

/// Page furniture: a unit that is nothing but one of these is boilerplate.
const LINE_MARKERS: &str =
    "bình luận|ý kiến|ý kiến bạn đọc|gửi bình luận|viết bình luận|chia sẻ|chia sẻ bài viết|\
    tags|tag|từ khóa|theo dõi|quảng cáo|advertisement|trang chủ|đăng nhập|đăng ký|in bài|\
    gửi bài|lưu bài|bản in|facebook|twitter|zalo|email|phiên bản di động|\
    xem phiên bản di động|bản di động|phiên bản mobile|về trang chủ|lên đầu trang|quay lại|\
    trở lại|trang trước|trang sau|xem tiếp|xem bình luận|thích|like|share|mới nhất|cũ nhất|\
    menu|tìm kiếm|liên hệ|ảnh minh họa|video|clip|nghe bài viết|nghe audio|tin tức|thời sự|\
    góp ý|báo lỗi|bản quyền";

/// Prefixes of captions, credits and labels: "Ảnh: ...", "(Ảnh: ...)", "Nguồn: ...".
const LABEL_PREFIXES: &str =
    "ảnh|ảnh minh họa|nguồn|nguồn ảnh|video|clip|đồ họa|photo|tags|tag|từ khóa|xem thêm|\
    đọc thêm|tin liên quan|bài liên quan|cập nhật|ngày đăng|đăng lúc|tác giả|xem video|\
    xem clip|xem ảnh|link|thực hiện|nguồn tin|theo dõi|chia sẻ";

struct Phrases {
    list: Numbering,
    line: Numbering,
    label: Numbering,
}

fn phrase_id(phrase: &str) -> TermId {
    let mut key = String::new();
    let mut id = None;
    for syl in phrase.split_whitespace() {
        key.clear();
        fold_into(syl, &mut key);
        let h = hash_key(&key);
        id = Some(id.map_or(h, |p| bigram(p, h)));
    }
    id.unwrap_or(0)
}

fn phrases() -> &'static Phrases {
    static P: std::sync::OnceLock<Phrases> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let set = |l: &str| {
            let mut set = Numbering::default();
            for p in l.split('|') {
                set.number(phrase_id(p));
            }
            set
        };
        Phrases {
            list: set(LIST_MARKERS),
            line: set(LINE_MARKERS),
            label: set(LABEL_PREFIXES),
        }
    })
}

/// Id of the first `n` syllables of a unit, as [`phrase_id`] computes it.
fn prefix_id(syls: &[Syllable], n: usize) -> TermId {
    let mut it = syls[..n].iter();
    let first = it.next().map_or(0, |s| s.id);
    it.fold(first, |acc, s| bigram(acc, s.id))
}

pub(super) enum Furniture {
    No,
    Yes,
    ListMarker,
}

pub(super) fn furniture(t: &str, span: &Span, syls: &[Syllable]) -> Furniture {
    let p = phrases();
    let whole_line = span.line_start && span.line_end;
    // A marker alone on its line ("Tin liên quan", "Xem thêm:", "Có thể bạn quan tâm »").
    if whole_line && syls.len() <= 7 && !syls.is_empty() {
        let id = prefix_id(syls, syls.len());
        if p.list.contains(id) {
            return Furniture::ListMarker;
        }
        if p.line.contains(id) {
            return Furniture::Yes;
        }
    }
    // A label prefix followed by a colon: "Ảnh: Ngọc Thắng", "(Nguồn: Reuters)".
    let body =
        crate::text::trim_start_by(t, |c| matches!(c, '(' | '[' | '-' | '–' | '*' | '•' | ' '));
    // In text whose line breaks were lost, a label glues itself to the next sentence: only a
    // short unit, or one on a line of its own, is all label.
    let label_sized = syls.len() <= 20 || (whole_line && syls.len() <= HEADING_MAX_SYLLABLES);
    for n in 1..=syls.len().min(4) {
        if label_sized && p.label.contains(prefix_id(syls, n)) {
            let rest = &t[syls[n - 1].end as usize - span.start..];
            let rest = rest.trim_start();
            if rest.starts_with(':') || (rest.is_empty() && body.len() < 60) {
                return Furniture::Yes;
            }
        }
    }
    if whole_line && t.starts_with('©') {
        return Furniture::Yes;
    }
    if markup_share(t) * 2 > t.len() {
        return Furniture::Yes;
    }
    let has = |needle: &[u8]| occurrences(t, needle) > 0;
    if syls.len() <= 14 && (has(b"http://") || has(b"https://") || has(b"www.")) {
        return Furniture::Yes;
    }
    if whole_line
        && !span.terminated
        && (is_dateline(t, syls) || is_breadcrumb(t, syls) || is_source_line(t, syls))
    {
        return Furniture::Yes;
    }
    Furniture::No
}

/// The bytes that can open markup: '<', '{', '&'.
const MARKUP_LEADS: Leads<3> = Leads {
    range: (0, 0),
    bytes: [b'<', b'{', b'&'],
};

/// Bytes of `t` inside markup: `<tag ...>`, `{...}` and entities like `&nbsp;`.
fn markup_share(t: &str) -> usize {
    let b = t.as_bytes();
    let mut inside = 0usize;
    let mut i = 0usize;
    // Eight bytes at a time to the next '<', '{' or '&': most units have none.
    loop {
        i = next_byte(t, i, &MARKUP_LEADS);
        if i == b.len() {
            break;
        }
        let c = b[i];
        let opens_tag = c == b'<'
            && b.get(i + 1)
                .is_some_and(|&d| d.is_ascii_alphabetic() || d == b'/' || d == b'!');
        let close = match c {
            _ if opens_tag => b'>',
            b'{' => b'}',
            b'&' if b
                .get(i + 1)
                .is_some_and(|d| d.is_ascii_alphanumeric() || *d == b'#') =>
            {
                b';'
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let limit = (i + 400).min(b.len());
        match b[i + 1..limit].iter().position(|&d| d == close) {
            Some(p) if close != b';' || p <= 8 => {
                inside += p + 2;
                i += p + 2;
            }
            _ => i += 1,
        }
    }
    inside
}

/// "Thứ Hai, 12/05/2025, 10:30 (GMT+7)", "12-5-2025 08:00": a line that is mostly a date.
fn is_dateline(t: &str, syls: &[Syllable]) -> bool {
    if syls.len() > 14 {
        return false;
    }
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let has_date = t
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && (w[1] == b'/' || w[1] == b'-') && w[2].is_ascii_digit());
    let has_time = t
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    (has_date || has_time) && digits * 4 >= t.chars().filter(|c| c.is_alphanumeric()).count()
}

/// How many times `needle` (a few bytes) occurs in `t` without overlapping, as
/// `t.matches(needle).count()` counts. By windows of bytes: these needles are short, and
/// `str`'s searcher for string patterns (two-way), which only these lines used, cost the
/// .wasm 1.2 KB gzipped.
fn occurrences(t: &str, needle: &[u8]) -> usize {
    let b = t.as_bytes();
    // The needle's first byte that is not a space, rarer in text, is tested first.
    let k = needle.iter().position(|&x| x != b' ').unwrap_or(0);
    let (mut n, mut i) = (0, 0);
    while i + needle.len() <= b.len() {
        if b[i + k] == needle[k] && &b[i..i + needle.len()] == needle {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

/// "Trang chủ > Thời sự > Giao thông", "Thế giới | Châu Á".
fn is_breadcrumb(t: &str, syls: &[Syllable]) -> bool {
    let seps = occurrences(t, b" > ")
        + t.matches('»').count()
        + t.matches('›').count()
        + occurrences(t, b" | ")
        + occurrences(t, b" / ");
    // Its parts are short: a paragraph pasted without punctuation that happens to hold two
    // " / " ("13.000 đồng / cổ phần") is not a breadcrumb.
    let short_parts = syls.len() <= 8 * (seps + 1);
    (seps >= 2 && short_parts) || (seps == 1 && t.chars().count() < 60)
}

/// "Theo VnExpress", "Theo Tuổi Trẻ": the source line at the end of an article.
fn is_source_line(t: &str, syls: &[Syllable]) -> bool {
    let starts_theo = t.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("theo"));
    starts_theo
        && syls.len() <= 6
        && syls[1..].iter().all(|s| {
            t[(s.start - syls[0].start) as usize..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrences_count_as_str_matches_does() {
        let texts = [
            "",
            " > ",
            " > > > ",
            "Trang chủ > Thời sự > Giao thông",
            "a | b | | c",
            "13.000 đồng / cổ phần / / ",
            "http://x https:// www.www.",
            "»›  >  |  /",
        ];
        for t in texts {
            for needle in [" > ", " | ", " / ", "http://", "https://", "www.", "  "] {
                assert_eq!(
                    occurrences(t, needle.as_bytes()),
                    t.matches(needle).count(),
                    "{t:?} {needle:?}"
                );
            }
        }
    }

    #[test]
    fn markup_bytes_are_found_at_any_position() {
        for n in 0..20 {
            for c in ["<", "{", "&", ";", ">", "ễ"] {
                let t = format!("{}{c}{}", "a".repeat(n), "b".repeat(n % 7));
                let want = c == "<" || c == "{" || c == "&";
                assert_eq!(next_byte(&t, 0, &MARKUP_LEADS) < t.len(), want, "{t:?}");
            }
        }
        assert_eq!(markup_share("Xin chào <b>bạn</b> &nbsp;"), 3 + 4 + 6);
        assert_eq!(markup_share("Không có thẻ nào, 3 < 5."), 0);
    }
}
