//! Who the words read so far have named: a person opening a sentence, two people
//! opening one together, the sex an owner's pronoun tells of the one person its sentence
//! named, and whose office speaks.

use super::Reading;
use crate::lens::scan::{Scan, is_space};
use crate::lens::speakers::named_subject::joined_by_and;

impl Reading<'_> {
    /// Notes who token `i` names, if it ends a name, and what a word outside quotation
    /// tells of the people named: a pair opening a sentence, the sex an owner's pronoun
    /// tells, whose office speaks.
    pub(in crate::lens::speakers) fn note_people(&mut self, i: usize) {
        let (text, scan) = (self.text, self.scan);
        let toks = &scan.toks;
        let t = &toks[i];
        let w = t.folded.as_str();
        if self.ends[i] != usize::MAX
            && let Some(n) = self.named(self.ends[i]).filter(|_| !toks[i].possessive)
        {
            // A person who opens a sentence after a lone unnamed one is whom "she"
            // means next: "A neighbor said … Ana Ruiz, the mayor, agreed. She said …".
            let first = self.runs[self.ends[i]].start;
            let opens = first == 0 || toks[first - 1].sentence != toks[first].sentence;
            if opens && !n.institution {
                self.lone_unnamed = None;
            }
            // "Ana Ruiz and Tom Berg live five doors down": two people opening a
            // sentence together.
            let other = joined_by_and(text, scan, first)
                .filter(|&k| !toks[k + 1].cap && self.ends[k] != usize::MAX)
                .map(|k| self.ends[k])
                .filter(|&r0| {
                    let s0 = self.runs[r0].start;
                    s0 == 0 || toks[s0 - 1].sentence != toks[s0].sentence
                })
                .and_then(|r| self.named(r))
                .filter(|a| !a.institution && a.shown.contains(' '));
            if let Some(a) = other.filter(|_| !n.institution && n.shown.contains(' ')) {
                self.pair = Some((a, n.clone()));
            }
            // "Bolton and Gorka Slam Neocons": a headline in title case joins words
            // into names no one has; the body names its people as they are.
            if !self.title_case {
                if !n.institution {
                    match &mut self.sentence_people {
                        Some((s, people)) if *s == t.sentence => {
                            if !people.iter().any(|p| p.key == n.key) {
                                people.push(n.clone());
                            }
                        }
                        _ => self.sentence_people = Some((t.sentence, vec![n.clone()])),
                    }
                }
                self.known.note(text, scan, self.runs[self.ends[i]].clone(), n);
            }
        }
        // "Taylor Swift posted on Twitter accusing Big Machine of trying to stop her
        // performing": an owner's pronoun after the one person its sentence has named
        // tells that person's sex; "Jordan Lee, her lawyer" does not. In the clause a
        // verb of saying reports, it may be anyone's: "Big Machine says she will be
        // allowed to play her old tracks"; not so in "accused the label of stopping her".
        if matches!(w, "say" | "says" | "said" | "tell" | "tells" | "told" | "added" | "adds") {
            self.sentence_people = None;
        }
        if let Some(female) = telling_pronoun(text, scan, i)
            && let Some((s, people)) = &self.sentence_people
            && let [one] = people.as_slice()
            && *s == t.sentence
            && scan.gap_before(text, i).trim() != ","
        {
            self.known.note_pronoun(one, female);
        }
        // "Mr. Fishman’s office" anywhere: "the office said" later speaks for him; any
        // other office mentioned after ("the sheriff’s office") ends that.
        if t.possessive && toks.get(i + 1).is_some_and(|n| n.folded == "office" && !n.cap) {
            let holder = t.cap.then(|| self.known.by_key(self.canon.get(w))).flatten();
            self.known.note_office(holder.filter(|n| !n.institution));
        }
    }
}

/// The sex token `i` tells if it is a pronoun of one person outside quotation that
/// mostly means the subject before it: "his", "himself", "herself", and "her" before
/// the noun it owns ("her music"), not as an object ("thanked her for"). Not "he" or
/// "she": in "Big Machine says she will be allowed" she is someone else.
fn telling_pronoun(text: &str, scan: &Scan, i: usize) -> Option<bool> {
    let toks = &scan.toks;
    let t = &toks[i];
    // "Her" inside a sentence is a title's ("Her Majesty").
    if t.quoted || (t.cap && i > 0 && toks[i - 1].sentence == t.sentence) {
        return None;
    }
    match t.folded.as_str() {
        "his" | "himself" => Some(false),
        "herself" => Some(true),
        "her" => {
            let next = toks.get(i + 1)?;
            let owned = next.sentence == t.sentence
                && !next.cap
                && !next.quoted
                && is_space(scan.gap_after(text, i))
                && !NOT_OWNED.contains(&next.folded.as_str());
            owned.then_some(true)
        }
        _ => None,
    }
}

/// Words after "her" that make it an object, not an owner ("told her that").
const NOT_OWNED: &[&str] = &[
    "a", "about", "after", "again", "an", "and", "as", "at", "back", "because", "before", "but",
    "by", "down", "for", "from", "if", "in", "into", "is", "not", "of", "off", "on", "or", "out",
    "over", "so", "that", "the", "this", "to", "too", "up", "was", "when", "with",
];
