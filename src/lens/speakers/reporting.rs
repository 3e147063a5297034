//! "Reported" that is no one's words: a reporter's credit at the foot of wire copy
//! ("Wolf reported from Washington.", "Phillip reported from Oakland, Calif.; Gearan,
//! from Washington."), where the story was written; and a firm's accounts ("Lowe's
//! reports earnings Wednesday"), figures it publishes on a schedule. And "states" that
//! are places ("Southeastern states could play a role"), and a win claimed or posted.

use crate::corpus::calendar::WEEKDAYS;
use crate::lens::scan::Scan;

/// Whether the verb at `verb` reports nothing anyone said.
pub(super) fn not_speech(scan: &Scan, verb: usize) -> bool {
    reported_from(scan, verb)
        || reports_results(scan, verb)
        || places(scan, verb)
        || won(scan, verb)
}

/// "Sanders won Minnesota, claiming his third victory", "posted an overwhelming
/// victory": a win claimed or posted is a result, not words.
pub(super) fn won(scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    let w = toks[verb].folded.as_str();
    let claims = w.starts_with("claim") || w.starts_with("post");
    claims
        && toks[verb + 1..]
            .iter()
            .take(4)
            .take_while(|t| !t.quoted && t.sentence == toks[verb].sentence)
            .any(|t| WINS.contains(&t.folded.as_str()))
}

/// What a contest gives the one who wins it.
const WINS: &[&str] = &["victories", "victory", "win", "wins"];

/// "Southeastern states could play a role", "Baltic states and Poland", "Rust Belt
/// states underscored it", "Rust Belt states that have suffered": the noun, whose next
/// word is a verb of its own, joins it to more or opens a clause about it; "the report
/// states that the pier is shut" is the verb.
fn places(scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    let next = |k: usize| {
        toks.get(verb + k)
            .filter(|n| !n.quoted && n.sentence == toks[verb].sentence)
            .map(|n| n.folded.as_str())
    };
    toks[verb].folded == "states"
        && match next(1) {
            Some("that") => next(2).is_some_and(|w| NOUN_NEXT.contains(&w)),
            // A verb in the past of its own: "states underscored", "states voted".
            Some(w) => NOUN_NEXT.contains(&w) || (w.len() > 4 && w.ends_with("ed")),
            None => false,
        }
}

/// Words after "states" that make it the plural of "state".
const NOUN_NEXT: &[&str] = &[
    "and", "are", "can", "could", "did", "do", "have", "had", "like", "may", "might", "must", "of",
    "or", "should", "such", "to", "were", "where", "which", "who", "will", "with", "would",
];

/// "Reported from" a place, with nothing reported after it in its sentence: "Reuters
/// reported from Moscow that …" still reports.
fn reported_from(scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    let at = |k: usize| toks.get(k).filter(|t| !t.quoted);
    matches!(toks[verb].folded.as_str(), "reported" | "reporting")
        && at(verb + 1).is_some_and(|t| t.folded == "from")
        && at(verb + 2).is_some_and(|t| t.cap)
        && toks[verb + 2..]
            .iter()
            .take_while(|t| t.sentence == toks[verb].sentence)
            .all(|t| !t.quoted && t.folded != "that")
}

/// "Lowe's reports earnings Wednesday", "will report earnings next week": when a firm
/// reports its accounts, with nothing of them told yet. "Reported third-quarter earnings
/// that topped estimates" tells the firm's figures, and cites it.
fn reports_results(scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    let sentence = toks[verb].sentence;
    let noun = toks
        .get(verb + 1)
        .filter(|t| !t.quoted && t.sentence == sentence && RESULTS.contains(&t.folded.as_str()));
    matches!(toks[verb].folded.as_str(), "report" | "reports")
        && noun.is_some()
        && toks[verb + 2..].iter().take_while(|t| t.sentence == sentence).all(|t| {
            !t.quoted
                && (WHEN.contains(&t.folded.as_str()) || WEEKDAYS.contains(&t.folded.as_str()))
        })
}

/// What a firm reports when it reports its accounts.
const RESULTS: &[&str] =
    &["earnings", "profit", "profits", "revenue", "revenues", "results", "sales"];

/// Words of when, and nothing more: "on Wednesday", "next week", "before the bell".
const WHEN: &[&str] = &[
    "after",
    "afternoon",
    "before",
    "bell",
    "close",
    "later",
    "market",
    "morning",
    "next",
    "on",
    "opening",
    "the",
    "this",
    "today",
    "tomorrow",
    "week",
];
