//! "Reported" that is no one's words: a reporter's credit at the foot of wire copy
//! ("Wolf reported from Washington.", "Phillip reported from Oakland, Calif.; Gearan,
//! from Washington."), where the story was written; and a firm's accounts ("Lowe's
//! reports earnings Wednesday"), figures it publishes on a schedule. And "states" that
//! are places ("Southeastern states could play a role").

use crate::corpus::calendar::WEEKDAYS;
use crate::lens::scan::Scan;

/// Whether the verb at `verb` reports nothing anyone said.
pub(super) fn not_speech(scan: &Scan, verb: usize) -> bool {
    reported_from(scan, verb) || reports_results(scan, verb) || places(scan, verb)
}

/// "Southeastern states could play a role", "Baltic states and Poland": the noun, whose
/// next word is a verb of its own or joins it to more; "the report states that" is the
/// verb.
fn places(scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    toks[verb].folded == "states"
        && toks.get(verb + 1).is_some_and(|n| {
            !n.quoted && n.sentence == toks[verb].sentence && NOUN_NEXT.contains(&n.folded.as_str())
        })
}

/// Words after "states" that make it the plural of "state".
const NOUN_NEXT: &[&str] = &[
    "and", "are", "can", "could", "do", "have", "had", "like", "may", "might", "must", "of", "or",
    "should", "such", "to", "were", "where", "which", "who", "will", "with", "would",
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
