//! The model's inputs, by name. One list makes the [`Feature`] that the feature groups write
//! through, the names of the feature dump's columns (`tomtat features`), and the order of the
//! model's inputs, which the fitted tables check (`src/data/model.rs`, `MODEL_FEATURES`).
//! A feature is never written by its place in the list.
//!
//! "Position" counts candidates from 0 in the order of the text; a candidate's "lead" is its
//! first [`super::groups::LEAD`] syllables; "the title" is the title given, a heading at the
//! top, or else the first candidate (see [`super::title::Title`]).

macro_rules! features {
    ($($(#[doc = $doc:literal])* $feature:ident = $name:literal,)*) => {
        /// An input of the model.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum Feature {
            $($(#[doc = $doc])* $feature,)*
        }

        /// The inputs' names, in the order of [`Feature`]: the model's inputs, and the columns
        /// of the feature dump (which writes [`Feature::Titled`] apart).
        #[cfg(any(test, feature = "lab"))]
        pub(crate) const NAMES: &[&str] = &[$($name,)*];

        /// Every input, in order.
        #[cfg(test)]
        pub(crate) const ALL: &[Feature] = &[$(Feature::$feature,)*];
    };
}

features! {
    /// 1.
    Bias = "bias",
    /// The first candidate.
    First = "first",
    /// The second.
    Second = "second",
    /// The third.
    Third = "third",
    /// 1 / (position + 1).
    InvPos = "inv_pos",
    /// Position / (candidates - 1), 0 for a text of one candidate.
    RelPos = "rel_pos",
    /// The first candidate of its paragraph.
    BlockFirst = "block_first",
    /// ln(1 + syllables).
    LogLen = "log_len",
    /// Fewer than 10 syllables.
    Short = "short",
    /// More than 60 syllables.
    Long = "long",
    /// Its tf·idf mass per syllable (plus 8), relative to the text's densest candidate.
    Tfidf = "tfidf",
    /// Cosine of its terms with the centroid of the other candidates' terms.
    Centrality = "centrality",
    /// The share of the title's term weight it holds.
    Title = "title",
    /// Ends with "?".
    Question = "question",
    /// The share of its bytes between double quotes.
    Quote = "quote",
    /// A label ("Name:") in its first six syllables, and not a final colon.
    Label = "label",
    /// Begins with a dash or a bullet.
    Dash = "dash",
    /// Syllables without a letter (numbers), at most 3, over 3.
    Numbers = "numbers",
    /// The share of its syllables that are capitalized.
    Caps = "caps",
    /// Ends with ":".
    ColonEnd = "colon_end",
    /// Position 3, 4 or 5.
    Pos4To6 = "pos_4_to_6",
    /// ln(1 + position).
    LogPos = "log_pos",
    /// 10 to 19 syllables.
    Len10To20 = "len_10_20",
    /// 20 to 34 syllables.
    Len20To35 = "len_20_35",
    /// 35 to 49 syllables.
    Len35To50 = "len_35_50",
    /// `first` × `log_len`.
    FirstXLogLen = "first_x_log_len",
    /// Cosine of its terms with the first candidate's (0 for the first).
    SimFirst = "sim_first",
    /// `title` × `inv_pos`.
    TitleXInvPos = "title_x_inv_pos",
    /// `centrality` × `inv_pos`.
    CentralityXInvPos = "centrality_x_inv_pos",
    /// `first` × ln(candidates).
    FirstXLogN = "first_x_log_n",
    /// In the paragraph of the first candidate.
    FirstBlock = "first_block",
    /// ln(1 + its position in its paragraph).
    LogBlockPos = "log_block_pos",
    /// The share of the title's syllables it holds (stopwords and numbers included).
    TitleSyllables = "title_syllables",
    /// The share of the title's bigrams it holds.
    TitleBigrams = "title_bigrams",
    /// The share of the text's ten heaviest terms it holds.
    KeywordShare = "keyword_share",
    /// The share of the title's syllable weight its lead holds.
    LeadTitle = "lead_title",
    /// The share of the title's bigrams its lead holds.
    LeadTitleBigrams = "lead_title_bigrams",
    /// Where in its lead the first syllable of the title comes, over the lead's length (1 if
    /// none).
    LeadTitleAt = "lead_title_at",
    /// The share of the title's syllable weight that only the rest of it (after the lead)
    /// holds.
    TitleAfterLead = "title_after_lead",
    /// Cosine of its lead's syllables with the centroid of the candidates' syllables.
    LeadCentrality = "lead_centrality",
    /// The share of the title's syllables its lead holds.
    LeadTitleSyllables = "lead_title_syllables",
    /// The share of the title's numbers it holds (-1 when the title has none).
    TitleNumbers = "title_numbers",
    /// The share of the title's numbers its lead holds (-1 when the title has none).
    LeadTitleNumbers = "lead_title_numbers",
    /// The text has a title (given, or a heading before the first candidate): the one input
    /// of the text rather than of the candidate, last.
    Titled = "titled",
}

/// How many inputs describe a candidate: all but [`Feature::Titled`].
#[cfg(any(test, feature = "lab"))]
pub(crate) const PER_CANDIDATE: usize = Feature::Titled as usize;

/// A candidate's inputs, filled in place and handed to the model as they are: the features
/// (by [`Feature`]), then padding up to the 64 inputs that a node's 6-bit feature index can
/// name, so that the model's walk needs no bounds checks. One row serves every candidate of a
/// text; each feature is set once per candidate (a test checks it), `titled` once per text.
pub(crate) struct Row {
    x: [f64; 64],
    /// How many times each input was set since the candidate began (tests only).
    #[cfg(test)]
    pub writes: [u8; 64],
}

impl Row {
    pub fn new() -> Row {
        Row {
            x: [0.0; 64],
            #[cfg(test)]
            writes: [0; 64],
        }
    }

    #[inline(always)]
    pub fn set(&mut self, f: Feature, value: f64) {
        self.x[f as usize] = value;
        #[cfg(test)]
        {
            self.writes[f as usize] += 1;
        }
    }

    #[inline(always)]
    pub fn get(&self, f: Feature) -> f64 {
        self.x[f as usize]
    }

    /// Starts the next candidate (in tests: its counts of writes start over).
    #[inline(always)]
    pub fn begin_candidate(&mut self) {
        #[cfg(test)]
        self.writes[..PER_CANDIDATE].fill(0);
    }

    /// The model's inputs.
    pub fn inputs(&self) -> &[f64; 64] {
        &self.x
    }

    /// The candidate's features, as the dump writes them (without `titled`).
    #[cfg(any(test, feature = "lab"))]
    pub fn features(&self) -> &[f64] {
        &self.x[..PER_CANDIDATE]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_the_enum() {
        assert_eq!(NAMES.len(), ALL.len());
        assert_eq!(Feature::Titled as usize, NAMES.len() - 1);
        assert!(NAMES.len() <= 64, "a node's feature index has 6 bits");
        for (k, &f) in ALL.iter().enumerate() {
            assert_eq!(f as usize, k);
        }
        let mut names = NAMES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), NAMES.len(), "a name twice");
    }
}
