//! The name before a comma that a tag or a place sets off from what follows: news copy
//! stacks them between a subject and its verb ("Sen. Ana Ruiz, D-Ore., the panel's
//! chair, said"; "Bishop Tom Berg, of Dayton, Ohio, said"; "Ana Ruiz, R-Ky., who
//! backed the bill, said").

use crate::lens::scan::Scan;
use crate::lens::unnamed;

/// The token that ends the name before the comma that ends at token `c` (the first
/// token after that comma), passing back over a party–state tag ("Ana Ruiz, R-Ky.,")
/// or a hometown's state ("Tom Berg, of Dayton, Ohio,"; "Tom Berg of Dayton, Ohio,").
/// `None` if the word before the comma is not capitalised.
pub(super) fn name_before_comma(text: &str, scan: &Scan, c: usize) -> Option<usize> {
    let toks = &scan.toks;
    if c == 0 || toks[c - 1].quoted || !toks[c - 1].cap {
        return None;
    }
    let comma = |k: usize| matches!(scan.gap_before(text, k).trim(), "," | ".,");
    // "Ana Ruiz, R-Ky.,": the tag is no one; the name is before its comma.
    for t in c.saturating_sub(3)..c.saturating_sub(1) {
        if t > 0 && unnamed::party_tag(text, scan, t, c) && comma(t) {
            return toks[t - 1].cap.then_some(t - 1);
        }
    }
    // "of Dayton, Ohio,": a state after a place after "of" — the place's run is the
    // one before, and the holder before "of" is found from it.
    let state = (c.saturating_sub(2)..c).find(|&k| {
        k > 0 && comma(k) && (k..c).all(|x| toks[x].cap && toks[x].sentence == toks[c].sentence)
    });
    if let Some(s) = state {
        let mut p = s - 1;
        while p > 0 && toks[p - 1].cap && crate::lens::scan::is_space(scan.gap_before(text, p)) {
            p -= 1;
        }
        if toks[s - 1].cap && p >= 2 && toks[p - 1].folded == "of" && !toks[p - 1].cap {
            let before = scan.gap_before(text, p - 1).trim();
            if before == "," && toks[p - 2].cap {
                // "Tom Berg, of Dayton, Ohio,": the name before the hometown.
                return Some(p - 2);
            }
            if before.is_empty() {
                // "Tom Berg of Dayton, Ohio,": the place, whose holder the caller finds.
                return Some(s - 1);
            }
        }
    }
    Some(c - 1)
}
