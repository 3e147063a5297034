//! What an aside's words are: a name set off as the apposition, or a description
//! (owned, a role, a party member's) of the name before it.

use super::{Aside, Step};
use crate::lens::names::{is_role, is_suffix};
use crate::lens::speakers::apposed::name_before_comma;
use crate::lens::speakers::chain::{PARTY_MEMBERS, first_of_chain};
use crate::lens::speakers::preposition::{after_preposition, of_holder, place_phrase};
use crate::lens::speakers::subject_kind::Subject;
use crate::lens::speakers::words::*;

impl Aside<'_> {
    /// Whether token `x` may stand in a name set off as the apposition: "His nominee,
    /// Keith Kellogg, says"; "…, Representative Ron Paul of Texas, scoffed" ("of"
    /// inside); "The two senators, Ana Ruiz and Tom Berg, said" (two names joined).
    fn name_like(&self, x: usize) -> bool {
        let (j, k) = (self.j, self.k);
        let toks = &self.scan.toks;
        let joined = |x: usize| {
            x > k && x + 1 < j && toks[x].folded == "and" && toks[x - 1].cap && toks[x + 1].cap
        };
        toks[x].cap || (x > k && toks[x].folded == "of") || joined(x)
    }

    /// "…, Darran Whiting of Liberty Baptist Church in Marion, said": the town after the
    /// body is where; the body's run ends before "in".
    pub(super) fn before_place(&self) -> Option<Subject> {
        let (j, k) = (self.j, self.k);
        let toks = &self.scan.toks;
        let located = (k + 2..j).find(|&x| {
            matches!(toks[x].folded.as_str(), "in" | "at")
                && !toks[x].cap
                && (x + 1..j).all(|y| toks[y].cap)
                && (k..x).any(|y| toks[y].folded == "of")
        });
        if self.commas()
            && toks[k].cap
            && let Some(x) = located.filter(|&x| (k..x).all(|x| self.name_like(x)))
        {
            return Some(Subject::Run(x - 1));
        }
        None
    }

    /// "Bob Berg, Democrat of Ohio, said": a party member's description.
    fn member(&self) -> bool {
        PARTY_MEMBERS.contains(&self.scan.toks[self.k].folded.as_str())
    }

    /// Whether a name owns a word of the aside.
    fn owner(&self) -> bool {
        (self.k..self.j - 1).any(|x| self.scan.toks[x].possessive)
    }

    /// "Sam Jacobs, Time’s Assistant Managing Editor, explained": an office owned by a
    /// name, capitalised as titles are, is no name.
    fn owned_office(&self) -> bool {
        self.owner() && person_noun(&self.scan.toks[self.j - 1].folded)
    }

    /// An aside that is all name: the name set off, or the one before it.
    pub(super) fn name_set_off(&self) -> Option<Step> {
        let (text, scan, j, k) = (self.text, self.scan, self.j, self.k);
        let toks = &scan.toks;
        let all_name = self.commas()
            && !self.member()
            && !self.owned_office()
            && (k..j).all(|x| self.name_like(x));
        if !all_name {
            return None;
        }
        // "Tom Berg, of Dayton, Ohio, said": the state is no name.
        // "Ana Ruiz, who works in Greenbelt, Maryland, said": nor the
        // town after "in"; the subject is further back.
        // "Ana Ruiz, who served in Iran, Turkey and France, praised":
        // nor a list of places after "in".
        let n = name_before_comma(text, scan, j);
        // "Ana Ruiz, the editor of the town's paper, The Dayton Herald,
        // said": the name set off after a thing's noun is the thing's;
        // the subject is the name before the description.
        let thing = self.bare == ","
            && k > 0
            && !toks[k - 1].cap
            && !toks[k - 1].quoted
            && !{
                let w = toks[k - 1].folded.as_str();
                person_noun(w) || w.strip_suffix('s').is_some_and(person_noun)
            };
        if thing && let Some(first) = first_of_chain(text, scan, k) {
            return Some(Step::Found(Some(Subject::Run(first))));
        }
        if let Some(p) = place_phrase(text, scan, j) {
            return Some(Step::Back { to: p, over: j - p });
        }
        Some(Step::Found(n.map(Subject::Run)))
    }

    /// "Ana Ruiz, president of the Ruiz Fund, an advocacy group, said": the name before
    /// the first of stacked descriptions.
    pub(super) fn before_descriptions(&self) -> Option<Subject> {
        let (text, scan, k) = (self.text, self.scan, self.k);
        let toks = &scan.toks;
        if self.commas()
            && (!toks[k].cap || is_article(&toks[k].folded) || self.member())
            && let Some(n) = first_of_chain(text, scan, k)
        {
            return Some(Subject::Run(n));
        }
        None
    }

    /// The name right before the aside, if the aside describes it: in lower case, after
    /// an article, owned, a role, or a party member's.
    pub(super) fn before_description(&self) -> Option<Subject> {
        let (text, scan, j, k) = (self.text, self.scan, self.j, self.k);
        let toks = &scan.toks;
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
        let owned = self.owner() && (!toks[j - 1].cap || self.owned_office() || owned_person);
        // "Bill Ritz, EDS spokesman, said": a body, then the role.
        let role = !toks[j - 1].cap && person_noun(&toks[j - 1].folded);
        // "Chris Covert, South Carolina director for Sanders, said": a
        // role after the capitalised words of its place or body.
        let placed_role =
            (k..j).find(|&x| !toks[x].cap).is_some_and(|x| x > k && person_noun(&toks[x].folded));
        // "James P. Kennedy Jr., the U.S. Attorney, said": the suffix's stop.
        let suffixed = self.bare == ".," && is_suffix(&toks[k - 1].folded);
        ((self.bare.len() == self.open.len_utf8() || suffixed)
            && toks[k - 1].cap
            && (self.g == ")"
                || !toks[k].cap
                || is_article(&toks[k].folded)
                || owned
                || role
                || placed_role
                || self.member())
            && !(self.words > 0
                && after_preposition(text, scan, k - 1)
                && !of_holder(text, scan, k - 1)))
        .then_some(Subject::Run(k - 1))
    }
}
