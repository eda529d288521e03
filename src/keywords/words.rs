//! Cutting the article into words, left to right: names, words of the lexicon, syllables (see
//! the module's documentation), each tallied as it comes.

use super::lexicon::{is_address, key_of, lexicon, word_at, word_at_out_of_line, Lexicon};
use crate::document::Document;
use crate::terms::{Numbering, Syllable};
use crate::UnitKind;

/// Keywords are counted on the units that begin in the text's first this many syllables (about
/// 300 KB of news; the words of a longer text cost time and change little).
const SYLLABLES: usize = 50_000;

/// Letters of a syllable, all in capitals ("TP.HCM", "UBND"), at least two of them.
pub(super) fn all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        letters += usize::from(c.is_alphabetic());
    }
    letters >= 2
}

/// Does a capital at `syls[i]` only open a sentence, a quote or a list item? After the
/// punctuation that opens one, or any that is not ASCII (curly quotes, dashes, "…", "•").
fn opens(text: &str, syls: &[Syllable], i: usize) -> bool {
    i == 0
        || (!syls[i].joined
            && text.as_bytes()[syls[i - 1].end as usize..syls[i].start as usize]
                .iter()
                // A `match`, not `contains` on a byte string: that calls memchr per byte.
                .any(|&b| {
                    b >= 0x80
                        || matches!(
                            b,
                            b':' | b'"' | b'\'' | b'(' | b'[' | b'-' | b'.' | b'!' | b'?' | b';'
                        )
                }))
}

/// An occurrence of a word: its first syllable (an index into `Document::syllables`) and how
/// many.
#[derive(Clone, Copy, Default)]
pub(super) struct Occurrence {
    pub(super) at: u32,
    pub(super) len: u8,
    /// A name: shown as written, not in lower case.
    pub(super) name: bool,
}

/// What the words of the article need of their occurrences, summed as they come, so that no
/// record of every occurrence is kept (`written` reads the tallies of the chosen words).
#[derive(Clone, Copy, Default)]
pub(super) struct Tally {
    pub(super) count: u32,
    /// Occurrences as a name minus the others.
    pub(super) names: i32,
    /// The first occurrence as a name (`len` 0 before one).
    pub(super) first_name: Occurrence,
}

/// No word has this number yet.
const UNMET: u32 = u32::MAX;

/// The words of the article, numbered in order of first occurrence.
pub(super) struct Words {
    /// The number of each one-syllable word by its syllable number ([`UNMET`] before it is
    /// met): most words are one syllable, and an array costs less than a hash probe.
    pub(super) single: Vec<u32>,
    /// The longer words by their key, numbered among themselves, and each one's number.
    pub(super) numbers: Numbering,
    pub(super) longer: Vec<u32>,
    /// Each word's first occurrence, and its tally.
    pub(super) first: Vec<Occurrence>,
    pub(super) tally: Vec<Tally>,
}

impl Words {
    fn add(&mut self, doc: &Document<'_>, at: usize, len: usize, name: bool) {
        let syls = &doc.syllables[at..at + len];
        let next = self.first.len() as u32;
        let n = if len == 1 {
            let n = &mut self.single[syls[0].sid as usize];
            if *n == UNMET {
                *n = next;
            }
            *n
        } else {
            let (n, _) = self.numbers.number(key_of(syls));
            // The numbering's own numbers are not the words' numbers: map them.
            if n as usize == self.longer.len() {
                self.longer.push(next);
            }
            self.longer[n as usize]
        };
        let o = Occurrence {
            at: at as u32,
            len: len as u8,
            name,
        };
        if n == next {
            self.first.push(o);
            self.tally.push(Tally::default());
        }
        let t = &mut self.tally[n as usize];
        t.count += 1;
        t.names += if name { 1 } else { -1 };
        if name && t.first_name.len == 0 {
            t.first_name = o;
        }
    }
}

/// Cuts the article's units into words (see the module's documentation).
pub(super) fn words(doc: &Document<'_>, cands: &[usize]) -> Words {
    let text = doc.text;
    let lex = lexicon();
    let last = cands.last().copied().unwrap_or(0);
    // The units, up to about SYLLABLES syllables: counts have settled long before.
    let mut seen = 0;
    let units: Vec<usize> = (0..=last)
        .filter(|&u| doc.units[u].kind != UnitKind::Boilerplate)
        .take_while(|&u| {
            seen += doc.syllables_of(u).len();
            seen <= SYLLABLES + doc.syllables_of(u).len()
        })
        .collect();
    // Units in capitals, the syllables capitalized inside a sentence somewhere, and those
    // written in lower case somewhere.
    let mut shouting = vec![false; doc.units.len()];
    let mut capital_inside = vec![false; doc.vocab.len()];
    let mut lower = vec![false; doc.vocab.len()];
    for &u in &units {
        let syls = doc.syllables_of(u);
        let (mut letters, mut upper) = (0, 0);
        for s in syls {
            letters += usize::from(s.alphabetic);
            upper += usize::from(s.upper);
        }
        // Syllables all in capitals are capitalized: they are looked at (character by
        // character) only in the few units where the capitalized are most.
        shouting[u] = letters >= 3
            && upper * 2 > letters
            && syls
                .iter()
                .filter(|s| s.upper && all_caps(&text[s.range()]))
                .count()
                * 2
                > letters;
        if !shouting[u] {
            for (i, s) in syls.iter().enumerate() {
                if !s.upper {
                    lower[s.sid as usize] = true;
                } else if !opens(text, syls, i) {
                    capital_inside[s.sid as usize] = true;
                }
            }
        }
    }
    let mut w = Words {
        single: vec![UNMET; doc.vocab.len()],
        // News has a fifth as many longer words as distinct syllables: room for a quarter, the
        // table grows past it (a table sized for the worst case takes longer to make than the
        // words take to count).
        numbers: Numbering::with_capacity(doc.vocab.len() / 4),
        longer: Vec::new(),
        first: Vec::with_capacity(doc.vocab.len()),
        tally: Vec::with_capacity(doc.vocab.len()),
    };
    for &u in &units {
        let base = doc.ranges[u].0;
        let syls = doc.syllables_of(u);
        let mut i = 0;
        while i < syls.len() {
            let s = &syls[i];
            if !s.alphabetic {
                i += 1;
                continue;
            }
            let name = !shouting[u]
                && s.upper
                && (!opens(text, syls, i)
                    || all_caps(&text[s.range()])
                    || capital_inside[s.sid as usize]
                    || (!s.stop
                        && !lower[s.sid as usize]
                        && !is_address(s.id)
                        && syls.get(i + 1).is_some_and(|n| n.joined && n.upper)));
            let len = if name {
                name_at(lex, syls, i)
            } else {
                word_at(lex, syls, i, true).max(1)
            };
            w.add(doc, base + i, len, name);
            i += len;
        }
    }
    w
}

/// The length of the name that starts at `syls[i]` (a capitalized syllable).
fn name_at(lex: &Lexicon, syls: &[Syllable], i: usize) -> usize {
    let mut j = i;
    loop {
        let l = word_at_out_of_line(lex, syls, j, false);
        if l >= 2 && !syls[j + l - 1].upper {
            // A word ending in lower case ends the name ("Bộ Tài chính", "Tổng Bí thư"), unless
            // that last syllable rather begins the next word ("Văn Thành công bố").
            if j == i || word_at_out_of_line(lex, syls, j + l - 1, true) == 0 {
                return j + l - i;
            }
            return j + 1 - i;
        }
        j += l.max(1);
        match syls.get(j) {
            Some(n) if n.joined && n.upper && n.alphabetic => {}
            _ => return j - i,
        }
    }
}

/// A person is named in full once and then by the last syllable of the name ("Nguyễn Văn
/// Tiến" … "Tiến"): a one-syllable name that ends exactly one longer name of the text counts as
/// that name.
pub(super) fn given_names(doc: &Document<'_>, w: &mut Words) {
    // For each syllable number: the longer name it ends, u32::MAX if several.
    const NONE: u32 = u32::MAX - 1;
    let mut ends = vec![NONE; doc.vocab.len()];
    for (n, o) in w.first.iter().enumerate() {
        if o.name && o.len > 1 {
            let last = doc.syllables[(o.at + u32::from(o.len) - 1) as usize].sid as usize;
            ends[last] = if ends[last] == NONE || ends[last] == n as u32 {
                n as u32
            } else {
                u32::MAX
            };
        }
    }
    for (n, o) in w.first.iter().enumerate() {
        if o.name && o.len == 1 {
            let full = ends[doc.syllables[o.at as usize].sid as usize];
            if full < NONE {
                w.tally[full as usize].count += w.tally[n].count;
                w.tally[n].count = 0;
            }
        }
    }
}
