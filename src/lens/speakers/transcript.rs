//! A transcript's lines: "JAKE TAPPER: Do you think …?", then "TAPPER: …". The name
//! before a colon opening a passage is its speaker when it is a person and what follows
//! reads as talk; page labels ("EDITOR'S NOTE:") and list entries ("Ryan Hollman:
//! Dealing in methamphetamine, …") are no one.

use super::refer::Named;
use super::run_index::RunIndex;
use crate::lens::model::Name;
use crate::lens::scan::{Scan, is_space};
use std::ops::Range;

/// The speaker a name before a colon opening a passage stands for in a transcript: a
/// person named in full there ("JAKE TAPPER:") or before ("TAPPER:", "Matthews:"), not
/// a label ("EDITOR'S NOTE:", "READ MORE:") or a body.
pub(super) fn speaker(n: Name, run: &Range<usize>, known: &Named) -> Option<Name> {
    let label = n.shown.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        let w = crate::text::without_possessive(&w);
        LABELS.contains(&w)
    });
    if label {
        return None;
    }
    if run.len() > 1 {
        return (!n.institution).then_some(n);
    }
    // One word in capitals reads as an acronym; a surname known in full is the person,
    // cited where the transcript names them.
    let full = known.by_key(&n.key).filter(|k| !k.institution && k.shown.contains(' '))?;
    Some(Name { span: n.span, ..full })
}

/// Whether the passage from token `k` on reads as someone talking: "I", "we" or "you"
/// in it, or a question ("Do you think …?"), not a list's entry ("Ryan Hollman:
/// Dealing in methamphetamine, …").
pub(super) fn talk(text: &str, scan: &Scan, k: usize) -> bool {
    let person = |w: &str| matches!(w, "i" | "im" | "ive" | "we" | "you" | "my" | "our");
    let asked = text[scan.toks[k].span.start..scan.range.end].contains('?');
    asked || scan.toks[k..].iter().any(|t| !t.quoted && person(&t.folded))
}

/// Words of a page's labels before a colon, which no one says.
const LABELS: &[&str] = &[
    "analysis",
    "breaking",
    "editor",
    "editors",
    "exclusive",
    "more",
    "note",
    "opinion",
    "photo",
    "photos",
    "read",
    "related",
    "update",
    "updated",
    "video",
    "watch",
];

/// The speaker the name ending at token `i` stands for when a colon follows it and opens
/// its clause: the one whose quote follows ("Lieven: ‘…’"), or a transcript's speaker.
pub(super) fn before_colon(
    at: &RunIndex,
    i: usize,
    named: &impl Fn(usize) -> Option<Name>,
    known: &Named,
) -> Option<Name> {
    let RunIndex { text, scan, runs, ends, .. } = *at;
    let toks = &scan.toks;
    if ends[i] == usize::MAX || !scan.gap_after(text, i).trim_start().starts_with(':') {
        return None;
    }
    let r = ends[i];
    let opens_clause = runs[r].start == 0 || !is_space(scan.gap_before(text, runs[r].start));
    let quote = toks.get(i + 1).is_some_and(|n| n.quoted);
    let said = runs[r].start == 0
        && toks.get(i + 1).is_some_and(|n| n.cap && !n.quoted)
        && talk(text, scan, i + 1);
    let n = match named(r) {
        Some(n) if quote => Some(n),
        Some(n) if said => speaker(n, &runs[r], known),
        _ => None,
    };
    n.filter(|_| opens_clause)
}
