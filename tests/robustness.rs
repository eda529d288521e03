//! Issue 7: tomtat never breaks, on any input. Property tests of `summarize` over arbitrary
//! Unicode and over articles (written for the tests, `tests/fixtures/`) mutated the ways pasted text is (NFD, the other tone-mark
//! placement, lost punctuation, doubled spaces, emoji and control characters), then extreme
//! inputs, each with its defined answer and a bound on the memory it takes.
//!
//! The tests of this file run one at a time (see `serial`), so that the allocation counter
//! measures one call alone.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::{Mutex, MutexGuard, OnceLock};

use proptest::prelude::*;
use tomtat::lab::is_space;
use tomtat::{sentences, summarize, Error, Options, Summary, Unit, UnitKind};
use unicode_normalization::UnicodeNormalization;

// ---------------------------------------------------------------------------------------------
// Memory: a counting allocator, to bound the peak memory of one call.

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                let now =
                    LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` and returns its result with the most memory it held at once beyond what was live
/// before it, in bytes.
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let out = f();
    (out, PEAK.load(Relaxed).saturating_sub(base))
}

/// The tests of this file take turns: the allocation counter is global.
fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

// ---------------------------------------------------------------------------------------------
// The invariants of a result.

fn articles() -> &'static [common::Article] {
    static A: OnceLock<Vec<common::Article>> = OnceLock::new();
    A.get_or_init(common::written)
}

/// About `bytes` bytes of news that does not repeat itself (`common::mixed_text`: sentences
/// mixed from the written articles, as the benchmarks build their texts without the corpus).
fn news(bytes: usize) -> String {
    common::mixed_text(bytes)
}

fn count_option(o: &Options) -> Option<&'static str> {
    match (o.sentences, o.ratio, o.max_words, o.max_chars) {
        (None, None, None, None) => Some("default"),
        (Some(_), ..) => Some("sentences"),
        (_, Some(_), ..) => Some("ratio"),
        _ => None,
    }
}

/// Checks everything `summarize(text, o)` promises, whatever `text` is; returns the summary
/// (or the error) for more specific checks.
fn check(text: &str, o: &Options) -> Result<Result<Summary, Error>, TestCaseError> {
    let result = summarize(text, o);
    // Same input, same options: same output (checked on texts that take no time).
    if text.len() < 200_000 {
        prop_assert_eq!(&summarize(text, o), &result);
    }
    let units = sentences(text);
    let s = match result {
        Ok(s) => s,
        Err(Error::EmptyText) => {
            prop_assert!(
                text.chars().all(is_space),
                "EmptyText for a text with characters"
            );
            prop_assert_eq!(units, Err(Error::EmptyText));
            return Ok(Err(Error::EmptyText));
        }
        Err(Error::NoSentences) => {
            let units = units.expect("units of a text without sentences");
            prop_assert!(
                units.iter().all(|u| u.kind == UnitKind::Boilerplate),
                "NoSentences, yet a unit is not boilerplate"
            );
            return Ok(Err(Error::NoSentences));
        }
        Err(e) => return Err(TestCaseError::fail(format!("unexpected error: {e}"))),
    };
    let units: Vec<Unit> = units.expect("summarize succeeded, sentences must too");
    check_units(text, &units)?;
    // The summary's units are candidates, in the order of the text.
    let has_sentence = units.iter().any(|u| u.kind == UnitKind::Sentence);
    let want = if has_sentence {
        UnitKind::Sentence
    } else {
        UnitKind::Heading
    };
    let candidates = units.iter().filter(|u| u.kind == want).count();
    prop_assert_eq!(s.stats.candidates, candidates);
    prop_assert_eq!(s.stats.units, units.len());
    let mut prev: Option<usize> = None;
    for x in &s.sentences {
        let u = &units[x.index];
        prop_assert_eq!(u.kind, want);
        prop_assert_eq!((u.start, u.end), (x.start, x.end));
        prop_assert_eq!(&text[x.start..x.end], x.text.as_str());
        prop_assert!(
            prev.is_none_or(|p| p < x.index),
            "summary not in text order"
        );
        prop_assert!((0.0..=1.0).contains(&x.score), "score {}", x.score);
        prev = Some(x.index);
    }
    // The budget.
    let n = s.sentences.len();
    let chars: usize = s.sentences.iter().map(|x| x.text.chars().count()).sum();
    let words: usize = s
        .sentences
        .iter()
        .map(|x| tomtat::lab::syllable_count(text, x.start, x.end))
        .sum();
    prop_assert_eq!(s.stats.summary_chars, chars);
    prop_assert_eq!(s.stats.summary_words, words);
    prop_assert_eq!(s.stats.selected, n);
    prop_assert_eq!(s.stats.chars, text.chars().count());
    match count_option(o) {
        Some("default") => {
            let most = ((candidates as f64 * 0.2).round() as usize).clamp(1, 5);
            prop_assert!((1..=most).contains(&n), "{} sentences, at most {}", n, most);
        }
        Some("sentences") => {
            let k = o.sentences.unwrap_or_default();
            prop_assert!((1..=k).contains(&n), "{} sentences for {}", n, k);
        }
        Some(_) => {
            let r = o.ratio.unwrap_or_default();
            let most = ((candidates as f64 * r).round() as usize).max(1);
            prop_assert!((1..=most).contains(&n), "{} sentences, at most {}", n, most);
        }
        None => {
            if let Some(w) = o.max_words {
                prop_assert!(words <= w, "{} words for maxWords {}", words, w);
            }
            if let Some(c) = o.max_chars {
                prop_assert!(chars <= c, "{} chars for maxChars {}", chars, c);
            }
        }
    }
    for k in &s.keywords {
        prop_assert!(k.weight.is_finite() && k.weight > 0.0);
        prop_assert!(!k.term.is_empty());
    }
    Ok(Ok(s))
}

fn check_units(text: &str, units: &[Unit]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for (i, u) in units.iter().enumerate() {
        prop_assert_eq!(u.index, i);
        prop_assert!(text.is_char_boundary(u.start) && text.is_char_boundary(u.end));
        prop_assert!(prev_end <= u.start && u.start < u.end && u.end <= text.len());
        prev_end = u.end;
    }
    Ok(())
}

/// `check`, outside proptest: panics with the message.
fn must(text: &str, o: &Options) -> Result<Summary, Error> {
    check(text, o).unwrap_or_else(|e| panic!("{e}"))
}

fn options() -> impl Strategy<Value = Options> {
    prop_oneof![
        Just(Options::default()),
        (1usize..12).prop_map(|n| Options {
            sentences: Some(n),
            ..Default::default()
        }),
        (0.01f64..=1.0).prop_map(|r| Options {
            ratio: Some(r),
            ..Default::default()
        }),
        (1usize..200).prop_map(|w| Options {
            max_words: Some(w),
            ..Default::default()
        }),
        (1usize..1500).prop_map(|c| Options {
            max_chars: Some(c),
            ..Default::default()
        }),
        "\\PC{0,30}".prop_map(|t| Options {
            title: Some(t),
            ..Default::default()
        }),
    ]
}

// ---------------------------------------------------------------------------------------------
// Property tests.

/// Ways pasted text differs from the original article.
#[derive(Debug, Clone)]
enum Mutation {
    Nfd,
    /// "hòa" -> "hoà" and back: the other tone-mark placement.
    TonePlacement,
    NoPunctuation,
    DoubledSpaces,
    /// Characters inserted at these positions (taken modulo the number of characters).
    Insert(Vec<(usize, char)>),
    /// The article without its line breaks.
    OneLine,
}

const OLD_NEW_TONES: &[(&str, &str)] = &[
    ("òa", "oà"),
    ("óa", "oá"),
    ("ỏa", "oả"),
    ("õa", "oã"),
    ("ọa", "oạ"),
    ("òe", "oè"),
    ("óe", "oé"),
    ("ỏe", "oẻ"),
    ("ọe", "oẹ"),
    ("úy", "uý"),
    ("ùy", "uỳ"),
    ("ủy", "uỷ"),
    ("ũy", "uỹ"),
    ("ụy", "uỵ"),
];

fn swap_tone_placement(t: &str) -> String {
    let mut s = t.to_string();
    for (old, new) in OLD_NEW_TONES {
        let tmp = "\u{E000}";
        s = s.replace(old, tmp).replace(new, old).replace(tmp, new);
    }
    s
}

fn mutate(text: &str, m: &Mutation) -> String {
    match m {
        Mutation::Nfd => text.nfd().collect(),
        Mutation::TonePlacement => swap_tone_placement(text),
        Mutation::NoPunctuation => text
            .chars()
            .filter(|c| !matches!(c, '.' | ',' | '!' | '?' | ';' | ':' | '…'))
            .collect(),
        Mutation::DoubledSpaces => text.replace(' ', "  "),
        Mutation::Insert(at) => {
            let mut chars: Vec<char> = text.chars().collect();
            for &(i, c) in at {
                let i = i % (chars.len() + 1);
                chars.insert(i, c);
            }
            chars.into_iter().collect()
        }
        Mutation::OneLine => common::joined(text),
    }
}

fn inserted_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec![
            '😀', '🎉', '👍', '🇻', '🇳', '\u{200D}', '\u{FE0F}', '\u{0}', '\u{7}', '\u{8}',
            '\u{1B}', '\u{7F}', '\u{85}', '\u{2028}', '\u{2029}', '\u{B}', '\u{C}', '\r', '\n',
            '\t', '\u{A0}', '\u{200B}', '\u{AD}', '\u{FEFF}', '\u{301}', '\u{323}', '\u{202E}',
            '\u{FFFD}',
        ]),
        any::<char>(),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        Just(Mutation::Nfd),
        Just(Mutation::TonePlacement),
        Just(Mutation::NoPunctuation),
        Just(Mutation::DoubledSpaces),
        Just(Mutation::OneLine),
        prop::collection::vec((any::<usize>(), inserted_char()), 1..40).prop_map(Mutation::Insert),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_unicode_text(text in "\\PC{0,400}", o in options()) {
        let _turn = serial();
        let _ = check(&text, &o)?;
    }

    #[test]
    fn any_characters_with_controls(text in "[\\u{0}-\\u{10FFFF}]{0,300}", o in options()) {
        let _turn = serial();
        let _ = check(&text, &o)?;
    }

    #[test]
    fn mutated_articles(
        i in 0usize..1000,
        ms in prop::collection::vec(mutation(), 1..3),
        o in options(),
    ) {
        let _turn = serial();
        let a = &articles()[i % articles().len()];
        let mut text = a.article.clone();
        for m in &ms {
            text = mutate(&text, m);
        }
        let s = check(&text, &o)?;
        // Only inserted characters can leave a real article without a sentence.
        if !ms.iter().any(|m| matches!(m, Mutation::Insert(_))) {
            prop_assert!(s.is_ok(), "{:?}", s);
        }
    }

    /// NFD and the other tone-mark placement change no unit and no choice.
    #[test]
    fn folding_keeps_the_summary(i in 0usize..1000, nfd in any::<bool>(), o in options()) {
        let _turn = serial();
        let a = &articles()[i % articles().len()];
        let text = if nfd { a.article.nfd().collect() } else { swap_tone_placement(&a.article) };
        // maxChars counts characters, and NFD has more of them: a different budget.
        prop_assume!(!(nfd && o.max_chars.is_some()));
        let original = check(&a.article, &o)?.expect("a summary of an article");
        let folded = check(&text, &o)?.expect("a summary of the folded article");
        let idx = |s: &Summary| s.sentences.iter().map(|x| x.index).collect::<Vec<_>>();
        prop_assert_eq!(idx(&original), idx(&folded));
        prop_assert_eq!(sentences(&a.article).unwrap().len(), sentences(&text).unwrap().len());
    }
}

// ---------------------------------------------------------------------------------------------
// Extreme inputs: each has a defined answer, and memory stays within a small multiple of the
// text.

/// Memory of one call may be this many times the text's size, plus this much per unit
/// (sentence, heading or debris: its offsets, syllables, term vector and score), plus
/// 2 MB of tables. Linear, so bounded by the text; measured figures are in docs/robustness.md
/// (`cargo test --release --test robustness -- --nocapture` prints them).
const MEMORY_PER_BYTE: usize = 40;
const MEMORY_PER_UNIT: usize = 1024;

fn within_memory(label: &str, text: &str, result: &Result<Summary, Error>, peak: usize) {
    let units = match result {
        Ok(s) => s.stats.units,
        Err(_) => sentences(text).map_or(0, |u| u.len()),
    };
    let bound = MEMORY_PER_BYTE * text.len() + MEMORY_PER_UNIT * units + (2 << 20);
    eprintln!(
        "memory: {label}: {:.1} MB at peak for {:.1} MB of text, {units} units ({:.1} bytes per byte)",
        peak as f64 / 1e6,
        text.len() as f64 / 1e6,
        peak as f64 / text.len() as f64
    );
    assert!(
        peak <= bound,
        "{label}: {peak} bytes at peak for {} bytes of text, {units} units (bound {bound})",
        text.len()
    );
}

#[test]
fn ten_megabytes_of_news() {
    let _turn = serial();
    let text = news(10_000_000);
    let (s, peak) = peak_of(|| must(&text, &Options::default()));
    within_memory("10 MB of news", &text, &s, peak);
    let s = s.expect("a summary of 10 MB of news");
    assert_eq!(s.sentences.len(), 5);
}

#[test]
fn a_million_one_word_lines() {
    let _turn = serial();
    let words: Vec<&str> = articles()
        .iter()
        .cycle()
        .flat_map(|a| a.article.split_whitespace())
        .take(1_000_000)
        .collect();
    let text = words.join("\n");
    let (s, peak) = peak_of(|| must(&text, &Options::default()));
    within_memory("one-word lines", &text, &s, peak);
    // Lines that end a sentence or that the next line continues (lower case) make sentences.
    let s = s.expect("sentences among the lines");
    assert!((1..=5).contains(&s.sentences.len()));
    // Every line of its own, capitalized and unpunctuated: all headings, no sentence. Then the
    // headings are the candidates.
    let lines: String = (0..100_000).map(|i| format!("Tin{i}\n")).collect();
    let (s, peak) = peak_of(|| must(&lines, &Options::default()));
    within_memory("heading lines", &lines, &s, peak);
    let s = s.expect("headings as the summary");
    assert_eq!(s.sentences.len(), 5);
    assert_eq!(s.stats.candidates, 100_000);
}

#[test]
fn one_megabyte_sentence_without_punctuation() {
    let _turn = serial();
    let mut text = String::new();
    'fill: for a in articles().iter().cycle() {
        for w in a
            .article
            .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        {
            if !w.is_empty() && w.chars().all(char::is_alphanumeric) {
                text.push_str(w);
                text.push(' ');
                if text.len() >= 1_000_000 {
                    break 'fill;
                }
            }
        }
    }
    let text = text.trim_end();
    let (s, peak) = peak_of(|| must(text, &Options::default()));
    within_memory("1 MB sentence", text, &s, peak);
    let s = s.expect("the one sentence");
    assert_eq!(s.sentences.len(), 1);
    assert_eq!((s.sentences[0].start, s.sentences[0].end), (0, text.len()));
    // A word budget it cannot fit: an empty summary, not an error.
    let s = must(
        text,
        &Options {
            max_words: Some(50),
            ..Default::default()
        },
    )
    .expect("a summary");
    assert!(s.sentences.is_empty());
}

#[test]
fn symbols_emoji_and_numbers_have_no_sentence() {
    let _turn = serial();
    let cases = [
        "...!!!???,,,;;; --- ««»» “” () [] {} … ・ 。 ！ ？",
        "😀😀😀 🎉🎉\n👍🏽 👨‍👩‍👧 🇻🇳 ❤️",
        "123 456. 789! 1.000.000 3,14 12/05/2025 10:30 (+7)",
        ".",
        "😀",
        "7",
        "<div><span></span></div>",
    ];
    for text in cases {
        assert_eq!(
            must(text, &Options::default()),
            Err(Error::NoSentences),
            "{text:?}"
        );
    }
    let long: String = "!?. 😀 1 ".repeat(200_000);
    let (r, peak) = peak_of(|| must(&long, &Options::default()));
    assert_eq!(r, Err(Error::NoSentences));
    within_memory("symbols", &long, &r, peak);
}

#[test]
fn empty_and_white_space_texts() {
    let _turn = serial();
    for text in [
        "",
        " ",
        "\n\r\n\t",
        "\u{A0}\u{200B}\u{FEFF}\u{AD}",
        &" \n".repeat(100_000),
    ] {
        assert_eq!(summarize(text, &Options::default()), Err(Error::EmptyText));
    }
    let too_long = "a".repeat(tomtat::MAX_TEXT_BYTES + 1);
    assert!(matches!(
        summarize(&too_long, &Options::default()),
        Err(Error::TextTooLong { .. })
    ));
}

#[test]
fn a_single_character() {
    let _turn = serial();
    for text in ["a", "Đ", "ệ", "日", "e\u{301}"] {
        let s = must(text, &Options::default()).expect("a letter is a heading, and then chosen");
        assert_eq!(s.sentences.len(), 1, "{text:?}");
        assert_eq!(s.sentences[0].text, text);
    }
}

/// Deterministic random bytes (xorshift).
fn junk(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}

#[test]
fn binary_junk() {
    let _turn = serial();
    for (n, seed) in [(1_000_000, 7), (10_000, 11), (300, 13)] {
        let bytes = junk(n, seed);
        let text = String::from_utf8_lossy(&bytes);
        let (r, peak) = peak_of(|| must(&text, &Options::default()));
        within_memory("binary junk", &text, &r, peak);
        // Junk holds stray letters between control characters: lines without final punctuation.
        // Whatever units they make, the answer is a summary or "no sentences", never a panic.
        assert!(matches!(r, Ok(_) | Err(Error::NoSentences)), "{r:?}");
    }
    // Bytes as Latin-1 (every byte a character), a common mojibake of Vietnamese.
    let latin1: String = junk(200_000, 17).into_iter().map(char::from).collect();
    assert!(matches!(
        must(&latin1, &Options::default()),
        Ok(_) | Err(Error::NoSentences)
    ));
}

#[test]
fn html_pasted_as_text() {
    let _turn = serial();
    let a = &articles()[3];
    let mut html = String::from(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Tin tức</title>\n\
         <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>\n\
         <style>.nav{display:flex} body{margin:0}</style></head>\n<body>\n\
         <div class=\"nav\"><a href=\"/\">Trang chủ</a> &gt; <a href=\"/thoi-su\">Thời sự</a></div>\n",
    );
    html.push_str(&format!("<h1>{}</h1>\n", a.title));
    for line in a.article.lines() {
        html.push_str(&format!("<p class=\"Normal\">{line}</p>\n"));
    }
    html.push_str("<div class=\"footer\">&copy; 2025 <a href=\"https://example.vn\">example.vn</a></div>\n</body></html>\n");
    let s = must(&html, &Options::default()).expect("the article's sentences");
    assert!(!s.sentences.is_empty());
    for x in &s.sentences {
        for debris in [
            "<script",
            "<style",
            "dataLayer",
            "display:flex",
            "&copy;",
            "<!DOCTYPE",
        ] {
            assert!(!x.text.contains(debris), "{debris} in {:?}", x.text);
        }
    }
}

/// Found by `mutated_articles`: an article pasted on one line without punctuation, holding
/// "13.000 đồng / cổ phần" twice, was taken for a breadcrumb ("A / B / C") and left nothing.
/// The written article about bank shares holds the same phrase twice.
#[test]
fn unpunctuated_paragraph_with_slashes_is_not_a_breadcrumb() {
    let _turn = serial();
    let a = articles()
        .iter()
        .find(|a| a.id == "co-phieu-ngan-hang")
        .expect("the written article about bank shares");
    let text = mutate(
        &mutate(&a.article, &Mutation::OneLine),
        &Mutation::NoPunctuation,
    );
    assert!(text.matches(" / ").count() >= 2 && !text.contains('\n'));
    let s = must(&text, &Options::default()).expect("the paragraph");
    assert_eq!(s.sentences.len(), 1);
}

#[test]
fn nfd_text_is_summarized_like_nfc() {
    let _turn = serial();
    for a in articles().iter().take(50) {
        let nfd: String = a.article.nfd().collect();
        let x = must(&a.article, &Options::default()).expect("summary");
        let y = must(&nfd, &Options::default()).expect("summary of NFD");
        let idx = |s: &Summary| s.sentences.iter().map(|x| x.index).collect::<Vec<_>>();
        assert_eq!(idx(&x), idx(&y), "{}", a.id);
        let terms = |s: &Summary| {
            s.keywords
                .iter()
                .map(|k| k.term.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(terms(&x), terms(&y), "{}", a.id);
    }
}

#[test]
fn the_same_sentence_a_hundred_thousand_times() {
    let _turn = serial();
    let text = "Hà Nội mưa lớn từ chiều qua khiến nhiều tuyến phố ngập sâu. ".repeat(100_000);
    let (s, peak) = peak_of(|| must(&text, &Options::default()));
    within_memory("repeated sentence", &text, &s, peak);
    // Later copies are repeats (boilerplate): one sentence is left.
    let s = s.expect("the sentence");
    assert_eq!(s.sentences.len(), 1);
    assert_eq!(s.sentences[0].index, 0);
    assert_eq!(s.stats.boilerplate, 99_999);
}

#[test]
fn one_line_of_many_short_sentences() {
    let _turn = serial();
    let text = common::joined(&news(2_000_000));
    let (s, peak) = peak_of(|| must(&text, &Options::default()));
    within_memory("one line", &text, &s, peak);
    let s = s.expect("a summary");
    assert_eq!(s.sentences.len(), 5);
    assert!(s.stats.candidates > 10_000);
    // Sentences that differ only in their numbers say the same thing: one is kept.
    let mut same = String::new();
    for i in 0..100_000 {
        same.push_str(&format!(
            "Câu số {i} nói về chuyện thứ {} trong ngày. ",
            i % 977
        ));
    }
    let s = must(&same, &Options::default()).expect("a summary");
    assert_eq!(s.sentences.len(), 1);
}

/// The tokenizer keeps what it learned of words from one call to the next (per thread, at most
/// 65,536 tokens, then it starts afresh): the result of a text must not depend on what was
/// summarized before, nor on that lexicon being full or just cleared.
#[test]
fn results_do_not_depend_on_earlier_calls() {
    // Its allocations (the articles, the threads) would count in another test's peak.
    let _turn = serial();
    let texts: Vec<(String, Options)> = articles()
        .iter()
        .take(40)
        .enumerate()
        .map(|(i, a)| {
            let text = if i % 3 == 1 {
                a.article.nfd().collect()
            } else {
                a.article.clone()
            };
            let title = (i % 2 == 0).then(|| a.title.clone());
            (
                text,
                Options {
                    title,
                    ..Default::default()
                },
            )
        })
        .collect();
    // Each text alone, in a thread of its own: a lexicon that never saw anything else.
    let fresh: Vec<Summary> = texts
        .iter()
        .map(|(t, o)| {
            std::thread::scope(|s| s.spawn(|| summarize(t, o).expect("a summary")).join())
                .expect("no panic")
        })
        .collect();
    // A text of 70,000 distinct words fills the lexicon past its bound.
    let many: String = (0..70_000).map(|i| format!("Mục{i} số{i}. ")).collect();
    std::thread::scope(|s| {
        s.spawn(|| {
            for round in 0..3 {
                if round == 1 {
                    summarize(&many, &Options::default()).expect("a summary");
                }
                let order: Vec<usize> = if round == 2 {
                    (0..texts.len()).rev().collect()
                } else {
                    (0..texts.len()).collect()
                };
                for i in order {
                    let (t, o) = &texts[i];
                    let got = summarize(t, o).expect("a summary");
                    assert_eq!(got, fresh[i], "text {i}, round {round}");
                }
            }
        });
    });
}
