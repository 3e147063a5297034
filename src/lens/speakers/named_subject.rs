//! Whom a run of capitalised words that speaks stands for, right after a quote ("“…,”
//! Doreen Ruiz sobbed") or before a verb of saying: the person it names, the holder
//! before "of" ("Gov. Mike Pence of Indiana said"), a person named before "of the" and a
//! body, both of two names joined by "and", or a family known by its surname.

use super::chain;
use super::object::described_after;
use super::place::before_a_named_role;
use super::preposition::{HOLDER_LINKS, of_holder};
use super::refer::Named;
use super::resolve::family_by_surname;
use super::run_index::RunIndex;
use super::verb_context::after_quote;
use super::words::abbreviated;
use crate::lens::model::Name;
use crate::lens::names::Canon;
use crate::lens::scan::{Scan, is_space};
use crate::lens::unnamed::{self, Described};
use std::ops::Range;

/// The names the subject run ending at token `end` before the verb at `verb` stands
/// for, and the descriptions in a name's place.
pub(super) fn stands_for(
    at: &RunIndex,
    canon: &Canon,
    named: &impl Fn(usize) -> Option<Name>,
    surname: &impl Fn(usize, &Named) -> Option<Name>,
    known: &Named,
    verb: usize,
    end: usize,
) -> (Vec<(Name, Range<usize>)>, Vec<Described>) {
    let RunIndex { text, scan, runs, ends, .. } = *at;
    let toks = &scan.toks;
    let mut found = Vec::new();
    let mut descriptions = Vec::new();
    // "Stacy Baker of Columbia, South Carolina says": the state is the
    // town's, and the town is the holder's.
    let end = chain::town_before_state(text, scan, runs, ends, end, canon);
    // "Archbishop Aris Shirvanian of the Armenian Patriarchate told": a
    // person named in full before "of the" and a body speaks, not the body.
    let member_before = |start: usize| {
        (start >= 3
            && toks[start - 1].folded == "the"
            && !toks[start - 1].cap
            && toks[start - 2].folded == "of"
            && ends[start - 3] != usize::MAX)
            .then(|| named(ends[start - 3]))
            .flatten()
            .filter(|n| !n.institution && n.shown.contains(' '))
    };
    // "Gov. Mike Pence of Indiana, …, said": the person before "of" (and
    // before the body of "X of the Patriarchate of Jerusalem").
    let r = ends[end];
    let holder = runs
        .get(r)
        .and_then(|run| run.start.checked_sub(2))
        .filter(|&k| HOLDER_LINKS.contains(&toks[k + 1].folded.as_str()) && ends[k] != usize::MAX)
        .and_then(|k| member_before(runs[ends[k]].start).or_else(|| named(ends[k])))
        .filter(|n| !n.institution);
    let start = runs.get(r).map_or(0, |run| run.start);
    let after_of = start >= 2 && HOLDER_LINKS.contains(&toks[start - 1].folded.as_str());
    let member = member_before(start);
    let subject = if family_by_surname(scan, start, end, known, canon) {
        descriptions.push(unnamed::described(text, scan, end..end + 1, true));
        None
    } else if after_of && of_holder(text, scan, end) {
        holder
    } else if member.is_some() {
        member
    } else {
        named(r).or_else(|| surname(r, known))
    };
    // "WNEW reports the …": the word after the name is the verb itself,
    // not a noun it describes ("Ukrainian reports of shelling").
    // "…, the Los Angeles Times reports.": so is a verb that ends its
    // clause.
    let the_verb = end + 1 == verb
        && toks.get(verb + 1).is_none_or(|n| {
            n.sentence != toks[verb].sentence
                || !is_space(scan.gap_after(text, verb))
                || !matches!(n.folded.as_str(), "of" | "from" | "about" | "on")
        });
    let described = !the_verb && described_after(text, scan, end);
    if let Some(n) = subject.filter(|_| !described) {
        // "Qatar and Egypt announced": both speak.
        let other = joined_by_and(text, scan, start)
            .filter(|&k| !toks[k + 1].quoted && !described_after(text, scan, k))
            .and_then(|k| named(ends[k]));
        found.extend(other.map(|o| (o.clone(), o.span)));
        let span = n.span.clone();
        found.push((n, span));
    }
    (found, descriptions)
}

/// The name right after a quote that a comma ends, which speaks it whatever the verb
/// ("“…,” Doreen Ruiz, the pilot's mother, sobbed"): the run that starts at token `i`,
/// or after it when a title of one word opens it.
pub(super) fn after_quote_name(
    at: &RunIndex,
    i: usize,
    named: &impl Fn(usize) -> Option<Name>,
    surname: &impl Fn(usize, &Named) -> Option<Name>,
    known: &Named,
) -> Option<Name> {
    let RunIndex { text, scan, runs, starts, .. } = *at;
    let toks = &scan.toks;
    let t = &toks[i];
    if starts[i] == usize::MAX || i == 0 || !toks[i - 1].quoted || !after_quote(text, scan, i) {
        return None;
    }
    let r = starts[i];
    let r = if runs[r].len() == 1 && abbreviated(&t.folded) && scan.gap_after(text, i).trim() == "."
    {
        starts.get(i + 1).copied().unwrap_or(usize::MAX)
    } else {
        r
    };
    let run = runs.get(r)?;
    (!toks[run.end - 1].possessive
        && !described_after(text, scan, run.end - 1)
        && !before_a_named_role(text, scan, starts, run.end - 1))
    .then(|| named(r).or_else(|| surname(r, known)))
    .flatten()
}

/// The token two before `i` when a plain "and" joins it to `i` ("Qatar and Egypt"):
/// where the first of two names set side by side ends.
pub(super) fn joined_by_and(text: &str, scan: &Scan, i: usize) -> Option<usize> {
    let toks = &scan.toks;
    i.checked_sub(2).filter(|&k| {
        toks[k + 1].folded == "and"
            && is_space(scan.gap_before(text, k + 1))
            && is_space(scan.gap_before(text, i))
    })
}
