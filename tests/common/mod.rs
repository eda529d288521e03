//! Shared by the integration tests: the articles written for the tests
//! (`tests/fixtures/articles.txt`, always there) and the evaluation articles of
//! `../shared/eval/dev.jsonl` (only beside the project's own checkout: a clone has no corpus).
//!
//! A test that needs the corpus asks `dev_articles`; without the file it prints one line saying
//! it was skipped, why and how to get the data (and appends it to `$TOMTAT_SKIP_LOG`, which
//! `scripts/test.sh` lists at the end). With `TOMTAT_REQUIRE_EVAL=1` (set by `.ci/run`) a missing
//! corpus fails the test instead.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;

/// One article: written for the tests, or of the evaluation data (`summary` is empty for the
/// written ones).
pub struct Article {
    pub id: String,
    pub title: String,
    pub article: String,
    pub summary: String,
}

const WRITTEN: &str = include_str!("../fixtures/articles.txt");

/// The articles written for the tests (`tests/fixtures/articles.txt`): realistic Vietnamese
/// news, original text.
pub fn written() -> Vec<Article> {
    let mut out = Vec::new();
    for block in WRITTEN.split("\n=== ").skip(1) {
        let mut lines = block.lines();
        let id = lines.next().unwrap_or_default().trim().to_string();
        let title = lines.next().unwrap_or_default().trim().to_string();
        let body: Vec<&str> = lines.filter(|l| !l.trim().is_empty()).collect();
        out.push(Article {
            id,
            title,
            article: body.join("\n"),
            summary: String::new(),
        });
    }
    assert!(
        out.len() >= 10,
        "tests/fixtures/articles.txt holds too few articles"
    );
    out
}

/// The folder of the evaluation data: `$TOMTAT_EVAL_DIR`, or `../shared/eval` beside the project.
pub fn eval_dir() -> PathBuf {
    match std::env::var_os("TOMTAT_EVAL_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"),
    }
}

fn required() -> bool {
    std::env::var("TOMTAT_REQUIRE_EVAL").is_ok_and(|v| v == "1")
}

/// Says, on one line, that `test` was skipped and why; written past the test harness's output
/// capture so that it shows in a passing run, and appended to `$TOMTAT_SKIP_LOG` if set.
pub fn skip(test: &str, why: &str) {
    let line = format!("SKIPPED {test}: {why}");
    let _ = writeln!(std::io::stderr().lock(), "{line}");
    if let Some(log) = std::env::var_os("TOMTAT_SKIP_LOG") {
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
        {
            let _ = writeln!(f, "{line}");
        }
    }
}

/// The first `n` articles of dev.jsonl, for the test named `test`. Without the file: `None`
/// after saying the test was skipped, or a panic when `TOMTAT_REQUIRE_EVAL=1`.
pub fn dev_articles(test: &str, n: usize) -> Option<Vec<Article>> {
    corpus_articles(test, "dev.jsonl", n)
}

/// The first `n` articles of train.jsonl.gz (read through `gzip -dc`), as [`dev_articles`].
pub fn train_articles(test: &str, n: usize) -> Option<Vec<Article>> {
    corpus_articles(test, "train.jsonl.gz", n)
}

fn corpus_articles(test: &str, file: &str, n: usize) -> Option<Vec<Article>> {
    let path = eval_dir().join(file);
    let read = || -> std::io::Result<String> {
        if !file.ends_with(".gz") {
            return std::fs::read_to_string(&path);
        }
        std::fs::metadata(&path)?;
        let out = std::process::Command::new("gzip")
            .arg("-dc")
            .arg(&path)
            .output()?;
        String::from_utf8(out.stdout)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    };
    let data = match read() {
        Ok(d) => d,
        Err(e) => {
            let why = format!(
                "needs the evaluation corpus {} ({e}); put the VietNews {file} there or set \
                 TOMTAT_EVAL_DIR (README: Data and licences)",
                path.display()
            );
            assert!(!required(), "TOMTAT_REQUIRE_EVAL=1: {test} {why}");
            skip(test, &why);
            return None;
        }
    };
    let articles: Vec<Article> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(n)
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a corpus line is JSON");
            let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            Article {
                id: s("id"),
                title: s("title"),
                article: s("article"),
                summary: s("summary"),
            }
        })
        .collect();
    assert!(!articles.is_empty(), "{} holds no article", path.display());
    Some(articles)
}

/// About `bytes` bytes of news-like text that does not repeat itself, for tests of long texts:
/// paragraphs of five sentences, each made of the first, middle and last third of the words of
/// three sentences of the written articles, chosen by a fixed pseudo-random sequence (the same
/// text as `mixedText` of tests/js/helpers/articles.mjs and `mixed_text` of bench/summarize.rs). Repeating
/// the articles instead would make most of a long text exact repeats, which the engine sets
/// aside cheaply: far less work and memory than real news of that size.
pub fn mixed_text(bytes: usize) -> String {
    let lines: Vec<&str> = WRITTEN
        .split("\n=== ")
        .skip(1)
        .flat_map(|block| block.lines().skip(2).filter(|l| !l.is_empty()))
        .collect();
    let words: Vec<Vec<&str>> = lines.iter().map(|l| l.split(' ').collect()).collect();
    let mut seed: u32 = 12345;
    let mut next = || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        (seed >> 8) as usize % words.len()
    };
    let third = |w: &[&str], k: usize| w[w.len() * k / 3..w.len() * (k + 1) / 3].join(" ");
    let mut paragraphs = Vec::new();
    let mut size = 0;
    while size < bytes {
        let mut sentences = Vec::new();
        for _ in 0..5 {
            let (a, b, c) = (&words[next()], &words[next()], &words[next()]);
            let parts = [third(a, 0), third(b, 1), third(c, 2)];
            let s: Vec<&str> = parts
                .iter()
                .map(String::as_str)
                .filter(|p| !p.is_empty())
                .collect();
            let s = s.join(" ");
            sentences.push(format!(
                "{}.",
                s.trim_end_matches(['.', '!', '?', '…', '"', '”'])
            ));
        }
        let p = sentences.join("\n");
        size += p.len() + 2;
        paragraphs.push(p);
    }
    paragraphs.join("\n\n")
}

/// The article's lines joined with one space, as pasted text without line breaks.
pub fn joined(article: &str) -> String {
    article
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
