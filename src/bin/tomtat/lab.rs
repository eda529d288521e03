//! The lab commands of the CLI (cargo feature `lab`): evaluation runs over a JSONL data set,
//! its keywords, and the feature dump the model is fitted on. For scripts/quality.sh, the
//! fitting scripts and the baselines of outputs; not for users.

use std::collections::HashMap;
use std::io::Write;

use serde::Serialize;
use tomtat::{Options, UnitKind};

use super::{one_line, options, to_json, Args};

/// The lab commands, as `--help` lists them after the others.
pub const HELP: &str = "LAB COMMANDS (this build has the feature lab):
  tomtat eval DATASET.jsonl --out PRED.jsonl [--joined] [--words-from-reference]
                [--lead | --scores SCORES.jsonl] [length options]
      Summarize every article of a JSONL file ({id, title, article, summary}) and write
      {id, summary} lines. --joined joins the article's lines with spaces first;
      --words-from-reference takes the best sentences until they reach the reference's
      syllable count (one placed before a chosen one only if it fits whole); without it, the
      length options apply as for summarize. --lead takes the first sentences instead (the
      LEAD baseline; 3 without --words-from-reference), through the same budget fill.
      --scores ranks and selects as the engine does, with the scores of the file
      ({id, unit, score} lines: one for each candidate unit, as tomtat features lists them)
      in place of the model's: how cross-validation measures a model (scripts/cv.py). An
      article without scores gets an empty summary; one whose scores are not one for each
      candidate stops the run.
      The title is given as an option; --no-title gives none, --title-in-text
      puts it as the text's first line instead (as a pasted article has it).
  tomtat keywords DATASET.jsonl [--joined] [--no-title | --title-in-text]
      Print {id, keywords} for every article as JSONL (for scripts/keyword_quality.py);
      the title is given as an option, as for eval.
  tomtat features DATASET.jsonl [--joined] [--no-title | --title-in-text]
      Print each candidate sentence's features as JSONL (for scripts/fit_model.py, cv.py):
      {id, unit, titled, text, x}.
  tomtat features --names
      Print the names of the model's inputs as a JSON array: the columns of x, then titled.";

/// The flags of the lab commands: `Some(true)` for one that takes a value.
pub fn flag_kind(a: &str) -> Option<bool> {
    match a {
        "--out" | "--scores" => Some(true),
        "--joined"
        | "--words-from-reference"
        | "--lead"
        | "--no-title"
        | "--title-in-text"
        | "--names" => Some(false),
        _ => None,
    }
}

#[derive(serde::Deserialize)]
struct Article {
    id: String,
    #[serde(default)]
    title: String,
    article: String,
    #[serde(default)]
    summary: String,
}

fn articles(a: &Args<'_>) -> Result<Vec<Article>, String> {
    let path = a.positional.first().ok_or("give a DATASET.jsonl")?;
    let data = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut out = Vec::new();
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let mut art: Article =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        if a.has("--joined") {
            art.article = art
                .article
                .lines()
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(" ");
        }
        if a.has("--title-in-text") && !art.title.is_empty() {
            art.article = format!("{}\n\n{}", art.title, art.article);
        }
        if a.has("--no-title") || a.has("--title-in-text") {
            art.title.clear();
        }
        out.push(art);
    }
    Ok(out)
}

/// Syllables as rouge_vi.py counts them: runs of letters and digits.
fn syllable_count(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .count()
}

pub fn eval(a: &Args<'_>) -> Result<(), String> {
    let out_path = a.value("--out").ok_or("give --out PRED.jsonl")?;
    let scores = a.value("--scores").map(read_scores).transpose()?;
    if scores.is_some() && a.has("--lead") {
        return Err("--scores and --lead do not go together: LEAD has no scores".into());
    }
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(out_path).map_err(|e| format!("cannot write {out_path}: {e}"))?,
    );
    let opts = options(a)?;
    for art in articles(a)? {
        let title = (!art.title.is_empty()).then_some(art.title.as_str());
        // With --scores, an article without any score is not evaluated: its summary is empty.
        let given = scores.as_ref().map(|s| s.get(&art.id));
        // A unit as the fill takes it: index, start, end.
        type Picked = (usize, usize, usize);
        let at = |&(i, ..): &Picked| i;
        let words = |&(_, s, e): &Picked| syllable_count(&art.article[s..e]);
        // The budget fill: up to the reference's syllables, or (LEAD without them) 3 units.
        let budget = a
            .has("--words-from-reference")
            .then(|| syllable_count(&art.summary).max(1));
        let picked: Vec<Picked> = if a.has("--lead") {
            let units = tomtat::sentences(&art.article).unwrap_or_default();
            let lead = units
                .iter()
                .filter(|u| u.kind != UnitKind::Boilerplate)
                .map(|u| (u.index, u.start, u.end));
            match budget {
                Some(b) => tomtat::lab::fill_budget(lead, b, at, words),
                None => tomtat::lab::fill_budget(lead, 3, at, |_| 1),
            }
        } else if let Some(b) = budget {
            let ranked = match given {
                Some(Some(s)) => {
                    engine_or_empty(tomtat::lab::ranked_with_scores(&art.article, s), &art)?
                        .unwrap_or_default()
                }
                Some(None) => Vec::new(),
                None => tomtat::ranked(&art.article, title).unwrap_or_default(),
            };
            let ranked = ranked.into_iter().map(|(u, _)| (u.index, u.start, u.end));
            tomtat::lab::fill_budget(ranked, b, at, words)
        } else {
            let o = Options {
                title: title.map(str::to_string),
                ..opts.clone()
            };
            let summary = match given {
                Some(Some(s)) => engine_or_empty(
                    tomtat::lab::summarize_with_scores(&art.article, &o, s),
                    &art,
                )?
                .map(|s| s.sentences),
                Some(None) => None,
                None => tomtat::summarize(&art.article, &o)
                    .ok()
                    .map(|s| s.sentences),
            };
            summary
                .unwrap_or_default()
                .iter()
                .map(|x| (x.index, x.start, x.end))
                .collect()
        };
        let summary: Vec<String> = picked
            .iter()
            .map(|&(_, s, e)| one_line(&art.article[s..e]))
            .collect();
        #[derive(Serialize)]
        struct Pred<'a> {
            id: &'a str,
            summary: String,
        }
        writeln!(
            out,
            "{}",
            to_json(&Pred {
                id: &art.id,
                summary: summary.join("\n")
            })
        )
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The scores of `tomtat eval --scores FILE`: JSONL, one line a candidate unit, `{id, unit,
/// score}` (other fields are ignored), by article id.
fn read_scores(path: &str) -> Result<HashMap<String, Vec<(usize, f64)>>, String> {
    #[derive(serde::Deserialize)]
    struct Score {
        id: String,
        unit: usize,
        score: f64,
    }
    let data = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut out: HashMap<String, Vec<(usize, f64)>> = HashMap::new();
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let s: Score = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        out.entry(s.id).or_default().push((s.unit, s.score));
    }
    Ok(out)
}

/// A result of the scores mode: the engine's errors (no sentence...) give an empty summary, as
/// they do without scores; scores that do not match the article's candidates stop the run.
fn engine_or_empty<T>(
    r: Result<T, tomtat::lab::ScoresError>,
    art: &Article,
) -> Result<Option<T>, String> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(tomtat::lab::ScoresError::Engine(_)) => Ok(None),
        Err(e) => Err(format!("article {}: {e}", art.id)),
    }
}

pub fn keywords(a: &Args<'_>) -> Result<(), String> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for art in articles(a)? {
        let o = Options {
            title: (!art.title.is_empty()).then(|| art.title.clone()),
            ..Options::default()
        };
        let keywords = tomtat::summarize(&art.article, &o)
            .map(|s| s.keywords)
            .unwrap_or_default();
        #[derive(Serialize)]
        struct Row<'a> {
            id: &'a str,
            keywords: Vec<tomtat::Keyword>,
        }
        let row = Row {
            id: &art.id,
            keywords,
        };
        writeln!(out, "{}", to_json(&row)).map_err(|e| e.to_string())?;
    }
    Ok(())
}

pub fn features(a: &Args<'_>) -> Result<(), String> {
    if a.has("--names") {
        println!("{}", to_json(&tomtat::lab::input_names()));
        return Ok(());
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for art in articles(a)? {
        let title = (!art.title.is_empty()).then_some(art.title.as_str());
        let Ok(tomtat::lab::FeatureRows { titled, rows }) =
            tomtat::lab::features(&art.article, title)
        else {
            continue;
        };
        let units = tomtat::sentences(&art.article).map_err(|e| e.to_string())?;
        for (u, x) in rows {
            let unit = &units[u];
            #[derive(Serialize)]
            struct Row<'a> {
                id: &'a str,
                unit: usize,
                titled: bool,
                text: &'a str,
                x: Vec<f64>,
            }
            let row = Row {
                id: &art.id,
                unit: u,
                titled,
                text: &art.article[unit.start..unit.end],
                x,
            };
            writeln!(out, "{}", to_json(&row)).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}
