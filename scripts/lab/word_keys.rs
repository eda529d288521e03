//! Prints the match key of each word read from standard input, one a line, as
//! `scripts/fit_words.py` needs them (`tomtat::lab::word_key`), in hexadecimal.
use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let key = tomtat::lab::word_key(&line.unwrap());
        println!("{key:016x}");
    }
}
