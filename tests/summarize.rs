//! The summarization engine on Vietnamese news written for the tests (`tests/fixtures/`):
//! order, budgets, eligibility, redundancy, determinism, errors; and quality against LEAD on a
//! slice of the dev set (skipped, saying so, when the evaluation corpus is absent).

mod common;

use tomtat::{ranked, sentences, summarize, Error, Options, UnitKind};
use unicode_normalization::UnicodeNormalization;

fn opts() -> Options {
    Options::default()
}

#[test]
fn sentences_come_in_text_order_with_exact_offsets() {
    for a in common::written() {
        for text in [a.article.clone(), common::joined(&a.article)] {
            let s = summarize(
                &text,
                &Options {
                    sentences: Some(4),
                    ..opts()
                },
            )
            .unwrap();
            assert!(!s.sentences.is_empty());
            for w in s.sentences.windows(2) {
                assert!(w[0].end <= w[1].start, "{}: out of order", a.id);
            }
            for x in &s.sentences {
                assert_eq!(&text[x.start..x.end], x.text);
                assert!((0.0..=1.0).contains(&x.score));
            }
        }
    }
}

#[test]
fn every_length_control_is_respected() {
    for a in common::written() {
        let text = &a.article;
        let units = sentences(text).unwrap();
        let cands = units
            .iter()
            .filter(|u| u.kind == UnitKind::Sentence)
            .count();
        // Candidates less near-repeats: what a summary can hold at most.
        let distinct = ranked(text, None).unwrap().len();
        assert!(distinct <= cands && distinct > 0);
        for n in [1, 2, 3, 5, 100] {
            let s = summarize(
                text,
                &Options {
                    sentences: Some(n),
                    ..opts()
                },
            )
            .unwrap();
            assert_eq!(s.sentences.len(), n.min(distinct), "{} sentences={n}", a.id);
        }
        for r in [0.1, 0.3, 0.5, 1.0] {
            let s = summarize(
                text,
                &Options {
                    ratio: Some(r),
                    ..opts()
                },
            )
            .unwrap();
            let want = ((cands as f64 * r).round() as usize).max(1);
            assert!(
                s.sentences.len() <= want && !s.sentences.is_empty(),
                "{} ratio={r}",
                a.id
            );
        }
        for w in [20, 50, 120] {
            let s = summarize(
                text,
                &Options {
                    max_words: Some(w),
                    ..opts()
                },
            )
            .unwrap();
            assert!(
                s.stats.summary_words <= w,
                "{} maxWords={w}: {}",
                a.id,
                s.stats.summary_words
            );
        }
        for c in [100, 300, 1000] {
            let s = summarize(
                text,
                &Options {
                    max_chars: Some(c),
                    ..opts()
                },
            )
            .unwrap();
            let chars: usize = s.sentences.iter().map(|x| x.text.chars().count()).sum();
            assert!(chars <= c, "{} maxChars={c}: {chars}", a.id);
            assert_eq!(chars, s.stats.summary_chars);
        }
    }
}

#[test]
fn default_length_is_a_fifth_bounded() {
    let a = &common::written()[0];
    let s = summarize(&a.article, &opts()).unwrap();
    let n = s.stats.candidates;
    assert_eq!(
        s.sentences.len(),
        ((n as f64 * 0.2).round() as usize).clamp(1, 5)
    );
    let one = "Hà Nội mưa lớn suốt đêm qua.";
    let s = summarize(one, &opts()).unwrap();
    assert_eq!(s.sentences.len(), 1);
    assert_eq!(s.sentences[0].text, one);
}

#[test]
fn headings_and_boilerplate_are_never_chosen() {
    for a in common::written() {
        let text = format!(
            "{}\n\n{}\nTin liên quan\nGiá vàng hôm nay tăng mạnh\nẢnh: Minh Anh",
            a.title, a.article
        );
        let units = sentences(&text).unwrap();
        let s = summarize(
            &text,
            &Options {
                ratio: Some(1.0),
                ..opts()
            },
        )
        .unwrap();
        for x in &s.sentences {
            assert_eq!(
                units[x.index].kind,
                UnitKind::Sentence,
                "{}: chose {:?}",
                a.id,
                x.text
            );
        }
    }
}

#[test]
fn near_duplicates_are_never_both_chosen() {
    let base = "Ngân hàng Nhà nước vừa quyết định giảm lãi suất điều hành thêm 0,5 điểm phần trăm từ ngày mai.";
    let near = "Ngân hàng Nhà nước vừa quyết định giảm lãi suất điều hành thêm 0,5 điểm phần trăm kể từ ngày mai.";
    let text = format!(
        "{base} Các doanh nghiệp kỳ vọng chi phí vay vốn sẽ giảm trong quý tới. {near} \
         Giới phân tích cho rằng thị trường chứng khoán sẽ hưởng lợi. Người dân gửi tiết kiệm sẽ nhận lãi thấp hơn."
    );
    let s = summarize(
        &text,
        &Options {
            sentences: Some(4),
            ..opts()
        },
    )
    .unwrap();
    let both = s
        .sentences
        .iter()
        .filter(|x| x.text == base || x.text == near)
        .count();
    assert_eq!(
        both,
        1,
        "{:?}",
        s.sentences.iter().map(|x| &x.text).collect::<Vec<_>>()
    );
}

#[test]
fn same_input_same_output() {
    for a in common::written() {
        let o = Options {
            sentences: Some(3),
            title: Some(a.title.clone()),
            ..opts()
        };
        assert_eq!(
            summarize(&a.article, &o).unwrap(),
            summarize(&a.article, &o).unwrap()
        );
    }
}

#[test]
fn nfd_text_gets_the_same_summary() {
    for a in common::written() {
        let nfd: String = a.article.nfd().collect();
        let o = Options {
            sentences: Some(3),
            ..opts()
        };
        let x = summarize(&a.article, &o).unwrap();
        let y = summarize(&nfd, &o).unwrap();
        let ix: Vec<usize> = x.sentences.iter().map(|s| s.index).collect();
        let iy: Vec<usize> = y.sentences.iter().map(|s| s.index).collect();
        assert_eq!(ix, iy, "{}", a.id);
        let kx: Vec<&str> = x.keywords.iter().map(|k| k.term.as_str()).collect();
        let ky: Vec<&str> = y.keywords.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(kx, ky, "{}", a.id);
    }
}

#[test]
fn keywords_are_content_terms() {
    let a = &common::written()[2];
    let s = summarize(&a.article, &opts()).unwrap();
    assert!(s.keywords.len() >= 5);
    for w in s.keywords.windows(2) {
        assert!(w[0].weight >= w[1].weight);
    }
    for k in &s.keywords {
        assert!(
            !["của", "và", "là", "được", "các", "những"].contains(&k.term.as_str()),
            "{}",
            k.term
        );
        assert_eq!(k.term, k.term.to_lowercase());
    }
}

#[test]
fn errors_are_typed() {
    assert_eq!(summarize("", &opts()), Err(Error::EmptyText));
    assert_eq!(
        summarize(" \n\t\u{a0}\u{200b}", &opts()),
        Err(Error::EmptyText)
    );
    assert_eq!(
        summarize("!!! ... ??? 123 456 😀😀", &opts()),
        Err(Error::NoSentences)
    );
    let t = "Hà Nội mưa lớn. Đường phố ngập sâu.";
    let bad: [(Options, &str); 5] = [
        (
            Options {
                sentences: Some(0),
                ..opts()
            },
            "sentences",
        ),
        (
            Options {
                ratio: Some(1.5),
                ..opts()
            },
            "ratio",
        ),
        (
            Options {
                ratio: Some(f64::NAN),
                ..opts()
            },
            "ratio",
        ),
        (
            Options {
                max_words: Some(0),
                ..opts()
            },
            "maxWords",
        ),
        (
            Options {
                max_chars: Some(0),
                ..opts()
            },
            "maxChars",
        ),
    ];
    for (o, name) in bad {
        match summarize(t, &o) {
            Err(Error::InvalidOption { option, .. }) => assert_eq!(option, name, "{o:?}"),
            other => panic!("{o:?}: expected an invalid `{name}`, got {other:?}"),
        }
    }
    let both = Options {
        sentences: Some(2),
        max_words: Some(30),
        ..opts()
    };
    assert_eq!(
        summarize(t, &both),
        Err(Error::ConflictingOptions(vec!["sentences", "maxWords"]))
    );
    for e in [
        Error::EmptyText,
        Error::NoSentences,
        Error::ConflictingOptions(vec!["sentences", "ratio"]),
    ] {
        assert!(e.to_string().len() > 20);
    }
}

#[test]
fn a_title_of_headings_only_text_is_summarized() {
    // No sentence at all: the lines themselves are the candidates.
    let text = "Bão số 5 đổ bộ miền Trung\nHàng nghìn hộ dân phải sơ tán khẩn cấp\nNhiều tuyến đường bị chia cắt";
    let s = summarize(
        text,
        &Options {
            sentences: Some(1),
            ..opts()
        },
    )
    .unwrap();
    assert_eq!(s.sentences.len(), 1);
}

// ---- quality against LEAD on a slice of dev (a regression guard) ----

fn tokens(s: &str) -> Vec<String> {
    let nfc: String = s.nfc().collect::<String>().to_lowercase();
    nfc.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn rouge_n_f1(pred: &[String], reference: &[String], n: usize) -> f64 {
    use std::collections::HashMap;
    fn grams(t: &[String], n: usize) -> HashMap<&[String], usize> {
        let mut m: HashMap<&[String], usize> = HashMap::new();
        for g in t.windows(n) {
            *m.entry(g).or_default() += 1;
        }
        m
    }
    let (p, r) = (grams(pred, n), grams(reference, n));
    let overlap: usize = p
        .iter()
        .map(|(g, c)| (*c).min(r.get(g).copied().unwrap_or(0)))
        .sum();
    let (np, nr) = (
        pred.len().saturating_sub(n - 1),
        reference.len().saturating_sub(n - 1),
    );
    if overlap == 0 || np == 0 || nr == 0 {
        return 0.0;
    }
    let (prec, rec) = (overlap as f64 / np as f64, overlap as f64 / nr as f64);
    2.0 * prec * rec / (prec + rec)
}

/// The length-fair score: the prediction cut after as many syllables as the reference has.
fn fair_rouge2(pred: &str, reference: &str) -> f64 {
    let r = tokens(reference);
    let mut p = tokens(pred);
    p.truncate(r.len());
    rouge_n_f1(&p, &r, 2)
}

/// The guard of quality: 300 articles of the train split (dev.jsonl is for the report only),
/// summarized as `tomtat eval --words-from-reference` does.
#[test]
fn beats_lead_on_a_slice_of_train() {
    let (mut ours, mut lead) = (0.0, 0.0);
    let Some(arts) = common::train_articles("summarize::beats_lead_on_a_slice_of_train", 300)
    else {
        return;
    };
    for a in &arts {
        let budget = tokens(&a.summary).len();
        // As the eval does: best first, one before a chosen one only if it fits whole.
        let fill = |units: Vec<(usize, usize)>| -> String {
            tomtat::lab::fill_budget(
                units,
                budget,
                |&(s, _)| s,
                |&(s, e)| tokens(&a.article[s..e]).len(),
            )
            .iter()
            .map(|&(s, e)| &a.article[s..e])
            .collect::<Vec<_>>()
            .join("\n")
        };
        let r = ranked(&a.article, Some(&a.title)).unwrap();
        ours += fair_rouge2(
            &fill(r.iter().map(|(u, _)| (u.start, u.end)).collect()),
            &a.summary,
        );
        let l = sentences(&a.article).unwrap();
        lead += fair_rouge2(
            &fill(
                l.iter()
                    .filter(|u| u.kind != UnitKind::Boilerplate)
                    .map(|u| (u.start, u.end))
                    .collect(),
            ),
            &a.summary,
        );
    }
    let n = arts.len() as f64;
    let (ours, lead) = (100.0 * ours / n, 100.0 * lead / n);
    println!(
        "ROUGE-2 on {} train articles: tomtat {ours:.2}, LEAD {lead:.2}",
        arts.len()
    );
    // On these 300 articles: +4.24 ROUGE-2 (the model was fitted on train, all folds; 5-fold
    // cross-validation says +2.9 on the whole split, README: Quality). Below +2.0 something has
    // broken.
    assert!(ours - lead >= 2.0, "tomtat {ours:.2} vs LEAD {lead:.2}");
}
