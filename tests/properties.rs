//! Properties of sentence units on any text: offsets on character boundaries, increasing,
//! not overlapping, and covering every character that is not white space.

use proptest::prelude::*;
use tomtat::lab::is_space;
use tomtat::{sentences, Error};

fn check_units(text: &str) -> Result<(), TestCaseError> {
    let units = match sentences(text) {
        Ok(u) => u,
        Err(Error::EmptyText) => {
            prop_assert!(text.chars().all(is_space));
            return Ok(());
        }
        Err(e) => return Err(TestCaseError::fail(format!("unexpected error {e}"))),
    };
    let mut covered = vec![false; text.len()];
    let mut prev_end = 0;
    for (i, u) in units.iter().enumerate() {
        prop_assert_eq!(u.index, i);
        prop_assert!(text.is_char_boundary(u.start) && text.is_char_boundary(u.end));
        prop_assert!(u.start < u.end, "empty unit");
        prop_assert!(u.start >= prev_end, "overlap or disorder");
        let body = &text[u.start..u.end];
        prop_assert!(
            !body.starts_with(is_space) && !body.ends_with(is_space),
            "untrimmed {:?}",
            body
        );
        covered[u.start..u.end].iter_mut().for_each(|c| *c = true);
        prev_end = u.end;
    }
    for (i, c) in text.char_indices() {
        prop_assert!(covered[i] || is_space(c), "{:?} at {} is in no unit", c, i);
    }
    Ok(())
}

/// Text made of the pieces that trouble splitters: Vietnamese words, abbreviations,
/// initials, numbers, punctuation, quotes, line breaks, odd spaces, emoji.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Hà",
        "Nội",
        "mưa",
        "lớn",
        "TP.HCM",
        "TP.",
        "PGS.TS.",
        "N.V.",
        "B.",
        "v.v.",
        "1.500.000",
        "8,3%",
        "12/5/2025",
        "10:30",
        "...",
        "…",
        ".",
        "!",
        "?",
        "?!",
        "“",
        "”",
        "\"",
        "(",
        ")",
        "\n",
        "\r\n",
        "\n\n",
        " ",
        "\u{a0}",
        "\u{200b}",
        "\u{ad}",
        "😀",
        "👨‍👩‍👧",
        "Đ.",
        "châu Á.",
        "https://vnexpress.net/a.b",
        "a@b.vn",
        "<div>",
        "Ảnh:",
        "Tin liên quan",
        "hoà",
        "thủy",
        "e\u{301}",
        "\u{301}",
        "ĐÀ NẴNG",
        "-",
        "–",
        ":",
        ";",
        ",",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn units_cover_any_unicode(text in "\\PC{0,300}") {
        check_units(&text)?;
    }

    #[test]
    fn units_cover_any_chars_with_controls(text in "[\\u{0}-\\u{10FFFF}]{0,200}") {
        check_units(&text)?;
    }

    #[test]
    fn units_cover_tricky_vietnamese(text in tricky_text()) {
        check_units(&text)?;
    }
}

/// Several documents of tricky text: a summary whose sentences lie in their own document, in
/// reading order, or an error that names a document at fault; never a panic.
fn check_documents(texts: &[String], sentences: usize) -> Result<(), TestCaseError> {
    use tomtat::{summarize_documents, Input, Options};
    let inputs: Vec<Input<'_>> = texts.iter().map(|t| t.as_str().into()).collect();
    let options = Options {
        sentences: Some(sentences),
        ..Options::default()
    };
    match summarize_documents(&inputs, &options) {
        Ok(s) => {
            prop_assert!(s.sentences.len() <= sentences);
            prop_assert_eq!(s.documents.len(), texts.len());
            let mut prev = (0, 0);
            for x in &s.sentences {
                let text = &texts[x.document];
                prop_assert_eq!(&text[x.start..x.end], x.text.as_str());
                prop_assert!((x.document, x.start) >= prev);
                prev = (x.document, x.end);
            }
        }
        Err(Error::Document {
            document, error, ..
        }) => {
            prop_assert!(document < texts.len());
            prop_assert!(
                matches!(*error, Error::EmptyText | Error::NoSentences),
                "{}",
                error
            );
        }
        Err(Error::NoDocuments) => prop_assert!(texts.is_empty()),
        Err(e) => return Err(TestCaseError::fail(format!("unexpected error {e}"))),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn several_documents_of_tricky_text(texts in prop::collection::vec(tricky_text(), 0..5), n in 1usize..8) {
        check_documents(&texts, n)?;
    }
}
