//! Scoring candidates, as a pipeline:
//!
//! 1. [`TermTable::count`]: number the text's terms (content syllables and two-syllable terms),
//!    count them, and gather each candidate's distinct terms;
//! 2. [`TermTable::heaviest`]: the text's ten heaviest terms (`keyword_share`);
//! 3. [`Title`]: the title's terms (given, a heading at the top, or else the first sentence);
//! 4. the features of each candidate, in named groups ([`position`], [`length`], [`content`],
//!    [`title`], [`shape`], [`interactions`]), every one computed from the text alone in time
//!    linear in its length;
//! 5. the model ([`crate::model`]), fitted on news, turns each feature vector into a score.

use crate::terms::{bigram, for_each_term, Numbering, Syllable, TermId};
#[cfg(any(test, feature = "lab"))]
use crate::Result;
use crate::{model, order};
use crate::{Document, Unit, UnitKind};

/// Names of the features, in the order of [`features`]' vectors and of the model's inputs.
pub const FEATURE_NAMES: [&str; 43] = [
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
    "lead_title",
    "lead_title_bigrams",
    "lead_title_at",
    "title_after_lead",
    "lead_centrality",
    "lead_title_syllables",
    "title_numbers",
    "lead_title_numbers",
];

pub(crate) const N: usize = FEATURE_NAMES.len();
type Features = [f64; N];

/// How many of the text's heaviest terms `keyword_share` counts.
const TOP_TERMS: usize = 10;

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
    /// Each candidate's unit index and feature vector (laid out as [`FEATURE_NAMES`]).
    pub rows: Vec<(usize, Vec<f64>)>,
}

/// The feature vectors of the candidate units of `text` (for fitting the model).
#[cfg(any(test, feature = "lab"))]
pub(crate) fn features(text: &str, title: Option<&str>) -> Result<FeatureRows> {
    let doc = Document::new(text)?;
    let cands = doc.candidates()?;
    let mut x = Vec::with_capacity(cands.len());
    let a = analyze(&doc, &cands, title, |input| x.push(input[..N].to_vec()));
    Ok(FeatureRows {
        titled: a.titled,
        rows: cands.into_iter().zip(x).collect(),
    })
}

/// The candidates' scores, with what selection and keywords need of the analysis.
pub(crate) fn score(doc: &Document<'_>, cands: &[usize], title: Option<&str>) -> Scored {
    let mut scores = Vec::with_capacity(cands.len());
    let mut scored = analyze(doc, cands, title, |input| scores.push(model::score(input))).scored;
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
/// the model's inputs (with whether the text has a title); they are not kept (on 10 MB of news
/// they took 20 MB).
fn analyze(
    doc: &Document<'_>,
    cands: &[usize],
    title: Option<&str>,
    mut sink: impl FnMut(&model::Inputs),
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
        .map(|pos| tfidf_raw(pos, content_mass(table.vector(pos), &ctx)))
        .fold(0f64, f64::max);
    let mut marks = Marks {
        terms: vec![0; table.syllable_count],
        title: vec![0; title.unis.len()],
        hit: vec![false; title.unis.len().max(title.bis.len())],
    };
    let mut blocks = Blocks::new(doc, cands);
    // One array for all the candidates: every feature is set for each.
    let mut input: model::Inputs = [0.0; 64];
    input[model::TITLED] = f64::from(u8::from(title.given));
    for (pos, &u) in cands.iter().enumerate() {
        let unit = &doc.units[u];
        let syls = doc.syllables_of(u);
        let f: &mut Features = input.first_chunk_mut().expect("N < 64");
        f[0] = 1.0;
        position(f, pos, n, blocks.next(unit));
        length(f, syls.len());
        let c = content(f, table.vector(pos), &ctx, pos);
        norms.push(c.norm);
        f[10] = if max > 0.0 {
            tfidf_raw(pos, c.mass) / max
        } else {
            0.0
        };
        self::title(f, syls, &title, c.title_overlap, &mut marks.hit);
        lead(f, syls, &ctx, &title, &mut marks, pos);
        shape(f, doc.text, unit, syls);
        interactions(f, n);
        sink(&input);
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

// ---------------------------------------------------------------------------------------------
// 1–2. The text's terms.

/// The terms of a text, numbered: a content syllable's number is its syllable number, the
/// two-syllable terms come after. Per number: id, idf, occurrences, first occurrence.
struct TermTable {
    syllable_count: usize,
    ids: Vec<TermId>,
    idfs: Vec<f32>,
    count: Vec<u32>,
    /// Unit and syllable index of the first occurrence.
    first: Vec<(u32, u32)>,
    bigrams: Numbering,
    /// Each candidate's distinct terms with their weights: `items[spans[c].0..spans[c].1]`.
    items: Vec<(u32, f32)>,
    spans: Vec<(usize, usize)>,
}

impl TermTable {
    /// Numbers and counts the terms of the candidates and headings.
    fn count(doc: &Document<'_>, cands: &[usize]) -> TermTable {
        let vocab = &doc.vocab;
        let syllable_count = vocab.len();
        // Room for the two-syllable terms of a long article up front; a longer text grows the
        // tables as its terms come (news has about 15 times fewer distinct terms than syllables,
        // so reserving for half the syllables cost 10 MB of news 25 MB at peak).
        let room = (doc.syllables.len() / 2 + 16).min(1 << 14);
        // The syllables' entries, with room for the two-syllable terms after them from the
        // start (made, then grown, each was copied once more).
        fn with_room<T: Clone>(head: &[T], room: usize) -> Vec<T> {
            let mut v = Vec::with_capacity(head.len() + room);
            v.extend_from_slice(head);
            v
        }
        fn zeros<T: Clone>(zero: T, n: usize, room: usize) -> Vec<T> {
            let mut v = Vec::with_capacity(n + room);
            v.resize(n, zero);
            v
        }
        let mut t = TermTable {
            syllable_count,
            ids: with_room(&vocab.ids, room),
            idfs: with_room(&vocab.idf, room),
            count: zeros(0, syllable_count, room),
            first: zeros((0, 0), syllable_count, room),
            bigrams: Numbering::with_capacity(room),
            items: Vec::with_capacity(doc.syllables.len()),
            spans: Vec::with_capacity(cands.len()),
        };
        // The last candidate (1-based) whose vector got the term.
        let mut stamp: Vec<u32> = zeros(0, syllable_count, room);
        let mut next_cand = 0usize;
        for u in doc.units.iter().filter(|u| u.kind != UnitKind::Boilerplate) {
            let cand = cands.get(next_cand) == Some(&u.index);
            if cand {
                next_cand += 1;
            }
            let syls = doc.syllables_of(u.index);
            let a = t.items.len();
            for_each_term(syls, |id, bigram, i| {
                let k = if bigram {
                    t.two_syllable(id, syls[i].sid, syls[i + 1].sid, vocab, &mut stamp)
                } else {
                    syls[i].sid as usize
                };
                if t.count[k] == 0 {
                    t.first[k] = (u.index as u32, i as u32);
                }
                t.count[k] += 1;
                if cand && stamp[k] != next_cand as u32 {
                    stamp[k] = next_cand as u32;
                    t.items.push((k as u32, t.idfs[k]));
                }
            });
            if cand {
                t.spans.push((a, t.items.len()));
            }
        }
        t
    }

    /// The number of a two-syllable term, numbering it if new.
    fn two_syllable(
        &mut self,
        id: TermId,
        p: u32,
        q: u32,
        vocab: &crate::terms::Vocab,
        stamp: &mut Vec<u32>,
    ) -> usize {
        let (b, new) = self.bigrams.number(id);
        if new {
            self.ids.push(id);
            self.idfs
                .push(0.5 * (vocab.idf[p as usize] + vocab.idf[q as usize]));
            self.count.push(0);
            self.first.push((0, 0));
            stamp.push(0);
        }
        self.syllable_count + b as usize
    }

    /// The number of a term of the text, if it has it.
    fn number(&self, id: TermId, bigram: bool, vocab: &crate::terms::Vocab) -> Option<usize> {
        if bigram {
            self.bigrams
                .get(id)
                .map(|b| self.syllable_count + b as usize)
        } else {
            vocab.get(id).map(|s| s as usize)
        }
    }

    /// Candidate `c`'s distinct terms with their weights.
    fn vector(&self, c: usize) -> &[(u32, f32)] {
        let (a, b) = self.spans[c];
        &self.items[a..b]
    }

    /// 1 + ln(count).
    fn tf(&self, k: usize) -> f32 {
        crate::terms::log_tf(self.count[k])
    }

    /// Sort key of a term: the heaviest first, ties by first occurrence (unit, syllable), then
    /// number.
    fn key(&self, k: usize) -> (u64, u64) {
        let weight = self.tf(k) * self.idfs[k];
        let (unit, syllable) = self.first[k];
        let heavy_first = u64::from(!order::f32_key(weight)) << 32 | u64::from(unit);
        (heavy_first, u64::from(syllable) << 32 | k as u64)
    }

    /// The heaviest terms, at most [`TOP_TERMS`], the heaviest first. Candidates gather in a
    /// buffer that is cut back to the best [`TOP_TERMS`] whenever it holds twice as many (the
    /// library's one sort); after a cut, a key no better than the worst kept cannot get in.
    fn heaviest(&self) -> Vec<u32> {
        let mut best: Vec<(u64, u64)> = Vec::with_capacity(2 * TOP_TERMS);
        let mut bar = (u64::MAX, u64::MAX);
        for k in (0..self.ids.len()).filter(|&k| self.count[k] > 0) {
            let key = self.key(k);
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
        best.into_iter()
            .map(|(_, low)| (low & 0xffff_ffff) as u32)
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// 3. The title.

/// The title's terms and grams, as the features need them.
struct Title {
    /// A title was given or found at the top; otherwise the first sentence stands in for it.
    given: bool,
    /// The title's terms (numbers of the text's terms) with their weights, and their sum.
    terms: Vec<(usize, f32)>,
    mass: f32,
    /// The weight of the title's one-syllable terms.
    syllable_mass: f32,
    /// The title's syllables and bigrams, stopwords included (as ROUGE counts them), sorted.
    unis: Vec<u64>,
    bis: Vec<u64>,
    /// Which of `unis` have no letter (numbers), and how many.
    numbers: Vec<bool>,
    number_count: usize,
    /// Where each syllable number of the text stands among `unis` (`u32::MAX`: not there).
    in_title: Vec<u32>,
}

impl Title {
    fn new(doc: &Document<'_>, cands: &[usize], title: Option<&str>, table: &TermTable) -> Title {
        // Given, or the first heading before the first candidate.
        let first_cand_start = cands.first().map_or(0, |&u| doc.units[u].start);
        let given_syls: Vec<Syllable>;
        let mut syls: &[Syllable] = match title {
            Some(t) => {
                given_syls = crate::terms::syllables(t, 0, t.len());
                &given_syls
            }
            None => doc
                .units
                .iter()
                .find(|u| u.kind == UnitKind::Heading && u.start < first_cand_start)
                .map_or(&[], |u| doc.syllables_of(u.index)),
        };
        let given = !syls.is_empty();
        // Without a title, the first sentence stands in for it (the untitled model knows).
        if !given {
            syls = cands.first().map_or(&[], |&u| doc.syllables_of(u));
        }
        let mut terms = Vec::new();
        let (mut mass, mut syllable_mass) = (0f32, 0f32);
        for (id, w, bigram) in term_vector(syls) {
            mass += w;
            if !bigram {
                syllable_mass += w;
            }
            if let Some(k) = table.number(id, bigram, &doc.vocab) {
                terms.push((k, w));
            }
        }
        let (unis, bis) = raw_grams(syls);
        // The title's numbers (and other syllables without a letter): "3 người", "22/6".
        let mut numbers: Vec<bool> = vec![false; unis.len()];
        for s in syls.iter().filter(|s| !s.alphabetic) {
            if let Ok(k) = unis.binary_search(&s.id) {
                numbers[k] = true;
            }
        }
        let mut in_title: Vec<u32> = vec![u32::MAX; table.syllable_count];
        for (k, &id) in unis.iter().enumerate() {
            if let Some(s) = doc.vocab.get(id) {
                in_title[s as usize] = k as u32;
            }
        }
        Title {
            given,
            terms,
            mass,
            syllable_mass,
            number_count: numbers.iter().filter(|&&n| n).count(),
            numbers,
            unis,
            bis,
            in_title,
        }
    }
}

/// Distinct terms of `syls` with their weights (idf), as `(id, weight, two syllables)`, in
/// order of first occurrence.
fn term_vector(syls: &[Syllable]) -> Vec<(TermId, f32, bool)> {
    let mut seen = Numbering::default();
    let mut v = Vec::new();
    for_each_term(syls, |id, bigram, i| {
        if seen.number(id).1 {
            let w = if bigram {
                0.5 * (crate::terms::idf_of(syls[i].id) + crate::terms::idf_of(syls[i + 1].id))
            } else {
                crate::terms::idf_of(id)
            };
            v.push((id, w, bigram));
        }
    });
    v
}

/// All syllables and all bigrams of adjacent syllables in one phrase, stopwords included (as
/// ROUGE counts them). Each as a sorted list without repeats.
fn raw_grams(syls: &[Syllable]) -> (Vec<u64>, Vec<u64>) {
    let unis = order::sorted_unique(syls.iter().map(|s| s.id));
    let bis = order::sorted_unique(
        syls.windows(2)
            .filter(|w| w[1].joined)
            .map(|w| bigram(w[0].id, w[1].id)),
    );
    (unis, bis)
}

// ---------------------------------------------------------------------------------------------
// 4. Features.

/// What the content features need of each term number, in one place (one cache line per
/// lookup).
#[derive(Clone, Copy, Default)]
struct TermStats {
    /// Sum of the term's weights over the candidates.
    centroid: f32,
    /// 1 + ln(occurrences).
    tf: f32,
    /// Its weight (idf).
    idf: f32,
    /// Its weight in the title, 0 if the title lacks it.
    title: f32,
    /// Its weight in the first candidate, 0 if that lacks it.
    first: f32,
    /// One of the ten heaviest terms.
    top: bool,
}

/// The text-wide quantities the content features compare a candidate with.
struct Context {
    stats: Vec<TermStats>,
    /// Squared norm of the centroid of the candidates, and of its one-syllable terms.
    centroid_sq: f32,
    syllable_centroid_sq: f32,
    /// Norm of the first candidate's vector.
    first_norm: f32,
    /// Weight of the title's terms, and of its one-syllable terms.
    title_mass: f32,
    title_syllable_mass: f32,
    /// How many top terms `keyword_share` counts (at most 10).
    top_count: usize,
}

impl Context {
    fn new(table: &TermTable, terms: &[u32], title: &Title, n: usize) -> Context {
        let mut stats: Vec<TermStats> = (0..table.ids.len())
            .map(|k| TermStats {
                tf: table.tf(k),
                idf: table.idfs[k],
                ..TermStats::default()
            })
            .collect();
        for &t in terms {
            stats[t as usize].top = true;
        }
        for &(k, w) in &table.items {
            stats[k as usize].centroid += w;
        }
        for &(k, w) in &title.terms {
            stats[k].title = w;
        }
        let mut first_norm = 0.0;
        if n > 0 {
            for &(k, w) in table.vector(0) {
                stats[k as usize].first = w;
            }
            first_norm = table
                .vector(0)
                .iter()
                .map(|t| t.1 * t.1)
                .sum::<f32>()
                .sqrt();
        }
        let squares = |s: &[TermStats]| s.iter().map(|s| s.centroid * s.centroid).sum();
        let centroid_sq = squares(&stats);
        let syllable_centroid_sq = squares(&stats[..table.syllable_count]);
        Context {
            stats,
            centroid_sq,
            syllable_centroid_sq,
            first_norm,
            title_mass: title.mass,
            title_syllable_mass: title.syllable_mass,
            top_count: terms.len(),
        }
    }
}

/// Paragraph bookkeeping while walking the candidates in order.
struct Blocks {
    prev: usize,
    pos: usize,
    first: usize,
}

/// Where a candidate stands among the paragraphs.
struct BlockPlace {
    /// The first candidate of its paragraph.
    first_in_block: bool,
    /// Its position in its paragraph, from 0.
    pos_in_block: usize,
    /// In the paragraph of the first candidate.
    in_first_block: bool,
}

impl Blocks {
    fn new(doc: &Document<'_>, cands: &[usize]) -> Blocks {
        Blocks {
            prev: usize::MAX,
            pos: 0,
            first: cands.first().map_or(0, |&u| doc.units[u].paragraph),
        }
    }

    fn next(&mut self, unit: &Unit) -> BlockPlace {
        let first_in_block = unit.paragraph != self.prev;
        self.pos = if first_in_block { 0 } else { self.pos + 1 };
        self.prev = unit.paragraph;
        BlockPlace {
            first_in_block,
            pos_in_block: self.pos,
            in_first_block: unit.paragraph == self.first,
        }
    }
}

/// Position in the text and in the paragraph.
fn position(f: &mut Features, pos: usize, n: usize, block: BlockPlace) {
    f[1] = f64::from(pos == 0);
    f[2] = f64::from(pos == 1);
    f[3] = f64::from(pos == 2);
    f[4] = 1.0 / (pos as f64 + 1.0);
    f[5] = if n > 1 {
        pos as f64 / (n - 1) as f64
    } else {
        0.0
    };
    f[6] = f64::from(block.first_in_block);
    f[20] = f64::from((3..6).contains(&pos));
    f[21] = (1.0 + pos as f64).ln();
    f[30] = f64::from(block.in_first_block);
    f[31] = (1.0 + block.pos_in_block as f64).ln();
}

/// Length in syllables.
fn length(f: &mut Features, len: usize) {
    let len = len as f64;
    f[7] = (1.0 + len).ln();
    f[8] = f64::from(len < 10.0);
    f[9] = f64::from(len > 60.0);
    f[22] = f64::from((10.0..20.0).contains(&len));
    f[23] = f64::from((20.0..35.0).contains(&len));
    f[24] = f64::from((35.0..50.0).contains(&len));
}

/// What the content features leave for later steps.
struct Content {
    norm: f32,
    /// Sum of the candidate's term weights times their tf (the tf·idf mass).
    mass: f32,
    /// Share of the title's term weight the candidate holds.
    title_overlap: f32,
}

/// The tf·idf mass of a candidate's vector, as [`content`] sums it.
fn content_mass(v: &[(u32, f32)], ctx: &Context) -> f32 {
    let mut mass = 0f32;
    for &(m, w) in v {
        mass += w * ctx.stats[m as usize].tf;
    }
    mass
}

/// Centrality, similarity to the first sentence, share of the top terms (`tfidf` is set by the
/// caller, relative to the densest candidate).
fn content(f: &mut Features, v: &[(u32, f32)], ctx: &Context, pos: usize) -> Content {
    let (mut sq, mut dot, mut mass, mut overlap, mut with_first, mut top) =
        (0f32, 0f32, 0f32, 0f32, 0f32, 0usize);
    for &(m, w) in v {
        let s = &ctx.stats[m as usize];
        sq += w * w;
        dot += w * s.centroid;
        mass += w * s.tf;
        overlap += s.title;
        with_first += w * s.first;
        top += usize::from(s.top);
    }
    let norm = sq.sqrt();
    // Cosine similarity with the centroid of the other candidates.
    let rest_dot = dot - sq;
    let rest_sq = (ctx.centroid_sq - 2.0 * dot + sq).max(0.0);
    let centrality = if sq > 0.0 && rest_sq > 0.0 {
        rest_dot / (norm * rest_sq.sqrt())
    } else {
        0.0
    };
    let sim_first = if pos == 0 || norm == 0.0 || ctx.first_norm == 0.0 {
        0.0
    } else {
        with_first / (norm * ctx.first_norm)
    };
    f[11] = f64::from(centrality);
    f[26] = f64::from(sim_first);
    f[34] = if ctx.top_count == 0 {
        0.0
    } else {
        top as f64 / ctx.top_count as f64
    };
    let title_overlap = if ctx.title_mass > 0.0 {
        overlap / ctx.title_mass
    } else {
        0.0
    };
    Content {
        norm,
        mass,
        title_overlap,
    }
}

/// Overlap with the title: its term weight, and the share of its syllables and bigrams (and of
/// its bigrams in the sentence's lead, a feature of [`lead`]).
fn title(f: &mut Features, syls: &[Syllable], t: &Title, overlap: f32, hit: &mut [bool]) {
    f[12] = f64::from(overlap);
    let at = |s: &Syllable| t.in_title[s.sid as usize];
    let unis = syls.iter().map(at).filter(|&k| k != u32::MAX);
    f[32] = title_shares(unis.map(|k| (k as usize, false)), t.unis.len(), hit).0;
    (f[33], f[36]) = title_bigram_shares(syls, t, hit);
}

/// The share of the title's bigrams (stopwords included) that `syls` hold, and that their
/// first [`LEAD`] syllables hold: one pass, the lead's bigrams being the first ones met (two
/// passes were 1 % of a call on 10 KB).
fn title_bigram_shares(syls: &[Syllable], t: &Title, hit: &mut [bool]) -> (f64, f64) {
    let at = |s: &Syllable| t.in_title[s.sid as usize];
    let bis = syls
        .windows(2)
        .enumerate()
        // A bigram of the title has both its syllables in the title.
        .filter(|(_, w)| w[1].joined && at(&w[0]) != u32::MAX && at(&w[1]) != u32::MAX)
        .filter_map(|(i, w)| {
            let k = t.bis.binary_search(&bigram(w[0].id, w[1].id)).ok()?;
            // In the lead when the window's second syllable is.
            Some((k, i + 2 <= LEAD))
        });
    title_shares(bis, t.bis.len(), hit)
}

/// How many syllables a sentence's lead is: about what a reader takes in first, and what the
/// length-fair evaluation keeps of a sentence (the newsroom's abstracts are about 35).
const LEAD: usize = 35;

/// The lead of the sentence (its first [`LEAD`] syllables) against the title and the text: the
/// share of the title's syllable weight it holds (`lead_title`), of the title's bigrams (made by
/// [`title`], in the same pass as the whole sentence's) and of all its syllables, stopwords and
/// numbers included (as ROUGE counts them); how far into it
/// the first title syllable comes (1 if none); the share of the title's weight that only the
/// rest of the sentence holds; its cosine with the centroid of the candidates (one-syllable
/// terms); and the share of the title's numbers the sentence and its lead hold (-1 when the
/// title has none). A sentence that opens on its point beats one that gets there late.
/// `marks` is scratch space: `terms` by syllable number, `title` by place in the title;
/// `2 pos + 1` means seen in the lead of candidate `pos`, `2 pos + 2` after it.
fn lead(
    f: &mut Features,
    syls: &[Syllable],
    ctx: &Context,
    t: &Title,
    marks: &mut Marks,
    pos: usize,
) {
    let (in_head, in_rest) = (2 * pos as u32 + 1, 2 * pos as u32 + 2);
    let (mut held, mut later, mut at, mut sq, mut dot) = (0f32, 0f32, LEAD, 0f32, 0f32);
    let (mut head_unis, mut head_numbers, mut numbers) = (0usize, 0usize, 0usize);
    for (i, s) in syls.iter().enumerate() {
        let stamp = if i < LEAD { in_head } else { in_rest };
        let k = t.in_title[s.sid as usize];
        if k != u32::MAX {
            let mark = &mut marks.title[k as usize];
            if *mark != in_head && *mark != in_rest {
                *mark = stamp;
                let number = usize::from(t.numbers[k as usize]);
                numbers += number;
                if i < LEAD {
                    head_unis += 1;
                    head_numbers += number;
                }
            }
        }
        let k = s.sid as usize;
        let mark = &mut marks.terms[k];
        if s.stop || !s.alphabetic || *mark == in_head || *mark == in_rest {
            continue;
        }
        *mark = stamp;
        let st = &ctx.stats[k];
        if i < LEAD {
            if st.title > 0.0 {
                held += st.title;
                at = at.min(i);
            }
            sq += st.idf * st.idf;
            dot += st.idf * st.centroid;
        } else {
            later += st.title;
        }
    }
    let share = |w: f32| {
        if ctx.title_syllable_mass > 0.0 {
            f64::from(w / ctx.title_syllable_mass)
        } else {
            0.0
        }
    };
    f[35] = share(held);
    f[37] = at as f64 / LEAD as f64;
    f[38] = share(later);
    f[39] = if sq > 0.0 && ctx.syllable_centroid_sq > 0.0 {
        f64::from(dot / (sq.sqrt() * ctx.syllable_centroid_sq.sqrt()))
    } else {
        0.0
    };
    let of = |n: usize, total: usize| {
        if total == 0 {
            0.0
        } else {
            n as f64 / total as f64
        }
    };
    f[40] = of(head_unis, t.unis.len());
    let number_share = |n| {
        if t.number_count == 0 {
            -1.0
        } else {
            of(n, t.number_count)
        }
    };
    f[41] = number_share(numbers);
    f[42] = number_share(head_numbers);
}

/// Scratch space of [`title`] (`hit`) and [`lead`].
struct Marks {
    terms: Vec<u32>,
    title: Vec<u32>,
    hit: Vec<bool>,
}

/// The shares of the title's `title_len` grams that a candidate holds, and that its lead
/// holds, given the positions in the title of the candidate's grams found there, each with
/// whether it lies in the lead (the lead's grams come first). `hit` is scratch space at least
/// as long as the title.
fn title_shares(
    found: impl Iterator<Item = (usize, bool)>,
    title_len: usize,
    hit: &mut [bool],
) -> (f64, f64) {
    if title_len == 0 {
        return (0.0, 0.0);
    }
    let hit = &mut hit[..title_len];
    hit.fill(false);
    let (mut all, mut head) = (0usize, 0usize);
    for (k, in_lead) in found {
        if !hit[k] {
            hit[k] = true;
            all += 1;
            head += usize::from(in_lead);
        }
    }
    let share = |n: usize| n as f64 / title_len as f64;
    (share(all), share(head))
}

/// The marks of a poor summary sentence: a question, quotation, a "Name:" label, a leading
/// dash, a final colon; and the share of numbers and capitals.
fn shape(f: &mut Features, text: &str, unit: &Unit, syls: &[Syllable]) {
    let t = &text[unit.start..unit.end];
    let len = syls.len() as f64;
    let first_char = t.chars().next().unwrap_or(' ');
    let last = t
        .trim_end_matches(['"', '”', '’', ')', ']', '»', '\''])
        .chars()
        .next_back()
        .unwrap_or(' ');
    let label = syls
        .iter()
        .take(6)
        .any(|s| text[s.end as usize..unit.end].starts_with(':'))
        && !t.ends_with(':');
    f[13] = f64::from(last == '?');
    f[14] = quoted_bytes(t) as f64 / t.len().max(1) as f64;
    f[15] = f64::from(label);
    f[16] = f64::from(matches!(first_char, '-' | '–' | '—' | '•' | '*'));
    f[17] = syls.iter().filter(|s| !s.alphabetic).count().min(3) as f64 / 3.0;
    f[18] = syls.iter().filter(|s| s.upper).count() as f64 / len.max(1.0);
    f[19] = f64::from(last == ':');
}

/// Products of features that the linear model of the first versions needed.
fn interactions(f: &mut Features, n: usize) {
    f[25] = f[1] * f[7];
    f[27] = f[12] * f[4];
    f[28] = f[11] * f[4];
    f[29] = f[1] * (n as f64).ln();
}

/// '"' and the lead byte of '“' and '”'.
const QUOTE_LEADS: crate::text::scan::Leads<2> = crate::text::scan::Leads {
    range: (0, 0),
    bytes: [b'"', 0xE2],
};

/// Bytes of `t` between opening and closing double quotes.
fn quoted_bytes(t: &str) -> usize {
    // '"' is one byte; '“' and '”' are E2 80 9C and E2 80 9D.
    let b = t.as_bytes();
    let mut inside = None;
    let mut total = 0;
    let mut i = 0;
    // '"' or the lead byte 0xE2, eight bytes at a time (most of a sentence has neither).
    loop {
        i = crate::text::scan::next_byte(t, i, &QUOTE_LEADS);
        if i == b.len() {
            break;
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The features of the text's candidates by name, one map per candidate.
    fn named(text: &str, title: Option<&str>) -> Vec<std::collections::HashMap<&'static str, f64>> {
        features(text, title)
            .unwrap()
            .rows
            .into_iter()
            .map(|(_, x)| FEATURE_NAMES.iter().copied().zip(x).collect())
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

    #[test]
    fn quotes_are_found_at_every_offset() {
        // Quotes at every place of texts longer and shorter than a chunk, among Vietnamese
        // letters whose bytes are near the ones sought (C3, E1, 0x21, 0x23), and a dash
        // (E2 80 93, the lead byte of the curly quotes) that is no quote.
        for at in 0..40 {
            let mut head = String::new();
            while head.len() < at {
                head.push(['ệ', 'a', '!', '#', 'Đ'][head.len() % 5]);
            }
            for (open, close) in [("\"", "\""), ("“", "”")] {
                let t = format!("{head}– {open}Hà Nội{close} – !#");
                let quoted = open.len() + "Hà Nội".len();
                assert_eq!(quoted_bytes(&t), quoted, "{t:?}");
            }
            assert_eq!(quoted_bytes(&format!("{head}– Hà Nội –")), 0);
        }
    }

    #[test]
    fn quoted_bytes_count_what_is_inside_quotes() {
        assert_eq!(
            quoted_bytes("Ông nói: \"Tôi đồng ý\" rồi đi."),
            "\"Tôi đồng ý".len()
        );
        assert_eq!(quoted_bytes("“Đúng vậy” – anh nói."), "“Đúng vậy".len());
        assert_eq!(quoted_bytes("Không có trích dẫn – chỉ gạch ngang."), 0);
        // An open quote runs to the end of the sentence.
        let t = "Anh hỏi: “Sao thế";
        assert_eq!(quoted_bytes(t), "“Sao thế".len());
    }
}
