//! Where a name stands: after a preposition ("a source in Brussels"), as the place or
//! force after a holder's "of" or "with" ("Gov. Rick Perry of Texas"), in a phrase of
//! place set off by commas ("in Aurora, Colorado,"), or as a party to a case. A name so
//! placed is no subject of the verb after it, or stands for the holder before it.

use super::words::*;
use crate::lens::names::is_suffix;
use crate::lens::scan::{Scan, is_space};

/// The words between a person and the place or force they are of ("Gov. Rick Perry of
/// Texas", "Lt. Ken Cox with St. Louis County Police").
pub(super) const HOLDER_LINKS: &[&str] = &["of", "with"];

/// Whether the run ending at `end` is a place after "of" that follows a name ("Gov.
/// Rick Perry of Texas"), or a force after "with" ("Lt. Ken Cox with St. Louis County
/// Police says"): the name before is the subject.
pub(super) fn of_holder(text: &str, scan: &Scan, end: usize) -> bool {
    let toks = &scan.toks;
    let mut k = end;
    while k > 0 && toks[k - 1].cap && is_space(scan.gap_before(text, k)) {
        k -= 1;
    }
    k >= 2
        && HOLDER_LINKS.contains(&toks[k - 1].folded.as_str())
        && toks[k - 2].cap
        && !toks[k - 2].upper
        && is_space(scan.gap_before(text, k))
        && is_space(scan.gap_before(text, k - 1))
}

/// The "in", "at", "near" or "from" before a town and its state set off by commas, the state
/// ending at the comma before token `c` ("in Aurora, Colorado,"; "in San Bernardino,
/// Calif.,"; "in Iran, Turkey and France,"): a state of the gazetteer or one written
/// short.
pub(super) fn place_phrase(text: &str, scan: &Scan, c: usize) -> Option<usize> {
    let toks = &scan.toks;
    let mut p = c.checked_sub(1).filter(|&p| toks[p].cap && !toks[p].quoted)?;
    let short = scan.gap_before(text, c).trim() == ".,";
    if !short && !crate::lens::places::is_place(&text[toks[p].span.clone()]) {
        return None;
    }
    // Back over the places, and the "and" of a list of them.
    let and = |k: usize| toks[k].folded == "and" && !toks[k].cap && k > 0 && toks[k - 1].cap;
    while p > 0
        && (toks[p - 1].cap || and(p - 1))
        && !toks[p - 1].quoted
        && matches!(scan.gap_before(text, p).trim(), "" | ",")
    {
        p -= 1;
    }
    (p > 0
        && !toks[p - 1].cap
        && matches!(toks[p - 1].folded.as_str(), "in" | "at" | "near" | "from"))
    .then_some(p - 1)
}

/// Whether the capitalised words ending at token `end` are two or more and no place of
/// the gazetteer: a person's name, as far as words tell.
pub(super) fn full_name(text: &str, scan: &Scan, end: usize) -> bool {
    let toks = &scan.toks;
    let mut k = end;
    while k > 0 && toks[k - 1].cap && is_space(scan.gap_before(text, k)) {
        k -= 1;
    }
    let shown = &text[toks[k].span.start..toks[end].span.end];
    k < end && !crate::lens::places::is_place(shown)
}

/// Whether the run ending at token `end` follows a preposition ("a source in
/// Brussels admitted"): then it is not the subject.
pub(super) fn after_preposition(text: &str, scan: &Scan, end: usize) -> bool {
    let toks = &scan.toks;
    let mut k = end;
    loop {
        // Back over the name, connectors inside it included ("Secretary of State X").
        while k > 0 && is_space(scan.gap_before(text, k)) {
            let connector =
                matches!(toks[k].folded.as_str(), "of" | "for" | "the" | "on") && toks[k - 1].cap;
            if !(toks[k].cap || connector) {
                break;
            }
            k -= 1;
        }
        // "lawyers for both Jesse Jackson Jr. and Sandra Jackson said": the names
        // joined to one after a preposition are after it too.
        let suffix =
            |j: usize| scan.gap_before(text, j).trim() == "." && is_suffix(&toks[j - 1].folded);
        if !toks[k].cap
            && k < end
            && toks[k].folded == "and"
            && k > 1
            && (is_space(scan.gap_before(text, k)) || suffix(k))
            && toks[k - 1].cap
        {
            k -= 1;
            continue;
        }
        if !toks[k].cap && toks[k].folded == "both" && k > 0 {
            k -= 1;
        }
        // "a half mile away from the Premium Outlets say": the article after it; not a
        // name's own "of the" ("Speaker of the Senate Ana Ruiz"). "In a Tumblr post she
        // …": a preposition opening the sentence is capitalised, and still one.
        let opens = |j: usize| j == 0 || toks[j - 1].sentence != toks[j].sentence;
        if !toks[k].cap
            && k < end
            && k > 0
            && is_article(&toks[k].folded)
            && is_space(scan.gap_before(text, k))
            && PREPOSITIONS.contains(&toks[k - 1].folded.as_str())
            && (!toks[k - 1].cap && k > 1 && !toks[k - 2].cap || opens(k - 1))
        {
            return true;
        }
        // "In Concord, he referred to …", "On Twitter, she responded": a preposition
        // of place or time opening the sentence right before the name. Not "From Ana
        // Ruiz writing at The Dayton Herald:", which introduces her words.
        if toks[k].cap
            && k < end
            && opens(k)
            && !toks[k].upper
            && OPENING_PLACES.contains(&toks[k].folded.as_str())
        {
            return true;
        }
        break;
    }
    !toks[k].cap && k < end && PREPOSITIONS.contains(&toks[k].folded.as_str())
}

/// Prepositions of place and time that open a sentence before a name of where or when.
const OPENING_PLACES: &[&str] =
    &["across", "around", "at", "during", "in", "inside", "near", "on", "outside", "throughout"];

/// Prepositions whose object a name after them is, not a subject.
pub(super) const PREPOSITIONS: &[&str] = &[
    "about",
    "across",
    "against",
    "along",
    "amid",
    "among",
    "around",
    "at",
    "behind",
    "beneath",
    "between",
    "beyond",
    "by",
    "despite",
    "down",
    "during",
    "for",
    "from",
    "in",
    "inside",
    "into",
    "near",
    "of",
    "on",
    "outside",
    "over",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "unlike",
    "upon",
    "via",
    "with",
    "within",
    "without",
];

/// Whether the name ending at `n` is the second party of a case ("Walmart Stores v.
/// Dukes"): what follows is the ruling's, no one's words.
pub(super) fn case_party(scan: &Scan, n: usize) -> bool {
    let toks = &scan.toks;
    let mut k = n;
    while k > 0 && toks[k].cap && n - k < 4 {
        k -= 1;
    }
    matches!(toks[k].folded.as_str(), "v" | "vs") && !toks[k].cap
}

/// Whether the name ending at `end`, a title's stop inside it at most ("Sen. Lamar
/// Alexander"), is the object of a preposition other than a holder's "of".
pub(super) fn titled_object(text: &str, scan: &Scan, end: usize) -> bool {
    let toks = &scan.toks;
    let mut q = end;
    while q > 0 && toks[q - 1].cap && !toks[q - 1].quoted {
        let gap = scan.gap_before(text, q);
        if !(is_space(gap) || (gap.trim() == "." && abbreviated(&toks[q - 1].folded))) {
            break;
        }
        q -= 1;
    }
    q > 0
        && !toks[q - 1].cap
        && toks[q - 1].folded != "of"
        && PREPOSITIONS.contains(&toks[q - 1].folded.as_str())
        && is_space(scan.gap_before(text, q))
}
