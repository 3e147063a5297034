//! Reading a web page. Run with `cargo bench --bench extraction`.
//!
//! - A real news page of about 200 KB (a page of the extraction benchmark's sample in
//!   `tests/fixtures/aeb`) read as an HTML file: decoding, parsing, finding the
//!   article's container, text blocks, passages (goal ≤ 5 ms).

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::corpus::formats::{Format, JsonlFields, parse};
use std::hint::black_box;

fn extraction(c: &mut Criterion) {
    let page = std::fs::read("tests/fixtures/aeb/88c328b68b03.html").expect("sample page");
    let fields = JsonlFields::default();
    println!("page: {} KB", page.len() / 1024);
    c.bench_function("extract a 200 KB page", |b| {
        b.iter(|| parse("page.html", black_box(&page), Format::Html, &fields))
    });
}

criterion_group!(benches, extraction);
criterion_main!(benches);
