//! Features of candidate units and the linear model that turns them into scores.
//!
//! Every feature is computed from one text alone, in time linear in its length: position
//! (in the text and in the paragraph), length, term weight (tf·idf with document frequencies
//! fitted on news), centrality (cosine similarity to the rest of the text), overlap with the
//! title, and the shapes that mark a sentence as a poor summary (questions, quotes, labels).

use crate::terms::{bigram, for_each_term, Numbering, Syllable, TermId};
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

/// How many of the text's heaviest terms are kept (for keywords and `keyword_share`).
pub(crate) const TOP_TERMS: usize = 200;

/// Candidate units with their scores and term vectors.
#[allow(dead_code)] // `terms` and `pairs` made the keywords before src/keywords.rs
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
    /// The text's heaviest terms, the heaviest first, at most [`TOP_TERMS`].
    pub terms: Vec<Term>,
    /// For each syllable number: the most frequent two-syllable term holding that syllable, as
    /// (occurrences, unit and syllable index of its first occurrence); 0 occurrences if none.
    pub pairs: Vec<(u32, usize, usize)>,
}

impl Scored {
    /// Candidate `c`'s distinct terms with their weights.
    pub fn vector(&self, c: usize) -> &[(u32, f32)] {
        let (a, b) = self.spans[c];
        &self.items[a..b]
    }
}

/// A term of the text.
#[derive(Clone, Copy)]
#[allow(dead_code)] // made the keywords before src/keywords.rs
pub(crate) struct Term {
    /// Its number (see [`Scored::ids`]).
    pub number: u32,
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

/// What the features need of each term number, in one place (one cache line per lookup).
#[derive(Clone, Copy, Default)]
struct TermStats {
    /// Sum of the term's weights over the candidates.
    centroid: f32,
    /// 1 + ln(occurrences).
    tf: f32,
    /// Its weight in the title, 0 if the title lacks it.
    title: f32,
    /// Its weight in the first candidate, 0 if that lacks it.
    first: f32,
    /// One of the ten heaviest terms.
    top: bool,
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

/// Distinct terms of `syls` with their weights (idf), as `(id, weight, two syllables)`, in
/// order of first occurrence.
fn term_vector(syls: &[Syllable]) -> Vec<(TermId, f32, bool)> {
    let mut seen = Numbering::default();
    let mut v = Vec::new();
    for_each_term(syls, |id, bigram, i| {
        if seen.number(id).1 {
            let w = if bigram {
                0.5 * (idf::syllable(syls[i].id) + idf::syllable(syls[i + 1].id))
            } else {
                idf::syllable(id)
            };
            v.push((id, w, bigram));
        }
    });
    v
}

/// Sort key of a term: the heaviest first, ties by first occurrence (unit, syllable), then
/// number.
fn term_key(weight: f32, unit: u32, syllable: u32, number: usize) -> (u64, u64) {
    let heavy_first = u64::from(!order::f32_key(weight)) << 32 | u64::from(unit);
    (heavy_first, u64::from(syllable) << 32 | number as u64)
}

fn analyze(doc: &Document<'_>, cands: &[usize], title: Option<&str>) -> Analysis {
    let text = doc.text;
    let vocab = &doc.vocab;
    let syllable_count = vocab.len();

    // Number the terms, count them over candidates and headings, note first occurrences, and
    // gather each candidate's distinct terms. Per term number:
    let mut ids: Vec<TermId> = vocab.ids.clone();
    let mut idfs: Vec<f32> = vocab.idf.clone();
    let mut count: Vec<u32> = vec![0; syllable_count];
    let mut first: Vec<(u32, u32)> = vec![(0, 0); syllable_count];
    // The last candidate (1-based) whose vector got the term.
    let mut stamp: Vec<u32> = vec![0; syllable_count];
    // The syllable numbers of each two-syllable term (number - syllable_count).
    let mut parts: Vec<(u32, u32)> = Vec::new();
    // Room for about as many two-syllable terms as there are syllables in the text.
    let room = doc.syllables.len() / 2 + 16;
    ids.reserve(room);
    idfs.reserve(room);
    count.reserve(room);
    first.reserve(room);
    stamp.reserve(room);
    parts.reserve(room);
    let mut bigrams = Numbering::with_capacity(room);
    let mut items: Vec<(u32, f32)> = Vec::with_capacity(doc.syllables.len());
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(cands.len());
    let mut next_cand = 0usize;
    for u in doc.units.iter().filter(|u| u.kind != UnitKind::Boilerplate) {
        let cand = cands.get(next_cand) == Some(&u.index);
        if cand {
            next_cand += 1;
        }
        let syls = doc.syllables_of(u.index);
        let a = items.len();
        for_each_term(syls, |id, bigram, i| {
            let n = if bigram {
                let (b, new) = bigrams.number(id);
                if new {
                    let (p, q) = (syls[i].sid, syls[i + 1].sid);
                    ids.push(id);
                    idfs.push(0.5 * (vocab.idf[p as usize] + vocab.idf[q as usize]));
                    count.push(0);
                    first.push((0, 0));
                    stamp.push(0);
                    parts.push((p, q));
                }
                (syllable_count + b as usize) as u32
            } else {
                syls[i].sid
            };
            let k = n as usize;
            if count[k] == 0 {
                first[k] = (u.index as u32, i as u32);
            }
            count[k] += 1;
            if cand && stamp[k] != next_cand as u32 {
                stamp[k] = next_cand as u32;
                items.push((n, idfs[k]));
            }
        });
        if cand {
            spans.push((a, items.len()));
        }
    }
    drop(stamp);
    let term_count = ids.len();

    // 1 + ln(count), from a table for the usual small counts.
    let small: Vec<f32> = (0..64u32).map(|c| 1.0 + (c as f32).ln()).collect();
    let tf = |c: u32| {
        small
            .get(c as usize)
            .copied()
            .unwrap_or_else(|| 1.0 + (c as f32).ln())
    };
    let mut stats: Vec<TermStats> = count
        .iter()
        .map(|&c| TermStats {
            tf: tf(c),
            ..TermStats::default()
        })
        .collect();
    let key = |k: usize| {
        let (unit, syllable) = first[k];
        term_key(tf(count[k]) * idfs[k], unit, syllable, k)
    };

    // The heaviest terms: the TOP_TERMS smallest keys. Candidates gather in a buffer that is
    // cut back to the best TOP_TERMS whenever it holds twice as many (the library's one sort);
    // after a cut, a key no better than the worst kept cannot get in.
    let mut best: Vec<(u64, u64)> = Vec::with_capacity(2 * TOP_TERMS);
    let mut bar = (u64::MAX, u64::MAX);
    for k in (0..term_count).filter(|&k| count[k] > 0) {
        let key = key(k);
        if key < bar {
            best.push(key);
            if best.len() == 2 * TOP_TERMS {
                order::sort_pairs(&mut best);
                best.truncate(TOP_TERMS);
                bar = best[TOP_TERMS - 1];
            }
        }
    }
    order::sort_pairs(&mut best);
    best.truncate(TOP_TERMS);
    let terms: Vec<Term> = best
        .into_iter()
        .map(|(_, low)| {
            let k = (low & 0xffff_ffff) as usize;
            Term {
                number: k as u32,
                weight: tf(count[k]) * idfs[k],
                count: count[k],
                unit: first[k].0 as usize,
                syllable: first[k].1 as usize,
                bigram: k >= syllable_count,
            }
        })
        .collect();
    for t in terms.iter().take(10) {
        stats[t.number as usize].top = true;
    }

    // For each syllable, its most frequent two-syllable term (ties: the heavier, as sorted).
    let mut pairs: Vec<(u32, usize, usize)> = vec![(0, 0, 0); syllable_count];
    let mut pair_keys: Vec<(u64, u64)> = vec![(0, 0); syllable_count];
    for (b, &(p, q)) in parts.iter().enumerate() {
        let k = syllable_count + b;
        let c = count[k];
        let key = key(k);
        for s in [p as usize, q as usize] {
            if c > pairs[s].0 || (c == pairs[s].0 && key < pair_keys[s]) {
                pairs[s] = (c, first[k].0 as usize, first[k].1 as usize);
                pair_keys[s] = key;
            }
        }
    }
    drop(pair_keys);

    // Centroid of the candidates: the sum of their vectors.
    for &(n, w) in &items {
        stats[n as usize].centroid += w;
    }
    let centroid_sq: f32 = stats.iter().map(|s| s.centroid * s.centroid).sum();

    // The title: given, or the first heading before the first candidate.
    let first_cand_start = cands.first().map_or(0, |&u| doc.units[u].start);
    let given: Vec<Syllable>;
    let mut title_syls: &[Syllable] = match title {
        Some(t) => {
            given = crate::terms::syllables(t, 0, t.len());
            &given
        }
        None => doc
            .units
            .iter()
            .find(|u| u.kind == UnitKind::Heading && u.start < first_cand_start)
            .map_or(&[], |u| doc.syllables_of(u.index)),
    };
    let titled = !title_syls.is_empty();
    // Without a title, the first sentence stands in for it (the untitled model knows).
    if !titled {
        title_syls = cands.first().map_or(&[], |&u| doc.syllables_of(u));
    }
    let mut title_mass = 0f32;
    for (id, w, bigram) in term_vector(title_syls) {
        title_mass += w;
        let number = if bigram {
            bigrams
                .get(id)
                .map(|b| (syllable_count + b as usize) as u32)
        } else {
            vocab.get(id)
        };
        if let Some(n) = number {
            stats[n as usize].title = w;
        }
    }
    // The title's syllables and bigrams, stopwords included (as ROUGE counts them), and where
    // each syllable number of the text stands among the title's syllables.
    let (title_unis, title_bis) = raw_grams(title_syls);
    let mut in_title: Vec<u32> = vec![u32::MAX; syllable_count];
    for (k, &id) in title_unis.iter().enumerate() {
        if let Some(s) = vocab.get(id) {
            in_title[s as usize] = k as u32;
        }
    }
    // Which of the title's grams a candidate holds (reused for every candidate).
    let mut hit = vec![false; title_unis.len().max(title_bis.len())];

    let n = cands.len();
    let vector = |c: usize| &items[spans[c].0..spans[c].1];
    if n > 0 {
        for &(m, w) in vector(0) {
            stats[m as usize].first = w;
        }
    }
    let first_norm = if n > 0 {
        vector(0).iter().map(|t| t.1 * t.1).sum::<f32>().sqrt()
    } else {
        0.0
    };
    let mut x = Vec::with_capacity(n);
    let mut norms = Vec::with_capacity(n);
    let mut tfidf_raw = Vec::with_capacity(n);
    let mut prev_block = usize::MAX;
    let mut block_pos = 0usize;
    let first_block = cands.first().map_or(0, |&u| doc.units[u].paragraph);
    for (pos, &u) in cands.iter().enumerate() {
        let unit = &doc.units[u];
        let syls = doc.syllables_of(u);
        let t = &text[unit.start..unit.end];
        let v = vector(pos);
        let len = syls.len() as f64;
        let (mut sq, mut dot, mut mass, mut overlap, mut with_first, mut top) =
            (0f32, 0f32, 0f32, 0f32, 0f32, 0usize);
        for &(m, w) in v {
            let s = &stats[m as usize];
            sq += w * w;
            dot += w * s.centroid;
            mass += w * s.tf;
            overlap += s.title;
            with_first += w * s.first;
            top += usize::from(s.top);
        }
        let norm = sq.sqrt();
        norms.push(norm);
        let rest_dot = dot - sq;
        let rest_sq = (centroid_sq - 2.0 * dot + sq).max(0.0);
        let centrality = if sq > 0.0 && rest_sq > 0.0 {
            rest_dot / (norm * rest_sq.sqrt())
        } else {
            0.0
        };
        tfidf_raw.push(mass as f64 / (len + 8.0));
        let title_overlap = if title_mass > 0.0 {
            overlap / title_mass
        } else {
            0.0
        };
        let block_first = unit.paragraph != prev_block;
        block_pos = if block_first { 0 } else { block_pos + 1 };
        prev_block = unit.paragraph;
        let sim_first = if pos == 0 || norm == 0.0 || first_norm == 0.0 {
            0.0
        } else {
            with_first / (norm * first_norm)
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
        let caps = syls.iter().filter(|s| s.upper).count() as f64 / len.max(1.0);
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
        let at = |s: &Syllable| in_title[s.sid as usize];
        let unis = syls.iter().map(at).filter(|&k| k != u32::MAX);
        f[32] = title_share(unis.map(|k| k as usize), title_unis.len(), &mut hit);
        // A bigram of the title has both its syllables in the title.
        let bis = syls
            .windows(2)
            .filter(|w| w[1].joined && at(&w[0]) != u32::MAX && at(&w[1]) != u32::MAX)
            .filter_map(|w| title_bis.binary_search(&bigram(w[0].id, w[1].id)).ok());
        f[33] = title_share(bis, title_bis.len(), &mut hit);
        let top_count = terms.len().min(10);
        f[34] = if top_count == 0 {
            0.0
        } else {
            top as f64 / top_count as f64
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
            ids,
            items,
            spans,
            norms,
            terms,
            pairs,
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

/// The share of the title's `title_len` grams that a candidate holds, given the positions in
/// the title of the candidate's grams found there. `hit` is scratch space at least as long as
/// the title.
fn title_share(found: impl Iterator<Item = usize>, title_len: usize, hit: &mut [bool]) -> f64 {
    if title_len == 0 {
        return 0.0;
    }
    let hit = &mut hit[..title_len];
    hit.fill(false);
    let mut n = 0usize;
    for k in found {
        n += usize::from(!hit[k]);
        hit[k] = true;
    }
    n as f64 / title_len as f64
}

/// Bytes of `t` between opening and closing double quotes.
fn quoted_bytes(t: &str) -> usize {
    // '"' is one byte; '“' and '”' are E2 80 9C and E2 80 9D.
    let b = t.as_bytes();
    let mut inside = None;
    let mut total = 0;
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(|&c| c == b'"' || c == 0xE2) {
        i += k;
        let curly = match b.get(i..i + 3) {
            Some([0xE2, 0x80, 0x9C]) => Some(true),
            Some([0xE2, 0x80, 0x9D]) => Some(false),
            _ => None,
        };
        match (b[i], curly, inside) {
            (_, Some(true), _) | (b'"', _, None) => inside = Some(i),
            (_, Some(false), Some(s)) | (b'"', _, Some(s)) => {
                total += i - s;
                inside = None;
            }
            _ => {}
        }
        i += 1;
    }
    if let Some(s) = inside {
        total += t.len() - s;
    }
    total
}
