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
