//! The name before a comma that a tag or a place sets off from what follows: news copy
//! stacks them between a subject and its verb ("Sen. Ana Ruiz, D-Ore., the panel's
//! chair, said"; "Bishop Tom Berg, of Dayton, Ohio, said"; "Ana Ruiz, R-Ky., who
//! backed the bill, said").

use super::words::{is_article, owner_pronoun, person_noun};
use crate::lens::scan::{Scan, is_space};
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
        while p > 0 && toks[p - 1].cap && is_space(scan.gap_before(text, p)) {
            p -= 1;
        }
        // "the center in Greenbelt, Maryland, has confirmed": a place and its state
        // after "in" are where, not who.
        let place = p >= 1
            && !toks[p - 1].cap
            && matches!(toks[p - 1].folded.as_str(), "in" | "at" | "near" | "outside");
        if toks[s - 1].cap && place {
            return None;
        }
        if toks[s - 1].cap && p >= 2 && toks[p - 1].folded == "of" && !toks[p - 1].cap {
            let before = scan.gap_before(text, p - 1).trim();
            if before == "," && toks[p - 2].cap {
                // "Tom Berg, of Dayton, Ohio,": the name before the hometown.
                return Some(p - 2);
            }
            // "Cory James, 22, of Flint, Mich.,": an age between.
            let aged = toks[p - 2].folded.chars().all(|c| c.is_ascii_digit());
            if before == "," && aged && p >= 3 && scan.gap_before(text, p - 2).trim() == "," {
                return toks[p - 3].cap.then_some(p - 3);
            }
            // "the mayor of Hoboken, Dawn Zimmer,": after a role's place, the name
            // set off is the person, not a state.
            if before.is_empty() && toks[p - 2].cap {
                // "Tom Berg of Dayton, Ohio,": the place, whose holder the caller finds.
                return Some(s - 1);
            }
        }
    }
    Some(c - 1)
}

/// The name set off after a person described by their tie or role, from token `k`
/// ("his uncle, Greg Johnston,"; "a school spokesperson, Libby Brown."): the run index.
/// The name must close its apposition, with a comma or the sentence's end, so that a
/// clause's subject after the description ("according to the report, Ana Ruiz was")
/// is not taken for it.
pub(super) fn person_apposed(text: &str, scan: &Scan, starts: &[usize], k: usize) -> Option<usize> {
    let toks = &scan.toks;
    let first = toks.get(k)?;
    if first.quoted || !(is_article(&first.folded) || owner_pronoun(&first.folded)) {
        return None;
    }
    let sentence = first.sentence;
    let mut j = k + 1;
    while j < toks.len() && j <= k + 3 {
        let t = &toks[j];
        if t.quoted || t.cap || t.sentence != sentence || !is_space(scan.gap_before(text, j)) {
            return None;
        }
        if scan.gap_after(text, j).trim() == "," {
            if !person_noun(&t.folded) {
                return None;
            }
            let r = *starts.get(j + 1)?;
            if r == usize::MAX {
                return None;
            }
            let mut end = j + 1;
            while end + 1 < toks.len() && starts[end + 1] == usize::MAX && toks[end + 1].cap {
                end += 1;
            }
            let after = scan.gap_after(text, end).trim_start();
            let closes = end + 1 >= toks.len()
                || toks[end + 1].sentence != sentence
                || after.starts_with([',', '.', ';']);
            return closes.then_some(r);
        }
        j += 1;
    }
    None
}

/// The name a relative clause or an "along with" holding token `n` belongs to: in
/// "Beck, who supported Sen. Ted Cruz, R-Texas, said", Cruz is inside the clause of
/// Beck, who spoke; in "Ms. Epstein, along with Judge Tom Berg and Ana Ruiz, wrote", the
/// subject is Epstein. `None` if no such clause opens after a comma between the
/// sentence's start and `n`, or a comma closes it first.
pub(super) fn relative_holder(text: &str, scan: &Scan, n: usize) -> Option<usize> {
    let toks = &scan.toks;
    let word = |k: usize| toks.get(k).filter(|t| !t.cap).map(|t| t.folded.as_str());
    let mut m = n;
    while m > 0 && n - m < 32 && toks[m - 1].sentence == toks[n].sentence && !toks[m].quoted {
        if scan.gap_before(text, m).contains(',') {
            let opens = word(m) == Some("who")
                || (matches!(word(m), Some("along" | "together")) && word(m + 1) == Some("with"));
            return opens.then(|| name_before_comma(text, scan, m)).flatten();
        }
        m -= 1;
    }
    None
}

/// The "whose" before a name ending at token `end` that is set off by commas after
/// the noun "whose" owns ("Rubio, whose hometown, Miami,"), if it is so.
pub(super) fn owned_apposition(text: &str, scan: &Scan, end: usize) -> Option<usize> {
    let toks = &scan.toks;
    let mut k = end;
    while k > 0 && toks[k - 1].cap && is_space(scan.gap_before(text, k)) {
        k -= 1;
    }
    if !toks[end].cap || scan.gap_before(text, k).trim() != "," {
        return None;
    }
    // Back over the owned noun and a word or two before it ("whose latest start-up,").
    let mut whose = k.checked_sub(1)?;
    while whose > 0
        && k - whose <= 3
        && !toks[whose].cap
        && !toks[whose].quoted
        && toks[whose].folded != "whose"
        && matches!(scan.gap_before(text, whose).trim(), "" | "-")
    {
        whose -= 1;
    }
    (whose + 1 < k
        && toks[whose].folded == "whose"
        && matches!(scan.gap_before(text, whose).trim(), "," | ".,"))
    .then_some(whose)
}
