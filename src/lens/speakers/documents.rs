//! Documents that speak for whoever issued them. Police copy cites its report
//! sentence by sentence: "…, an Apopka police report said", then "…, it said", then
//! "…, the report said". The report is the force's words throughout; a report with no
//! issuer named ("an arrest report said") is an unnamed source.

use super::subject::{Subject, definite_before};
use crate::lens::scan::{Scan, is_space};
use crate::lens::unnamed;

/// Nouns of a document that says what it records.
pub(super) const DOCUMENTS: &[&str] = &["affidavit", "complaint", "report"];

/// Who the document noun at `noun` (the subject of a verb of saying) speaks for: the
/// force or body named right before it ("an Apopka police report", "a CNN report"), an
/// unnamed force ("a police report"), the report named before ("the report"), or, with
/// none of these, no one named ("an arrest report").
pub(super) fn issued(text: &str, scan: &Scan, noun: usize) -> Subject {
    let toks = &scan.toks;
    let before = noun.checked_sub(1).filter(|&k| {
        toks[k].sentence == toks[noun].sentence
            && !toks[k].quoted
            && is_space(scan.gap_before(text, noun))
    });
    if let Some(k) = before {
        if let Some(d) = unnamed::ending_at(text, scan, k) {
            return if d.unnamed { Subject::Described(d) } else { Subject::Issued(d, noun) };
        }
        if toks[k].cap {
            return Subject::IssuedRun(k, noun);
        }
    }
    if definite_before(text, scan, noun) {
        return Subject::Document(noun);
    }
    Subject::Described(unnamed::described(text, scan, noun..noun + 1, true))
}
