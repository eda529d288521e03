//! Text as the engine reads it, before any unit or word: white space and the invisible
//! characters, match keys (case, Unicode form and the place of the tone mark folded away), NFC
//! for what is shown, fast scans for a few bytes, and words as UAX #29 cuts them. Nothing here
//! changes the caller's text: offsets always point into it.

mod decompose;
mod fold;
mod nfc;
pub(crate) mod scan;
pub(crate) mod segment;

pub(crate) use fold::{
    char_info, end_fold, fold, fold_hash, fold_into, is_latin_letter, lower, CharInfo, ALPHABETIC,
    MARK, PUNCT, UPPER, WORD,
};
pub(crate) use nfc::{display_form, nfc};

/// `s` without the characters that `f` accepts at its end. One copy of std's
/// `trim_end_matches` for every caller: each closure given to it is a copy of its own in the
/// .wasm.
#[inline(never)]
pub(crate) fn trim_end_by(s: &str, f: fn(char) -> bool) -> &str {
    s.trim_end_matches(f)
}

/// `s` without the characters that `f` accepts at its start (see [`trim_end_by`]).
#[inline(never)]
pub(crate) fn trim_start_by(s: &str, f: fn(char) -> bool) -> &str {
    s.trim_start_matches(f)
}

/// Whether `w` is one of the words of `list` ('|' between them). Not inlined: each inlined
/// `split` is a copy of std's searcher in the .wasm.
#[inline(never)]
pub(crate) fn listed(list: &str, w: &str) -> bool {
    // A byte loop: std's `split` ran a char searcher per call, a tenth of a summary's time.
    let (l, w) = (list.as_bytes(), w.as_bytes());
    let mut start = 0;
    loop {
        let mut end = start;
        while end < l.len() && l[end] != b'|' {
            end += 1;
        }
        if &l[start..end] == w {
            return true;
        }
        if end == l.len() {
            return false;
        }
        start = end + 1;
    }
}

/// Characters that change nothing a reader sees: soft hyphen, zero-width space and joiners,
/// word joiner, byte-order mark. They are dropped from match keys.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// White space as a reader sees it, NBSP and the invisible characters included.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}
