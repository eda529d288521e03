//! The tomtat command-line tool. See `tomtat --help`.

use std::io::{Read, Write};
use std::process::ExitCode;

use serde::Serialize;
use tomtat::{Options, UnitKind};

const HELP: &str = "tomtat: extractive summaries of Vietnamese text

USAGE:
  tomtat sentences [FILE|-] [--json]
      Print each sentence unit on its own line; with --json, an array of
      {index, start, end, text, kind} (byte offsets; kind: sentence, heading, boilerplate).
  tomtat summarize [FILE|-] [--sentences N | --ratio R | --words N | --chars N]
                   [--title T] [--json]
      Print the summary, one sentence a line; with --json, the whole result.
  tomtat eval DATASET.jsonl --out PRED.jsonl [--joined] [--words-from-reference] [--lead]
      Summarize every article of a JSONL file ({id, title, article, summary}) and write
      {id, summary} lines. --joined joins the article's lines with spaces first;
      --words-from-reference takes the best sentences until they reach the reference's
      syllable count (one placed before a chosen one only if it fits whole); --lead takes the first sentences instead (the LEAD baseline).
      The title is given as an option; --no-title gives none, --title-in-text
      puts it as the text's first line instead (as a pasted article has it).
  tomtat keywords DATASET.jsonl [--joined] [--no-title | --title-in-text]
      Print {id, keywords} for every article as JSONL (for scripts/keyword_quality.py);
      the title is given as an option, as for eval.
  tomtat features DATASET.jsonl [--joined]
      Print each candidate sentence's features as JSONL (for scripts/fit_model.py, cv.py).

FILE defaults to standard input (also '-').";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("tomtat: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Parsed command-line flags: positional arguments and `--name value` pairs.
struct Args<'a> {
    positional: Vec<&'a str>,
    flags: Vec<(&'a str, Option<&'a str>)>,
}

const VALUE_FLAGS: &[&str] = &[
    "--sentences",
    "--ratio",
    "--words",
    "--chars",
    "--title",
    "--out",
];
const BOOL_FLAGS: &[&str] = &[
    "--json",
    "--joined",
    "--words-from-reference",
    "--lead",
    "--no-title",
    "--title-in-text",
];

fn parse(args: &[String]) -> Result<Args<'_>, String> {
    let mut out = Args {
        positional: Vec::new(),
        flags: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if VALUE_FLAGS.contains(&a.as_str()) {
            let v = it.next().ok_or_else(|| format!("{a} needs a value"))?;
            out.flags.push((a, Some(v)));
        } else if BOOL_FLAGS.contains(&a.as_str()) {
            out.flags.push((a, None));
        } else if a.starts_with("--") {
            return Err(format!("unknown option {a} (see tomtat --help)"));
        } else {
            out.positional.push(a);
        }
    }
    Ok(out)
}

impl Args<'_> {
    fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f.0 == name)
    }
    fn value(&self, name: &str) -> Option<&str> {
        self.flags.iter().find(|f| f.0 == name).and_then(|f| f.1)
    }
    fn number<T: std::str::FromStr>(&self, name: &str) -> Result<Option<T>, String> {
        self.value(name)
            .map(|v| {
                v.parse()
                    .map_err(|_| format!("{name} needs a number, not {v:?}"))
            })
            .transpose()
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some(cmd) = args.first() else {
        return Err(format!("no command given\n\n{HELP}"));
    };
    if cmd == "--help" || cmd == "-h" || cmd == "help" {
        println!("{HELP}");
        return Ok(());
    }
    if cmd == "--version" {
        println!("tomtat {}", tomtat::VERSION);
        return Ok(());
    }
    let a = parse(&args[1..])?;
    match cmd.as_str() {
        "sentences" => sentences(&a),
        "summarize" => summarize(&a),
        "eval" => eval(&a),
        "keywords" => keywords(&a),
        "features" => features(&a),
        _ => Err(format!("unknown command {cmd:?} (see tomtat --help)")),
    }
}

fn read_input(a: &Args<'_>) -> Result<String, String> {
    let path = a.positional.first().copied().unwrap_or("-");
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path} is not UTF-8 text (bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn to_json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data serializes")
}

fn one_line(s: &str) -> String {
    s.split(['\n', '\r'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Serialize)]
struct UnitOut<'a> {
    index: usize,
    start: usize,
    end: usize,
    text: &'a str,
    kind: UnitKind,
}

fn sentences(a: &Args<'_>) -> Result<(), String> {
    let text = read_input(a)?;
    let units = tomtat::sentences(&text).map_err(|e| e.to_string())?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if a.has("--json") {
        let v: Vec<UnitOut> = units
            .iter()
            .map(|u| UnitOut {
                index: u.index,
                start: u.start,
                end: u.end,
                text: &text[u.start..u.end],
                kind: u.kind,
            })
            .collect();
        writeln!(out, "{}", to_json(&v)).map_err(|e| e.to_string())?;
    } else {
        for u in &units {
            writeln!(out, "{}", one_line(&text[u.start..u.end])).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

fn options(a: &Args<'_>) -> Result<Options, String> {
    Ok(Options {
        sentences: a.number("--sentences")?,
        ratio: a.number("--ratio")?,
        max_words: a.number("--words")?,
        max_chars: a.number("--chars")?,
        title: a.value("--title").map(str::to_string),
    })
}

/// The CLI's flag for an option as the library names it (the JavaScript spelling).
fn flag_of(option: &str) -> &str {
    match option {
        "sentences" => "--sentences",
        "ratio" => "--ratio",
        "maxWords" => "--words",
        "maxChars" => "--chars",
        "title" => "--title",
        other => other,
    }
}

/// The library's error in the CLI's words: options are named by their flags.
fn cli_error(e: tomtat::Error) -> String {
    match e {
        tomtat::Error::InvalidOption { option, message } => {
            format!("invalid {}: {message}", flag_of(option))
        }
        tomtat::Error::ConflictingOptions(names) => {
            let given: Vec<&str> = names.iter().map(|n| flag_of(n)).collect();
            format!(
                "conflicting length flags {}: give only one of --sentences, --ratio, --words, --chars",
                given.join(" and ")
            )
        }
        other => other.to_string(),
    }
}

fn summarize(a: &Args<'_>) -> Result<(), String> {
    let text = read_input(a)?;
    let summary = tomtat::summarize(&text, &options(a)?).map_err(cli_error)?;
    if a.has("--json") {
        println!("{}", to_json(&summary));
    } else {
        for s in &summary.sentences {
            println!("{}", one_line(&s.text));
        }
    }
    Ok(())
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

fn eval(a: &Args<'_>) -> Result<(), String> {
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
            tomtat::fill_budget(
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

fn keywords(a: &Args<'_>) -> Result<(), String> {
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

fn features(a: &Args<'_>) -> Result<(), String> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for art in articles(a)? {
        let title = (!art.title.is_empty()).then_some(art.title.as_str());
        let Ok(tomtat::FeatureRows { titled, rows }) = tomtat::features(&art.article, title) else {
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
