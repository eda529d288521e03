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
    let path = eval_dir().join("dev.jsonl");
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            let why = format!(
                "needs the evaluation corpus {} ({e}); put the VietNews dev.jsonl there or set \
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
            let v: serde_json::Value = serde_json::from_str(l).expect("dev.jsonl line is JSON");
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

/// The article's lines joined with one space, as pasted text without line breaks.
pub fn joined(article: &str) -> String {
    article
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
