//! Dumps chosen sentences and keywords for every dev article (for comparing builds). Needs the
//! evaluation corpus: ../shared/eval/dev.jsonl, or dev.jsonl in $TOMTAT_EVAL_DIR.
fn main() {
    let dir = std::env::var("TOMTAT_EVAL_DIR")
        .ok()
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "../shared/eval".to_string());
    let path = std::path::Path::new(&dir).join("dev.jsonl");
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            let required = std::env::var("TOMTAT_REQUIRE_EVAL").is_ok_and(|v| v == "1");
            eprintln!(
                "{} dump: needs the evaluation corpus {} ({e}); put the VietNews dev.jsonl there \
                 or set TOMTAT_EVAL_DIR (README: Data and licences)",
                if required { "FAILED" } else { "SKIPPED" },
                path.display()
            );
            std::process::exit(if required { 1 } else { 0 });
        }
    };
    for line in data.lines().filter(|l| !l.is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let a = v["article"].as_str().unwrap();
        let t = v["title"].as_str().unwrap();
        let joined = a.replace('\n', " ");
        for (text, title) in [(a, None), (joined.as_str(), None), (a, Some(t.to_string()))] {
            let o = tomtat::Options {
                title,
                ..Default::default()
            };
            match tomtat::summarize(text, &o) {
                Ok(s) => {
                    let idx: Vec<usize> = s.sentences.iter().map(|x| x.index).collect();
                    let kw: Vec<(&str, &str, f64)> = s
                        .keywords
                        .iter()
                        .map(|k| (k.term.as_str(), k.text.as_str(), k.weight))
                        .collect();
                    println!("{:?} {:?} {:?}", idx, kw, s.stats);
                }
                Err(e) => println!("err {e}"),
            }
        }
    }
}
