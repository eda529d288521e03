//! The JavaScript API (WebAssembly only): a thin layer over the Rust API that converts byte
//! offsets to UTF-16 offsets and errors to JS `Error`s. No logic lives here.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Options, UnitKind};

/// Maps byte offsets of a `&str` to UTF-16 code unit offsets, in one pass for a sorted batch.
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

    /// The UTF-16 offset of byte offset `b`; calls must come with `b` not decreasing.
    fn at(&mut self, b: usize) -> usize {
        debug_assert!(b >= self.byte);
        let part = &self.text[self.byte..b];
        self.utf16 += if part.is_ascii() {
            part.len()
        } else {
            part.chars().map(char::len_utf16).sum()
        };
        self.byte = b;
        self.utf16
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsUnit<'a> {
    index: usize,
    start: usize,
    end: usize,
    text: &'a str,
    kind: UnitKind,
    paragraph: usize,
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

fn options_from_js(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() {
        return Err(JsError::new(
            "options must be an object such as { sentences: 3 }",
        ));
    }
    serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsError::new(&format!("invalid options: {e}")))
}

/// Summarizes `text`; see the package README for the options and the result.
#[wasm_bindgen(skip_typescript)]
pub fn summarize(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = options_from_js(options)?;
    let mut summary = crate::summarize(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
    let mut map = Utf16Offsets::new(text);
    for s in &mut summary.sentences {
        s.start = map.at(s.start);
        s.end = map.at(s.end);
    }
    to_js(&summary)
}

/// The sentence units of `text` with UTF-16 offsets and kinds.
#[wasm_bindgen(skip_typescript)]
pub fn sentences(text: &str) -> Result<JsValue, JsError> {
    let units = crate::sentences(text).map_err(|e| JsError::new(&e.to_string()))?;
    let mut map = Utf16Offsets::new(text);
    let out: Vec<JsUnit> = units
        .iter()
        .map(|u| JsUnit {
            index: u.index,
            start: map.at(u.start),
            end: map.at(u.end),
            text: &text[u.start..u.end],
            kind: u.kind,
            paragraph: u.paragraph,
        })
        .collect();
    to_js(&out)
}

/// The version of the package.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
