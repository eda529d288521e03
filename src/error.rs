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
    /// No document was given to [`crate::summarize_documents`].
    NoDocuments,
    /// One of the documents given to [`crate::summarize_documents`] is at fault: it is empty
    /// or has no sentence. Its [`Error::kind`] is the inner error's.
    Document {
        /// Its index among the documents given (from 0).
        document: usize,
        /// How many documents were given.
        documents: usize,
        /// What is wrong with it.
        error: Box<Error>,
    },
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

    /// `error` of document `document` of `documents`.
    pub(crate) fn in_document(document: usize, documents: usize, error: Error) -> Self {
        Error::Document {
            document,
            documents,
            error: Box::new(error),
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
            Error::NoDocuments => "no-documents",
            Error::Document { error, .. } => error.kind(),
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
            Error::NoDocuments => write!(f, "no document given: give at least one text to summarize"),
            // People count documents from 1.
            Error::Document {
                document,
                documents,
                error,
            } => write!(f, "document {} of {documents}: {error}", document + 1),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `kind`s the package's TypeScript declarations list: those of [`Error`] and the two
    /// of the JavaScript layer itself (src/wasm/: a value that is no string or no object, and a
    /// panic), nothing more. The JS wrappers (npm/) read the kind and keep no list of their own.
    #[test]
    fn the_typescript_error_kinds_are_the_errors_kinds() {
        let ts = include_str!("wasm/tomtat.d.ts");
        let union = ts
            .split("export type ErrorKind =")
            .nth(1)
            .and_then(|t| t.split(';').next())
            .expect("ErrorKind in src/wasm/tomtat.d.ts");
        let mut declared: Vec<&str> = union
            .split('|')
            .map(|k| k.trim().trim_matches('"'))
            .filter(|k| !k.is_empty())
            .collect();
        let mut kinds: Vec<&str> = [
            Error::EmptyText,
            Error::NoSentences,
            Error::TextTooLong { bytes: 1, max: 0 },
            Error::invalid("ratio", "x"),
            Error::ConflictingOptions(vec![]),
            Error::NoDocuments,
        ]
        .iter()
        .map(Error::kind)
        .chain(["invalid-argument", "internal"])
        .collect();
        declared.sort_unstable();
        kinds.sort_unstable();
        assert_eq!(declared, kinds);
        // A new variant fails to compile here: add it to the list above.
        let _every_variant = |e: &Error| match e {
            Error::EmptyText
            | Error::NoSentences
            | Error::TextTooLong { .. }
            | Error::InvalidOption { .. }
            | Error::ConflictingOptions(_)
            | Error::NoDocuments
            | Error::Document { .. } => {}
        };
    }
}
