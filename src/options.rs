//! The options of [`crate::summarize`], checked here and nowhere else: the JavaScript layer
//! (`src/wasm/`) and the CLI only convert their values into [`Options`] and pass on the errors.

use crate::{Error, Options, Result};

/// What a length counted in sentences, words or characters must be.
const COUNT: &str = "must be a whole number of at least 1";
/// What `ratio` must be. (No number in the message: formatting floats would cost the .wasm
/// about 20 KB; the JavaScript layer adds the value as JavaScript writes it.)
const RATIO: &str = "must be a number above 0 and at most 1";

/// The length of the summary.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Budget {
    /// About a fifth of the candidates, at least one and at most five.
    Default,
    Sentences(usize),
    Ratio(f64),
    Words(usize),
    Chars(usize),
}

impl Options {
    /// The length asked for, once every option is checked: each value in its range first
    /// ([`Error::InvalidOption`]), then at most one length option
    /// ([`Error::ConflictingOptions`]).
    pub(crate) fn budget(&self) -> Result<Budget> {
        let count = |name: &'static str, v: Option<usize>| match v {
            Some(0) => Err(Error::invalid(name, COUNT)),
            v => Ok(v),
        };
        let sentences = count("sentences", self.sentences)?;
        if let Some(r) = self.ratio {
            if !(r > 0.0 && r <= 1.0) {
                return Err(Error::invalid("ratio", RATIO));
            }
        }
        let max_words = count("maxWords", self.max_words)?;
        let max_chars = count("maxChars", self.max_chars)?;
        let given: Vec<&'static str> = [
            ("sentences", sentences.is_some()),
            ("ratio", self.ratio.is_some()),
            ("maxWords", max_words.is_some()),
            ("maxChars", max_chars.is_some()),
        ]
        .iter()
        .filter(|g| g.1)
        .map(|g| g.0)
        .collect();
        if given.len() > 1 {
            return Err(Error::ConflictingOptions(given));
        }
        Ok(match (sentences, self.ratio, max_words, max_chars) {
            (Some(n), ..) => Budget::Sentences(n),
            (_, Some(r), ..) => Budget::Ratio(r),
            (_, _, Some(w), _) => Budget::Words(w),
            (_, _, _, Some(c)) => Budget::Chars(c),
            _ => Budget::Default,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget(o: Options) -> Result<Budget> {
        o.budget()
    }

    #[test]
    fn each_length_option_is_checked_then_their_number() {
        let none = Options::default();
        assert_eq!(budget(none.clone()), Ok(Budget::Default));
        let o = |f: fn(&mut Options)| {
            let mut o = none.clone();
            f(&mut o);
            o
        };
        assert_eq!(
            budget(o(|o| o.sentences = Some(3))),
            Ok(Budget::Sentences(3))
        );
        assert_eq!(budget(o(|o| o.ratio = Some(1.0))), Ok(Budget::Ratio(1.0)));
        assert_eq!(budget(o(|o| o.max_words = Some(40))), Ok(Budget::Words(40)));
        assert_eq!(
            budget(o(|o| o.max_chars = Some(200))),
            Ok(Budget::Chars(200))
        );
        for (bad, name) in [
            (o(|o| o.sentences = Some(0)), "sentences"),
            (o(|o| o.max_words = Some(0)), "maxWords"),
            (o(|o| o.max_chars = Some(0)), "maxChars"),
        ] {
            assert_eq!(budget(bad), Err(Error::invalid(name, COUNT)));
        }
        for r in [0.0, -0.5, 1.5, f64::NAN, f64::INFINITY] {
            let ratio = Options {
                ratio: Some(r),
                ..Options::default()
            };
            assert_eq!(
                budget(ratio).map_err(|e| e.kind()),
                Err("invalid-option"),
                "{r}"
            );
        }
        // Values first: a bad value is named even beside another length option.
        let both = Options {
            sentences: Some(2),
            ratio: Some(1.5),
            ..Options::default()
        };
        assert_eq!(budget(both), Err(Error::invalid("ratio", RATIO)));
        let both = Options {
            sentences: Some(2),
            max_chars: Some(50),
            ..Options::default()
        };
        assert_eq!(
            budget(both),
            Err(Error::ConflictingOptions(vec!["sentences", "maxChars"]))
        );
    }
}
