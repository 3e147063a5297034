//! Names of sources: finding a run of capitalised words, telling a person from an
//! institution, and the key under which two mentions are one source ("Kofman" and
//! "Michael Kofman"; "ISW" and "the Institute for the Study of War"; "Zelensky" and
//! "Zelenskyy" through the alias table). The words names are made of are in [`words`].

mod words;

use super::model::Name;
use super::scan::{Scan, initials, is_space};
use super::unnamed;
use crate::corpus::calendar::{MONTHS, SHORT_MONTHS};
use crate::text::{fold_into, is_date, is_stop};
use std::collections::HashMap;
use std::ops::Range;
use words::*;

pub(crate) use words::{MEDIA_NOUNS, is_role, is_suffix};

/// Spelling variants folded to their canonical form, for keys.
#[derive(Debug, Default)]
pub(crate) struct Canon(HashMap<String, String>);

impl Canon {
    pub fn new(pairs: &[(String, String)]) -> Canon {
        let (mut v, mut c) = (String::new(), String::new());
        let mut map = HashMap::new();
        for (variant, canonical) in pairs {
            fold_into(variant, &mut v);
            fold_into(canonical, &mut c);
            map.insert(v.clone(), c.clone());
        }
        Canon(map)
    }

    pub(crate) fn get<'a>(&'a self, folded: &'a str) -> &'a str {
        self.0.get(folded).map_or(folded, String::as_str)
    }
}

/// The maximal runs of capitalised words outside quotes, as token ranges, in order.
pub(crate) fn runs(text: &str, scan: &Scan) -> Vec<Range<usize>> {
    let toks = &scan.toks;
    let namely = |i: usize| {
        let t = &toks[i];
        t.cap && !t.quoted && t.folded.chars().next().is_some_and(char::is_alphabetic)
    };
    // "the Sheriff's Department", "the Coroner’s Office": an office's possessive is
    // inside the name of the institution that holds it.
    let office = |k: usize| {
        OFFICE_HOLDERS.contains(&toks[k - 1].folded.as_str())
            && matches!(toks[k].folded.as_str(), "office" | "department")
    };
    // "C. Stewart Verdery Jr.", "E. Jean Carroll": a first initial before a given name
    // (or a second initial) and a surname, where a name may open: at the start, after a mark, after a small
    // word or a verb of saying ("said C. Stewart Verdery"), not after a noun it labels
    // ("vitamin D. Ana Ruiz said").
    let opens = |i: usize| {
        i == 0
            || !is_space(scan.gap_before(text, i))
            || crate::text::is_stop(&toks[i - 1].folded)
            || matches!(toks[i - 1].folded.as_str(), "said" | "says" | "told" | "wrote" | "added")
    };
    let leading = |k: usize| {
        k + 1 < toks.len()
            && opens(k - 1)
            && namely(k)
            && namely(k + 1)
            // "J. J. Price": a second initial before the surname.
            && (is_space(scan.gap_before(text, k + 1))
                || (scan.gap_before(text, k + 1) == ". "
                    && toks[k].span.len() == 1
                    && initials(&text[toks[k].span.clone()])))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !namely(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            let joined = |k: usize| {
                k < toks.len() && toks[k].sentence == toks[start].sentence && {
                    let gap = scan.gap_before(text, k);
                    is_space(gap)
                        || scan.hyphened_before(text, k)
                        // "Paul D. Ryan", "J.M. Berger": an initial's stop stays inside
                        // the name.
                        || (gap == ". "
                            && toks[k - 1].cap
                            && (k - 1 > start || toks[k - 1].span.len() > 1 || leading(k))
                            && initials(&text[toks[k - 1].span.clone()]))
                }
            };
            if joined(end) && namely(end) && (!toks[end - 1].possessive || office(end)) {
                end += 1;
                continue;
            }
            // "Ban Ki-moon", "Kim Jong-un": a given name's second syllable in lower case
            // after a hyphen, the whole name at least two words.
            let syllable = joined(end)
                && end - 1 > start
                && !toks[end - 1].possessive
                && !toks[end].cap
                && !toks[end].quoted
                && toks[end].folded.len() <= 4
                && toks[end].folded.chars().all(char::is_alphabetic)
                && scan.hyphened_before(text, end);
            if syllable {
                end += 1;
                continue;
            }
            // "Pierre de Vos", "Ursula von der Leyen": a surname's particles in lower case
            // between a given name and the rest.
            let particles = (end..end + 2)
                .take_while(|&k| {
                    joined(k)
                        && !toks[k].cap
                        && !toks[k].quoted
                        && PARTICLES.contains(&toks[k].folded.as_str())
                })
                .count();
            if particles > 0
                && !toks[end - 1].possessive
                && joined(end + particles)
                && namely(end + particles)
            {
                end += particles + 1;
                continue;
            }
            // Connectors, only after a word that opens a longer name.
            let joiner = (start..end).any(|k| JOINERS.contains(&toks[k].folded.as_str()));
            let mut k = end;
            while joined(k) && CONNECTORS.contains(&toks[k].folded.as_str()) && !toks[k].cap {
                k += 1;
            }
            // "President Trump on Saturday": a date after "on" is no part of a name.
            if joiner && k > end && joined(k) && namely(k) && !is_date(&toks[k].folded) {
                end = k + 1;
                continue;
            }
            // "Fish and Wildlife Service", "Food and Drug Administration": "and" inside
            // an institution's name, whose words after it end in its head.
            if joined(end) && toks[end].folded == "and" && !toks[end].cap && !toks[end].quoted {
                let mut m = end + 1;
                while joined(m) && namely(m) && !toks[m - 1].possessive {
                    m += 1;
                }
                if m >= end + 3 && HEADS.contains(&toks[m - 1].folded.as_str()) {
                    end = m;
                    continue;
                }
            }
            break;
        }
        out.push(start..end);
        i = end;
    }
    out
}

/// Titles written short, with a full stop ("Sen.", "Gov.").
pub(crate) fn abbreviated_title(w: &str) -> bool {
    matches!(
        w,
        "adm"
            | "col"
            | "dr"
            | "gen"
            | "gov"
            | "lt"
            | "cpl"
            | "capt"
            | "det"
            | "supt"
            | "insp"
            | "cmdr"
            | "atty"
            | "rev"
            | "maj"
            | "mr"
            | "mrs"
            | "ms"
            | "prof"
            | "rep"
            | "sen"
            | "sgt"
    )
}

/// "Vermont Sen. Bernie Sanders", "New Jersey Gov. Chris Christie": a run that ends in
/// an abbreviated title stops at the title's full stop, and the person is the run of
/// capitalised words after it.
fn titled_holder(text: &str, scan: &Scan, run: &Range<usize>) -> Option<Range<usize>> {
    let toks = &scan.toks;
    let title = toks.get(run.end.checked_sub(1)?)?;
    let first = toks.get(run.end)?;
    if !abbreviated_title(&title.folded)
        || scan.gap_before(text, run.end) != ". "
        || !first.cap
        || first.quoted
        || first.sentence != title.sentence
    {
        return None;
    }
    let mut end = run.end + 1;
    while let Some(t) = toks.get(end) {
        let gap = scan.gap_before(text, end);
        let initial = gap == ". " && initials(&text[toks[end - 1].span.clone()]);
        if !t.cap || t.quoted || toks[end - 1].possessive || !(is_space(gap) || initial) {
            break;
        }
        end += 1;
    }
    Some(run.end..end)
}

/// Makes a source's name from a run of tokens, or `None` if it names no one.
pub(crate) fn name(text: &str, scan: &Scan, run: Range<usize>, canon: &Canon) -> Option<Name> {
    if let Some(holder) = titled_holder(text, scan, &run) {
        return name(text, scan, holder, canon);
    }
    let toks = &scan.toks;
    let mut start = run.start;
    if unnamed::party_tag(text, scan, run.start, run.end) {
        return None;
    }
    // "U.S." and "US" are the country, not the pronoun their letters spell.
    let dotted =
        |k: usize| text.get(toks[k].span.clone()).is_some_and(|w| w.contains('.') || w == "US");
    // "Hosting Cook at Dreamforce …": a gerund opening the sentence is no given name.
    let gerund = |k: usize| {
        let w = toks[k].folded.as_str();
        k == run.start
            && k + 1 < run.end
            && (k == 0 || toks[k - 1].sentence != toks[k].sentence)
            && w.len() >= 6
            && w.ends_with("ing")
            && !toks[k].upper
            && !super::given::is_given_name(w)
    };
    // Sentence openers and articles: "The Kremlin", "However Peskov"; weekdays at
    // either end ("Tuesday Peskov", "said Peskov Tuesday").
    while start < run.end
        && ((is_stop(&toks[start].folded) && !dotted(start))
            || OPENERS.contains(&toks[start].folded.as_str())
            || gerund(start)
            || unnamed::weekday(scan, start))
    {
        start += 1;
    }
    let mut end = run.end;
    while end > start && unnamed::weekday(scan, end - 1) {
        end -= 1;
    }
    if start >= end || unnamed::no_one(scan, start..end) {
        return None;
    }
    // "Texas-based Matt Mackowiak", "Iran-backed militias": a name joined by a hyphen
    // to a word in lower case describes what comes after it.
    let modifier = toks.get(end).is_some_and(|t| {
        !t.cap && !t.quoted && scan.hyphened_before(text, end) && t.folded.len() > 3
    });
    if modifier {
        return None;
    }
    // "Democratic front-runner Hillary Clinton": a party's adjective alone is no name;
    // nor is it with words before it ("Presumptive Democratic presidential nominee",
    // "Republican Presidential hopeful") when a word of candidacy follows.
    let party = |w: &str| matches!(w, "democratic" | "republican" | "gop" | "presidential");
    if end == start + 1 && matches!(toks[start].folded.as_str(), "democratic" | "republican") {
        return None;
    }
    if party(&toks[end - 1].folded)
        && toks
            .get(end)
            .is_some_and(|t| !t.cap && !t.quoted && CANDIDACY.contains(&t.folded.as_str()))
        && is_space(scan.gap_before(text, end))
    {
        return None;
    }
    // "ended Sept. 29", "in October": a month alone is a date ("May" may be a surname).
    if end == start + 1 {
        let w = toks[start].folded.as_str();
        let stop = text.get(toks[start].span.end..).is_some_and(|r| r.starts_with('.'));
        let short = SHORT_MONTHS.contains(&w) || w == "sept";
        if (MONTHS.contains(&w) && w != "may") || (short && stop) {
            return None;
        }
    }
    // "Asserting that the law …", "Citing the report": a participle opens the sentence.
    let opens = start == 0 || toks[start - 1].sentence != toks[start].sentence;
    let clause = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.folded.as_str(),
                "that" | "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
        })
    };
    if end == start + 1 && opens && toks[start].folded.ends_with("ing") && clause(end) {
        return None;
    }
    let run = run.start..end;
    let words: Vec<&str> = toks[start..run.end].iter().map(|t| t.folded.as_str()).collect();
    // "Biden Jr." is known as Biden.
    let suffixed = words.len() > 1 && is_suffix(words[words.len() - 1]);
    // "McClatchy Co.": a company, known as McClatchy.
    let corporate = suffixed && CORPORATE.contains(&words[words.len() - 1]);
    let words = if suffixed { &words[..words.len() - 1] } else { &words[..] };
    let last = *words.last()?;
    // "Secretary of State Anthony Blinken": a role, then a name, is a person. A role's
    // word joined by a hyphen to the next is part of a call sign ("KING-TV").
    let titled = |p: usize| is_role(words[p]) && !scan.hyphened_before(text, start + p + 1);
    let last_role = (0..words.len()).rposition(titled);
    // "Attorney's Office for the Western District of New York": a body's head, then
    // "of" or "for", names what the body serves, and a role word after it ("Western")
    // is part of that place, not a person's title.
    let served = words
        .windows(2)
        .position(|w| HEADS.contains(&w[0]) && matches!(w[1], "of" | "for"))
        .filter(|&h| last_role.is_some_and(|p| p > h));
    // "U.S. Chamber of Commerce": a country's role word before a body's head is the
    // body's, not a person's title.
    let person_named = served.is_none()
        && !HEADS.contains(&last)
        && last_role.is_some_and(|p| {
            let country = matches!(words[p], "us" | "uk" | "eu" | "un") || is_nationality(words[p]);
            p + 1 < words.len() && !(country && words[p + 1..].iter().any(|w| HEADS.contains(w)))
        });
    let publication = toks.get(run.end).is_some_and(|t| MEDIA_NOUNS.contains(&t.folded.as_str()))
        && is_space(scan.gap_before(text, run.end));
    let institution = publication
        || corporate
        || !person_named
            && (HEADS.contains(&last)
                || HEADS.contains(&words[0])
                || words.iter().any(|w| CONNECTORS.contains(w))
                || (words.len() == 1 && toks[start].upper));
    if !institution && let Some(p) = last_role.filter(|p| p + 1 < words.len()) {
        // A person: drop titles, roles and nationalities before the name proper.
        start += p + 1;
        // "Chief of Detectives Robert Boyce": the rest of the office goes too, its
        // article with it ("Speaker of the House Newt Gingrich").
        let article = toks.get(start + 1).is_some_and(|t| t.folded == "the");
        let office = if article { 3 } else { 2 };
        if CONNECTORS.contains(&toks[start].folded.as_str()) && start + office < run.end {
            start += office;
        }
        // "Director of Operations": an office and what it runs, no one's name.
        if CONNECTORS.contains(&toks[start].folded.as_str()) {
            return None;
        }
    }
    // "Representative Ron Paul of Texas": a person's name ends before "of" and a place.
    let cut = (!institution && person_named)
        .then(|| (start + 1..run.end).find(|&k| toks[k].folded == "of" && !toks[k].cap))
        .flatten();
    let (run, last) = match cut {
        Some(c) => (run.start..c, toks[c - 1].folded.as_str()),
        None => (run, last),
    };
    let mut span = toks[start].span.start..toks[run.end - 1].span.end;
    if suffixed && text.get(span.end..span.end + 1) == Some(".") {
        span.end += 1; // "Jr." and "Co." whole
    }
    let shown = text.get(span.clone())?.split_whitespace().collect::<Vec<_>>().join(" ");
    let shown = super::spelling::shown(&shown).to_string();
    // "New Hampshire", "Florida": a place no one speaks as a person.
    // "the Aral Sea", "the Mississippi River": a place by its head word, whether or
    // not the gazetteer has it.
    let geographic = GEOGRAPHIC.contains(&last) && words.len() >= 2;
    let institution = institution || geographic || super::places::is_place(&shown);
    let proper = start..run.end - usize::from(suffixed);
    let capitals: Vec<&str> =
        toks[proper].iter().filter(|t| t.cap).map(|t| t.folded.as_str()).collect();
    let key = if institution && capitals.len() >= 2 {
        capitals.iter().filter_map(|w| w.chars().next()).collect()
    } else {
        canon.get(last).to_string()
    };
    let all_roles = toks[start..run.end]
        .iter()
        .all(|t| is_role(&t.folded) || CONNECTORS.contains(&t.folded.as_str()));
    // "Gabrielle King" is a name; "Commission President" is not, nor is "America's
    // Toughest Sheriff", a superlative before a role ("Ernest" is a given name).
    let superlative =
        |w: &str| w.len() >= 6 && w.ends_with("est") && !super::given::is_given_name(w);
    let first_name = words.len() >= 2
        && !is_role(words[words.len() - 2])
        && !HEADS.contains(&words[words.len() - 2])
        && !superlative(words[words.len() - 2]);
    let role_last = !institution && is_role(last) && !first_name;
    // "Commission President" names no one; "U.S. Army" is a body all the same.
    let all_roles = all_roles && !(institution && HEADS.contains(&last));
    if key.chars().count() < 2 || all_roles || role_last || is_stop(last) {
        return None;
    }
    Some(Name { shown, key, span, institution })
}

#[cfg(test)]
mod tests;
