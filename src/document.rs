//! A text as the stages after it read it: its units (offsets, paragraph, kind) and their
//! syllables, with the distinct syllables of the text numbered.

use crate::classify::classify;
use crate::split::split;
use crate::terms::{syllables_into, Syllable, Vocab};
use crate::text::is_space;
use crate::{Error, Result, Unit, UnitKind, MAX_TEXT_BYTES};

/// A text cut into units with their syllables and kinds: the input of scoring.
pub(crate) struct Document<'a> {
    pub text: &'a str,
    pub units: Vec<Unit>,
    pub syllables: Vec<Syllable>,
    /// `syllables[ranges[i].0..ranges[i].1]` are the syllables of unit `i`.
    pub ranges: Vec<(usize, usize)>,
    /// The distinct syllables of the text (numbered as [`Syllable::sid`] counts them).
    pub vocab: Vocab,
    /// The asker's question, when the text asks ([`crate::kind`]): the core of its summary.
    pub question: Option<usize>,
}

impl<'a> Document<'a> {
    /// Cuts `text` into units, their syllables and their kinds. [`Error::TextTooLong`],
    /// [`Error::EmptyText`].
    pub fn new(text: &'a str) -> Result<Self> {
        check_text(text)?;
        // The asker's lead-ins ("Bác sĩ cho em hỏi") cut off as units of their own.
        let spans = crate::classify::cut_lead_ins(text, split(text));
        // News has a syllable per 5.8 bytes or so: room for all of them, most of the time.
        let mut syllables = Vec::with_capacity(text.len() / 5 + 16);
        let mut ranges = Vec::with_capacity(spans.len());
        let mut vocab = Vocab::for_document();
        for sp in &spans {
            let a = syllables.len();
            syllables_into(text, sp.start, sp.end, &mut syllables, &mut vocab);
            ranges.push((a, syllables.len()));
        }
        // Give back the room not used (a tenth or so) before scoring takes its share: in place,
        // without a copy, for a block this large.
        syllables.shrink_to_fit();
        let per_unit: Vec<&[Syllable]> = ranges.iter().map(|&(a, b)| &syllables[a..b]).collect();
        let kinds = classify(text, &spans, &per_unit, vocab.len());
        let units = spans
            .iter()
            .zip(kinds)
            .enumerate()
            .map(|(index, (sp, kind))| Unit {
                index,
                start: sp.start,
                end: sp.end,
                kind,
                paragraph: sp.block,
            })
            .collect::<Vec<Unit>>();
        let question = crate::kind::askers_question(text, &units, &per_unit);
        Ok(Document {
            text,
            units,
            syllables,
            ranges,
            vocab,
            question,
        })
    }

    /// The syllables of unit `unit`.
    pub fn syllables_of(&self, unit: usize) -> &[Syllable] {
        let (a, b) = self.ranges[unit];
        &self.syllables[a..b]
    }

    /// Units that may be in a summary, in the order of the text: the sentences, or the headings
    /// if there is no sentence. [`Error::NoSentences`] when there are none.
    pub fn candidates(&self) -> Result<Vec<usize>> {
        let of = |k: UnitKind| -> Vec<usize> {
            self.units
                .iter()
                .filter(|u| u.kind == k)
                .map(|u| u.index)
                .collect()
        };
        let s = of(UnitKind::Sentence);
        let candidates = if s.is_empty() {
            of(UnitKind::Heading)
        } else {
            s
        };
        if candidates.is_empty() {
            return Err(Error::NoSentences);
        }
        Ok(candidates)
    }
}

fn check_text(text: &str) -> Result<()> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::TextTooLong {
            bytes: text.len(),
            max: MAX_TEXT_BYTES,
        });
    }
    if text.chars().all(is_space) {
        return Err(Error::EmptyText);
    }
    Ok(())
}
