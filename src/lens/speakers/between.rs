//! The words that may stand between a subject and its verb of saying: auxiliaries and
//! adverbs ("has also said"), a time ("last week", "on Tuesday", "two weeks ago"), a
//! phrase of time or manner ("in a statement").

use super::words::{BETWEEN, is_article};
use crate::lens::scan::{Scan, is_space};
use crate::lens::unnamed;

/// Where the subject search goes on from when the word before token `j`, joined to it
/// by a space, stands between a subject and its verb: the token after the subject, or
/// the first token of the words between.
pub(super) fn skipped(text: &str, scan: &Scan, j: usize) -> Option<usize> {
    let toks = &scan.toks;
    let prev = &toks[j - 1];
    let w = prev.folded.as_str();
    if BETWEEN.contains(&w) || (adverb(w) && !prev.cap) {
        return Some(j - 1);
    }
    // "Ana Ruiz at the time said", "Ana Ruiz in a statement said": a short
    // phrase of time or manner between.
    if !prev.cap
        && MANNERS.contains(&w)
        && j >= 4
        && (j - 3..j).all(|k| is_space(scan.gap_before(text, k + 1)) && !toks[k].quoted)
        && is_article(&toks[j - 2].folded)
        && matches!(toks[j - 3].folded.as_str(), "at" | "in" | "on")
        && toks[j - 4..j - 3].first().is_some_and(|t| t.cap)
    {
        return Some(j - 3);
    }
    // "Ana Ruiz last week said": a time between.
    if SPANS.contains(&w)
        && j >= 2
        && is_space(scan.gap_before(text, j - 1))
        && matches!(toks[j - 2].folded.as_str(), "last" | "this" | "earlier")
    {
        return Some(j - 2);
    }
    // "The State Department less than two weeks ago said": a span back in time.
    if w == "ago"
        && let Some(k) = span_ago(text, scan, j - 1)
    {
        return Some(k);
    }
    // "Reince Priebus, the GOP chairman, this past week announced".
    if SPANS.contains(&w)
        && j >= 3
        && is_space(scan.gap_before(text, j - 1))
        && is_space(scan.gap_before(text, j - 2))
        && toks[j - 2].folded == "past"
        && matches!(toks[j - 3].folded.as_str(), "this" | "the")
    {
        return Some(j - 3);
    }
    // "Perry on Tuesday said", "Nocco late Friday said": a time between.
    if unnamed::weekday(scan, j - 1) {
        let j = j - 1;
        if j > 0
            && is_space(scan.gap_before(text, j))
            && matches!(toks[j - 1].folded.as_str(), "on" | "late" | "early" | "last")
        {
            return Some(j - 1);
        }
        return Some(j);
    }
    None
}

/// Whether a lower-case word between a subject and its verb reads as an adverb
/// ("Ruiz repeatedly said"): "-ly", but not the nouns so spelt ("Ruiz's family said").
fn adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !LY_NOUNS.contains(&w)
}

/// Nouns that end in "-ly" and may stand right before a verb as its subject.
const LY_NOUNS: &[&str] = &["assembly", "family", "monopoly", "rally", "supply"];

/// Spans of time after "last" or "this" between a subject and its verb ("last week").
const SPANS: &[&str] = &["evening", "month", "morning", "night", "week", "weekend", "year"];

/// The first token of "two weeks ago", "a year ago", "less than a month ago" ending at
/// the "ago" at `ago`, if it is one.
fn span_ago(text: &str, scan: &Scan, ago: usize) -> Option<usize> {
    let toks = &scan.toks;
    let joined = |k: usize| is_space(scan.gap_before(text, k + 1)) && !toks[k].quoted;
    let unit = ago.checked_sub(1).filter(|&k| joined(k))?;
    let w = toks[unit].folded.as_str();
    let span =
        matches!(w, "days" | "day" | "hours" | "hour") || SPANS.contains(&w.trim_end_matches('s'));
    let count = unit.checked_sub(1).filter(|&k| joined(k) && !toks[k].cap)?;
    let c = toks[count].folded.as_str();
    let counted = matches!(c, "a" | "an" | "few" | "several") || crate::lens::figures::is_count(c);
    if !span || !counted {
        return None;
    }
    // "less than", "more than", "about", "nearly" before the count.
    let mut start = count;
    if start >= 2 && toks[start - 1].folded == "than" && joined(start - 1) && joined(start - 2) {
        start -= 2;
    } else if start >= 1
        && joined(start - 1)
        && matches!(toks[start - 1].folded.as_str(), "about" | "nearly" | "almost" | "just")
    {
        start -= 1;
    }
    Some(start)
}

/// Nouns of a phrase of time or of the way something was said, between a subject and
/// its verb ("at the time", "in a statement", "in an interview").
const MANNERS: &[&str] = &[
    "email",
    "hearing",
    "interview",
    "letter",
    "moment",
    "post",
    "release",
    "speech",
    "statement",
    "time",
    "tweet",
];
