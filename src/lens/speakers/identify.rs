//! Identifying someone is saying who they are: "University police chief JT Fowler
//! identified the suspect as Steven Jones", "Police identified the victim as …". The
//! identifier speaks; "the victim was identified as …" says nothing of who did. So
//! does whoever refers to something as something ("referred to it as an act of terror").

use crate::lens::scan::{Scan, is_space};

/// Whether the verb at `verb` identifies someone as someone: "identified" or
/// "identifies", then "as" within a few plain words of its sentence; or refers to
/// something as something ("referred to the shooting as …").
pub(super) fn identified_as(text: &str, scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    // "Obama and Clinton referred to the shooting as an “act of terror”": naming it.
    if !matches!(toks[verb].folded.as_str(), "identified" | "identifies" | "referred") {
        return false;
    }
    (verb + 1..toks.len().min(verb + 7))
        .take_while(|&k| {
            let t = &toks[k];
            t.sentence == toks[verb].sentence && !t.quoted && is_space(scan.gap_before(text, k))
        })
        .any(|k| toks[k].folded == "as" && k > verb + 1)
}
