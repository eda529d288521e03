//! Features of candidate units and the linear model that turns them into scores.
//!
//! Every feature is computed from one text alone, in time linear in its length: position
//! (in the text and in the paragraph), length, term weight (tf·idf with document frequencies
//! fitted on news), centrality (cosine similarity to the rest of the text), overlap with the
//! title, and the shapes that mark a sentence as a poor summary (questions, quotes, labels).

use crate::terms::{bigram, for_each_term, IdMap, IdSet, Syllable, TermId};
use crate::{idf, order};
use crate::{Document, Result, UnitKind};

/// Names of the features, in the order of [`features`]' vectors and of the model's weights.
pub const FEATURE_NAMES: [&str; 35] = [
    "bias",
    "first",
    "second",
    "third",
    "inv_pos",
    "rel_pos",
    "block_first",
    "log_len",
    "short",
    "long",
    "tfidf",
    "centrality",
    "title",
    "question",
    "quote",
    "label",
    "dash",
    "numbers",
    "caps",
    "colon_end",
    "pos_4_to_6",
    "log_pos",
    "len_10_20",
    "len_20_35",
    "len_35_50",
    "first_x_log_len",
    "sim_first",
    "title_x_inv_pos",
    "centrality_x_inv_pos",
    "first_x_log_n",
    "first_block",
    "log_block_pos",
    "title_syllables",
    "title_bigrams",
    "keyword_share",
];

const N: usize = FEATURE_NAMES.len();

// The weights of the linear models, fitted by scripts/fit_weights.py.
include!("data/weights.rs");

/// Candidate units with their scores and term vectors.
pub(crate) struct Scored {
    /// Unit indexes of the candidates, in the order of the text.
    pub units: Vec<usize>,
    /// Score of each candidate.
    pub scores: Vec<f64>,
    /// Each candidate's terms with their weights (idf), sorted by term id.
    pub vectors: Vec<Vec<(TermId, f32)>>,
    /// Norm of each vector.
    pub norms: Vec<f32>,
    /// The text's terms, the heaviest first.
    pub terms: Vec<Term>,
}

/// A term of the text.
#[derive(Clone, Copy)]
pub(crate) struct Term {
    pub id: TermId,
    /// (1 + ln count) · idf.
    pub weight: f32,
    /// Occurrences in the text (candidates and headings).
    pub count: u32,
    /// Unit and syllable index of the first occurrence.
    pub unit: usize,
    pub syllable: usize,
    /// Two syllables, not one.
    pub bigram: bool,
}

struct Analysis {
    x: Vec<[f64; N]>,
    /// The text has a title (given, or a heading before the first candidate).
    titled: bool,
    scored: Scored,
}

/// The feature vectors of the candidate units of `text` (for fitting the model).
pub fn features(text: &str, title: Option<&str>) -> Result<Vec<(usize, Vec<f64>)>> {
    let doc = Document::new(text)?;
    let cands = doc.candidates();
    let a = analyze(&doc, &cands, title);
    Ok(cands
        .into_iter()
        .zip(a.x)
        .map(|(u, x)| (u, x.to_vec()))
        .collect())
}

pub(crate) fn score(doc: &Document<'_>, cands: &[usize], title: Option<&str>) -> Scored {
    let Analysis {
        x,
        titled,
        mut scored,
    } = analyze(doc, cands, title);
    let weights = if titled {
        &WEIGHTS_TITLED
    } else {
        &WEIGHTS_UNTITLED
    };
    scored.scores = x
        .iter()
        .map(|f| f.iter().zip(weights.iter()).map(|(a, b)| a * b).sum())
        .collect();
    scored
}

fn term_vector(syls: &[Syllable]) -> Vec<(TermId, f32)> {
    let mut v: Vec<(TermId, f32)> = Vec::new();
    let mut push = |id, bigram: bool, i: usize| {
        let w = if bigram {
            0.5 * (idf::syllable(syls[i].id) + idf::syllable(syls[i + 1].id))
        } else {
            idf::syllable(id)
        };
        v.push((id, w));
    };
    for_each_term(syls, &mut push);
    // A term's weight depends on its id alone: sort by id, keep one of each.
    let mut keys: Vec<(u64, u64)> = v
        .iter()
        .map(|&(id, w)| (id, u64::from(w.to_bits())))
        .collect();
    order::sort_pairs(&mut keys);
    keys.dedup_by_key(|k| k.0);
    keys.into_iter()
        .map(|(id, w)| (id, f32::from_bits(w as u32)))
        .collect()
}

fn analyze(doc: &Document<'_>, cands: &[usize], title: Option<&str>) -> Analysis {
    let text = doc.text;
    let vectors: Vec<Vec<(TermId, f32)>> = cands
        .iter()
        .map(|&u| term_vector(doc.syllables_of(u)))
        .collect();

    // Document term frequencies over candidates and headings, first occurrences for keywords.
    let mut tf: IdMap<(f32, f32, usize, usize, bool)> = IdMap::default();
    for u in doc.units.iter().filter(|u| u.kind != UnitKind::Boilerplate) {
        let syls = doc.syllables_of(u.index);
        for_each_term(syls, |id, bigram, i| {
            let e = tf.entry(id).or_insert_with(|| {
                let w = if bigram {
                    0.5 * (idf::syllable(syls[i].id) + idf::syllable(syls[i + 1].id))
                } else {
                    idf::syllable(id)
                };
                (0.0, w, u.index, i, bigram)
            });
            e.0 += 1.0;
        });
    }
    let terms: Vec<Term> = tf
        .iter()
        .map(|(&id, &(n, w, unit, syllable, bigram))| Term {
            id,
            weight: (1.0 + n.ln()) * w,
            count: n as u32,
            unit,
            syllable,
            bigram,
        })
        .collect();
    // The heaviest first; ties by first occurrence (unit, syllable).
    let mut keys: Vec<(u64, u64)> = terms
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let heavy_first = u64::from(!order::f32_key(t.weight)) << 32 | t.unit as u64;
            (heavy_first, (t.syllable as u64) << 32 | i as u64)
        })
        .collect();
    order::sort_pairs(&mut keys);
    let terms: Vec<Term> = keys
        .iter()
        .map(|&(_, k)| terms[(k & 0xffff_ffff) as usize])
        .collect();

    // Centroid of the candidates: the sum of their vectors.
    let mut centroid: IdMap<f32> = IdMap::default();
    for v in &vectors {
        for &(id, w) in v {
            *centroid.entry(id).or_insert(0.0) += w;
        }
    }
    let centroid_sq: f32 = centroid.values().map(|w| w * w).sum();

    // The title: given, or the first heading before the first candidate.
    let first_cand_start = cands.first().map_or(0, |&u| doc.units[u].start);
    let title_syls: Vec<Syllable> = match title {
        Some(t) => crate::terms::syllables(t, 0, t.len()),
        None => doc
            .units
            .iter()
            .find(|u| u.kind == UnitKind::Heading && u.start < first_cand_start)
            .map(|u| doc.syllables_of(u.index).to_vec())
            .unwrap_or_default(),
    };
    let titled = !title_syls.is_empty();
    // Without a title, the first sentence stands in for it (the untitled model knows).
    let title_syls = if titled {
        title_syls
    } else {
        cands
            .first()
            .map(|&u| doc.syllables_of(u).to_vec())
            .unwrap_or_default()
    };
    let title_vec = term_vector(&title_syls);
    let (title_unis, title_bis) = raw_grams(&title_syls);
    // Which of the title's grams a candidate holds (reused for every candidate).
    let mut hit = vec![false; title_unis.len().max(title_bis.len())];
    let top_terms: IdSet = terms.iter().take(10).map(|t| t.id).collect();
    let title_mass: f32 = title_vec.iter().map(|t| t.1).sum();

    let n = cands.len();
    let mut x = Vec::with_capacity(n);
    let mut norms = Vec::with_capacity(n);
    let mut tfidf_raw = Vec::with_capacity(n);
    let mut prev_block = usize::MAX;
    let mut block_pos = 0usize;
    let first_block = cands.first().map_or(0, |&u| doc.units[u].paragraph);
    let first_norm = vectors
        .first()
        .map_or(0.0, |v| v.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt());
    for (pos, &u) in cands.iter().enumerate() {
        let unit = &doc.units[u];
        let syls = doc.syllables_of(u);
        let t = &text[unit.start..unit.end];
        let v = &vectors[pos];
        let len = syls.len() as f64;
        let sq: f32 = v.iter().map(|t| t.1 * t.1).sum();
        norms.push(sq.sqrt());
        let dot: f32 = v
            .iter()
            .map(|&(id, w)| w * centroid.get(&id).copied().unwrap_or(0.0))
            .sum();
        let rest_dot = dot - sq;
        let rest_sq = (centroid_sq - 2.0 * dot + sq).max(0.0);
        let centrality = if sq > 0.0 && rest_sq > 0.0 {
            rest_dot / (sq.sqrt() * rest_sq.sqrt())
        } else {
            0.0
        };
        let mass: f32 = v
            .iter()
            .map(|&(id, w)| w * (1.0 + tf.get(&id).map_or(0.0, |e| e.0).ln()))
            .sum();
        tfidf_raw.push(mass as f64 / (len + 8.0));
        let title_overlap = if title_mass > 0.0 {
            let mut s = 0f32;
            let (mut i, mut j) = (0, 0);
            while i < v.len() && j < title_vec.len() {
                match v[i].0.cmp(&title_vec[j].0) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        s += title_vec[j].1;
                        i += 1;
                        j += 1;
                    }
                }
            }
            s / title_mass
        } else {
            0.0
        };
        let block_first = unit.paragraph != prev_block;
        block_pos = if block_first { 0 } else { block_pos + 1 };
        prev_block = unit.paragraph;
        let sim_first = if pos == 0 {
            0.0
        } else {
            crate::select::cosine(v, sq.sqrt(), &vectors[0], first_norm)
        };
        let first_char = t.chars().next().unwrap_or(' ');
        let last = t
            .trim_end_matches(['"', '”', '’', ')', ']', '»', '\''])
            .chars()
            .next_back()
            .unwrap_or(' ');
        let quoted: usize = quoted_bytes(t);
        let label = syls
            .iter()
            .take(6)
            .any(|s| text[s.end..unit.end].starts_with(':'))
            && !t.ends_with(':');
        let numbers = syls.iter().filter(|s| !s.alphabetic).count().min(3) as f64 / 3.0;
        let caps = syls
            .iter()
            .filter(|s| {
                text[s.start..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
            .count() as f64
            / len.max(1.0);
        let mut f = [0f64; N];
        f[0] = 1.0;
        f[1] = f64::from(pos == 0);
        f[2] = f64::from(pos == 1);
        f[3] = f64::from(pos == 2);
        f[4] = 1.0 / (pos as f64 + 1.0);
        f[5] = if n > 1 {
            pos as f64 / (n - 1) as f64
        } else {
            0.0
        };
        f[6] = f64::from(block_first);
        f[7] = (1.0 + len).ln();
        f[8] = f64::from(len < 10.0);
        f[9] = f64::from(len > 60.0);
        f[11] = f64::from(centrality);
        f[12] = f64::from(title_overlap);
        f[13] = f64::from(last == '?');
        f[14] = quoted as f64 / t.len().max(1) as f64;
        f[15] = f64::from(label);
        f[16] = f64::from(matches!(first_char, '-' | '–' | '—' | '•' | '*'));
        f[17] = numbers;
        f[18] = caps;
        f[19] = f64::from(last == ':');
        f[20] = f64::from((3..6).contains(&pos));
        f[21] = (1.0 + pos as f64).ln();
        f[22] = f64::from((10.0..20.0).contains(&len));
        f[23] = f64::from((20.0..35.0).contains(&len));
        f[24] = f64::from((35.0..50.0).contains(&len));
        f[25] = f[1] * f[7];
        f[26] = f64::from(sim_first);
        f[27] = f[12] * f[4];
        f[28] = f[11] * f[4];
        f[29] = f[1] * (n as f64).ln();
        f[30] = f64::from(unit.paragraph == first_block);
        f[31] = (1.0 + block_pos as f64).ln();
        let unis = syls.iter().map(|s| s.id);
        let bis = syls
            .windows(2)
            .filter(|w| w[1].joined)
            .map(|w| bigram(w[0].id, w[1].id));
        f[32] = title_share(unis, &title_unis, &mut hit);
        f[33] = title_share(bis, &title_bis, &mut hit);
        f[34] = if top_terms.is_empty() {
            0.0
        } else {
            v.iter().filter(|t| top_terms.contains(&t.0)).count() as f64 / top_terms.len() as f64
        };
        x.push(f);
    }
    // tf·idf mass relative to the text's densest candidate.
    let max = tfidf_raw.iter().copied().fold(0f64, f64::max);
    for (f, r) in x.iter_mut().zip(&tfidf_raw) {
        f[10] = if max > 0.0 { r / max } else { 0.0 };
    }
    Analysis {
        x,
        titled,
        scored: Scored {
            units: cands.to_vec(),
            scores: Vec::new(),
            vectors,
            norms,
            terms,
        },
    }
}

/// All syllables and all bigrams of adjacent syllables in one phrase, stopwords included (as
/// ROUGE counts them).
/// Each as a sorted list without repeats.
fn raw_grams(syls: &[Syllable]) -> (Vec<u64>, Vec<u64>) {
    let unis = order::sorted_unique(syls.iter().map(|s| s.id));
    let bis = order::sorted_unique(
        syls.windows(2)
            .filter(|w| w[1].joined)
            .map(|w| bigram(w[0].id, w[1].id)),
    );
    (unis, bis)
}

/// The share of the title's grams (sorted, without repeats) that `grams` hold. `hit` is scratch
/// space at least as long as `title`.
fn title_share(grams: impl Iterator<Item = u64>, title: &[u64], hit: &mut [bool]) -> f64 {
    if title.is_empty() {
        return 0.0;
    }
    let hit = &mut hit[..title.len()];
    hit.fill(false);
    let mut n = 0usize;
    for g in grams {
        if let Ok(k) = title.binary_search(&g) {
            n += usize::from(!hit[k]);
            hit[k] = true;
        }
    }
    n as f64 / title.len() as f64
}

/// Bytes of `t` between opening and closing double quotes.
fn quoted_bytes(t: &str) -> usize {
    let mut inside = None;
    let mut total = 0;
    for (i, c) in t.char_indices() {
        match (c, inside) {
            ('“', _) | ('"', None) => inside = Some(i),
            ('”', Some(s)) | ('"', Some(s)) => {
                total += i - s;
                inside = None;
            }
            _ => {}
        }
    }
    if let Some(s) = inside {
        total += t.len() - s;
    }
    total
}
