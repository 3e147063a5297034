//! The subject back over an apposition or a parenthesis set off before a verb of
//! saying ("Kofman, a senior fellow, observed"; "Sen. Jane Doe (D-Calif.) said"): where
//! the name stands, read off the words between the opening gap and the closing one.

mod content;

use super::apposed::{name_before_comma, owned_apposition};
use super::preposition::{after_preposition, of_holder, place_phrase, titled_object};
use super::subject_kind::Subject;
use super::words::*;
use crate::lens::names::is_role;
use crate::lens::scan::{Scan, is_space};
use crate::lens::unnamed;

/// The subject back over an apposition or a parenthesis that the gap `g` (a comma or a
/// closing parenthesis) before token `j` ends.
pub(super) fn across_apposition(
    text: &str,
    scan: &Scan,
    j: usize,
    sentence: usize,
    g: &str,
) -> Option<Subject> {
    let toks = &scan.toks;
    let open = if g == "," { ',' } else { '(' };
    let mut k = j - 1;
    let mut words = 0;
    while k > 0 && toks[k].sentence == sentence && !toks[k].quoted && words < 32 {
        let before = scan.gap_before(text, k);
        if before.contains(open) {
            let aside = Aside { text, scan, j, k, g, bare: before.trim(), open, words };
            match aside.read() {
                Step::Found(subject) => return subject,
                Step::Back { to, over } => {
                    words += over;
                    k = to;
                    continue;
                }
            }
        }
        if !inside_name(scan, k, before) {
            return None;
        }
        k -= 1;
        words += 1;
    }
    None
}

/// Whether the gap `before` token `k` may stand inside a name the walk back goes on
/// over: a space, or a stop, a hyphen, an apostrophe or an ampersand a name is written
/// with.
fn inside_name(scan: &Scan, k: usize, before: &str) -> bool {
    // "CNN, which hired Ms. Ruiz, said": a title's stop inside; "the
    // lawyer, Mark D. Sheridan, said": a middle initial's.
    let prior = &scan.toks[k - 1];
    let initial = prior.cap && prior.folded.chars().count() == 1;
    // "the U.S. Attorney": a country's initials keep their stop.
    let country = matches!(prior.folded.as_str(), "us" | "uk" | "u.s" | "u.k");
    // "a D.C.-based talk radio host": initials' stop, before a hyphen too.
    let initials = initial || prior.upper;
    let title = (before.trim() == "." && (abbreviated(&prior.folded) || initials || country))
        || (before.trim() == ".-" && initials);
    // "the firm Cushman & Wakefield": an ampersand joins a firm's name.
    is_space(before) || title || before.trim().chars().all(|c| matches!(c, '-' | '’' | '\'' | '&'))
}

/// What the reading of an aside's opening decides: the subject (or that there is
/// none), or to walk on back from token `to`, `over` more words read.
enum Step {
    Found(Option<Subject>),
    Back { to: usize, over: usize },
}

/// An aside whose opening gap, `bare` trimmed, is before token `k`, and whose closing
/// gap `g` (a comma or a closing parenthesis) is before the verb's subject edge `j`;
/// `words` read back so far.
struct Aside<'a> {
    text: &'a str,
    scan: &'a Scan,
    j: usize,
    k: usize,
    g: &'a str,
    bare: &'a str,
    open: char,
    words: usize,
}

impl Aside<'_> {
    /// The steps in the order they are tried; the first that decides wins.
    fn read(&self) -> Step {
        let found = |s: Option<Subject>| s.map(|s| Step::Found(Some(s)));
        found(self.before_relative())
            .or_else(|| self.before_tag())
            .or_else(|| found(self.before_parenthesis()))
            .or_else(|| self.before_party_tag())
            .or_else(|| found(self.before_office()))
            .or_else(|| found(self.before_place()))
            .or_else(|| self.name_set_off())
            .or_else(|| found(self.before_descriptions()))
            .or_else(|| found(self.pronoun()))
            .or_else(|| self.back_over_place())
            .or_else(|| self.owner_before_whose())
            .unwrap_or_else(|| Step::Found(self.before_description()))
    }

    /// Whether the aside opens and closes on commas only.
    fn commas(&self) -> bool {
        self.g == "," && self.bare == ","
    }

    /// A relative clause or a list set off after the subject.
    fn before_relative(&self) -> Option<Subject> {
        let (text, scan, j, k) = (self.text, self.scan, self.j, self.k);
        let toks = &scan.toks;
        // "A witness, who asked not to be named, said": the description a
        // relative clause follows.
        if self.commas()
            && toks[k].folded == "who"
            && let Some(d) = unnamed::ending_at(text, scan, k - 1)
        {
            return Some(Subject::Described(d));
        }
        // "Sanders, meanwhile, who sits at zero endorsements, said": a word
        // set off before the clause.
        if self.commas()
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
        if self.commas()
            && toks[k].folded == "including"
            && !toks[k].cap
            && (k + 1..j).all(|x| toks[x].cap)
            && j > k + 1
        {
            return Some(Subject::Run(j - 1));
        }
        None
    }

    /// "Sen. Ana Ruiz, D-Ore., the panel's chair, said": a party tag or a hometown's
    /// state before the apposition. Not a name after a preposition: "An executive from
    /// Apple Inc., which plans a plant, called" is the executive's.
    fn before_tag(&self) -> Option<Step> {
        let (text, scan, k) = (self.text, self.scan, self.k);
        if self.g == ","
            && matches!(self.bare, "," | ".,")
            && let Some(n) = name_before_comma(text, scan, k).filter(|&n| n + 1 != k)
        {
            let object = after_preposition(text, scan, n) && !of_holder(text, scan, n);
            return Some(Step::Found((!object).then_some(Subject::Run(n))));
        }
        None
    }

    /// "Rep. Sander M. Levin (Mich.), a superdelegate, said": a parenthesis, then the
    /// description; the name is before both. "Rep. Bobby Scott (D-Va.), ranking member
    /// of the committee, said": any description in lower case.
    fn before_parenthesis(&self) -> Option<Subject> {
        let (text, scan, k) = (self.text, self.scan, self.k);
        let toks = &scan.toks;
        if self.g == ","
            && matches!(self.bare, ")," | ".),")
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
        None
    }

    /// "Sen. Ted Cruz, R-Texas, said": the name is before the tag.
    fn before_party_tag(&self) -> Option<Step> {
        let (text, scan, j, k) = (self.text, self.scan, self.j, self.k);
        if self.commas() && unnamed::party_tag(text, scan, k, j) {
            return Some(Step::Found((k > 0 && scan.toks[k - 1].cap).then(|| Subject::Run(k - 1))));
        }
        None
    }

    /// "Pankaj Pandey, Head of Research at ICICI Securities, said": an office written in
    /// capitals, "of", "for" or "at" after its head.
    fn before_office(&self) -> Option<Subject> {
        let k = self.k;
        let toks = &self.scan.toks;
        let office = toks[k].cap
            && (is_role(&toks[k].folded) || toks[k].folded == "head")
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.folded.as_str(), "of" | "for" | "at") && !t.cap);
        (self.commas() && office && toks[k - 1].cap).then(|| Subject::Run(k - 1))
    }

    /// "He, along with several other members, suggested": the pronoun before the aside.
    fn pronoun(&self) -> Option<Subject> {
        let k = self.k;
        let before = matches!(self.scan.toks[k - 1].folded.as_str(), "he" | "she");
        (self.commas() && before).then_some(Subject::Pronoun(k - 1))
    }

    /// "Ana Ruiz, who lost her son in a shooting in Aurora, Colorado, in July, said": a
    /// town and its state after "in" are where; the subject is further back.
    fn back_over_place(&self) -> Option<Step> {
        let (text, scan, k) = (self.text, self.scan, self.k);
        if self.g == ","
            && name_before_comma(text, scan, k).is_none()
            && let Some(p) = place_phrase(text, scan, k)
        {
            return Some(Step::Back { to: p, over: k - p });
        }
        None
    }

    /// "Marco Rubio, whose hometown, Miami, is projected …, argues": the name set off
    /// after "whose" and its noun is the thing owned; the subject is the owner before
    /// "whose".
    fn owner_before_whose(&self) -> Option<Step> {
        let (text, scan, k) = (self.text, self.scan, self.k);
        if self.g == ","
            && let Some(w) = owned_apposition(text, scan, k - 1)
        {
            return Some(Step::Found(name_before_comma(text, scan, w).map(Subject::Run)));
        }
        None
    }
}
