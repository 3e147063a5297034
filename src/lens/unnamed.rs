//! Sources that are not names, and names that are not sources.
//!
//! News copy often cites a description instead of a name: "officials said", "a senior
//! Western diplomat told …", "according to sources". These are unnamed sources: the
//! lens shows them, as such, apart from the named ones. A lower-case noun made definite
//! ("the defence ministry", "Ukraine's military") names an institution. And some
//! capitalised words look like names but name no one: a dateline ("MOSCOW —",
//! "KYIV, Ukraine (AP) —"), a party–state tag ("R-Texas", "D-Calif."), a weekday or a
//! month, a pronoun at the start of a sentence. The words they are made of are in
//! [`words`].

mod words;

use super::model::Name;
use super::scan::{Scan, is_space};
use crate::corpus::calendar::WEEKDAYS;
use crate::text::{is_date, is_stop};
use std::ops::Range;
use words::*;

/// A description that stands where a source's name would.
pub(crate) struct Described {
    pub name: Name,
    /// No one is named ("officials"); otherwise an institution ("the ministry").
    pub unnamed: bool,
}

/// Whether a description is of one person ("a witness", "the neighbor"), whom a "he"
/// or "she" may be: not many ("officials", "police", "people").
pub(crate) fn one_person(name: &Name) -> bool {
    let head = name.key.rsplit([' ', ':']).next().unwrap_or("");
    UNNAMED.contains(&head)
        && (!head.ends_with('s') || head.ends_with("ss"))
        && !matches!(head, "people" | "police" | "records" | "reports" | "indictment" | "medics")
}

/// Whether a token is a head noun of a description. Institutions count only in lower
/// case: a capitalised one ("the Defence Ministry") is a name and read as one.
fn head_kind(scan: &Scan, k: usize) -> Option<bool> {
    let t = scan.toks.get(k)?;
    let w = t.folded.as_str();
    if t.quoted || t.upper || t.possessive {
        return None;
    }
    // "Business Insider": one of them, capitalised after a capitalised word, is a
    // title's last word (so [`no_one`] reads it as a name); "Senate Democrats" are
    // still many.
    let titled = t.cap
        && !w.ends_with('s')
        && k > 0
        && scan.toks[k - 1].cap
        && !scan.toks[k - 1].quoted
        && scan.toks[k - 1].sentence == t.sentence;
    if titled {
        return None;
    }
    if UNNAMED.contains(&w) || FORCES.contains(&w) {
        Some(true)
    } else if INSTITUTIONS.contains(&w) && !t.cap {
        Some(false)
    } else {
        None
    }
}

/// Whether a word may stand inside a description, before its head.
fn modifies(scan: &Scan, k: usize) -> bool {
    let t = &scan.toks[k];
    let w = t.folded.as_str();
    // "US" folds to a stop word; in capitals it is a country.
    !t.quoted
        && (MODIFIERS.contains(&w)
            || INSTITUTIONS.contains(&w)
            || (t.cap && (t.upper || !is_stop(w)) && !t.possessive))
}

/// The description whose head noun is token `head`, read back to its determiner: the
/// subject of a verb of saying ("a senior official said").
pub(crate) fn ending_at(text: &str, scan: &Scan, head: usize) -> Option<Described> {
    let mut unnamed = head_kind(scan, head)?;
    let toks = &scan.toks;
    let force = FORCES.contains(&toks[head].folded.as_str());
    let sentence = toks[head].sentence;
    let (mut start, mut definite) = (head, false);
    let joined = |k: usize| toks[k].sentence == sentence && scan.joined_after(text, k);
    while start > 0 && head - start < 5 && joined(start - 1) {
        let k = start - 1;
        let w = toks[k].folded.as_str();
        if DETERMINERS.contains(&w) && !toks[k].quoted {
            definite |= w == "the";
            start = k;
            break;
        }
        if toks[k].possessive && !toks[k].quoted {
            // "Ukraine's military", "the country's army": definite by the owner.
            definite = true;
            start = k;
            continue;
        }
        if !modifies(scan, k) {
            break;
        }
        // "Tacoma police said": a place's name makes an institution definite.
        let place = toks[k].cap && !toks[k].upper && !MODIFIERS.contains(&w);
        unnamed &= !(force && place);
        definite |= !unnamed && place;
        start = k;
    }
    if unnamed && let Some(force) = force_of_members(text, scan, start, head) {
        return Some(force);
    }
    let before = start.checked_sub(1).filter(|&k| joined(k));
    if let Some(k) = before.filter(|&k| PREPOSITIONS.contains(&toks[k].folded.as_str())) {
        // "Officials at the ministry said": the speakers are the description before.
        return k.checked_sub(1).filter(|&h| joined(h)).and_then(|h| ending_at(text, scan, h));
    }
    (unnamed || definite).then(|| described(text, scan, start..head + 1, unnamed))
}

/// Members of a force: its own name before them names the force they speak for.
const MEMBERS: &[&str] = &["deputies", "detectives", "officers", "troopers"];

/// The last word of a force's name ("Marion County Sheriff's", "Ohio State Patrol").
const FORCE_NAMES: &[&str] = &["department", "office", "patrol", "police", "sheriff"];

/// "Marion County Sheriff's deputies say": members of a force after its name, of a place
/// and the force (two words at least), are the named force; "Sheriff's deputies" alone
/// and "the deputies" stay unnamed.
fn force_of_members(text: &str, scan: &Scan, start: usize, head: usize) -> Option<Described> {
    let toks = &scan.toks;
    if !MEMBERS.contains(&toks[head].folded.as_str()) {
        return None;
    }
    let first = (start..head).find(|&k| !DETERMINERS.contains(&toks[k].folded.as_str()))?;
    let owner = &toks[first..head];
    let last = owner.last()?;
    let named = owner.len() >= 2
        && owner.iter().all(|t| t.cap && !t.quoted)
        && FORCE_NAMES.contains(&last.folded.as_str());
    if !named {
        return None;
    }
    // Shown as the article spells it ("Ohio State Patrol"), without its possessive.
    let mut force = described(text, scan, first..head, false);
    let spelled = text.get(owner[0].span.start..last.span.end).unwrap_or("");
    let spelled = crate::text::without_possessive(spelled);
    force.name.shown = spelled.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(force)
}

/// The description that starts at token `k`: the object of "according to", or the
/// subject after an inverted verb ("…,” said a senior official"). `alone`: it must end
/// its clause, as an inverted subject does ("said people returned" is no inversion).
pub(crate) fn starting_at(text: &str, scan: &Scan, k: usize, alone: bool) -> Option<Described> {
    let toks = &scan.toks;
    let first = toks.get(k)?;
    let sentence = first.sentence;
    let joined = |j: usize| {
        toks.get(j).is_some_and(|t| t.sentence == sentence && !t.quoted)
            && j > 0
            && scan.joined_after(text, j - 1)
    };
    let mut definite = false;
    let mut j = k;
    if DETERMINERS.contains(&first.folded.as_str()) && !first.quoted {
        definite = first.folded == "the";
        j += 1;
    } else if first.possessive {
        definite = true;
        j += 1;
    }
    let mut head = None;
    let mut placed = false;
    while (j == k || joined(j)) && j < k + 6 && j < toks.len() {
        if let Some(unnamed) = head_kind(scan, j) {
            // "according to Houston police": the place makes the force an institution.
            let force = FORCES.contains(&toks[j].folded.as_str());
            head = Some((j, unnamed && !(force && placed)));
            definite |= force && placed;
        } else if !modifies(scan, j) {
            break;
        } else {
            let w = toks[j].folded.as_str();
            placed |= toks[j].cap && !toks[j].upper && !MODIFIERS.contains(&w);
        }
        j += 1;
    }
    // The description ends at its last head noun ("the ministry officials").
    let (h, unnamed) = head?;
    // "the Naples Police Department": a capitalised force that goes on is a name.
    if toks[h].cap && FORCES.contains(&toks[h].folded.as_str()) && joined(h + 1) && toks[h + 1].cap
    {
        return None;
    }
    if alone && toks.get(h + 1).is_some_and(|_| is_space(scan.gap_after(text, h))) {
        return None;
    }
    (unnamed || definite).then(|| described(text, scan, k..h + 1, unnamed))
}

/// A description's name: determiners dropped, generic words in lower case so that
/// "Officials" opening a sentence and "officials" inside one are one source.
pub(crate) fn described(text: &str, scan: &Scan, toks: Range<usize>, unnamed: bool) -> Described {
    let all = &scan.toks[toks.clone()];
    let skip = all.iter().take_while(|t| DETERMINERS.contains(&t.folded.as_str())).count();
    let words = &all[skip..];
    let shown: Vec<String> = words
        .iter()
        .map(|t| {
            let w = text.get(t.span.clone()).unwrap_or("");
            let generic = UNNAMED.contains(&t.folded.as_str())
                || FORCES.contains(&t.folded.as_str())
                || MODIFIERS.contains(&t.folded.as_str())
                || INSTITUTIONS.contains(&t.folded.as_str());
            if generic { w.to_lowercase() } else { w.to_string() }
        })
        .collect();
    let shown = shown.join(" ");
    let key: Vec<&str> = words.iter().map(|t| t.folded.as_str()).collect();
    let key = if unnamed { format!("unnamed:{}", key.join(" ")) } else { key.join(" ") };
    let span = match (words.first(), words.last()) {
        (Some(a), Some(b)) => a.span.start..b.span.end,
        _ => 0..0,
    };
    Described { name: Name { shown, key, span, institution: !unnamed }, unnamed }
}

/// Whether tokens `start..end` are a party–state tag ("R-Texas", "D-N.Y.").
pub(crate) fn party_tag(text: &str, scan: &Scan, start: usize, end: usize) -> bool {
    let toks = &scan.toks;
    let Some(first) = toks.get(start) else {
        return false;
    };
    let hyphen = || scan.hyphened_before(text, start + 1);
    end > start + 1
        && end <= start + 3
        && end <= toks.len()
        && first.cap
        && first.span.len() == 1
        && PARTIES.contains(&first.folded.as_str())
        && hyphen()
        && toks[start + 1..end].iter().all(|t| t.cap)
}

/// Whether a run of names is only a weekday, month or pronoun: no one.
pub(crate) fn no_one(scan: &Scan, run: Range<usize>) -> bool {
    let toks = &scan.toks[run];
    toks.iter().all(|t| is_date(&t.folded))
        // "Wall Street predicted": the market's analysts, no one named.
        || (toks.len() == 2 && toks[0].folded == "wall" && toks[1].folded == "street")
        || toks.iter().all(|t| !t.upper && PRONOUNS.contains(&t.folded.as_str()))
        || toks.iter().all(|t| !t.upper && KIN.contains(&t.folded.as_str()))
        || toks.last().is_some_and(|t| {
            let w = t.folded.as_str();
            let titled = toks.len() > 1 && t.cap && !w.ends_with('s');
            !t.upper
                && !titled
                && (UNNAMED.contains(&w) || (toks.len() == 1 && FORCES.contains(&w)))
        })
}

/// Whether a token is a weekday ("Tuesday"): never part of a name.
pub(crate) fn weekday(scan: &Scan, k: usize) -> bool {
    scan.toks.get(k).is_some_and(|t| WEEKDAYS.contains(&t.folded.as_str()))
}

/// How many tokens at the passage's start are a dateline: capitalised words in upper
/// case first ("MOSCOW", "KYIV, Ukraine (AP)", "WASHINGTON (Reuters)"), ended by a
/// dash before the first sentence. None of them is a source.
pub(crate) fn dateline(text: &str, scan: &Scan) -> usize {
    let toks = &scan.toks;
    // "New York, NY – With content …": a place in title case, then its state's postal
    // code, is a dateline as surely as one in capitals.
    let postal = (1..4).find(|&k| {
        toks.get(k).is_some_and(|t| t.upper && t.folded.len() == 2)
            && scan.gap_before(text, k).trim() == ","
            && (0..k).all(|j| toks[j].cap)
    });
    // "Washington (AFP) – Hillary Clinton …": so is one before a wire's name in brackets
    // ("(Reuters)").
    let wire = (1..4).find(|&k| {
        toks.get(k).is_some_and(|t| t.cap)
            && scan.gap_before(text, k).trim() == "("
            && scan.gap_after(text, k).trim_start().starts_with(')')
            && (0..k).all(|j| toks[j].cap)
    });
    let titled = postal.is_some() || wire.is_some();
    if !toks.first().is_some_and(|t| (t.upper || titled) && t.sentence == 0) {
        return 0;
    }
    for (i, t) in toks.iter().enumerate().take(10) {
        let numeric = t.folded.chars().all(|c| c.is_ascii_digit());
        if !(t.cap || numeric) || t.quoted {
            return 0;
        }
        let gap = scan.gap_after(text, i);
        if gap.contains('\n') {
            return 0;
        }
        // A dash with space around it: "R-Texas" and "Kursk-based" are no datelines.
        if crate::lens::scan::is_dash_gap(gap) {
            // A sentence starts after a dateline; an aside ("NATO — the alliance —")
            // goes on in lower case.
            return if toks.get(i + 1).is_some_and(|n| n.cap) { i + 1 } else { 0 };
        }
    }
    0
}
