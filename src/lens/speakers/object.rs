//! What an inverted verb of saying or "according to" takes as its object: the name
//! after it ("said Sen. Ted Cruz", "according to The Hill"), a definite role ("said the
//! sheriff"), or a name set off after a description ("said the statement from his
//! lawyer, Ana Ruiz").

use super::refer::Named;
use super::words::*;
use crate::lens::model::Name;
use crate::lens::names::MEDIA_NOUNS;
use crate::lens::scan::{Scan, is_space};

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
    // "says his mother Lee Anna Richardson": a possessive before a tie is an article.
    if toks.get(k).is_some_and(|t| (is_article(&t.folded) || owner_pronoun(&t.folded)) && !t.quoted)
        && is_space(scan.gap_after(text, k))
    {
        k += 1;
    }
    // "said former Rep. George Miller": a word of time before the title is the title's.
    let titled = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.cap && (crate::text::is_title(&t.folded) || abbreviated(&t.folded)))
            && scan.gap_after(text, j).trim() == "."
    };
    // "said former South Carolina Gov. Jim Hodges": the title's place may stand between.
    if toks
        .get(k)
        .is_some_and(|t| !t.quoted && matches!(t.folded.as_str(), "former" | "retired" | "late"))
        && is_space(scan.gap_after(text, k))
        && let Some(title) = (k + 1..k + 4)
            .take_while(|&j| toks.get(j).is_some_and(|t| t.cap && !t.quoted))
            .find(|&j| titled(j))
            .filter(|&j| (k + 1..j).all(|p| is_space(scan.gap_after(text, p))))
    {
        k = title;
    }
    // "said Sen. Ted Cruz": an abbreviated title stands apart from the name.
    if titled(k) {
        k += 1;
    }
    // "said neighbor Leona Flannery", "said spokesperson Libby Brown", "said senior
    // adviser Tom Berg": a person's role or tie in lower case, after a word or two
    // that qualify it, then the name.
    // "said former Utah governor Michael Leavitt", "said Florida-based Republican
    // strategist Al Cardenas": capitalised words of place or party may qualify it too.
    let qualifier = |j: usize| {
        toks.get(j).is_some_and(|t| !t.quoted && (t.cap || !crate::text::is_stop(&t.folded)))
            && (is_space(scan.gap_after(text, j)) || scan.gap_after(text, j) == "-")
    };
    // "said retired neurosurgeon Ben Carson": a noun of someone who does something,
    // right before the name, is a role even if no list has it.
    // Not the adjectives so spelt ("former", "senior"), and only before a name of two
    // words or more.
    let agentive = |j: usize| {
        let w = toks[j].folded.as_str();
        w.len() > 5
            && ["er", "or", "ist", "ian", "eon"].iter().any(|s| w.ends_with(s))
            && !AGENT_LIKE_ADJECTIVES.contains(&w)
            && starts.get(j + 1).is_some_and(|&r| r != usize::MAX)
            && starts.get(j + 2) == Some(&usize::MAX)
            && toks[j + 2].cap
            && is_space(scan.gap_after(text, j + 1))
    };
    let mut by_role = false;
    if let Some(role) = (k..k + 5)
        .take_while(|&j| qualifier(j))
        .find(|&j| !toks[j].cap && (person_noun(&toks[j].folded) || agentive(j)))
        .filter(|&j| (k..j).filter(|&q| toks[q].cap).count() <= 3)
        .filter(|&j| starts.get(j + 1).is_some_and(|&r| r != usize::MAX))
    {
        k = role + 1;
        by_role = true;
    } else if let Some(role) = set_off_role(text, scan, starts, k) {
        k = role + 1;
    }
    let mut r = *starts.get(k)?;
    // "according to The Hill": a capitalised "The" opens the name's run itself.
    if r == usize::MAX
        && k > 0
        && toks[k - 1].cap
        && toks[k - 1].folded == "the"
        && starts[k - 1] != usize::MAX
    {
        k -= 1;
        r = starts[k];
    }
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
    // "said the New York businessman": a place before a person's noun only qualifies
    // the person; the place says nothing.
    let qualifies = toks.get(end + 1).is_some_and(|t| {
        !t.cap && !t.quoted && person_noun(&t.folded) && is_space(scan.gap_before(text, end + 1))
    });
    // "suggested business mogul Donald Trump’s refusal …", "according to Lazar's plea
    // agreement": the owner of a thing is no speaker; "according to The Washington
    // Post's Fact Checker" names a part of the owner.
    let owner =
        toks[end].possessive && (by_role || toks.get(end + 1).is_none_or(|t| !t.cap || t.quoted));
    // "written by National Review’s Ian Tuttle": the person the owner's name qualifies.
    if toks[end].possessive
        && !by_role
        && let Some(&person) = starts.get(end + 1).filter(|&&p| p != usize::MAX)
        && crate::lens::given::is_given_name(&toks[end + 1].folded)
        && toks.get(end + 2).is_some_and(|t| t.cap && !t.quoted)
        && starts.get(end + 2) == Some(&usize::MAX)
        && is_space(scan.gap_before(text, end + 1))
    {
        return Some(person);
    }
    (!qualifies && !owner && !described_after(text, scan, end)).then_some(r)
}

/// "said Rubio’s deputy campaign manager, Rich Beeson, who …": a role, owned or
/// qualified, then the name set off by commas. The role's token, if the name follows it
/// so.
fn set_off_role(text: &str, scan: &Scan, starts: &[usize], k: usize) -> Option<usize> {
    let toks = &scan.toks;
    let plain =
        |j: usize| toks.get(j).is_some_and(|t| !t.quoted) && is_space(scan.gap_after(text, j));
    // "the company's chief executive, John J. Ferriola": the role's last noun is the one
    // the comma follows.
    // "his best friend at Lehigh, Bruce Turry": or the place or body after it.
    let comma = |j: usize| scan.gap_after(text, j).trim() == ",";
    let where_after = |j: usize| {
        let link = toks.get(j + 1).filter(|t| !t.cap && plain(j))?;
        if !matches!(link.folded.as_str(), "at" | "of" | "for" | "from" | "with") || !plain(j + 1) {
            return None;
        }
        (j + 2..toks.len().min(j + 5))
            .take_while(|&e| toks[e].cap && !toks[e].quoted && (e == j + 2 || plain(e - 1)))
            .find(|&e| comma(e))
    };
    let role = (k..toks.len().min(k + 5))
        .take_while(|&j| j == k || plain(j - 1))
        .filter(|&j| !toks[j].cap && !toks[j].quoted && person_noun(&toks[j].folded))
        .find_map(|j| if comma(j) { Some(j) } else { where_after(j) })?;
    let r = *starts.get(role + 1)?;
    let set_off = r != usize::MAX
        && (role + 1..toks.len())
            .take_while(|&j| {
                toks[j].cap && !toks[j].quoted && toks[j].sentence == toks[role + 1].sentence
            })
            .last()
            .is_some_and(|end| {
                // "said a leading advocate, Andrew J. Pincus of the law firm Mayer Brown".
                let of = is_space(scan.gap_after(text, end))
                    && toks.get(end + 1).is_some_and(|t| t.folded == "of" && !t.cap);
                // "…, Johanna Bayer. “Paris …": the sentence may end with a quote's mark
                // after it.
                let gap = scan.gap_after(text, end).trim_start();
                end + 1 == toks.len() || of || gap.starts_with(',') || gap.starts_with('.')
            });
    set_off.then_some(role)
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

/// Adjectives that end as nouns of agents do ("former governor", "senior adviser").
const AGENT_LIKE_ADJECTIVES: &[&str] =
    &["eager", "elder", "former", "further", "junior", "latter", "longer", "senior", "younger"];

/// A definite role after an inverted verb or "according to" ("said the sheriff"), as
/// the person named before with it.
pub(super) fn role_after(text: &str, scan: &Scan, k: usize, known: &Named) -> Option<Name> {
    let toks = &scan.toks;
    // "says his Mom", "said the mother": the one named before with that tie.
    let owner =
        toks.get(k).is_some_and(|t| !t.quoted && (t.folded == "the" || owner_pronoun(&t.folded)));
    if owner
        && let Some(tie) = toks.get(k + 1).filter(|t| !t.quoted).and_then(|t| kin(&t.folded))
        && is_space(scan.gap_before(text, k + 1))
    {
        return known.by_role(tie);
    }
    if toks.get(k).is_none_or(|t| t.folded != "the" || t.quoted) {
        return None;
    }
    let mut j = k + 1;
    while j < toks.len() && j < k + 4 && is_space(scan.gap_before(text, j)) && !toks[j].quoted {
        let t = &toks[j];
        if !t.cap && !t.possessive && PERSON_ROLES.contains(&t.folded.as_str()) {
            return known.by_role(&t.folded);
        }
        if crate::text::is_stop(&t.folded) {
            return None;
        }
        j += 1;
    }
    None
}

/// The name set off by a comma at the end of a description after an inverted verb
/// ("said the statement from his lawyer, Ana Ruiz."): the run index.
pub(super) fn apposed_after(text: &str, scan: &Scan, starts: &[usize], k: usize) -> Option<usize> {
    let toks = &scan.toks;
    if !toks.get(k).is_some_and(|t| is_article(&t.folded) && !t.quoted) {
        return None;
    }
    let sentence = toks[k].sentence;
    let mut j = k;
    while j + 1 < toks.len() && j < k + 10 {
        let t = &toks[j];
        if t.quoted || t.sentence != sentence || (t.cap && !t.possessive && j > k) {
            return None;
        }
        let gap = scan.gap_after(text, j);
        if gap.trim() == "," {
            let r = *starts.get(j + 1)?;
            let mut end = j + 1;
            while end + 1 < toks.len() && starts[end + 1] == usize::MAX && toks[end + 1].cap {
                end += 1;
            }
            let after = scan.gap_after(text, end);
            let closes = end + 1 >= toks.len()
                || toks[end + 1].sentence != sentence
                || after.contains(['.', '“', '”', '"']);
            return (r != usize::MAX && closes).then_some(r);
        }
        if !is_space(gap) {
            return None;
        }
        j += 1;
    }
    None
}
