//! The subject of a clause whose verb has none of its own: the name that opens the
//! sentence (whom "he said" may mean), or the first name of the clause a participle
//! ends ("Ana Ruiz backed the plan, saying …").

use super::object::described_after;
use super::preposition::{PREPOSITIONS, after_preposition, of_holder};
use super::run_index::RunIndex;
use super::words::*;
use crate::lens::model::Name;
use crate::lens::names::{Canon, name};
use crate::lens::scan::{Scan, is_space};
use crate::lens::unnamed;
use std::ops::Range;

/// The name that opens the sentence of token `i`, if it is a person's.
pub(super) fn sentence_opener(
    text: &str,
    scan: &Scan,
    runs: &[Range<usize>],
    i: usize,
    canon: &Canon,
) -> Option<Name> {
    let s = scan.toks[i].sentence;
    let first = scan.toks.iter().position(|t| t.sentence == s)?;
    let run = runs.iter().find(|r| r.start == first)?;
    // "For Kiev and its allies, …": a name after a preposition is no subject; nor is
    // a name that "The" opens a person's ("The Internet has made it possible, she
    // said").
    let opener = scan.toks[first].folded.as_str();
    if crate::text::is_stop(opener) {
        return None;
    }
    // "Asked on CNN whether …, he said", "Talking about her win, she said": a participle
    // opening the sentence is no one "he" could be.
    if run.len() == 1 && opener_word(text, scan, first) {
        return None;
    }
    let n = name(text, scan, run.clone(), canon)?;
    (!n.institution
        && !described_after(text, scan, run.end - 1)
        && !scan.toks[run.end - 1].possessive)
        .then_some(n)
}

/// Whether the word at `k`, opening its sentence, reads as an opener rather than a
/// name: a participle or adverb ("Asked", "Speaking", "Shortly"), or a label before a
/// colon ("Updated:").
pub(super) fn opener_word(text: &str, scan: &Scan, k: usize) -> bool {
    let w = scan.toks[k].folded.as_str();
    let shaped = w.len() >= 5 && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly"));
    // "Husted continued by saying": a name so spelt, when a verb follows it.
    let verb_next = scan.toks.get(k + 1).is_some_and(|n| {
        !n.cap
            && !n.quoted
            && is_space(scan.gap_after(text, k))
            && ((n.folded.len() > 4 && n.folded.ends_with("ed"))
                || matches!(n.folded.as_str(), "has" | "had" | "is" | "was" | "said" | "says"))
    });
    (shaped && !verb_next) || scan.gap_after(text, k).trim_start().starts_with(':')
}

/// Prepositions that open a phrase of place or time before a clause's subject.
const LEADS: &[&str] =
    &["after", "at", "before", "during", "following", "for", "in", "on", "since", "with"];

/// Prepositions of place before a town ("in Salem, New Hampshire").
const LOCATIVE: &[&str] = &["in", "at", "from", "near"];

/// The subject of the clause a participle ends: the first name of the clause, which
/// starts at the sentence or after "while", "whereas", "but", ";".
pub(super) fn clause_subject(
    text: &str,
    scan: &Scan,
    runs: &[Range<usize>],
    i: usize,
    canon: &Canon,
) -> Option<Name> {
    let toks = &scan.toks;
    let s = toks[i].sentence;
    let first = toks.iter().position(|t| t.sentence == s)?;
    // "WASHINGTON — With the Senate set to …,": the clause opens after the dateline.
    let dateline = unnamed::dateline(text, scan);
    let first = if dateline > first && dateline < i { dateline } else { first };
    let mut start = (first..i)
        .rev()
        .find(|&k| {
            matches!(toks[k].folded.as_str(), "while" | "whereas" | "but")
                || scan.gap_before(text, k).contains(';')
                // "when Rubio thanked Miami and said": a clause of its own when a name
                // follows.
                || (matches!(toks[k].folded.as_str(), "when" | "although" | "though")
                    && toks.get(k + 1).is_some_and(|n| n.cap && !n.quoted))
        })
        .unwrap_or(first);
    // "In a CNN interview, Ana Ruiz …": an opening phrase of place or time is passed
    // over to its comma.
    // "Asked whether …, Ana Ruiz …": so is an opening participle's phrase.
    let participle = start == first
        && toks[start].cap
        && opener_word(text, scan, start)
        && !scan.gap_after(text, start).trim_start().starts_with(':');
    let reach = if participle { 24 } else { 12 };
    // "Among the Republicans vying …, there was": any preposition opening the sentence.
    // "Like Corker, Menendez also rejected …, arguing"; "While celebrating …, Trump
    // mocked …, saying": a comparison, or "while" and a participle, opening it too.
    let lead = LEADS.contains(&toks[start].folded.as_str())
        || (start == first
            && toks[start].cap
            && (PREPOSITIONS.contains(&toks[start].folded.as_str())
                || toks[start].folded == "like"))
        || (matches!(toks[start].folded.as_str(), "while" | "when")
            && toks.get(start + 1).is_some_and(|t| {
                !t.cap && !t.quoted && t.folded.len() > 4 && t.folded.ends_with("ing")
            }))
        // "When asked whom she supported, Ms. Sherry smiled and said": a clause of time
        // or condition opening the sentence, its own pronouns inside it.
        || (start == first
            && toks[start].cap
            && matches!(toks[start].folded.as_str(), "when" | "once" | "if" | "as" | "because")
            && toks.get(start + 1).is_some_and(|t| !t.cap && !t.quoted));
    if (lead || participle)
        && let Some(c) = (start + 1..i.min(start + reach))
            .find(|&k| scan.gap_before(text, k).contains(',') && !toks[k].quoted)
    {
        start = c;
        // "Despite being surrounded by Clinton haters, led by Rudy Giuliani, Trump …":
        // a participle's phrase after the comma still opens the sentence.
        while !toks[start].cap
            && !toks[start].quoted
            && (toks[start].folded.ends_with("ed") || toks[start].folded.ends_with("ing"))
            && !PREPOSITIONS.contains(&toks[start].folded.as_str())
            && let Some(c) = (start + 1..i.min(start + reach))
                .find(|&k| scan.gap_before(text, k).contains(',') && !toks[k].quoted)
        {
            start = c;
        }
        // "Speaking in Salem, New Hampshire, Trump …": a town's state after its comma
        // is still the opening phrase.
        let town = toks[c - 1].cap
            && (c.saturating_sub(4)..c - 1).any(|k| LOCATIVE.contains(&toks[k].folded.as_str()));
        if town
            && let Some(state) = runs.iter().find(|r| r.start == c && r.end < i)
            && scan.gap_before(text, state.end).contains(',')
        {
            start = state.end;
        }
    }
    // The first run of the clause, if it is near its start (a subject, not an object);
    // a capitalised opener ("Asked whether…", "Shortly after…", "Updated:") is no name.
    let run = runs
        .iter()
        .filter(|r| r.start >= start && r.end <= i)
        .filter(|r| !(r.len() == 1 && r.start == first && opener_word(text, scan, r.start)))
        // "On Tuesday, Mr. Perry …, saying": a run that names no one is passed over;
        // so is one after a preposition ("An executive from Apple Inc. …, citing").
        .filter(|r| !after_preposition(text, scan, r.end - 1) || of_holder(text, scan, r.end - 1))
        .find(|r| name(text, scan, (*r).clone(), canon).is_some())?;
    // "She also compared Trump to …, saying": a pronoun opening the clause is its
    // subject, and the name after it an object.
    if (start..run.start).any(|k| {
        !toks[k].quoted && matches!(toks[k].folded.as_str(), "he" | "she" | "they" | "we" | "i")
    }) {
        return None;
    }
    // "Trump lawyer Rudy Giuliani …", "Democratic presidential candidate Sen. Bernie
    // Sanders …": a role (up to three lower-case words ending in a person's noun)
    // between two names makes the second the subject.
    let mut k = run.end;
    // "Tenney took down businessman Steve Wells": a verb and its particle are no role.
    while k < i.min(run.end + 3)
        && !toks[k].cap
        && !toks[k].quoted
        && !crate::text::is_stop(&toks[k].folded)
        && is_space(scan.gap_before(text, k))
    {
        k += 1;
    }
    let role = k > run.end && person_noun(&toks[k - 1].folded);
    let run = match runs.iter().find(|r| r.start == k) {
        Some(holder) if role && is_space(scan.gap_before(text, k)) && holder.end <= i => holder,
        // "The Florida senator is predicting": a place before a role is the role's.
        _ if toks.get(run.end).is_some_and(|t| !t.cap && person_noun(&t.folded))
            && name(text, scan, run.clone(), canon)
                .is_some_and(|n| crate::lens::places::is_place(&n.shown)) =>
        {
            return None;
        }
        _ => run,
    };
    // Words inside a quotation that opens the sentence do not count: "“…,” Ana
    // Ruiz was quoted as saying".
    // "Republican presidential front-runner Donald Trump is insisting": the role
    // before the name is part of the subject, not words before it.
    let mut lead = run.start;
    if lead > start && !toks[lead - 1].cap && person_noun(&toks[lead - 1].folded) {
        let joined = |k: usize| {
            !toks[k - 1].quoted
                && (is_space(scan.gap_before(text, k)) || scan.hyphened_before(text, k))
        };
        let mut n = 0;
        while lead > start && n < 5 && joined(lead) {
            lead -= 1;
            n += 1;
        }
    }
    let before = (start..lead).filter(|&k| !toks[k].quoted).count();
    if before > 3 || described_after(text, scan, run.end - 1) || toks[run.end - 1].possessive {
        return None;
    }
    // "Every Senate Republican signed, vowing …": a name after a quantifier is a kind
    // of people, no one in particular.
    let quantified = |k: usize| QUANTIFIERS.contains(&toks[k].folded.as_str());
    if quantified(run.start) || (run.start > 0 && quantified(run.start - 1)) {
        return None;
    }
    name(text, scan, run.clone(), canon)
}

/// Words that make the name after them a kind of people ("every Senate Republican").
const QUANTIFIERS: &[&str] = &["all", "each", "every", "many", "most", "several", "some"];

/// The subject of the participle at token `i` ("…, saying"): the name right before it,
/// or the subject of the clause it ends.
pub(super) fn participle_subject(
    at: &RunIndex,
    i: usize,
    canon: &Canon,
    named: &impl Fn(usize) -> Option<Name>,
) -> Option<Name> {
    let RunIndex { text, scan, runs, ends, .. } = *at;
    let toks = &scan.toks;
    // "The ad ends with Perry claiming …": a name right before the participle is
    // its subject, wherever the clause began; not the object of a preposition
    // other than that "with" ("the letter to Tom Berg warning him" is the letter's).
    let next_to = || {
        let r = *ends.get(i.checked_sub(1)?)?;
        let run = runs.get(r)?;
        let last = &toks[run.end - 1];
        let with = run.start > 0 && toks[run.start - 1].folded == "with";
        // "a call from UAMS saying …": the caller.
        let from = run.start > 1
            && toks[run.start - 1].folded == "from"
            && (matches!(toks[run.start - 2].folded.as_str(), "call" | "calls" | "message")
                || STATEMENTS.contains(&toks[run.start - 2].folded.as_str()));
        let object = after_preposition(text, scan, run.end - 1) && !with && !from;
        (is_space(scan.gap_before(text, i)) && !last.possessive && !last.quoted && !object)
            .then(|| named(r))
            .flatten()
    };
    // "companies are writing custom apps": after a form of "be" the participle is a
    // verb, and a common noun right before that is its subject, no one named.
    let common_subject = i >= 2
        && matches!(toks[i - 1].folded.as_str(), "is" | "are" | "was" | "were")
        && !toks[i - 1].quoted
        && !toks[i - 2].cap
        && !toks[i - 2].quoted
        && is_space(scan.gap_before(text, i - 1))
        && !matches!(toks[i - 2].folded.as_str(), "he" | "she" | "they" | "who" | "also");
    if common_subject {
        return None;
    }
    next_to().or_else(|| clause_subject(text, scan, runs, i, canon))
}
