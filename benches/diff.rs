//! Comparing two tellings. Run with `cargo bench --bench diff`.
//!
//! - `Versions::compare` of two ~10 KB versions (goal ≤ 2 ms) and two ~1 MB versions
//!   (goal ≤ 200 ms), the second made from the first by changing a word in every tenth
//!   paragraph, dropping every fiftieth and adding one every seventieth;
//! - `Contrast::of` on a linked passage pair of the seeds 000/002 (goal ≤ 0.2 ms, so
//!   `d` and follow mode stay within a frame).

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::corpus::{Article, Corpus};
use parallax::diff::{Contrast, Versions};
use parallax::index::{Index, Lexicons, Scoring, Strength};
use std::hint::black_box;

/// About `bytes` of article text from the seed passages, each paragraph numbered so
/// that no two are the same (as in a real article), and an edited copy of it.
fn versions(seeds: &Corpus, bytes: usize) -> (Article, Article) {
    let passages: Vec<&str> = seeds
        .articles
        .iter()
        .flat_map(|a| {
            (0..a.passages.len()).filter(|&i| a.passages[i].is_content()).map(|i| a.passage_text(i))
        })
        .collect();
    let (mut a, mut b) = (String::new(), String::new());
    let mut n = 0;
    while a.len() < bytes {
        let p = format!("{n}. {}\n\n", passages[(n * 7) % passages.len()].trim());
        a.push_str(&p);
        match n {
            n if n % 50 == 49 => {}
            n if n % 10 == 9 => b.push_str(&p.replacen(" the ", " a ", 1)),
            _ => b.push_str(&p),
        }
        if n % 70 == 69 {
            b.push_str("A paragraph the editors added later, about nothing else.\n\n");
        }
        n += 1;
    }
    (Article::parse("a.txt", &a, None), Article::parse("b.txt", &b, None))
}

fn bench(c: &mut Criterion) {
    let seeds = Corpus::seeds();
    let lex = Lexicons::embedded();
    for (name, bytes) in [("10 KB", 10_000), ("1 MB", 1_000_000)] {
        let (a, b) = versions(&seeds, bytes);
        let v = Versions::compare(&a, &b);
        println!("{name}: {} · similarity {:.2}", v.describe(), v.similarity);
        c.bench_function(&format!("versions of two {name} texts"), |bench| {
            bench.iter(|| black_box(Versions::compare(black_box(&a), black_box(&b))))
        });
    }
    let (l, r) = (&seeds.articles[0], &seeds.articles[2]);
    let index = Index::build(vec![l, r], &lex);
    let (p, q) = index
        .links(0, 1, 1, Scoring::Full)
        .into_iter()
        .find_map(|k| {
            let m = k.matches.first().filter(|m| m.strength == Strength::Strong)?;
            Some((l.passages[k.left].range.clone(), r.passages[m.right].range.clone()))
        })
        .expect("a strong link between the seeds");
    c.bench_function("contrast of a linked passage pair", |bench| {
        bench.iter(|| black_box(Contrast::of(&lex, (&l.text, p.clone()), (&r.text, q.clone()))))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
