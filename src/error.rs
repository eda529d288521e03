//! The one error type of tomtat. Every message says what was wrong and what to do.

use std::fmt;

/// What went wrong. Each variant's message can be shown to a user as it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The text is empty or holds only white space.
    EmptyText,
    /// The text holds no unit that could be a summary sentence (only symbols, links, markup).
    NoSentences,
    /// The text is longer than [`crate::MAX_TEXT_BYTES`].
    TextTooLong {
        /// Length of the text given.
        bytes: usize,
        /// The longest accepted.
        max: usize,
    },
    /// An option has a value outside its range.
    InvalidOption {
        /// The option's name as JavaScript spells it.
        option: &'static str,
        /// What is wrong with its value.
        message: String,
    },
    /// Two or more length options were given; only one may be.
    ConflictingOptions(Vec<&'static str>),
}

/// `Result` with tomtat's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn invalid(option: &'static str, message: impl Into<String>) -> Self {
        Error::InvalidOption {
            option,
            message: message.into(),
        }
    }

    /// A short stable name for the kind of error, for programs ("empty-text", ...).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::EmptyText => "empty-text",
            Error::NoSentences => "no-sentences",
            Error::TextTooLong { .. } => "text-too-long",
            Error::InvalidOption { .. } => "invalid-option",
            Error::ConflictingOptions(_) => "conflicting-options",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::EmptyText => write!(f, "the text is empty: give some Vietnamese text to summarize"),
            Error::NoSentences => write!(
                f,
                "the text has no sentence to summarize: it holds only symbols, numbers, links or page debris"
            ),
            Error::TextTooLong { bytes, max } => write!(
                f,
                "the text is too long ({bytes} bytes; at most {max} bytes): split it into parts"
            ),
            Error::InvalidOption { option, message } => write!(f, "invalid option `{option}`: {message}"),
            Error::ConflictingOptions(names) => {
                let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                write!(
                    f,
                    "conflicting length options {}: give only one of sentences, ratio, maxWords, maxChars",
                    names.join(" and ")
                )
            }
        }
    }
}

impl std::error::Error for Error {}
