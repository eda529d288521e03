//! Shared by the integration tests: the evaluation articles of ../shared/eval/dev.jsonl.
#![allow(dead_code)]

use std::path::PathBuf;

/// One article of the evaluation data.
pub struct Article {
    pub id: String,
    pub title: String,
    pub article: String,
    pub summary: String,
}

fn dev_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev.jsonl")
}

/// The first `n` articles of dev.jsonl. Panics with a clear message if the file is missing:
/// these tests need the shared evaluation data beside the project.
pub fn dev_articles(n: usize) -> Vec<Article> {
    let path = dev_path();
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {} ({e}); the tests need ../shared/eval/",
            path.display()
        )
    });
    data.lines()
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
        .collect()
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
