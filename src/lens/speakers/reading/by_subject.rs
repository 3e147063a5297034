//! Whom the subject before a verb of saying stands for: a name, a description, a role
//! named before, a statement, a document and its issuer, "it", "they", and the subject
//! of a clause "and" or "but" joins, or the name after an inverted verb.

use super::Reading;
use crate::lens::model::{Name, SourceKind};
use crate::lens::names::Canon;
use crate::lens::scan::is_space;
use crate::lens::speakers::clause::clause_subject;
use crate::lens::speakers::object::*;
use crate::lens::speakers::place::*;
use crate::lens::speakers::refer::Named;
use crate::lens::speakers::resolve::{members_of, resolved};
use crate::lens::speakers::subject::{PAPERS, subject_before};
use crate::lens::speakers::subject_kind::Subject;
use crate::lens::speakers::words::*;
use crate::lens::speakers::{documents, named_subject};
use crate::lens::unnamed::{self, Described};
use std::ops::Range;

impl Reading<'_> {
    /// The sources the subject of the verb at token `i` (or of "went" before it, at
    /// `went`) cites, added to `found` and `described`.
    pub(super) fn by_subject(
        &mut self,
        i: usize,
        went: Option<usize>,
        found: &mut Vec<(Name, Range<usize>)>,
        described: &mut Vec<Described>,
    ) {
        let (text, scan, passage) = (self.text, self.scan, self.passage);
        let toks = &scan.toks;
        let t = &toks[i];
        let w = t.folded.as_str();
        match subject_before(text, scan, went.unwrap_or(i)) {
            Some(Subject::Run(end)) => {
                let named = |r: usize| self.named(r);
                let surname = |r: usize, known: &Named| self.surname(r, known);
                let canon: &Canon = self.canon;
                let (cited, described_here) = named_subject::stands_for(
                    &self.at(),
                    canon,
                    &named,
                    &surname,
                    &self.known,
                    went.unwrap_or(i),
                    end,
                );
                found.extend(cited);
                described.extend(described_here);
            }
            Some(Subject::Described(d)) => {
                found.extend(members_of(text, scan, &d, &self.known).map(|n| {
                    let span = n.span.clone();
                    (n, span)
                }));
                described.push(resolved(d, &self.known));
            }
            Some(Subject::Role(h)) => {
                let paper = PAPERS.contains(&toks[h].folded.as_str());
                let role = kin(&toks[h].folded).unwrap_or(&toks[h].folded);
                let n = if paper { self.known.publication() } else { self.known.by_role(role) };
                if let Some(n) = n {
                    found.push((n, toks[h].span.clone()));
                } else if !paper {
                    // "the sheriff said", "Ruiz's attorney said", with no one named
                    // in that role before: a description in a name's place.
                    let owner = h.checked_sub(1).filter(|&k| toks[k].possessive).unwrap_or(h);
                    described.push(unnamed::described(text, scan, owner..h + 1, true));
                }
            }
            Some(Subject::Statement) => {
                let n = self.seen_names.last().cloned().or(self.last_cited.clone());
                found.extend(n.map(|n| (n, t.span.clone())));
            }
            Some(Subject::Issued(d, noun)) => {
                let d = resolved(d, &self.known);
                let noun = documents::kind(&toks[noun].folded).to_string();
                self.context.document = Some((d.name.clone(), noun, passage));
                described.push(d);
            }
            Some(Subject::IssuedRun(end, noun)) => {
                if let Some(n) = self.named(self.ends[end]) {
                    let noun = documents::kind(&toks[noun].folded).to_string();
                    self.context.document = Some((n.clone(), noun, passage));
                    let span = n.span.clone();
                    found.push((n, span));
                }
            }
            Some(Subject::Document(noun)) => match &mut self.context.document {
                Some((n, w, at)) if *w == documents::kind(&toks[noun].folded) => {
                    *at = passage;
                    found.push((n.clone(), toks[noun].span.clone()));
                }
                _ => described.push(unnamed::described(text, scan, noun..noun + 1, true)),
            },
            Some(Subject::It) => {
                if let Some((n, _, at)) = &mut self.context.document
                    && *at + 1 >= passage
                {
                    *at = passage;
                    found.push((n.clone(), t.span.clone()));
                }
            }
            Some(Subject::Plural) => {
                let both = self
                    .pair
                    .clone()
                    .or_else(|| self.pair_before.clone().filter(|_| !self.other_cited));
                self.pair_used |= self.pair.is_none() && both.is_some();
                if let Some((a, b)) = both {
                    found.push((a, t.span.clone()));
                    found.push((b, t.span.clone()));
                } else if let Some((n, kind, _)) =
                    self.context.group.clone().filter(|g| g.2 + 1 >= passage)
                {
                    // "Then he ran, they said." after "Apopka police said".
                    described.push(Described { name: n, unnamed: kind == SourceKind::Unnamed });
                }
            }
            Some(Subject::Pronoun(p)) => {
                if let Some(n) = self.pronoun(i, p, described) {
                    found.push((n, toks[p].span.clone()));
                }
            }
            // "Grimm stormed back and said": the subject of the clause. "Ruiz backed
            // the plan at first but said …": the clause before the "but", whose
            // own clause has no subject.
            // "Kasich offered him a job, then says …", "… and then said": "then"
            // after a comma or a conjunction joins so too.
            None if i > 0
                && (matches!(toks[i - 1].folded.as_str(), "and" | "but")
                    || (toks[i - 1].folded == "then"
                        && i > 1
                        && (scan.gap_before(text, i - 1).trim() == ","
                            || matches!(toks[i - 2].folded.as_str(), "and" | "but"))))
                && !toks[i - 1].quoted
                && is_space(scan.gap_before(text, i)) =>
            {
                let clause = if toks[i - 1].folded == "but" { i - 1 } else { i };
                if let Some(n) = clause_subject(text, scan, &self.runs, clause, self.canon) {
                    let span = n.span.clone();
                    found.push((n, span));
                }
            }
            // "“…,” said X", ", writes X": a verb before its subject follows a
            // quote or a clause's edge ("who claimed Moore pursued them" is no
            // inversion).
            None if INVERTED.contains(&w) && inverted_at(text, scan, i) => {
                if let Some(n) =
                    object_after(text, scan, &self.starts, i + 1).and_then(|r| self.named(r))
                {
                    let span = n.span.clone();
                    found.push((n, span));
                } else if let Some(n) = role_after(text, scan, i + 1, &self.known) {
                    let span = n.span.clone();
                    found.push((n, span));
                } else if let Some(n) =
                    apposed_after(text, scan, &self.starts, i + 1).and_then(|r| self.named(r))
                {
                    // "said the statement from his lawyer, Ana Ruiz.": the name.
                    let span = n.span.clone();
                    found.push((n, span));
                } else if let Some(d) = unnamed::starting_at(text, scan, i + 1, true) {
                    described.push(resolved(d, &self.known));
                }
            }
            None => {}
        }
    }
}
