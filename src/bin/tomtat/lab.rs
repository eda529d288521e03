//! The lab commands of the CLI (cargo feature `lab`): evaluation runs over a JSONL data set,
//! its keywords, and the feature dump the model is fitted on. For scripts/quality.sh, the
//! fitting scripts and the baselines of outputs; not for users.

use std::collections::HashMap;
use std::io::Write;

use serde::Serialize;
use tomtat::{Options, UnitKind};

use super::{one_line, options, print_line, to_json, write_error, Args};

/// The lab commands, as `--help` lists them after the others.
pub const HELP: &str = include_str!("lab-help.txt");

/// The flags of the lab commands: `Some(true)` for one that takes a value.
pub fn flag_kind(a: &str) -> Option<bool> {
    match a {
        "--out" | "--scores" | "--documents-params" => Some(true),
        "--documents"
        | "--joined"
        | "--words-from-reference"
        | "--lead"
        | "--no-title"
        | "--title-in-text"
        | "--units"
        | "--names" => Some(false),
        _ => None,
    }
}

#[derive(serde::Deserialize)]
struct Article {
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    article: String,
    #[serde(default)]
    summary: String,
    /// Several articles on one story (`--documents`).
    #[serde(default)]
    documents: Vec<Doc>,
}

#[derive(serde::Deserialize)]
struct Doc {
    #[serde(default)]
    title: String,
    text: String,
}

/// `text` with its lines joined by spaces (`--joined`).
fn join_lines(text: &str) -> String {
    text.lines().map(str::trim).collect::<Vec<_>>().join(" ")
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
            art.article = join_lines(&art.article);
        }
        if a.has("--title-in-text") && !art.title.is_empty() {
            art.article = format!("{}\n\n{}", art.title, art.article);
        }
        if a.has("--no-title") || a.has("--title-in-text") {
            art.title.clear();
        }
        for d in &mut art.documents {
            if a.has("--joined") {
                d.text = join_lines(&d.text);
            }
            if a.has("--title-in-text") && !d.title.is_empty() {
                d.text = format!("{}\n\n{}", d.title, d.text);
            }
            if a.has("--no-title") || a.has("--title-in-text") {
                d.title.clear();
            }
        }
        if a.has("--documents") && art.documents.is_empty() {
            return Err(format!("{path}:{}: no documents (--documents)", n + 1));
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
    if a.has("--documents") {
        return eval_documents(a);
    }
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
                None => tomtat::lab::fill_budget(lead, lead_count(&opts), at, |_| 1),
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
        // --units: the chosen units' indexes and every unit of the text, for the reader's view.
        let (chosen, units) = if a.has("--units") {
            let units = tomtat::sentences(&art.article).unwrap_or_default();
            let units = units
                .iter()
                .map(|u| (u.kind, &art.article[u.start..u.end]))
                .collect();
            (Some(picked.iter().map(|&(i, ..)| i).collect()), Some(units))
        } else {
            (None, None)
        };
        let question = a
            .has("--units")
            .then(|| tomtat::lab::askers_question(&art.article));
        let pred = Pred {
            id: &art.id,
            summary: summary.join("\n"),
            chosen,
            units,
            question,
        };
        writeln!(out, "{}", to_json(&pred)).map_err(write_error)?;
    }
    Ok(())
}

/// How many units LEAD takes without a word budget: `--sentences N`, or 3.
fn lead_count(o: &Options) -> usize {
    o.sentences.unwrap_or(3)
}

#[derive(Serialize)]
struct Pred<'a> {
    id: &'a str,
    summary: String,
    /// `--units`: the indexes of the units chosen, in the order of the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    chosen: Option<Vec<usize>>,
    /// `--units`: every unit of the text, its kind and its text.
    #[serde(skip_serializing_if = "Option::is_none")]
    units: Option<Vec<(UnitKind, &'a str)>>,
    /// `--units`: the unit that is the asker's question, if the text asks (null if not).
    #[serde(skip_serializing_if = "Option::is_none")]
    question: Option<Option<usize>>,
}

/// `tomtat eval --documents`: each record's documents summarized together.
fn eval_documents(a: &Args<'_>) -> Result<(), String> {
    let out_path = a.value("--out").ok_or("give --out PRED.jsonl")?;
    if a.has("--scores") {
        return Err("--scores does not go with --documents".into());
    }
    let params = match a.value("--documents-params") {
        Some(json) => documents_params(json)?,
        None => tomtat::lab::DOCUMENTS_PARAMS,
    };
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(out_path).map_err(|e| format!("cannot write {out_path}: {e}"))?,
    );
    let opts = options(a)?;
    for art in articles(a)? {
        let inputs: Vec<tomtat::Input<'_>> = art
            .documents
            .iter()
            .map(|d| tomtat::Input {
                text: &d.text,
                title: (!d.title.is_empty()).then_some(d.title.as_str()),
            })
            .collect();
        let budget = a
            .has("--words-from-reference")
            .then(|| syllable_count(&art.summary).max(1));
        // A unit as the fill takes it: document, index, start, end.
        type Picked = (usize, usize, usize, usize);
        let at = |&(d, i, ..): &Picked| d << 32 | i;
        let words = |&(d, _, s, e): &Picked| syllable_count(&art.documents[d].text[s..e]);
        let picked: Vec<Picked> = if a.has("--lead") {
            let first = &art.documents[0].text;
            let units = tomtat::sentences(first).unwrap_or_default();
            let lead = units
                .iter()
                .filter(|u| u.kind != UnitKind::Boilerplate)
                .map(|u| (0, u.index, u.start, u.end));
            match budget {
                Some(b) => tomtat::lab::fill_budget(lead, b, at, words),
                None => tomtat::lab::fill_budget(lead, lead_count(&opts), at, |_| 1),
            }
        } else if let Some(b) = budget {
            let ranked = tomtat::lab::ranked_documents(&inputs, &params).unwrap_or_default();
            let ranked = ranked
                .into_iter()
                .map(|(d, u, _)| (d, u.index, u.start, u.end));
            tomtat::lab::fill_budget(ranked, b, at, words)
        } else {
            tomtat::lab::summarize_documents_with(&inputs, &opts, &params)
                .map(|s| s.sentences)
                .unwrap_or_default()
                .iter()
                .map(|x| (x.document, x.index, x.start, x.end))
                .collect()
        };
        let summary: Vec<String> = picked
            .iter()
            .map(|&(d, _, s, e)| one_line(&art.documents[d].text[s..e]))
            .collect();
        let pred = Pred {
            id: &art.id,
            summary: summary.join("\n"),
            chosen: None,
            units: None,
            question: None,
        };
        writeln!(out, "{}", to_json(&pred)).map_err(write_error)?;
    }
    Ok(())
}

/// The mode's constants from `--documents-params`: the shipped ones, with the fields given.
fn documents_params(json: &str) -> Result<tomtat::lab::DocumentsParams, String> {
    let v: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("--documents-params: {e}"))?;
    let mut p = tomtat::lab::DOCUMENTS_PARAMS;
    let obj = v
        .as_object()
        .ok_or("--documents-params needs a JSON object")?;
    let num = |x: &serde_json::Value| {
        x.as_f64()
            .ok_or_else(|| format!("--documents-params: {x} is no number"))
    };
    for (k, x) in obj {
        let list = || x.as_array().cloned().unwrap_or_default();
        match k.as_str() {
            "center" => p.center = x.as_bool().ok_or("center: true or false")?,
            "per_document" => p.per_document = num(x)?,
            "similarity" => p.similarity = num(x)?,
            "later_document" => p.later_document = num(x)?,
            "fact" => {
                let l = list();
                if l.len() != 2 {
                    return Err("fact: [syllables, bigrams]".into());
                }
                p.rules.fact = (num(&l[0])?, num(&l[1])?);
            }
            "anchors" => {
                let l = list();
                if l.len() != 3 {
                    return Err("anchors: [count, share, content]".into());
                }
                p.rules.anchors = (num(&l[0])? as usize, num(&l[1])?, num(&l[2])?);
            }
            other => return Err(format!("--documents-params: unknown field {other}")),
        }
    }
    Ok(p)
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
        writeln!(out, "{}", to_json(&row)).map_err(write_error)?;
    }
    Ok(())
}

pub fn features(a: &Args<'_>) -> Result<(), String> {
    if a.has("--names") {
        print_line(to_json(&tomtat::lab::input_names()))?;
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
            writeln!(out, "{}", to_json(&row)).map_err(write_error)?;
        }
    }
    Ok(())
}
