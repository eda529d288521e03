//! Choosing the summary: the best candidates, without near-repeats, within the length asked
//! for, returned in the order of the text.

use crate::options::Budget;
use crate::score::Scored;
use crate::terms::{Numbering, TermId};
use crate::text::fold;
use crate::Document;

/// Two candidates whose term vectors have at least this cosine similarity say the same thing;
/// only the better one is kept.
pub const REDUNDANCY: f32 = 0.6;
/// How many of a candidate's rarest terms are used to find its near-repeats.
const PROBES: usize = 3;

/// The `PROBES` heaviest (rarest) terms of a vector, heaviest first, ties by id.
fn rarest(v: &[(u32, f32)], ids: &[TermId]) -> Vec<(u32, f32)> {
    let mut top: Vec<(u32, f32)> = Vec::with_capacity(PROBES + 1);
    for &t in v {
        let id = ids[t.0 as usize];
        let pos = top
            .iter()
            .position(|u| t.1 > u.1 || (t.1 == u.1 && id < ids[u.0 as usize]))
            .unwrap_or(top.len());
        if pos < PROBES {
            top.insert(pos, t);
            top.truncate(PROBES);
        }
    }
    top
}

/// Two candidates of which the smaller shares at least this share of its syllable bigrams with
/// the other say the same thing, even where names and numbers differ: only the better is kept.
pub const REPEAT_CONTAINMENT: f64 = 0.5;
/// A candidate's bigrams are compared with every kept candidate while fewer than this many are
/// kept (a summary); past that (ranking a whole long text), only with those found by probes.
const COMPARE_ALL: usize = 32;

/// The distinct syllable bigrams of a unit (stopwords included, as a reader sees them), as
/// sorted keys of the syllables' numbers in the text.
fn bigram_keys(doc: &Document<'_>, unit: usize) -> Vec<u64> {
    let syls = doc.syllables_of(unit);
    crate::order::sorted_unique(
        syls.windows(2)
            .map(|w| u64::from(w[0].sid) << 32 | u64::from(w[1].sid)),
    )
}

/// How many keys two sorted lists share.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Whether two units (their bigram keys) say the same thing: the smaller shares at least
/// [`REPEAT_CONTAINMENT`] of its bigrams with the other.
fn repeats(a: &[u64], b: &[u64]) -> bool {
    let small = a.len().min(b.len());
    small > 0 && shared(a, b) as f64 >= REPEAT_CONTAINMENT * small as f64
}

/// Whether a unit asks rather than tells: a question, or an interviewer's turn ("Phóng viên:",
/// "PV:", "Hỏi:", "Câu hỏi:"). Such units come after every statement in the ranking.
fn asks(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| {
        matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»') || c.is_whitespace()
    });
    if t.ends_with('?') {
        return true;
    }
    let head = text.trim_start_matches(|c: char| {
        matches!(c, '-' | '–' | '—' | '•' | '*' | '"' | '“' | '(' | '[') || c.is_whitespace()
    });
    let Some(colon) = head.char_indices().take(16).find(|&(_, c)| c == ':') else {
        return false;
    };
    let label = fold(head[..colon.0].trim());
    matches!(
        label.as_str(),
        "phong vien" | "pv" | "p.v" | "hoi" | "cau hoi" | "nha bao" | "phong vien (pv)"
    )
}

/// Candidates (indexes into `scored`), best first, with near-repeats of better ones left out;
/// questions and interviewer turns ([`asks`]) only after every statement.
/// Stops once `enough` returns true for the list so far.
fn rank_until(
    doc: &Document<'_>,
    scored: &Scored,
    mut enough: impl FnMut(usize) -> bool,
) -> Vec<usize> {
    let asking: Vec<bool> = scored
        .units
        .iter()
        .map(|&u| asks(&doc.text[doc.units[u].start..doc.units[u].end]))
        .collect();
    let order = crate::order::order_by(scored.units.len(), |c| {
        // Statements first (top bit clear), each group best first.
        let best_first = !crate::order::f64_key(scored.scores[c]) >> 1;
        best_first | u64::from(asking[c]) << 63
    });
    // Near-repeats share their rarest terms: look for them only among kept candidates that
    // hold one of a candidate's three rarest terms, the most recent few of each.
    const PER_TERM: usize = 48;
    // The kept candidates (positions in `kept`) holding each probe term (numbered by `probes`).
    let mut probes = Numbering::default();
    let mut holders: Vec<Vec<usize>> = Vec::new();
    let mut kept: Vec<usize> = Vec::new();
    // The bigram keys of the kept candidates, in the order of `kept`.
    let mut kept_grams: Vec<Vec<u64>> = Vec::new();
    // The vector of the candidate being checked, spread out by term number.
    let mut spread = vec![0f32; scored.ids.len()];
    for c in order {
        let v = scored.vector(c);
        let norm = scored.norms[c];
        let grams = bigram_keys(doc, scored.units[c]);
        let mut redundant =
            kept.len() < COMPARE_ALL && kept_grams.iter().any(|k: &Vec<u64>| repeats(&grams, k));
        let rare = rarest(v, &scored.ids);
        let mut spread_out = false;
        for &(n, _) in &rare {
            if redundant {
                break;
            }
            let Some(hs) = probes.get(scored.ids[n as usize]) else {
                continue;
            };
            let hs = &holders[hs as usize];
            if !spread_out {
                for &(m, w) in v {
                    spread[m as usize] = w;
                }
                spread_out = true;
            }
            // Cosine similarity with each holder (0 when a vector is empty), or a repeat.
            redundant = hs.iter().rev().take(PER_TERM).any(|&p| {
                let k = kept[p];
                let dot: f32 = scored
                    .vector(k)
                    .iter()
                    .map(|&(m, w)| w * spread[m as usize])
                    .sum();
                let norms = norm * scored.norms[k];
                // (Below COMPARE_ALL every kept candidate was compared above.)
                (norms > 0.0 && dot / norms >= REDUNDANCY)
                    || (kept.len() >= COMPARE_ALL && repeats(&grams, &kept_grams[p]))
            });
        }
        if spread_out {
            for &(m, _) in v {
                spread[m as usize] = 0.0;
            }
        }
        if redundant {
            continue;
        }
        for &(n, _) in &rare {
            let (p, new) = probes.number(scored.ids[n as usize]);
            if new {
                holders.push(Vec::new());
            }
            holders[p as usize].push(kept.len());
        }
        kept.push(c);
        kept_grams.push(grams);
        if enough(c) {
            break;
        }
    }
    kept
}

/// All candidates worth ranking, best first (see [`crate::ranked`]).
pub(crate) fn rank(doc: &Document<'_>, scored: &Scored) -> Vec<usize> {
    rank_until(doc, scored, |_| false)
}

/// The candidates (indexes into `scored`) chosen under `budget`, in the order of the text.
pub(crate) fn select(doc: &Document<'_>, scored: &Scored, budget: Budget) -> Vec<usize> {
    let n = scored.units.len();
    let count = match budget {
        Budget::Default => ((n as f64 * 0.2).round() as usize).clamp(1, 5),
        Budget::Sentences(k) => k,
        Budget::Ratio(r) => ((n as f64 * r).round() as usize).max(1),
        Budget::Words(_) | Budget::Chars(_) => usize::MAX,
    };
    let size = |c: usize| -> usize {
        let u = &doc.units[scored.units[c]];
        match budget {
            Budget::Words(_) => doc.syllables_of(u.index).len(),
            Budget::Chars(_) => doc.text[u.start..u.end].chars().count(),
            _ => 1,
        }
    };
    let limit = match budget {
        Budget::Words(w) => w,
        Budget::Chars(c) => c,
        _ => count,
    };
    // For a count of sentences the ranking stops as soon as enough are kept.
    let mut kept = 0usize;
    let ranked = rank_until(doc, scored, |_| {
        kept += 1;
        count != usize::MAX && kept >= count
    });
    let mut used = 0usize;
    let mut chosen = Vec::new();
    for c in ranked {
        let s = size(c);
        if used + s <= limit {
            used += s;
            chosen.push(c);
            if used == limit {
                break;
            }
        }
    }
    // Candidates are in the order of the text: their indexes sort the summary.
    crate::order::sorted_unique(chosen.into_iter().map(|c| c as u64))
        .into_iter()
        .map(|c| c as usize)
        .collect()
}
