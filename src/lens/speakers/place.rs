//! Where a verb of saying stands decides whose it is: before its subject after a quote
//! or a comma ("…,” said Ana Ruiz"), and not speaking at all when it answers a call.

use super::object::object_after;
use super::words::{BE, CALLS, PARTICIPLES};
use crate::lens::figures::is_count;
use crate::lens::scan::{Scan, is_space};
use std::ops::Range;

/// Whether the verb at `i` may stand before its subject: after a quote, at a clause's
/// edge, or opening its sentence.
pub(super) fn inverted_at(text: &str, scan: &Scan, i: usize) -> bool {
    let toks = &scan.toks;
    i == 0
        || toks[i - 1].quoted
        || toks[i - 1].sentence != toks[i].sentence
        || scan.gap_before(text, i).contains([',', ':', ';', '—', '–', '”', '"'])
}

/// The run after an inverted verb that follows a comma ("…, said Sen. Ana Ruiz,"), when
/// the run ends its clause: "Ruiz, the mayor, said Tom Berg was wrong" is Ruiz's.
pub(super) fn inverted_name(
    text: &str,
    scan: &Scan,
    runs: &[Range<usize>],
    starts: &[usize],
    i: usize,
) -> Option<usize> {
    let toks = &scan.toks;
    if i == 0 || toks[i - 1].quoted || !scan.gap_before(text, i).trim().ends_with(',') {
        return None;
    }
    let r = object_after(text, scan, starts, i + 1)?;
    let end = runs.get(r)?.end - 1;
    let closes = end + 1 == toks.len()
        || toks[end + 1].sentence != toks[end].sentence
        || scan.gap_after(text, end).trim_start().starts_with([',', ';', '.']);
    closes.then_some(r)
}

/// "Deputies responded to a shooting": answering a call is not speaking. Nor is a force
/// going anywhere ("Deputies responded to a farmhouse", "police responded there"): what
/// a force responds to in words is named ("responded to the criticism").
pub(super) fn answered_a_call(scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    let word = |k: usize| toks.get(k).map_or("", |t| t.folded.as_str());
    if !matches!(word(verb), "responded" | "responds") {
        return false;
    }
    if word(verb + 1) == "to" && (verb + 2..verb + 5).any(|k| CALLS.contains(&word(k))) {
        return true;
    }
    // "Garrett responded by hitting Rudolph": an act, not words.
    let acted = word(verb + 1) == "by"
        && toks.get(verb + 2).is_some_and(|t| !t.quoted && t.folded.ends_with("ing"))
        && !PARTICIPLES.contains(&word(verb + 2))
        && !matches!(word(verb + 2), "telling" | "tweeting" | "posting");
    if acted {
        return true;
    }
    let force = verb > 0 && FORCES.contains(&word(verb - 1)) && !toks[verb - 1].quoted;
    let words = (verb + 1..toks.len().min(verb + 5))
        .take_while(|&k| !toks[k].quoted && toks[k].sentence == toks[verb].sentence);
    force && !words.clone().any(|k| WORDS.contains(&word(k))) && words.count() > 0
}

/// "Drake countered with a 9-2 run", "adding six rebounds", "recorded his first
/// interception": verbs of saying that also score and play. A count right after one, or
/// a "with" in its clause that no word of speech follows ("responded with a statement"
/// is speaking), makes it the game's; "recorded" speaks only of a message or a video.
pub(super) fn played(text: &str, scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    let w = toks[verb].folded.as_str();
    if !PLAYED.contains(&w) {
        return false;
    }
    let clause: Vec<usize> = (verb + 1..toks.len().min(verb + 8))
        .take_while(|&k| {
            !toks[k].quoted
                && toks[k].sentence == toks[verb].sentence
                && is_space(scan.gap_before(text, k))
        })
        .collect();
    let word = |k: usize| toks[k].folded.as_str();
    if clause.first().is_some_and(|&k| is_count(word(k))) {
        return true;
    }
    let spoken_after = |from: usize| {
        clause.iter().filter(|&&k| k > from).take(4).any(|&k| SPOKEN.contains(&word(k)))
    };
    if w == "recorded" {
        return !spoken_after(verb);
    }
    // "responds to Mills with, “Why now?”": with words quoted, speaking.
    let quoted_after = |k: usize| toks.get(k + 1).is_some_and(|t| t.quoted);
    clause
        .iter()
        .take(5)
        .find(|&&k| word(k) == "with")
        .is_some_and(|&k| !spoken_after(k) && !quoted_after(k))
}

/// "LaCalamita said nothing", "Ruiz would not say": a verb of saying denied.
pub(super) fn silent(scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    let next = toks.get(verb + 1).filter(|n| !n.quoted && n.sentence == toks[verb].sentence);
    let before = verb.checked_sub(1).map(|k| &toks[k]).filter(|p| !p.quoted);
    // "Nissan still believes in sedans": a standing position, not a claim.
    let held = matches!(toks[verb].folded.as_str(), "believe" | "believes" | "believed")
        && next.is_some_and(|n| n.folded == "in");
    // "Clinton maintains a commanding lead": keeping hold, not maintaining a claim.
    let kept = matches!(toks[verb].folded.as_str(), "maintain" | "maintains" | "maintained")
        && next.is_some_and(|n| matches!(n.folded.as_str(), "a" | "an"));
    held || kept
        || summed(scan, verb)
        || next.is_some_and(|n| n.folded == "nothing")
        || before.is_some_and(|p| matches!(p.folded.as_str(), "not" | "never" | "t"))
}

/// "won the primary, adding to her lead": adding to a sum, not words. Not so when what
/// is added to is the outlet told, its name ending the sentence ("Trump added to
/// People."), or the press ("added to reporters").
pub(super) fn summed(scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    let to = verb + 1;
    if !matches!(toks[verb].folded.as_str(), "add" | "adds" | "added" | "adding")
        || !toks.get(to).is_some_and(|n| !n.quoted && n.folded == "to")
    {
        return false;
    }
    let sentence = toks[verb].sentence;
    let outlet = (to + 1..toks.len())
        .take_while(|&k| toks[k].cap && !toks[k].quoted && toks[k].sentence == sentence)
        .last()
        .filter(|&k| !toks[k].possessive)
        .is_some_and(|k| toks.get(k + 1).is_none_or(|n| n.sentence != sentence || n.quoted));
    let press = toks
        .get(to + 1)
        .is_some_and(|n| !n.quoted && matches!(n.folded.as_str(), "reporters" | "journalists"));
    !outlet && !press
}

/// Verbs of saying that also score and play.
const PLAYED: &[&str] =
    &["added", "adding", "adds", "countered", "recorded", "responded", "responds"];

/// Words of speech that make such a verb speaking ("countered with a statement").
const SPOKEN: &[&str] = &[
    "argument",
    "article",
    "column",
    "comment",
    "comments",
    "editorial",
    "interview",
    "letter",
    "message",
    "piece",
    "post",
    "remarks",
    "statement",
    "tweet",
    "video",
    "words",
];

/// What officers are: a force, or its name's last word ("Little Rock Police Department").
const FORCES: &[&str] = &[
    "crews",
    "department",
    "deputies",
    "firefighters",
    "officers",
    "paramedics",
    "police",
    "troopers",
];

/// What a force responds to in words.
const WORDS: &[&str] = &[
    "accusations",
    "allegations",
    "claims",
    "comments",
    "criticism",
    "email",
    "inquiries",
    "inquiry",
    "letter",
    "question",
    "questions",
    "remarks",
    "request",
    "requests",
    "statement",
    "that",
];

/// Whether the run ending at `end`, right after a quote, is only a place or body before
/// a role and the speaker's name ("“…,” Bedford school superintendent Chip McGee said"):
/// a few lower-case words, joined by spaces, then another name.
pub(super) fn before_a_named_role(text: &str, scan: &Scan, starts: &[usize], end: usize) -> bool {
    let toks = &scan.toks;
    let mut k = end + 1;
    while k < toks.len() && k <= end + 3 {
        let t = &toks[k];
        if t.quoted || !is_space(scan.gap_before(text, k)) {
            return false;
        }
        if t.cap {
            return k > end + 1 && starts[k] != usize::MAX;
        }
        k += 1;
    }
    false
}

/// "His office said", "her campaign said": the verb at `verb` after an office or a
/// campaign owned by a pronoun; whether the owner is a woman.
pub(super) fn pronoun_office(scan: &Scan, verb: usize) -> Option<bool> {
    let toks = &scan.toks;
    let (owner, noun) = (toks.get(verb.checked_sub(2)?)?, toks.get(verb - 1)?);
    if owner.quoted || noun.quoted || !matches!(noun.folded.as_str(), "office" | "campaign") {
        return None;
    }
    match owner.folded.as_str() {
        "his" => Some(false),
        "her" => Some(true),
        _ => None,
    }
}

/// Whether the verb at `verb` is how words were said, set before a colon and their
/// quote: "Tom Berg gloated: “I told you.”", "then leaned in and boomed: “…”"; not
/// "was asked:" nor "the sign read:".
pub(super) fn said_with_colon(text: &str, scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    let w = toks[verb].folded.as_str();
    w.len() > 4
        && w.ends_with("ed")
        && !toks[verb].cap
        && !toks[verb].quoted
        && verb > 0
        && !BE.contains(&toks[verb - 1].folded.as_str())
        && !matches!(toks[verb - 1].folded.as_str(), "has" | "had" | "have")
        && scan.gap_after(text, verb).trim_start().starts_with(':')
        && toks.get(verb + 1).is_some_and(|n| n.quoted)
}
