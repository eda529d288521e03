//! Dumps chosen sentences and keywords for every dev article (for comparing builds).
fn main() {
    let data = std::fs::read_to_string("../shared/eval/dev.jsonl").unwrap();
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
                    let kw: Vec<&str> = s.keywords.iter().map(|k| k.term.as_str()).collect();
                    println!("{:?} {:?} {:?}", idx, kw, s.stats);
                }
                Err(e) => println!("err {e}"),
            }
        }
    }
}
