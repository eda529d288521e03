//! Prints a text whole, with the sentences of its summary marked where they stand, as a reader
//! or an editor would like to see them: the summary's offsets point into the text as given,
//! so nothing is rewritten. Each paragraph keeps its place; page debris (menus, captions,
//! related links) is shown dimmed.
//!
//!     cargo run --release --example highlight -- ARTICLE.txt [RATIO]
//!
//! Without a file (or with `-`), the text is read from standard input.
use std::io::Read;

use tomtat::UnitKind;

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

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
    let ratio: f64 = args.next().map(|r| r.parse()).transpose()?.unwrap_or(0.2);
    let options = tomtat::Options {
        ratio: Some(ratio),
        ..Default::default()
    };
    let summary = tomtat::summarize(&text, &options)?;
    let chosen: Vec<usize> = summary.sentences.iter().map(|s| s.index).collect();
    let mut paragraph = 0;
    for unit in tomtat::sentences(&text)? {
        if unit.paragraph != paragraph {
            println!("\n");
            paragraph = unit.paragraph;
        }
        let body = &text[unit.start..unit.end];
        match unit.kind {
            _ if chosen.contains(&unit.index) => print!("{BOLD}{body}{RESET} "),
            UnitKind::Boilerplate => print!("{DIM}{body}{RESET} "),
            _ => print!("{body} "),
        }
    }
    println!();
    Ok(())
}
