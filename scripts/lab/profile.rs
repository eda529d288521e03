//! Runs `summarize` on a file many times, for a profiler:
//! `cargo run --release --example profile -- FILE [RUNS]`. A file of several texts separated by
//! form feeds (\f) is summarized text by text, so that each call meets new words as real use
//! does (a repeated text finds its words in the caches).
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a file");
    let runs: usize = args
        .next()
        .map(|s| s.parse().expect("a number"))
        .unwrap_or(20);
    let text = std::fs::read_to_string(&path).expect("a UTF-8 file");
    let texts: Vec<&str> = text
        .split('\u{c}')
        .filter(|t| !t.trim().is_empty())
        .collect();
    let options = tomtat::Options::default();
    let mut best = f64::INFINITY;
    for _ in 0..runs {
        let t = Instant::now();
        for text in &texts {
            let s = tomtat::summarize(text, &options).expect("a summary");
            std::hint::black_box(s);
        }
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
    }
    println!(
        "{} bytes in {} texts: best of {runs} {best:.3} ms ({:.3} ms a text)",
        text.len(),
        texts.len(),
        best / texts.len() as f64
    );
}
