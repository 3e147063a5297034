fn main() {
    let c = parallax::corpus::Corpus::seeds();
    for a in &c.articles {
        println!("=== {} | title={:?} | byline={:?} | words={} passages={} content={}", a.path, a.title, a.byline, a.words, a.passages.len(), a.content_passages());
        for (i, p) in a.passages.iter().enumerate() {
            let t = a.passage_text(i);
            let t: String = t.chars().take(70).collect();
            println!("{i:3} {:?} {}", p.kind, t);
        }
    }
}
