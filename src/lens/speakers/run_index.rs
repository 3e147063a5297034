//! The name runs of a passage being read, and where each starts and ends: what the
//! readers of a verb's subject and of a phrase's object look a name up in.

use crate::lens::scan::Scan;
use std::ops::Range;

/// A passage's text and scan with its name runs indexed by token.
pub(super) struct RunIndex<'a> {
    pub(super) text: &'a str,
    pub(super) scan: &'a Scan,
    pub(super) runs: &'a [Range<usize>],
    /// The run that starts at each token, or `usize::MAX`.
    pub(super) starts: &'a [usize],
    /// The run that ends at each token, or `usize::MAX`.
    pub(super) ends: &'a [usize],
}

/// Whether an abbreviated title stands right before a run ("Ms. Griffin", "Sen. Ana
/// Ruiz"): a name of one word so written is a person's.
pub(super) fn titled(scan: &Scan, run: &Range<usize>) -> bool {
    run.start > 0 && super::words::abbreviated(&scan.toks[run.start - 1].folded)
}
