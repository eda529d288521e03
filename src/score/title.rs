//! The title as the features compare candidates with it: given, a heading at the top, or else
//! the first candidate.

use super::table::TermTable;
use crate::document::Document;
use crate::order;
use crate::terms::{bigram, for_each_term, idf_of, syllables, Numbering, Syllable, TermId};
use crate::UnitKind;

/// The title's terms and grams, as the features need them.
pub(super) struct Title {
    /// A title was given or found at the top; otherwise the first sentence stands in for it.
    pub(super) given: bool,
    /// The title's terms (numbers of the text's terms) with their weights, and their sum.
    pub(super) terms: Vec<(usize, f32)>,
    pub(super) mass: f32,
    /// The weight of the title's one-syllable terms.
    pub(super) syllable_mass: f32,
    /// The title's syllables and bigrams, stopwords included (as ROUGE counts them), sorted.
    pub(super) unis: Vec<u64>,
    pub(super) bis: Vec<u64>,
    /// Which of `unis` have no letter (numbers), and how many.
    pub(super) numbers: Vec<bool>,
    pub(super) number_count: usize,
    /// Where each syllable number of the text stands among `unis` (`u32::MAX`: not there).
    pub(super) in_title: Vec<u32>,
}

impl Title {
    pub(super) fn new(
        doc: &Document<'_>,
        cands: &[usize],
        title: Option<&str>,
        table: &TermTable,
    ) -> Title {
        // Given, or the first heading before the first candidate.
        let first_cand_start = cands.first().map_or(0, |&u| doc.units[u].start);
        let given_syls: Vec<Syllable>;
        let mut syls: &[Syllable] = match title {
            Some(t) => {
                given_syls = syllables(t, 0, t.len());
                &given_syls
            }
            None => doc
                .units
                .iter()
                .find(|u| u.kind == UnitKind::Heading && u.start < first_cand_start)
                .map(|u| doc.syllables_of(u.index))
                .filter(|syls| reads_as_title(doc.text, syls))
                .unwrap_or(&[]),
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

/// Does a heading at the top read as the text's title, not as the name of its first section
/// ("Lịch sử", "Tiểu sử", "Vị trí địa lý", "Chương I")? A section name is short (four
/// syllables at most) and, after its first letter, in small letters; a name ("Hoa hậu Kỳ
/// Duyên") and a title in capitals ("QUY CHẾ") are titles.
fn reads_as_title(text: &str, syls: &[Syllable]) -> bool {
    let Some(first) = syls.first() else {
        return false;
    };
    let section = syls.len() <= 4 && syls[1..].iter().all(|s| !s.upper);
    !section && !crate::split::opens_item(&text[first.start as usize..])
}

/// Distinct terms of `syls` with their weights (idf), as `(id, weight, two syllables)`, in
/// order of first occurrence.
pub(super) fn term_vector(syls: &[Syllable]) -> Vec<(TermId, f32, bool)> {
    let mut seen = Numbering::default();
    let mut v = Vec::new();
    for_each_term(syls, |id, bigram, i| {
        if seen.number(id).1 {
            let w = if bigram {
                0.5 * (idf_of(syls[i].id) + idf_of(syls[i + 1].id))
            } else {
                idf_of(id)
            };
            v.push((id, w, bigram));
        }
    });
    v
}

/// All syllables and all bigrams of adjacent syllables in one phrase, stopwords included (as
/// ROUGE counts them). Each as a sorted list without repeats.
pub(super) fn raw_grams(syls: &[Syllable]) -> (Vec<u64>, Vec<u64>) {
    let unis = order::sorted_unique(syls.iter().map(|s| s.id));
    let bis = order::sorted_unique(
        syls.windows(2)
            .filter(|w| w[1].joined)
            .map(|w| bigram(w[0].id, w[1].id)),
    );
    (unis, bis)
}
