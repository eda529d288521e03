//! What each unit is: a sentence, a heading, or boilerplate. Boilerplate are the units of a
//! pasted web page that must never be in a summary: navigation, "related news" lists, photo
//! credits, markup debris, dates, sources ([`furniture`]), and repeated units.
//!
//! The rules look at a unit's shape (a line of its own, no final punctuation, length), at
//! what stands before it (a "Tin liên quan" marker starts a run of headlines) and at
//! repetition, so they carry over from one news site to the next.

use crate::split::Span;
use crate::terms::{bigram, Numbering, Syllable};
use crate::UnitKind;

mod credits;
mod formulas;
mod furniture;
mod leadin;
mod structure;

use credits::{mark_captions, mark_copyright_lines};
pub(crate) use formulas::{is_askers_formula, opens_with_greeting, phrase_ids, pleads};
use furniture::{furniture, Furniture};
pub(crate) use leadin::{cut_lead_ins, is_lead_in};
pub(crate) use structure::announces;
use structure::{is_headline_run, list_items};

/// A unit without final punctuation on a line of its own, of at most this many syllables,
/// is a heading (a title, a subtitle, a headline in a list, a byline).
pub(crate) const HEADING_MAX_SYLLABLES: usize = 30;

/// Sorts each unit into sentence, heading or boilerplate. `syls[i]` are the syllables of
/// `spans[i]`, numbered among `vocab_len` distinct ones.
pub(crate) fn classify(
    text: &str,
    spans: &[Span],
    syls: &[&[Syllable]],
    vocab_len: usize,
) -> Vec<UnitKind> {
    let n = spans.len();
    let mut kinds: Vec<UnitKind> = (0..n).map(|i| shape_kind(&spans[i], syls[i])).collect();
    // Lines of speech without final punctuation (a chat, a transcript) are what the text
    // says: nearly none ends a sentence, and three in four are whole lines of six syllables or
    // more (not the short lines of a table or a list).
    let terminated = spans.iter().filter(|s| s.terminated).count();
    let speech = (0..n)
        .filter(|&i| spans[i].line_start && spans[i].line_end && syls[i].len() >= 6)
        .count();
    if n >= 3 && terminated * 10 < n && speech * 4 >= n * 3 {
        for k in kinds.iter_mut().filter(|k| **k == UnitKind::Heading) {
            *k = UnitKind::Sentence;
        }
    }
    let mut starts_list = vec![false; n];
    for i in 0..n {
        let t = &text[spans[i].start..spans[i].end];
        if kinds[i] != UnitKind::Boilerplate && is_headline_run(text, &spans[i], syls[i]) {
            kinds[i] = UnitKind::Boilerplate;
            continue;
        }
        match furniture(t, &spans[i], syls[i]) {
            Furniture::ListMarker => {
                kinds[i] = UnitKind::Boilerplate;
                starts_list[i] = true;
            }
            Furniture::Yes => kinds[i] = UnitKind::Boilerplate,
            Furniture::No => {}
        }
    }
    mark_captions(text, spans, syls, &mut kinds);
    mark_copyright_lines(text, spans, &mut kinds);
    formulas::mark_formulas(text, spans, syls, &mut kinds);
    mark_repeats(syls, vocab_len, &mut kinds);
    let article = kinds.iter().filter(|k| **k == UnitKind::Sentence).count() >= 2;

    if article {
        let items = list_items(text, spans);
        mark_lists(spans, syls, &starts_list, &items, &mut kinds);
        mark_title_question(text, spans, syls, &mut kinds);
    }
    kinds
}

/// A title often ends with "?" or "!" ("Con nợ xả súng ... sẽ phải chịu hình phạt nào?"): the
/// first unit of a text, alone on its line and short, is a heading all the same.
fn mark_title_question(text: &str, spans: &[Span], syls: &[&[Syllable]], kinds: &mut [UnitKind]) {
    let Some(i) = kinds.iter().position(|k| *k != UnitKind::Boilerplate) else {
        return;
    };
    let sp = &spans[i];
    let ends = crate::text::trim_end_by(&text[sp.start..sp.end], |c| {
        matches!(c, '"' | '”' | '’' | ')' | '»')
    });
    if kinds[i] == UnitKind::Sentence
        && sp.line_start
        && sp.line_end
        && syls[i].len() <= HEADING_MAX_SYLLABLES
        && (ends.ends_with('?') || ends.ends_with('!'))
    {
        kinds[i] = UnitKind::Heading;
    }
}

fn shape_kind(span: &Span, syls: &[Syllable]) -> UnitKind {
    if !syls.iter().any(|s| s.alphabetic) {
        UnitKind::Boilerplate
    } else if !span.terminated
        && span.line_start
        && span.line_end
        && syls.len() <= HEADING_MAX_SYLLABLES
    {
        UnitKind::Heading
    } else {
        UnitKind::Sentence
    }
}

/// Later copies of a unit (exact, or nearly the same words: nine tenths of the syllables
/// shared) are boilerplate. Sentences of one pattern with other names and numbers
/// ("X có chỉ số ... là 56,60") share less and stay.
fn mark_repeats(syls: &[&[Syllable]], vocab_len: usize, kinds: &mut [UnitKind]) {
    const WINDOW: usize = 32;
    let mut seen = Numbering::default();
    // Each unit's distinct syllable numbers, `sets[ranges[i].0..ranges[i].1]`, made when the
    // unit is reached. `mark[s] == i + 1` while unit `i` is compared: its syllables are marked.
    let mut sets: Vec<u32> = Vec::new();
    let mut ranges = vec![(0usize, 0usize); syls.len()];
    let mut mark = vec![0u32; vocab_len];
    for i in 0..syls.len() {
        if kinds[i] == UnitKind::Boilerplate || syls[i].len() < 3 {
            continue;
        }
        let key = syls[i].iter().fold(0x51u64, |acc, s| bigram(acc, s.id));
        if !seen.number(key).1 {
            kinds[i] = UnitKind::Boilerplate;
            continue;
        }
        if !(5..=80).contains(&syls[i].len()) {
            continue;
        }
        let stamp = i as u32 + 1;
        let a = sets.len();
        for s in syls[i] {
            let m = &mut mark[s.sid as usize];
            if *m != stamp {
                *m = stamp;
                sets.push(s.sid);
            }
        }
        ranges[i] = (a, sets.len());
        let len = sets.len() - a;
        for j in i.saturating_sub(WINDOW)..i {
            let (b, e) = ranges[j];
            if b == e || kinds[j] == UnitKind::Boilerplate {
                continue;
            }
            if nearly_same(len, &sets[b..e], |s| mark[s as usize] == stamp) {
                kinds[i] = UnitKind::Boilerplate;
                break;
            }
        }
    }
}

/// Do a set of `a` distinct items and the distinct items `other` share nine tenths of their
/// union? `in_a` tells whether an item is in the first set.
fn nearly_same(a: usize, other: &[u32], in_a: impl Fn(u32) -> bool) -> bool {
    let b = other.len();
    // The intersection is at most the smaller set and the union at least the larger one.
    if a.min(b) * 10 < a.max(b) * 9 {
        return false;
    }
    // inter * 10 >= (a + b - inter) * 9, that is 19 inter >= 9 (a + b); with `m` items of
    // `other` missing from the first set (inter = b - m): 19 m <= 10 b - 9 a. Most pairs
    // differ, and are told apart after a few misses, not after all of `other`.
    let allowed = 10 * b as i64 - 9 * a as i64;
    let mut misses = 0i64;
    for &s in other {
        if !in_a(s) {
            misses += 1;
            if 19 * misses > allowed {
                return false;
            }
        }
    }
    19 * misses <= allowed
}

/// Runs of headlines: after a "related news" marker, every title-like unit up to the next
/// real sentence; elsewhere, three or more headline lines in a row, or a run of menu items.
/// The items of a list announced by a line ending in ":" (`items`) are no headlines.
fn mark_lists(
    spans: &[Span],
    syls: &[&[Syllable]],
    starts_list: &[bool],
    items: &[bool],
    kinds: &mut [UnitKind],
) {
    let n = spans.len();
    let mut i = 0;
    while i < n {
        if starts_list[i] {
            let mut j = i + 1;
            while j < n && (kinds[j] != UnitKind::Sentence || is_link_like(&spans[j], syls[j])) {
                kinds[j] = UnitKind::Boilerplate;
                j += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    let headline = |kinds: &[UnitKind], k: usize| kinds[k] == UnitKind::Heading && !items[k];
    let mut i = 0;
    while i < n {
        if !headline(kinds, i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && headline(kinds, j) {
            j += 1;
        }
        let short = syls[i..j].iter().all(|s| s.len() <= 4);
        if j - i >= 3 {
            // A run at the top of the text may begin with the title: keep that one.
            let at_top = !kinds[..i].contains(&UnitKind::Sentence);
            let run_start = if short || !at_top { i } else { i + 1 };
            for k in &mut kinds[run_start..j] {
                *k = UnitKind::Boilerplate;
            }
        }
        i = j;
    }
}

/// A short whole-line sentence in a list of links: "Hà Nội mưa lớn, nhiều tuyến phố ngập?"
fn is_link_like(span: &Span, syls: &[Syllable]) -> bool {
    span.line_start && span.line_end && syls.len() <= HEADING_MAX_SYLLABLES && !span.terminated
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearly_same_is_nine_tenths_of_the_union_shared() {
        for a in 0..45usize {
            for b in 0..45usize {
                for inter in 0..=a.min(b) {
                    let want = a.min(b) * 10 >= a.max(b) * 9 && inter * 10 >= (a + b - inter) * 9;
                    // `other`: b items, `inter` of them (the first, or the last) in the first set.
                    let other: Vec<u32> = (0..b as u32).collect();
                    let first = |s: u32| (s as usize) < inter;
                    let last = |s: u32| (s as usize) >= b - inter;
                    assert_eq!(nearly_same(a, &other, first), want, "{a} {b} {inter}");
                    assert_eq!(nearly_same(a, &other, last), want, "{a} {b} {inter}");
                }
            }
        }
    }
}
