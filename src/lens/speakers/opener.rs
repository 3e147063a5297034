//! A sentence that opens on the utterance it reports: "In a statement Saturday,
//! BuzzFeed spokesman Matt Mittenthal doubled down on …", "In a follow-up tweet, Trump
//! reiterated …". The subject after the opening phrase speaks, whatever its verb.

use super::object::object_after;
use super::words::person_noun;
use crate::lens::scan::{Scan, is_space};
use std::ops::Range;

/// Nouns of an utterance an opening "In a …," names. Not a video or a photo: "In a
/// video posted online, the suspect is seen …" shows, it does not speak.
const UTTERANCES: &[&str] = &[
    "email",
    "interview",
    "letter",
    "message",
    "op-ed",
    "post",
    "release",
    "remarks",
    "speech",
    "statement",
    "statements",
    "tweet",
    "tweets",
];

/// Those who head a body, named after its name ("Darby School principal Ana Ruiz").
const HOLDERS: &[&str] = &["editor", "founder", "pastor", "principal", "superintendent"];

/// The run that is the subject of the clause after an opening "In a statement …," at
/// token `i`, when it stands as one: a name followed by its lower-case verb.
pub(super) fn utterance_subject(
    text: &str,
    scan: &Scan,
    runs: &[Range<usize>],
    starts: &[usize],
    i: usize,
) -> Option<usize> {
    let toks = &scan.toks;
    let sentence = toks[i].sentence;
    if toks[i].folded != "in" || toks[i].quoted || (i > 0 && toks[i - 1].sentence == sentence) {
        return None;
    }
    // The opening phrase: a few words joined by spaces or hyphens ("follow-up"), one of
    // them an utterance, up to its comma.
    let mut utterance = false;
    let mut k = i + 1;
    let comma = loop {
        let t = toks.get(k).filter(|t| t.sentence == sentence && !t.quoted && k < i + 10)?;
        utterance |= !t.cap && UTTERANCES.contains(&t.folded.as_str());
        let gap = scan.gap_after(text, k);
        if gap.trim() == "," {
            break k;
        }
        if !is_space(gap) && gap.trim() != "-" {
            return None;
        }
        k += 1;
    };
    if !utterance {
        return None;
    }
    let mut r = object_after(text, scan, starts, comma + 1)?;
    let mut end = runs.get(r)?.end - 1;
    let mut next = toks.get(end + 1)?;
    // "Scioto Darby Elementary School principal Tamar Campbell-Sauer wrote": the body,
    // the holder's role, then the holder.
    let role = person_noun(&next.folded) || HOLDERS.contains(&next.folded.as_str());
    if role
        && !next.cap
        && is_space(scan.gap_after(text, end))
        && is_space(scan.gap_after(text, end + 1))
        && let Some(&after) = starts.get(end + 2).filter(|&&a| a != usize::MAX)
    {
        r = after;
        end = runs.get(r)?.end - 1;
        next = toks.get(end + 1)?;
    }
    // "In a statement, Ruiz’s lawyer said": the lawyer; "Ruiz was" is spoken of.
    let verb = !next.cap
        && !next.quoted
        && next.sentence == sentence
        && is_space(scan.gap_after(text, end))
        && !matches!(next.folded.as_str(), "is" | "was" | "can" | "could" | "has" | "had");
    (verb && !toks[end].possessive).then_some(r)
}
