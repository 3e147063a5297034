//! A reporter's credit at the foot of wire copy ("Wolf reported from Washington.",
//! "Phillip reported from Oakland, Calif.; Gearan, from Washington."): where the story
//! was written, not what anyone said.

use crate::lens::scan::Scan;

/// Whether the verb at `verb` is "reported from" a place, with nothing reported after
/// it in its sentence: "Reuters reported from Moscow that …" still reports.
pub(super) fn reported_from(scan: &Scan, verb: usize) -> bool {
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
