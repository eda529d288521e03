//! Scoring candidates, as a pipeline:
//!
//! 1. [`table`]: number the text's terms (content syllables and two-syllable terms), count
//!    them, gather each candidate's distinct terms, and find the text's ten heaviest;
//! 2. [`title`]: the title's terms (given, a heading at the top, or else the first sentence);
//! 3. [`context`]: what each candidate is compared with;
//! 4. [`groups`]: the features of each candidate ([`features`] names them), every one computed
//!    from the text alone in time linear in its length;
//! 5. [`model`], fitted on news, turns each candidate's features into a score.

mod context;
pub(crate) mod features;
mod groups;
mod model;
mod table;
mod title;

use context::{Blocks, Context};
use features::{Feature as F, Row};
use table::TermTable;
use title::Title;

use crate::document::Document;
use crate::terms::TermId;
#[cfg(any(test, feature = "lab"))]
use crate::Result;

/// Candidate units with their scores and term vectors.
pub(crate) struct Scored {
    /// Unit indexes of the candidates, in the order of the text.
    pub units: Vec<usize>,
    /// Score of each candidate.
    pub scores: Vec<f64>,
    /// The terms of the text are numbered: a content syllable's number is its syllable number
    /// ([`Syllable::sid`]), the two-syllable terms come after. The id of each number.
    pub ids: Vec<TermId>,
    /// Each candidate's distinct terms (numbers) with their weights (idf), in the order they
    /// first occur: candidate `c`'s are `items[spans[c].0..spans[c].1]`.
    items: Vec<(u32, f32)>,
    spans: Vec<(usize, usize)>,
    /// Norm of each candidate's vector.
    pub norms: Vec<f32>,
}

impl Scored {
    /// Candidate `c`'s distinct terms with their weights.
    pub fn vector(&self, c: usize) -> &[(u32, f32)] {
        let (a, b) = self.spans[c];
        &self.items[a..b]
    }
}

/// The feature vectors of a text's candidates, as the model sees them (for fitting it).
#[cfg(any(test, feature = "lab"))]
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureRows {
    /// The text had a title (given, or a heading at the top): the titled model scores it.
    pub titled: bool,
    /// Each candidate's unit index and feature vector (as the dump's columns: [`NAMES`] but `titled`).
    pub rows: Vec<(usize, Vec<f64>)>,
}

/// The feature vectors of the candidate units of `text` (for fitting the model).
#[cfg(any(test, feature = "lab"))]
pub(crate) fn features(text: &str, title: Option<&str>) -> Result<FeatureRows> {
    let doc = Document::new(text)?;
    let cands = doc.candidates()?;
    let mut x = Vec::with_capacity(cands.len());
    let a = analyze(&doc, &cands, title, |row| x.push(row.features().to_vec()));
    Ok(FeatureRows {
        titled: a.titled,
        rows: cands.into_iter().zip(x).collect(),
    })
}

/// The candidates' scores, with what selection and keywords need of the analysis.
pub(crate) fn score(doc: &Document<'_>, cands: &[usize], title: Option<&str>) -> Scored {
    let mut scores = Vec::with_capacity(cands.len());
    let mut scored = analyze(doc, cands, title, |row| {
        scores.push(model::score(row.inputs()))
    })
    .scored;
    scored.scores = scores;
    scored
}

struct Analysis {
    /// The text has a title (given, or a heading before the first candidate).
    #[cfg_attr(not(any(test, feature = "lab")), allow(dead_code))]
    titled: bool,
    scored: Scored,
}

/// Computes each candidate's features, in the order of the text, and hands them to `sink` as
/// the model's inputs (with whether the text has a title); they are not kept.
fn analyze(
    doc: &Document<'_>,
    cands: &[usize],
    title: Option<&str>,
    mut sink: impl FnMut(&Row),
) -> Analysis {
    let table = TermTable::count(doc, cands);
    let terms = table.heaviest();
    let title = Title::new(doc, cands, title, &table);
    let ctx = Context::new(&table, &terms, &title, cands.len());

    let n = cands.len();
    let mut norms = Vec::with_capacity(n);
    // tf·idf mass relative to the text's densest candidate: the densest is found first, so that
    // each candidate's features are whole when made.
    let tfidf_raw =
        |pos: usize, mass: f32| mass as f64 / (doc.syllables_of(cands[pos]).len() as f64 + 8.0);
    let max = (0..n)
        .map(|pos| tfidf_raw(pos, groups::content_mass(table.vector(pos), &ctx)))
        .fold(0f64, f64::max);
    let mut marks = groups::Marks {
        terms: vec![0; table.syllable_count],
        title: vec![0; title.unis.len()],
        hit: vec![false; title.unis.len().max(title.bis.len())],
    };
    let mut blocks = Blocks::new(doc, cands);
    // One row for all the candidates: every feature is set for each.
    let mut row = Row::new();
    row.set(F::Titled, f64::from(u8::from(title.given)));
    for (pos, &u) in cands.iter().enumerate() {
        let unit = &doc.units[u];
        let syls = doc.syllables_of(u);
        row.begin_candidate();
        row.set(F::Bias, 1.0);
        groups::position(&mut row, pos, n, blocks.next(unit));
        groups::length(&mut row, syls.len());
        let c = groups::content(&mut row, table.vector(pos), &ctx, pos);
        norms.push(c.norm);
        row.set(
            F::Tfidf,
            if max > 0.0 {
                tfidf_raw(pos, c.mass) / max
            } else {
                0.0
            },
        );
        groups::title(&mut row, syls, &title, c.title_overlap, &mut marks.hit);
        groups::lead(&mut row, syls, &ctx, &title, &mut marks, pos);
        groups::shape(&mut row, doc.text, unit, syls);
        groups::interactions(&mut row, n);
        sink(&row);
    }
    Analysis {
        titled: title.given,
        scored: Scored {
            units: cands.to_vec(),
            scores: Vec::new(),
            ids: table.ids,
            items: table.items,
            spans: table.spans,
            norms,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use features::{ALL, NAMES, PER_CANDIDATE};

    /// Every feature is set exactly once per candidate, and `titled` once per text: on the
    /// articles written for the tests, with their title, without one, with it as their first
    /// line, joined into one paragraph; and on short texts.
    #[test]
    fn every_feature_is_set_once_per_candidate() {
        let written = include_str!("../../tests/fixtures/articles.txt");
        let mut texts: Vec<(String, Option<String>)> = vec![
            ("Một câu duy nhất.".into(), None),
            ("Mưa lớn\n\nHà Nội mưa lớn. Phố ngập sâu?".into(), None),
            (
                "Hai câu. Ba câu nữa: 3 người.".into(),
                Some("3 người".into()),
            ),
        ];
        for block in written.split("\n=== ").skip(1).take(6) {
            let mut lines = block.lines().skip(1);
            let title = lines.next().unwrap_or_default().to_string();
            let body: Vec<&str> = lines.filter(|l| !l.trim().is_empty()).collect();
            texts.push((body.join("\n"), Some(title.clone())));
            texts.push((body.join("\n"), None));
            texts.push((format!("{title}\n\n{}", body.join("\n")), None));
            texts.push((body.join(" "), Some(title)));
        }
        let mut candidates = 0;
        for (text, title) in &texts {
            let doc = Document::new(text).unwrap();
            let cands = doc.candidates().unwrap();
            analyze(&doc, &cands, title.as_deref(), |row| {
                candidates += 1;
                for &f in ALL {
                    assert_eq!(row.writes[f as usize], 1, "{f:?} in {text:?}");
                }
                assert!(row.writes[NAMES.len()..].iter().all(|&w| w == 0));
                assert_eq!(row.features().len(), PER_CANDIDATE);
            });
        }
        assert!(candidates > 100, "{candidates}");
    }

    /// The features of the text's candidates by name, one map per candidate.
    fn named(text: &str, title: Option<&str>) -> Vec<std::collections::HashMap<&'static str, f64>> {
        features(text, title)
            .unwrap()
            .rows
            .into_iter()
            .map(|(_, x)| NAMES.iter().copied().zip(x).collect())
            .collect()
    }

    #[test]
    fn the_lead_features_see_where_the_title_comes_in_a_sentence() {
        let title = "Mưa lớn ở Hà Nội làm 3 người bị thương";
        // The first sentence opens on the title's point; the second gets there after 35
        // syllables; the third never does.
        let early = "Mưa lớn ở Hà Nội chiều qua làm 3 người bị thương và nhiều tuyến phố ngập sâu.";
        let late =
            "Theo thông tin từ cơ quan chức năng của thành phố cho biết vào lúc khoảng năm giờ \
            chiều hôm qua sau nhiều ngày nắng nóng kéo dài liên tục thì bầu trời bất ngờ chuyển \
            sang màu tối sầm lại rồi cơn mưa lớn ở Hà Nội đã làm 3 người bị thương.";
        let other = "Các trường học vẫn mở cửa đón học sinh như bình thường trong sáng nay.";
        let text = format!("{early} {late} {other}");
        let f = named(&text, Some(title));
        assert_eq!(f.len(), 3);
        let (e, l, o) = (&f[0], &f[1], &f[2]);
        // The whole sentences hold the title alike...
        assert!(
            e["title_syllables"] > 0.8 && l["title_syllables"] > 0.8,
            "{e:?} {l:?}"
        );
        // ...but only the first holds it in its lead.
        assert!(
            e["lead_title"] > 0.8 && l["lead_title"] < 0.2,
            "{e:?} {l:?}"
        );
        assert!(e["lead_title_syllables"] > l["lead_title_syllables"] + 0.5);
        assert!(e["lead_title_bigrams"] > l["lead_title_bigrams"] + 0.5);
        assert_eq!(e["title_after_lead"], 0.0);
        assert!(l["title_after_lead"] > 0.8);
        assert_eq!(e["lead_title_at"], 0.0);
        assert!(l["lead_title_at"] > 0.5);
        assert_eq!(o["lead_title_at"], 1.0);
        assert_eq!(o["lead_title"], 0.0);
        // The title's number: held by both sentences, in the lead only by the first.
        assert_eq!((e["title_numbers"], e["lead_title_numbers"]), (1.0, 1.0));
        assert_eq!((l["title_numbers"], l["lead_title_numbers"]), (1.0, 0.0));
        assert_eq!(o["title_numbers"], 0.0);
        // A title without a number.
        let f = named(&text, Some("Mưa lớn ở Hà Nội"));
        assert!(f
            .iter()
            .all(|c| c["title_numbers"] == -1.0 && c["lead_title_numbers"] == -1.0));
        // The lead's cosine with the text's centroid: the sentences that share terms with the
        // others are more central than the one that shares none.
        assert!(e["lead_centrality"] > o["lead_centrality"]);
    }
}
