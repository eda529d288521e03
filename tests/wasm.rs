//! The JavaScript API (`src/wasm/mod.rs`) called with real JS values, in WebAssembly. Run by
//! `scripts/test-wasm.sh` twice: in Node, and with `WASM_BINDGEN_USE_BROWSER=1` in headless
//! Chromium (`webdriver.json`). The same tests run in both.
//!
//! Agreement: every result of the JS layer is compared with the Rust API of the same build
//! (same units, same sentences in the same order, same scores bit for bit, offsets converted);
//! `tests/js/npm-agreement.test.mjs` compares the package with the native CLI.
#![cfg(target_arch = "wasm32")]

use js_sys::{JsString, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

// The included file reaches the Rust API as `crate::…`: these imports are what it finds.
#[allow(unused_imports)]
use tomtat::{
    sentences, summarize, summarize_documents, DocumentsSummary, Error, Input, Options, Summary,
    UnitKind, VERSION,
};

#[allow(dead_code)]
#[path = "../src/wasm/mod.rs"]
mod js;

/// Vietnamese news written for the tests, one sentence a line (`tests/fixtures/articles.txt`,
/// the format is described there; compiled in, so these tests need no file at run time).
const WRITTEN: &str = include_str!("fixtures/articles.txt");

/// The first `n` written articles: (title, article).
fn articles(n: usize) -> Vec<(String, String)> {
    let all: Vec<(String, String)> = WRITTEN
        .split("\n=== ")
        .skip(1)
        .map(|block| {
            let mut lines = block.lines().skip(1);
            let title = lines.next().unwrap_or_default().to_string();
            let body: Vec<&str> = lines.filter(|l| !l.trim().is_empty()).collect();
            (title, body.join("\n"))
        })
        .take(n)
        .collect();
    assert!(all.len() >= n.min(10), "too few written articles");
    all
}

#[derive(Debug)]
struct JsSummary {
    sentences: Vec<JsSentence>,
    keywords: Vec<JsKeyword>,
    stats: JsStats,
}

#[derive(Debug)]
struct JsSentence {
    index: usize,
    start: usize,
    end: usize,
    score: f64,
    text: String,
}

#[derive(Debug)]
struct JsKeyword {
    term: String,
    text: String,
    weight: f64,
}

#[derive(Debug, Clone, PartialEq)]
struct JsStats {
    units: usize,
    candidates: usize,
    selected: usize,
    boilerplate: usize,
    words: usize,
    summary_words: usize,
    chars: usize,
    summary_chars: usize,
}

#[derive(Debug)]
struct JsUnit {
    index: usize,
    start: usize,
    end: usize,
    text: String,
    kind: String,
    paragraph: usize,
}

fn obj(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn js_summarize(text: &str, options: &JsValue) -> JsSummary {
    js_summarize_value(&JsValue::from_str(text), options)
}

/// The summary as the package's `summarize` makes it (npm/api.js, `summaryOf`) from the
/// module's numbers (`pack`), read the same way here; all of them must be read.
fn js_summarize_value(text: &JsValue, options: &JsValue) -> JsSummary {
    let (summary, documents) = js_story(text, options);
    assert!(summary.sentences.iter().all(|s| s.0 == 0));
    assert_eq!(
        documents,
        [summary.stats.clone()],
        "one text is one document"
    );
    JsSummary {
        sentences: summary.sentences.into_iter().map(|s| s.1).collect(),
        keywords: summary.keywords,
        stats: summary.stats,
    }
}

/// A summary read from the module's numbers (`pack`): each sentence with its document, and
/// each document's stats. `input` is a string or an array of documents.
fn js_story(input: &JsValue, options: &JsValue) -> (JsStory, Vec<JsStats>) {
    let p = js::summarize_packed(input.clone(), options.clone())
        .unwrap_or_else(|e| panic!("summarize threw {:?}", message(&e)));
    let text_of = |d: usize| -> JsString {
        if !js_sys::Array::is_array(input) {
            return JsString::from(input.clone());
        }
        let entry = js_sys::Array::from(input).get(d as u32);
        match entry.as_string() {
            Some(_) => JsString::from(entry),
            None => JsString::from(Reflect::get(&entry, &"text".into()).unwrap()),
        }
    };
    let whole = |x: f64| {
        assert!(x >= 0.0 && x.fract() == 0.0, "{x} in {p:?}");
        x as usize
    };
    let (n_sentences, n_keywords, n_documents) = (whole(p[0]), whole(p[1]), whole(p[2]));
    let stats_at = |k: usize| {
        let s: Vec<usize> = p[k..k + 8].iter().map(|&x| whole(x)).collect();
        JsStats {
            units: s[0],
            candidates: s[1],
            selected: s[2],
            boilerplate: s[3],
            words: s[4],
            summary_words: s[5],
            chars: s[6],
            summary_chars: s[7],
        }
    };
    let stats = stats_at(3);
    let mut k = 11;
    let mut documents = Vec::new();
    for _ in 0..n_documents {
        documents.push(stats_at(k));
        k += 8;
    }
    let mut sentences = Vec::new();
    for _ in 0..n_sentences {
        let document = whole(p[k]);
        let (start, end) = (whole(p[k + 2]), whole(p[k + 3]));
        sentences.push((
            document,
            JsSentence {
                index: whole(p[k + 1]),
                start,
                end,
                score: p[k + 4],
                text: text_of(document).slice(start as u32, end as u32).into(),
            },
        ));
        k += 5;
    }
    // The keywords' code units come after their three numbers each.
    let mut at = k + 3 * n_keywords;
    let mut code_units = |n: usize| -> String {
        let units: Vec<u16> = p[at..at + n].iter().map(|&x| whole(x) as u16).collect();
        at += n;
        String::from(JsString::from_char_code(&units))
    };
    let mut keywords = Vec::new();
    for _ in 0..n_keywords {
        keywords.push(JsKeyword {
            term: code_units(whole(p[k + 1])),
            text: code_units(whole(p[k + 2])),
            weight: p[k],
        });
        k += 3;
    }
    assert_eq!(at, p.len(), "numbers left over in {p:?}");
    (
        JsStory {
            sentences,
            keywords,
            stats,
        },
        documents,
    )
}

/// A story's summary as the package reads it: each sentence with its document.
#[derive(Debug)]
struct JsStory {
    sentences: Vec<(usize, JsSentence)>,
    keywords: Vec<JsKeyword>,
    stats: JsStats,
}

/// The units as the package's `sentences` makes them (npm/api.js) from the module's numbers.
fn js_sentences(text: &JsValue) -> Vec<JsUnit> {
    let packed = js::sentence_offsets(text.clone())
        .unwrap_or_else(|e| panic!("sentences threw {:?}", message(&e)));
    assert_eq!(packed.len() % 4, 0);
    let text = JsString::from(text.clone());
    packed
        .chunks(4)
        .enumerate()
        .map(|(index, u)| JsUnit {
            index,
            start: u[0] as usize,
            end: u[1] as usize,
            text: text.slice(u[0], u[1]).into(),
            kind: ["sentence", "heading", "boilerplate"][u[2] as usize].to_string(),
            paragraph: u[3] as usize,
        })
        .collect()
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// What `text.slice(start, end)` gives in JS.
fn js_slice(text: &str, start: usize, end: usize) -> String {
    JsString::from(text).slice(start as u32, end as u32).into()
}

fn message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| format!("not an Error: {e:?}"))
}

fn kind(e: &JsValue) -> String {
    Reflect::get(e, &"kind".into())
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

/// The JS result matches the Rust API's on the same text and options.
fn assert_agrees(text: &str, options_json: &str, options: &Options) {
    let native = summarize(text, options).unwrap();
    let js = js_summarize(text, &obj(options_json));
    assert_eq!(js.sentences.len(), native.sentences.len(), "{options_json}");
    for (j, n) in js.sentences.iter().zip(&native.sentences) {
        assert_eq!(j.index, n.index);
        assert_eq!(
            j.score.to_bits(),
            n.score.to_bits(),
            "score of unit {}",
            n.index
        );
        assert_eq!(j.text, n.text);
        assert_eq!(j.start, utf16_len(&text[..n.start]));
        assert_eq!(j.end, utf16_len(&text[..n.end]));
        assert_eq!(js_slice(text, j.start, j.end), j.text);
    }
    assert_eq!(js.keywords.len(), native.keywords.len());
    for (j, n) in js.keywords.iter().zip(&native.keywords) {
        assert_eq!(
            (&j.term, &j.text, j.weight.to_bits()),
            (&n.term, &n.text, n.weight.to_bits())
        );
    }
    let s = &native.stats;
    let expected = JsStats {
        units: s.units,
        candidates: s.candidates,
        selected: s.selected,
        boilerplate: s.boilerplate,
        words: s.words,
        summary_words: s.summary_words,
        chars: s.chars,
        summary_chars: s.summary_chars,
    };
    assert_eq!(js.stats, expected);
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(js::version(), VERSION);
    assert_eq!(js::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn summaries_agree_with_the_rust_api_on_real_articles() {
    let cases: [(&str, Options); 6] = [
        ("null", Options::default()),
        (
            r#"{"sentences": 3}"#,
            Options {
                sentences: Some(3),
                ..Default::default()
            },
        ),
        (
            r#"{"ratio": 0.3}"#,
            Options {
                ratio: Some(0.3),
                ..Default::default()
            },
        ),
        (
            r#"{"maxWords": 60}"#,
            Options {
                max_words: Some(60),
                ..Default::default()
            },
        ),
        (
            r#"{"maxChars": 400}"#,
            Options {
                max_chars: Some(400),
                ..Default::default()
            },
        ),
        (
            r#"{"sentences": 1, "ratio": null}"#,
            Options {
                sentences: Some(1),
                ..Default::default()
            },
        ),
    ];
    for (_, article) in articles(25) {
        for (json, options) in &cases {
            assert_agrees(&article, json, options);
        }
        let joined = article.replace('\n', " ");
        assert_agrees(&joined, "{}", &Options::default());
    }
    for (title, article) in articles(10) {
        let json = format!(
            r#"{{"title": {}, "sentences": 2}}"#,
            String::from(JSON::stringify(&title.clone().into()).unwrap())
        );
        let options = Options {
            title: Some(title),
            sentences: Some(2),
            ..Default::default()
        };
        assert_agrees(&article, &json, &options);
    }
}

#[wasm_bindgen_test]
fn units_agree_with_the_rust_api_on_real_articles() {
    for (_, article) in articles(25) {
        let native = sentences(&article).unwrap();
        let js = js_sentences(&article.as_str().into());
        assert_eq!(js.len(), native.len());
        for (j, n) in js.iter().zip(&native) {
            assert_eq!(j.index, n.index);
            assert_eq!(j.paragraph, n.paragraph);
            let kind = match n.kind {
                UnitKind::Sentence => "sentence",
                UnitKind::Heading => "heading",
                UnitKind::Boilerplate => "boilerplate",
            };
            assert_eq!(j.kind, kind);
            assert_eq!(j.text, article[n.start..n.end]);
            assert_eq!(js_slice(&article, j.start, j.end), j.text);
        }
    }
}

const ASTRAL: &str =
    "Hà Nội 😀 mưa lớn từ chiều qua, nước dâng 𝔸 cao. Nhiều tuyến phố 🌧️🌧️ ngập sâu.\n\
    Giao thông ùn tắc kéo dài đến tối 🚗. Người dân 👨‍👩‍👧 phải dắt xe qua các điểm ngập. \
    Thành phố 🏙 đã huy động lực lượng tiêu thoát nước. Dự báo mưa còn kéo dài 𠀀 vài ngày.";

#[wasm_bindgen_test]
fn offsets_are_utf16_with_astral_characters() {
    let units = js_sentences(&ASTRAL.into());
    assert!(units.len() >= 5, "{units:?}");
    for u in &units {
        assert_eq!(js_slice(ASTRAL, u.start, u.end), u.text);
    }
    // Past an astral character, UTF-16 and byte and code point offsets all differ.
    let last = units.last().unwrap();
    let text16: Vec<u16> = ASTRAL.encode_utf16().collect();
    assert_eq!(
        String::from_utf16(&text16[last.start..last.end]).unwrap(),
        last.text
    );
    assert_ne!(last.start, ASTRAL.find(&last.text).unwrap());
    assert_ne!(
        last.start,
        ASTRAL[..ASTRAL.find(&last.text).unwrap()].chars().count()
    );

    for options in [
        "{}",
        r#"{"sentences": 6}"#,
        r#"{"ratio": 1}"#,
        r#"{"maxChars": 120}"#,
    ] {
        let summary = js_summarize(ASTRAL, &obj(options));
        assert!(!summary.sentences.is_empty());
        for s in &summary.sentences {
            assert_eq!(js_slice(ASTRAL, s.start, s.end), s.text, "{options}");
        }
    }
    assert_agrees(
        ASTRAL,
        r#"{"sentences": 4}"#,
        &Options {
            sentences: Some(4),
            ..Default::default()
        },
    );
}

#[wasm_bindgen_test]
fn lone_surrogates_read_as_replacement_characters_and_offsets_still_hold() {
    // "… qua. \u{D800}Nhiều … \u{DC00}sâu. …": two lone surrogates, as a JS string may hold.
    let mut text16: Vec<u16> = ASTRAL.encode_utf16().collect();
    let at = ASTRAL.encode_utf16().count() / 3;
    text16.insert(at, 0xD800);
    text16.insert(2 * at, 0xDC00);
    text16.push(0xDBFF);
    let text = JsString::from_char_code(&text16);
    assert_eq!(text.length() as usize, text16.len());
    let units = js_sentences(&text.clone().into());
    let mut replaced = 0;
    for u in &units {
        assert!(u.start <= u.end && u.end <= text16.len());
        // The unit's text is the caller's code units with each lone surrogate as U+FFFD.
        assert_eq!(String::from_utf16_lossy(&text16[u.start..u.end]), u.text);
        replaced += u.text.matches('\u{FFFD}').count();
    }
    assert!(replaced >= 2, "{units:?}");

    let summary = js_summarize_value(&text.into(), &obj(r#"{"ratio": 1}"#));
    for s in &summary.sentences {
        assert_eq!(String::from_utf16_lossy(&text16[s.start..s.end]), s.text);
    }
}

/// Calls `summarize` with `text` and options given as JSON, or as a JS value.
fn error_of(text: JsValue, options: JsValue) -> (String, String) {
    let e = js::summarize_packed(text, options).expect_err("should throw");
    assert!(e.is_instance_of::<js_sys::Error>(), "not an Error: {e:?}");
    (kind(&e), message(&e))
}

fn assert_throws(text: JsValue, options: JsValue, want_kind: &str, want_words: &[&str]) {
    let (kind, message) = error_of(text, options);
    assert_eq!(kind, want_kind, "{message}");
    for w in want_words {
        assert!(message.contains(w), "{message:?} should say {w:?}");
    }
}

fn with(name: &str, value: JsValue) -> JsValue {
    let o = js_sys::Object::new();
    Reflect::set(&o, &name.into(), &value).unwrap();
    o.into()
}

const TEXT: &str =
    "Hà Nội mưa lớn từ chiều qua. Nhiều tuyến phố ngập sâu. Giao thông ùn tắc kéo dài.";

#[wasm_bindgen_test]
fn bad_text_throws_errors_that_say_so() {
    let none = JsValue::UNDEFINED;
    for empty in ["", "   ", "\n\t \u{200B}\u{A0}"] {
        assert_throws(empty.into(), none.clone(), "empty-text", &["empty"]);
        let e = js::sentence_offsets(empty.into()).unwrap_err();
        assert_eq!(kind(&e), "empty-text");
    }
    assert_throws(
        "*** --- ### !!!".into(),
        none.clone(),
        "no-sentences",
        &["no sentence"],
    );
    let not_strings = [
        (JsValue::from_f64(42.0), "42"),
        (JsValue::UNDEFINED, "undefined"),
        (JsValue::NULL, "null"),
        (obj(r#"{"text": "x"}"#), "an object"),
        (obj(r#"["x"]"#), "an array"),
        (JsValue::TRUE, "a boolean"),
    ];
    for (v, named) in not_strings {
        let e = js::sentence_offsets(v.clone()).unwrap_err();
        assert_eq!(kind(&e), "invalid-argument");
        if js_sys::Array::is_array(&v) {
            // To summarize, an array is several documents: here one, "x".
            continue;
        }
        assert_throws(
            v,
            none.clone(),
            "invalid-argument",
            &["text must be a string", named],
        );
    }
    assert!(js::summarize_packed(obj(r#"["Một câu."]"#), none.clone()).is_ok());
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_that_name_the_option() {
    let t = || JsValue::from_str(TEXT);
    for (options, words) in [
        (
            JsValue::from_f64(3.0),
            &["options must be an object", "3"][..],
        ),
        (
            "sentences: 3".into(),
            &["options must be an object", "the string"][..],
        ),
        (obj("[3]"), &["options must be an object", "an array"][..]),
        (
            JsValue::TRUE,
            &["options must be an object", "a boolean"][..],
        ),
    ] {
        assert_throws(t(), options, "invalid-argument", words);
    }
    // Unknown names are named, with a hint when close to a real one.
    assert_throws(
        t(),
        obj(r#"{"sentence": 3}"#),
        "invalid-option",
        &["unknown option `sentence`", "did you mean `sentences`"],
    );
    assert_throws(
        t(),
        obj(r#"{"max_words": 30}"#),
        "invalid-option",
        &["`max_words`", "did you mean `maxWords`"],
    );
    assert_throws(
        t(),
        obj(r#"{"length": 3}"#),
        "invalid-option",
        &["unknown option `length`", "maxChars"],
    );
    assert_throws(
        t(),
        obj(r#"{"sentences": 3, "colour": "red"}"#),
        "invalid-option",
        &["`colour`"],
    );
    // Wrong types.
    for name in ["sentences", "ratio", "maxWords", "maxChars"] {
        for (value, named) in [
            (JsValue::from_str("3"), "the string \"3\""),
            (JsValue::TRUE, "a boolean"),
            (obj("[3]"), "an array"),
        ] {
            assert_throws(
                t(),
                with(name, value),
                "invalid-option",
                &[&format!("`{name}`"), "must be a number", named],
            );
        }
    }
    assert_throws(
        t(),
        with("title", JsValue::from_f64(5.0)),
        "invalid-option",
        &["`title`", "must be a string", "5"],
    );
    // Lengths that are not whole numbers of at least 1.
    for name in ["sentences", "maxWords", "maxChars"] {
        for (value, named) in [
            (0.0, "0"),
            (-1.0, "-1"),
            (-0.0, "0"),
            (2.5, "2.5"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
        ] {
            assert_throws(
                t(),
                with(name, value.into()),
                "invalid-option",
                &[
                    &format!("invalid option `{name}`"),
                    "whole number of at least 1",
                    named,
                ],
            );
        }
    }
    for (value, named) in [
        (0.0, "0"),
        (-0.5, "-0.5"),
        (1.5, "1.5"),
        (f64::NAN, "NaN"),
        (f64::INFINITY, "Infinity"),
    ] {
        assert_throws(
            t(),
            with("ratio", value.into()),
            "invalid-option",
            &["invalid option `ratio`", "above 0 and at most 1", named],
        );
    }
    // Conflicts name every length option given.
    assert_throws(
        t(),
        obj(r#"{"sentences": 2, "ratio": 0.5}"#),
        "conflicting-options",
        &["`sentences`", "`ratio`"],
    );
    assert_throws(
        t(),
        obj(r#"{"maxWords": 20, "maxChars": 100, "sentences": 1}"#),
        "conflicting-options",
        &["`sentences`", "`maxWords`", "`maxChars`"],
    );
}

#[wasm_bindgen_test]
fn absent_options_mean_defaults_and_huge_lengths_mean_no_limit() {
    let default = js_summarize(TEXT, &JsValue::UNDEFINED);
    for options in [
        JsValue::NULL,
        obj("{}"),
        obj(
            r#"{"sentences": null, "ratio": null, "maxWords": null, "maxChars": null, "title": null}"#,
        ),
        with("sentences", JsValue::UNDEFINED),
    ] {
        let s = js_summarize(TEXT, &options);
        assert_eq!(s.sentences.len(), default.sentences.len());
    }
    let all = js_summarize(TEXT, &obj(r#"{"ratio": 1}"#));
    for options in [
        r#"{"sentences": 1e9}"#,
        r#"{"maxChars": 1e300}"#,
        r#"{"maxWords": 9007199254740991}"#,
    ] {
        assert_eq!(
            js_summarize(TEXT, &obj(options)).sentences.len(),
            all.sentences.len(),
            "{options}"
        );
    }
}

#[wasm_bindgen_test]
fn summaries_and_units_come_as_numbers_that_the_wrapper_reads_whole() {
    // npm/api.js makes the objects from these numbers (tests/js check their keys, in order).
    let options = Options {
        sentences: Some(2),
        ..Default::default()
    };
    let native = summarize(TEXT, &options).unwrap();
    let packed = js::summarize_packed(TEXT.into(), obj(r#"{"sentences": 2}"#)).unwrap();
    let keyword_numbers: usize = native
        .keywords
        .iter()
        .map(|k| 3 + utf16_len(&k.term) + utf16_len(&k.text))
        .sum();
    assert_eq!(
        packed.len(),
        3 + 8 * 2 + 5 * native.sentences.len() + keyword_numbers
    );
    assert_agrees(TEXT, r#"{"sentences": 2}"#, &options);
    let units = js::sentence_offsets(TEXT.into()).unwrap();
    assert_eq!(units.len(), 4 * sentences(TEXT).unwrap().len());
}

/// A text whose heaviest keywords are characters outside the Basic Multilingual Plane (two
/// UTF-16 code units each, in the packed numbers).
const ASTRAL_KEYWORDS: &str = "Ông Nguyễn 𠀀𠀁 đến Hà Nội hôm qua. Nguyễn 𠀀𠀁 nói rằng thành \
    phố rất đẹp. Theo Nguyễn 𠀀𠀁, người dân ở đây thân thiện. Thành phố có nhiều hồ đẹp.";

#[wasm_bindgen_test]
fn keywords_outside_the_basic_plane_come_through_whole() {
    let native = summarize(ASTRAL_KEYWORDS, &Options::default()).unwrap();
    assert!(
        native.keywords.iter().any(|k| k.term == "𠀀"),
        "{:?}",
        native.keywords
    );
    assert_agrees(ASTRAL_KEYWORDS, "{}", &Options::default());
}

/// The stories written for the tests of several documents (tests/fixtures/multidoc/).
const STORIES: [&[&str]; 2] = [
    &[
        include_str!("fixtures/multidoc/interview-page.txt"),
        include_str!("fixtures/multidoc/interview-clean.txt"),
    ],
    &[
        include_str!("fixtures/multidoc/accident-1.txt"),
        include_str!("fixtures/multidoc/accident-2.txt"),
        include_str!("fixtures/multidoc/accident-3.txt"),
    ],
];

fn stats_of(s: &tomtat::Stats) -> JsStats {
    JsStats {
        units: s.units,
        candidates: s.candidates,
        selected: s.selected,
        boilerplate: s.boilerplate,
        words: s.words,
        summary_words: s.summary_words,
        chars: s.chars,
        summary_chars: s.summary_chars,
    }
}

#[wasm_bindgen_test]
fn several_documents_agree_with_the_rust_api_as_strings_or_objects() {
    for texts in STORIES {
        // An emoji (two UTF-16 code units) before every line: offsets are per document.
        let odd: Vec<String> = texts.iter().map(|t| t.replace('\n', "\n🌧️ ")).collect();
        for texts in [texts.iter().map(|t| t.to_string()).collect(), odd] {
            for (json, options) in [
                ("{}", Options::default()),
                (
                    r#"{"sentences": 5}"#,
                    Options {
                        sentences: Some(5),
                        ..Default::default()
                    },
                ),
                (
                    r#"{"maxWords": 90}"#,
                    Options {
                        max_words: Some(90),
                        ..Default::default()
                    },
                ),
            ] {
                let inputs: Vec<Input<'_>> =
                    texts.iter().map(|t| Input::from(t.as_str())).collect();
                let native: DocumentsSummary = summarize_documents(&inputs, &options).unwrap();
                let strings = js_sys::Array::new();
                let objects = js_sys::Array::new();
                for t in &texts {
                    strings.push(&JsValue::from_str(t));
                    objects.push(&obj(&format!(
                        r#"{{"text": {}}}"#,
                        JSON::stringify(&t.into()).unwrap()
                    )));
                }
                for input in [strings.into(), objects.into()] {
                    let (js, documents) = js_story(&input, &obj(json));
                    assert_eq!(js.sentences.len(), native.sentences.len(), "{json}");
                    for ((d, j), n) in js.sentences.iter().zip(&native.sentences) {
                        let text = &texts[n.document];
                        assert_eq!((*d, j.index, &j.text), (n.document, n.index, &n.text));
                        assert_eq!(j.score.to_bits(), n.score.to_bits());
                        assert_eq!(j.start, utf16_len(&text[..n.start]));
                        assert_eq!(j.end, utf16_len(&text[..n.end]));
                    }
                    assert_eq!(js.stats, stats_of(&native.stats));
                    assert_eq!(
                        documents,
                        native.documents.iter().map(stats_of).collect::<Vec<_>>()
                    );
                    let terms: Vec<&str> = js.keywords.iter().map(|k| k.term.as_str()).collect();
                    let want: Vec<&str> = native.keywords.iter().map(|k| k.term.as_str()).collect();
                    assert_eq!(terms, want);
                }
            }
        }
    }
}

#[wasm_bindgen_test]
fn an_error_about_one_document_names_it() {
    let [_, accident] = STORIES;
    let array = |items: &[JsValue]| -> JsValue {
        let a = js_sys::Array::new();
        for i in items {
            a.push(i);
        }
        a.into()
    };
    let s = |t: &str| JsValue::from_str(t);
    let document = |e: &JsValue| Reflect::get(e, &"document".into()).unwrap().as_f64();
    for (input, options, want_kind, want_document, words) in [
        (
            array(&[s(accident[0]), s(" \n")]),
            "{}",
            "empty-text",
            Some(1.0),
            "document 2 of 2: the text is empty",
        ),
        (
            array(&[s("<b></b> 42"), s(accident[1])]),
            "{}",
            "no-sentences",
            Some(0.0),
            "document 1 of 2",
        ),
        (
            array(&[s(accident[0]), JsValue::from(7)]),
            "{}",
            "invalid-argument",
            Some(1.0),
            "not 7",
        ),
        (
            array(&[obj(r#"{"title": "x"}"#)]),
            "{}",
            "invalid-argument",
            Some(0.0),
            "its text must be a string",
        ),
        (
            array(&[obj(r#"{"text": "Một câu.", "title": 3}"#)]),
            "{}",
            "invalid-argument",
            Some(0.0),
            "its title must be a string, not 3",
        ),
        (array(&[]), "{}", "no-documents", None, "no document"),
        (
            array(&[s(accident[0]), s(accident[1])]),
            r#"{"title": "x"}"#,
            "invalid-option",
            None,
            "`title`",
        ),
        (
            array(&[s(accident[0]), s(accident[1])]),
            r#"{"sentences": 0}"#,
            "invalid-option",
            None,
            "not 0",
        ),
    ] {
        let e = js::summarize_packed(input, obj(options)).expect_err("should throw");
        assert_eq!(kind(&e), want_kind, "{}", message(&e));
        assert_eq!(document(&e), want_document, "{}", message(&e));
        assert!(
            message(&e).contains(words),
            "{:?} should say {words:?}",
            message(&e)
        );
    }
}
