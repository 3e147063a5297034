//! Quality of the framing lens, measured on labelled data.
//!
//! - Who speaks: precision and recall of speaker names per passage against
//!   `tests/quality/attributions.toml` (labelled from the five seeds; goal ≥ 0.85 each).
//!   Run `cargo test --test lens_quality -- --nocapture` to see the figures and misses.
//! - The loaded-terms lexicon: every entry parses, and every category matches
//!   something in each of the hand-written fixtures of `tests/fixtures/framing/`, one
//!   written in each side's voice.

#[path = "support/sources.rs"]
mod sources;

use parallax::corpus::{Article, Corpus, PassageKind};
use parallax::index::Lexicons;
use parallax::lens::{Framing, Lens, SourceKind, attributions_of};
use serde::Deserialize;
use sources::same_source;
use std::collections::BTreeSet;
use std::path::Path;

const PRECISION_GOAL: f64 = 0.85;
const RECALL_GOAL: f64 = 0.85;

#[derive(Deserialize)]
struct Labels {
    passage: Vec<Label>,
    heldout: Vec<HeldOut>,
}

#[derive(Deserialize)]
struct HeldOut {
    file: String,
    starts: String,
    speakers: Vec<String>,
}

/// Found and labelled names of one passage, added to the running counts.
#[derive(Default)]
struct Score {
    found: usize,
    found_right: usize,
    gold: usize,
    gold_found: usize,
    misses: Vec<String>,
}

impl Score {
    fn add(&mut self, at: &str, body: &str, found: &[&str], gold: &[&String]) {
        for f in found {
            self.found += 1;
            if gold.iter().any(|g| same_source(f, g)) {
                self.found_right += 1;
            } else {
                self.misses.push(format!("{at} extra   {f:?}  in {body:.60?}"));
            }
        }
        for g in gold {
            self.gold += 1;
            if found.iter().any(|f| same_source(f, g)) {
                self.gold_found += 1;
            } else {
                self.misses.push(format!("{at} missed  {g:?}  in {body:.60?}"));
            }
        }
    }

    fn precision(&self) -> f64 {
        self.found_right as f64 / self.found.max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.gold_found as f64 / self.gold.max(1) as f64
    }

    fn print(&self, what: &str) {
        println!("who speaks, {what}:");
        println!(
            "  precision {:.3} ({}/{})   goal ≥ {PRECISION_GOAL}",
            self.precision(),
            self.found_right,
            self.found
        );
        println!(
            "  recall    {:.3} ({}/{})   goal ≥ {RECALL_GOAL}",
            self.recall(),
            self.gold_found,
            self.gold
        );
        for m in &self.misses {
            println!("  {m}");
        }
    }
}

/// Names found per content passage, deduplicated. Unnamed sources ("officials said")
/// are left out: the labels do not count unnamed descriptions.
fn found_by_passage(article: &Article, lex: &Lexicons) -> Vec<(usize, Vec<String>)> {
    let cited = attributions_of(article, &lex.aliases);
    let cited: Vec<_> = cited.into_iter().filter(|a| a.kind == SourceKind::Named).collect();
    (0..article.passages.len())
        .filter(|&i| article.passages[i].kind == PassageKind::Body)
        .map(|i| {
            let mut names: Vec<String> =
                cited.iter().filter(|a| a.passage == i).map(|a| a.speaker.clone()).collect();
            names.sort_unstable();
            names.dedup();
            (i, names)
        })
        .collect()
}

#[derive(Deserialize)]
struct Label {
    article: String,
    starts: String,
    speakers: Vec<String>,
}

fn seed<'a>(corpus: &'a Corpus, number: &str) -> &'a Article {
    corpus
        .articles
        .iter()
        .find(|a| a.path.rsplit('/').next().is_some_and(|n| n.starts_with(number)))
        .unwrap_or_else(|| panic!("no seed {number}"))
}

#[test]
fn attribution_precision_and_recall() {
    let text = std::fs::read_to_string("tests/quality/attributions.toml").unwrap();
    let labels: Labels = toml::from_str(&text).unwrap();
    let corpus = Corpus::seeds();
    let lex = Lexicons::embedded();
    let mut score = Score::default();
    let numbers: BTreeSet<&str> = labels.passage.iter().map(|l| l.article.as_str()).collect();
    assert_eq!(numbers.len(), 5, "every seed is labelled");
    for number in numbers {
        let article = seed(&corpus, number);
        for (id, found) in found_by_passage(article, &lex) {
            let body = article.passage_text(id).trim_start();
            let gold: Vec<&String> = labels
                .passage
                .iter()
                .filter(|l| l.article == number && body.starts_with(l.starts.as_str()))
                .flat_map(|l| &l.speakers)
                .collect();
            let found: Vec<&str> = found.iter().map(String::as_str).collect();
            score.add(&format!("{number}#{id}"), body, &found, &gold);
        }
    }
    // Every label must name a real passage, or the sample silently shrinks.
    for l in &labels.passage {
        let article = seed(&corpus, &l.article);
        let hits = (0..article.passages.len())
            .filter(|&i| article.passages[i].kind == PassageKind::Body)
            .filter(|&i| article.passage_text(i).trim_start().starts_with(l.starts.as_str()))
            .count();
        assert_eq!(hits, 1, "label {} {:?} must match one content passage", l.article, l.starts);
    }
    score.print(&format!("{} labelled passages of the five seeds", labels.passage.len()));
    let mut held = Score::default();
    let dir = Path::new("tests/fixtures/stories");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let article = Article::parse(&name, &std::fs::read_to_string(&path).unwrap(), None);
        for (id, found) in found_by_passage(&article, &lex) {
            let body = article.passage_text(id).trim_start();
            let gold: Vec<&String> = labels
                .heldout
                .iter()
                .filter(|l| l.file == name && body.starts_with(l.starts.as_str()))
                .flat_map(|l| &l.speakers)
                .collect();
            let found: Vec<&str> = found.iter().map(String::as_str).collect();
            held.add(&format!("{name}#{id}"), body, &found, &gold);
        }
    }
    held.print("held out (story fixtures, measured once, not asserted)");
    let (precision, recall) = (score.precision(), score.recall());
    assert!(precision >= PRECISION_GOAL, "precision {precision:.3}");
    assert!(recall >= RECALL_GOAL, "recall {recall:.3}");
}

fn fixture(name: &str) -> Article {
    let path = Path::new("tests/fixtures/framing").join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    Article::parse(&path.display().to_string(), &text, None)
}

#[test]
fn every_category_matches_in_each_sides_fixture() {
    let framing = Framing::embedded();
    assert!(!framing.categories.is_empty());
    for c in &framing.categories {
        assert!(!c.about.is_empty(), "category {:?} says what it gathers", c.name);
        assert!(c.terms.len() >= 5, "category {:?} is thin", c.name);
    }
    let lex = Lexicons::embedded();
    let (a, b) = (fixture("kremlin_voice.txt"), fixture("kyiv_voice.txt"));
    let lens = Lens::build(&a, &b, &lex, &framing);
    for c in &framing.categories {
        let row = lens.categories.iter().find(|r| r.category == c.name);
        let (left, right) = row.map_or((0, 0), |r| (r.left, r.right));
        println!("{:<24} kremlin voice {left:>2}   kyiv voice {right:>2}", c.name);
        assert!(
            left > 0 && right > 0,
            "category {:?} matches in both fixtures ({left}, {right})",
            c.name
        );
    }
}

#[test]
fn lexicon_terms_are_unique_across_categories() {
    let framing = Framing::embedded();
    let mut seen = BTreeSet::new();
    for c in &framing.categories {
        for t in &c.terms {
            let key = t.to_lowercase().replace(['-', '’', '\''], " ");
            assert!(seen.insert(key), "{t:?} is listed twice");
        }
    }
}
