//! Summarizes a Vietnamese text and prints the summary's sentences, where each one is in the
//! text, and the keywords:
//!
//!     cargo run --release --example summarize -- ARTICLE.txt [SENTENCES] [TITLE]
//!
//! Without a file (or with `-`), the text is read from standard input.
use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let text = match args.next() {
        Some(path) if path != "-" => std::fs::read_to_string(path)?,
        _ => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            text
        }
    };
    let sentences: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(3);
    let options = tomtat::Options {
        sentences: Some(sentences),
        title: args.next(),
        ..Default::default()
    };
    // Errors (an empty text, a bad option...) say what went wrong and what to do.
    let summary = tomtat::summarize(&text, &options)?;
    for s in &summary.sentences {
        // Offsets are bytes of the text given: the sentence is exactly `text[s.start..s.end]`.
        println!("[{}..{}] {}", s.start, s.end, s.text);
    }
    let keywords: Vec<&str> = summary.keywords.iter().map(|k| k.text.as_str()).collect();
    println!("\nkeywords: {}", keywords.join(", "));
    println!(
        "{} of {} sentences, {} of {} words",
        summary.stats.selected,
        summary.stats.candidates,
        summary.stats.summary_words,
        summary.stats.words
    );
    Ok(())
}
