use super::*;
use crate::corpus::PassageKind::{self, *};

fn one(path: &str, src: &str) -> Article {
    let p = parse(path, src.as_bytes(), Format::of_path(Path::new(path)), &JsonlFields::default());
    assert!(p.skipped.is_empty(), "{:?}", p.skipped);
    assert_eq!(p.articles.len(), 1);
    p.articles.into_iter().next().unwrap().0
}

fn shape(a: &Article) -> Vec<(PassageKind, &str)> {
    (0..a.passages.len()).map(|i| (a.passages[i].kind, a.passage_text(i))).collect()
}

const PARA: &str = "The delegations met in Geneva on Monday and agreed to a limited ceasefire along the front line, officials said.";

#[test]
fn markdown_headings_are_passages_and_syntax_is_stripped() {
    let md = format!(
        "---\ntitle: Ignored Because The Heading Wins\nauthor: Jane Doe\ndate: March 5, 2024\nsource: The Daily\n---\n\n\
         # Talks *in* Geneva\n\n{PARA}\nIt **held** for [a day](http://x.example).\n\n## What next\n\n\
         - first point about the monitors\n- second `point`\n\n![chart](c.png)\n\n> Quoted words here.\n\n```\ncode line\n```\n"
    );
    let a = one("a.md", &md);
    assert_eq!(a.title, "Talks in Geneva");
    assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(a.date.as_deref(), Some("2024-03-05"));
    assert_eq!(a.outlet.as_deref(), Some("The Daily"));
    let s = shape(&a);
    assert_eq!(s[0], (Title, "Talks in Geneva"));
    assert_eq!(s[1].1, format!("{PARA} It held for a day."));
    assert_eq!(s[2].1, "What next");
    assert_eq!(s[3].1, "\u{2022} first point about the monitors");
    assert_eq!(s[4].1, "\u{2022} second point");
    assert_eq!(s[5].1, "Quoted words here.");
    assert_eq!(s[6].1, "code line");
    for (_, t) in &s {
        assert!(!t.contains(['*', '#', '[', '`', '!', '>']) || t.contains("code"), "{t}");
    }
    // Offsets are into the extracted text.
    assert!(a.passages.iter().all(|p| p.range.end <= a.text.len()));
    assert!(!a.text.contains("http"));
}

#[test]
fn markdown_without_a_heading_uses_the_text_heuristics() {
    let a = one("n.md", &format!("Nested Article Title Here\n\n{PARA}\n"));
    assert_eq!(a.title, "Nested Article Title Here");
    assert_eq!(a.passages[0].kind, Title);
}

#[test]
fn html_main_text_title_and_meta() {
    let html = format!(
        r#"<!doctype html><html><head><title>Talks in Geneva | The Daily</title>
        <meta property="og:site_name" content="The Daily">
        <meta name="author" content="Jane Doe">
        <meta property="article:published_time" content="2024-03-05T10:00:00Z">
        <script>var x = "script text";</script><style>p {{ color: red }}</style></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <header><div class="logo">The Daily</div></header>
        <article><h1>Talks in Geneva</h1><p>{PARA}</p>
        <h2>Monitors</h2><p>Monitors <em>will</em> arrive &amp; stay within days, officials said.</p>
        <ul><li>First point</li><li>Second point</li></ul>
        <form><input value="Search"></form><aside>Related: something else</aside>
        </article><footer>Copyright The Daily</footer></body></html>"#
    );
    let a = one("a.html", &html);
    assert_eq!(a.title, "Talks in Geneva");
    assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
    // The page states a time and a zone: both are kept, for sorting by the instant.
    assert_eq!(a.date.as_deref(), Some("2024-03-05T10:00:00Z"));
    assert_eq!(a.outlet.as_deref(), Some("The Daily"));
    let s = shape(&a);
    assert_eq!(s[0], (Title, "Talks in Geneva"));
    assert_eq!(s[1], (Byline, "Jane Doe"));
    assert_eq!(s[2], (Body, PARA));
    assert_eq!(s[3].1, "Monitors");
    assert_eq!(s[4].1, "Monitors will arrive & stay within days, officials said.");
    assert_eq!(s[5].1, "\u{2022} First point");
    assert_eq!(s.len(), 7, "{s:?}");
    for bad in ["script text", "color", "Home", "Copyright", "Related", "Search", "logo"] {
        assert!(!a.text.contains(bad), "{bad} in {}", a.text);
    }
}

#[test]
fn html_title_from_title_tag_and_json_ld() {
    let html = format!(
        r#"<html><head><title>Only The Title Tag</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"NewsArticle","headline":"Headline From Ld","author":[{{"@type":"Person","name":"A. Writer"}}],"datePublished":"2023-12-01","publisher":{{"name":"Ld News"}}}}]}}</script>
        </head><body><p>{PARA}</p></body></html>"#
    );
    let a = one("b.htm", &html);
    assert_eq!(a.title, "Headline From Ld");
    assert_eq!(a.byline.as_deref(), Some("A. Writer"));
    assert_eq!(a.date.as_deref(), Some("2023-12-01"));
    assert_eq!(a.outlet.as_deref(), Some("Ld News"));
    let plain = format!(
        "<html><head><title>Only The Title Tag</title></head><body><p>{PARA}</p></body></html>"
    );
    assert_eq!(one("c.html", &plain).title, "Only The Title Tag");
}

#[test]
fn html_deeply_nested_does_not_overflow() {
    let html = format!("{}<p>{PARA}</p>", "<div>".repeat(20_000));
    let p = parse("deep.html", html.as_bytes(), Format::Html, &JsonlFields::default());
    assert_eq!(p.articles.len() + p.skipped.len(), 1);
}

#[test]
fn html_without_text_is_skipped() {
    let p = parse(
        "s.html",
        b"<html><script>x()</script></html>",
        Format::Html,
        &JsonlFields::default(),
    );
    assert!(p.articles.is_empty());
    assert_eq!(p.skipped[0].reason, "no text (markup only)");
}

#[test]
fn jsonl_records_fields_and_bad_lines() {
    let lines = [
        format!(
            r#"{{"title":"First Record","text":"{PARA}\n\nSecond paragraph of it.","source":"Wire","author":"Jane Doe","date":"2024-01-02","url":"http://w/1"}}"#
        ),
        String::new(),
        r#"{"title": "broken"#.to_owned(),
        r#"["not","an","object"]"#.to_owned(),
        r#"{"title":"No Body Here"}"#.to_owned(),
        format!(
            r#"{{"headline":"Third","body":"{PARA}","outlet":"Other","byline":["A","B"],"published":"5 March 2024"}}"#
        ),
    ];
    let mut bytes = lines.join("\n").into_bytes();
    bytes.extend_from_slice(b"\n{\"title\":\"bad \xff utf8\",\"text\":\"x\"}\n");
    let p = parse("arc.jsonl", &bytes, Format::Jsonl, &JsonlFields::default());
    let skipped: Vec<(&str, &str)> =
        p.skipped.iter().map(|s| (s.path.as_str(), s.reason.split(':').next().unwrap())).collect();
    assert_eq!(
        skipped,
        [
            ("arc.jsonl:3", "invalid JSON"),
            ("arc.jsonl:4", "not a JSON object"),
            ("arc.jsonl:5", "no text (none of text, body, content)"),
            ("arc.jsonl:7", "invalid UTF-8 at byte 14"),
        ]
    );
    assert_eq!(p.articles.len(), 2);
    let (a, origin) = &p.articles[0];
    assert_eq!(a.path, "arc.jsonl:1");
    assert_eq!(
        (a.title.as_str(), a.outlet.as_deref(), a.date.as_deref()),
        ("First Record", Some("Wire"), Some("2024-01-02"))
    );
    assert_eq!(a.url.as_deref(), Some("http://w/1"));
    assert_eq!(shape(a)[..2], [(Title, "First Record"), (Byline, "Jane Doe")]);
    assert_eq!(a.content_passages(), 2);
    assert!(matches!(origin, Origin::Line { no: 1, offset: 0, .. }));
    let (b, _) = &p.articles[1];
    assert_eq!(
        (b.title.as_str(), b.byline.as_deref(), b.date.as_deref()),
        ("Third", Some("A, B"), Some("2024-03-05"))
    );
}

#[test]
fn jsonl_field_names_are_configurable() {
    let fields =
        JsonlFields { title: vec!["h".into()], text: vec!["t".into()], ..JsonlFields::default() };
    let line = format!(r#"{{"h":"Custom Names","t":"{PARA}"}}"#);
    let p = parse("c.jsonl", line.as_bytes(), Format::Jsonl, &fields);
    assert_eq!(p.articles[0].0.title, "Custom Names");
    let p = parse("c.jsonl", line.as_bytes(), Format::Jsonl, &JsonlFields::default());
    assert_eq!(p.skipped.len(), 1);
}

#[test]
fn jsonl_binary_empty_and_blank_files() {
    let f = JsonlFields::default();
    assert_eq!(parse("e.jsonl", b"", Format::Jsonl, &f).skipped[0].reason, "empty file");
    assert_eq!(
        parse("b.jsonl", b"{\0}", Format::Jsonl, &f).skipped[0].reason,
        "binary file (contains NUL bytes)"
    );
    assert_eq!(
        parse("w.jsonl", b" \n\n", Format::Jsonl, &f).skipped[0].reason,
        "no text (whitespace only)"
    );
}

#[test]
fn escape_sequences_in_structured_text_are_neutralised() {
    let line =
        format!(r#"{{"title":"Evil \u001b]0;x\u0007 Title Here","text":"{PARA} \u001b[2J"}}"#);
    let p = parse("e.jsonl", line.as_bytes(), Format::Jsonl, &JsonlFields::default());
    let a = &p.articles[0].0;
    assert!(!a.text.contains('\u{1b}') && !a.title.contains('\u{1b}'));
    let md = one("e.md", &format!("# Evil \u{1b}[31mHeading\n\n{PARA}\n"));
    assert!(!md.text.contains('\u{1b}') && !md.title.contains('\u{1b}'));
}

#[test]
fn the_selectors_all_parse() {
    let doc = format!("<html><body><article><p>{PARA}</p></article></body></html>");
    let (blocks, _) = html::extract(&doc);
    assert_eq!(blocks.len(), 1);
}

#[test]
fn html_in_a_legacy_encoding_is_read_as_its_meta_says() {
    let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">\
                <title>Перемирие</title></head><body><article><h1>Перемирие</h1>\
                <p>Переговоры о перемирии продолжились в Женеве.</p></article></body></html>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(page);
    assert_eq!(html::declared_charset(&bytes), Some(encoding_rs::WINDOWS_1251));
    let p = parse("p.html", &bytes, Format::Html, &JsonlFields::default());
    let a = &p.articles[0].0;
    assert_eq!(a.title, "Перемирие");
    assert!(a.notice.as_deref().is_some_and(|n| n.contains("declared by the page")));
    // A server that says UTF-8 for these bytes is passed over for the page's own word.
    let p = parse_page("u", &bytes, Some(encoding_rs::UTF_8));
    assert!(p.articles[0].0.text.contains("Переговоры"));
    let (meta, _, _) = encoding_rs::WINDOWS_1252.encode("<meta charset='latin1'><p>caf\u{e9}</p>");
    assert_eq!(html::declared_charset(&meta), Some(encoding_rs::WINDOWS_1252));
    assert_eq!(html::declared_charset(b"<p>charset=koi8-r</p>"), None);
}

#[test]
fn html_an_article_of_short_paragraphs_keeps_every_one_and_drops_the_menus() {
    let short = ["He left.", "She stayed.", "Nobody spoke.", "Then the rain came.", "It ended."];
    let body: String = short.iter().map(|s| format!("<p>{s}</p>")).collect();
    let html = format!(
        r#"<html><body><div class="menu"><ul><li><a href="/a">World news today</a></li>
        <li><a href="/b">Sport results and more</a></li></ul></div>
        <div class="story-body"><h1>A short story</h1><p>{PARA}</p>{body}<p>{PARA} Again.</p></div>
        <div class="related-links"><p>Other stories you may like, picked for you today.</p></div>
        </body></html>"#
    );
    let a = one("short.html", &html);
    let content: Vec<&str> = (0..a.passages.len())
        .filter(|&i| a.passages[i].is_content())
        .map(|i| a.passage_text(i))
        .collect();
    for s in short {
        assert!(content.contains(&s), "{s} missing from {content:?}");
    }
    for bad in ["World news", "Sport results", "Other stories"] {
        assert!(!a.text.contains(bad), "{bad} in {}", a.text);
    }
}

#[test]
fn html_metadata_trusts_json_ld_then_open_graph_then_meta() {
    let html = format!(
        r#"<html><head><title>Tag Title</title>
        <meta name="author" content="Meta Author"><meta name="date" content="2020-01-01">
        <meta property="og:title" content="Og Title"><meta property="article:author" content="Og Author">
        <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Ld Headline"}}</script>
        </head><body><article><h1>Page Headline</h1><p>{PARA}</p></article></body></html>"#
    );
    let a = one("m.html", &html);
    assert_eq!(a.title, "Ld Headline");
    assert_eq!(a.byline.as_deref(), Some("Og Author"));
    assert_eq!(a.date.as_deref(), Some("2020-01-01"));
    // The page's own headline is the title passage, not a line of the text.
    assert_eq!(shape(&a)[0], (Title, "Page Headline"));
}
