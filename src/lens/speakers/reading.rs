//! The reading of one passage: what `find` carries from word to word (the people named
//! and cited so far, the pair, the lone unnamed witness) and what it took over from the
//! passage before, with the steps that read a word as methods: noting who is named here
//! (see [`people`]), the attributions a word makes (see [`attributions`]), whom a
//! subject stands for (see [`by_subject`]) or a pronoun means (see [`pronoun`]), and the
//! recording of what was found (see [`record`]).

mod attributions;
mod by_subject;
mod people;
mod pronoun;
mod record;

use super::casing::Casing;
use super::context::Antecedents;
use super::refer::Named;
use super::run_index::RunIndex;
use super::words::*;
use crate::lens::model::Name;
use crate::lens::names::{Canon, name, runs};
use crate::lens::scan::Scan;
use crate::lens::unnamed;
use std::ops::Range;
use std::rc::Rc;

/// One passage being read, and the context it was read in.
pub(super) struct Reading<'a> {
    text: &'a str,
    scan: &'a Scan,
    passage: usize,
    canon: &'a Canon,
    context: &'a mut Antecedents,
    casing: Rc<Casing>,
    /// The passage's name runs, after any dateline.
    runs: Vec<Range<usize>>,
    /// The run that starts at each token, or `usize::MAX`.
    starts: Vec<usize>,
    /// The run that ends at each token, or `usize::MAX`.
    ends: Vec<usize>,
    /// The last person the passage before cited.
    previous: Option<Name>,
    /// The last person who opened a sentence in a passage before, and that passage.
    previous_named: Option<(Name, usize)>,
    /// The last person named in full in a passage before, wherever in it, and that
    /// passage.
    previous_any: Option<(Name, usize)>,
    /// Of the last opener and the last person named anywhere before this passage, the
    /// later: "he said" two passages after "the letter to Harry Reid", no one between.
    before_passage: Option<Name>,
    /// Everyone named so far in the article, for roles and surnames.
    known: Named,
    /// The last named source cited in the article, for "the statement said".
    last_cited: Option<Name>,
    /// The last named source the passage before cited, whose quotation a passage
    /// wholly in quotation marks carries on.
    quoting: Option<Name>,
    /// Whether this passage carries on the quotation of the passage before.
    carries_on: bool,
    /// The writer whose words a colon ending the passage before introduced.
    introducing: Option<Name>,
    /// The one unnamed person cited last in the passage before.
    lone_before: Option<Name>,
    /// The one unnamed person cited last in this passage, after any person named.
    lone_unnamed: Option<Name>,
    /// One unnamed person spoken to in this passage, after anyone named was cited
    /// ("spoke to one mother"): whom a "she said" after means.
    interviewed: Option<Name>,
    /// Two people who opened a sentence together before this passage, and in it; and
    /// whether a "they said" here meant the pair from before.
    pair_before: Option<(Name, Name)>,
    pair: Option<(Name, Name)>,
    pair_used: bool,
    /// Whether a source other than the pair was cited in this passage: "Police said the
    /// man fled. They said …" is the police's, not a pair's from before.
    other_cited: bool,
    /// Whether the passage is a headline in title case, whose capitals make no names.
    title_case: bool,
    /// The last person cited in this passage, with the sentence it was cited in.
    last_person: Option<(Name, usize)>,
    /// The key of each source cited in this passage and the sentence it was cited in:
    /// one attribution a sentence each.
    seen: Vec<(String, usize)>,
    /// The named sources cited in this passage, in order.
    seen_names: Vec<Name>,
    /// The people named so far in the sentence being read, and that sentence.
    sentence_people: Option<(usize, Vec<Name>)>,
}

impl<'a> Reading<'a> {
    /// Starts reading a passage, taking over what the passage before left in `context`.
    pub(super) fn new(
        text: &'a str,
        scan: &'a Scan,
        passage: usize,
        canon: &'a Canon,
        context: &'a mut Antecedents,
    ) -> Self {
        let toks = &scan.toks;
        let casing = context.casing.get_or_insert_with(|| Rc::new(Casing::of(text))).clone();
        // Nothing in a dateline is a source ("MOSCOW (Reuters) —").
        let from = unnamed::dateline(text, scan);
        let runs: Vec<Range<usize>> =
            runs(text, scan).into_iter().filter(|r| r.start >= from).collect();
        let mut ends = vec![usize::MAX; toks.len()];
        let mut starts = vec![usize::MAX; toks.len()];
        for (r, run) in runs.iter().enumerate() {
            ends[run.end - 1] = r;
            starts[run.start] = r;
        }
        let previous = context.last_person.take();
        let previous_named = context.last_named.take();
        let previous_any = context.last_any.take();
        let before_passage = match (&previous_named, &previous_any) {
            (Some((_, a)), Some((n, b))) if b > a => Some(n.clone()),
            (Some((n, _)), _) | (None, Some((n, _))) => Some(n.clone()),
            (None, None) => None,
        };
        let known = std::mem::take(&mut context.named);
        let last_cited = context.last_cited.take();
        let quoting = context.quoting.take();
        let carries_on =
            super::runon::carries_on(text, scan, std::mem::take(&mut context.open_quote));
        let introducing = context.introducing.take();
        let lone_before = context.lone_unnamed.take();
        let pair_before = context.pair.take();
        let title_case =
            toks.len() >= 4 && toks.iter().filter(|t| t.cap).count() * 4 >= toks.len() * 3;
        Reading {
            text,
            scan,
            passage,
            canon,
            context,
            casing,
            runs,
            starts,
            ends,
            previous,
            previous_named,
            previous_any,
            before_passage,
            known,
            last_cited,
            quoting,
            carries_on,
            introducing,
            lone_before,
            lone_unnamed: None,
            interviewed: None,
            pair_before,
            pair: None,
            pair_used: false,
            other_cited: false,
            title_case,
            last_person: None,
            seen: Vec::new(),
            seen_names: Vec::new(),
            sentence_people: None,
        }
    }

    /// The passage's runs indexed by token, for the readers of subjects and objects.
    fn at(&self) -> RunIndex<'_> {
        RunIndex {
            text: self.text,
            scan: self.scan,
            runs: &self.runs,
            starts: &self.starts,
            ends: &self.ends,
        }
    }

    /// "Time’s Assistant Managing Editor": an office owned by a name, capitalised as a
    /// title is, is a role, not the name of whoever holds it.
    fn owned_office(&self, run: &Range<usize>) -> bool {
        let toks = &self.scan.toks;
        run.start > 0 && toks[run.start - 1].possessive && person_noun(&toks[run.end - 1].folded)
    }

    /// The name run `r` reads as, if any.
    fn named(&self, r: usize) -> Option<Name> {
        self.runs
            .get(r)
            .filter(|run| !self.owned_office(run))
            .and_then(|run| name(self.text, self.scan, run.clone(), self.canon))
    }

    /// A surname met before in full ("King said" after "Cpl. Gabrielle King"), even
    /// where the word alone would read as a title.
    fn surname(&self, r: usize, known: &Named) -> Option<Name> {
        let toks = &self.scan.toks;
        let run = self.runs.get(r)?;
        (run.len() == 1 && !toks[run.start].possessive)
            .then(|| known.by_key(self.canon.get(&toks[run.start].folded)))
            .flatten()
    }

    /// Whether token `i` may make an attribution at all: a name starts or ends there,
    /// or it is a cue word or "in", or a verb before a colon.
    pub(super) fn may_cite(&self, i: usize) -> bool {
        let w = self.scan.toks[i].folded.as_str();
        self.ends[i] != usize::MAX
            || self.starts[i] != usize::MAX
            || cues().contains(w)
            || w == "in"
            || super::place::said_with_colon(self.text, self.scan, i)
    }
}
