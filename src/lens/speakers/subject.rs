//! Who an attribution's verb belongs to: the subject before it, back over the words
//! between (see [`super::between`]), an apposition or a parenthesis (see
//! [`super::apposition`]) or an aside between dashes.

use super::apposed::{name_before_comma, relative_holder};
use super::apposition::across_apposition;
use super::between;
use super::documents::{DOCUMENTS, Issuer, issued_from, issuer};
use super::preposition::{after_preposition, case_party, full_name, of_holder};
use super::subject_kind::Subject;
use super::verb_context::passive;
use super::words::*;
use crate::lens::names::{MEDIA_NOUNS, is_suffix};
use crate::lens::scan::{Scan, is_dash_gap, is_space};
use crate::lens::unnamed::{self, Described};

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

/// Walks back from the verb over the words between, then reads the subject off what
/// stands before them: a word joined by a space, an aside between dashes, or an
/// apposition or a parenthesis that a comma or a closing parenthesis ends.
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
            if let Some(k) = between::skipped(text, scan, j) {
                j = k;
                continue;
            }
            // "Ana Ruiz, who backed the bill, said": a relative clause's subject is
            // the name before its comma.
            // "… by the Log Cabin Republicans, which said": a body's, so.
            if matches!(w, "who" | "which")
                && !prev.cap
                && matches!(scan.gap_before(text, j - 1).trim(), "," | ".,")
            {
                return relative_subject(text, scan, j);
            }
            return word_before(text, scan, j);
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
            return across_dashes(text, scan, j, sentence);
        }
        if g == "," || g == ")" {
            return across_apposition(text, scan, j, sentence, g);
        }
        return None;
    }
}

/// The subject of a verb after a relative clause's "who" or "which" before token `j`,
/// set off by a comma: the name before the comma, or the one before a body it works for.
fn relative_subject(text: &str, scan: &Scan, j: usize) -> Option<Subject> {
    let w = scan.toks[j - 1].folded.as_str();
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
    Some(Subject::Run(n))
}

/// The subject that the word before token `j`, joined to it by a space, is or ends: a
/// name, a pronoun, a role, a description, a statement or a document.
fn word_before(text: &str, scan: &Scan, j: usize) -> Option<Subject> {
    let toks = &scan.toks;
    let prev = &toks[j - 1];
    let w = prev.folded.as_str();
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
    let syllable =
        j >= 2 && toks[j - 2].cap && !toks[j - 2].quoted && scan.hyphened_before(text, j - 1);
    // "Gov. Rick Perry of Texas said": the holder before "of" is found later.
    if (prev.cap || syllable)
        && (!after_preposition(text, scan, j - 1) || of_holder(text, scan, j - 1))
    {
        return Some(Subject::Run(j - 1));
    }
    // "Family members of the child said", "A spokesman for the U.S. attorney in
    // Brooklyn said": the description the phrase after it belongs to.
    head_before_phrase(text, scan, j).map(Subject::Described)
}

/// The name before an aside between dashes that ends at token `j` ("Mr. Bush — in a line
/// aimed at Mr. Trump — declared").
fn across_dashes(text: &str, scan: &Scan, j: usize, sentence: usize) -> Option<Subject> {
    let toks = &scan.toks;
    let mut k = j - 1;
    while k > 0 && j - k < 32 && toks[k].sentence == sentence && !toks[k].quoted {
        if is_dash_gap(scan.gap_before(text, k)) {
            let p = &toks[k - 1];
            let name = p.cap && !p.quoted && p.sentence == sentence;
            return (name && !after_preposition(text, scan, k - 1)).then_some(Subject::Run(k - 1));
        }
        k -= 1;
    }
    None
}

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

/// Where a body or a person posts in their own name ("the club's Twitter said").
const PLATFORMS: &[&str] =
    &["account", "blog", "facebook", "feed", "instagram", "page", "twitter", "website"];

/// Lower-case nouns of a publication, made definite ("the newspaper reported").
pub(super) const PAPERS: &[&str] = &["magazine", "newspaper", "paper"];
