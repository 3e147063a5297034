//! Documents that speak for whoever issued them. Police copy cites its report
//! sentence by sentence: "…, an Apopka police report said", then "…, it said", then
//! "…, the report said". The report is the force's words throughout; a report with no
//! issuer named ("an arrest report said") is an unnamed source.

use crate::lens::scan::{Scan, is_space};
use crate::lens::unnamed::{self, Described};

/// Nouns of a document that says what it records.
pub(super) const DOCUMENTS: &[&str] = &["affidavit", "complaint", "report"];

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
        if toks[k].cap {
            return Issuer::Run(k, noun);
        }
    }
    if definite {
        return Issuer::Before(noun);
    }
    Issuer::Unnamed(unnamed::described(text, scan, noun..noun + 1, true))
}
