//! A source cited as the object of a phrase, not the subject of a verb: "according to
//! X", "quoting X", "quoted in X", "announced by X", "in the view of X", "in a chat
//! with X", "a statement from X".

use super::apposed;
use super::documents;
use super::object::{object_after, role_after};
use super::refer::Named;
use super::resolve::{members_of, resolved};
use super::run_index::RunIndex;
use super::verb_context::statement_at;
use super::words::{CONVERSATIONS, PASSIVE, STATEMENTS, owner_pronoun, person_noun};
use crate::lens::model::Name;
use crate::lens::names::is_role;
use crate::lens::scan::is_space;
use crate::lens::unnamed::{self, Described};
use std::ops::Range;

/// The token where the source begins when the word at `i` opens a phrase that cites one
/// ("according to", "quoted by", "a statement from").
pub(super) fn cited_at(
    at: &RunIndex,
    i: usize,
    named: &impl Fn(usize) -> Option<Name>,
) -> Option<usize> {
    let RunIndex { text, scan, runs, starts, .. } = *at;
    let toks = &scan.toks;
    let t = &toks[i];
    let w = t.folded.as_str();
    let after =
        |k: usize| toks.get(i + k).filter(|n| is_space(scan.gap_before(text, i + k)) && !n.quoted);
    match w {
        "according" if after(1).is_some_and(|n| n.folded == "to") => Some(i + 2),
        "quoting" => Some(i + 1),
        "quoted" | "cited" if after(1).is_some_and(|n| n.folded == "in" || n.folded == "by") => {
            Some(i + 2)
        }
        // "in the view of the ministry"; "a favorable view of Clinton" is what
        // others think of her.
        "view"
            if after(1).is_some_and(|n| n.folded == "of")
                && i.checked_sub(1).is_some_and(|k| toks[k].folded == "the") =>
        {
            Some(i + 2)
        }
        _ if PASSIVE.contains(&w) && after(1).is_some_and(|n| n.folded == "by") => Some(i + 2),
        // "in a fireside chat with Marc Benioff": whom the talk was with. "His
        // discussion with Trump" is told by its owner; "to chat with" is a verb.
        _ if CONVERSATIONS.contains(&w)
            && !t.cap
            && !i
                .checked_sub(1)
                .is_some_and(|k| owner_pronoun(&toks[k].folded) || toks[k].folded == "to")
            && after(1).is_some_and(|n| n.folded == "with" || n.folded == "between") =>
        {
            // "with Salesforce founder Marc Benioff": the person after the body's
            // name and a role in lower case.
            let body = (2..6).take_while(|&k| after(k).is_some_and(|n| n.cap)).last();
            let person = body.and_then(|b| {
                // "founder and co-CEO": a role may join two; "Johnson and Corbyn"
                // are two people.
                if toks.get(i + b + 1).is_none_or(|n| n.cap || n.folded == "and") {
                    return None;
                }
                (b + 1..b + 7)
                    .take_while(|&k| toks.get(i + k).is_some_and(|n| !n.quoted))
                    .find(|&k| {
                        // "with Trump was about Israel": the words between
                        // must end in a role.
                        let role = |w: &str| person_noun(w) || is_role(w);
                        starts.get(i + k).is_some_and(|&r| r != usize::MAX)
                            && (b + 1..k).all(|j| !toks[i + j].cap || toks[i + j].upper)
                            && (role(&toks[i + k - 1].folded) || is_role(&toks[i + k].folded))
                    })
                    .filter(|&k| named(starts[i + k]).is_some_and(|n| !n.institution))
            });
            Some(i + person.unwrap_or(2))
        }
        // "released a letter from his physician, Dr. Ana Ruiz": a statement is its
        // author's words, wherever it stands in the sentence.
        _ if STATEMENTS.contains(&w)
            && !t.cap
            && after(1).is_some_and(|n| n.folded == "from" || n.folded == "by") =>
        {
            // "from his longtime physician Dr. Ana Ruiz": the tie before the name.
            let tie = after(2).is_some_and(|n| owner_pronoun(&n.folded));
            let name_at = tie
                .then(|| {
                    (3..6)
                        .take_while(|&k| after(k).is_some())
                        .find(|&k| after(k).is_some_and(|n| n.cap))
                })
                .flatten()
                .filter(|&k| (3..k).all(|j| after(j).is_some_and(|n| !n.cap)));
            // "the statement from Grimm's attorney, William McGinley": the attorney's.
            let at = i + name_at.unwrap_or(2);
            let owner = runs.get(starts.get(at).copied().unwrap_or(usize::MAX));
            (!owner.is_some_and(|run| toks[run.end - 1].possessive)).then_some(at)
        }
        _ => None,
    }
}

/// Whom the phrase of citing at token `i` cites, its source beginning at token `k`: the
/// names found, and the descriptions in a name's place. `last_source` is the source
/// cited last, who issued "the statement" the phrase may cite.
pub(super) fn cited_by(
    at: &RunIndex,
    i: usize,
    k: usize,
    named: &impl Fn(usize) -> Option<Name>,
    known: &Named,
    last_source: Option<Name>,
) -> (Vec<(Name, Range<usize>)>, Vec<Described>) {
    let RunIndex { text, scan, runs, starts, ends } = *at;
    let toks = &scan.toks;
    let t = &toks[i];
    let mut found = Vec::new();
    let mut described = Vec::new();
    if toks.get(k).is_some_and(|n| n.folded == "whom") {
        // "Biden, according to whom": the name before the comma.
        if let Some(n) = (0..i)
            .rev()
            .find(|&j| ends[j] != usize::MAX && toks[j].sentence == t.sentence)
            .and_then(|j| named(ends[j]))
        {
            let span = n.span.clone();
            found.push((n, span));
        }
    } else if let Some(n) = documents::from_after(text, scan, k)
        .and_then(|f| object_after(text, scan, starts, f))
        .and_then(named)
    {
        // "according to a statement from the Harbour Trust": its issuer.
        let span = n.span.clone();
        found.push((n, span));
    } else if statement_at(text, scan, k) {
        // "according to the statement": the source cited last issued it.
        found.extend(last_source.map(|n| (n, t.span.clone())));
    } else if let Some(d) = unnamed::starting_at(text, scan, k, false)
        .filter(|d| !d.unnamed && d.name.key.contains(' '))
    {
        // "according to Houston police": the place and its force, not the place;
        // "according to Floyd County police Lt. Dan Pendley": the officer.
        let head = toks.iter().position(|t| t.span.end == d.name.span.end);
        let officer = head
            .filter(|&h| is_space(scan.gap_after(text, h)))
            .and_then(|h| object_after(text, scan, starts, h + 1))
            .and_then(named)
            .filter(|n| !n.institution);
        match officer {
            Some(n) => {
                let span = n.span.clone();
                found.push((n, span));
            }
            None => described.push(d),
        }
    } else if let Some(r) = object_after(text, scan, starts, k).filter(|&r| named(r).is_some()) {
        // "according to NBC and the AP": both.
        let second = runs.get(r).and_then(|run| {
            let and = run.end;
            let joined = toks.get(and).is_some_and(|t| t.folded == "and" && !t.cap)
                && is_space(scan.gap_before(text, and))
                && is_space(scan.gap_after(text, and));
            joined.then(|| object_after(text, scan, starts, and + 1)).flatten()
        });
        for n in [Some(r), second].into_iter().flatten().filter_map(named) {
            let span = n.span.clone();
            found.push((n, span));
        }
    } else if let Some(n) = role_after(text, scan, k, known) {
        let span = n.span.clone();
        found.push((n, span));
    } else if let Some(n) = apposed::person_apposed(text, scan, starts, k).and_then(named) {
        // "according to his uncle, Greg Johnston,": the name set off.
        let span = n.span.clone();
        found.push((n, span));
    } else if let Some(d) = unnamed::starting_at(text, scan, k, false) {
        found.extend(members_of(text, scan, &d, known).map(|n| {
            let span = n.span.clone();
            (n, span)
        }));
        described.push(resolved(d, known));
    }
    (found, described)
}
