//! Names of sources: finding a run of capitalised words, telling a person from an
//! institution, and the key under which two mentions are one source ("Kofman" and
//! "Michael Kofman"; "ISW" and "the Institute for the Study of War"; "Zelensky" and
//! "Zelenskyy" through the alias table).

use super::model::Name;
use super::scan::{Scan, initials, is_space};
use super::unnamed;
use crate::corpus::calendar::{MONTHS, SHORT_MONTHS};
use crate::text::{fold_into, is_date, is_stop, is_title};
use std::collections::HashMap;
use std::ops::Range;

/// Words after which "of", "for", "the", "on" continue a name
/// ("Institute for the Study of War", "Secretary of State", "Ministry of Defence").
const JOINERS: &[&str] = &[
    "academy",
    "affairs",
    "agency",
    "alliance",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "centre",
    "center",
    "chamber",
    "chief",
    "chiefs",
    "coalition",
    "college",
    "commission",
    "commissioner",
    "committee",
    "conference",
    "council",
    "court",
    "department",
    "director",
    "federation",
    "foundation",
    "fund",
    "head",
    "house",
    "institute",
    "league",
    "minister",
    "ministry",
    "office",
    "organisation",
    "organization",
    "partnership",
    "party",
    "president",
    "representative",
    "republic",
    "school",
    "secretary",
    "service",
    "society",
    "speaker",
    "study",
    "union",
    "university",
];
const CONNECTORS: &[&str] = &["of", "for", "the", "on"];

/// Particles of surnames, written in lower case inside a name ("Pierre de Vos").
const PARTICLES: &[&str] =
    &["da", "de", "del", "della", "der", "di", "dos", "du", "la", "le", "van", "von"];

/// Offices whose holder's possessive names an institution ("Sheriff's Office").
const OFFICE_HOLDERS: &[&str] = &[
    "attorney",
    "auditor",
    "clerk",
    "commissioner",
    "coroner",
    "examiner",
    "general",
    "governor",
    "marshal",
    "mayor",
    "prosecutor",
    "sheriff",
    "treasurer",
];

/// Last words that make a name an institution, or a place no one speaks as a person
/// ("Arbors of Bastrop Apartments", "Mercy Hospital").
const HEADS: &[&str] = &[
    "academy",
    "administration",
    "agency",
    "airlines",
    "airport",
    "airways",
    "alliance",
    "apartments",
    "army",
    "association",
    "authority",
    "avenue",
    "bank",
    "bureau",
    "capital",
    "center",
    "centre",
    "chamber",
    "coalition",
    "command",
    "commission",
    "committee",
    "company",
    "conference",
    "congress",
    "corporation",
    "council",
    "court",
    "department",
    "duma",
    "endowment",
    "enterprises",
    "entertainment",
    "federation",
    "forces",
    "foundation",
    "fund",
    "government",
    "group",
    "guardian",
    "herald",
    "holdings",
    "hospital",
    "hotel",
    "house",
    "industries",
    "institute",
    "journal",
    "kremlin",
    "league",
    "magazine",
    "mall",
    "ministry",
    "motors",
    "navy",
    "networks",
    "news",
    "office",
    "organisation",
    "organization",
    "outlets",
    "parliament",
    "partners",
    "partnership",
    "party",
    "pentagon",
    "pictures",
    "post",
    "press",
    "productions",
    "rada",
    "records",
    "review",
    "school",
    "senate",
    "service",
    "services",
    "society",
    "staff",
    "station",
    "street",
    "studios",
    "technologies",
    "telegraph",
    "times",
    "tower",
    "tribune",
    "union",
    "university",
];

/// Lower-case words that may follow a publication's name and belong to it.
pub(crate) const MEDIA_NOUNS: &[&str] = &["magazine", "newspaper", "daily", "weekly", "journal"];

/// Words of office and description that stand before a person's name.
const ROLES: &[&str] = &[
    "affairs",
    "analyst",
    "army",
    "chief",
    "commander",
    "council",
    "defence",
    "defense",
    "deputy",
    "high",
    "interior",
    "military",
    "national",
    "outgoing",
    "policy",
    "security",
    "sheriff",
    "special",
    // "House Speaker Nancy Pelosi" is a person, not the House.
    "speaker",
    "state",
    // "State Police Trooper Stephen Limani" is a person.
    "trooper",
    "vice",
    // A firm's officers: "Apple CEO Tim Cook" is Tim Cook.
    "ceo",
    "cfo",
    "coo",
    "founder",
    // Abbreviated titles, when written without their full stop ("Gov Newsom").
    "adm",
    "col",
    "gov",
    "lt",
    "maj",
    "prof",
    "rep",
    "sgt",
    "congressman",
    "congresswoman",
    "professor",
    "eu",
    "us",
    "uk",
    "un",
    "nato",
];

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

/// What follows a name, with a stop, and is not the name: "Jr.", "III", "Co.", "Inc.".
pub(crate) fn is_suffix(folded: &str) -> bool {
    matches!(folded, "jr" | "sr" | "ii" | "iii") || CORPORATE.contains(&folded)
}

const CORPORATE: &[&str] = &["co", "corp", "inc", "llc", "ltd", "plc"];

/// Head words of a place in nature ("Aral Sea", "Rocky Mountains").
const GEOGRAPHIC: &[&str] = &[
    "bay",
    "canal",
    "canyon",
    "desert",
    "gulf",
    "island",
    "islands",
    "lake",
    "mountain",
    "mountains",
    "ocean",
    "peninsula",
    "river",
    "sea",
    "strait",
    "valley",
];

/// Words of a race for office that a party's adjective describes ("Republican
/// presidential hopeful", "Democratic front-runner").
const CANDIDACY: &[&str] = &[
    "candidate",
    "challenger",
    "contender",
    "front",
    "frontrunner",
    "hopeful",
    "nominee",
    "presidential",
    "primary",
    "rival",
];

/// Capitalised words that open a sentence but do not begin a name.
const OPENERS: &[&str] = &[
    // Conjunctions and quantifiers, which a sentence may open with a capital but which
    // are never a name ("Although in September she said", "Many of them, he said").
    "although",
    "though",
    "late",
    "either",
    "neither",
    "whereas",
    "many",
    "most",
    "several",
    "few",
    "both",
    "each",
    "last",
    "next",
    "otherwise",
    "other",
    "others",
    "rather",
    "additional",
    // Small counts of people ("Two objectors, …, had challenged").
    "two",
    "three",
    "four",
    "five",
    "according",
    "additionally",
    "also",
    // "Another candidate, Doug Ducey, …": a word that counts people names no one.
    "another",
    "despite",
    // Numbers of people: "Dozens of faculty members …" names no one.
    "dozens",
    "hundreds",
    "scores",
    "thousands",
    "earlier",
    "finally",
    "furthermore",
    "however",
    "indeed",
    "instead",
    "judging",
    "later",
    "meanwhile",
    "moreover",
    "nevertheless",
    "still",
    "then",
    "therefore",
    "thus",
    "unlike",
    "yesterday",
    "today",
    // Adverbs, pronouns and prepositions that open a sentence and name no one
    // ("Perhaps", "Someone", "Along with …", "Significantly, …").
    "across",
    "along",
    "amid",
    "back",
    "anyone",
    "apparently",
    "certainly",
    "clearly",
    "currently",
    "enough",
    "early",
    "elsewhere",
    "eventually",
    "everyone",
    "given",
    "inside",
    "likewise",
    "maybe",
    "nearby",
    "never",
    "nobody",
    "notably",
    "often",
    "overall",
    "perhaps",
    "recently",
    "shortly",
    "significantly",
    "similarly",
    "someone",
    "soon",
    "sooner",
    "ultimately",
    "whenever",
    // Counts past the small ones ("Eight of them …", "Thirty percent …").
    "six",
    "eight",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    // Spans of time open sentences ("Hours before the game, …") and name no one.
    "days",
    "hours",
    "minutes",
    "moments",
    "months",
    "seconds",
    "weeks",
    "years",
];

pub(crate) fn is_role(folded: &str) -> bool {
    is_title(folded) || ROLES.contains(&folded) || is_nationality(folded)
}

/// A people's adjective ("Canadian", "Sudanese"), by its ending unless it is a given
/// name ("Julian", "Jillian", "Therese").
fn is_nationality(w: &str) -> bool {
    (["ian", "ean", "ese", "ish"].iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        && !crate::lens::given::is_given_name(w))
        || matches!(
            w,
            "american"
                | "german"
                | "korean"
                | "mexican"
                | "african"
                | "cuban"
                | "moroccan"
                | "chilean"
                | "dutch"
                | "french"
                | "greek"
                | "swiss"
                | "thai"
                | "western"
                | "eastern"
                | "european"
                | "israeli"
                | "iraqi"
                | "pakistani"
                | "saudi"
                | "emirati"
                // A faith's adjective describes as a people's does ("Catholic bishop").
                | "catholic"
                | "protestant"
                | "evangelical"
                | "muslim"
                | "jewish"
                | "hindu"
                | "buddhist"
                | "mormon"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, String, bool)> {
        let scan = Scan::new(text, 0..text.len());
        let canon = Canon::new(&[("zelensky".into(), "zelenskyy".into())]);
        runs(text, &scan)
            .into_iter()
            .filter_map(|r| name(text, &scan, r, &canon))
            .map(|n| (n.shown, n.key, n.institution))
            .collect()
    }

    #[test]
    fn people_lose_titles_and_institutions_keep_their_shape() {
        let got = names(
            "Ukrainian President Volodymyr Zelensky spoke to the Institute for the Study of War.",
        );
        assert_eq!(
            got,
            [
                ("Volodymyr Zelensky".into(), "zelenskyy".into(), false),
                ("Institute for the Study of War".into(), "isw".into(), true)
            ]
        );
        assert_eq!(names("Chief of Detectives Robert Boyce")[0].0, "Robert Boyce");
        assert!(names("Cpl. Gabrielle King spoke").iter().any(|n| n.0 == "Gabrielle King"));
        let got = names("Secretary General Mark Rutte met Nixey of Chatham House and the NYT");
        let shown: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(shown, ["Mark Rutte", "Nixey", "Chatham House", "NYT"]);
        assert_eq!(got[3].1, "nyt");
    }

    #[test]
    fn places_are_no_people() {
        for text in ["She lived at the Harbour View Apartments.", "He was taken to Mercy Hospital."]
        {
            assert!(names(text).iter().all(|n| n.2), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn and_inside_an_institution_s_name() {
        let got = names("The Coast and Harbour Service met Ana Ruiz and Tom Berg.");
        let shown: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(shown, ["Coast and Harbour Service", "Ana Ruiz", "Tom Berg"]);
        assert!(got[0].2);
        let got = names("Ana Ruiz and Congress agreed.");
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_date_after_a_connector_ends_the_name() {
        let got = names("President Ana Ruiz on Saturday met the Bank of England.");
        let shown: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(shown, ["Ana Ruiz", "Bank of England"]);
    }

    #[test]
    fn an_office_and_what_it_runs_is_no_name() {
        assert!(names("the agency's Director of Operations").is_empty());
        assert_eq!(names("Director of Operations Ana Ruiz")[0].0, "Ana Ruiz");
    }

    #[test]
    fn openers_and_lone_titles_are_no_names() {
        assert!(names("However, the President").is_empty());
        assert_eq!(names("The Kremlin")[0].0, "Kremlin");
        for opener in ["Perhaps", "Someone", "Significantly", "Thirty", "Along"] {
            let text = format!("{opener} said the vote was close.");
            assert!(names(&text).is_empty(), "{text}: {:?}", names(&text));
        }
    }
}
