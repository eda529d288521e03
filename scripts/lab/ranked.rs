//! Prints, for each document of each record of a JSONL file, every unit of its text with its
//! kind, paragraph and byte offsets, the model's features of each candidate (as
//! `tomtat features` gives them) and the score `tomtat::ranked` gives it (none when ranking
//! left it out as a near-repeat of a better unit of the same text). For the multi-document
//! research of issue 25 (scripts/multidoc_lab.py, scripts/mdlib.py), through the public and lab API.
//!
//! ```sh
//! cargo run --release --features lab --example ranked -- CLUSTERS.jsonl > UNITS.jsonl   # not gzipped
//! ```
//!
//! A record is `{id, documents: [{title?, text}]}` (a record with `article` and no
//! `documents` is one document, titled by its `title` if it has one). One output line per
//! document: `{id, document, titled, units: [{index, start, end, kind, paragraph, text,
//! score, rank, x, syllables}]}`, where `x` is null for a unit that is not a candidate and `score` and
//! `rank` (0 = ranked first) are null for one that `ranked` leaves out.

use std::io::{BufRead, Write};

#[derive(serde::Deserialize)]
struct Doc {
    #[serde(default)]
    title: String,
    text: String,
}

#[derive(serde::Deserialize)]
struct Record {
    id: String,
    #[serde(default)]
    documents: Option<Vec<Doc>>,
    #[serde(default)]
    title: String,
    #[serde(default)]
    article: String,
}

#[derive(serde::Serialize)]
struct UnitOut<'a> {
    index: usize,
    start: usize,
    end: usize,
    kind: tomtat::UnitKind,
    paragraph: usize,
    text: &'a str,
    score: Option<f64>,
    rank: Option<usize>,
    x: Option<&'a [f64]>,
    /// The unit's syllables as the engine reads them: [text, flags], flags a string of
    /// s (part of a stopword), a (holds a letter), u (begins upper case), j (joined to the one
    /// before: only white space between).
    syllables: Vec<(&'a str, String)>,
}

#[derive(serde::Serialize)]
struct Out<'a> {
    id: &'a str,
    document: usize,
    titled: bool,
    error: Option<String>,
    units: Vec<UnitOut<'a>>,
}

fn main() {
    let path = std::env::args().nth(1).expect("give a JSONL file");
    let file = std::fs::File::open(&path).expect("cannot open the file");
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("read");
        if line.trim().is_empty() {
            continue;
        }
        let rec: Record = serde_json::from_str(&line).expect("a record");
        let docs = rec.documents.unwrap_or_else(|| {
            vec![Doc {
                title: rec.title.clone(),
                text: rec.article.clone(),
            }]
        });
        for (k, d) in docs.iter().enumerate() {
            let title = (!d.title.trim().is_empty()).then_some(d.title.as_str());
            let units = tomtat::sentences(&d.text);
            let feats = tomtat::lab::features(&d.text, title);
            let ranked = tomtat::ranked(&d.text, title);
            let error = [
                units.as_ref().err(),
                feats.as_ref().err(),
                ranked.as_ref().err(),
            ]
            .into_iter()
            .flatten()
            .next()
            .map(|e| e.to_string());
            let units = units.unwrap_or_default();
            let mut score = vec![None; units.len()];
            let mut rank = vec![None; units.len()];
            for (r, (u, s)) in ranked.unwrap_or_default().into_iter().enumerate() {
                score[u.index] = Some(s);
                rank[u.index] = Some(r);
            }
            let mut x: Vec<Option<&[f64]>> = vec![None; units.len()];
            let (titled, rows) = match &feats {
                Ok(f) => (f.titled, f.rows.as_slice()),
                Err(_) => (false, &[][..]),
            };
            for (u, row) in rows {
                x[*u] = Some(row.as_slice());
            }
            let o = Out {
                id: &rec.id,
                document: k,
                titled,
                error,
                units: units
                    .iter()
                    .map(|u| UnitOut {
                        index: u.index,
                        start: u.start,
                        end: u.end,
                        kind: u.kind,
                        paragraph: u.paragraph,
                        text: &d.text[u.start..u.end],
                        score: score[u.index],
                        rank: rank[u.index],
                        x: x[u.index],
                        syllables: tomtat::lab::syllables(&d.text, u.start, u.end)
                            .iter()
                            .map(|y| {
                                let flags = [
                                    (y.stop, 's'),
                                    (y.alphabetic, 'a'),
                                    (y.upper, 'u'),
                                    (y.joined, 'j'),
                                ]
                                .iter()
                                .filter(|f| f.0)
                                .map(|f| f.1)
                                .collect();
                                (&d.text[y.start..y.end], flags)
                            })
                            .collect(),
                    })
                    .collect(),
            };
            writeln!(out, "{}", serde_json::to_string(&o).expect("json")).expect("write");
        }
    }
}
