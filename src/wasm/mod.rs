//! The JavaScript API (WebAssembly only): a thin layer over the Rust API. It converts what JS
//! passes in into Rust values (a string, [`Options`]), byte offsets into UTF-16 offsets (what
//! `String.prototype.slice` counts), and the errors of the Rust API into JS `Error`s that
//! carry the error's [`Error::kind`]. It checks nothing that the Rust API checks: the options'
//! ranges are `src/options.rs`'s; only what cannot be converted (a string where a number
//! goes, an unknown option) is reported here, as an error of kind `"invalid-argument"` or
//! `"invalid-option"`. No summarizing logic lives here.
//!
//! `tests/wasm.rs` includes this file with `#[path]` to call these functions with real JS values,
//! since `lib.rs` keeps the module private: it reaches only the crate's public API. That test
//! crate is compiled with `cfg(test)`, so the `#[wasm_bindgen]` exports are made only by the
//! library itself (`cfg_attr(not(test), ..)`).
//!
//! Panics: the package is built with `panic = "abort"`, so a panic would end in a trap. The hook
//! set at start-up throws a JS `Error` of kind `"internal"` with the panic's message instead; the
//! package's JS wrapper (`npm/api.js`) then makes a fresh instance, since the old one was left
//! mid-call.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{DocumentsSummary, Error, Input, Options, UnitKind};

/// The TypeScript declarations of the package's functions and of what they return
/// (src/wasm/tomtat.d.ts), which wasm-bindgen adds to the package's `.d.ts` after its own
/// header and a blank line.
#[cfg_attr(not(test), wasm_bindgen(typescript_custom_section))]
const TYPES: &str = concat!("\n", include_str!("tomtat.d.ts"));

/// Summarizes `input` with `options` (an object, `null` or `undefined`), as numbers: the
/// package's `summarize` (npm/api.js, `summaryOf`) makes the `Summary` object of `TYPES` from
/// them, each sentence's text a slice of the caller's string. `input` is a string (one text),
/// or an array of strings or of `{ title?, text }` (several documents on one story: a
/// `DocumentsSummary`; an error about one of them carries its index as `document`). One typed
/// array costs one call across the boundary, where objects built here would cost one per field
/// and per string. The layout is [`pack`]'s.
#[cfg_attr(
    not(test),
    wasm_bindgen(js_name = __summarizePacked, skip_typescript)
)]
pub fn summarize_packed(input: JsValue, options: JsValue) -> Result<Vec<f64>, JsValue> {
    if Array::is_array(&input) {
        let docs = documents_from_js(&input)?;
        let opts = options_from_js(&options)?;
        let inputs: Vec<Input<'_>> = docs
            .iter()
            .map(|(text, title)| Input {
                text,
                title: title.as_deref(),
            })
            .collect();
        let story = crate::summarize_documents(&inputs, &opts).map_err(|e| match e {
            Error::Document { document, .. } => with_document(core_error(e), document),
            e => option_error(e, &options),
        })?;
        let texts: Vec<&str> = docs.iter().map(|d| d.0.as_str()).collect();
        return Ok(pack(&story, &texts));
    }
    let text = text_from_js(&input)?;
    let opts = options_from_js(&options)?;
    let summary = crate::summarize(&text, &opts).map_err(|e| option_error(e, &options))?;
    Ok(pack(&DocumentsSummary::from(summary), &[&text]))
}

/// A summary as one array of numbers, read by `summaryOf` in npm/api.js (and by tests/wasm.rs):
///
/// - the number of sentences `S`, of keywords `K` and of documents `D` (1 for one text);
/// - the stats, in the order of `Stats`: units, candidates, selected, boilerplate, words,
///   summaryWords, chars, summaryChars; then `D` times a document's;
/// - `S` times: document, index, UTF-16 start and end (in its document's text), score;
/// - `K` times: weight, the UTF-16 length of the term and of the text;
/// - the UTF-16 code units of every keyword's term and text, in that order (made into one
///   string by the wrapper, then cut: cheaper than a string per keyword).
///
/// Every number is a whole number below 2^53 except the scores and weights, which are carried
/// bit for bit.
pub fn pack(summary: &DocumentsSummary, texts: &[&str]) -> Vec<f64> {
    let count = |n: usize| n as f64;
    let mut out = vec![
        count(summary.sentences.len()),
        count(summary.keywords.len()),
        count(summary.documents.len()),
    ];
    for t in std::iter::once(&summary.stats).chain(&summary.documents) {
        out.extend(
            [
                t.units,
                t.candidates,
                t.selected,
                t.boilerplate,
                t.words,
                t.summary_words,
                t.chars,
                t.summary_chars,
            ]
            .map(count),
        );
    }
    // Sentences come by document, each document's in order: one pass over each text.
    let (mut doc, mut map) = (usize::MAX, Utf16Offsets::new(""));
    for s in &summary.sentences {
        if s.document != doc {
            doc = s.document;
            map = Utf16Offsets::new(texts[doc]);
        }
        out.extend([
            count(s.document),
            count(s.index),
            count(map.at(s.start)),
            count(map.at(s.end)),
            s.score,
        ]);
    }
    for k in &summary.keywords {
        let utf16 = |s: &str| count(s.encode_utf16().count());
        out.extend([k.weight, utf16(&k.term), utf16(&k.text)]);
    }
    for k in &summary.keywords {
        out.extend(k.term.encode_utf16().map(f64::from));
        out.extend(k.text.encode_utf16().map(f64::from));
    }
    out
}

/// The sentence units of `text`, four numbers each: UTF-16 start and end, kind (0 sentence,
/// 1 heading, 2 boilerplate), paragraph. The package's `sentences` (npm/api.js) makes the unit
/// objects of `Unit` in `TYPES` from them, each with `text.slice(start, end)`: a typed array
/// and slices of the string JS already holds cost a fraction of building the objects here,
/// which would mean decoding every unit's text again from UTF-8.
#[cfg_attr(
    not(test),
    wasm_bindgen(js_name = __sentenceOffsets, skip_typescript)
)]
pub fn sentence_offsets(text: JsValue) -> Result<Vec<u32>, JsValue> {
    let text = text_from_js(&text)?;
    let units = crate::sentences(&text).map_err(core_error)?;
    let mut map = Utf16Offsets::new(&text);
    let mut out = Vec::with_capacity(units.len() * 4);
    for u in &units {
        // Offsets fit: a text is at most 64 MiB, so fewer UTF-16 units.
        out.push(map.at(u.start) as u32);
        out.push(map.at(u.end) as u32);
        out.push(match u.kind {
            UnitKind::Sentence => 0,
            UnitKind::Heading => 1,
            UnitKind::Boilerplate => 2,
        });
        out.push(u.paragraph as u32);
    }
    Ok(out)
}

/// The version of the package (the crate's version).
#[cfg_attr(not(test), wasm_bindgen)]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// Fails on purpose, for the tests of the JS wrapper's recovery: `"panic"` panics, anything
/// else traps without a message (as an allocation failure would).
#[doc(hidden)]
#[cfg_attr(not(test), wasm_bindgen(js_name = __fail_for_test, skip_typescript))]
pub fn fail_for_test(how: &str) {
    if how == "panic" {
        panic!("failing on purpose ({how})");
    }
    std::process::abort();
}

#[cfg(not(test))]
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = format!("tomtat panicked: {info}");
        wasm_bindgen::throw_val(js_error("internal", &message));
    }));
}

/// Maps byte offsets of a `&str` to UTF-16 code unit offsets, in one pass for ascending offsets.
struct Utf16Offsets<'a> {
    text: &'a str,
    byte: usize,
    utf16: usize,
}

impl<'a> Utf16Offsets<'a> {
    fn new(text: &'a str) -> Self {
        Utf16Offsets {
            text,
            byte: 0,
            utf16: 0,
        }
    }

    /// The UTF-16 offset of byte offset `b` (a char boundary). Fast when offsets come in
    /// ascending order; a smaller offset starts over from the beginning.
    fn at(&mut self, b: usize) -> usize {
        if b < self.byte {
            self.byte = 0;
            self.utf16 = 0;
        }
        // One UTF-16 unit per UTF-8 lead byte, two for the lead byte of a 4-byte character.
        self.utf16 += self.text.as_bytes()[self.byte..b]
            .iter()
            .map(|&x| usize::from(x & 0xC0 != 0x80) + usize::from(x >= 0xF0))
            .sum::<usize>();
        self.byte = b;
        self.utf16
    }
}

/// A JS `Error` with a `kind` property (see `ErrorKind` in `TYPES`).
fn js_error(kind: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    // Setting a property on a fresh Error cannot fail.
    let _ = Reflect::set(&error, &JsValue::from_str("kind"), &JsValue::from_str(kind));
    error.into()
}

/// `error` with the index of the document at fault as its `document`.
fn with_document(error: JsValue, document: usize) -> JsValue {
    // Setting a property on a fresh Error cannot fail.
    let _ = Reflect::set(&error, &"document".into(), &JsValue::from(document as u32));
    error
}

fn core_error(e: Error) -> JsValue {
    js_error(e.kind(), &e.to_string())
}

/// An error of the Rust API about `options` (the JS object): an option out of its range also
/// says which value it was given, as JavaScript writes it ("…, not 1.5").
fn option_error(e: Error, options: &JsValue) -> JsValue {
    let value = match &e {
        Error::InvalidOption { option, .. } => {
            Reflect::get(options, &JsValue::from_str(option)).ok()
        }
        _ => None,
    };
    match value {
        Some(v) => js_error(e.kind(), &format!("{e}, not {}", describe(&v))),
        None => core_error(e),
    }
}

fn invalid_option(option: &'static str, message: String) -> JsValue {
    core_error(Error::InvalidOption { option, message })
}

/// How a JS value is named in error messages: "the string \"3\"", "an array", "NaN"...
fn describe(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        let short: String = s.chars().take(24).collect();
        let more = if short.len() < s.len() { "…" } else { "" };
        return format!("the string \"{short}{more}\"");
    }
    if let Some(n) = v.as_f64() {
        return format_number(n);
    }
    let what = if v.is_null() {
        "null"
    } else if v.is_undefined() {
        "undefined"
    } else if v.as_bool().is_some() {
        "a boolean"
    } else if v.is_bigint() {
        "a bigint"
    } else if v.is_symbol() {
        "a symbol"
    } else if v.is_function() {
        "a function"
    } else if Array::is_array(v) {
        "an array"
    } else {
        "an object"
    };
    what.to_string()
}

/// `n` as JS writes it ("1.5", "NaN", "-Infinity", "1e+21"): JS formats it, so the .wasm
/// links no float formatting of its own (about 20 KB).
fn format_number(n: f64) -> String {
    js_sys::Number::from(n)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

fn text_from_js(text: &JsValue) -> Result<String, JsValue> {
    text.as_string().ok_or_else(|| {
        js_error(
            "invalid-argument",
            &format!("the text must be a string, not {}", describe(text)),
        )
    })
}

/// The documents of `texts`: an array of strings or of `{ title?, text }` (text and title
/// strings; a title `null` or `undefined` is none), as (text, title).
fn documents_from_js(texts: &JsValue) -> Result<Vec<(String, Option<String>)>, JsValue> {
    if !Array::is_array(texts) {
        return Err(js_error(
            "invalid-argument",
            &format!("the texts must be an array, not {}", describe(texts)),
        ));
    }
    let array: &Array = texts.unchecked_ref();
    let mut out = Vec::with_capacity(array.length() as usize);
    for (d, entry) in array.iter().enumerate() {
        let bad = |what: String| {
            let message = format!("document {} of {}: {what}", d + 1, array.length());
            with_document(js_error("invalid-argument", &message), d)
        };
        if let Some(text) = entry.as_string() {
            out.push((text, None));
            continue;
        }
        if !entry.is_object() || Array::is_array(&entry) {
            return Err(bad(format!(
                "give a string or {{ title, text }}, not {}",
                describe(&entry)
            )));
        }
        let field = |name: &str| Reflect::get(&entry, &JsValue::from_str(name));
        let text = field("text")?;
        let text = text.as_string().ok_or_else(|| {
            bad(format!(
                "its text must be a string, not {}",
                describe(&text)
            ))
        })?;
        let title = field("title")?;
        let title = if title.is_undefined() || title.is_null() {
            None
        } else {
            Some(title.as_string().ok_or_else(|| {
                bad(format!(
                    "its title must be a string, not {}",
                    describe(&title)
                ))
            })?)
        };
        out.push((text, title));
    }
    Ok(out)
}

const OPTION_NAMES: [&str; 5] = ["sentences", "ratio", "maxWords", "maxChars", "title"];

/// Reads the options object field by field so that every message names the option at fault.
fn options_from_js(options: &JsValue) -> Result<Options, JsValue> {
    let mut out = Options::default();
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    if !options.is_object() || Array::is_array(options) {
        return Err(js_error(
            "invalid-argument",
            &format!(
                "options must be an object such as {{ sentences: 3 }}, not {}",
                describe(options)
            ),
        ));
    }
    for key in Object::keys(options.unchecked_ref::<Object>()).iter() {
        let name = key.as_string().unwrap_or_default();
        let Some(&name) = OPTION_NAMES.iter().find(|n| **n == name) else {
            return Err(unknown_option(&name));
        };
        let value = Reflect::get(options, &key)?;
        if value.is_undefined() || value.is_null() {
            continue;
        }
        match name {
            "sentences" => out.sentences = Some(count(name, &value)?),
            "ratio" => out.ratio = Some(number(name, &value)?),
            "maxWords" => out.max_words = Some(count(name, &value)?),
            "maxChars" => out.max_chars = Some(count(name, &value)?),
            _ => {
                out.title = Some(value.as_string().ok_or_else(|| {
                    invalid_option(name, format!("must be a string, not {}", describe(&value)))
                })?)
            }
        }
    }
    Ok(out)
}

fn unknown_option(name: &str) -> JsValue {
    // ASCII only: option names are ASCII (std's `to_lowercase` would add its 11.7 KB table).
    let folded = |s: &str| -> String {
        s.chars()
            .filter(|&c| c != '_' && c != '-')
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let close = OPTION_NAMES.iter().find(|known| {
        let (a, b) = (folded(known), folded(name));
        a == b || (b.len() >= 3 && (a.starts_with(&b) || b.starts_with(&a)))
    });
    let hint = match close {
        Some(known) => format!(" (did you mean `{known}`?)"),
        None => String::new(),
    };
    js_error(
        "invalid-option",
        &format!(
            "unknown option `{name}`{hint}: the options are sentences, ratio, maxWords, maxChars and title"
        ),
    )
}

fn number(name: &'static str, v: &JsValue) -> Result<f64, JsValue> {
    v.as_f64()
        .ok_or_else(|| invalid_option(name, format!("must be a number, not {}", describe(v))))
}

/// A length option as a count: a whole number of at least 0 as itself (past what memory can
/// hold: no limit); any other number (2.5, -1, NaN, Infinity) as 0, which no length option
/// accepts, so that the Rust API's check names the option and its rule ([`option_error`] adds
/// the value given).
fn count(name: &'static str, v: &JsValue) -> Result<usize, JsValue> {
    let n = number(name, v)?;
    Ok(if !(n.is_finite() && n >= 0.0 && n.fract() == 0.0) {
        0
    } else if n >= usize::MAX as f64 {
        usize::MAX
    } else {
        n as usize
    })
}
