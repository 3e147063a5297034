//! Feeds expanded on loopback. Run with `cargo bench --bench feeds`.
//!
//! - a 100-item RSS feed whose items carry only a summary, each fetched from its link
//!   (8 at a time) and read as an article, from a server on 127.0.0.1 that answers each
//!   page after 20 ms, as a nearby server would (goal ≤ 2 s for the whole feed);
//! - the same feed parsed alone.
//!
//! No page cache: every iteration fetches every page again.

#[path = "../tests/support/http.rs"]
mod http;

use criterion::{Criterion, criterion_group, criterion_main};
use http::{Reply, Server};
use parallax::web::{FetchOptions, Fetcher, expand, parse_feed};
use std::hint::black_box;
use std::time::Duration;

const ITEMS: usize = 100;
/// What each page costs the server, so that fetching at once is what is measured.
const LATENCY: Duration = Duration::from_millis(20);

fn feed() -> String {
    let items: String = (0..ITEMS)
        .map(|i| {
            format!(
                "<item><title>Report {i}</title><link>/story/{i}</link><guid>r-{i}</guid>\
                 <pubDate>Tue, 05 Mar 2024 10:{:02}:00 +0100</pubDate>\
                 <description>Summary {i}.</description></item>",
                i % 60
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bench Post</title>\
         <link>http://bench.example/</link><description>d</description>{items}</channel></rss>"
    )
}

fn page(i: &str) -> String {
    let para = "Delegations from both sides met in Geneva on Monday to discuss a ceasefire \
                along the front line, officials said, after weeks of shelling near the river.";
    format!(
        "<!doctype html><html><head><title>Report {i}</title></head><body><nav>Home</nav>\
         <article><h1>Report {i}</h1>{}</article></body></html>",
        format!("<p>{para} Paragraph {i}.</p>").repeat(12)
    )
}

fn bench(c: &mut Criterion) {
    let server = Server::start(|req| match req.path.strip_prefix("/story/") {
        Some(i) => {
            std::thread::sleep(LATENCY);
            Reply::html(page(i))
        }
        None => Reply::status(404),
    });
    let xml = feed();
    let parsed = parse_feed(xml.as_bytes()).expect("bench feed parses");
    let from = server.url("/rss.xml");
    let fetcher = Fetcher::new(FetchOptions::default(), None);
    let got = expand(&parsed, Some(&from), &fetcher, &|_| {});
    assert!(got.iter().all(Result::is_ok), "every item read");
    let mut g = c.benchmark_group("feeds");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.bench_function("expand 100 summary items, 8 at a time, 20 ms each", |b| {
        b.iter(|| black_box(expand(&parsed, Some(&from), &fetcher, &|_| {})))
    });
    g.bench_function("parse 100-item RSS", |b| b.iter(|| black_box(parse_feed(xml.as_bytes()))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
