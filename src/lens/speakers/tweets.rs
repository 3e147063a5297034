//! A tweet embedded in a page as news sites carry it: its text, then "— Ana Ruiz
//! (@anaruiz) August 25, 2015". Whoever signs it wrote it, so the passage cites them.

use crate::lens::scan::Scan;
use std::ops::Range;

/// The index of the run that signs an embedded tweet: set off by a dash before it and
/// followed by its handle in parentheses ("— Kevin Killeen (@KMOXKilleen)").
pub(super) fn signer(text: &str, scan: &Scan, runs: &[Range<usize>]) -> Option<usize> {
    runs.iter().rposition(|run| {
        // "More details to follow. — NAU (@NAU)": the tweet's own stop may come first.
        let before = scan.gap_before(text, run.start).trim();
        let before = before.trim_start_matches(['.', '!', '?', '”', '"']).trim_start();
        let after = scan.gap_after(text, run.end - 1).trim_start();
        after.starts_with("(@") && matches!(before, "—" | "–" | "-" | "--")
    })
}
