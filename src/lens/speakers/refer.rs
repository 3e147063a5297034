//! Who a role, a surname or a statement refers back to: the people and institutions an
//! article has named so far, with the roles and the sex its words gave them.
//!
//! News copy names a source once in full ("Sheriff Chris Nocco", "Ryan Zinke, the
//! interior secretary") and then says "the sheriff said", "Nocco said", "she told
//! reporters", "the statement said". Each is resolved to the most recent compatible
//! source named before it in the article.

use super::run_index::titled;
use super::words::{FIRMS, PERSON_ROLES, gender_of, kin, roles_of_title};
use crate::lens::given::female_by_given_name;
use crate::lens::model::Name;
use crate::lens::scan::{Scan, is_space};
use std::ops::Range;

/// A person named in the article so far.
#[derive(Debug, Clone)]
pub(super) struct Known {
    pub name: Name,
    /// Role nouns that refer back to them ("sheriff", "governor").
    pub roles: Vec<&'static str>,
    /// `Some(true)` for a woman, `Some(false)` for a man, if the article says.
    pub female: Option<bool>,
    /// How many times a man's owning pronoun ("his", "himself"; first) and a woman's
    /// ("her songs", "herself"; second) followed them as the one person of their
    /// sentence: the sex the article's pronouns tell.
    pub pronouns: [u16; 2],
}

/// The people and institutions named so far, most recent last.
#[derive(Debug, Default)]
pub(super) struct Named {
    people: Vec<Known>,
    institutions: Vec<Name>,
    /// Institutions and names of one word with no title, role or sex: what "the
    /// company" may refer to ("Yahoo", "Facebook").
    organisations: Vec<Name>,
    /// The person whose office was mentioned last ("Mr. Fishman’s office"), if the
    /// last office mentioned was a person's: "the office said" speaks for them.
    office: Option<Name>,
}

/// At most this many are remembered: enough for an article, bounded for any input.
const KEEP: usize = 64;

impl Named {
    /// Remembers the source named by the run `run` (already read as `name`): its roles
    /// from the words before the name proper, an abbreviated title, and an apposition.
    pub fn note(&mut self, text: &str, scan: &Scan, run: Range<usize>, name: Name) {
        self.organisations.retain(|n| n.key != name.key);
        if name.institution {
            keep_last(&mut self.organisations, name.clone());
            self.institutions.retain(|n| n.key != name.key);
            keep_last(&mut self.institutions, name);
            return;
        }
        let toks = &scan.toks;
        // The words before the name proper, and those before its last two ("Sheriff
        // Chris Nocco" keeps its title in the name).
        let proper = run.end.saturating_sub(2);
        let mut words: Vec<&str> = toks[run.clone()]
            .iter()
            .enumerate()
            .filter(|(k, t)| t.span.start < name.span.start || run.start + k < proper)
            .map(|(_, t)| t.folded.as_str())
            .collect();
        if titled(scan, &run) {
            words.push(toks[run.start - 1].folded.as_str());
        }
        let mut before_tie = None;
        // "Hunger Games director Gary Ross", "his mother Lee Anna Richardson": a role or
        // a tie in lower case right before the name.
        if let Some(before) = run.start.checked_sub(1).map(|k| &toks[k]).filter(|t| {
            !t.cap
                && !t.quoted
                && is_space(scan.gap_before(text, run.start))
                && (PERSON_ROLES.contains(&t.folded.as_str()) || kin(&t.folded).is_some())
        }) {
            words.push(before.folded.as_str());
            before_tie = kin(&before.folded);
        }
        // "The Navarro County Sheriff is investigating": a name that is an office holds
        // its role ("the sheriff said").
        if let Some(last) = toks
            .get(run.end - 1)
            .filter(|t| t.cap && !t.possessive && PERSON_ROLES.contains(&t.folded.as_str()))
        {
            words.push(last.folded.as_str());
        }
        // "The suspect, Michael Webb, was convicted": the description set off before.
        if run.start > 0 && scan.gap_before(text, run.start).trim() == "," {
            let mut k = run.start - 1;
            while !toks[k].cap && !toks[k].quoted && run.start - k <= 4 {
                words.push(toks[k].folded.as_str());
                if k == 0 || !is_space(scan.gap_before(text, k)) {
                    break;
                }
                k -= 1;
            }
        }
        // "Ryan Zinke, the interior secretary, said": the apposition's words. A family
        // tie only where it ends the apposition ("Ana Ruiz, the boy's mother,"), not in
        // a clause after the name ("Hillary Clinton, his son said").
        let mut tie = None;
        if scan.gap_after(text, run.end - 1).trim() == "," {
            let mut k = run.end;
            while k < toks.len() && k < run.end + 8 && !toks[k].quoted {
                words.push(toks[k].folded.as_str());
                if !is_space(scan.gap_after(text, k)) {
                    tie = kin(&toks[k].folded);
                    break;
                }
                k += 1;
            }
        }
        let mut roles: Vec<&'static str> = tie.into_iter().chain(before_tie).collect();
        let mut female = None;
        for w in words {
            if let Some(r) = PERSON_ROLES.iter().find(|r| **r == w) {
                roles.push(r);
            }
            roles.extend(roles_of_title(w));
            female = female
                .or(gender_of(w).filter(|_| !matches!(w, "he" | "him" | "his" | "she" | "her")));
        }
        let titled = !roles.is_empty() || female.is_some();
        // "pro-Trump" is a modifier, not a mention.
        let prefixed = scan.gap_before(text, run.start).chars().any(crate::text::is_hyphen);
        // "Swift got support" after "Taylor Swift" is the person again, not a company.
        let surname = self.people.iter().any(|k| k.name.key == name.key && k.surely_a_person());
        // "The group that owns most of her music, Big Machine, says": a name set off
        // after a firm's noun is the firm's, whatever its length.
        let firm = !titled && run.start > 0 && scan.gap_before(text, run.start).trim() == "," && {
            let s = toks[run.start].sentence;
            (run.start.saturating_sub(10)..run.start)
                .rev()
                .take_while(|&k| !toks[k].cap && !toks[k].quoted && toks[k].sentence == s)
                .any(|k| {
                    let w = toks[k].folded.as_str();
                    !toks[k].possessive && (FIRMS.contains(&w) || w == "group")
                })
        };
        if firm || (!titled && !prefixed && !surname && !name.shown.contains(' ') && run.len() == 1)
        {
            keep_last(&mut self.organisations, name.clone());
        }
        if let Some(p) = self.people.iter().rposition(|k| same_person(&k.name, &name)) {
            let old = self.people.remove(p);
            roles.extend(old.roles);
            female = female.or(old.female);
            // The fuller name stays shown ("Chris Nocco", not "Nocco").
            let name = if old.name.shown.len() > name.shown.len() { old.name } else { name };
            self.people.push(Known { name, roles, female, pronouns: old.pronouns });
        } else {
            self.people.push(Known { name, roles, female, pronouns: [0, 0] });
        }
        if self.people.len() > KEEP {
            self.people.remove(0);
        }
    }

    /// Remembers an institution cited by a description ("Marion County Sheriff's
    /// deputies say" cites the Marion County Sheriff), which a shorter one may refer to.
    pub fn note_institution(&mut self, name: &Name) {
        self.institutions.retain(|n| n.key != name.key);
        keep_last(&mut self.institutions, name.clone());
    }

    /// Remembers the office mentioned last, with the person it belongs to if known.
    pub fn note_office(&mut self, holder: Option<Name>) {
        self.office = holder;
    }

    /// The person whose office was mentioned last, if it was a person's.
    pub fn office_holder(&self) -> Option<Name> {
        self.office.clone()
    }

    /// The last publication named: "the newspaper reported" after "The Standard-Times
    /// of New Bedford". A name of two words at least whose last is a paper's.
    pub fn publication(&self) -> Option<Name> {
        self.institutions
            .iter()
            .rev()
            .find(|n| {
                let words: Vec<&str> = n.shown.split(' ').collect();
                // "Standard-Times" is one word; "Post" alone may be anyone's.
                let head = |w: &str| {
                    let w = w.to_lowercase();
                    PAPER_HEADS
                        .iter()
                        .any(|h| (w == *h && words.len() >= 2) || w.ends_with(&format!("-{h}")))
                };
                words.iter().take_while(|w| **w != "of").last().is_some_and(|w| head(w))
            })
            .cloned()
    }

    /// The last person named with this role.
    pub fn by_role(&self, role: &str) -> Option<Name> {
        self.people.iter().rev().find(|k| k.roles.contains(&role)).map(|k| k.name.clone())
    }

    /// The person named before under this key (a surname).
    pub fn by_key(&self, key: &str) -> Option<Name> {
        self.people.iter().rev().find(|k| k.name.key == key).map(|k| k.name.clone())
    }

    /// The one person named before in full whose given name is this bare word ("Jacob
    /// later told officers" after "Jacob Remaley"), when the word is no one's surname
    /// and no one else named so far has that given name. A word met with a title or a
    /// role ("Mr. Ban", "President Trump") is a surname, whatever full name starts with
    /// it ("Ban Ki-moon", "Trump Tower").
    pub fn by_given(&self, word: &str) -> Option<Name> {
        let full = || self.people.iter().filter(|k| k.name.shown.contains(' '));
        let surname = |k: &Known| {
            k.name.key == word
                && (k.name.shown.contains(' ') || !k.roles.is_empty() || k.female.is_some())
        };
        if self.people.iter().any(surname) {
            return None;
        }
        let given =
            |k: &&Known| k.name.shown.split(' ').next().is_some_and(|w| w.to_lowercase() == word);
        let mut matches = full().filter(given);
        let first = matches.next()?;
        matches.all(|k| k.name.key == first.name.key).then(|| first.name.clone())
    }

    /// The last institution whose head is this noun: its last word ("the service" →
    /// "Fish and Wildlife Service") or the word before its "of" or "for" ("the
    /// conference" → "Conference of Catholic Bishops").
    pub fn institution_ending(&self, noun: &str) -> Option<Name> {
        let is_noun = |w: &str| crate::text::without_possessive(&w.to_lowercase()) == noun;
        self.institutions
            .iter()
            .rev()
            .find(|n| {
                let words: Vec<&str> = n.shown.split(' ').collect();
                words.last().is_some_and(|w| is_noun(w))
                    || words
                        .windows(2)
                        .find(|p| matches!(p[1], "of" | "for"))
                        .is_some_and(|p| is_noun(p[0]))
            })
            .cloned()
    }

    /// Counts a pronoun of this sex that followed this person, the one person named in
    /// its sentence before it ("Taylor Swift posted on Twitter accusing Big Machine of
    /// trying to stop her performing"); only for someone named in full or with a role,
    /// as a bare capitalised word ("Americans") may be no person.
    pub fn note_pronoun(&mut self, name: &Name, female: bool) {
        let found = self.people.iter_mut().rev().find(|k| same_person(&k.name, name));
        if let Some(k) = found.filter(|k| k.surely_a_person()) {
            let n = &mut k.pronouns[usize::from(female)];
            *n = n.saturating_add(1);
        }
    }

    /// The last institution or bare one-word name: "the company" refers back to it.
    pub fn organisation(&self) -> Option<Name> {
        // "lawsuits in the United States and Canada. … the company said": a country
        // is no company.
        self.organisations.iter().rev().find(|n| !crate::lens::places::is_place(&n.shown)).cloned()
    }

    /// The person named last whom the article or the given name makes of this sex and
    /// who has spoken (`spoke` holds keys of those cited so far).
    pub fn last_speaker_of_sex(&self, female: bool, spoke: &[String]) -> Option<Name> {
        self.people
            .iter()
            .rev()
            .filter(|k| spoke.contains(&k.name.key))
            .find(|k| k.sex() == Some(female))
            .map(|k| k.name.clone())
    }

    /// What the article or the given name says of this person's sex.
    fn sex_of(&self, name: &Name) -> Option<bool> {
        let known = self.people.iter().rev().find(|k| same_person(&k.name, name));
        known.and_then(Known::sex).or_else(|| female_by_given_name(&name.shown))
    }

    /// Whether the article has shown this word to be a person's: named in full, given a
    /// title or a role, or a sex. "Things" opening a sentence is none of these.
    pub fn is_person(&self, name: &Name) -> bool {
        name.shown.contains(' ')
            || self.people.iter().any(|k| {
                k.name.key == name.key
                    && (k.name.shown.contains(' ') || !k.roles.is_empty() || k.sex().is_some())
            })
            || female_by_given_name(&name.shown).is_some()
    }

    /// Whether the article or the given name says this person is of this sex.
    pub fn surely(&self, name: &Name, female: bool) -> bool {
        self.sex_of(name) == Some(female)
    }

    /// Whether a person may be referred to by a pronoun of this sex: by what the
    /// article said of them ("Ms.", "his wife"), else by their given name.
    pub fn fits(&self, name: &Name, female: Option<bool>) -> bool {
        let Some(want) = female else {
            return true;
        };
        // "Rockingham" after "Kaiyana Rockingham" and "her son Dewaun Rockingham": a
        // surname alone may be any of the family.
        if !name.shown.contains(' ') {
            let mut family = self.people.iter().filter(|k| k.name.key == name.key).peekable();
            if family.peek().is_some() {
                return family.any(|k| k.sex().is_none_or(|f| f == want));
            }
        }
        self.sex_of(name).is_none_or(|f| f == want)
    }
}

impl Known {
    /// Named in full or with a role: a bare capitalised word ("Americans") may be no
    /// person.
    fn surely_a_person(&self) -> bool {
        self.name.shown.contains(' ') || !self.roles.is_empty()
    }

    /// `Some(true)` for a woman: what the article said, else what the given name says,
    /// else what most pronouns after them said.
    fn sex(&self) -> Option<bool> {
        let [male, female] = self.pronouns;
        self.female
            .or_else(|| female_by_given_name(&self.name.shown))
            .or((male != female).then_some(female > male))
    }
}

/// Pushes a name onto a list of the most recent, dropping the oldest beyond `KEEP`.
fn keep_last(list: &mut Vec<Name>, name: Name) {
    list.push(name);
    if list.len() > KEEP {
        list.remove(0);
    }
}

/// Whether two mentions under one key are one person: "Warren" and "Wendell Warren"
/// are, "Doreen Warren" and "Wendell Warren" (a family) are not.
fn same_person(a: &Name, b: &Name) -> bool {
    fn first(n: &Name) -> Option<&str> {
        let mut words = n.shown.split_whitespace();
        let first = words.next();
        words.next().and(first)
    }
    a.key == b.key
        && match (first(a), first(b)) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
}

/// Last words of a newspaper's or a magazine's name ("The Denver Post", "the
/// Standard-Times").
const PAPER_HEADS: &[&str] = &[
    "bee",
    "chronicle",
    "courier",
    "daily",
    "dispatch",
    "enquirer",
    "examiner",
    "gazette",
    "globe",
    "guardian",
    "herald",
    "independent",
    "inquirer",
    "journal",
    "magazine",
    "mercury",
    "newspaper",
    "observer",
    "post",
    "press",
    "register",
    "review",
    "sentinel",
    "star",
    "telegraph",
    "times",
    "tribune",
];
