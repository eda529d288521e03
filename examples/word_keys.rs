//! Prints the match key of each word read from standard input, one a line, as
//! `scripts/fit_words.py` needs them: the id of the folded syllable, or the chain of
//! `tomtat::terms::bigram` over the syllables' ids, in hexadecimal.
use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let key = line
            .split_whitespace()
            .map(tomtat::terms::word_id)
            .reduce(tomtat::terms::bigram)
            .unwrap_or(0);
        println!("{key:016x}");
    }
}
