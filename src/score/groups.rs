//! The features of a candidate, in groups: its position, its length, its content against the
//! text's, its overlap with the title, its lead (first syllables) against the title, the marks
//! of a poor summary sentence, and products of features. Each group sets its features once.

use super::context::{BlockPlace, Context};
use super::features::{Feature as F, Row};
use super::title::Title;
use crate::terms::{bigram, Syllable};
use crate::text::scan::{next_byte, Leads};
use crate::Unit;

/// Position in the text and in the paragraph.
pub(super) fn position(row: &mut Row, pos: usize, n: usize, block: BlockPlace) {
    row.set(F::First, f64::from(pos == 0));
    row.set(F::Second, f64::from(pos == 1));
    row.set(F::Third, f64::from(pos == 2));
    row.set(F::InvPos, 1.0 / (pos as f64 + 1.0));
    row.set(
        F::RelPos,
        if n > 1 {
            pos as f64 / (n - 1) as f64
        } else {
            0.0
        },
    );
    row.set(F::BlockFirst, f64::from(block.first_in_block));
    row.set(F::Pos4To6, f64::from((3..6).contains(&pos)));
    row.set(F::LogPos, (1.0 + pos as f64).ln());
    row.set(F::FirstBlock, f64::from(block.in_first_block));
    row.set(F::LogBlockPos, (1.0 + block.pos_in_block as f64).ln());
}

/// Length in syllables.
pub(super) fn length(row: &mut Row, len: usize) {
    let len = len as f64;
    row.set(F::LogLen, (1.0 + len).ln());
    row.set(F::Short, f64::from(len < 10.0));
    row.set(F::Long, f64::from(len > 60.0));
    row.set(F::Len10To20, f64::from((10.0..20.0).contains(&len)));
    row.set(F::Len20To35, f64::from((20.0..35.0).contains(&len)));
    row.set(F::Len35To50, f64::from((35.0..50.0).contains(&len)));
}

/// What the content features leave for later steps.
pub(super) struct Content {
    pub(super) norm: f32,
    /// Sum of the candidate's term weights times their tf (the tf·idf mass).
    pub(super) mass: f32,
    /// Share of the title's term weight the candidate holds.
    pub(super) title_overlap: f32,
}

/// The tf·idf mass of a candidate's vector, as [`content`] sums it.
pub(super) fn content_mass(v: &[(u32, f32)], ctx: &Context) -> f32 {
    let mut mass = 0f32;
    for &(m, w) in v {
        mass += w * ctx.stats[m as usize].tf;
    }
    mass
}

/// Centrality, similarity to the first sentence, share of the top terms (`tfidf` is set by the
/// caller, relative to the densest candidate).
pub(super) fn content(row: &mut Row, v: &[(u32, f32)], ctx: &Context, pos: usize) -> Content {
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
    row.set(F::Centrality, f64::from(centrality));
    row.set(F::SimFirst, f64::from(sim_first));
    row.set(
        F::KeywordShare,
        if ctx.top_count == 0 {
            0.0
        } else {
            top as f64 / ctx.top_count as f64
        },
    );
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
pub(super) fn title(row: &mut Row, syls: &[Syllable], t: &Title, overlap: f32, hit: &mut [bool]) {
    row.set(F::Title, f64::from(overlap));
    let at = |s: &Syllable| t.in_title[s.sid as usize];
    let unis = syls.iter().map(at).filter(|&k| k != u32::MAX);
    row.set(
        F::TitleSyllables,
        title_shares(unis.map(|k| (k as usize, false)), t.unis.len(), hit).0,
    );
    let (all, in_lead) = title_bigram_shares(syls, t, hit);
    row.set(F::TitleBigrams, all);
    row.set(F::LeadTitleBigrams, in_lead);
}

/// The share of the title's bigrams (stopwords included) that `syls` hold, and that their
/// first [`LEAD`] syllables hold: one pass, the lead's bigrams being the first ones met.
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
pub(super) const LEAD: usize = 35;

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
pub(super) fn lead(
    row: &mut Row,
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
    row.set(F::LeadTitle, share(held));
    row.set(F::LeadTitleAt, at as f64 / LEAD as f64);
    row.set(F::TitleAfterLead, share(later));
    row.set(
        F::LeadCentrality,
        if sq > 0.0 && ctx.syllable_centroid_sq > 0.0 {
            f64::from(dot / (sq.sqrt() * ctx.syllable_centroid_sq.sqrt()))
        } else {
            0.0
        },
    );
    let of = |n: usize, total: usize| {
        if total == 0 {
            0.0
        } else {
            n as f64 / total as f64
        }
    };
    row.set(F::LeadTitleSyllables, of(head_unis, t.unis.len()));
    let number_share = |n| {
        if t.number_count == 0 {
            -1.0
        } else {
            of(n, t.number_count)
        }
    };
    row.set(F::TitleNumbers, number_share(numbers));
    row.set(F::LeadTitleNumbers, number_share(head_numbers));
}

/// Scratch space of [`title`] (`hit`) and [`lead`].
pub(super) struct Marks {
    pub(super) terms: Vec<u32>,
    pub(super) title: Vec<u32>,
    pub(super) hit: Vec<bool>,
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
pub(super) fn shape(row: &mut Row, text: &str, unit: &Unit, syls: &[Syllable]) {
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
    row.set(F::Question, f64::from(last == '?'));
    row.set(F::Quote, quoted_bytes(t) as f64 / t.len().max(1) as f64);
    row.set(F::Label, f64::from(label));
    row.set(
        F::Dash,
        f64::from(matches!(first_char, '-' | '–' | '—' | '•' | '*')),
    );
    row.set(
        F::Numbers,
        syls.iter().filter(|s| !s.alphabetic).count().min(3) as f64 / 3.0,
    );
    row.set(
        F::Caps,
        syls.iter().filter(|s| s.upper).count() as f64 / len.max(1.0),
    );
    row.set(F::ColonEnd, f64::from(last == ':'));
}

/// Products of features that the linear model of the first versions needed.
pub(super) fn interactions(row: &mut Row, n: usize) {
    row.set(F::FirstXLogLen, row.get(F::First) * row.get(F::LogLen));
    row.set(F::TitleXInvPos, row.get(F::Title) * row.get(F::InvPos));
    row.set(
        F::CentralityXInvPos,
        row.get(F::Centrality) * row.get(F::InvPos),
    );
    row.set(F::FirstXLogN, row.get(F::First) * (n as f64).ln());
}

/// '"' and the lead byte of '“' and '”'.
const QUOTE_LEADS: Leads<2> = Leads {
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
        i = next_byte(t, i, &QUOTE_LEADS);
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
