//! `summarize` and `sentences` on arbitrary bytes taken as text (lossily made UTF-8) and
//! arbitrary options. Never panics; every result keeps the invariants of the public API.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use tomtat::{Error, Options, UnitKind};

#[derive(Debug, Arbitrary)]
enum Length {
    Default,
    Sentences(u16),
    Ratio(f64),
    Words(u16),
    Chars(u32),
    /// Two options at once: must be refused.
    Both(u16, u16),
}

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    length: Length,
    title: Option<&'a str>,
    text: &'a [u8],
}

fuzz_target!(|input: Input<'_>| {
    let text = String::from_utf8_lossy(input.text);
    let mut o = Options {
        title: input.title.map(str::to_owned),
        ..Default::default()
    };
    match input.length {
        Length::Default => {}
        Length::Sentences(n) => o.sentences = Some(n.into()),
        Length::Ratio(r) => o.ratio = Some(r),
        Length::Words(n) => o.max_words = Some(n.into()),
        Length::Chars(n) => o.max_chars = Some(n as usize),
        Length::Both(a, b) => {
            o.sentences = Some(a.into());
            o.max_words = Some(b.into());
        }
    }
    let units = tomtat::sentences(&text);
    match &units {
        Ok(us) => {
            let mut prev = 0;
            for (i, u) in us.iter().enumerate() {
                assert_eq!(u.index, i);
                assert!(prev <= u.start && u.start < u.end && u.end <= text.len());
                assert!(text.is_char_boundary(u.start) && text.is_char_boundary(u.end));
                prev = u.end;
            }
        }
        Err(e) => assert!(matches!(e, Error::EmptyText), "{e:?}"),
    }
    let result = tomtat::summarize(&text, &o);
    let s = match result {
        Ok(s) => s,
        Err(Error::ConflictingOptions(_)) => {
            assert!(matches!(input.length, Length::Both(..)));
            return;
        }
        Err(Error::InvalidOption { .. }) => return,
        Err(Error::EmptyText) => {
            assert!(units.is_err());
            return;
        }
        Err(Error::NoSentences) => {
            let us = units.expect("units");
            assert!(us.iter().all(|u| u.kind == UnitKind::Boilerplate));
            return;
        }
        Err(e) => panic!("unexpected error {e:?}"),
    };
    let us = units.expect("summarize succeeded, so sentences must");
    // A count budget keeps at least one sentence; a size budget may fit none.
    if o.max_words.is_none() && o.max_chars.is_none() {
        assert!(!s.sentences.is_empty());
    }
    let mut prev = None;
    for x in &s.sentences {
        let u = &us[x.index];
        assert_eq!((u.start, u.end), (x.start, x.end));
        assert_ne!(u.kind, UnitKind::Boilerplate);
        assert_eq!(&text[x.start..x.end], x.text);
        assert!(x.score.is_finite());
        assert!(prev.is_none_or(|p| p < x.index));
        prev = Some(x.index);
    }
    let chars: usize = s.sentences.iter().map(|x| x.text.chars().count()).sum();
    assert_eq!(chars, s.stats.summary_chars);
    match (o.sentences, o.max_words, o.max_chars) {
        (Some(n), _, _) => assert!(s.sentences.len() <= n),
        (_, Some(w), _) => assert!(s.stats.summary_words <= w),
        (_, _, Some(c)) => assert!(chars <= c),
        _ => {}
    }
    for k in &s.keywords {
        assert!(k.weight.is_finite());
    }
});
