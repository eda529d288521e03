//! Speed of the Rust core on 10 KB to 10 MB of Vietnamese news (articles of
//! ../shared/eval/dev.jsonl joined as paragraphs, repeated if needed; the same texts as
//! bench/node-bench.mjs and bench/compare.mjs build). Without the evaluation corpus (a clone has
//! none) the articles written for the tests (tests/fixtures/articles.txt) are used, and a line
//! says so; with TOMTAT_REQUIRE_EVAL=1 a missing corpus is an error. Run with `cargo bench`; after the
//! criterion groups it prints the time per size and the ratio between sizes (linearity).
//! `cargo bench -- --quick` runs fewer samples.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};

const SIZES: [(&str, usize); 4] = [
    ("10 KB", 10_000),
    ("100 KB", 100_000),
    ("1 MB", 1_000_000),
    ("10 MB", 10_000_000),
];

fn articles() -> Vec<String> {
    let dir = std::env::var_os("TOMTAT_EVAL_DIR")
        .filter(|d| !d.is_empty())
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval").into());
    let path = dir.join("dev.jsonl");
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            let why = format!(
                "{} ({e}): benchmarking on the articles written for the tests instead \
                 (tests/fixtures/articles.txt); put the VietNews dev.jsonl there or set \
                 TOMTAT_EVAL_DIR for the figures of the README",
                path.display()
            );
            if std::env::var("TOMTAT_REQUIRE_EVAL").is_ok_and(|v| v == "1") {
                panic!("TOMTAT_REQUIRE_EVAL=1: {why}");
            }
            println!("SKIPPED corpus texts: {why}");
            return written();
        }
    };
    data.lines()
        .filter(|l| !l.is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            v["article"].as_str().expect("an article").to_string()
        })
        .collect()
}

/// The articles of tests/fixtures/articles.txt (its header says the format).
fn written() -> Vec<String> {
    include_str!("../tests/fixtures/articles.txt")
        .split("\n=== ")
        .skip(1)
        .map(|block| {
            let lines: Vec<&str> = block.lines().skip(2).filter(|l| !l.is_empty()).collect();
            lines.join("\n")
        })
        .collect()
}

/// About `bytes` bytes of text: whole articles joined by blank lines (as bench/*.mjs do).
fn text_of(articles: &[String], bytes: usize) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let mut size = 0;
    let mut i = 0;
    while size < bytes {
        let a = &articles[i % articles.len()];
        parts.push(a);
        size += a.len() + 2;
        i += 1;
    }
    parts.join("\n\n")
}

fn main() {
    let articles = articles();
    let texts: Vec<(&str, String)> = SIZES
        .iter()
        .map(|&(label, n)| (label, text_of(&articles, n)))
        .collect();
    let options = tomtat::Options::default();

    let mut c = Criterion::default().configure_from_args();
    let mut g = c.benchmark_group("summarize");
    for (label, text) in &texts {
        g.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() >= 1_000_000 {
            g.sample_size(10).measurement_time(Duration::from_secs(8));
        } else {
            g.sample_size(50).measurement_time(Duration::from_secs(3));
        }
        g.bench_with_input(BenchmarkId::from_parameter(label), text, |b, t| {
            b.iter(|| tomtat::summarize(black_box(t), &options).expect("a summary"))
        });
    }
    g.finish();
    c.final_summary();

    // Linearity: the best of a few runs per size, and how the time grows with the size.
    println!("\nlinearity (best of 5 runs; 10x the text should cost at most 11x the time)");
    println!("size     |        ms |   MB/s | x time vs previous size");
    let mut prev: Option<f64> = None;
    for (label, text) in &texts {
        let ms = (0..5)
            .map(|_| {
                let t = Instant::now();
                black_box(tomtat::summarize(black_box(text), &options).expect("a summary"));
                t.elapsed().as_secs_f64() * 1e3
            })
            .fold(f64::INFINITY, f64::min);
        let ratio = prev.map_or("-".to_string(), |p| format!("{:.2}", ms / p));
        println!(
            "{label:<8} | {ms:>9.3} | {:>6.1} | {ratio}",
            text.len() as f64 / 1e6 / (ms / 1e3)
        );
        prev = Some(ms);
    }
}
