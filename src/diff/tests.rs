//! Versions and contrast on texts made by editing a seed in the test: a word changed,
//! a paragraph dropped, a sentence added, the lines ended another way.

use super::*;
use crate::corpus::{Article, Corpus};
use crate::lens::Side;
use crate::text::Lexicons;
use proptest::prelude::*;

fn seed(i: usize) -> Article {
    Corpus::seeds().articles.swap_remove(i)
}

fn parse(text: &str) -> Article {
    Article::parse("x.txt", text, None)
}

/// The first content paragraph of a seed with at least three sentences, the last
/// ending in a full stop (a sentence follows it as a sentence of its own).
fn body(a: &Article) -> std::ops::Range<usize> {
    a.passages
        .iter()
        .find(|p| {
            let t = &a.text[p.range.clone()];
            p.is_content() && t.matches(". ").count() >= 2 && t.ends_with('.')
        })
        .map(|p| p.range.clone())
        .expect("a long paragraph")
}

#[test]
fn identical_texts_have_no_changes() {
    let a = seed(0);
    let v = Versions::compare(&a, &a.clone());
    assert!(v.hunks.is_empty());
    assert_eq!((v.similarity, v.versions), (1.0, true));
    assert_eq!(v.describe(), "identical");
}

#[test]
fn crlf_is_no_change() {
    let a = seed(1);
    let crlf = parse(&a.text.replace('\n', "\r\n"));
    let v = Versions::compare(&a, &crlf);
    assert!(v.hunks.is_empty(), "{:?}", v.hunks.first());
    assert_eq!(v.similarity, 1.0);
}

#[test]
fn one_word_changed_is_that_word_on_each_side() {
    let a = seed(0);
    let p = body(&a);
    let word = a.text[p.clone()].split_whitespace().nth(3).unwrap().to_string();
    let at = p.start + a.text[p.clone()].find(&word).unwrap();
    let mut edited = a.text.clone();
    edited.replace_range(at..at + word.len(), "Zanzibar");
    let b = parse(&edited);
    let v = Versions::compare(&a, &b);
    assert!(v.versions && v.similarity > 0.9, "{}", v.similarity);
    assert_eq!(v.hunks.len(), 1, "{:?}", v.hunks);
    let h = &v.hunks[0];
    assert_eq!(h.kind, HunkKind::Changed);
    let words: Vec<(Side, &str)> = h
        .words
        .iter()
        .map(|w| {
            (
                w.side,
                if w.side == Side::Left {
                    &a.text[w.span.range()]
                } else {
                    &b.text[w.span.range()]
                },
            )
        })
        .collect();
    assert_eq!(
        words,
        [
            (Side::Left, word.trim_matches(|c: char| !c.is_alphanumeric())),
            (Side::Right, "Zanzibar")
        ]
    );
    assert_eq!(v.describe(), "1 change · 1 word");
}

#[test]
fn paragraphs_dropped_and_added_are_whole() {
    let a = seed(2);
    let content: Vec<_> = a.passages.iter().filter(|p| p.is_content()).collect();
    let dropped = content[3].range.clone();
    let mut edited = a.text.clone();
    edited.replace_range(dropped.clone(), "");
    let after = content[6].range.end;
    let after = after - dropped.len();
    edited.insert_str(after, "\n\nA paragraph the editors wrote later, about nothing else.");
    let b = parse(&edited);
    let v = Versions::compare(&a, &b);
    let kinds: Vec<HunkKind> = v.hunks.iter().map(|h| h.kind).collect();
    assert_eq!(kinds, [HunkKind::Removed, HunkKind::Added], "{:?}", v.hunks);
    assert_eq!(v.hunks[0].left.map(|s| s.range()), Some(dropped));
    let added = v.hunks[1].right.unwrap();
    assert_eq!(&b.text[added.range()], "A paragraph the editors wrote later, about nothing else.");
    assert_eq!(v.describe(), "2 changes · 1 paragraph removed, 1 paragraph added");
    assert!(v.blocks.iter().any(|b| matches!(b, Block::Same { left, .. } if left.len() > 2)));
}

#[test]
fn a_sentence_added_inside_a_paragraph_is_that_sentence() {
    let a = seed(3);
    let p = body(&a);
    let mut edited = a.text.clone();
    edited.insert_str(p.end, " Officials declined to comment.");
    let b = parse(&edited);
    let v = Versions::compare(&a, &b);
    assert_eq!(v.hunks.len(), 1, "{:?}", v.hunks);
    let shown = |s: Option<crate::lens::Span>, t: &str| s.map(|s| t[s.range()].to_string());
    assert_eq!(
        v.hunks[0].kind,
        HunkKind::Added,
        "{:?} / {:?}",
        shown(v.hunks[0].left, &a.text),
        shown(v.hunks[0].right, &b.text)
    );
    assert_eq!(&b.text[v.hunks[0].right.unwrap().range()], "Officials declined to comment.");
}

#[test]
fn unrelated_articles_and_an_empty_side_are_not_versions() {
    for (i, j) in [(0, 1), (1, 2), (2, 4), (3, 4)] {
        let v = Versions::compare(&seed(i), &seed(j));
        assert!(!v.versions && v.similarity < 0.1, "{i}/{j}: {}", v.similarity);
    }
    let v = Versions::compare(&seed(0), &parse(""));
    assert_eq!((v.versions, v.similarity), (false, 0.0));
    assert!(Versions::compare(&parse(""), &parse("")).hunks.is_empty());
}

#[test]
fn contrast_marks_other_words_spellings_figures_and_what_only_one_says() {
    let lex = Lexicons::embedded();
    let l = "Kiev accepted a truce on Monday after 12 soldiers died in heavy shelling.";
    let r = "Kyiv agreed to a ceasefire on Monday after 15 soldiers died.";
    let c = Contrast::of(&lex, (l, 0..l.len()), (r, 0..r.len()));
    let shown = |text: &'static str, side: Side| -> Vec<(&'static str, Mark)> {
        c.side(side).iter().map(|(range, m)| (&text[range.clone()], *m)).collect()
    };
    let left = shown(l, Side::Left);
    assert!(left.contains(&("Kiev", Mark::Respelled)), "{left:?}");
    assert!(left.contains(&("truce", Mark::Reworded)), "{left:?}");
    assert!(left.contains(&("12", Mark::Figure)), "{left:?}");
    assert!(left.contains(&("heavy shelling", Mark::Only)), "{left:?}");
    assert!(!left.iter().any(|(w, _)| w.contains("Monday") || w.contains("soldiers")));
    let right = shown(r, Side::Right);
    assert!(right.contains(&("ceasefire", Mark::Reworded)), "{right:?}");
    assert_eq!(c.reworded.len(), 1);
    assert_eq!(&l[c.respelled[0].0.range()], "Kiev");
    assert_eq!(&r[c.respelled[0].1.range()], "Kyiv");
}

#[test]
fn contrast_of_one_stem_is_no_difference() {
    let lex = Lexicons::embedded();
    let (l, r) = ("The negotiations resumed.", "They negotiate, resuming.");
    let c = Contrast::of(&lex, (l, 0..l.len()), (r, 0..r.len()));
    assert!(c.marks[0].is_empty() && c.marks[1].is_empty(), "{c:?}");
}

/// A seed edited at random: words replaced, paragraphs dropped, text appended.
fn edited() -> impl Strategy<Value = (Article, Article)> {
    (0usize..5, prop::collection::vec((0usize..4000, 0u8..3, "[a-zé ]{0,12}"), 0..6)).prop_map(
        |(i, edits)| {
            let a = seed(i);
            let mut t = a.text.clone();
            for (at, kind, s) in edits {
                let mut at = at.min(t.len());
                while !t.is_char_boundary(at) {
                    at -= 1;
                }
                match kind {
                    0 => t.insert_str(at, &s),
                    1 => {
                        let end = t[at..].find("\n\n").map_or(t.len(), |e| at + e);
                        t.replace_range(at..end, "");
                    }
                    _ => t.insert_str(at, &format!("\n\n{s}.\n\n")),
                }
            }
            let b = parse(&t);
            (a, b)
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn spans_are_in_bounds_on_char_boundaries_and_in_order((a, b) in edited()) {
        let v = Versions::compare(&a, &b);
        let mut last = [0usize; 2];
        for h in &v.hunks {
            for (side, span) in [(0, h.left), (1, h.right)] {
                let Some(s) = span else { continue };
                let text = if side == 0 { &a.text } else { &b.text };
                prop_assert!(s.start <= s.end && s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                prop_assert!(s.start >= last[side], "hunks in text order");
                last[side] = s.end;
            }
            for w in &h.words {
                let (outer, text) = if w.side == Side::Left { (h.left, &a.text) } else { (h.right, &b.text) };
                let outer = outer.unwrap();
                prop_assert!(outer.start <= w.span.start && w.span.end <= outer.end);
                prop_assert!(text.is_char_boundary(w.span.start) && text.is_char_boundary(w.span.end));
            }
        }
        prop_assert!((0.0..=1.0).contains(&v.similarity));
        prop_assert!(Versions::compare(&b, &b.clone()).hunks.is_empty());
    }
}
