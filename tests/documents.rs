//! Several documents on one story (`summarize_documents`), on the stories written for the tests
//! (`tests/fixtures/multidoc/`: one interview on two sites, one of them a whole web page
//! pasted; one accident in three papers' words). `stories.json` lists, per story, the pairs of
//! sentences that state one fact (a summary holds at most one of each), the page's debris and
//! the questions.

mod common;

use tomtat::{summarize, summarize_documents, DocumentsSummary, Error, Input, Options};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/multidoc");

struct Story {
    name: String,
    texts: Vec<String>,
    repeats: Vec<(String, String)>,
    in_other_words: Vec<(String, String)>,
    debris: Vec<String>,
    questions: Vec<String>,
}

fn stories() -> Vec<Story> {
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{DIR}/stories.json")).unwrap())
            .unwrap();
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect())
            .unwrap_or_default()
    };
    let pairs = |v: &serde_json::Value| -> Vec<(String, String)> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|p| {
                        let p = strings(p);
                        (p[0].clone(), p[1].clone())
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    json["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| Story {
            name: s["name"].as_str().unwrap().to_string(),
            texts: strings(&s["documents"])
                .iter()
                .map(|f| std::fs::read_to_string(format!("{DIR}/{f}")).unwrap())
                .collect(),
            repeats: pairs(&s["repeats"]),
            in_other_words: pairs(&s["repeats_in_other_words"]),
            debris: strings(&s["debris"]),
            questions: strings(&s["questions"]),
        })
        .collect()
}

fn inputs(texts: &[String]) -> Vec<Input<'_>> {
    texts.iter().map(|t| Input::from(t.as_str())).collect()
}

fn sentences(n: usize) -> Options {
    Options {
        sentences: Some(n),
        ..Options::default()
    }
}

/// White space made single, as the stories quote sentences.
fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every sentence is its document's text at its offsets, and the summary is in reading order.
fn check_offsets(texts: &[String], s: &DocumentsSummary) {
    for x in &s.sentences {
        assert_eq!(&texts[x.document][x.start..x.end], x.text);
        assert!((0.0..=1.0).contains(&x.score), "{}", x.score);
    }
    for w in s.sentences.windows(2) {
        assert!(
            (w[0].document, w[0].start) < (w[1].document, w[1].start),
            "{:?}",
            s.sentences
        );
    }
}

#[test]
fn five_sentences_of_each_story_hold_no_fact_twice_no_question_and_no_debris() {
    for story in stories() {
        let s = summarize_documents(&inputs(&story.texts), &sentences(5)).unwrap();
        check_offsets(&story.texts, &s);
        let got: Vec<String> = s.sentences.iter().map(|x| norm(&x.text)).collect();
        let show = got.join("\n  ");
        assert_eq!(got.len(), 5, "{}:\n  {show}", story.name);
        for (a, b) in &story.repeats {
            assert!(
                !(got.contains(&norm(a)) && got.contains(&norm(b))),
                "{}: one fact twice:\n  {a}\n  {b}\nin\n  {show}",
                story.name
            );
        }
        for q in &story.questions {
            assert!(!got.contains(&norm(q)), "{}: a question: {q}", story.name);
        }
        for line in &story.debris {
            for g in &got {
                assert!(
                    !norm(line).contains(g.as_str()),
                    "{}: debris: {g}",
                    story.name
                );
            }
        }
        // The sentences come from every document of the story.
        for d in 0..story.texts.len() {
            assert!(
                s.sentences.iter().any(|x| x.document == d),
                "{}: nothing of document {d}:\n  {show}",
                story.name
            );
        }
        // Repeats in other words (a number as a word, another verb) are beyond the rules:
        // reported, not asserted (docs/multidoc-lab.md).
        for (a, b) in &story.in_other_words {
            if got.contains(&norm(a)) && got.contains(&norm(b)) {
                eprintln!(
                    "{}: one fact in other words (reported): {a} | {b}",
                    story.name
                );
            }
        }
    }
}

#[test]
fn offsets_are_exact_in_each_document_for_every_length() {
    let stories = stories();
    for story in &stories {
        for o in [
            Options::default(),
            sentences(1),
            sentences(8),
            Options {
                ratio: Some(1.0),
                ..Options::default()
            },
            Options {
                max_words: Some(120),
                ..Options::default()
            },
            Options {
                max_chars: Some(500),
                ..Options::default()
            },
        ] {
            let s = summarize_documents(&inputs(&story.texts), &o).unwrap();
            check_offsets(&story.texts, &s);
            assert_eq!(s.stats.selected, s.sentences.len());
            assert_eq!(
                s.documents.iter().map(|d| d.selected).sum::<usize>(),
                s.sentences.len()
            );
            if let Some(w) = o.max_words {
                assert!(s.stats.summary_words <= w);
            }
            if let Some(c) = o.max_chars {
                assert!(s.stats.summary_chars <= c);
            }
        }
    }
    // The texts in NFD, with Windows line ends and emoji: the offsets are still exact.
    let story = &stories[1];
    let odd: Vec<String> = story
        .texts
        .iter()
        .map(|t| {
            use unicode_normalization::UnicodeNormalization;
            t.nfd().collect::<String>().replace('\n', " 🚑\r\n")
        })
        .collect();
    let s = summarize_documents(&inputs(&odd), &sentences(4)).unwrap();
    assert_eq!(s.sentences.len(), 4);
    check_offsets(&odd, &s);
}

#[test]
fn one_document_is_summarize() {
    let stories = stories();
    let text = &stories[0].texts[0];
    for o in [Options::default(), sentences(3)] {
        let one = summarize_documents(&[Input::from(text.as_str())], &o).unwrap();
        let s = summarize(text, &o).unwrap();
        assert_eq!(one.keywords, s.keywords);
        assert_eq!(one.stats, s.stats);
        assert_eq!(one.documents, vec![s.stats.clone()]);
        assert_eq!(one.sentences.len(), s.sentences.len());
        for (a, b) in one.sentences.iter().zip(&s.sentences) {
            assert_eq!(
                (a.document, a.index, a.start, a.end, a.score, &a.text),
                (0, b.index, b.start, b.end, b.score, &b.text)
            );
        }
    }
    // Its title is the single text's title.
    let title = "Hạn hán ở Hà Lam";
    let one = summarize_documents(&[Input::titled(title, text)], &sentences(2)).unwrap();
    let s = summarize(
        text,
        &Options {
            title: Some(title.into()),
            ..sentences(2)
        },
    )
    .unwrap();
    assert_eq!(one.text(), s.text());
}

#[test]
fn the_story_s_keywords_and_counts_are_the_documents_together() {
    let story = &stories()[1];
    let s = summarize_documents(&inputs(&story.texts), &Options::default()).unwrap();
    assert_eq!(s.documents.len(), 3);
    assert_eq!(
        s.stats.units,
        s.documents.iter().map(|d| d.units).sum::<usize>()
    );
    assert_eq!(
        s.stats.chars,
        story.texts.iter().map(|t| t.chars().count()).sum::<usize>()
    );
    assert!(s.keywords.len() <= 10 && !s.keywords.is_empty());
    let terms: Vec<&str> = s.keywords.iter().map(|k| k.term.as_str()).collect();
    // Named in all three papers: among the story's keywords.
    assert!(terms.contains(&"khánh lĩnh"), "{terms:?}");
    for w in s.keywords.windows(2) {
        assert!(w[0].weight >= w[1].weight);
    }
    // A default summary of 3 documents: a fifth of the candidates, at most five.
    assert!((1..=5).contains(&s.sentences.len()));
}

#[test]
fn errors_name_the_document_at_fault() {
    let stories = stories();
    let texts = &stories[1].texts;
    let e = summarize_documents(
        &[
            texts[0].as_str().into(),
            " \n ".into(),
            texts[2].as_str().into(),
        ],
        &Options::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind(), "empty-text");
    assert!(
        matches!(&e, Error::Document { document: 1, documents: 3, error } if **error == Error::EmptyText)
    );
    assert!(
        e.to_string()
            .starts_with("document 2 of 3: the text is empty"),
        "{e}"
    );
    let e = summarize_documents(
        &[texts[0].as_str().into(), "<div></div> 123 456".into()],
        &Options::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind(), "no-sentences");
    assert!(e.to_string().starts_with("document 2 of 2:"), "{e}");
    // One document alone: its errors name it too.
    let e = summarize_documents(&["".into()], &Options::default()).unwrap_err();
    assert!(matches!(e, Error::Document { document: 0, .. }), "{e:?}");
    assert_eq!(
        summarize_documents(&[], &Options::default()).unwrap_err(),
        Error::NoDocuments
    );
    assert_eq!(
        summarize_documents(&[], &Options::default())
            .unwrap_err()
            .kind(),
        "no-documents"
    );
    // A title for the story: each document has its own.
    let e = summarize_documents(
        &inputs(texts),
        &Options {
            title: Some("x".into()),
            ..Options::default()
        },
    )
    .unwrap_err();
    assert_eq!(e.kind(), "invalid-option");
    // Bad options are the options' errors, before any document is read.
    let e = summarize_documents(&["".into()], &sentences(0)).unwrap_err();
    assert_eq!(e.kind(), "invalid-option");
}

#[test]
fn many_documents_and_long_ones_end_in_time_and_bad_input_never_panics() {
    // 40 documents, among them copies of each other: no fact twice, and copies left out.
    let stories = stories();
    let mut texts: Vec<String> = Vec::new();
    for k in 0..40 {
        texts.push(stories[k % 2].texts[k % stories[k % 2].texts.len()].clone());
    }
    let s = summarize_documents(
        &inputs(&texts),
        &Options {
            ratio: Some(1.0),
            ..Options::default()
        },
    )
    .unwrap();
    check_offsets(&texts, &s);
    let mut seen: Vec<String> = s.sentences.iter().map(|x| norm(&x.text)).collect();
    seen.sort();
    let n = seen.len();
    seen.dedup();
    assert_eq!(seen.len(), n, "a sentence twice");
    // Two long documents (about 400 KB each), the whole of them asked for.
    let long = [common::mixed_text(400_000), common::mixed_text(300_000)];
    let s = summarize_documents(
        &inputs(&long),
        &Options {
            ratio: Some(0.5),
            ..Options::default()
        },
    )
    .unwrap();
    assert!(s.sentences.len() > 100);
    check_offsets(&long, &s);
    // Junk beside an article: an error that names it, never a panic.
    for junk in ["\u{0}\u{1}\u{2}", "🙂🙂🙂", "&nbsp;&nbsp;"] {
        let texts = [stories[1].texts[0].clone(), junk.to_string()];
        let e = summarize_documents(&inputs(&texts), &Options::default()).unwrap_err();
        assert!(
            matches!(e, Error::Document { document: 1, .. }),
            "{junk:?} {e:?}"
        );
    }
}
