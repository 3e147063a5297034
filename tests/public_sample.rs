//! The engine on a small committed sample of public news grouped by story (ECB+, CC BY
//! 3.0: `tests/fixtures/ecbplus/LICENCE.md`), so that a change which draws links
//! between different stories, or stops drawing them within one, fails here and not
//! only in the full measure (`tests/eval_gate.rs`, on data kept outside).
//!
//! Two topics, each in two halves that tell two similar but different events (two
//! record-breaking basketball games, two family killings): a different-story pair of
//! one topic is as hard a negative as news offers.

use parallax::corpus::{Article, Corpus};
use parallax::index::{Index, Lexicons, Scoring, Strength};
use std::path::Path;

/// Drawn links on same-story pairs must stay above, and on different-story pairs
/// below, these shares of passages: the shipped engine's figures (0.32 and 0.008, half
/// of the different-story pairs being the other event of one topic; one sentence a
/// passage, so many have no counterpart told alike) with room to move. Without the
/// gate, different-story pairs link over half their passages.
const SAME_AT_LEAST: f64 = 0.25;
const DIFFERENT_AT_MOST: f64 = 0.03;
const RELATED_AT_LEAST: f64 = 0.90;
/// Any link (strong or weak) likewise: the shipped figures are 0.71 and 0.000; with
/// the articles' affinity weighing everyday topic words as much as names, 0.60 and
/// 0.032 (the other event of one topic shares its vocabulary).
const ANY_SAME_AT_LEAST: f64 = 0.65;
const ANY_DIFFERENT_AT_MOST: f64 = 0.015;

fn sample() -> (Vec<Article>, Vec<String>) {
    let root = Path::new("tests/fixtures/ecbplus");
    let mut stories: Vec<_> = std::fs::read_dir(root)
        .expect("sample")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    stories.sort();
    let (mut articles, mut story) = (Vec::new(), Vec::new());
    for d in &stories {
        let mut c = Corpus::load(std::slice::from_ref(d)).expect("story folder");
        c.articles.sort_by(|a, b| a.path.cmp(&b.path));
        let name = d.file_name().unwrap().to_string_lossy().into_owned();
        story.extend(std::iter::repeat_n(name, c.articles.len()));
        articles.extend(c.articles);
    }
    (articles, story)
}

#[derive(Default)]
struct Share {
    linked: usize,
    passages: usize,
}

impl Share {
    fn of(&self) -> f64 {
        self.linked as f64 / self.passages.max(1) as f64
    }
}

#[test]
fn links_hold_within_a_story_and_not_across_similar_events() {
    let (articles, story) = sample();
    assert_eq!(articles.len(), 16, "the sample's sixteen documents load");
    let lexicons = Lexicons::embedded();
    let (mut same, mut different, mut hard) =
        (Share::default(), Share::default(), Share::default());
    // Any link, strong or weak: what the counterpart key offers.
    let (mut same_any, mut different_any) = (Share::default(), Share::default());
    for a in 0..articles.len() {
        for b in (0..articles.len()).filter(|&b| b != a) {
            let index = Index::build(vec![&articles[a], &articles[b]], &lexicons);
            let links = index.links(0, 1, 3, Scoring::Full);
            let linked = links
                .iter()
                .filter(|l| l.matches.iter().any(|m| m.strength == Strength::Strong))
                .count();
            let any = links.iter().filter(|l| !l.matches.is_empty()).count();
            let share_any = if story[a] == story[b] { &mut same_any } else { &mut different_any };
            share_any.linked += any;
            share_any.passages += links.len();
            let topic = |s: &str| s.split('_').next().unwrap_or_default().to_string();
            let share = if story[a] == story[b] {
                &mut same
            } else {
                if topic(&story[a]) == topic(&story[b]) {
                    hard.linked += linked;
                    hard.passages += links.len();
                }
                &mut different
            };
            share.linked += linked;
            share.passages += links.len();
        }
    }
    let whole = Index::build(articles.iter().collect(), &lexicons);
    let related = whole.related(1);
    let right = (0..articles.len())
        .filter(|&a| related[a].first().is_some_and(|&(b, _)| story[b] == story[a]))
        .count();
    let p1 = right as f64 / articles.len() as f64;
    println!(
        "sample: drawn same-story {:.3} ({}/{}), different-story {:.3} ({}/{}), of which the other half of one topic {:.3}; any link {:.3} / {:.3}; related P@1 {p1:.3}",
        same.of(),
        same.linked,
        same.passages,
        different.of(),
        different.linked,
        different.passages,
        hard.of(),
        same_any.of(),
        different_any.of()
    );
    assert!(same.of() >= SAME_AT_LEAST, "same-story links fell to {:.3}", same.of());
    assert!(
        different.of() <= DIFFERENT_AT_MOST,
        "different-story links rose to {:.3}",
        different.of()
    );
    assert!(same_any.of() >= ANY_SAME_AT_LEAST, "same-story links fell to {:.3}", same_any.of());
    assert!(
        different_any.of() <= ANY_DIFFERENT_AT_MOST,
        "different-story links rose to {:.3}",
        different_any.of()
    );
    assert!(p1 >= RELATED_AT_LEAST, "related P@1 fell to {p1:.3}");
}

/// Related articles from the archive index (what a library too large for the topic
/// index gets) on the same sample: the closest other article is of the same story.
#[test]
fn the_archive_index_finds_the_same_story_first() {
    use parallax::archive::{ArchiveIndex, Disk};
    let (articles, story) = sample();
    let mut index = Disk::in_memory(&Lexicons::embedded(), None);
    index.replace_with(&articles).unwrap();
    let at = |path: &str| articles.iter().position(|a| a.path == path);
    let right = (0..articles.len())
        .filter(|&a| {
            let found = index.related(&articles[a], 1).unwrap();
            assert!(found.iter().all(|f| f.path != articles[a].path), "never itself");
            found.first().and_then(|f| at(&f.path)).is_some_and(|b| story[b] == story[a])
        })
        .count();
    let p1 = right as f64 / articles.len() as f64;
    println!("sample: archive-index related P@1 {p1:.3} ({right}/{})", articles.len());
    assert!(p1 >= ARCHIVE_RELATED_AT_LEAST, "archive related P@1 fell to {p1:.3}");
}

/// The archive index's related P@1 on the sample (1.000 when first measured), with room to move.
const ARCHIVE_RELATED_AT_LEAST: f64 = 0.90;
