//! Runs `summarize` on a file many times, for a profiler: `cargo run --release --example profile -- FILE [RUNS]`.
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a file");
    let runs: usize = args
        .next()
        .map(|s| s.parse().expect("a number"))
        .unwrap_or(20);
    let text = std::fs::read_to_string(&path).expect("a UTF-8 file");
    let options = tomtat::Options::default();
    let mut best = f64::INFINITY;
    for _ in 0..runs {
        let t = Instant::now();
        let s = tomtat::summarize(&text, &options).expect("a summary");
        std::hint::black_box(s);
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
    }
    println!("{} bytes: best of {runs} {best:.3} ms", text.len());
}
