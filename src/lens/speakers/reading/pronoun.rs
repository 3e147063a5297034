//! Whom "he" or "she" before a verb of saying means: someone cited earlier in the
//! sentence, the person who opens it, the last person cited in the passage or in the one
//! before, of the sex the article gave them; or the lone unnamed witness.

use super::Reading;
use crate::lens::model::Name;
use crate::lens::speakers::clause::sentence_opener;
use crate::lens::speakers::object::described_after;
use crate::lens::speakers::preposition::after_preposition;
use crate::lens::speakers::refer::Named;
use crate::lens::speakers::run_index::titled;
use crate::lens::unnamed::Described;

impl Reading<'_> {
    /// The person the pronoun at token `p` before the verb at `i` means; a lone unnamed
    /// one it means goes to `described` instead.
    pub(super) fn pronoun(
        &self,
        i: usize,
        p: usize,
        described: &mut Vec<Described>,
    ) -> Option<Name> {
        let (text, scan) = (self.text, self.scan);
        let toks = &scan.toks;
        let t = &toks[i];
        let known = &self.known;
        // Someone cited earlier in the sentence, the person who opens it,
        // the last person cited in the passage, or in the one before.
        let same = self.last_person.clone().filter(|(_, s)| *s == t.sentence).map(|(n, _)| n);
        // "Things have changed, she says": one word opening the sentence is
        // "she" only if the article has shown it to be a person, or written
        // it as a name inside a sentence.
        let opener = || {
            sentence_opener(text, scan, &self.runs, i, self.canon)
                .filter(|n| known.is_person(n) || self.casing.proper(&n.key))
        };
        let earlier = self.last_person.clone().map(|(n, _)| n);
        // "She said" is not the last man named.
        let female = Some(toks[p].folded == "she");
        // Nor a place or a body: "she says" after "the Arbors of Bastrop
        // Apartments" is the witness, whoever she is.
        let fits = |n: &Name| !n.institution && known.fits(n, female);
        // "Catherine Gomes lived there, he said." after a passage that cited
        // Gregg Miliote: the one who spoke before, not the clause's subject,
        // unless that subject has spoken before.
        let trailing = scan.gap_before(text, p).contains(',')
            && toks.get(i + 1).is_none_or(|n| n.sentence != t.sentence);
        let speaker_before = self.previous.clone().filter(|n| trailing && fits(n)).filter(|n| {
            opener().is_some_and(|o| o.key != n.key && !self.context.spoke.contains(&o.key))
        });
        let found_person = same
            .filter(fits)
            .or(speaker_before)
            .or_else(|| opener().filter(fits))
            .or_else(|| self.subject_in_sentence(p, known, false).filter(fits))
            .or(earlier.filter(fits))
            .or_else(|| self.named_before(i, known).filter(fits))
            .or_else(|| self.subject_in_sentence(p, known, true).filter(fits));
        // No one named in the passage: "A witness, who asked not to be
        // named, said … what she saw next she says …" is the witness, as is a
        // "she said" right after a passage that cited only her.
        let unnamed_one = self
            .lone_unnamed
            .clone()
            .or_else(|| self.lone_before.clone().filter(|_| self.previous.is_none()));
        // "WIRED spoke to one mother … “…,” she said": the one interviewed.
        let found_person = match self.interviewed.clone() {
            Some(_) => None,
            None => found_person,
        };
        let unnamed_one = self.interviewed.clone().or(unnamed_one);
        match (found_person, unnamed_one) {
            (None, Some(u)) => {
                described.push(Described { name: u, unnamed: true });
                None
            }
            (found, _) => found.or_else(|| {
                // "Rockingham and her family …" after "her son Dewaun
                // Rockingham": "she said" is the Rockingham who spoke last.
                let family =
                    |n: &Name| self.last_cited.clone().filter(|c| c.key == n.key && fits(c));
                let before = self
                    .previous
                    .clone()
                    .filter(fits)
                    .or(self.before_passage.clone().filter(fits))
                    .or_else(|| self.before_passage.as_ref().and_then(family))?;
                // "In a post she described …" after "a company owned by
                // Scooter Braun": someone named in passing, of no known sex,
                // is less likely "she" than the woman who has been speaking.
                let unsure = |n: &Name| {
                    female.is_some_and(|f| !known.surely(n, f))
                        && !self.context.spoke.contains(&n.key)
                };
                Some(if unsure(&before) {
                    female
                        .and_then(|f| known.last_speaker_of_sex(f, &self.context.spoke))
                        .unwrap_or(before)
                } else {
                    before
                })
            }),
        }
    }

    /// The last person who opened a sentence before token `i` in this passage: news
    /// copy says "he said" of the subject it named last, cited yet or not.
    pub(super) fn named_before(&self, i: usize, known: &Named) -> Option<Name> {
        let (text, scan) = (self.text, self.scan);
        let toks = &scan.toks;
        self.runs
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, run)| run.end <= i && !toks[run.end - 1].quoted)
            .filter_map(|(r, run)| {
                // Opening its sentence, after a title at most ("Ms. Griffin"); one bare
                // capitalised word there may be any word, so a name of one word needs
                // its title, or to be the surname of someone named before in full
                // ("Patrick gave little away" after "Gov. Deval Patrick").
                let titled = titled(scan, run);
                let first = if titled { run.start - 1 } else { run.start };
                let opens = first == 0 || toks[first - 1].sentence != toks[first].sentence;
                // "The Internet has made it possible, she said": a name that "The"
                // opens is a thing's.
                // Nor is one after the preposition opening it ("In Concord, he said").
                if !opens
                    || toks[run.end - 1].possessive
                    || toks[first].folded == "the"
                    || after_preposition(text, scan, run.end - 1)
                {
                    return None;
                }
                if titled || run.len() > 1 {
                    self.named(r)
                } else {
                    // Named in full: a bare word is noted as itself when met.
                    self.surname(r, known).filter(|n| n.shown.contains(' '))
                }
            })
            .find(|n| !n.institution)
    }

    /// The last person named before token `p` in its sentence, not after a preposition:
    /// "when Ana Ruiz, running for mayor, defended what she called …"; in full, or by the
    /// surname of someone named in full before ("In reply, Ruiz defended it. …, she
    /// said"). Not the one a relative clause describes: in "Tom Berg, who he said was
    /// right", "he" is someone else. With `whole`, anywhere in the passage before `p`:
    /// "The remarks helped Ruiz make her case. She said …" is not of the passage before.
    fn subject_in_sentence(&self, p: usize, known: &Named, whole: bool) -> Option<Name> {
        let (text, scan) = (self.text, self.scan);
        let toks = &scan.toks;
        let relative = p > 0 && matches!(toks[p - 1].folded.as_str(), "who" | "whom");
        self.runs
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, run)| {
                run.end <= p && (whole || toks[run.start].sentence == toks[p].sentence)
            })
            .filter(|(_, run)| !(relative && run.end + 1 == p))
            // A name that "The" opens is a thing's, as above.
            .filter(|(_, run)| toks[run.start].folded != "the")
            .filter(|(_, run)| {
                let last = &toks[run.end - 1];
                !last.quoted
                    && !last.possessive
                    && !after_preposition(text, scan, run.end - 1)
                    && !described_after(text, scan, run.end - 1)
            })
            .filter_map(|(r, run)| {
                let titled = titled(scan, run);
                // Beyond the sentence, only a person already known: "the state’s
                // Religious Freedom Restoration Act" is capitalised too.
                if titled || (run.len() > 1 && !whole) {
                    self.named(r)
                } else if run.len() > 1 {
                    None
                } else {
                    self.surname(r, known).filter(|n| n.shown.contains(' '))
                }
            })
            .find(|n| !n.institution)
    }
}
