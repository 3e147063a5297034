//! Segmentation and metadata on every seed, checked against the files themselves.

use parallax::corpus::{Article, Corpus, PassageKind};
use std::fs;
use std::path::Path;

fn seeds() -> Vec<Article> {
    Corpus::seeds().articles
}

/// The non-blank lines of a seed file, as a reader sees them.
fn lines(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds").join(name);
    fs::read_to_string(path)
        .expect("seed file")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn embedded_seeds_are_the_seed_folder() {
    let on_disk: Vec<String> = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
        .expect("seeds/")
        .map(|e| format!("seeds/{}", e.expect("entry").file_name().to_string_lossy()))
        .collect();
    let mut on_disk = on_disk;
    on_disk.sort();
    let embedded: Vec<String> = seeds().iter().map(|a| a.path.clone()).collect();
    assert_eq!(embedded, on_disk);
}

/// None of the seeds is hard-wrapped, so each non-blank line is one passage, in order,
/// whichever convention (blank-line separated or one paragraph per line) the file uses.
#[test]
fn every_seed_has_one_passage_per_paragraph_line() {
    for a in seeds() {
        let name = a.path.trim_start_matches("seeds/");
        let expected = lines(name);
        let got: Vec<String> =
            (0..a.passages.len()).map(|i| a.passage_text(i).trim().to_owned()).collect();
        assert_eq!(got.len(), expected.len(), "{name}: passage count");
        for (g, e) in got.iter().zip(&expected) {
            let first_words = |s: &str| s.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
            assert_eq!(first_words(g), first_words(e), "{name}");
        }
    }
}

#[test]
fn passages_are_ordered_disjoint_and_inside_the_text() {
    for a in seeds() {
        let mut last = 0;
        for p in &a.passages {
            assert!(
                p.range.start >= last && p.range.end <= a.text.len() && p.range.start < p.range.end
            );
            last = p.range.end;
        }
    }
}

fn kinds(a: &Article) -> Vec<(PassageKind, String)> {
    (0..a.passages.len())
        .map(|i| (a.passages[i].kind, a.passage_text(i).chars().take(30).collect()))
        .collect()
}

#[test]
fn titles_and_bylines_are_recognised() {
    let s = seeds();
    let got: Vec<(&str, Option<&str>)> =
        s.iter().map(|a| (a.title.as_str(), a.byline.as_deref())).collect();
    assert_eq!(
        got[0],
        ("Zelensky and Increasingly Urgent Negotiations", Some("Gianandrea Gaiani"))
    );
    // A bare name line under the headline and its standfirst.
    assert_eq!(got[1].1, Some("Robbie Greimer"));
    assert!(got[1].0.starts_with("Politico: Moscow and Kiev"));
    // The headline after a block of site chrome.
    assert_eq!(got[2], ("Challenges And Prospects For Ukraine Peace Talks", None));
    // No headline in the file: the first sentence, shortened.
    assert!(got[3].0.starts_with("With two-thirds of Ukraine"), "{}", got[3].0);
    assert!(got[3].0.chars().count() <= 81);
    assert_eq!(got[4], ("Putin’s latest peace feelers", Some("Milan Rai")));
}

#[test]
fn boilerplate_is_folded_away_from_content() {
    let s = seeds();
    let furniture: Vec<String> = s
        .iter()
        .flat_map(kinds)
        .filter(|(k, _)| *k == PassageKind::Boilerplate)
        .map(|(_, t)| t)
        .collect();
    for expected in [
        "Get all your news in one place",
        "Sign up to read this article",
        "Already a member? Sign in here",
        "READ MORE from Martin Arostegu",
        "Image licensed under Creative",
        "Topics: Russia, Ukraine",
        "Photos: Kremlin.ru (CC BY 4.0)",
        "President-elect Donald Trump s", // the AP photo caption
    ] {
        assert!(furniture.iter().any(|f| f.starts_with(expected)), "{expected:?} not furniture");
    }
    // And real paragraphs are not: every passage over 40 words is content.
    for a in &s {
        for (i, p) in a.passages.iter().enumerate() {
            if a.passage_text(i).split_whitespace().count() > 40 {
                assert_eq!(p.kind, PassageKind::Body, "{}: {}", a.path, a.passage_text(i));
            }
        }
    }
    // Word counts exclude furniture: the AP article's subscription rail adds nothing.
    let ap = &s[2];
    let all: usize = ap.text.split_whitespace().count();
    assert!(ap.words < all - 100, "{} of {all}", ap.words);
}
