//! Identifying someone is saying who they are: "University police chief JT Fowler
//! identified the suspect as Steven Jones", "Police identified the victim as …". The
//! identifier speaks; "the victim was identified as …" says nothing of who did.

use crate::lens::scan::{Scan, is_space};

/// Whether the verb at `verb` identifies someone as someone: "identified" or
/// "identifies", then "as" within a few plain words of its sentence.
pub(super) fn identified_as(text: &str, scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    if !matches!(toks[verb].folded.as_str(), "identified" | "identifies") {
        return false;
    }
    (verb + 1..toks.len().min(verb + 7))
        .take_while(|&k| {
            let t = &toks[k];
            t.sentence == toks[verb].sentence && !t.quoted && is_space(scan.gap_before(text, k))
        })
        .any(|k| toks[k].folded == "as" && k > verb + 1)
}
