//! A quotation that runs on into a passage of its own: news copy sets a speaker's
//! further words as a paragraph in quotation marks with no attribution of its own,
//! right after the paragraph that cited them.

use crate::lens::scan::Scan;

/// Whether every word of the passage is inside quotation marks: a paragraph that is
/// one quotation (or several) and says nothing of who speaks.
pub(super) fn wholly_quoted(scan: &Scan) -> bool {
    !scan.toks.is_empty() && scan.toks.iter().all(|t| t.quoted)
}
