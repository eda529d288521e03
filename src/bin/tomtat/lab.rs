//! The lab commands of the CLI (cargo feature `lab`): evaluation runs over a JSONL data set,
//! its keywords, and the feature dump the model is fitted on. For scripts/quality.sh, the
//! fitting scripts and the baselines of outputs; not for users.

use std::io::Write;

use serde::Serialize;
use tomtat::{Options, UnitKind};

use super::{one_line, options, to_json, Args};

/// The lab commands, as `--help` lists them after the others.
pub const HELP: &str = "LAB COMMANDS (this build has the feature lab):
  tomtat eval DATASET.jsonl --out PRED.jsonl [--joined] [--words-from-reference] [--lead]
      Summarize every article of a JSONL file ({id, title, article, summary}) and write
      {id, summary} lines. --joined joins the article's lines with spaces first;
      --words-from-reference takes the best sentences until they reach the reference's
      syllable count (one placed before a chosen one only if it fits whole); --lead takes the
      first sentences instead (the LEAD baseline).
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
        "--out" => Some(true),
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
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(out_path).map_err(|e| format!("cannot write {out_path}: {e}"))?,
    );
    let opts = options(a)?;
    for art in articles(a)? {
        let title = (!art.title.is_empty()).then_some(art.title.as_str());
        let budget = a
            .has("--words-from-reference")
            .then(|| syllable_count(&art.summary).max(1));
        let picked: Vec<(usize, usize, usize)> = if a.has("--lead") {
            let units = tomtat::sentences(&art.article).unwrap_or_default();
            let mut used = 0;
            units
                .iter()
                .filter(|u| u.kind != UnitKind::Boilerplate)
                .take_while(|u| {
                    let go = budget.is_none_or(|b| used < b);
                    used += syllable_count(&art.article[u.start..u.end]);
                    go && (budget.is_some() || used > 0)
                })
                .take(if budget.is_some() { usize::MAX } else { 3 })
                .map(|u| (u.index, u.start, u.end))
                .collect()
        } else if let Some(b) = budget {
            let ranked = tomtat::ranked(&art.article, title).unwrap_or_default();
            tomtat::lab::fill_budget(
                ranked.into_iter().map(|(u, _)| (u.index, u.start, u.end)),
                b,
                |&(i, ..)| i,
                |&(_, s, e)| syllable_count(&art.article[s..e]),
            )
        } else {
            let o = Options {
                title: title.map(str::to_string),
                ..opts.clone()
            };
            tomtat::summarize(&art.article, &o)
                .map(|s| {
                    s.sentences
                        .iter()
                        .map(|x| (x.index, x.start, x.end))
                        .collect()
                })
                .unwrap_or_default()
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
