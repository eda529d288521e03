//! The JavaScript API (WebAssembly only): a thin layer over the Rust API. It checks what JS
//! passes in, converts byte offsets to UTF-16 offsets (what `String.prototype.slice` counts)
//! and errors to JS `Error`s that carry a `kind`. No summarizing logic lives here.
//!
//! `tests/wasm.rs` includes this file with `#[path]` to call these functions with real JS values,
//! since `lib.rs` keeps the module private. That test crate is compiled with `cfg(test)`, so the
//! `#[wasm_bindgen]` exports are made only by the library itself (`cfg_attr(not(test), ..)`).
//!
//! Panics: the package is built with `panic = "abort"`, so a panic would end in a trap. The hook
//! set at start-up throws a JS `Error` of kind `"internal"` with the panic's message instead; the
//! package's JS wrapper (`npm/api.js`) then makes a fresh instance, since the old one was left
//! mid-call.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{Error, Options, Summary, UnitKind};

#[cfg_attr(not(test), wasm_bindgen(typescript_custom_section))]
const TYPES: &str = r#"
/**
 * Options of {@link summarize}. Give at most one length option (`sentences`, `ratio`,
 * `maxWords`, `maxChars`); with none, the summary has about a fifth of the sentences, at least
 * one and at most five. `null` and `undefined` mean "not given".
 */
export interface SummarizeOptions {
  /** Number of sentences to keep: a whole number, at least 1. */
  sentences?: number | null;
  /** Share of the sentences to keep, above 0 and at most 1; at least one sentence is kept. */
  ratio?: number | null;
  /** Most syllables (words) in the summary: a whole number, at least 1. */
  maxWords?: number | null;
  /** Most characters (Unicode code points) in the summary: a whole number, at least 1. */
  maxChars?: number | null;
  /** The title of the text, if known; otherwise its first heading is used. */
  title?: string | null;
}

/** A sentence of a summary. `text.slice(start, end) === sentence.text`. */
export interface SummarySentence {
  /** Index of the unit among all units of the text (as {@link sentences} numbers them). */
  index: number;
  /** UTF-16 offset of the sentence in the text given (a `String.prototype.slice` index). */
  start: number;
  /** UTF-16 offset just past the sentence. */
  end: number;
  /** How important the sentence was judged; higher is more important. Comparable within one text. */
  score: number;
  /** The sentence as written in the text. */
  text: string;
}

/**
 * A word or a name that stands for the text: a whole word ("tử vong") or a whole name
 * ("Tô Lâm", "Bộ Tài chính", "TP.HCM") of its sentences and headings, never of its boilerplate.
 */
export interface Keyword {
  /** The match key: the keyword in lower case, NFC ("tô lâm"), for programs. */
  term: string;
  /** The keyword as the text writes it most often, NFC ("Tô Lâm", "tử vong"): show this. */
  text: string;
  /** Its weight (term frequency times inverse document frequency), the largest first. */
  weight: number;
}

/** Counts about the text and its summary. Characters are Unicode code points. */
export interface Stats {
  /** All units found (sentences, headings, boilerplate). */
  units: number;
  /** Units that could be chosen. */
  candidates: number;
  /** Units chosen. */
  selected: number;
  /** Boilerplate units set aside. */
  boilerplate: number;
  /** Syllables in the candidate units. */
  words: number;
  /** Syllables in the summary. */
  summaryWords: number;
  /** Code points of the text. */
  chars: number;
  /** Code points of the summary sentences (not counting separators). */
  summaryChars: number;
}

/** The result of {@link summarize}. */
export interface Summary {
  /** The chosen sentences, in the order of the text. */
  sentences: SummarySentence[];
  /** The words and names that stand for the text (at most 10), the heaviest first. */
  keywords: Keyword[];
  /** Counts about the text and the summary. */
  stats: Stats;
}

/** What a unit of the text is. */
export type UnitKind = "sentence" | "heading" | "boilerplate";

/** One sentence unit of a text. `text.slice(start, end) === unit.text`. */
export interface Unit {
  /** Position among all units of the text. */
  index: number;
  /** UTF-16 offset of the unit in the text given. */
  start: number;
  /** UTF-16 offset just past the unit. */
  end: number;
  /** The unit as written in the text. */
  text: string;
  /** Sentence, heading (a line without final punctuation) or page debris. */
  kind: UnitKind;
  /** The paragraph (block of lines) the unit is in, counted from 0. */
  paragraph: number;
}

/** The `kind` of the errors tomtat throws. */
export type ErrorKind =
  | "empty-text"
  | "no-sentences"
  | "text-too-long"
  | "invalid-argument"
  | "invalid-option"
  | "conflicting-options"
  | "internal";

/** The errors tomtat throws: plain `Error`s with a `kind`. */
export interface TomtatError extends Error {
  kind: ErrorKind;
}

/**
 * Summarizes `text`: picks its most important sentences, without redundancy, within the length
 * asked for, and returns them in the order of the text with UTF-16 offsets.
 * @throws {TomtatError} for empty text, text without sentences, or bad options.
 */
export function summarize(text: string, options?: SummarizeOptions | null): Summary;

/**
 * Cuts `text` into sentence units, each with its UTF-16 offsets and kind.
 * @throws {TomtatError} for empty text.
 */
export function sentences(text: string): Unit[];
"#;

/// Summarizes `text` with `options` (an object, `null` or `undefined`), as numbers: the
/// package's `summarize` (npm/api.js, `summaryOf`) makes the `Summary` object of `TYPES` from
/// them, each sentence's text a slice of the caller's string. One typed array costs one call
/// across the boundary; building the objects here took one call per field and per string
/// (about 80 for a summary of 5 sentences and 10 keywords, 5 % of a call on 10 KB in Node).
/// The layout is [`pack_summary`]'s.
#[cfg_attr(
    not(test),
    wasm_bindgen(js_name = __summarizePacked, skip_typescript)
)]
pub fn summarize_packed(text: JsValue, options: JsValue) -> Result<Vec<f64>, JsValue> {
    let text = text_from_js(&text)?;
    let options = options_from_js(&options)?;
    let summary = crate::summarize(&text, &options).map_err(core_error)?;
    Ok(pack_summary(&summary, &text))
}

/// A summary as one array of numbers, read by `summaryOf` in npm/api.js (and by tests/wasm.rs):
///
/// - the number of sentences `S` and of keywords `K`;
/// - the stats, in the order of `Stats`: units, candidates, selected, boilerplate, words,
///   summaryWords, chars, summaryChars;
/// - `S` times: index, UTF-16 start, UTF-16 end, score;
/// - `K` times: weight, the UTF-16 length of the term and of the text;
/// - the UTF-16 code units of every keyword's term and text, in that order (made into one
///   string by the wrapper, then cut: cheaper than a string per keyword).
///
/// Every number is a whole number below 2^53 except the scores and weights, which are carried
/// bit for bit.
pub fn pack_summary(summary: &Summary, text: &str) -> Vec<f64> {
    let count = |n: usize| n as f64;
    let t = &summary.stats;
    let mut out = vec![
        count(summary.sentences.len()),
        count(summary.keywords.len()),
        count(t.units),
        count(t.candidates),
        count(t.selected),
        count(t.boilerplate),
        count(t.words),
        count(t.summary_words),
        count(t.chars),
        count(t.summary_chars),
    ];
    let mut map = Utf16Offsets::new(text);
    for s in &summary.sentences {
        out.extend([
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
/// which meant decoding every unit's text again from UTF-8 (on 10 MB, more than summarizing).
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

fn core_error(e: Error) -> JsValue {
    js_error(e.kind(), &e.to_string())
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
            "sentences" => out.sentences = Some(whole_number(name, &value)?),
            "ratio" => out.ratio = Some(ratio(&value)?),
            "maxWords" => out.max_words = Some(whole_number(name, &value)?),
            "maxChars" => out.max_chars = Some(whole_number(name, &value)?),
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

/// The ratio option, checked here too so that the message can show the number as JS writes
/// it (the core's message does not show it).
fn ratio(v: &JsValue) -> Result<f64, JsValue> {
    let r = number("ratio", v)?;
    if !(r > 0.0 && r <= 1.0) {
        return Err(invalid_option(
            "ratio",
            format!(
                "must be a number above 0 and at most 1, not {}",
                format_number(r)
            ),
        ));
    }
    Ok(r)
}

/// A count option: a whole number, at least 1. Counts past what memory can hold mean "no limit".
fn whole_number(name: &'static str, v: &JsValue) -> Result<usize, JsValue> {
    let n = number(name, v)?;
    if !(n.is_finite() && n >= 1.0 && n.fract() == 0.0) {
        return Err(invalid_option(
            name,
            format!(
                "must be a whole number of at least 1, not {}",
                format_number(n)
            ),
        ));
    }
    Ok(if n >= usize::MAX as f64 {
        usize::MAX
    } else {
        n as usize
    })
}
