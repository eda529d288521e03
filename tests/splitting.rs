//! Sentence splitting of Vietnamese: a table of tricky cases, each a text and the sentence
//! units expected, plus the kinds of units on lines of their own.

use tomtat::{sentences, UnitKind};

fn split(text: &str) -> Vec<&str> {
    sentences(text)
        .unwrap()
        .iter()
        .map(|u| &text[u.start..u.end])
        .collect()
}

/// (text, expected units). Units are the exact slices of the text.
const CASES: &[(&str, &[&str])] = &[
    // Plain ends: period, exclamation, question, ellipsis, runs of them.
    (
        "Trời mưa to. Đường ngập sâu.",
        &["Trời mưa to.", "Đường ngập sâu."],
    ),
    (
        "Thật tuyệt vời! Ai cũng vui.",
        &["Thật tuyệt vời!", "Ai cũng vui."],
    ),
    (
        "Bao giờ xong? Chưa ai biết.",
        &["Bao giờ xong?", "Chưa ai biết."],
    ),
    (
        "Sao lại thế?! Không thể tin được.",
        &["Sao lại thế?!", "Không thể tin được."],
    ),
    (
        "Anh ấy im lặng… Rồi bỏ đi.",
        &["Anh ấy im lặng…", "Rồi bỏ đi."],
    ),
    (
        "Chờ mãi... Cuối cùng xe cũng tới.",
        &["Chờ mãi...", "Cuối cùng xe cũng tới."],
    ),
    (
        "Một câu duy nhất không có dấu chấm",
        &["Một câu duy nhất không có dấu chấm"],
    ),
    ("Câu cuối có dấu chấm.", &["Câu cuối có dấu chấm."]),
    // Abbreviations of places and titles.
    (
        "Ông đến TP.HCM hôm qua. Sau đó ông về Huế.",
        &["Ông đến TP.HCM hôm qua.", "Sau đó ông về Huế."],
    ),
    (
        "Dự án ở TP. Hồ Chí Minh đã xong. Vốn đầu tư lớn.",
        &["Dự án ở TP. Hồ Chí Minh đã xong.", "Vốn đầu tư lớn."],
    ),
    (
        "Công an TP. Hà Nội vào cuộc.",
        &["Công an TP. Hà Nội vào cuộc."],
    ),
    (
        "PGS.TS. Nguyễn Văn Hùng phát biểu. Hội thảo kết thúc.",
        &["PGS.TS. Nguyễn Văn Hùng phát biểu.", "Hội thảo kết thúc."],
    ),
    (
        "GS. Trần Văn Thọ cho rằng kinh tế sẽ tăng.",
        &["GS. Trần Văn Thọ cho rằng kinh tế sẽ tăng."],
    ),
    (
        "ThS. Lê Thị Mai là giảng viên.",
        &["ThS. Lê Thị Mai là giảng viên."],
    ),
    (
        "BS. Phạm Minh Khôi khám cho bé. Bé đã khỏe.",
        &["BS. Phạm Minh Khôi khám cho bé.", "Bé đã khỏe."],
    ),
    (
        "Th.S. Hoàng Anh hướng dẫn luận văn.",
        &["Th.S. Hoàng Anh hướng dẫn luận văn."],
    ),
    (
        "Th.S Hoàng Anh hướng dẫn luận văn.",
        &["Th.S Hoàng Anh hướng dẫn luận văn."],
    ),
    (
        "TS. Võ Trí Thành nhận định như vậy.",
        &["TS. Võ Trí Thành nhận định như vậy."],
    ),
    (
        "Nhà ở Q.1 rất đắt. Giá tăng mạnh.",
        &["Nhà ở Q.1 rất đắt.", "Giá tăng mạnh."],
    ),
    ("Trường ở Q. 3 mở cửa lại.", &["Trường ở Q. 3 mở cửa lại."]),
    (
        "Chợ bán rau, thịt, cá, v.v. để phục vụ người dân.",
        &["Chợ bán rau, thịt, cá, v.v. để phục vụ người dân."],
    ),
    (
        "Họ mua rau, thịt, cá, v.v. Sau đó họ về nhà.",
        &["Họ mua rau, thịt, cá, v.v.", "Sau đó họ về nhà."],
    ),
    (
        "Trụ sở UBND TP. Về phía tỉnh, ông Hải tham dự.",
        &["Trụ sở UBND TP.", "Về phía tỉnh, ông Hải tham dự."],
    ),
    // Initials in names.
    (
        "Anh N.V. B. bị bắt giữ. Vụ việc đang được điều tra.",
        &["Anh N.V. B. bị bắt giữ.", "Vụ việc đang được điều tra."],
    ),
    (
        "Bà Đ. T.H. (SN 1960) là chủ nhà nghỉ.",
        &["Bà Đ. T.H. (SN 1960) là chủ nhà nghỉ."],
    ),
    (
        "Ông Nguyễn V. Tuấn đã đến.",
        &["Ông Nguyễn V. Tuấn đã đến."],
    ),
    (
        "Cảnh sát triệu tập ông A. Sau đó ông khai nhận.",
        &["Cảnh sát triệu tập ông A.", "Sau đó ông khai nhận."],
    ),
    (
        "Cháu T.M.H. đã được cứu. Gia đình rất mừng.",
        &["Cháu T.M.H. đã được cứu.", "Gia đình rất mừng."],
    ),
    (
        "Khách du lịch từ châu Á. Phần lớn đến từ Hàn Quốc.",
        &["Khách du lịch từ châu Á.", "Phần lớn đến từ Hàn Quốc."],
    ),
    (
        "Ông ấy sống ở Mỹ. Liu năm ngoái cam kết đầu tư.",
        &["Ông ấy sống ở Mỹ.", "Liu năm ngoái cam kết đầu tư."],
    ),
    (
        "Ông là cán bộ của Bộ. Mức lương được tính lại.",
        &["Ông là cán bộ của Bộ.", "Mức lương được tính lại."],
    ),
    // Numbers, dates, times, percentages.
    (
        "Giá là 1.500.000 đồng. Khách vẫn mua.",
        &["Giá là 1.500.000 đồng.", "Khách vẫn mua."],
    ),
    (
        "Lạm phát là 8,3% năm nay. Dự báo giảm.",
        &["Lạm phát là 8,3% năm nay.", "Dự báo giảm."],
    ),
    (
        "Tăng trưởng đạt 8,3-8,5%. Đây là mức cao.",
        &["Tăng trưởng đạt 8,3-8,5%.", "Đây là mức cao."],
    ),
    (
        "Ngày 12/5/2025 trời mưa. Hôm sau nắng.",
        &["Ngày 12/5/2025 trời mưa.", "Hôm sau nắng."],
    ),
    (
        "Triển lãm mở từ 5 - 12/5. Vé miễn phí.",
        &["Triển lãm mở từ 5 - 12/5.", "Vé miễn phí."],
    ),
    (
        "Trận đấu bắt đầu lúc 19:30. Sân kín chỗ.",
        &["Trận đấu bắt đầu lúc 19:30.", "Sân kín chỗ."],
    ),
    (
        "Xe khởi hành lúc 10h30. Mọi người đã lên xe.",
        &["Xe khởi hành lúc 10h30.", "Mọi người đã lên xe."],
    ),
    (
        "Số pi xấp xỉ 3.14 và số e xấp xỉ 2.72.",
        &["Số pi xấp xỉ 3.14 và số e xấp xỉ 2.72."],
    ),
    (
        "Năm 2019. 2020 là năm khó khăn.",
        &["Năm 2019.", "2020 là năm khó khăn."],
    ),
    (
        "Lúc 10.30 sáng, đoàn xe xuất phát.",
        &["Lúc 10.30 sáng, đoàn xe xuất phát."],
    ),
    // URLs and e-mail addresses.
    (
        "Xem tại vnexpress.net/tin-tuc. Bài viết rất hay.",
        &["Xem tại vnexpress.net/tin-tuc.", "Bài viết rất hay."],
    ),
    (
        "Truy cập https://www.chinhphu.vn/a.b?c=1 để biết thêm.",
        &["Truy cập https://www.chinhphu.vn/a.b?c=1 để biết thêm."],
    ),
    (
        "Gửi thư về lienhe@baomoi.com.vn để góp ý.",
        &["Gửi thư về lienhe@baomoi.com.vn để góp ý."],
    ),
    (
        "Liên hệ qua hop.thu@gmail.com. Chúng tôi sẽ trả lời.",
        &["Liên hệ qua hop.thu@gmail.com.", "Chúng tôi sẽ trả lời."],
    ),
    // Ellipses in the middle of a sentence.
    (
        "Anh ấy nói... rằng sẽ quay lại.",
        &["Anh ấy nói... rằng sẽ quay lại."],
    ),
    (
        "Cô ấy do dự… nhưng rồi cũng đồng ý.",
        &["Cô ấy do dự… nhưng rồi cũng đồng ý."],
    ),
    (
        "Họ bán đủ thứ: quần áo, giày dép,... Khách rất đông.",
        &["Họ bán đủ thứ: quần áo, giày dép,...", "Khách rất đông."],
    ),
    // Quotes and brackets.
    (
        "Ông nói: “Tôi sẽ đi.” Sau đó ông ra về.",
        &["Ông nói: “Tôi sẽ đi.”", "Sau đó ông ra về."],
    ),
    (
        "Bà bảo: “Con ăn đi”. Cậu bé gật đầu.",
        &["Bà bảo: “Con ăn đi”.", "Cậu bé gật đầu."],
    ),
    (
        "Đội bóng thắng “4 hơn” đối thủ. Cổ động viên vui mừng.",
        &["Đội bóng thắng “4 hơn” đối thủ.", "Cổ động viên vui mừng."],
    ),
    (
        "“Tôi đồng ý.” anh nói rồi ký tên.",
        &["“Tôi đồng ý.” anh nói rồi ký tên."],
    ),
    (
        "Kết quả rất tốt (đạt 90%.) Mọi người hài lòng.",
        &["Kết quả rất tốt (đạt 90%.)", "Mọi người hài lòng."],
    ),
    (
        "Anh hỏi: \"Có ai ở nhà không?\" Không ai trả lời.",
        &["Anh hỏi: \"Có ai ở nhà không?\"", "Không ai trả lời."],
    ),
    (
        "Ông kể: \"Tôi đã sống ở đây gần 20 năm. \" Bà gật đầu.",
        &["Ông kể: \"Tôi đã sống ở đây gần 20 năm. \"", "Bà gật đầu."],
    ),
    // Straight quotes count from the sentence's start, past periods that did not end it.
    (
        "Anh nói: \"Ở TP. HCM trời mưa. \" Chị gật đầu.",
        &["Anh nói: \"Ở TP. HCM trời mưa. \"", "Chị gật đầu."],
    ),
    (
        "Ký hiệu \" là dấu nháy. Chị nói. \" Rồi đi. Ông kể: \"Tôi biết. \" Sau đó im lặng.",
        &[
            "Ký hiệu \" là dấu nháy.",
            "Chị nói.",
            "\" Rồi đi.",
            "Ông kể: \"Tôi biết. \"",
            "Sau đó im lặng.",
        ],
    ),
    (
        "Chị nói. “Mọi thứ đã ổn.” Anh cười.",
        &["Chị nói.", "“Mọi thứ đã ổn.”", "Anh cười."],
    ),
    (
        "Giá xăng tăng (xem bảng). Người dân lo lắng.",
        &["Giá xăng tăng (xem bảng).", "Người dân lo lắng."],
    ),
    (
        "Sự việc xảy ra ở Hà Nội [ảnh]. Công an đã có mặt.",
        &["Sự việc xảy ra ở Hà Nội [ảnh].", "Công an đã có mặt."],
    ),
    // Lines, paragraphs and headings.
    (
        "Hà Nội mưa lớn\nNhiều tuyến phố ngập sâu.",
        &["Hà Nội mưa lớn", "Nhiều tuyến phố ngập sâu."],
    ),
    (
        "Câu thứ nhất.\r\nCâu thứ hai.\rCâu thứ ba.",
        &["Câu thứ nhất.", "Câu thứ hai.", "Câu thứ ba."],
    ),
    (
        "Đây là một câu bị\nngắt dòng giữa chừng.",
        &["Đây là một câu bị\nngắt dòng giữa chừng."],
    ),
    ("Đoạn một.\n\n\nĐoạn hai.", &["Đoạn một.", "Đoạn hai."]),
    (
        "Các bước như sau:\nBước một là chuẩn bị.",
        &["Các bước như sau:", "Bước một là chuẩn bị."],
    ),
    (
        "- Anh đi đâu?\n- Tôi đi làm.",
        &["- Anh đi đâu?", "- Tôi đi làm."],
    ),
    (
        "Tin vắn\u{2028}Giá vàng tăng.",
        &["Tin vắn", "Giá vàng tăng."],
    ),
    // White space of every kind; zero-width characters count as white space.
    (
        "Trời\u{a0}nắng. \u{200b}Gió nhẹ.",
        &["Trời\u{a0}nắng.", "Gió nhẹ."],
    ),
    (
        "Mưa\u{200b}. Gió\u{feff}.",
        &["Mưa\u{200b}.", "Gió\u{feff}."],
    ),
    (
        "   Khoảng trắng đầu và cuối.   ",
        &["Khoảng trắng đầu và cuối."],
    ),
    ("Câu một.\tCâu hai.", &["Câu một.", "Câu hai."]),
    // Emoji and other scripts.
    (
        "Tuyệt vời quá! 😀 Hẹn gặp lại.",
        &["Tuyệt vời quá!", "😀 Hẹn gặp lại."],
    ),
    (
        "Đội tuyển thắng 🎉🎉. Người hâm mộ xuống đường.",
        &["Đội tuyển thắng 🎉🎉.", "Người hâm mộ xuống đường."],
    ),
];

#[test]
fn table_of_tricky_cases() {
    assert!(
        CASES.len() >= 60,
        "the table must stay at least 60 cases, has {}",
        CASES.len()
    );
    let mut failures = Vec::new();
    for (text, want) in CASES {
        let got = split(text);
        if got != *want {
            failures.push(format!("{text:?}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn nfd_text_splits_like_nfc() {
    use unicode_normalization::UnicodeNormalization;
    for (text, want) in CASES {
        let nfd: String = text.nfd().collect();
        assert_eq!(split(&nfd).len(), want.len(), "NFD of {text:?}");
    }
}

#[test]
fn heading_lines_are_marked() {
    let text =
        "Giá vàng lập đỉnh mới\n\nSáng nay, giá vàng miếng tăng thêm 500.000 đồng mỗi lượng. \
                Nhiều người xếp hàng mua vào.\nMinh Anh";
    let units = sentences(text).unwrap();
    let kinds: Vec<UnitKind> = units.iter().map(|u| u.kind).collect();
    assert_eq!(
        kinds,
        [
            UnitKind::Heading,
            UnitKind::Sentence,
            UnitKind::Sentence,
            UnitKind::Heading
        ]
    );
    assert_eq!(units[1].paragraph, 1);
    assert_eq!(units[3].paragraph, 2);
}
