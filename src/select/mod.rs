//! Choosing the summary: the best candidates, without near-repeats, within the length asked
//! for, returned in the order of the text.

mod coherence;
mod repeats;

use coherence::{need, structured, Need};
use repeats::{bigram_keys, repeats};

// Also for the multi-document mode (`documents/`).
pub(crate) use crate::kind::asks;
pub(crate) use repeats::REPEAT_CONTAINMENT;

use crate::document::Document;
use crate::options::Budget;
use crate::score::Scored;
use crate::terms::{Numbering, TermId};

/// Two candidates whose term vectors have at least this cosine similarity say the same thing;
/// only the better one is kept.
const REDUNDANCY: f32 = 0.6;

/// How many of a candidate's rarest terms are used to find its near-repeats.
const PROBES: usize = 3;

/// A candidate's bigrams are compared with every kept candidate while fewer than this many are
/// kept (a summary); past that (ranking a whole long text), only with those found by probes.
const COMPARE_ALL: usize = 32;

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

/// Candidates (indexes into `scored`), best first, with near-repeats of better ones left out;
/// in a text that asks ([`crate::kind`]), the asker's question first; elsewhere questions and
/// interviewer turns ([`asks`]) only after every statement.
/// Stops once `enough` returns true for the list so far.
fn rank_until(
    doc: &Document<'_>,
    scored: &Scored,
    mut enough: impl FnMut(usize) -> bool,
) -> Vec<usize> {
    // In a text that asks, the asker's question first and its other questions among the
    // statements; elsewhere questions and interviewer turns after every statement.
    let asking: Vec<bool> = scored
        .units
        .iter()
        .map(|&u| doc.question.is_none() && asks(&doc.text[doc.units[u].start..doc.units[u].end]))
        .collect();
    let order = crate::order::order_by(scored.units.len(), |c| {
        if doc.question == Some(scored.units[c]) {
            return 0;
        }
        // Statements first (top bit clear), each group best first.
        let best_first = !crate::order::f64_key(scored.scores[c]) >> 1;
        (best_first | u64::from(asking[c]) << 63).max(1)
    });
    // Near-repeats share their rarest terms: look for them only among kept candidates that
    // hold one of a candidate's three rarest terms, the most recent few of each.
    const PER_TERM: usize = 48;
    // The kept candidates (positions in `kept`) holding each probe term (numbered by `probes`).
    let mut probes = Numbering::default();
    let mut holders: Vec<Vec<usize>> = Vec::new();
    let mut kept: Vec<usize> = Vec::new();
    let structured = structured(doc, scored);
    let mut is_kept = vec![false; scored.units.len()];
    // The candidates that wait for the one they need to be kept.
    let mut waiting: Vec<Vec<usize>> = vec![Vec::new(); scored.units.len()];
    // The bigram keys of the kept candidates, in the order of `kept`.
    let mut kept_grams: Vec<Vec<u64>> = Vec::new();
    // The vector of the candidate being checked, spread out by term number.
    let mut spread = vec![0f32; scored.ids.len()];
    // When every candidate waits for another or can never be taken alone (a text that is only
    // "A:"), the best one is kept all the same: a text with candidates has a summary.
    let first = order.first().copied();
    for c in order {
        let v = scored.vector(c);
        let norm = scored.norms[c];
        if is_kept[c] {
            continue;
        }
        let mut grams_c = bigram_keys(doc, scored.units[c]);
        let grams = &grams_c;
        let mut redundant =
            kept.len() < COMPARE_ALL && kept_grams.iter().any(|k: &Vec<u64>| repeats(grams, k));
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
                    || (kept.len() >= COMPARE_ALL && repeats(grams, &kept_grams[p]))
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
        // What it needs ([`coherence`]) must be kept first: until then it waits.
        let group = {
            match need(doc, scored, c, structured) {
                Need::Never => continue,
                Need::With(k) if !is_kept[k] => {
                    waiting[k].push(c);
                    continue;
                }
                _ => {}
            }
            let mut group = vec![c];
            let mut i = 0;
            while i < group.len() {
                let w = std::mem::take(&mut waiting[group[i]]);
                group.extend(w);
                i += 1;
            }
            group
        };
        let mut done = false;
        for g in group {
            let grams = if g == c {
                std::mem::take(&mut grams_c)
            } else {
                bigram_keys(doc, scored.units[g])
            };
            for &(n, _) in &rarest(scored.vector(g), &scored.ids) {
                let (p, new) = probes.number(scored.ids[n as usize]);
                if new {
                    holders.push(Vec::new());
                }
                holders[p as usize].push(kept.len());
            }
            is_kept[g] = true;
            kept.push(g);
            kept_grams.push(grams);
            if enough(g) {
                done = true;
                break;
            }
        }
        if done {
            break;
        }
    }
    if kept.is_empty() {
        kept.extend(first);
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
    let mut is_chosen = vec![false; n];
    let structured = structured(doc, scored);
    let first = ranked.first().copied();
    for c in ranked {
        let s = size(c);
        // What it needs came before it in the ranking: without it, it is not taken.
        let needs_met = match need(doc, scored, c, structured) {
            Need::With(k) => is_chosen[k],
            _ => true,
        };
        if needs_met && used + s <= limit {
            is_chosen[c] = true;
            used += s;
            chosen.push(c);
            if used == limit {
                break;
            }
        }
    }
    // A count of sentences always gets one (only a word or character cap may leave none).
    if chosen.is_empty() && count != usize::MAX {
        chosen.extend(first);
    }
    // Candidates are in the order of the text: their indexes sort the summary.
    crate::order::sorted_unique(chosen.into_iter().map(|c| c as u64))
        .into_iter()
        .map(|c| c as usize)
        .collect()
}
