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
  tomtat summarize FILE1 FILE2 ... [length options] [--json]
      Several articles on one story (several outlets' copies of one event): one summary
      without a fact twice, by file, then in each file's order. Each line starts with its
      file's name and a colon, as grep prints matches; with --json, the whole result, each
      sentence with its document (an index into files) and byte offsets into that file.
      Each file's first heading is its title. The length options count over all the files.

FILE defaults to standard input (also '-').";

/// What `--help` adds about the lab commands.
#[cfg(not(feature = "lab"))]
const LAB_NOTE: &str = "\nThe lab commands (eval, keywords, features) are in a build with the feature lab:\n  cargo build --release --features lab";
#[cfg(feature = "lab")]
const LAB_NOTE: &str = lab::HELP;

#[cfg(feature = "lab")]
mod lab;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`tomtat summarize --json FILE | head -1`): it has what it
        // wanted, so the tool stops quietly, as `cat` and `grep` do.
        Err(msg) if msg == CLOSED => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("tomtat: {msg}");
            ExitCode::from(2)
        }
    }
}

/// What [`run`] returns when standard output was closed under it.
const CLOSED: &str = "standard output closed";

/// An error writing the output, as [`run`] returns it: [`CLOSED`] for a closed pipe.
fn write_error(e: std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        CLOSED.to_string()
    } else {
        e.to_string()
    }
}

/// Writes `line` and a line break to standard output: `println!` without its panic when the
/// reader has gone.
fn print_line(line: impl std::fmt::Display) -> Result<(), String> {
    writeln!(std::io::stdout().lock(), "{line}").map_err(write_error)
}

/// Parsed command-line flags: positional arguments and `--name value` pairs.
struct Args<'a> {
    positional: Vec<&'a str>,
    flags: Vec<(&'a str, Option<&'a str>)>,
}

const VALUE_FLAGS: &[&str] = &["--sentences", "--ratio", "--words", "--chars", "--title"];
const BOOL_FLAGS: &[&str] = &["--json"];

/// Whether `a` is a flag that takes a value, or one that takes none (`None`: not a flag).
fn flag_kind(a: &str) -> Option<bool> {
    #[cfg(feature = "lab")]
    if let Some(takes_value) = lab::flag_kind(a) {
        return Some(takes_value);
    }
    if VALUE_FLAGS.contains(&a) {
        Some(true)
    } else if BOOL_FLAGS.contains(&a) {
        Some(false)
    } else {
        None
    }
}

fn parse(args: &[String]) -> Result<Args<'_>, String> {
    let mut out = Args {
        positional: Vec::new(),
        flags: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match flag_kind(a) {
            Some(true) => {
                let v = it.next().ok_or_else(|| format!("{a} needs a value"))?;
                out.flags.push((a, Some(v)));
                continue;
            }
            Some(false) => {
                out.flags.push((a, None));
                continue;
            }
            None => {}
        }
        if a.starts_with("--") {
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
        return print_line(format_args!("{HELP}\n{LAB_NOTE}"));
    }
    if cmd == "--version" {
        return print_line(format_args!("tomtat {}", tomtat::VERSION));
    }
    let a = parse(&args[1..])?;
    match cmd.as_str() {
        "sentences" => sentences(&a),
        "summarize" => summarize(&a),
        #[cfg(feature = "lab")]
        "eval" => lab::eval(&a),
        #[cfg(feature = "lab")]
        "keywords" => lab::keywords(&a),
        #[cfg(feature = "lab")]
        "features" => lab::features(&a),
        #[cfg(not(feature = "lab"))]
        "eval" | "keywords" | "features" => Err(format!(
            "{cmd} is a lab command: build tomtat with `cargo build --release --features lab`"
        )),
        _ => Err(format!("unknown command {cmd:?} (see tomtat --help)")),
    }
}

fn read_input(a: &Args<'_>) -> Result<String, String> {
    read_file(a.positional.first().copied().unwrap_or("-"))
}

/// The text of the file at `path` (`-`: standard input).
fn read_file(path: &str) -> Result<String, String> {
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
        writeln!(out, "{}", to_json(&v)).map_err(write_error)?;
    } else {
        for u in &units {
            writeln!(out, "{}", one_line(&text[u.start..u.end])).map_err(write_error)?;
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
    if a.positional.len() > 1 {
        return summarize_files(a);
    }
    let text = read_input(a)?;
    let summary = tomtat::summarize(&text, &options(a)?).map_err(cli_error)?;
    if a.has("--json") {
        print_line(to_json(&summary))?;
    } else {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        for s in &summary.sentences {
            writeln!(out, "{}", one_line(&s.text)).map_err(write_error)?;
        }
        out.flush().map_err(write_error)?;
    }
    Ok(())
}

/// `tomtat summarize FILE1 FILE2 ...`: one summary of several files on one story.
fn summarize_files(a: &Args<'_>) -> Result<(), String> {
    let files = &a.positional;
    if a.has("--title") {
        return Err(
            "--title is for one file: with several, each file's first heading is its title".into(),
        );
    }
    if files.iter().filter(|f| **f == "-").count() > 1 {
        return Err("standard input (-) can be read only once".into());
    }
    let texts = files
        .iter()
        .map(|f| read_file(f))
        .collect::<Result<Vec<String>, String>>()?;
    let inputs: Vec<tomtat::Input<'_>> = texts.iter().map(|t| t.as_str().into()).collect();
    let summary = tomtat::summarize_documents(&inputs, &options(a)?).map_err(|e| match e {
        tomtat::Error::Document {
            document, error, ..
        } => format!("{}: {error}", files[document]),
        e => cli_error(e),
    })?;
    if a.has("--json") {
        #[derive(Serialize)]
        struct Out<'a> {
            files: &'a [&'a str],
            #[serde(flatten)]
            summary: &'a tomtat::DocumentsSummary,
        }
        print_line(to_json(&Out {
            files,
            summary: &summary,
        }))?;
    } else {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        for s in &summary.sentences {
            writeln!(out, "{}: {}", files[s.document], one_line(&s.text)).map_err(write_error)?;
        }
    }
    Ok(())
}
