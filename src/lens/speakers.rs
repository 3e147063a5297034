//! Who speaks: attributions of quotes and claims to named sources.
//!
//! The patterns are those of news copy, matched on words outside quotation marks:
//! "X said", "X, a senior fellow, observed", "X has admitted", "X is said to";
//! "“…,” said X", "writes X"; "according to X"; "…, saying" (the clause's subject);
//! "announced by X", "asked by X", "quoted in X", "quoting X", "the view of X"; "X told
//! the NYT" (X speaks, the outlet does not); "X: “…”"; "“…,” X sobbed" (a name right
//! after a quote). "He said" is given to the last person cited in the passage or the
//! one before, or to the name that opens its sentence, of the sex the article gave them
//! (by a title, a tie, a given name, or the owner's pronouns that follow them: "Swift …
//! to stop her performing her songs"); otherwise it is skipped. "The sheriff said",
//! "King said" and "the statement said" refer back to a source named before in the
//! article (see [`refer`]). A description
//! in a name's place ("officials said", "according to a senior diplomat") is an
//! unnamed source, kept apart from the named ones; a lower-case institution made
//! definite ("the defence ministry said", "Dayton police said") is named. A dateline, a
//! party–state tag, a weekday or a pronoun is never a source (see [`super::unnamed`]).
//! A passage that is all quotation, or that closes a quotation the passage before left
//! open, carries on the speaker the passage before cited (see [`runon`]), an embedded
//! tweet cites whoever signs it (see [`tweets`]), and a transcript's line its speaker
//! ("TAPPER: Do you think …?", see [`transcript`]). A sentence opening on the utterance
//! it reports ("In a statement, X …") is X's (see [`opener`]); "she says" after a lone
//! unnamed witness is the witness, and "they said" after two people named together is
//! both, or the force or body cited just before. A report speaks for whoever issued or
//! published it, and "the report said" or "it said" after it too (see [`documents`]);
//! identifying or referring to someone as someone is saying who they are (see
//! [`identify`]). A release or a call from a body speaks for it, and "the newspaper
//! reported" for the paper named before. "X's family said" is an unnamed source, not X;
//! "countered with a 9-2 run" and "adding six rebounds" are play, not speech. A
//! country, a state or a large city of the shipped gazetteer is no one "he" refers to,
//! and "the Florida senator" is a senator, not Florida. Where a verb stands is in
//! [`place`], and how a definite description resolves to what was named before in
//! [`resolve`]. The subject before a verb is read in [`subject`], the name after an
//! inverted verb or "according to" in [`object`], the subject of a clause a participle
//! ends in [`clause`], and where a name stands after a preposition in [`preposition`];
//! whom a subject's name stands for is in [`named_subject`], and a source cited by a
//! phrase ("according to X", "quoted by X") in [`according`]. A passage is read word by
//! word in [`reading`], which keeps what the words read so far have told.

mod according;
mod apposed;
mod apposition;
mod between;
mod casing;
mod chain;
mod clause;
mod context;
mod documents;
mod identify;
mod named_subject;
mod object;
mod opener;
mod place;
mod preposition;
mod reading;
mod refer;
mod reporting;
mod resolve;
mod run_index;
mod runon;
mod subject;
mod subject_kind;
mod transcript;
mod tweets;
mod verb_context;
mod words;

pub(crate) use context::{Antecedents, Cited};

use super::names::Canon;
use super::scan::Scan;
use reading::Reading;

/// Finds the attributions of one scanned passage.
pub(crate) fn find(
    text: &str,
    scan: &Scan,
    passage: usize,
    canon: &Canon,
    context: &mut Antecedents,
    out: &mut Vec<Cited>,
) {
    let first_cited = out.len();
    let mut reading = Reading::new(text, scan, passage, canon, context);
    for (i, t) in scan.toks.iter().enumerate() {
        if t.quoted {
            continue;
        }
        reading.note_people(i);
        if !reading.may_cite(i) {
            continue;
        }
        let (found, described) = reading.attributions(i);
        reading.record(i, found, described, out);
    }
    reading.record_unsaid(out);
    reading.finish(&mut out[first_cited..]);
}

#[cfg(test)]
mod tests;
