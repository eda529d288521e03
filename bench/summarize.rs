//! Speed of the Rust core on 10 KB to 10 MB of Vietnamese news (articles of
//! ../shared/eval/dev.jsonl joined as paragraphs, repeated if needed; the same texts as
//! bench/node-bench.mjs and bench/compare.mjs build). Each run summarizes the next of several
//! texts of its size made of different articles: one text timed over and over finds its words
//! in the engine's caches and runs several times faster than text never seen. Without the evaluation corpus (a clone has
//! none) the texts are mixed from the articles written for the tests (tests/fixtures/articles.txt;
//! `common::mixed_text`, the same texts as bench/texts.mjs then builds), and a line says so; with
//! TOMTAT_REQUIRE_EVAL=1 a missing corpus is an error. Run with `cargo bench`; after the
//! criterion groups it prints the time per size and the ratio between sizes (linearity).
//! `cargo bench -- --quick` runs fewer samples.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};

#[path = "../tests/common/mod.rs"]
mod common;

const SIZES: [(&str, usize); 4] = [
    ("10 KB", 10_000),
    ("100 KB", 100_000),
    ("1 MB", 1_000_000),
    ("10 MB", 10_000_000),
];

/// The dev articles, or `None` (after saying so in one line) when the corpus is absent.
fn articles() -> Option<Vec<String>> {
    let articles = common::dev_articles(
        "the corpus texts of bench/summarize.rs (measuring text mixed from \
         tests/fixtures/articles.txt instead)",
        usize::MAX,
    )?;
    Some(articles.into_iter().map(|a| a.article).collect())
}

/// Texts of about `bytes` bytes: whole articles joined by blank lines (as bench/texts.mjs
/// does), each text from the articles after the last one's, as many as the articles make (at
/// least one; a size larger than all the articles repeats them).
fn texts_of(articles: &[String], bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < articles.len() {
        let (mut parts, mut size) = (Vec::new(), 0);
        while size < bytes {
            let a = &articles[i % articles.len()];
            parts.push(a.as_str());
            size += a.len() + 2;
            i += 1;
        }
        if i > articles.len() && !out.is_empty() {
            break;
        }
        out.push(parts.join("\n\n"));
    }
    out
}

fn main() {
    let articles = articles();
    let texts: Vec<(&str, Vec<String>)> = SIZES
        .iter()
        .map(|&(label, n)| match &articles {
            Some(a) => (label, texts_of(a, n)),
            None => (label, vec![common::mixed_text(n)]),
        })
        .collect();
    let bytes = |texts: &[String]| texts.iter().map(String::len).sum::<usize>() / texts.len();
    let options = tomtat::Options::default();

    let mut c = Criterion::default().configure_from_args();
    let mut g = c.benchmark_group("summarize");
    for (label, list) in &texts {
        g.throughput(Throughput::Bytes(bytes(list) as u64));
        if bytes(list) >= 1_000_000 {
            g.sample_size(10).measurement_time(Duration::from_secs(8));
        } else {
            g.sample_size(50).measurement_time(Duration::from_secs(3));
        }
        g.bench_with_input(BenchmarkId::from_parameter(label), list, |b, list| {
            let mut next = list.iter().cycle();
            b.iter(|| {
                let t = next.next().expect("a text");
                tomtat::summarize(black_box(t), &options).expect("a summary")
            })
        });
    }
    g.finish();
    c.final_summary();

    // Linearity: the best of a few runs per size, and how the time grows with the size.
    println!("\nlinearity (best of 5 runs; 10x the text should cost at most 11x the time)");
    println!("size     |        ms |   MB/s | x time vs previous size");
    let mut prev: Option<f64> = None;
    for (label, list) in &texts {
        let mut next = list.iter().cycle();
        let ms = (0..5)
            .map(|_| {
                let text = next.next().expect("a text");
                let t = Instant::now();
                black_box(tomtat::summarize(black_box(text), &options).expect("a summary"));
                t.elapsed().as_secs_f64() * 1e3
            })
            .fold(f64::INFINITY, f64::min);
        let ratio = prev.map_or("-".to_string(), |p| format!("{:.2}", ms / p));
        println!(
            "{label:<8} | {ms:>9.3} | {:>6.1} | {ratio}",
            bytes(list) as f64 / 1e6 / (ms / 1e3)
        );
        prev = Some(ms);
    }
}
