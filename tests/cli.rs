//! The CLI as a user runs it: errors name its flags (`--words`, not the library's `maxWords`).

use std::io::Write;
use std::process::{Command, Stdio};

const TEXT: &str = "Hà Nội mưa lớn từ chiều qua khiến nhiều tuyến phố ngập sâu. \
    Giao thông ùn tắc kéo dài đến tối. Người dân phải dắt xe qua các điểm ngập.";

/// Runs `tomtat summarize - ARGS` on TEXT: (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tomtat"))
        .arg("summarize")
        .arg("-")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(TEXT.as_bytes())
        .expect("write the text");
    let out = child.wait_with_output().expect("the CLI ends");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_summary_is_printed() {
    let (code, out, err) = run(&["--sentences", "1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1);
    assert!(TEXT.contains(out.trim()));
}

#[test]
fn invalid_values_name_the_flag() {
    for (flag, value) in [
        ("--words", "0"),
        ("--chars", "0"),
        ("--sentences", "0"),
        ("--ratio", "1.5"),
    ] {
        let (code, out, err) = run(&[flag, value]);
        assert_eq!(code, 2, "{flag} {value}");
        assert!(out.is_empty());
        assert!(
            err.starts_with(&format!("tomtat: invalid {flag}: ")),
            "{flag} {value}: {err}"
        );
        for js in ["maxWords", "maxChars", "`sentences`", "`ratio`"] {
            assert!(!err.contains(js), "{flag} {value}: {err}");
        }
    }
}

#[test]
fn conflicting_flags_are_named_as_flags() {
    let (code, _, err) = run(&["--words", "20", "--chars", "100"]);
    assert_eq!(code, 2);
    assert!(err.contains("--words and --chars"), "{err}");
    assert!(
        err.contains("only one of --sentences, --ratio, --words, --chars"),
        "{err}"
    );
    assert!(!err.contains("maxWords"), "{err}");
}

#[test]
fn a_number_that_is_not_one_is_named_by_its_flag() {
    let (code, _, err) = run(&["--words", "nhiều"]);
    assert_eq!(code, 2);
    assert!(err.contains("--words needs a number"), "{err}");
}

/// Runs the CLI with `args` and no input: (exit code, stdout, stderr).
fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tomtat"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the CLI runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const STORY: [&str; 3] = [
    "tests/fixtures/multidoc/accident-1.txt",
    "tests/fixtures/multidoc/accident-2.txt",
    "tests/fixtures/multidoc/accident-3.txt",
];

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn story_args(extra: &[&'static str]) -> Vec<String> {
    let mut args = vec!["summarize".to_string()];
    args.extend(
        STORY
            .iter()
            .map(|f| format!("{}/{f}", env!("CARGO_MANIFEST_DIR"))),
    );
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn several_files_are_one_story_each_line_naming_its_file() {
    let args = story_args(&["--sentences", "4"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = cli(&args);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    let texts: Vec<String> = STORY.iter().map(|f| fixture(f)).collect();
    let mut files_seen = Vec::new();
    for line in &lines {
        // "PATH: sentence", as grep prints a match of several files.
        let (file, sentence) = args[1..4]
            .iter()
            .find_map(|f| line.strip_prefix(&format!("{f}: ")).map(|s| (*f, s)))
            .unwrap_or_else(|| panic!("no file named in {line:?}"));
        let d = args[1..4].iter().position(|f| *f == file).unwrap();
        assert!(texts[d].contains(sentence), "{sentence:?} is not in {file}");
        files_seen.push(d);
    }
    // By file, in the order given.
    assert!(
        files_seen.windows(2).all(|w| w[0] <= w[1]),
        "{files_seen:?}"
    );
    assert_eq!(files_seen.first(), Some(&0));
}

#[test]
fn several_files_json_gives_the_documents_and_offsets_into_each() {
    let args = story_args(&["--json"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = cli(&args);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let files: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert_eq!(files, &args[1..4]);
    let texts: Vec<String> = STORY.iter().map(|f| fixture(f)).collect();
    let sentences = v["sentences"].as_array().unwrap();
    assert!(!sentences.is_empty());
    for s in sentences {
        let d = s["document"].as_u64().unwrap() as usize;
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&texts[d][start..end], s["text"].as_str().unwrap());
    }
    assert_eq!(v["documents"].as_array().unwrap().len(), 3);
    assert!(v["stats"]["units"].as_u64().unwrap() > 10);
    assert!(!v["keywords"].as_array().unwrap().is_empty());
}

#[test]
fn several_files_errors_name_the_file() {
    let dir = std::env::temp_dir().join(format!("tomtat-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("trống.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let first = format!("{}/{}", env!("CARGO_MANIFEST_DIR"), STORY[0]);
    let empty = empty.to_str().unwrap();
    let (code, out, err) = cli(&["summarize", &first, empty]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(
        err.trim(),
        format!("tomtat: {empty}: the text is empty: give some Vietnamese text to summarize")
    );
    let (code, _, err) = cli(&["summarize", &first, &first, "--title", "x"]);
    assert_eq!(code, 2);
    assert!(err.contains("--title is for one file"), "{err}");
    let (code, _, err) = cli(&["summarize", &first, "-", "-"]);
    assert_eq!(code, 2);
    assert!(err.contains("standard input"), "{err}");
    let (code, _, err) = cli(&["summarize", &first, "không-có-tệp-này.txt"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read không-có-tệp-này.txt"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn one_file_is_printed_as_before() {
    let one = format!("{}/{}", env!("CARGO_MANIFEST_DIR"), STORY[0]);
    let (code, out, _) = cli(&["summarize", &one, "--sentences", "2"]);
    assert_eq!(code, 0);
    // No file name: the sentences alone, as for standard input.
    for line in out.lines() {
        assert!(fixture(STORY[0]).contains(line), "{line}");
    }
    assert_eq!(out.lines().count(), 2);
}

/// The lab's `eval --documents` on the accident story: the mode, LEAD, the budget fill.
#[cfg(feature = "lab")]
#[test]
fn eval_documents_reads_each_records_documents() {
    let dir = std::env::temp_dir().join(format!("tomtat-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let texts: Vec<String> = STORY.iter().map(|f| fixture(f)).collect();
    let record = serde_json::json!({
        "id": "tai-nan",
        "documents": texts.iter().map(|t| serde_json::json!({"title": "", "text": t})).collect::<Vec<_>>(),
        "summary": "Sáng 14/3 xe khách lao xuống vực trên đèo Khánh Lĩnh làm 3 người chết và 12 người bị thương, tài xế khai xe mất phanh.",
    });
    let set = dir.join("story.jsonl");
    std::fs::write(&set, format!("{record}\n")).unwrap();
    let set = set.to_str().unwrap();
    let pred = dir.join("pred.jsonl");
    let pred = pred.to_str().unwrap();
    let summary = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["eval", set, "--documents", "--out", pred];
        all.extend(args);
        let (code, _, err) = cli(&all);
        assert_eq!(code, 0, "{args:?}: {err}");
        let v: serde_json::Value =
            serde_json::from_str(std::fs::read_to_string(pred).unwrap().trim()).unwrap();
        assert_eq!(v["id"], "tai-nan");
        v["summary"]
            .as_str()
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect()
    };
    let in_any = |s: &str| texts.iter().any(|t| t.contains(s));
    // The mode, as summarize_documents gives it.
    let five = summary(&["--sentences", "5"]);
    assert_eq!(five.len(), 5);
    assert!(five.iter().all(|s| in_any(s)));
    let inputs: Vec<tomtat::Input<'_>> = texts.iter().map(|t| t.as_str().into()).collect();
    let want = tomtat::summarize_documents(
        &inputs,
        &tomtat::Options {
            sentences: Some(5),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        five,
        want.sentences
            .iter()
            .map(|s| s.text.clone())
            .collect::<Vec<_>>()
    );
    // LEAD: the first document's first units.
    let lead = summary(&["--lead", "--sentences", "2"]);
    assert_eq!(lead.len(), 2);
    assert!(texts[0].starts_with(&lead[0]), "{lead:?}");
    assert!(texts[0].contains(&lead[1]));
    // The reference's length, filled with the story's candidates; and the lines joined.
    let filled = summary(&["--words-from-reference"]);
    assert!(
        !filled.is_empty() && filled.iter().all(|s| in_any(s)),
        "{filled:?}"
    );
    // Lines joined: each text's lines trimmed and joined by a space.
    let joined: Vec<String> = texts
        .iter()
        .map(|t| t.lines().map(str::trim).collect::<Vec<_>>().join(" "))
        .collect();
    let filled = summary(&["--words-from-reference", "--joined"]);
    assert!(!filled.is_empty(), "{filled:?}");
    assert!(filled
        .iter()
        .all(|s| joined.iter().any(|t| t.contains(s.as_str()))));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The CLI's output piped into a reader that has gone (`tomtat summarize --json FILE | head -1`
/// once `head` has its line): the tool stops quietly, with status 0 and nothing on standard
/// error, as `cat` and `grep` do; it used to panic in `println!`. The reader here closes its
/// end before the CLI writes anything, so every write fails, whatever the output's length.
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let commands: [&[&str]; 6] = [
        &["summarize", "-", "--json"],
        &["summarize", "-", "--sentences", "2"],
        &["sentences", "-"],
        &["sentences", "-", "--json"],
        &["--help"],
        &["--version"],
    ];
    for args in commands {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tomtat"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the CLI starts");
        drop(child.stdout.take());
        // The flags that read no text may have ended already: a failed write is theirs.
        let _ = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(TEXT.as_bytes());
        let out = child.wait_with_output().expect("the CLI ends");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?} {err}", out.status);
        assert_eq!(err, "", "{args:?}");
    }
}
