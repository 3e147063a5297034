//! Who an attribution's verb belongs to: the subject before it (across an apposition),
//! the name after it, the name that opens the sentence or the clause.

use super::apposed::{name_before_comma, relative_holder};
use super::chain::{PARTY_MEMBERS, first_of_chain};
use super::documents::{DOCUMENTS, Issuer, issued_from, issuer};
use super::refer::Named;
use super::words::*;
use crate::lens::model::Name;
use crate::lens::names::{Canon, MEDIA_NOUNS, is_role, is_suffix, name};
use crate::lens::scan::{Scan, is_dash_gap, is_space};
use crate::lens::unnamed::{self, Described};
use std::ops::Range;

pub(super) enum Subject {
    /// The token where a name run ends.
    Run(usize),
    /// A "he"/"she" token.
    Pronoun(usize),
    /// A "they" token: two people named together before may be it.
    Plural,
    /// A description in a name's place ("officials", "the ministry").
    Described(Described),
    /// A definite role ("the sheriff", "the Texas governor"): the head noun's token.
    Role(usize),
    /// A statement issued ("the statement said"): it speaks for the last source.
    Statement,
    /// A document of a body named right before its noun ("an Apopka police report"):
    /// the body, and the noun's token.
    Issued(Described, usize),
    /// The same, the body named by the run that ends at the first token ("a CNN
    /// report").
    IssuedRun(usize, usize),
    /// A document made definite ("the report"): the one whose issuer was named before.
    Document(usize),
    /// "It said": the document cited just before, if any.
    It,
}

/// The subject just before a verb of saying: skips auxiliaries and adverbs, then an
/// apposition between commas or a parenthesis ("Kofman, a senior fellow, observed").
pub(super) fn subject_before(text: &str, scan: &Scan, verb: usize) -> Option<Subject> {
    // A name inside a relative clause or an "along with" set off after another, the
    // clause closed by a comma before the verb, is not the subject; the one it is set
    // off from is. ("Bannon, who Beck on Wednesday called …" is Beck's.)
    match subject_of(text, scan, verb) {
        Some(Subject::Run(n)) => {
            let closed = (n + 1..=verb).any(|k| scan.gap_before(text, k).contains(','));
            let h = relative_holder(text, scan, n).filter(|_| closed);
            Some(Subject::Run(h.unwrap_or(n)))
        }
        other => other,
    }
}

fn subject_of(text: &str, scan: &Scan, verb: usize) -> Option<Subject> {
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
        // "Joseph R. Biden Jr. said": the suffix's stop is no sentence's end.
        let suffix = gap.trim() == "." && is_suffix(&prev.folded);
        if is_space(gap) || suffix {
            let w = prev.folded.as_str();
            // "Ana Ruiz was widely criticized": the subject of a passive is spoken of.
            if BE.contains(&w) && passive(&toks[verb].folded) {
                return None;
            }
            if BETWEEN.contains(&w) || (adverb(w) && !prev.cap) {
                j -= 1;
                continue;
            }
            // "Ana Ruiz, who backed the bill, said": a relative clause's subject is
            // the name before its comma.
            // "… by the Log Cabin Republicans, which said": a body's, so.
            if matches!(w, "who" | "which")
                && !prev.cap
                && matches!(scan.gap_before(text, j - 1).trim(), "," | ".,")
            {
                let n = name_before_comma(text, scan, j - 1)?;
                // "Walmart Stores v. Dukes, which denied …": a case, not a party to it.
                if case_party(scan, n) {
                    return None;
                }
                // "Ana Ruiz, the director of the Partnership for Conservative
                // Principles, who also said": a body named after a preposition is
                // where the person works; "who" is the person named before.
                // With no one before it, the preposition's object is the person, if it
                // is a person's name: "criticised by Ana Ruiz, who said"; not "officials
                // in Brussels, who said".
                if w == "who" && after_preposition(text, scan, n) && !of_holder(text, scan, n) {
                    let full = full_name(text, scan, n);
                    return subject_before(text, scan, j - 1).or(full.then_some(Subject::Run(n)));
                }
                return Some(Subject::Run(n));
            }
            // "Ana Ruiz at the time said", "Ana Ruiz in a statement said": a short
            // phrase of time or manner between.
            if !prev.cap
                && MANNERS.contains(&w)
                && j >= 4
                && (j - 3..j).all(|k| is_space(scan.gap_before(text, k + 1)) && !toks[k].quoted)
                && is_article(&toks[j - 2].folded)
                && matches!(toks[j - 3].folded.as_str(), "at" | "in" | "on")
                && toks[j - 4..j - 3].first().is_some_and(|t| t.cap)
            {
                j -= 3;
                continue;
            }
            // "Ana Ruiz last week said": a time between.
            if SPANS.contains(&w)
                && j >= 2
                && is_space(scan.gap_before(text, j - 1))
                && matches!(toks[j - 2].folded.as_str(), "last" | "this" | "earlier")
            {
                j -= 2;
                continue;
            }
            // "The State Department less than two weeks ago said": a span back in time.
            if w == "ago"
                && let Some(k) = span_ago(text, scan, j - 1)
            {
                j = k;
                continue;
            }
            // "Reince Priebus, the GOP chairman, this past week announced".
            if SPANS.contains(&w)
                && j >= 3
                && is_space(scan.gap_before(text, j - 1))
                && is_space(scan.gap_before(text, j - 2))
                && toks[j - 2].folded == "past"
                && matches!(toks[j - 3].folded.as_str(), "this" | "the")
            {
                j -= 3;
                continue;
            }
            // "Perry on Tuesday said", "Nocco late Friday said": a time between.
            if unnamed::weekday(scan, j - 1) {
                j -= 1;
                if j > 0
                    && is_space(scan.gap_before(text, j))
                    && matches!(toks[j - 1].folded.as_str(), "on" | "late" | "early" | "last")
                {
                    j -= 1;
                }
                continue;
            }
            // "The Lieutenant says": a capitalised role right after "the" is the role.
            // "The Director-General says": a role of two words joined by a hyphen too.
            let hyphened = j >= 3 && toks[j - 2].cap && scan.hyphened_before(text, j - 1);
            let the_word = if hyphened { j - 3 } else { j.saturating_sub(2) };
            let the_role = prev.cap
                && j >= 2
                && toks[the_word].folded == "the"
                && is_space(scan.gap_before(text, the_word + 1))
                && (hyphened || is_space(scan.gap_before(text, j - 1)));
            if the_role && PERSON_ROLES.contains(&w) {
                return Some(Subject::Role(j - 1));
            }
            if !prev.cap && definite_before(text, scan, j - 1) {
                // "the newspaper reported": the paper named before.
                if PERSON_ROLES.contains(&w) || PAPERS.contains(&w) {
                    return Some(Subject::Role(j - 1));
                }
                if STATEMENTS.contains(&w) {
                    return Some(Subject::Statement);
                }
            }
            // "his mother says", "the mother said": the one named before with that tie.
            if kin(w).is_some()
                && j >= 2
                && is_space(scan.gap_before(text, j - 1))
                && !toks[j - 2].quoted
                && (toks[j - 2].folded == "the" || owner_pronoun(&toks[j - 2].folded))
            {
                return Some(Subject::Role(j - 1));
            }
            if w == "they" {
                return Some(Subject::Plural);
            }
            if w == "it" {
                return Some(Subject::It);
            }
            // "…, an Apopka police report said": the document speaks for its issuer.
            if !prev.cap && DOCUMENTS.contains(&w) {
                let definite = definite_before(text, scan, j - 1);
                return Some(match issuer(text, scan, j - 1, definite) {
                    Issuer::Body(d, noun) => Subject::Issued(d, noun),
                    Issuer::Run(end, noun) => Subject::IssuedRun(end, noun),
                    Issuer::Before(noun) => Subject::Document(noun),
                    Issuer::Unnamed(d) => Subject::Described(d),
                });
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
            // "The Key Club Cabaret’s Twitter said": the account speaks for its owner.
            if PLATFORMS.contains(&w)
                && j >= 2
                && toks[j - 2].possessive
                && !toks[j - 2].quoted
                && is_space(scan.gap_before(text, j - 1))
            {
                return if toks[j - 2].cap {
                    Some(Subject::Run(j - 2))
                } else {
                    unnamed::ending_at(text, scan, j - 2).map(Subject::Described)
                };
            }
            if prev.cap
                && let Some(noun) = issued_from(text, scan, j - 1)
            {
                return Some(Subject::IssuedRun(j - 1, noun));
            }
            // "Kim Jong-un said": a name's last syllable in lower case.
            let syllable = j >= 2
                && toks[j - 2].cap
                && !toks[j - 2].quoted
                && scan.hyphened_before(text, j - 1);
            // "Gov. Rick Perry of Texas said": the holder before "of" is found later.
            if (prev.cap || syllable)
                && (!after_preposition(text, scan, j - 1) || of_holder(text, scan, j - 1))
            {
                return Some(Subject::Run(j - 1));
            }
            // "Family members of the child said", "A spokesman for the U.S. attorney in
            // Brooklyn said": the description the phrase after it belongs to.
            return head_before_phrase(text, scan, j).map(Subject::Described);
        }
        // "Rep. Jane Doe, D-Calif., said": an abbreviation's stop before the comma, or
        // before the parenthesis ("Sen. Jane Doe (D-Calif.) said").
        // "Gov. John Kasich (R-OH), said": the parenthesis before the comma.
        let g = match gap.trim() {
            ".," => ",",
            ".)" | ")," | ".)," => ")",
            g => g,
        };
        // "Mr. Bush — in a line aimed at Mr. Trump — declared": back over an aside
        // between dashes to the name before it.
        if is_dash_gap(gap) {
            let mut k = j - 1;
            while k > 0 && j - k < 32 && toks[k].sentence == sentence && !toks[k].quoted {
                if is_dash_gap(scan.gap_before(text, k)) {
                    let p = &toks[k - 1];
                    let name = p.cap && !p.quoted && p.sentence == sentence;
                    return (name && !after_preposition(text, scan, k - 1))
                        .then_some(Subject::Run(k - 1));
                }
                k -= 1;
            }
            return None;
        }
        if g == "," || g == ")" {
            // Back over an apposition or a parenthesis to the name before it.
            let open = if g == "," { ',' } else { '(' };
            let mut k = j - 1;
            let mut words = 0;
            while k > 0 && toks[k].sentence == sentence && !toks[k].quoted && words < 32 {
                let before = scan.gap_before(text, k);
                if before.contains(open) {
                    let bare = before.trim();
                    // "A witness, who asked not to be named, said": the description a
                    // relative clause follows.
                    if g == ","
                        && bare == ","
                        && toks[k].folded == "who"
                        && let Some(d) = unnamed::ending_at(text, scan, k - 1)
                    {
                        return Some(Subject::Described(d));
                    }
                    // "Sanders, meanwhile, who sits at zero endorsements, said": a word
                    // set off before the clause.
                    if g == ","
                        && bare == ","
                        && toks[k].folded == "who"
                        && k >= 2
                        && matches!(toks[k - 1].folded.as_str(), "meanwhile" | "however" | "too")
                        && !toks[k - 1].cap
                        && scan.gap_before(text, k - 1).trim() == ","
                        && let Some(n) = name_before_comma(text, scan, k - 1)
                    {
                        return Some(Subject::Run(n));
                    }
                    // "Veterans at the rallies, including Mr. Jebens, said": the one named
                    // of those who spoke.
                    if g == ","
                        && bare == ","
                        && toks[k].folded == "including"
                        && !toks[k].cap
                        && (k + 1..j).all(|x| toks[x].cap)
                        && j > k + 1
                    {
                        return Some(Subject::Run(j - 1));
                    }
                    // "Sen. Ana Ruiz, D-Ore., the panel's chair, said": a party tag
                    // or a hometown's state before the apposition.
                    // Not a name after a preposition: "An executive from Apple Inc.,
                    // which plans a plant, called" is the executive's.
                    if g == ","
                        && matches!(bare, "," | ".,")
                        && let Some(n) = name_before_comma(text, scan, k).filter(|&n| n + 1 != k)
                    {
                        let object = after_preposition(text, scan, n) && !of_holder(text, scan, n);
                        return (!object).then_some(Subject::Run(n));
                    }
                    // "Rep. Sander M. Levin (Mich.), a superdelegate, said": a
                    // parenthesis, then the description; the name is before both.
                    // "Rep. Bobby Scott (D-Va.), ranking member of the committee, said":
                    // any description in lower case.
                    if g == ","
                        && matches!(bare, ")," | ".),")
                        && (is_article(&toks[k].folded) || toks[k].folded == "another" || !toks[k].cap)
                        && let Some(m) = (k.saturating_sub(6)..k)
                            .rev()
                            .find(|&m| m > 0 && scan.gap_before(text, m).contains('('))
                        && toks[m - 1].cap
                        && !toks[m - 1].quoted
                        // "who worked for Sen. Lamar Alexander (R-Tenn.), one of …": not
                        // the object of a preposition.
                        && !titled_object(text, scan, m - 1)
                    {
                        return Some(Subject::Run(m - 1));
                    }
                    // "Sen. Ted Cruz, R-Texas, said": the name is before the tag.
                    if g == "," && bare == "," && unnamed::party_tag(text, scan, k, j) {
                        return (k > 0 && toks[k - 1].cap).then(|| Subject::Run(k - 1));
                    }
                    // "His nominee, Keith Kellogg, says": the apposition is the name.
                    // "…, Representative Ron Paul of Texas, scoffed": "of" inside.
                    // "The two senators, Ana Ruiz and Tom Berg, said": two names joined.
                    let joined = |x: usize| {
                        x > k
                            && x + 1 < j
                            && toks[x].folded == "and"
                            && toks[x - 1].cap
                            && toks[x + 1].cap
                    };
                    // "Pankaj Pandey, Head of Research at ICICI Securities, said": an
                    // office written in capitals, "of", "for" or "at" after its head.
                    let office = toks[k].cap
                        && (is_role(&toks[k].folded) || toks[k].folded == "head")
                        && toks.get(k + 1).is_some_and(|t| {
                            matches!(t.folded.as_str(), "of" | "for" | "at") && !t.cap
                        });
                    if g == "," && bare == "," && office && toks[k - 1].cap {
                        return Some(Subject::Run(k - 1));
                    }
                    let name_like =
                        |x: usize| toks[x].cap || (x > k && toks[x].folded == "of") || joined(x);
                    // "…, Darran Whiting of Liberty Baptist Church in Marion, said": the
                    // town after the body is where; the body's run ends before "in".
                    let located = (k + 2..j).find(|&x| {
                        matches!(toks[x].folded.as_str(), "in" | "at")
                            && !toks[x].cap
                            && (x + 1..j).all(|y| toks[y].cap)
                            && (k..x).any(|y| toks[y].folded == "of")
                    });
                    if g == ","
                        && bare == ","
                        && toks[k].cap
                        && let Some(x) = located.filter(|&x| (k..x).all(name_like))
                    {
                        return Some(Subject::Run(x - 1));
                    }
                    // "Bob Berg, Democrat of Ohio, said": a party member's description.
                    let member = PARTY_MEMBERS.contains(&toks[k].folded.as_str());
                    // "Sam Jacobs, Time’s Assistant Managing Editor, explained": an
                    // office owned by a name, capitalised as titles are, is no name.
                    let owner = (k..j - 1).any(|x| toks[x].possessive);
                    let owned_office = owner && person_noun(&toks[j - 1].folded);
                    if g == "," && bare == "," && !member && !owned_office && (k..j).all(name_like)
                    {
                        // "Tom Berg, of Dayton, Ohio, said": the state is no name.
                        // "Ana Ruiz, who works in Greenbelt, Maryland, said": nor the
                        // town after "in"; the subject is further back.
                        // "Ana Ruiz, who served in Iran, Turkey and France, praised":
                        // nor a list of places after "in".
                        let n = name_before_comma(text, scan, j);
                        // "Ana Ruiz, the editor of the town's paper, The Dayton Herald,
                        // said": the name set off after a thing's noun is the thing's;
                        // the subject is the name before the description.
                        let thing = bare == ","
                            && k > 0
                            && !toks[k - 1].cap
                            && !toks[k - 1].quoted
                            && !{
                                let w = toks[k - 1].folded.as_str();
                                person_noun(w) || w.strip_suffix('s').is_some_and(person_noun)
                            };
                        if thing && let Some(first) = first_of_chain(text, scan, k) {
                            return Some(Subject::Run(first));
                        }
                        if let Some(p) = place_phrase(text, scan, j) {
                            words += j - p;
                            k = p;
                            continue;
                        }
                        return n.map(Subject::Run);
                    }
                    // "Ana Ruiz, president of the Ruiz Fund, an advocacy group, said":
                    // the name before the first of stacked descriptions.
                    if g == ","
                        && bare == ","
                        && (!toks[k].cap || is_article(&toks[k].folded) || member)
                        && let Some(n) = first_of_chain(text, scan, k)
                    {
                        return Some(Subject::Run(n));
                    }
                    // "He, along with several other members, suggested": the pronoun
                    // before the aside.
                    if g == ","
                        && bare == ","
                        && matches!(toks[k - 1].folded.as_str(), "he" | "she")
                    {
                        return Some(Subject::Pronoun(k - 1));
                    }
                    // "Wendell Warren, Viola Warren's brother, said": an owner's noun.
                    // "Brett McGurk, President Obama's special envoy to the coalition
                    // fighting the Islamic State, tweeted": a person's noun soon after
                    // the owner, whatever the description ends with.
                    let owned_person = (k..j - 1).find(|&x| toks[x].possessive).is_some_and(|x| {
                        (x + 1..(x + 4).min(j)).any(|y| {
                            let w = toks[y].folded.as_str();
                            !toks[y].cap && (person_noun(w) || is_role(w))
                        })
                    });
                    let owned = owner && (!toks[j - 1].cap || owned_office || owned_person);
                    // "Bill Ritz, EDS spokesman, said": a body, then the role.
                    let role = !toks[j - 1].cap && person_noun(&toks[j - 1].folded);
                    // "Chris Covert, South Carolina director for Sanders, said": a
                    // role after the capitalised words of its place or body.
                    let placed_role = (k..j)
                        .find(|&x| !toks[x].cap)
                        .is_some_and(|x| x > k && person_noun(&toks[x].folded));
                    // "James P. Kennedy Jr., the U.S. Attorney, said": the suffix's stop.
                    let suffixed = bare == ".," && is_suffix(&toks[k - 1].folded);
                    // "Ana Ruiz, who lost her son in a shooting in Aurora, Colorado, in
                    // July, said": a town and its state after "in" are where; the
                    // subject is further back.
                    if g == ","
                        && name_before_comma(text, scan, k).is_none()
                        && let Some(p) = place_phrase(text, scan, k)
                    {
                        words += k - p;
                        k = p;
                        continue;
                    }
                    // "Marco Rubio, whose hometown, Miami, is projected …, argues": the
                    // name set off after "whose" and its noun is the thing owned; the
                    // subject is the owner before "whose".
                    if g == ","
                        && let Some(w) = owned_apposition(text, scan, k - 1)
                    {
                        return name_before_comma(text, scan, w).map(Subject::Run);
                    }
                    return ((bare.len() == open.len_utf8() || suffixed)
                        && toks[k - 1].cap
                        && (g == ")"
                            || !toks[k].cap
                            || is_article(&toks[k].folded)
                            || owned
                            || role
                            || placed_role
                            || member)
                        && !(words > 0
                            && after_preposition(text, scan, k - 1)
                            && !of_holder(text, scan, k - 1)))
                    .then_some(Subject::Run(k - 1));
                }
                // "CNN, which hired Ms. Ruiz, said": a title's stop inside; "the
                // lawyer, Mark D. Sheridan, said": a middle initial's.
                let prior = &toks[k - 1];
                let initial = prior.cap && prior.folded.chars().count() == 1;
                // "the U.S. Attorney": a country's initials keep their stop.
                let country = matches!(prior.folded.as_str(), "us" | "uk" | "u.s" | "u.k");
                // "a D.C.-based talk radio host": initials' stop, before a hyphen too.
                let initials = initial || prior.upper;
                let title = (before.trim() == "."
                    && (abbreviated(&prior.folded) || initials || country))
                    || (before.trim() == ".-" && initials);
                // "the firm Cushman & Wakefield": an ampersand joins a firm's name.
                if !is_space(before)
                    && !title
                    && !before.trim().chars().all(|c| matches!(c, '-' | '’' | '\'' | '&'))
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

/// The "whose" before a name ending at token `end` that is set off by commas after
/// the noun "whose" owns ("Rubio, whose hometown, Miami,"), if it is so.
fn owned_apposition(text: &str, scan: &Scan, end: usize) -> Option<usize> {
    let toks = &scan.toks;
    let mut k = end;
    while k > 0 && toks[k - 1].cap && is_space(scan.gap_before(text, k)) {
        k -= 1;
    }
    if !toks[end].cap || scan.gap_before(text, k).trim() != "," {
        return None;
    }
    // Back over the owned noun and a word or two before it ("whose latest start-up,").
    let mut whose = k.checked_sub(1)?;
    while whose > 0
        && k - whose <= 3
        && !toks[whose].cap
        && !toks[whose].quoted
        && toks[whose].folded != "whose"
        && matches!(scan.gap_before(text, whose).trim(), "" | "-")
    {
        whose -= 1;
    }
    (whose + 1 < k
        && toks[whose].folded == "whose"
        && matches!(scan.gap_before(text, whose).trim(), "," | ".,"))
    .then_some(whose)
}

/// Whether a lower-case word between a subject and its verb reads as an adverb
/// ("Ruiz repeatedly said"): "-ly", but not the nouns so spelt ("Ruiz's family said").
fn adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !LY_NOUNS.contains(&w)
}

/// Where a body or a person posts in their own name ("the club's Twitter said").
const PLATFORMS: &[&str] =
    &["account", "blog", "facebook", "feed", "instagram", "page", "twitter", "website"];

/// Lower-case nouns of a publication, made definite ("the newspaper reported").
pub(super) const PAPERS: &[&str] = &["magazine", "newspaper", "paper"];

/// Nouns that end in "-ly" and may stand right before a verb as its subject.
const LY_NOUNS: &[&str] = &["assembly", "family", "monopoly", "rally", "supply"];

/// The unnamed description a prepositional phrase before the verb at `verb` hangs
/// from ("Friends of the victims told", "A spokesperson for IMPD told"): walking back
/// a few words joined by spaces, the first that ends a description and is followed by
/// "of", "for", "at", "in", "with" or "from".
fn head_before_phrase(text: &str, scan: &Scan, verb: usize) -> Option<Described> {
    let toks = &scan.toks;
    let joined = |k: usize| matches!(scan.gap_after(text, k).trim(), "" | "." | "-" | "’" | "'");
    let mut k = verb.checked_sub(1)?;
    while k > 0 && verb - k < 9 {
        k -= 1;
        let t = &toks[k];
        if t.quoted || t.sentence != toks[verb].sentence || !joined(k) {
            return None;
        }
        let next = &toks[k + 1];
        let phrase = !next.cap
            && matches!(next.folded.as_str(), "of" | "for" | "at" | "in" | "with" | "from");
        if phrase && let Some(d) = unnamed::ending_at(text, scan, k).filter(|d| d.unnamed) {
            return Some(d);
        }
    }
    None
}

/// Whether the lower-case noun at `head` is made definite by a "the" just before it,
/// across a few modifiers ("the Texas governor", "the county's sheriff").
fn definite_before(text: &str, scan: &Scan, head: usize) -> bool {
    let toks = &scan.toks;
    let mut k = head;
    // "the ex-congressman": a prefix joined by a hyphen is one of the modifiers.
    let joined = |k: usize| is_space(scan.gap_before(text, k)) || scan.hyphened_before(text, k);
    while k > 0 && head - k < 4 && joined(k) {
        k -= 1;
        let t = &toks[k];
        if t.quoted || t.sentence != toks[head].sentence {
            return false;
        }
        if t.folded == "the" || t.possessive {
            return true;
        }
        if crate::text::is_stop(&t.folded) && !t.cap {
            return false;
        }
    }
    false
}

/// The words between a person and the place or force they are of ("Gov. Rick Perry of
/// Texas", "Lt. Ken Cox with St. Louis County Police").
pub(super) const HOLDER_LINKS: &[&str] = &["of", "with"];

/// Whether the run ending at `end` is a place after "of" that follows a name ("Gov.
/// Rick Perry of Texas"), or a force after "with" ("Lt. Ken Cox with St. Louis County
/// Police says"): the name before is the subject.
pub(super) fn of_holder(text: &str, scan: &Scan, end: usize) -> bool {
    let toks = &scan.toks;
    let mut k = end;
    while k > 0 && toks[k - 1].cap && is_space(scan.gap_before(text, k)) {
        k -= 1;
    }
    k >= 2
        && HOLDER_LINKS.contains(&toks[k - 1].folded.as_str())
        && toks[k - 2].cap
        && !toks[k - 2].upper
        && is_space(scan.gap_before(text, k))
        && is_space(scan.gap_before(text, k - 1))
}

/// The "in", "at", "near" or "from" before a town and its state set off by commas, the state
/// ending at the comma before token `c` ("in Aurora, Colorado,"; "in San Bernardino,
/// Calif.,"; "in Iran, Turkey and France,"): a state of the gazetteer or one written
/// short.
fn place_phrase(text: &str, scan: &Scan, c: usize) -> Option<usize> {
    let toks = &scan.toks;
    let mut p = c.checked_sub(1).filter(|&p| toks[p].cap && !toks[p].quoted)?;
    let short = scan.gap_before(text, c).trim() == ".,";
    if !short && !crate::lens::places::is_place(&text[toks[p].span.clone()]) {
        return None;
    }
    // Back over the places, and the "and" of a list of them.
    let and = |k: usize| toks[k].folded == "and" && !toks[k].cap && k > 0 && toks[k - 1].cap;
    while p > 0
        && (toks[p - 1].cap || and(p - 1))
        && !toks[p - 1].quoted
        && matches!(scan.gap_before(text, p).trim(), "" | ",")
    {
        p -= 1;
    }
    (p > 0
        && !toks[p - 1].cap
        && matches!(toks[p - 1].folded.as_str(), "in" | "at" | "near" | "from"))
    .then_some(p - 1)
}

/// Whether the capitalised words ending at token `end` are two or more and no place of
/// the gazetteer: a person's name, as far as words tell.
fn full_name(text: &str, scan: &Scan, end: usize) -> bool {
    let toks = &scan.toks;
    let mut k = end;
    while k > 0 && toks[k - 1].cap && is_space(scan.gap_before(text, k)) {
        k -= 1;
    }
    let shown = &text[toks[k].span.start..toks[end].span.end];
    k < end && !crate::lens::places::is_place(shown)
}

/// Whether the run ending at token `end` follows a preposition ("a source in
/// Brussels admitted"): then it is not the subject.
pub(super) fn after_preposition(text: &str, scan: &Scan, end: usize) -> bool {
    let toks = &scan.toks;
    let mut k = end;
    loop {
        // Back over the name, connectors inside it included ("Secretary of State X").
        while k > 0 && is_space(scan.gap_before(text, k)) {
            let connector =
                matches!(toks[k].folded.as_str(), "of" | "for" | "the" | "on") && toks[k - 1].cap;
            if !(toks[k].cap || connector) {
                break;
            }
            k -= 1;
        }
        // "lawyers for both Jesse Jackson Jr. and Sandra Jackson said": the names
        // joined to one after a preposition are after it too.
        let suffix =
            |j: usize| scan.gap_before(text, j).trim() == "." && is_suffix(&toks[j - 1].folded);
        if !toks[k].cap
            && k < end
            && toks[k].folded == "and"
            && k > 1
            && (is_space(scan.gap_before(text, k)) || suffix(k))
            && toks[k - 1].cap
        {
            k -= 1;
            continue;
        }
        if !toks[k].cap && toks[k].folded == "both" && k > 0 {
            k -= 1;
        }
        // "a half mile away from the Premium Outlets say": the article after it; not a
        // name's own "of the" ("Speaker of the Senate Ana Ruiz"). "In a Tumblr post she
        // …": a preposition opening the sentence is capitalised, and still one.
        let opens = |j: usize| j == 0 || toks[j - 1].sentence != toks[j].sentence;
        if !toks[k].cap
            && k < end
            && k > 0
            && is_article(&toks[k].folded)
            && is_space(scan.gap_before(text, k))
            && PREPOSITIONS.contains(&toks[k - 1].folded.as_str())
            && (!toks[k - 1].cap && k > 1 && !toks[k - 2].cap || opens(k - 1))
        {
            return true;
        }
        // "In Concord, he referred to …", "On Twitter, she responded": a preposition
        // of place or time opening the sentence right before the name. Not "From Ana
        // Ruiz writing at The Dayton Herald:", which introduces her words.
        if toks[k].cap
            && k < end
            && opens(k)
            && !toks[k].upper
            && OPENING_PLACES.contains(&toks[k].folded.as_str())
        {
            return true;
        }
        break;
    }
    !toks[k].cap && k < end && PREPOSITIONS.contains(&toks[k].folded.as_str())
}

/// Prepositions of place and time that open a sentence before a name of where or when.
const OPENING_PLACES: &[&str] =
    &["across", "around", "at", "during", "in", "inside", "near", "on", "outside", "throughout"];

/// Prepositions whose object a name after them is, not a subject.
const PREPOSITIONS: &[&str] = &[
    "about",
    "across",
    "against",
    "along",
    "amid",
    "among",
    "around",
    "at",
    "behind",
    "beneath",
    "between",
    "beyond",
    "by",
    "despite",
    "down",
    "during",
    "for",
    "from",
    "in",
    "inside",
    "into",
    "near",
    "of",
    "on",
    "outside",
    "over",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "unlike",
    "upon",
    "via",
    "with",
    "within",
    "without",
];

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

/// Adjectives that end as nouns of agents do ("former governor", "senior adviser").
const AGENT_LIKE_ADJECTIVES: &[&str] =
    &["eager", "elder", "former", "further", "junior", "latter", "longer", "senior", "younger"];

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

/// Whether the gap before token `i` closes a quotation with a comma, a question or an
/// exclamation mark ("…,” Ana Ruiz said").
pub(super) fn after_quote(text: &str, scan: &Scan, i: usize) -> bool {
    let g = scan.gap_before(text, i).trim();
    let mut chars = g.chars();
    chars.next().is_some_and(|c| matches!(c, ',' | '?' | '!'))
        && g.chars().count() >= 2
        && chars.all(|c| matches!(c, '”' | '"' | '’' | '\''))
}

/// Prepositions that open a phrase of place or time before a clause's subject.
const LEADS: &[&str] =
    &["after", "at", "before", "during", "following", "for", "in", "on", "since", "with"];

/// Whether a verb of saying after a form of "be" is a passive whose subject is spoken
/// of ("was criticized", "were told"), not one that cites its subject ("is said to",
/// "was quoted as saying", "was reported to").
fn passive(verb: &str) -> bool {
    (verb.ends_with("ed") || verb == "told") && !matches!(verb, "quoted" | "reported")
}

/// The "went" of "went on to praise" (or the "continued" of "continued to express",
/// the "took" of "took to Twitter to say")
/// when the verb at `verb` is a plain verb of saying after it: its subject is the
/// speaker. Verbs of naming need their quote ("went on to
/// call it “a fraud”"), as they do alone.
pub(super) fn went_on_to(text: &str, scan: &Scan, verb: usize) -> Option<usize> {
    let toks = &scan.toks;
    let w = toks[verb].folded.as_str();
    if verb < 3 || !GONE_ON_TO.contains(&w) {
        return None;
    }
    let naming = matches!(w, "call" | "describe");
    if naming && !quote_follows(text, scan, verb) {
        return None;
    }
    let same = |k: usize| !toks[k].quoted && toks[k].sentence == toks[verb].sentence;
    // "Mr. Trump has continued to express disbelief": going on saying it.
    let continued = verb - 2;
    if same(continued)
        && same(verb - 1)
        && toks[verb - 1].folded == "to"
        && matches!(
            toks[continued].folded.as_str(),
            "continued" | "continues" | "continue" | "continuing"
        )
    {
        return Some(continued);
    }
    // "Hillary Clinton took to Twitter to say thanks": the platform's one or two words.
    for platform in [1, 2] {
        let Some(took) = verb.checked_sub(platform + 3) else { break };
        let on = took + 2..verb - 1;
        if (took..verb).all(same)
            && toks[verb - 1].folded == "to"
            && toks[took + 1].folded == "to"
            && matches!(toks[took].folded.as_str(), "took" | "takes" | "take" | "taking")
            && (on.clone().all(|k| toks[k].cap)
                || on.clone().map(|k| toks[k].folded.as_str()).eq(["social", "media"]))
        {
            return Some(took);
        }
    }
    let went = verb - 3;
    let words = (went..verb).all(same);
    // "Trump was quick to add that …".
    if words
        && toks[verb - 1].folded == "to"
        && toks[verb - 2].folded == "quick"
        && BE.contains(&toks[went].folded.as_str())
    {
        return Some(went);
    }
    (words
        && toks[verb - 1].folded == "to"
        && toks[verb - 2].folded == "on"
        && matches!(toks[went].folded.as_str(), "go" | "goes" | "going" | "gone" | "went"))
    .then_some(went)
}

/// Whether the words from token `k` are a definite statement standing alone ("the
/// statement", "the police statement", "the company's statement"): lower-case words
/// after "the" up to a statement noun that ends the phrase.
pub(super) fn statement_at(text: &str, scan: &Scan, k: usize) -> bool {
    let toks = &scan.toks;
    if toks.get(k).is_none_or(|t| t.folded != "the" || t.quoted) {
        return false;
    }
    for j in k + 1..toks.len().min(k + 4) {
        let t = &toks[j];
        if t.quoted || t.cap || !is_space(scan.gap_before(text, j)) {
            return false;
        }
        if STATEMENTS.contains(&t.folded.as_str()) {
            // "the statement from her lawyer" names its own source.
            let next = toks.get(j + 1).filter(|_| is_space(scan.gap_after(text, j)));
            return next.is_none_or(|n| !matches!(n.folded.as_str(), "from" | "by" | "of"));
        }
    }
    false
}

/// Whether "called on" or "calls on" at `verb` asks someone for something, as a verb
/// of saying: "called on the governor to veto it"; not "was called on Monday" nor
/// "amid calls on him to quit". "Called for new laws" asks too: a call made in public,
/// which the labels count as speech.
pub(super) fn calls_on(text: &str, scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    let next = |k: usize| toks.get(k).filter(|t| !t.quoted && is_space(scan.gap_before(text, k)));
    // "Amid calls on him to quit": "calls" is a verb only after its subject.
    let subject = verb > 0 && {
        let prior = &toks[verb - 1];
        let w = prior.folded.as_str();
        // A capitalised preposition opens the sentence ("Amid calls on …").
        let preposition = matches!(w, "after" | "against" | "amid" | "among" | "despite" | "with");
        !prior.quoted && ((prior.cap && !preposition) || matches!(w, "he" | "she" | "it"))
    };
    // "Clinton is calling for the United States to step up": the same, going on.
    let going = verb > 0 && !toks[verb - 1].quoted && BE.contains(&toks[verb - 1].folded.as_str());
    match toks[verb].folded.as_str() {
        "called" => {}
        "calls" if subject => {}
        "calling" if going => {}
        _ => return false,
    }
    next(verb + 1).is_some_and(|t| t.folded == "on" || t.folded == "for")
        && next(verb + 2).is_some()
        && !unnamed::weekday(scan, verb + 2)
}

/// Words that make the name after them a kind of people ("every Senate Republican").
const QUANTIFIERS: &[&str] = &["all", "each", "every", "many", "most", "several", "some"];

/// Whether the verb at `verb` issues speech: "issued a statement", "issued an apology",
/// "issued a report … claiming" (its subject speaks; documents released do not); "made
/// an announcement" and "made the same argument" are made in words too.
pub(super) fn issued_speech(text: &str, scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    // "raised the concern that …", "raised questions about": what is raised is said.
    let objects = match toks[verb].folded.as_str() {
        // "released the following statement", "sent out a statement": issued too.
        // "unveiled the report at a news conference".
        "issued" | "issues" | "released" | "releases" | "sent" | "sends" | "unveiled"
        | "unveils" => ISSUED,
        "raised" | "raises" => RAISED,
        // "Christie made a public announcement", "Obama made the same argument".
        "made" | "makes" | "make" => MADE,
        // "Summers offered a fairly dire assessment of the stakes".
        "offered" | "offers" => OFFERED,
        _ => return false,
    };
    // "released a follow-up statement": a compound's hyphen joins as a space does.
    let words = toks.iter().enumerate().skip(verb + 1).take(4);
    for (j, t) in words {
        let joined = is_space(scan.gap_before(text, j)) || scan.hyphened_before(text, j);
        if t.quoted || t.cap || !joined {
            return false;
        }
        if objects.contains(&t.folded.as_str()) {
            // "released a letter from his physician": the physician's words, passed on.
            let from = toks.get(j + 1).is_some_and(|n| !n.quoted && n.folded == "from");
            return !from;
        }
    }
    false
}

/// "Ana Ruiz is defending herself against a report she misstated …": defending oneself
/// against what was said is answering it; against an attacker it is not speech.
pub(super) fn defended_against_words(text: &str, scan: &Scan, verb: usize) -> bool {
    let toks = &scan.toks;
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| !t.quoted && is_space(scan.gap_before(text, k)))
            .map_or("", |t| t.folded.as_str())
    };
    if !matches!(word(verb), "defended" | "defending" | "defends" | "defend")
        || !matches!(word(verb + 1), "himself" | "herself" | "themselves" | "itself")
        || word(verb + 2) != "against"
    {
        return false;
    }
    (verb + 3..verb + 7).any(|k| WORDS_AGAINST.contains(&word(k)))
}

/// What is said against someone, which defending oneself answers.
const WORDS_AGAINST: &[&str] = &[
    "accusations",
    "allegations",
    "charges",
    "claims",
    "criticism",
    "critics",
    "report",
    "reports",
    "suggestions",
];

/// Spans of time after "last" or "this" between a subject and its verb ("last week").
const SPANS: &[&str] = &["evening", "month", "morning", "night", "week", "weekend", "year"];

/// The first token of "two weeks ago", "a year ago", "less than a month ago" ending at
/// the "ago" at `ago`, if it is one.
fn span_ago(text: &str, scan: &Scan, ago: usize) -> Option<usize> {
    let toks = &scan.toks;
    let joined = |k: usize| is_space(scan.gap_before(text, k + 1)) && !toks[k].quoted;
    let unit = ago.checked_sub(1).filter(|&k| joined(k))?;
    let w = toks[unit].folded.as_str();
    let span =
        matches!(w, "days" | "day" | "hours" | "hour") || SPANS.contains(&w.trim_end_matches('s'));
    let count = unit.checked_sub(1).filter(|&k| joined(k) && !toks[k].cap)?;
    let c = toks[count].folded.as_str();
    let counted = matches!(c, "a" | "an" | "few" | "several") || crate::lens::figures::is_count(c);
    if !span || !counted {
        return None;
    }
    // "less than", "more than", "about", "nearly" before the count.
    let mut start = count;
    if start >= 2 && toks[start - 1].folded == "than" && joined(start - 1) && joined(start - 2) {
        start -= 2;
    } else if start >= 1
        && joined(start - 1)
        && matches!(toks[start - 1].folded.as_str(), "about" | "nearly" | "almost" | "just")
    {
        start -= 1;
    }
    Some(start)
}

/// Nouns of a phrase of time or of the way something was said, between a subject and
/// its verb ("at the time", "in a statement", "in an interview").
const MANNERS: &[&str] = &[
    "email",
    "hearing",
    "interview",
    "letter",
    "moment",
    "post",
    "release",
    "speech",
    "statement",
    "time",
    "tweet",
];

/// "Clinton called it “vile and wrong”": a verb of naming speaks when a quote follows
/// it in its sentence, within a few words, or further on before a comma, a clause of
/// its own or another verb of saying: "called Clinton's remarks on 9/11 a “new low”",
/// not "called the police, who said “…”".
pub(super) fn quote_follows(text: &str, scan: &Scan, verb: usize) -> bool {
    quote_within(text, scan, verb, 13)
}

/// Whether a quote follows the participle at `verb` within a few words ("calling him
/// “a total stiff”"): "Trump calling for a ban makes him “ISIS' best recruiter”"
/// quotes whoever said so.
pub(super) fn quote_close_after(text: &str, scan: &Scan, verb: usize) -> bool {
    quote_within(text, scan, verb, 7)
}

fn quote_within(text: &str, scan: &Scan, verb: usize, reach: usize) -> bool {
    let toks = &scan.toks;
    let sentence = toks[verb].sentence;
    let mut open = true;
    for k in (verb + 1..toks.len().min(verb + reach)).take_while(|&k| toks[k].sentence == sentence)
    {
        if toks[k].quoted && (open || k < verb + 7) {
            return true;
        }
        let w = toks[k].folded.as_str();
        let clause = matches!(w, "who" | "which" | "that" | "and" | "but" | "as");
        if clause || VERBS.contains(&w) || scan.gap_before(text, k).contains([',', ';', ':']) {
            open = false;
        }
    }
    false
}

/// Whether the name ending at `n` is the second party of a case ("Walmart Stores v.
/// Dukes"): what follows is the ruling's, no one's words.
fn case_party(scan: &Scan, n: usize) -> bool {
    let toks = &scan.toks;
    let mut k = n;
    while k > 0 && toks[k].cap && n - k < 4 {
        k -= 1;
    }
    matches!(toks[k].folded.as_str(), "v" | "vs") && !toks[k].cap
}

/// Whether the name ending at `end`, a title's stop inside it at most ("Sen. Lamar
/// Alexander"), is the object of a preposition other than a holder's "of".
fn titled_object(text: &str, scan: &Scan, end: usize) -> bool {
    let toks = &scan.toks;
    let mut q = end;
    while q > 0 && toks[q - 1].cap && !toks[q - 1].quoted {
        let gap = scan.gap_before(text, q);
        if !(is_space(gap) || (gap.trim() == "." && abbreviated(&toks[q - 1].folded))) {
            break;
        }
        q -= 1;
    }
    q > 0
        && !toks[q - 1].cap
        && toks[q - 1].folded != "of"
        && PREPOSITIONS.contains(&toks[q - 1].folded.as_str())
        && is_space(scan.gap_before(text, q))
}
