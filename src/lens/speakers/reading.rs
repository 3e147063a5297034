//! The reading of one passage: what `find` carries from word to word (the people named
//! and cited so far, the pair, the lone unnamed witness) and what it took over from the
//! passage before, with the steps that read a word as methods: noting who is named
//! here, the attributions a word makes (see [`attributions`]), whom a subject stands
//! for (see [`by_subject`]) or a pronoun means (see [`pronoun`]), and the recording of
//! what was found (see [`record`]).

mod attributions;
mod by_subject;
mod pronoun;
mod record;

use super::casing::Casing;
use super::context::Antecedents;
use super::named_subject::joined_by_and;
use super::refer::Named;
use super::run_index::RunIndex;
use super::words::*;
use crate::lens::model::Name;
use crate::lens::names::{Canon, name, runs};
use crate::lens::scan::{Scan, is_space};
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
            .then(|| known.by_key(super::canon_key(self.canon, &toks[run.start].folded)))
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

    /// Notes who token `i` names, if it ends a name, and what a word outside quotation
    /// tells of the people named: a pair opening a sentence, the sex an owner's pronoun
    /// tells, whose office speaks.
    pub(super) fn note_people(&mut self, i: usize) {
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
            let holder =
                t.cap.then(|| self.known.by_key(super::canon_key(self.canon, w))).flatten();
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
