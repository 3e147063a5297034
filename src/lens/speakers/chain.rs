//! Descriptions stacked one after another between a name and its verb: "Ana Ruiz,
//! president of the Ruiz Fund, an advocacy group, said"; "Sen. Tom Berg, Democrat of
//! Ohio, the majority leader, has promised"; "Tom Berg, the mayor of Dayton, who
//! backed the bill, said"; "Tom Berg, facing a challenge in Iowa, a swing state, said". The verb's subject is the name before the first of them,
//! not the last capitalised word of the one before the verb (the fund, the state,
//! the town). A state after its town is where, not who: "Stacy Baker of Columbia, South
//! Carolina says" is Stacy Baker's.

use super::apposed::name_before_comma;
use super::words::{abbreviated, is_article, person_noun};
use crate::lens::names::{Canon, name};
use crate::lens::scan::{Scan, is_space};
use std::ops::Range;

/// Nouns of party membership that open a description ("Democrat of Ohio").
pub(super) const PARTY_MEMBERS: &[&str] = &["democrat", "independent", "republican"];

/// At most this many descriptions are passed back over, and this many words in each.
const LINKS: usize = 3;
const WORDS: usize = 18;

/// The token ending the name before a chain of descriptions, the last of which ends
/// at the comma before token `c`; `None` unless the words between the comma before
/// `c` and the one before them describe someone and a capitalised word precedes them.
pub(super) fn first_of_chain(text: &str, scan: &Scan, c: usize) -> Option<usize> {
    let toks = &scan.toks;
    let comma = |k: usize| matches!(scan.gap_before(text, k).trim(), "," | ".,");
    let mut c = c;
    let mut found = None;
    for _ in 0..LINKS {
        let last = c.checked_sub(1)?;
        let sentence = toks[last].sentence;
        // Back to the comma that opens the words before `c`.
        let mut s = last;
        let mut words = 0;
        while s > 0 && !comma(s) {
            let prior = &toks[s - 1];
            let gap = scan.gap_before(text, s);
            // "Gov. Tom Berg", "Mark D. Sheridan": a title's or an initial's stop.
            // "a D.C.-based host": an initial's stop before a hyphen too.
            let initial = prior.cap && (prior.folded.chars().count() == 1 || prior.upper);
            let stop = (gap.trim() == "." && (abbreviated(&prior.folded) || initial))
                || (gap.trim() == ".-" && initial);
            let joined = gap.trim().chars().all(|c| c == '-' || c == '’' || c == '\'');
            if prior.quoted || prior.sentence != sentence || words >= WORDS {
                return found;
            }
            if !is_space(gap) && !stop && !joined {
                return found;
            }
            s -= 1;
            words += 1;
        }
        let aged = |k: usize| toks[k].folded.chars().all(|c| c.is_ascii_digit());
        if s == 0
            || !comma(s)
            || toks[s].quoted
            || !(toks[s - 1].cap || aged(s - 1))
            || toks[s - 1].quoted
        {
            return found;
        }
        // What describes a person: an article, a party, "who", a role or tie noun, or
        // an office "of" something ("president of the fund").
        let first = toks[s].folded.as_str();
        // "Clinton, 35, the daughter of …, said": an age set off by commas.
        let age = s == last && aged(s);
        let describes = age
            || is_article(first)
            || PARTY_MEMBERS.contains(&first)
            || (!toks[s].cap
                && (first == "who"
                    || person_noun(first)
                    // "Sen. Tom Berg, facing a challenge in Iowa, a swing state, said":
                    // a participle's phrase.
                    || (first.len() > 4 && (first.ends_with("ing") || first.ends_with("ed")))
                    || toks.get(s + 1).is_some_and(|n| n.folded == "of")));
        if !describes {
            return found;
        }
        found = name_before_comma(text, scan, s);
        c = s;
    }
    found
}

/// The end of the run that speaks when the one ending at `end` is a state after its town
/// ("Columbia, South Carolina"), or `end` itself: a place of the gazetteer set off by a
/// comma after a capitalised word is where that town is, not who speaks. The town's
/// holder, or the name before the description it ends, is found from there.
pub(super) fn town_before_state(
    text: &str,
    scan: &Scan,
    runs: &[Range<usize>],
    ends: &[usize],
    end: usize,
    canon: &Canon,
) -> usize {
    let toks = &scan.toks;
    let Some(run) = runs.get(ends[end]) else { return end };
    let place = name(text, scan, run.clone(), canon)
        .is_some_and(|n| crate::lens::places::is_place(&n.shown));
    let town = run.start >= 1
        && scan.gap_before(text, run.start).trim() == ","
        && toks[run.start - 1].cap
        && !toks[run.start - 1].quoted
        && ends[run.start - 1] != usize::MAX;
    if !(place && town) {
        return end;
    }
    // "Dean Johnson, a salesman from Sumter, South Carolina, says": the name before
    // the description the town ends.
    first_of_chain(text, scan, run.start).unwrap_or(run.start - 1)
}
