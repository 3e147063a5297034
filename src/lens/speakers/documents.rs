//! Documents that speak for whoever issued them. Police copy cites its report
//! sentence by sentence: "…, an Apopka police report said", then "…, it said", then
//! "…, the report said". The report is the force's words throughout; a report with no
//! issuer named ("an arrest report said") is an unnamed source. So is news copy's
//! account of another outlet: "BuzzFeed reported …", then "The article said …".

use super::words::STATEMENTS;
use crate::lens::scan::{Scan, is_space};
use crate::lens::unnamed::{self, Described};

/// Nouns of a document that says what it records.
pub(super) const DOCUMENTS: &[&str] = &["affidavit", "article", "complaint", "report", "story"];

/// What a body finds or counts, cited after "according to" ("according to data from
/// the Harbour Trust", "according to analysis by Poynter"): the body's.
const FINDINGS: &[&str] = &[
    "analysis",
    "count",
    "data",
    "document",
    "documents",
    "estimates",
    "figures",
    "filing",
    "findings",
    "numbers",
    "poll",
    "research",
    "statistics",
    "study",
    "survey",
    "tally",
];

/// Participles between a document and its author ("a court document filed by the
/// state attorney", "a poll conducted by Gallup").
const AUTHORED: &[&str] = &["commissioned", "compiled", "conducted", "filed", "issued", "released"];

/// The kind of a document noun: a news report is one, whatever it is called ("the
/// article said" after "BuzzFeed reported" is BuzzFeed's).
pub(super) fn kind(noun: &str) -> &str {
    match noun {
        "article" | "story" | "reported" | "reports" => "report",
        _ => noun,
    }
}

/// Whom a document speaks for.
pub(super) enum Issuer {
    /// A body named right before the noun ("an Apopka police report"), and the noun.
    Body(Described, usize),
    /// A name run that ends right before the noun ("a CNN report"), and the noun.
    Run(usize, usize),
    /// A definite document ("the report"): the one whose issuer was named before.
    Before(usize),
    /// No one named: "a police report", "an arrest report".
    Unnamed(Described),
}

/// Who the document noun at `noun` (the subject of a verb of saying) speaks for: the
/// force or body named right before it, an unnamed force ("a police report"), the
/// report named before when `definite` ("the report"), or, with none of these, no one
/// named ("an arrest report").
pub(super) fn issuer(text: &str, scan: &Scan, noun: usize, definite: bool) -> Issuer {
    let toks = &scan.toks;
    let before = noun.checked_sub(1).filter(|&k| {
        toks[k].sentence == toks[noun].sentence
            && !toks[k].quoted
            && is_space(scan.gap_before(text, noun))
    });
    if let Some(k) = before {
        if let Some(d) = unnamed::ending_at(text, scan, k) {
            return if d.unnamed { Issuer::Unnamed(d) } else { Issuer::Body(d, noun) };
        }
        // Not "The" opening the sentence: "The article said" names no one.
        if toks[k].cap && !crate::text::is_stop(&toks[k].folded) {
            return Issuer::Run(k, noun);
        }
    }
    if definite {
        return Issuer::Before(noun);
    }
    Issuer::Unnamed(unnamed::described(text, scan, noun..noun + 1, true))
}

/// "A press release from the Tyler County Sheriff's Office identified …", "a report
/// by the CIA found …": the document or statement noun before "from" or "by", when the
/// name run ending at `end` follows that word. The document speaks for the name.
pub(super) fn issued_from(text: &str, scan: &Scan, end: usize) -> Option<usize> {
    let toks = &scan.toks;
    let joined = |k: usize| {
        toks[k - 1].sentence == toks[k].sentence
            && !toks[k - 1].quoted
            && is_space(scan.gap_before(text, k))
    };
    let mut k = end;
    while k > 0 && toks[k - 1].cap && joined(k) {
        k -= 1;
    }
    if k > 0 && toks[k - 1].folded == "the" && joined(k) {
        k -= 1;
    }
    let by = k
        .checked_sub(1)
        .filter(|&p| joined(k) && matches!(toks[p].folded.as_str(), "from" | "by"))?;
    let noun = by.checked_sub(1).filter(|&n| joined(by) && !toks[n].cap)?;
    let w = toks[noun].folded.as_str();
    (STATEMENTS.contains(&w) || DOCUMENTS.contains(&w)).then_some(noun)
}

/// "according to a statement from the Harbour Trust": the token after "from" or "by"
/// when a statement or document noun, a word or two after `k`, is followed by one, or
/// by a participle of authorship and "by" ("a document filed by").
pub(super) fn from_after(text: &str, scan: &Scan, k: usize) -> Option<usize> {
    let toks = &scan.toks;
    // "according to the TexAuto Facts report from InfoNation": a report's own name may
    // stand before its noun.
    let joined = |j: usize| {
        toks.get(j).is_some_and(|t| !t.quoted && (!t.cap || j > k))
            && is_space(scan.gap_after(text, j))
    };
    let noun = (k..k + 5).take_while(|&j| joined(j)).find(|&j| {
        let w = toks[j].folded.as_str();
        STATEMENTS.contains(&w) || DOCUMENTS.contains(&w) || FINDINGS.contains(&w)
    })?;
    // "a statement released by the campaign" may quote someone else: only findings
    // and documents are their author's.
    let statement = STATEMENTS.contains(&toks[noun].folded.as_str());
    let mut by = noun + 1;
    if !statement && joined(by) && AUTHORED.contains(&toks[by].folded.as_str()) {
        by += 1;
    }
    (joined(by) && matches!(toks[by].folded.as_str(), "from" | "by")).then_some(by + 1)
}

/// Whether the verb at `verb` publishes a report: "BuzzFeed published the story on
/// Thursday", "The Atlantic Wire ran a story". Publishing a story is reporting it, and
/// the story is then its publisher's, which "the article said" after it is.
pub(super) fn published(text: &str, scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    if !matches!(toks[verb].folded.as_str(), "published" | "publishes" | "ran" | "runs") {
        return false;
    }
    (verb + 1..toks.len().min(verb + 4))
        .take_while(|&k| !toks[k].quoted && is_space(scan.gap_before(text, k)))
        .any(|k| kind(&toks[k].folded) == "report")
}

/// Whether the verb at `verb` is records showing something ("court records show",
/// "autopsy results showed"): what they show is their word, no one's named.
pub(super) fn records_show(scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    matches!(toks[verb].folded.as_str(), "show" | "shows" | "showed")
        && verb > 0
        && !toks[verb - 1].quoted
        && SHOWING.contains(&toks[verb - 1].folded.as_str())
}

/// What shows what happened: records and their like.
const SHOWING: &[&str] = &["documents", "papers", "records", "reports", "results"];
