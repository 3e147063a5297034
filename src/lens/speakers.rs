//! Who speaks: attributions of quotes and claims to named sources.
//!
//! The patterns are those of news copy, matched on words outside quotation marks:
//! "X said", "X, a senior fellow, observed", "X has admitted", "X is said to";
//! "“…,” said X", "writes X"; "according to X"; "…, saying" (the clause's subject);
//! "announced by X", "quoted in X", "quoting X", "the view of X"; "X told the NYT"
//! (the outlet is cited too); "X: “…”". "He said" is given to the last person cited in
//! the passage or the one before, or to the name that opens its sentence; otherwise it
//! is skipped. A description in a name's place ("officials said", "according to a
//! senior diplomat") is an unnamed source, kept apart from the named ones; a
//! lower-case institution made definite ("the defence ministry said") is named. A
//! dateline, a party–state tag, a weekday or a pronoun is never a source (see
//! [`super::unnamed`]).

use super::model::{Name, SourceKind};
use super::names::{Canon, MEDIA_NOUNS, name, runs};
use super::scan::{Scan, is_space};
use super::unnamed::{self, Described};
use std::ops::Range;

/// Verbs of saying after their subject ("Peskov said").
const VERBS: &[&str] = &[
    "acknowledged",
    "acknowledges",
    "added",
    "adds",
    "admitted",
    "admits",
    "announced",
    "announces",
    "argued",
    "argues",
    "asserted",
    "asserts",
    "believe",
    "believed",
    "believes",
    "cautioned",
    "claimed",
    "claims",
    "commented",
    "complained",
    "concluded",
    "concludes",
    "confirmed",
    "confirms",
    "contended",
    "declared",
    "declares",
    "denied",
    "denies",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "estimated",
    "explained",
    "explains",
    "insisted",
    "insists",
    "maintained",
    "maintains",
    "noted",
    "notes",
    "observed",
    "observes",
    "predicted",
    "predicts",
    "recalled",
    "recalls",
    "recorded",
    "remarked",
    "replied",
    "reported",
    "reports",
    "responded",
    "revealed",
    "reveals",
    "said",
    "say",
    "says",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "tell",
    "tells",
    "thinks",
    "told",
    "tweeted",
    "urged",
    "warned",
    "warns",
    "wrote",
    "writes",
];
/// Verbs that may stand before their subject ("…,” said Nixey; writes Politico).
const INVERTED: &[&str] = &[
    "added",
    "adds",
    "announced",
    "argued",
    "claimed",
    "concluded",
    "confirmed",
    "continued",
    "explained",
    "insisted",
    "noted",
    "observed",
    "recalled",
    "reported",
    "said",
    "says",
    "stated",
    "stressed",
    "tweeted",
    "warned",
    "wrote",
    "writes",
];
/// Participles whose speaker is the subject of their clause ("…, saying").
const PARTICIPLES: &[&str] = &[
    "adding",
    "arguing",
    "asserting",
    "claiming",
    "concluding",
    "declaring",
    "emphasising",
    "emphasizing",
    "explaining",
    "insisting",
    "noting",
    "reporting",
    "saying",
    "stressing",
    "warning",
    "writing",
];
/// Past participles that name their speaker after "by" ("announced by Meloni").
const PASSIVE: &[&str] = &[
    "announced",
    "argued",
    "cited",
    "explained",
    "noted",
    "predicted",
    "quoted",
    "reported",
    "revealed",
    "stated",
    "written",
];
/// Words allowed between a subject and its verb ("Peskov himself said").
const BETWEEN: &[&str] = &[
    "again",
    "already",
    "also",
    "could",
    "did",
    "does",
    "earlier",
    "further",
    "had",
    "has",
    "have",
    "herself",
    "himself",
    "is",
    "itself",
    "just",
    "later",
    "may",
    "might",
    "once",
    "previously",
    "then",
    "themselves",
    "was",
    "were",
    "are",
    "will",
    "would",
];
/// Lower-case words after a capitalised word that make it a description, not a name
/// ("Ukrainian sources", "Western officials", "Moscow analysts").
const DESCRIBED: &[&str] = &[
    "account",
    "accounts",
    "aide",
    "aides",
    "allies",
    "analyst",
    "analysts",
    "army",
    "authorities",
    "commentators",
    "data",
    "diplomat",
    "diplomats",
    "estimates",
    "expert",
    "experts",
    "figures",
    "forces",
    "government",
    "intelligence",
    "leader",
    "leaders",
    "media",
    "military",
    "minister",
    "observers",
    "officer",
    "officers",
    "official",
    "officials",
    "partners",
    "people",
    "president",
    "press",
    "report",
    "reports",
    "representatives",
    "side",
    "source",
    "sources",
    "spokesman",
    "spokeswoman",
    "troops",
];

/// Every word that can start an attribution, for a quick first test of each word.
fn cues() -> &'static std::collections::HashSet<&'static str> {
    static CUES: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    CUES.get_or_init(|| {
        let extra = ["according", "quoting", "quoted", "cited", "view", "pointing"];
        VERBS
            .iter()
            .chain(PARTICIPLES)
            .chain(INVERTED)
            .chain(PASSIVE)
            .chain(&extra)
            .copied()
            .collect()
    })
}

/// Someone quoted or cited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cited {
    pub name: Name,
    pub kind: SourceKind,
    pub passage: usize,
    /// Where the attribution names the source (the pronoun, for "he said").
    pub span: Range<usize>,
    pub quote: Option<Range<usize>>,
}

/// The people of the previous passage a pronoun may refer to.
#[derive(Debug, Default)]
pub(crate) struct Context {
    last_person: Option<Name>,
}

/// Finds the attributions of one scanned passage.
pub(crate) fn find(
    text: &str,
    scan: &Scan,
    passage: usize,
    canon: &Canon,
    context: &mut Context,
    out: &mut Vec<Cited>,
) {
    let toks = &scan.toks;
    // Nothing in a dateline is a source ("MOSCOW (Reuters) —").
    let from = unnamed::dateline(text, scan);
    let runs: Vec<Range<usize>> =
        runs(text, scan).into_iter().filter(|r| r.start >= from).collect();
    // The run that ends at each token, and the run that starts at each.
    let mut ends = vec![usize::MAX; toks.len()];
    let mut starts = vec![usize::MAX; toks.len()];
    for (r, run) in runs.iter().enumerate() {
        ends[run.end - 1] = r;
        starts[run.start] = r;
    }
    let named = |r: usize| runs.get(r).and_then(|run| name(text, scan, run.clone(), canon));
    let previous = context.last_person.take();
    // The last person cited in this passage, with the sentence it was cited in.
    let mut last_person: Option<(Name, usize)> = None;
    let mut seen: Vec<(String, usize)> = Vec::new();
    for i in 0..toks.len() {
        let t = &toks[i];
        if t.quoted {
            continue;
        }
        let w = t.folded.as_str();
        if ends[i] == usize::MAX && !cues().contains(w) {
            continue;
        }
        let mut found: Vec<(Name, Range<usize>)> = Vec::new();
        let mut described: Vec<Described> = Vec::new();
        if VERBS.contains(&w) {
            match subject_before(text, scan, i) {
                Some(Subject::Run(end)) => {
                    if let Some(n) = named(ends[end]).filter(|_| !described_after(text, scan, end))
                    {
                        // "Qatar and Egypt announced": both speak.
                        let start = runs[ends[end]].start;
                        let other = start
                            .checked_sub(2)
                            .filter(|&k| {
                                toks[k + 1].folded == "and"
                                    && !toks[k + 1].quoted
                                    && is_space(scan.gap_before(text, k + 1))
                                    && is_space(scan.gap_before(text, k + 2))
                                    && !described_after(text, scan, k)
                            })
                            .and_then(|k| named(ends[k]));
                        found.extend(other.map(|o| (o.clone(), o.span)));
                        let span = n.span.clone();
                        found.push((n, span));
                    }
                }
                Some(Subject::Described(d)) => described.push(d),
                Some(Subject::Pronoun(p)) => {
                    // Someone cited earlier in the sentence, the person who opens it,
                    // the last person cited in the passage, or in the one before.
                    let same =
                        last_person.clone().filter(|(_, s)| *s == t.sentence).map(|(n, _)| n);
                    let opener = || sentence_opener(text, scan, &runs, i, canon);
                    let earlier = last_person.clone().map(|(n, _)| n);
                    if let Some(n) = same.or_else(opener).or(earlier).or(previous.clone()) {
                        found.push((n, toks[p].span.clone()));
                    }
                }
                None if INVERTED.contains(&w) => {
                    if let Some(n) = object_after(text, scan, &starts, i + 1).and_then(named) {
                        let span = n.span.clone();
                        found.push((n, span));
                    } else if let Some(d) = unnamed::starting_at(text, scan, i + 1, true) {
                        described.push(d);
                    }
                }
                None => {}
            }
            // "told the NYT": the outlet is cited as well.
            if matches!(w, "told" | "tells")
                && let Some(n) = object_after(text, scan, &starts, i + 1).and_then(named)
                && n.institution
            {
                let span = n.span.clone();
                found.push((n, span));
            }
        }
        let after = |k: usize| {
            toks.get(i + k).filter(|n| is_space(scan.gap_before(text, i + k)) && !n.quoted)
        };
        let by_object = match w {
            "according" if after(1).is_some_and(|n| n.folded == "to") => Some(i + 2),
            "quoting" => Some(i + 1),
            "quoted" | "cited"
                if after(1).is_some_and(|n| n.folded == "in" || n.folded == "by") =>
            {
                Some(i + 2)
            }
            "view" if after(1).is_some_and(|n| n.folded == "of") => Some(i + 2),
            _ if PASSIVE.contains(&w) && after(1).is_some_and(|n| n.folded == "by") => Some(i + 2),
            _ => None,
        };
        if let Some(k) = by_object {
            if toks.get(k).is_some_and(|n| n.folded == "whom") {
                // "Biden, according to whom": the name before the comma.
                if let Some(n) = (0..i)
                    .rev()
                    .find(|&j| ends[j] != usize::MAX && toks[j].sentence == t.sentence)
                    .and_then(|j| named(ends[j]))
                {
                    let span = n.span.clone();
                    found.push((n, span));
                }
            } else if let Some(n) = object_after(text, scan, &starts, k).and_then(named) {
                let span = n.span.clone();
                found.push((n, span));
            } else if let Some(d) = unnamed::starting_at(text, scan, k, false) {
                described.push(d);
            }
        }
        if (PARTICIPLES.contains(&w)
            || (w == "pointing" && after(1).is_some_and(|n| n.folded == "out")))
            && let Some(n) = clause_subject(text, scan, &runs, i, canon)
        {
            let span = n.span.clone();
            found.push((n, span));
        }
        // "Lieven: ‘…’" — a name, a colon, a quote.
        if ends[i] != usize::MAX
            && scan.gap_after(text, i).trim_start().starts_with(':')
            && toks.get(i + 1).is_some_and(|n| n.quoted)
        {
            let r = ends[i];
            let opens_clause =
                runs[r].start == 0 || !is_space(scan.gap_before(text, runs[r].start));
            if opens_clause && let Some(n) = named(r) {
                let span = n.span.clone();
                found.push((n, span));
            }
        }
        let found = found.into_iter().map(|(n, span)| (n, span, SourceKind::Named));
        let described = described.into_iter().map(|d| {
            let kind = if d.unnamed { SourceKind::Unnamed } else { SourceKind::Named };
            let span = d.name.span.clone();
            (d.name, span, kind)
        });
        for (n, span, kind) in found.chain(described) {
            let sentence = scan.sentences.get(t.sentence).cloned().unwrap_or(scan.range.clone());
            if seen.iter().any(|(k, s)| *k == n.key && *s == t.sentence) {
                continue;
            }
            seen.push((n.key.clone(), t.sentence));
            if !n.institution && kind == SourceKind::Named {
                last_person = Some((n.clone(), t.sentence));
            }
            let quote = nearest_quote(scan, &sentence, &t.span);
            out.push(Cited { name: n, kind, passage, span, quote });
        }
    }
    context.last_person = last_person.map(|(n, _)| n);
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

enum Subject {
    /// The token where a name run ends.
    Run(usize),
    /// A "he"/"she" token.
    Pronoun(usize),
    /// A description in a name's place ("officials", "the ministry").
    Described(Described),
}

/// The subject just before a verb of saying: skips auxiliaries and adverbs, then an
/// apposition between commas or a parenthesis ("Kofman, a senior fellow, observed").
fn subject_before(text: &str, scan: &Scan, verb: usize) -> Option<Subject> {
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
fn after_preposition(text: &str, scan: &Scan, end: usize) -> bool {
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

/// Titles written short, with a full stop ("Sen.", "Gov.").
fn abbreviated(w: &str) -> bool {
    matches!(
        w,
        "adm"
            | "col"
            | "dr"
            | "gen"
            | "gov"
            | "lt"
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

fn is_article(w: &str) -> bool {
    matches!(w, "a" | "an" | "the")
}

/// The run that starts at or just after token `k` ("the", "a" skipped), if it stands on
/// its own: followed by punctuation, a verb, or a publication noun, not by a noun it
/// describes ("Ukrainian sources").
fn object_after(text: &str, scan: &Scan, starts: &[usize], mut k: usize) -> Option<usize> {
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

/// Nouns between a descriptive capitalised word and a name ("Russia specialist X").
const ROLE_NOUNS: &[&str] = &[
    "analyst",
    "commentator",
    "correspondent",
    "economist",
    "expert",
    "fellow",
    "historian",
    "journalist",
    "professor",
    "researcher",
    "scholar",
    "specialist",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Whether the word after token `end` makes the run before it a description.
fn described_after(text: &str, scan: &Scan, end: usize) -> bool {
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
fn sentence_opener(
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

/// The subject of the clause a participle ends: the first name of the clause, which
/// starts at the sentence or after "while", "whereas", "but", ";".
fn clause_subject(
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
    // The first run of the clause, if it is near its start (a subject, not an object).
    let run = runs.iter().find(|r| r.start >= start && r.end <= i)?;
    if run.start > start + 3
        || described_after(text, scan, run.end - 1)
        || toks[run.end - 1].possessive
    {
        return None;
    }
    name(text, scan, run.clone(), canon)
}

/// The quotation of a sentence nearest to the attribution's verb.
fn nearest_quote(scan: &Scan, sentence: &Range<usize>, at: &Range<usize>) -> Option<Range<usize>> {
    scan.quotes
        .iter()
        .filter(|q| overlaps(q, sentence))
        .min_by_key(|q| {
            if q.end <= at.start { at.start - q.end } else { q.start.saturating_sub(at.end) }
        })
        .cloned()
}

#[cfg(test)]
mod tests;
