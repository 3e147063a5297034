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
//! phrase ("according to X", "quoted by X") in [`according`].

mod according;
mod apposed;
mod apposition;
mod between;
mod casing;
mod chain;
mod clause;
mod documents;
mod identify;
mod named_subject;
mod object;
mod opener;
mod place;
mod preposition;
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

use super::model::{Name, SourceKind};
use super::names::{Canon, name, runs};
use super::scan::{Scan, is_space};
use super::unnamed::{self, Described};
use casing::Casing;
use clause::{clause_subject, participle_subject, sentence_opener};
use named_subject::joined_by_and;
use object::*;
use place::*;
use preposition::*;
use refer::Named;
use resolve::{members_of, resolved};
use run_index::RunIndex;
use std::ops::Range;
use std::rc::Rc;
use subject::*;
use subject_kind::Subject;
use verb_context::*;
use words::*;

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
pub(crate) struct Antecedents {
    last_person: Option<Name>,
    /// The last person named in the passage before, cited or not.
    last_named: Option<(Name, usize)>,
    /// The last person named in full in an earlier passage, wherever in it.
    last_any: Option<(Name, usize)>,
    /// Everyone named so far in the article, for roles and surnames.
    named: Named,
    /// The last named source cited, for "the statement said".
    last_cited: Option<Name>,
    /// The last named source cited in the passage just before, whose quotation a
    /// passage wholly in quotation marks carries on.
    quoting: Option<Name>,
    /// Whether the passage just before ended inside a quotation it left open, which
    /// a passage that closes it carries on.
    open_quote: bool,
    /// The last named source cited in a passage before that ends with a colon
    /// ("… the principal wrote:"), whose words the passage after is.
    introducing: Option<Name>,
    /// The one unnamed person cited last in the passage before, after any person named
    /// there ("a witness said"), whom a "she said" after may be.
    lone_unnamed: Option<Name>,
    /// Two people who opened a sentence together ("Ana Ruiz and Tom Berg live next
    /// door."), whom a "they said" after them is.
    pair: Option<(Name, Name)>,
    /// The issuer of the document cited last ("an Apopka police report said"), its
    /// noun, and the passage it was last cited in: "the report said" and a quick "it
    /// said" after are the issuer's.
    document: Option<(Name, String, usize)>,
    /// The many who spoke last (a force, a body, "investigators"), as named or not,
    /// and the passage: a "they said" right after is theirs.
    group: Option<(Name, SourceKind, usize)>,
    /// The keys of every named source cited so far in the article.
    spoke: Vec<String>,
    /// How the article writes its words: given, or read from the whole text at its
    /// first passage.
    casing: Option<Rc<Casing>>,
}

impl Antecedents {
    /// The context for reading an article's passages in order, with how the article
    /// writes its words read from their scans.
    pub(crate) fn for_article<'a>(text: &str, scans: impl IntoIterator<Item = &'a Scan>) -> Self {
        let casing = Some(Rc::new(Casing::of_scans(text, scans)));
        Antecedents { casing, ..Antecedents::default() }
    }
}

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
    let toks = &scan.toks;
    let casing = context.casing.get_or_insert_with(|| Rc::new(Casing::of(text))).clone();
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
    let at = RunIndex { text, scan, runs: &runs, starts: &starts, ends: &ends };
    // "Time’s Assistant Managing Editor": an office owned by a name, capitalised as a
    // title is, is a role, not the name of whoever holds it.
    let owned_office = |run: &Range<usize>| {
        run.start > 0 && toks[run.start - 1].possessive && person_noun(&toks[run.end - 1].folded)
    };
    let named = |r: usize| {
        runs.get(r)
            .filter(|run| !owned_office(run))
            .and_then(|run| name(text, scan, run.clone(), canon))
    };
    let previous = context.last_person.take();
    let previous_named = context.last_named.take();
    let previous_any = context.last_any.take();
    // Of the last opener and the last person named anywhere before this passage, the
    // later: "he said" two passages after "the letter to Harry Reid", no one between.
    let before_passage = match (&previous_named, &previous_any) {
        (Some((_, a)), Some((n, b))) if b > a => Some(n.clone()),
        (Some((n, _)), _) | (None, Some((n, _))) => Some(n.clone()),
        (None, None) => None,
    };
    let mut known = std::mem::take(&mut context.named);
    let mut last_cited = context.last_cited.take();
    let quoting = context.quoting.take();
    let quoting_named = quoting.is_some();
    let carries_on = runon::carries_on(text, scan, std::mem::take(&mut context.open_quote));
    let introducing = context.introducing.take();
    let lone_before = context.lone_unnamed.take();
    // The one unnamed person cited last in this passage, after any person named.
    let mut lone_unnamed: Option<Name> = None;
    // One unnamed person spoken to in this passage, after anyone named was cited ("spoke
    // to one mother"): whom a "she said" after means.
    let mut interviewed: Option<Name> = None;
    let pair_before = context.pair.take();
    let mut pair: Option<(Name, Name)> = None;
    let mut pair_used = false;
    // Whether a source other than the pair was cited in this passage: "Police said the
    // man fled. They said …" is the police's, not a pair's from before.
    let mut other_cited = false;
    // A surname met before in full ("King said" after "Cpl. Gabrielle King"), even
    // where the word alone would read as a title.
    let surname = |r: usize, known: &Named| {
        let run = runs.get(r)?;
        (run.len() == 1 && !toks[run.start].possessive)
            .then(|| known.by_key(canon_key(canon, &toks[run.start].folded)))
            .flatten()
    };
    // The last person who opened a sentence before token `i` in this passage: news
    // copy says "he said" of the subject it named last, cited yet or not.
    let named_before = |i: usize, known: &Named| {
        runs.iter()
            .enumerate()
            .rev()
            .filter(|(_, run)| run.end <= i && !toks[run.end - 1].quoted)
            .filter_map(|(r, run)| {
                // Opening its sentence, after a title at most ("Ms. Griffin"); one bare
                // capitalised word there may be any word, so a name of one word needs
                // its title, or to be the surname of someone named before in full
                // ("Patrick gave little away" after "Gov. Deval Patrick").
                let titled = run.start > 0 && abbreviated(&toks[run.start - 1].folded);
                let first = if titled { run.start - 1 } else { run.start };
                let opens = first == 0 || toks[first - 1].sentence != toks[first].sentence;
                // "The Internet has made it possible, she said": a name that "The"
                // opens is a thing's.
                // Nor is one after the preposition opening it ("In Concord, he said").
                if !opens
                    || toks[run.end - 1].possessive
                    || toks[first].folded == "the"
                    || after_preposition(text, scan, run.end - 1)
                {
                    return None;
                }
                if titled || run.len() > 1 {
                    named(r)
                } else {
                    // Named in full: a bare word is noted as itself when met.
                    surname(r, known).filter(|n| n.shown.contains(' '))
                }
            })
            .find(|n| !n.institution)
    };
    // The last person named before token `p` in its sentence, not after a preposition:
    // "when Ana Ruiz, running for mayor, defended what she called …"; in full, or by the
    // surname of someone named in full before ("In reply, Ruiz defended it. …, she
    // said"). Not the one a relative clause describes: in "Tom Berg, who he said was
    // right", "he" is someone else. With `whole`, anywhere in the passage before `p`:
    // "The remarks helped Ruiz make her case. She said …" is not of the passage before.
    let subject_in_sentence = |p: usize, known: &Named, whole: bool| {
        let relative = p > 0 && matches!(toks[p - 1].folded.as_str(), "who" | "whom");
        runs.iter()
            .enumerate()
            .rev()
            .filter(|(_, run)| {
                run.end <= p && (whole || toks[run.start].sentence == toks[p].sentence)
            })
            .filter(|(_, run)| !(relative && run.end + 1 == p))
            // A name that "The" opens is a thing's, as above.
            .filter(|(_, run)| toks[run.start].folded != "the")
            .filter(|(_, run)| {
                let last = &toks[run.end - 1];
                !last.quoted
                    && !last.possessive
                    && !after_preposition(text, scan, run.end - 1)
                    && !described_after(text, scan, run.end - 1)
            })
            .filter_map(|(r, run)| {
                let titled = run.start > 0 && abbreviated(&toks[run.start - 1].folded);
                // Beyond the sentence, only a person already known: "the state’s
                // Religious Freedom Restoration Act" is capitalised too.
                if titled || (run.len() > 1 && !whole) {
                    named(r)
                } else if run.len() > 1 {
                    None
                } else {
                    surname(r, known).filter(|n| n.shown.contains(' '))
                }
            })
            .find(|n| !n.institution)
    };
    let title_case = toks.len() >= 4 && toks.iter().filter(|t| t.cap).count() * 4 >= toks.len() * 3;
    // The last person cited in this passage, with the sentence it was cited in.
    let mut last_person: Option<(Name, usize)> = None;
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut seen_names: Vec<Name> = Vec::new();
    // The people named so far in the sentence being read, and that sentence.
    let mut sentence_people: Option<(usize, Vec<Name>)> = None;
    for i in 0..toks.len() {
        let t = &toks[i];
        if t.quoted {
            continue;
        }
        let w = t.folded.as_str();
        if ends[i] != usize::MAX
            && let Some(n) = named(ends[i]).filter(|_| !toks[i].possessive)
        {
            // A person who opens a sentence after a lone unnamed one is whom "she"
            // means next: "A neighbor said … Ana Ruiz, the mayor, agreed. She said …".
            let first = runs[ends[i]].start;
            let opens = first == 0 || toks[first - 1].sentence != toks[first].sentence;
            if opens && !n.institution {
                lone_unnamed = None;
            }
            // "Ana Ruiz and Tom Berg live five doors down": two people opening a
            // sentence together.
            let other = joined_by_and(text, scan, first)
                .filter(|&k| !toks[k + 1].cap && ends[k] != usize::MAX)
                .map(|k| ends[k])
                .filter(|&r0| {
                    let s0 = runs[r0].start;
                    s0 == 0 || toks[s0 - 1].sentence != toks[s0].sentence
                })
                .and_then(named)
                .filter(|a| !a.institution && a.shown.contains(' '));
            if let Some(a) = other.filter(|_| !n.institution && n.shown.contains(' ')) {
                pair = Some((a, n.clone()));
            }
            // "Bolton and Gorka Slam Neocons": a headline in title case joins words
            // into names no one has; the body names its people as they are.
            if !title_case {
                if !n.institution {
                    match &mut sentence_people {
                        Some((s, people)) if *s == t.sentence => {
                            if !people.iter().any(|p| p.key == n.key) {
                                people.push(n.clone());
                            }
                        }
                        _ => sentence_people = Some((t.sentence, vec![n.clone()])),
                    }
                }
                known.note(text, scan, runs[ends[i]].clone(), n);
            }
        }
        // "Taylor Swift posted on Twitter accusing Big Machine of trying to stop her
        // performing": an owner's pronoun after the one person its sentence has named
        // tells that person's sex; "Jordan Lee, her lawyer" does not. In the clause a
        // verb of saying reports, it may be anyone's: "Big Machine says she will be
        // allowed to play her old tracks"; not so in "accused the label of stopping her".
        if matches!(w, "say" | "says" | "said" | "tell" | "tells" | "told" | "added" | "adds") {
            sentence_people = None;
        }
        if let Some(female) = telling_pronoun(text, scan, i)
            && let Some((s, people)) = &sentence_people
            && let [one] = people.as_slice()
            && *s == t.sentence
            && scan.gap_before(text, i).trim() != ","
        {
            known.note_pronoun(one, female);
        }
        // "Mr. Fishman’s office" anywhere: "the office said" later speaks for him; any
        // other office mentioned after ("the sheriff’s office") ends that.
        if t.possessive && toks.get(i + 1).is_some_and(|n| n.folded == "office" && !n.cap) {
            let holder = t.cap.then(|| known.by_key(canon_key(canon, w))).flatten();
            known.note_office(holder.filter(|n| !n.institution));
        }
        let colon = said_with_colon(text, scan, i);
        if ends[i] == usize::MAX
            && starts[i] == usize::MAX
            && !cues().contains(w)
            && w != "in"
            && !colon
        {
            continue;
        }
        let mut found: Vec<(Name, Range<usize>)> = Vec::new();
        let mut described: Vec<Described> = Vec::new();
        // "In a statement Saturday, BuzzFeed spokesman Matt Mittenthal doubled down".
        if let Some(n) = opener::utterance_subject(text, scan, &runs, &starts, i).and_then(named) {
            let span = n.span.clone();
            found.push((n, span));
        }
        // "BuzzFeed published the story": BuzzFeed reports, and the story is its own.
        if documents::published(text, scan, i)
            && let Some(Subject::Run(end)) = subject_before(text, scan, i)
            && let Some(n) = named(ends[end])
        {
            context.document = Some((n, "report".to_string(), passage));
        }
        // "Ana Ruiz went on to praise the crew": the subject of "went" speaks.
        let went = went_on_to(text, scan, i);
        let spoken = is_spoken(text, scan, i, went.is_some(), colon);
        // "…, serves several purposes, said Representative Ana Ruiz, Democrat of Ohio":
        // after a comma, a name that stands alone right after the verb is its subject,
        // whatever a walk back over the commas would find.
        let inverted = (spoken && INVERTED.contains(&w))
            .then(|| inverted_name(text, scan, &runs, &starts, i))
            .flatten()
            .and_then(named)
            .filter(|n| !n.institution);
        // "…,” said a report from Kotak Institutional Equities.": the report's issuer.
        let issued_after = (spoken && inverted.is_none() && INVERTED.contains(&w))
            .then(|| documents::from_after(text, scan, i + 1))
            .flatten()
            .and_then(|f| object_after(text, scan, &starts, f))
            .filter(|&r| runs.get(r).is_some_and(|run| !toks[run.end - 1].possessive))
            .and_then(named);
        if let Some(n) = inverted.or(issued_after) {
            let span = n.span.clone();
            found.push((n, span));
        } else if let Some(female) = (spoken && i >= 2).then(|| pronoun_office(scan, i)).flatten() {
            // "His office said": the person a "he" would be, whose office speaks.
            let fits = |n: &Name| !n.institution && known.fits(n, Some(female));
            let owner = last_person
                .clone()
                .map(|(n, _)| n)
                .filter(fits)
                .or_else(|| {
                    let full = |n: &Name| fits(n) && n.shown.contains(' ');
                    (0..runs.len()).rev().filter(|&r| runs[r].end <= i).filter_map(named).find(full)
                })
                .or_else(|| previous.clone().filter(fits))
                .or_else(|| before_passage.clone().filter(fits));
            if let Some(n) = owner {
                found.push((n, toks[i - 2].span.clone()));
            }
        } else if spoken && !answered_a_call(scan, i) && !played(text, scan, i) && !silent(scan, i)
        {
            match subject_before(text, scan, went.unwrap_or(i)) {
                Some(Subject::Run(end)) => {
                    let (cited, described_here) = named_subject::stands_for(
                        &at,
                        canon,
                        &named,
                        &surname,
                        &known,
                        went.unwrap_or(i),
                        end,
                    );
                    found.extend(cited);
                    described.extend(described_here);
                }
                Some(Subject::Described(d)) => {
                    found.extend(members_of(text, scan, &d, &known).map(|n| {
                        let span = n.span.clone();
                        (n, span)
                    }));
                    described.push(resolved(d, &known));
                }
                Some(Subject::Role(h)) => {
                    let paper = PAPERS.contains(&toks[h].folded.as_str());
                    let role = kin(&toks[h].folded).unwrap_or(&toks[h].folded);
                    let n = if paper { known.publication() } else { known.by_role(role) };
                    if let Some(n) = n {
                        found.push((n, toks[h].span.clone()));
                    } else if !paper {
                        // "the sheriff said", "Ruiz's attorney said", with no one named
                        // in that role before: a description in a name's place.
                        let owner = h.checked_sub(1).filter(|&k| toks[k].possessive).unwrap_or(h);
                        described.push(unnamed::described(text, scan, owner..h + 1, true));
                    }
                }
                Some(Subject::Statement) => {
                    let n = seen_names.last().cloned().or(last_cited.clone());
                    found.extend(n.map(|n| (n, t.span.clone())));
                }
                Some(Subject::Issued(d, noun)) => {
                    let d = resolved(d, &known);
                    let noun = documents::kind(&toks[noun].folded).to_string();
                    context.document = Some((d.name.clone(), noun, passage));
                    described.push(d);
                }
                Some(Subject::IssuedRun(end, noun)) => {
                    if let Some(n) = named(ends[end]) {
                        let noun = documents::kind(&toks[noun].folded).to_string();
                        context.document = Some((n.clone(), noun, passage));
                        let span = n.span.clone();
                        found.push((n, span));
                    }
                }
                Some(Subject::Document(noun)) => match &mut context.document {
                    Some((n, w, at)) if *w == documents::kind(&toks[noun].folded) => {
                        *at = passage;
                        found.push((n.clone(), toks[noun].span.clone()));
                    }
                    _ => described.push(unnamed::described(text, scan, noun..noun + 1, true)),
                },
                Some(Subject::It) => {
                    if let Some((n, _, at)) = &mut context.document
                        && *at + 1 >= passage
                    {
                        *at = passage;
                        found.push((n.clone(), t.span.clone()));
                    }
                }
                Some(Subject::Plural) => {
                    let both =
                        pair.clone().or_else(|| pair_before.clone().filter(|_| !other_cited));
                    pair_used |= pair.is_none() && both.is_some();
                    if let Some((a, b)) = both {
                        found.push((a, t.span.clone()));
                        found.push((b, t.span.clone()));
                    } else if let Some((n, kind, _)) =
                        context.group.clone().filter(|g| g.2 + 1 >= passage)
                    {
                        // "Then he ran, they said." after "Apopka police said".
                        described.push(Described { name: n, unnamed: kind == SourceKind::Unnamed });
                    }
                }
                Some(Subject::Pronoun(p)) => {
                    // Someone cited earlier in the sentence, the person who opens it,
                    // the last person cited in the passage, or in the one before.
                    let same =
                        last_person.clone().filter(|(_, s)| *s == t.sentence).map(|(n, _)| n);
                    // "Things have changed, she says": one word opening the sentence is
                    // "she" only if the article has shown it to be a person, or written
                    // it as a name inside a sentence.
                    let opener = || {
                        sentence_opener(text, scan, &runs, i, canon)
                            .filter(|n| known.is_person(n) || casing.proper(&n.key))
                    };
                    let earlier = last_person.clone().map(|(n, _)| n);
                    // "She said" is not the last man named.
                    let female = Some(toks[p].folded == "she");
                    // Nor a place or a body: "she says" after "the Arbors of Bastrop
                    // Apartments" is the witness, whoever she is.
                    let fits = |n: &Name| !n.institution && known.fits(n, female);
                    // "Catherine Gomes lived there, he said." after a passage that cited
                    // Gregg Miliote: the one who spoke before, not the clause's subject,
                    // unless that subject has spoken before.
                    let trailing = scan.gap_before(text, p).contains(',')
                        && toks.get(i + 1).is_none_or(|n| n.sentence != t.sentence);
                    let speaker_before =
                        previous.clone().filter(|n| trailing && fits(n)).filter(|n| {
                            opener()
                                .is_some_and(|o| o.key != n.key && !context.spoke.contains(&o.key))
                        });
                    let found_person = same
                        .filter(fits)
                        .or(speaker_before)
                        .or_else(|| opener().filter(fits))
                        .or_else(|| subject_in_sentence(p, &known, false).filter(fits))
                        .or(earlier.filter(fits))
                        .or_else(|| named_before(i, &known).filter(fits))
                        .or_else(|| subject_in_sentence(p, &known, true).filter(fits));
                    // No one named in the passage: "A witness, who asked not to be
                    // named, said … what she saw next she says …" is the witness, as is a
                    // "she said" right after a passage that cited only her.
                    let unnamed_one = lone_unnamed
                        .clone()
                        .or_else(|| lone_before.clone().filter(|_| previous.is_none()));
                    // "WIRED spoke to one mother … “…,” she said": the one interviewed.
                    let found_person = match interviewed.clone() {
                        Some(_) => None,
                        None => found_person,
                    };
                    let unnamed_one = interviewed.clone().or(unnamed_one);
                    let found_person = match (found_person, unnamed_one) {
                        (None, Some(u)) => {
                            described.push(Described { name: u, unnamed: true });
                            None
                        }
                        (found, _) => found.or_else(|| {
                            // "Rockingham and her family …" after "her son Dewaun
                            // Rockingham": "she said" is the Rockingham who spoke last.
                            let family =
                                |n: &Name| last_cited.clone().filter(|c| c.key == n.key && fits(c));
                            let before = previous
                                .clone()
                                .filter(fits)
                                .or(before_passage.clone().filter(fits))
                                .or_else(|| before_passage.as_ref().and_then(family))?;
                            // "In a post she described …" after "a company owned by
                            // Scooter Braun": someone named in passing, of no known sex,
                            // is less likely "she" than the woman who has been speaking.
                            let unsure = |n: &Name| {
                                female.is_some_and(|f| !known.surely(n, f))
                                    && !context.spoke.contains(&n.key)
                            };
                            Some(if unsure(&before) {
                                female
                                    .and_then(|f| known.last_speaker_of_sex(f, &context.spoke))
                                    .unwrap_or(before)
                            } else {
                                before
                            })
                        }),
                    };
                    if let Some(n) = found_person {
                        found.push((n, toks[p].span.clone()));
                    }
                }
                // "Grimm stormed back and said": the subject of the clause. "Ruiz backed
                // the plan at first but said …": the clause before the "but", whose
                // own clause has no subject.
                // "Kasich offered him a job, then says …", "… and then said": "then"
                // after a comma or a conjunction joins so too.
                None if i > 0
                    && (matches!(toks[i - 1].folded.as_str(), "and" | "but")
                        || (toks[i - 1].folded == "then"
                            && i > 1
                            && (scan.gap_before(text, i - 1).trim() == ","
                                || matches!(toks[i - 2].folded.as_str(), "and" | "but"))))
                    && !toks[i - 1].quoted
                    && is_space(scan.gap_before(text, i)) =>
                {
                    let clause = if toks[i - 1].folded == "but" { i - 1 } else { i };
                    if let Some(n) = clause_subject(text, scan, &runs, clause, canon) {
                        let span = n.span.clone();
                        found.push((n, span));
                    }
                }
                // "“…,” said X", ", writes X": a verb before its subject follows a
                // quote or a clause's edge ("who claimed Moore pursued them" is no
                // inversion).
                None if INVERTED.contains(&w) && inverted_at(text, scan, i) => {
                    if let Some(n) = object_after(text, scan, &starts, i + 1).and_then(named) {
                        let span = n.span.clone();
                        found.push((n, span));
                    } else if let Some(n) = role_after(text, scan, i + 1, &known) {
                        let span = n.span.clone();
                        found.push((n, span));
                    } else if let Some(n) =
                        apposed_after(text, scan, &starts, i + 1).and_then(named)
                    {
                        // "said the statement from his lawyer, Ana Ruiz.": the name.
                        let span = n.span.clone();
                        found.push((n, span));
                    } else if let Some(d) = unnamed::starting_at(text, scan, i + 1, true) {
                        described.push(resolved(d, &known));
                    }
                }
                None => {}
            }
        }
        // "“…,” Doreen Ruiz, the pilot's mother, sobbed": a name right after a quote
        // that a comma ends speaks it, whatever the verb.
        if let Some(n) = named_subject::after_quote_name(&at, i, &named, &surname, &known) {
            let span = n.span.clone();
            found.push((n, span));
        }
        let after = |k: usize| {
            toks.get(i + k).filter(|n| is_space(scan.gap_before(text, i + k)) && !n.quoted)
        };
        if matches!(w, "spoke" | "talked" | "speaking" | "talking")
            && after(1).is_some_and(|n| matches!(n.folded.as_str(), "to" | "with"))
            && after(2).is_some_and(|n| matches!(n.folded.as_str(), "a" | "an" | "one"))
            && let Some(head) = (3..5)
                .take_while(|&k| after(k).is_some_and(|n| !n.cap))
                .find(|&k| person_noun(&toks[i + k].folded))
        {
            interviewed = Some(unnamed::described(text, scan, i + 2..i + head + 1, true).name);
        }
        if let Some(k) = according::cited_at(&at, i, &named) {
            let last_source = seen_names.last().cloned().or(last_cited.clone());
            let (cited, described_here) =
                according::cited_by(&at, i, k, &named, &known, last_source);
            found.extend(cited);
            described.extend(described_here);
        }
        // "he reportedly told investigators": reports that no one names.
        if w == "reportedly" {
            described.push(unnamed::described(text, scan, i..i + 1, true));
        }
        // "a promising start", "the saying goes": after an article it describes a noun.
        let adjective = i > 0 && is_article(&toks[i - 1].folded) && !toks[i - 1].quoted;
        if (PARTICIPLES.contains(&w)
            || (w == "pointing" && after(1).is_some_and(|n| n.folded == "out"))
            // "calling him “a total stiff”": naming, with the words quoted.
            || (w == "calling" && quote_close_after(text, scan, i)))
            && !adjective
            && !played(text, scan, i)
            && !summed(scan, i)
            && !reporting::won(scan, i)
            && let Some(n) = participle_subject(&at, i, canon, &named)
        {
            let span = n.span.clone();
            found.push((n, span));
        }
        // "Lieven: ‘…’" — a name, a colon, a quote. "TAPPER: Do you think …" — a
        // transcript's speaker, a person, opening the passage.
        if let Some(n) = transcript::before_colon(&at, i, &named, &known) {
            let span = n.span.clone();
            found.push((n, span));
        }
        let found = found.into_iter().map(|(n, span)| (n, span, SourceKind::Named));
        let described = described.into_iter().map(|d| {
            let kind = if d.unnamed { SourceKind::Unnamed } else { SourceKind::Named };
            let span = d.name.span.clone();
            (d.name, span, kind)
        });
        for (n, span, kind) in found.chain(described) {
            // "Jacob later told officers": the one person named in full as Jacob; not
            // "Mr. Ban", whose title makes the word a surname.
            let at = toks.iter().position(|t| t.span.start == n.span.start);
            let titled = at.is_some_and(|p| p > 0 && abbreviated(&toks[p - 1].folded));
            // "Voters said", "Lobbyists say": one common word, capitalised only
            // because it opens the sentence.
            let opener = at.is_some_and(|p| {
                (p == 0 || toks[p - 1].sentence != toks[p].sentence)
                    && toks[p].span.end >= n.span.end
                    && casing.common(&toks[p].folded)
            });
            if kind == SourceKind::Named && opener {
                continue;
            }
            let n = match kind {
                SourceKind::Named if !n.institution && !n.shown.contains(' ') && !titled => {
                    known.by_given(&n.key).unwrap_or(n)
                }
                _ => n,
            };
            let sentence = scan.sentences.get(t.sentence).cloned().unwrap_or(scan.range.clone());
            if seen.iter().any(|(k, s)| *k == n.key && *s == t.sentence) {
                continue;
            }
            seen.push((n.key.clone(), t.sentence));
            let of_pair = |p: &(Name, Name)| n.key == p.0.key || n.key == p.1.key;
            if !pair.as_ref().or(pair_before.as_ref()).is_some_and(of_pair) {
                pair = None;
                other_cited = true;
            }
            if !n.institution && kind == SourceKind::Named {
                last_person = Some((n.clone(), t.sentence));
                lone_unnamed = None;
                interviewed = None;
            }
            if kind == SourceKind::Unnamed {
                lone_unnamed = Some(n.clone()).filter(unnamed::one_person);
            }
            if kind == SourceKind::Named {
                seen_names.push(n.clone());
                last_cited = Some(n.clone());
                if n.institution {
                    known.note_institution(&n);
                }
            }
            let many = match kind {
                SourceKind::Named => n.institution,
                _ => !unnamed::one_person(&n),
            };
            context.group = many.then(|| (n.clone(), kind, passage));
            // "BuzzFeed also reported that …": its report, which "the article" is next.
            if kind == SourceKind::Named && n.institution && documents::kind(w) == "report" {
                context.document = Some((n.clone(), "report".to_string(), passage));
            }
            let quote = nearest_quote(scan, &sentence, &t.span);
            out.push(Cited { name: n, kind, passage, span, quote });
        }
    }
    // "… — Kevin Killeen (@KMOXKilleen) August 25, 2015": the tweet's author.
    if let Some(n) = tweets::signer(text, scan, &runs).and_then(|run| name(text, scan, run, canon))
        && !seen_names.iter().any(|s| s.key == n.key)
    {
        let span = n.span.clone();
        last_cited = Some(n.clone());
        seen_names.push(n.clone());
        out.push(Cited { name: n, kind: SourceKind::Named, passage, span, quote: None });
    }
    // "Fox tweeted in response:" then a paragraph that is all quotation: his words.
    if seen_names.is_empty()
        && carries_on
        && let Some(n) = quoting
    {
        let span = toks[0].span.clone();
        let quote = scan.quotes.first().cloned();
        if !n.institution {
            last_person = Some((n.clone(), 0));
        }
        last_cited = Some(n.clone());
        seen_names.push(n.clone());
        out.push(Cited { name: n, kind: SourceKind::Named, passage, span, quote });
    }
    // "In a letter to families, the principal wrote:" then the letter as a passage of
    // its own, unquoted: the writer's words, whoever else the letter cites.
    if let Some(n) = introducing
        && !seen_names.iter().any(|s| s.key == n.key)
    {
        let span = toks.first().map_or(0..0, |t| t.span.clone());
        seen_names.insert(0, n.clone());
        out.push(Cited { name: n, kind: SourceKind::Named, passage, span, quote: None });
    }
    // A passage all in quotation marks after one that cited a lone unnamed person
    // carries on her words.
    if out.iter().all(|c| c.passage != passage)
        && carries_on
        && let Some(u) = lone_before.filter(|_| !quoting_named)
    {
        let span = toks[0].span.clone();
        lone_unnamed = Some(u.clone());
        out.push(Cited { name: u, kind: SourceKind::Unnamed, passage, span, quote: None });
    }
    for n in &seen_names {
        if !context.spoke.contains(&n.key) {
            context.spoke.push(n.key.clone());
        }
    }
    context.lone_unnamed = lone_unnamed;
    context.pair = pair.or(pair_before.filter(|_| pair_used));
    let introduces = text[scan.range.clone()].trim_end().ends_with(':');
    context.introducing = seen_names.last().cloned().filter(|_| introduces);
    context.quoting = seen_names.last().cloned();
    context.open_quote = runon::ends_open(text, scan);
    context.last_person = last_person.map(|(n, _)| n);
    context.last_cited = last_cited;
    context.last_named = named_before(toks.len(), &known).map(|n| (n, passage)).or(previous_named);
    // "Kellogg said" after "retired Lieutenant General Keith Kellogg" was appointed: the
    // reader is shown the person in full, as the article named them.
    for c in &mut out[first_cited..] {
        if c.kind == SourceKind::Named && !c.name.institution && !c.name.shown.contains(' ') {
            let full = known.by_key(&c.name.key).filter(|f| !f.institution);
            if let Some(full) = full.filter(|f| f.shown.contains(' ')) {
                c.name.shown = full.shown;
            }
        }
    }
    context.named = known;
    let anywhere = runs
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, run)| {
            let titled = run.start > 0 && abbreviated(&toks[run.start - 1].folded);
            !toks[run.end - 1].possessive && (titled || run.len() > 1)
        })
        .filter_map(|(r, run)| named(r).map(|n| (n, run)))
        // A place after "in" or "near" is no one; a title or a role makes a person
        // wherever they stand ("the letter to Senate Majority Leader Harry Reid").
        .find(|(n, run)| {
            let role = n.span.start > toks[run.start].span.start
                || (run.start > 0 && abbreviated(&toks[run.start - 1].folded));
            !n.institution && (role || !after_preposition(text, scan, run.end - 1))
        })
        .map(|(n, _)| n);
    context.last_any = anywhere.map(|n| (n, passage)).or(previous_any);
}

/// The sex token `i` tells if it is a pronoun of one person outside quotation that
/// mostly means the subject before it: "his", "himself", "herself", and "her" before
/// the noun it owns ("her music"), not as an object ("thanked her for"). Not "he" or
/// "she": in "Big Machine says she will be allowed" she is someone else.
fn telling_pronoun(text: &str, scan: &Scan, i: usize) -> Option<bool> {
    let toks = &scan.toks;
    let t = &toks[i];
    // "Her" inside a sentence is a title's ("Her Majesty").
    if t.quoted || (t.cap && i > 0 && toks[i - 1].sentence == t.sentence) {
        return None;
    }
    match t.folded.as_str() {
        "his" | "himself" => Some(false),
        "herself" => Some(true),
        "her" => {
            let next = toks.get(i + 1)?;
            let owned = next.sentence == t.sentence
                && !next.cap
                && !next.quoted
                && is_space(scan.gap_after(text, i))
                && !NOT_OWNED.contains(&next.folded.as_str());
            owned.then_some(true)
        }
        _ => None,
    }
}

/// Words after "her" that make it an object, not an owner ("told her that").
const NOT_OWNED: &[&str] = &[
    "a", "about", "after", "again", "an", "and", "as", "at", "back", "because", "before", "but",
    "by", "down", "for", "from", "if", "in", "into", "is", "not", "of", "off", "on", "or", "out",
    "over", "so", "that", "the", "this", "to", "too", "up", "was", "when", "with",
];

/// A name key's canonical spelling, as [`name`] makes keys of one word.
fn canon_key<'a>(canon: &'a Canon, folded: &'a str) -> &'a str {
    canon.get(folded)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
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
