use parallax::corpus::Corpus;
use parallax::index::Lexicons;
use parallax::lens::attributions_of;
#[test]
fn probe() {
    let text = std::env::var("PROBE").unwrap();
    let mut c = Corpus::default();
    c.add("p.txt", format!("Headline here\n\n{text}\n").as_bytes());
    let a = &c.articles[0];
    for x in attributions_of(a, &Lexicons::embedded().aliases) {
        println!("{:?} {:?} p{}", x.speaker, x.kind, x.passage);
    }
}
