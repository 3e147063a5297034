//! Tests on where a verb of saying stands and what follows it: a quote after a verb of
//! naming, speech issued ("issued a statement"), a call on someone, "went on to" before
//! it, a passive after "be", a quote closed right before a name.

use super::words::*;
use super::{documents, identify, reporting};
use crate::lens::scan::{Scan, is_space};
use crate::lens::unnamed;

/// Whether the gap before token `i` closes a quotation with a comma, a question or an
/// exclamation mark ("…,” Ana Ruiz said").
pub(super) fn after_quote(text: &str, scan: &Scan, i: usize) -> bool {
    let g = scan.gap_before(text, i).trim();
    let mut chars = g.chars();
    chars.next().is_some_and(|c| matches!(c, ',' | '?' | '!'))
        && g.chars().count() >= 2
        && chars.all(|c| matches!(c, '”' | '"' | '’' | '\''))
}

/// Whether a verb of saying after a form of "be" is a passive whose subject is spoken
/// of ("was criticized", "were told"), not one that cites its subject ("is said to",
/// "was quoted as saying", "was reported to").
pub(super) fn passive(verb: &str) -> bool {
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

/// Whether the word at `i` speaks here: a verb of saying, naming with a quote, describing,
/// issuing or agreeing, "put it", "pointed out", "continued" after a quote; `went` when
/// "went on to" or the like stands before it, `colon` when the verb ends on a colon.
pub(super) fn is_spoken(text: &str, scan: &Scan, i: usize, went: bool, colon: bool) -> bool {
    let toks = &scan.toks;
    let t = &toks[i];
    let w = t.folded.as_str();
    (VERBS.contains(&w) && !reporting::not_speech(scan, i))
        || went
        || (NAMING.contains(&w) && quote_follows(text, scan, i))
        // "Trump describes himself as antiabortion", "Sanders calls himself a
        // democratic socialist": naming oneself is saying who one is.
        || (matches!(w, "describes" | "described" | "calls" | "called")
            && toks.get(i + 1).is_some_and(|n| {
                !n.quoted && matches!(n.folded.as_str(), "himself" | "herself" | "itself")
            }))
        // "Obama has described the dinner as …", "Clinton described a rigged
        // system": describing is telling, quoted or not; "Tom Berg, described by
        // police as a drifter," is described.
        || (matches!(w, "describes" | "described")
            && scan.gap_before(text, i).trim().is_empty()
            && toks.get(i + 1).is_some_and(|n| {
                !n.quoted && !matches!(n.folded.as_str(), "as" | "by" | "in")
            }))
        || issued_speech(text, scan, i)
        || identify::identified_as(text, scan, i)
        || documents::records_show(scan, i)
        || documents::published(text, scan, i)
        || defended_against_words(text, scan, i)
        || calls_on(text, scan, i)
        // "As Ana Ruiz put it, …"; "Or, as Tom Ridge, a former secretary of
        // homeland security, put it:" — an "as" that opens the clause may stand
        // further back.
        || (w == "put"
            && toks.get(i + 1).is_some_and(|n| n.folded == "it" && !n.quoted)
            && (i.saturating_sub(16)..i).any(|k| {
                let opens = k == 0
                    || toks[k - 1].sentence != toks[k].sentence
                    || scan.gap_before(text, k).contains(',');
                toks[k].folded == "as"
                    && !toks[k].quoted
                    && toks[k].sentence == t.sentence
                    && (k + 5 >= i || opens)
            }))
        || (matches!(w, "agreed" | "agrees" | "disagreed" | "disagrees")
            && (toks.get(i + 1).is_some_and(|n| n.folded == "that" && !n.quoted)
                || scan.gap_after(text, i).trim_start().starts_with([',', ':'])))
        || (matches!(w, "lashed" | "spoke" | "pointed")
            && toks.get(i + 1).is_some_and(|n| n.folded == "out" && !n.quoted))
        || colon
        // "“…,” she continued.": going on speaking, not "continued to search".
        || (w == "continued"
            && i > 0
            && scan.gap_after(text, i).trim_start().starts_with([',', '.', ':']))
}
