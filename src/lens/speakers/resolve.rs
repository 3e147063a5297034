//! A description made definite ("the service said", "Mr. Fishman’s office says",
//! "officials at the ministry") resolved to the institution or person named before it.

use super::refer::Named;
use super::words::{BETWEEN, FIRMS, PERSON_ROLES, VERBS};
use crate::lens::model::Name;
use crate::lens::names::Canon;
use crate::lens::scan::{Scan, is_space};
use crate::lens::unnamed::Described;

/// A definite institution ("the service said") as the one named before whose name
/// ends with its noun, if any.
pub(super) fn resolved(d: Described, known: &Named) -> Described {
    // "Blodgett’s office says": the person named before, whose office speaks for them.
    // "The sheriff’s office" is the office's own: only a name owns one here.
    let named_owner = d.name.shown.starts_with(char::is_uppercase);
    // "Trump's team had denied it", "the Romney team said": a candidate's team speaks
    // for the candidate, as a campaign does; "the president's team" for the president.
    if let Some((owner, noun @ ("office" | "campaign" | "team"))) = d.name.key.split_once(' ')
        && !d.unnamed
    {
        let role = PERSON_ROLES.contains(&owner);
        let person = if named_owner && !role {
            known.by_key(owner)
        } else if role && noun == "team" {
            known.by_role(owner)
        } else {
            None
        };
        if let Some(name) = person {
            return Described { name, unnamed: false };
        }
    }
    // "Sheriff's deputies identified …" after "Marion County Sheriff's deputies": the
    // force named before by its office's word, not a sheriff named as a person.
    if let Some(("sheriff", "deputies")) =
        d.name.key.strip_prefix("unnamed:").and_then(|k| k.split_once(' '))
        && let Some(name) = known.institution_ending("sheriff")
    {
        return Described { name, unnamed: false };
    }
    // A team no one named is a group of people, not an institution.
    if !d.unnamed && (d.name.key == "team" || d.name.key.ends_with(" team")) {
        let key = format!("unnamed:{}", d.name.key);
        return Described { name: Name { key, institution: false, ..d.name }, unnamed: true };
    }
    // "The office said" after "Mr. Fishman’s office": the person it belongs to.
    if d.name.key == "office"
        && !d.unnamed
        && let Some(name) = known.office_holder()
    {
        return Described { name, unnamed: false };
    }
    // "The company said", "the tech giant said": a firm named before by its own name.
    let noun = d.name.key.rsplit(' ').next().unwrap_or("");
    if !d.unnamed && FIRMS.contains(&noun) && !named_owner {
        // Only "company", "firm" and "giant" are said of any organisation; "the bank"
        // or "the agency" refers to one whose name ends so, or to no one named.
        let any = matches!(noun, "company" | "firm" | "giant");
        if let Some(name) =
            known.institution_ending(noun).or_else(|| any.then(|| known.organisation()).flatten())
        {
            return Described { name, unnamed: false };
        }
        if !any && !d.name.key.contains(' ') {
            return Described { unnamed: true, ..d };
        }
    }
    if d.unnamed || d.name.key.contains(' ') {
        return d;
    }
    match known.institution_ending(&d.name.key) {
        Some(name) => Described { name, unnamed: false },
        None => d,
    }
}

/// The named institution whose members an unnamed description is ("officials with the
/// department", "officials at the ministry"): the one named before whose head the
/// noun after "the" is.
pub(super) fn members_of(text: &str, scan: &Scan, d: &Described, known: &Named) -> Option<Name> {
    let toks = &scan.toks;
    if !d.unnamed {
        return None;
    }
    let h = toks.iter().position(|t| t.span.end == d.name.span.end)?;
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| !t.quoted && !t.cap && is_space(scan.gap_before(text, k)))
            .map(|t| t.folded.as_str())
    };
    if !matches!(word(h + 1), Some("with" | "of" | "at" | "from")) || word(h + 2) != Some("the") {
        return None;
    }
    let noun = word(h + 3)?;
    // The institution's noun ends the phrase: "officials at the department store" is
    // not the department.
    let ends = toks.get(h + 4).is_none_or(|n| {
        !is_space(scan.gap_after(text, h + 3))
            || VERBS.contains(&n.folded.as_str())
            || BETWEEN.contains(&n.folded.as_str())
    });
    ends.then(|| known.institution_ending(noun)).flatten()
}

/// "The Cooks said" after "Jaibreon Cook": a surname in the plural, made definite, is
/// the family of someone named before, an unnamed source. `start..=end` is the run
/// before the verb ("The" opening a sentence is inside it).
pub(super) fn family_by_surname(
    scan: &Scan,
    start: usize,
    end: usize,
    known: &Named,
    canon: &Canon,
) -> bool {
    let toks = &scan.toks;
    let the = |k: usize| toks[k].folded == "the";
    ((end == start + 1 && the(start)) || (end == start && start > 0 && the(start - 1)))
        && toks[end].folded.len() > 3
        && toks[end]
            .folded
            .strip_suffix('s')
            .is_some_and(|one| known.by_key(canon.get(one)).is_some_and(|n| !n.institution))
}
