//! The attributions one word makes: a verb of saying and its subject or the name after
//! it, "his office said", a name right after a quote, "spoke to one mother", "according
//! to X", "reportedly", a participle's subject and a speaker before a colon.

use super::Reading;
use crate::lens::model::Name;
use crate::lens::scan::is_space;
use crate::lens::speakers::clause::participle_subject;
use crate::lens::speakers::object::*;
use crate::lens::speakers::place::*;
use crate::lens::speakers::refer::Named;
use crate::lens::speakers::subject::subject_before;
use crate::lens::speakers::subject_kind::Subject;
use crate::lens::speakers::verb_context::*;
use crate::lens::speakers::words::*;
use crate::lens::speakers::{according, documents, named_subject, opener, reporting, transcript};
use crate::lens::unnamed::{self, Described};
use std::ops::Range;

impl Reading<'_> {
    /// The sources token `i` cites: the named, with where the attribution names them,
    /// and the descriptions in a name's place.
    pub(in crate::lens::speakers) fn attributions(
        &mut self,
        i: usize,
    ) -> (Vec<(Name, Range<usize>)>, Vec<Described>) {
        let (text, scan) = (self.text, self.scan);
        let toks = &scan.toks;
        let w = toks[i].folded.as_str();
        let colon = said_with_colon(text, scan, i);
        let mut found: Vec<(Name, Range<usize>)> = Vec::new();
        let mut described: Vec<Described> = Vec::new();
        // "In a statement Saturday, BuzzFeed spokesman Matt Mittenthal doubled down".
        if let Some(n) = opener::utterance_subject(text, scan, &self.runs, &self.starts, i)
            .and_then(|r| self.named(r))
        {
            let span = n.span.clone();
            found.push((n, span));
        }
        // "BuzzFeed published the story": BuzzFeed reports, and the story is its own.
        if documents::published(text, scan, i)
            && let Some(Subject::Run(end)) = subject_before(text, scan, i)
            && let Some(n) = self.named(self.ends[end])
        {
            self.context.document = Some((n, "report".to_string(), self.passage));
        }
        // "Ana Ruiz went on to praise the crew": the subject of "went" speaks.
        let went = went_on_to(text, scan, i);
        let spoken = is_spoken(text, scan, i, went.is_some(), colon);
        // "…, serves several purposes, said Representative Ana Ruiz, Democrat of Ohio":
        // after a comma, a name that stands alone right after the verb is its subject,
        // whatever a walk back over the commas would find.
        let inverted = (spoken && INVERTED.contains(&w))
            .then(|| inverted_name(text, scan, &self.runs, &self.starts, i))
            .flatten()
            .and_then(|r| self.named(r))
            .filter(|n| !n.institution);
        // "…,” said a report from Kotak Institutional Equities.": the report's issuer.
        let issued_after = (spoken && inverted.is_none() && INVERTED.contains(&w))
            .then(|| documents::from_after(text, scan, i + 1))
            .flatten()
            .and_then(|f| object_after(text, scan, &self.starts, f))
            .filter(|&r| self.runs.get(r).is_some_and(|run| !toks[run.end - 1].possessive))
            .and_then(|r| self.named(r));
        if let Some(n) = inverted.or(issued_after) {
            let span = n.span.clone();
            found.push((n, span));
        } else if let Some(female) = (spoken && i >= 2).then(|| pronoun_office(scan, i)).flatten() {
            if let Some(n) = self.office_holder(i, female) {
                found.push((n, toks[i - 2].span.clone()));
            }
        } else if spoken && !answered_a_call(scan, i) && !played(text, scan, i) && !silent(scan, i)
        {
            self.by_subject(i, went, &mut found, &mut described);
        }
        // "“…,” Doreen Ruiz, the pilot's mother, sobbed": a name right after a quote
        // that a comma ends speaks it, whatever the verb.
        let named = |r: usize| self.named(r);
        let surname = |r: usize, known: &Named| self.surname(r, known);
        if let Some(n) =
            named_subject::after_quote_name(&self.at(), i, &named, &surname, &self.known)
        {
            let span = n.span.clone();
            found.push((n, span));
        }
        let after = |k: usize| {
            toks.get(i + k).filter(|n| is_space(scan.gap_before(text, i + k)) && !n.quoted)
        };
        if matches!(w, "spoke" | "talked" | "speaking" | "talking")
            && after(1).is_some_and(|n| matches!(n.folded.as_str(), "to" | "with"))
            && after(2).is_some_and(|n| matches!(n.folded.as_str(), "a" | "an" | "one"))
            && let Some(head) = (3..5)
                .take_while(|&k| after(k).is_some_and(|n| !n.cap))
                .find(|&k| person_noun(&toks[i + k].folded))
        {
            self.interviewed = Some(unnamed::described(text, scan, i + 2..i + head + 1, true).name);
        }
        let named = |r: usize| self.named(r);
        if let Some(k) = according::cited_at(&self.at(), i, &named) {
            let last_source = self.seen_names.last().cloned().or(self.last_cited.clone());
            let (cited, described_here) =
                according::cited_by(&self.at(), i, k, &named, &self.known, last_source);
            found.extend(cited);
            described.extend(described_here);
        }
        // "he reportedly told investigators": reports that no one names.
        if w == "reportedly" {
            described.push(unnamed::described(text, scan, i..i + 1, true));
        }
        // "a promising start", "the saying goes": after an article it describes a noun.
        let adjective = i > 0 && is_article(&toks[i - 1].folded) && !toks[i - 1].quoted;
        if (PARTICIPLES.contains(&w)
            || (w == "pointing" && after(1).is_some_and(|n| n.folded == "out"))
            // "calling him “a total stiff”": naming, with the words quoted.
            || (w == "calling" && quote_close_after(text, scan, i)))
            && !adjective
            && !played(text, scan, i)
            && !summed(scan, i)
            && !reporting::won(scan, i)
            && let Some(n) = participle_subject(&self.at(), i, self.canon, &named)
        {
            let span = n.span.clone();
            found.push((n, span));
        }
        // "Lieven: ‘…’" — a name, a colon, a quote. "TAPPER: Do you think …" — a
        // transcript's speaker, a person, opening the passage.
        if let Some(n) = transcript::before_colon(&self.at(), i, &named, &self.known) {
            let span = n.span.clone();
            found.push((n, span));
        }
        (found, described)
    }

    /// "His office said": the person a "he" (or with `female`, a "she") would be before
    /// token `i`, whose office speaks.
    fn office_holder(&self, i: usize, female: bool) -> Option<Name> {
        let fits = |n: &Name| !n.institution && self.known.fits(n, Some(female));
        self.last_person
            .clone()
            .map(|(n, _)| n)
            .filter(fits)
            .or_else(|| {
                let full = |n: &Name| fits(n) && n.shown.contains(' ');
                (0..self.runs.len())
                    .rev()
                    .filter(|&r| self.runs[r].end <= i)
                    .filter_map(|r| self.named(r))
                    .find(full)
            })
            .or_else(|| self.previous.clone().filter(fits))
            .or_else(|| self.before_passage.clone().filter(fits))
    }
}
