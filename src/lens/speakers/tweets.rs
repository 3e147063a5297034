//! A tweet embedded in a page as news sites carry it: its text, then "— Ana Ruiz
//! (@anaruiz) August 25, 2015". Whoever signs it wrote it, so the passage cites them.

use super::words::abbreviated;
use crate::lens::scan::Scan;
use std::ops::Range;

/// The tokens that sign an embedded tweet: a run set off by a dash before it and
/// followed by its handle in parentheses ("— Kevin Killeen (@KMOXKilleen)"). A
/// station between the name and the handle ("— Kaitlyn Pratt Fox 5 (@Fox5Kaitlyn)")
/// takes the run's last word with it.
pub(super) fn signer(text: &str, scan: &Scan, runs: &[Range<usize>]) -> Option<Range<usize>> {
    let mut station = false;
    let at = runs.iter().rposition(|run| {
        // "More details to follow. — NAU (@NAU)": the tweet's own stop may come first.
        let before = scan.gap_before(text, run.start).trim();
        let before = before.trim_start_matches(['.', '!', '?', '”', '"']).trim_start();
        // "— Rep. Ilhan Omar (@Ilhan)": a title with its stop between the dash and name.
        let before = match run.start.checked_sub(1) {
            Some(t) if before.is_empty() && abbreviated(&scan.toks[t].folded) => {
                scan.gap_before(text, t).trim()
            }
            _ => before,
        };
        // "— Kaitlyn Pratt Fox 5 (@Fox5Kaitlyn)": a station's name may come between.
        let rest = text.get(scan.toks[run.end - 1].span.end..).unwrap_or("");
        let handle = rest
            .find("(@")
            .filter(|&at| at <= 16 && !rest[..at].contains(['.', ',', ';', '(', '\n', '—', '–']));
        station = handle.is_some_and(|at| !rest[..at].trim().is_empty());
        handle.is_some() && matches!(before, "—" | "–" | "-" | "--")
    })?;
    let run = runs[at].clone();
    Some(if station && run.len() > 2 { run.start..run.end - 1 } else { run })
}
