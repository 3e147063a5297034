//! Who an attribution's verb belongs to: the subject before it (across an apposition),
//! the name after it, the name that opens the sentence or the clause.

use super::words::*;
use crate::lens::model::Name;
use crate::lens::names::{Canon, MEDIA_NOUNS, name};
use crate::lens::scan::{Scan, is_space};
use crate::lens::unnamed::{self, Described};
use std::ops::Range;

pub(super) enum Subject {
    /// The token where a name run ends.
    Run(usize),
    /// A "he"/"she" token.
    Pronoun(usize),
    /// A description in a name's place ("officials", "the ministry").
    Described(Described),
}

/// The subject just before a verb of saying: skips auxiliaries and adverbs, then an
/// apposition between commas or a parenthesis ("Kofman, a senior fellow, observed").
pub(super) fn subject_before(text: &str, scan: &Scan, verb: usize) -> Option<Subject> {
    let toks = &scan.toks;
    let sentence = toks[verb].sentence;
    let mut j = verb;
    loop {
        if j == 0 {
            return None;
        }
        let gap = scan.gap_before(text, j);
        let prev = &toks[j - 1];
        if prev.sentence != sentence || prev.quoted {
            return None;
        }
        if is_space(gap) {
            let w = prev.folded.as_str();
            if BETWEEN.contains(&w) || (w.ends_with("ly") && !prev.cap && w.len() > 4) {
                j -= 1;
                continue;
            }
            if matches!(w, "he" | "she") {
                return Some(Subject::Pronoun(j - 1));
            }
            if let Some(d) = unnamed::ending_at(text, scan, j - 1) {
                return Some(Subject::Described(d));
            }
            // "Time magazine reported": the publication's name before its noun.
            if MEDIA_NOUNS.contains(&w)
                && j >= 2
                && toks[j - 2].cap
                && is_space(scan.gap_before(text, j - 1))
            {
                return Some(Subject::Run(j - 2));
            }
            return (prev.cap && !after_preposition(text, scan, j - 1))
                .then_some(Subject::Run(j - 1));
        }
        // "Rep. Jane Doe, D-Calif., said": an abbreviation's stop before the comma.
        let g = gap.trim();
        let g = if g == ".," { "," } else { g };
        if g == "," || g == ")" {
            // Back over an apposition or a parenthesis to the name before it.
            let open = if g == "," { ',' } else { '(' };
            let mut k = j - 1;
            let mut words = 0;
            while k > 0 && toks[k].sentence == sentence && !toks[k].quoted && words < 16 {
                let before = scan.gap_before(text, k);
                if before.contains(open) {
                    let bare = before.trim();
                    // "Sen. Ted Cruz, R-Texas, said": the name is before the tag.
                    if g == "," && bare == "," && unnamed::party_tag(text, scan, k, j) {
                        return (k > 0 && toks[k - 1].cap).then(|| Subject::Run(k - 1));
                    }
                    // "His nominee, Keith Kellogg, says": the apposition is the name.
                    if g == "," && bare == "," && (k..j).all(|x| toks[x].cap) {
                        return Some(Subject::Run(j - 1));
                    }
                    return (bare.len() == open.len_utf8()
                        && toks[k - 1].cap
                        && (g == ")" || !toks[k].cap || is_article(&toks[k].folded)))
                    .then_some(Subject::Run(k - 1));
                }
                if !is_space(before)
                    && !before.trim().chars().all(|c| c == '-' || c == '’' || c == '\'')
                {
                    return None;
                }
                k -= 1;
                words += 1;
            }
        }
        return None;
    }
}

/// Whether the run ending at token `end` follows a preposition ("a source in
/// Brussels admitted"): then it is not the subject.
pub(super) fn after_preposition(text: &str, scan: &Scan, end: usize) -> bool {
    let toks = &scan.toks;
    let mut k = end;
    // Back over the name, connectors inside it included ("Secretary of State X").
    while k > 0 && is_space(scan.gap_before(text, k)) {
        let connector =
            matches!(toks[k].folded.as_str(), "of" | "for" | "the" | "on") && toks[k - 1].cap;
        if !(toks[k].cap || connector) {
            break;
        }
        k -= 1;
    }
    !toks[k].cap
        && k < end
        && matches!(
            toks[k].folded.as_str(),
            "in" | "at"
                | "from"
                | "of"
                | "for"
                | "with"
                | "to"
                | "on"
                | "near"
                | "by"
                | "into"
                | "against"
                | "over"
                | "across"
                | "along"
                | "amid"
                | "among"
                | "around"
                | "behind"
                | "beyond"
                | "through"
                | "throughout"
                | "toward"
                | "towards"
                | "via"
        )
}

/// The run that starts at or just after token `k` ("the", "a" skipped), if it stands on
/// its own: followed by punctuation, a verb, or a publication noun, not by a noun it
/// describes ("Ukrainian sources").
pub(super) fn object_after(
    text: &str,
    scan: &Scan,
    starts: &[usize],
    mut k: usize,
) -> Option<usize> {
    let toks = &scan.toks;
    if toks.get(k).is_some_and(|t| is_article(&t.folded) && !t.quoted)
        && is_space(scan.gap_after(text, k))
    {
        k += 1;
    }
    // "said Sen. Ted Cruz": an abbreviated title stands apart from the name.
    if toks
        .get(k)
        .is_some_and(|t| t.cap && (crate::text::is_title(&t.folded) || abbreviated(&t.folded)))
        && scan.gap_after(text, k).trim() == "."
    {
        k += 1;
    }
    let r = *starts.get(k)?;
    if r == usize::MAX || toks[k].quoted {
        return None;
    }
    // The run's end: the first token whose next gap is not a plain joining space, or
    // where the next word is not part of the run.
    let mut end = k;
    while end + 1 < toks.len()
        && starts.get(end + 1) == Some(&usize::MAX)
        && toks[end + 1].cap
        && is_space(scan.gap_before(text, end + 1))
    {
        end += 1;
    }
    // "Russia specialist Anatol Lieven": a descriptive noun, then the name.
    let role = toks.get(end + 1).filter(|t| !t.cap && ROLE_NOUNS.contains(&t.folded.as_str()));
    if role.is_some()
        && is_space(scan.gap_before(text, end + 1))
        && is_space(scan.gap_before(text, end + 2))
    {
        return starts.get(end + 2).copied().filter(|&r| r != usize::MAX);
    }
    (!described_after(text, scan, end)).then_some(r)
}

/// Whether the word after token `end` makes the run before it a description.
pub(super) fn described_after(text: &str, scan: &Scan, end: usize) -> bool {
    let Some(next) = scan.toks.get(end + 1) else {
        return false;
    };
    let joined = is_space(scan.gap_before(text, end + 1));
    joined
        && !next.cap
        && DESCRIBED.contains(&next.folded.as_str())
        && !MEDIA_NOUNS.contains(&next.folded.as_str())
}

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
    // "For Kiev and its allies, …": a name after a preposition is no subject.
    let opener = scan.toks[first].folded.as_str();
    if opener != "the" && crate::text::is_stop(opener) {
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
    shaped || scan.gap_after(text, k).trim_start().starts_with(':')
}

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
    let start = (first..i)
        .rev()
        .find(|&k| {
            matches!(toks[k].folded.as_str(), "while" | "whereas" | "but")
                || scan.gap_before(text, k).contains(';')
        })
        .unwrap_or(first);
    // The first run of the clause, if it is near its start (a subject, not an object);
    // a capitalised opener ("Asked whether…", "Shortly after…", "Updated:") is no name.
    let run = runs
        .iter()
        .filter(|r| r.start >= start && r.end <= i)
        .find(|r| !(r.len() == 1 && r.start == first && opener_word(text, scan, r.start)))?;
    if run.start > start + 3
        || described_after(text, scan, run.end - 1)
        || toks[run.end - 1].possessive
    {
        return None;
    }
    name(text, scan, run.clone(), canon)
}
