//! Abbreviations and initials: a period after one does not end the sentence ("TP. HCM",
//! "PGS.TS. Lê", "N.V. Bình"), unless a word that begins sentences follows a single one.

use crate::text::{listed, nfc};

/// Abbreviations that are followed by a period and never end a sentence by themselves.
/// Compared case-sensitively, each part of a dotted group ("PGS.TS") on its own.
const ABBREVIATIONS: &str =
    "TP|Tp|tp|PGS|GS|TS|ThS|Ths|Th|BS|BSCKI|BSCKII|CKI|CKII|KS|CN|NCS|NSƯT|NSND|NGƯT|NGND|TT|\
    TX|Tx|TW|Tr|tr|Ng|St|Mr|Mrs|Ms|Dr|Prof|Co|Ltd|Inc|No|Vol|vs|Jr|Sr|Thứ|ĐH|ĐT|Đ/c|đ/c|Ths|\
    LS|DS|KTS|ThS.BS|TSKH|GSTS|Lt|Gen|Capt";

/// Words that often begin a Vietnamese sentence and are not parts of names: the most frequent
/// first words of the lines of the VietNews train split, less given names and surnames. After
/// a single initial or abbreviation ("ông A.", "HĐND TP."), one of these means the period
/// ended the sentence.
const SENTENCE_STARTERS: &str =
    "Theo|Trong|Ông|Tuy|Các|Sau|Trước|Một|Tôi|Ngày|Khi|Tại|Đây|Hiện|Chúng|Ngoài|Những|Tổng|\
    Người|Nếu|Nhưng|Việc|Đến|Với|Nhiều|Bà|Không|Từ|Bộ|Có|Do|Điều|Hai|Về|Cũng|Vì|Như|Họ|Xem|\
    Cụ|Để|Bên|Nhà|Ngay|Còn|Chiều|Dù|Dự|Sáng|Thời|Vụ|Đó|Sự|Trên|Cảnh|Và|Cô|Được|Đối|Chủ|Thủ|\
    Cơ|Kết|Cuộc|Đặc|Lúc|Ở|Phát|Khoảng|Cùng|Trao|Qua|Chỉ|Tàu|Báo|Hôm|Ảnh|Số|Riêng|Mỗi|Vào|\
    Giá|Tháng|Cả|Mặc|Hồi|Chị|Bởi|Lãnh|Phó|Thứ|Tất|Chiếc|Nó|Thế|Hàng|Nhận|Con|Ban|Cuối|Mới|\
    Hãng|Nhóm|Sở|Trường|Khu|Bị|Tối|Đầu|Đoàn|Gần|Tiếp|Nói|Xe|Luật|Trả|Quá|Đáng|Vị|Là|UBND|\
    Cho|Mọi|Đề|Thậm|Ba|Vậy|Chia|Chưa|Tính|Nguồn|Phía|Tổ|Cách|Nạn|Bản|Hình|Kể|Thấy|Bài|Hệ|\
    Quyết|Phần|Máy|Tên|Rất|Lần|Nữ|Phải|Song|Em|Cựu|Chuyến|Tờ|Thay|Đơn|Giải|Tương|Bất|Làm|\
    Câu|Thật|Chẳng|Chuyên|Toà|Quy|Mức|Này|Đêm|Trưa";

/// Is the word just before a period an abbreviation or an initial, so that the period does not
/// end the sentence? `before` is the text up to the period, `after` the text of the next word on.
pub(super) fn is_abbreviation(before: &str, after: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(is_word_char(c) || c == '.' || c == '/'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    // NFD text compares as its NFC form.
    let word = nfc(&before[word_start..]);
    let parts: Vec<&str> = word.split('.').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return false;
    }
    // Initials are single letters: "Đ.", "N.V.", "T.H.". An accented vowel is a word
    // ("châu Á", "Ý"), and two letters are a word ("Mỹ", "Hà", "Bộ").
    let is_initial = |p: &str| {
        let mut cs = p.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => c.is_uppercase() && (c.is_ascii_alphabetic() || c == 'Đ'),
            _ => false,
        }
    };
    if parts
        .iter()
        .all(|p| listed(ABBREVIATIONS, p) || is_initial(p))
    {
        // "ông A. Sau đó..." ends a sentence; "ông A. Bình", "N.V. Bình", "TP. Huế" do not.
        let end = after
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(after.len(), |(i, _)| i);
        let next_word = nfc(&after[..end]);
        return !(parts.len() == 1 && listed(SENTENCE_STARTERS, &next_word));
    }
    false
}

/// A letter, a digit, or a combining diacritic (as NFD text writes Vietnamese tones). The
/// Latin letters first: std's tables cost a search per Vietnamese letter.
fn is_word_char(c: char) -> bool {
    crate::text::is_latin_letter(c) || c.is_alphanumeric() || ('\u{300}'..='\u{36F}').contains(&c)
}
