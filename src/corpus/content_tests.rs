//! Content is kept whatever its shape: one-line paragraphs, lists of facts and
//! hard-wrapped files lose nothing, in plain text, Markdown and HTML; only passages
//! with positive evidence of being furniture are folded.

use super::PassageKind::{self, *};
use super::formats::{Format, parse};
use super::{Article, JsonlFields};
use crate::index::{Index, Lexicons, Scoring};
use std::path::Path;

fn one(path: &str, src: &str) -> Article {
    let p = parse(path, src.as_bytes(), Format::of_path(Path::new(path)), &JsonlFields::default());
    assert!(p.skipped.is_empty(), "{:?}", p.skipped);
    p.articles.into_iter().next().expect("one article").0
}

fn shape(a: &Article) -> Vec<(PassageKind, String)> {
    (0..a.passages.len())
        .map(|i| {
            (a.passages[i].kind, a.passage_text(i).split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .collect()
}

fn bodies(a: &Article) -> Vec<String> {
    shape(a).into_iter().filter(|(k, _)| *k == Body).map(|(_, t)| t).collect()
}

const AP_TITLE: &str = "Ceasefire takes hold along the southern front";
/// Twelve one-sentence paragraphs of five to eight words, as wire copy prints them.
const AP: [&str; 12] = [
    "The guns fell silent at dawn.",
    "Residents of Kherson ventured outside cautiously.",
    "Shops reopened for the first time.",
    "The truce was brokered in Ankara.",
    "Both armies agreed to pull back artillery.",
    "Monitors from Geneva will arrive on Friday.",
    "Some soldiers doubted the deal would last.",
    "Shelling continued near the river overnight.",
    "Officials blamed each other for breaches.",
    "Aid convoys are waiting at the border.",
    "Talks on prisoner exchanges resume next week.",
    "Neither side commented on the future frontier.",
];

const FACTS_TITLE: &str = "What we know about the Ankara truce";
/// Facts without a sentence among them: bullets and label lines.
const FACTS: [&str; 7] = [
    "- Signed in Ankara on 3 March",
    "- Brokered by Turkey and Qatar",
    "- Covers the southern front only",
    "- Lasts thirty days at first",
    "Monitors: 120 from the OSCE",
    "Prisoner swaps: planned for April",
    "Next round: Geneva, 14 March",
];

fn assert_ap(a: &Article) {
    let s = shape(a);
    assert_eq!(s[0], (Title, AP_TITLE.to_owned()), "{s:?}");
    assert_eq!(s[1].0, Byline, "{s:?}");
    assert_eq!(a.title, AP_TITLE);
    assert_eq!(a.byline.as_deref(), Some("Maria Olsen"));
    assert_eq!(bodies(a), AP, "{s:?}");
    assert_eq!(s.len(), 14, "nothing else: {s:?}");
}

fn assert_facts(a: &Article, facts: &[&str]) {
    let s = shape(a);
    assert_eq!(s[0], (Title, FACTS_TITLE.to_owned()), "{s:?}");
    assert_eq!(s[1].0, Byline, "{s:?}");
    assert_eq!(a.byline.as_deref(), Some("Omar Haddad"));
    let got = bodies(a);
    let got: Vec<&str> = got.iter().map(|t| t.trim_start_matches(['-', '\u{2022}', ' '])).collect();
    let want: Vec<&str> = facts.iter().map(|t| t.trim_start_matches(['-', ' '])).collect();
    assert_eq!(got, want, "{s:?}");
}

#[test]
fn one_line_paragraphs_are_all_content() {
    // One paragraph per line, and the same with blank lines between.
    let lines = format!("{AP_TITLE}\nBy Maria Olsen\n{}\n", AP.join("\n"));
    assert_ap(&one("ap.txt", &lines));
    let spaced = format!("{AP_TITLE}\n\nBy Maria Olsen\n\n{}\n", AP.join("\n\n"));
    assert_ap(&one("ap.txt", &spaced));
}

#[test]
fn lists_of_facts_are_content() {
    let text = format!("{FACTS_TITLE}\nBy Omar Haddad\n{}\n", FACTS.join("\n"));
    assert_facts(&one("facts.txt", &text), &FACTS);
    // With a closing sentence the facts stand between the byline and the first
    // sentence, where datelines are looked for: they are not datelines.
    let closing = "The truce can be extended by mutual consent.";
    let text = format!("{text}{closing}\n");
    let mut with = FACTS.to_vec();
    with.push(closing);
    assert_facts(&one("facts.txt", &text), &with);
}

#[test]
fn short_paragraphs_in_markdown_and_html() {
    let md = format!("# {AP_TITLE}\n\nBy Maria Olsen\n\n{}\n", AP.join("\n\n"));
    assert_ap(&one("ap.md", &md));
    let md = format!("# {FACTS_TITLE}\n\nBy Omar Haddad\n\n{}\n", FACTS.join("\n\n"));
    assert_facts(&one("facts.md", &md), &FACTS);

    let ps: String = AP.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let html = format!(
        "<html><head><title>{AP_TITLE} | The Courier</title></head><body>\
         <nav><a href=/>Home</a> <a href=/world>World</a></nav><article>\
         <h1>{AP_TITLE}</h1><p class=byline>By Maria Olsen</p>\n{ps}</article></body></html>"
    );
    assert_ap(&one("ap.html", &html));
    let items: String = FACTS[..4].iter().map(|f| format!("<li>{}</li>", &f[2..])).collect();
    let rest: String = FACTS[4..].iter().map(|f| format!("<p>{f}</p>")).collect();
    let html = format!(
        "<html><body><article><h1>{FACTS_TITLE}</h1><p>By Omar Haddad</p>\
         <ul>{items}</ul>{rest}</article></body></html>"
    );
    assert_facts(&one("facts.html", &html), &FACTS);
}

/// Three paragraphs wrapped at 72 columns under a headline and a byline, no blank line.
const WRAPPED: &str = "\
Ceasefire talks resume in Geneva as monitors head to the front
By Sam Wrapper
The delegations of both governments met in Geneva on Monday morning and
agreed to extend the limited ceasefire along the southern front line by
another month. Officials on both sides said the monitors would arrive
within days.
Fighting had eased since the truce began last week, although residents
of the river towns reported sporadic shelling after dark. Aid groups
said convoys were waiting at the crossings for permission to move.
A second round of talks is planned for the end of the month. Diplomats
said prisoner exchanges and the return of displaced families would top
the agenda.
";

fn assert_wrapped(a: &Article) {
    let s = shape(a);
    assert_eq!(s.len(), 5, "{s:?}");
    assert_eq!(
        s[0],
        (Title, "Ceasefire talks resume in Geneva as monitors head to the front".into())
    );
    assert_eq!(s[1], (Byline, "By Sam Wrapper".into()));
    assert_eq!(a.byline.as_deref(), Some("Sam Wrapper"));
    let b = bodies(a);
    assert_eq!(b.len(), 3, "{s:?}");
    assert!(b[0].starts_with("The delegations") && b[0].ends_with("within days."), "{b:?}");
    assert!(b[1].starts_with("Fighting had") && b[1].ends_with("permission to move."), "{b:?}");
    assert!(b[2].starts_with("A second round") && b[2].ends_with("the agenda."), "{b:?}");
}

#[test]
fn hard_wrapped_file_without_blank_lines() {
    let a = one("wrapped.txt", WRAPPED);
    assert_wrapped(&a);
    // A paragraph is one range over its lines: the line breaks stay in the text and
    // the reader flows them as spaces.
    assert_eq!(a.passage_text(2).lines().count(), 4);
    // Carriage returns change nothing.
    assert_wrapped(&one("wrapped.txt", &WRAPPED.replace('\n', "\r\n")));
}

#[test]
fn only_real_furniture_is_folded() {
    let text = format!(
        "{AP_TITLE}\n\nBy Maria Olsen\n\n{}\n\nSubscribe to our newsletter for daily updates\n\n{}\n\n\
         Share this article\n\n{}\n\nThis site uses cookies. By continuing you accept our cookie policy.\n",
        AP[..4].join("\n\n"),
        AP[4..8].join("\n\n"),
        AP[8..].join("\n\n"),
    );
    let expected = [
        "Subscribe to our newsletter for daily updates",
        "Share this article",
        "This site uses cookies. By continuing you accept our cookie policy.",
    ];
    for a in
        [one("f.txt", &text), one("f.md", &text.replacen(AP_TITLE, &format!("# {AP_TITLE}"), 1))]
    {
        let s = shape(&a);
        let folded: Vec<&str> =
            s.iter().filter(|(k, _)| *k == Boilerplate).map(|(_, t)| t.as_str()).collect();
        assert_eq!(folded, expected, "{}: {s:?}", a.path);
        assert_eq!(bodies(&a), AP, "{}", a.path);
    }
}

#[test]
fn short_paragraphs_with_spelling_variants_are_linked() {
    let left = one(
        "left.txt",
        "Kiev accepts a cease-fire in the east\n\nBy Ana Ruiz\n\n\
         Kiev announced the cease-fire at dawn.\n\nRussian guns stopped near Donetsk.\n\n\
         Monitors will patrol the frontline villages.\n",
    );
    let right = one(
        "right.txt",
        "Kyiv agrees to a ceasefire\n\nBy Tom Berg\n\n\
         The ceasefire was declared by Kyiv.\n\nArtillery fell quiet around Donetsk.\n\n\
         Observers plan patrols in frontline villages.\n",
    );
    assert_eq!(left.content_passages(), 3);
    assert_eq!(right.content_passages(), 3);
    let index = Index::build(vec![&left, &right], &Lexicons::embedded());
    let links = index.links(0, 1, 3, Scoring::Full);
    let linked: Vec<(usize, usize)> =
        links.iter().flat_map(|l| l.matches.iter().map(move |m| (l.left, m.right))).collect();
    assert!(!linked.is_empty(), "no links between {:?} and {:?}", shape(&left), shape(&right));
    // The opening paragraphs, which share only "Kiev/Kyiv" and "cease-fire/ceasefire",
    // find each other.
    let first = links.iter().find(|l| l.left == 2).expect("the first paragraph has links");
    assert_eq!(first.matches.first().map(|m| m.right), Some(2), "{links:?}");
}

#[test]
fn ten_thousand_short_lines_and_a_long_wrapped_run_are_cut_in_one_pass() {
    // Every rule looks at a passage and its neighbour only, so a file of ten thousand
    // one-line paragraphs, or one wrapped block of ten thousand lines, is read in a
    // pass: all of the first is content, the second keeps every paragraph end.
    let lines: Vec<&str> = AP.iter().cycle().take(10_000).copied().collect();
    let a = one("many.txt", &format!("{AP_TITLE}\n{}\n", lines.join("\n")));
    assert_eq!(a.content_passages(), 10_000);
    let body = WRAPPED.split_once("By Sam Wrapper\n").map_or("", |(_, b)| b);
    let a = one("long.txt", &format!("{AP_TITLE}\n{}", body.repeat(1_000)));
    assert_eq!(a.content_passages(), 3_000);
}

#[test]
fn a_live_pages_promises_and_update_markers_are_folded_not_the_news_of_updates() {
    let lines = [
        "Share this story",
        "Original story (Feb. 17):",
        "Stay with the Daily Courier for updates.",
        "Check back for updates.",
        "Want to talk about the news? Watch free streaming video on our mobile app.",
    ];
    let kept = "Officials said they would post updates on the evacuation every hour.";
    let text = format!(
        "{AP_TITLE}\n\n{}\n\n{}\n\n{}\n\n{kept}\n\n{}\n\n{}\n\n{}\n\n{}\n",
        lines[0],
        AP[..6].join("\n\n"),
        lines[1],
        AP[6..].join("\n\n"),
        lines[2],
        lines[3],
        lines[4]
    );
    let a = one("live.txt", &text);
    let s = shape(&a);
    let folded: Vec<&str> =
        s.iter().filter(|(k, _)| *k == Boilerplate).map(|(_, t)| t.as_str()).collect();
    assert_eq!(folded, lines, "{s:?}");
    let mut expected: Vec<String> = AP[..6].iter().map(|s| s.to_string()).collect();
    expected.push(kept.to_string());
    expected.extend(AP[6..].iter().map(|s| s.to_string()));
    assert_eq!(bodies(&a), expected);
}
