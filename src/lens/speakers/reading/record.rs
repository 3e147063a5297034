//! Recording what a word cites as the passage's attributions, then at the passage's end
//! the speakers cited without a verb (a tweet's signer, a quotation carried on, the
//! writer a colon introduced), and what the passage leaves for the one after.

use super::Reading;
use crate::lens::model::{Name, SourceKind};
use crate::lens::names::name;
use crate::lens::scan::Scan;
use crate::lens::speakers::context::Cited;
use crate::lens::speakers::preposition::after_preposition;
use crate::lens::speakers::run_index::titled;
use crate::lens::speakers::words::abbreviated;
use crate::lens::speakers::{documents, runon, tweets};
use crate::lens::unnamed::{self, Described};
use std::ops::Range;

impl Reading<'_> {
    /// Records the sources token `i` cites in `out`, each once a sentence, and notes
    /// them as the passage's last person, lone unnamed one, group or issuer.
    pub(in crate::lens::speakers) fn record(
        &mut self,
        i: usize,
        found: Vec<(Name, Range<usize>)>,
        described: Vec<Described>,
        out: &mut Vec<Cited>,
    ) {
        let (scan, passage) = (self.scan, self.passage);
        let toks = &scan.toks;
        let t = &toks[i];
        let w = t.folded.as_str();
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
                    && self.casing.common(&toks[p].folded)
            });
            if kind == SourceKind::Named && opener {
                continue;
            }
            let n = match kind {
                SourceKind::Named if !n.institution && !n.shown.contains(' ') && !titled => {
                    self.known.by_given(&n.key).unwrap_or(n)
                }
                _ => n,
            };
            let sentence = scan.sentences.get(t.sentence).cloned().unwrap_or(scan.range.clone());
            if self.seen.iter().any(|(k, s)| *k == n.key && *s == t.sentence) {
                continue;
            }
            self.seen.push((n.key.clone(), t.sentence));
            let of_pair = |p: &(Name, Name)| n.key == p.0.key || n.key == p.1.key;
            if !self.pair.as_ref().or(self.pair_before.as_ref()).is_some_and(of_pair) {
                self.pair = None;
                self.other_cited = true;
            }
            if !n.institution && kind == SourceKind::Named {
                self.last_person = Some((n.clone(), t.sentence));
                self.lone_unnamed = None;
                self.interviewed = None;
            }
            if kind == SourceKind::Unnamed {
                self.lone_unnamed = Some(n.clone()).filter(unnamed::one_person);
            }
            if kind == SourceKind::Named {
                self.seen_names.push(n.clone());
                self.last_cited = Some(n.clone());
                if n.institution {
                    self.known.note_institution(&n);
                }
            }
            let many = match kind {
                SourceKind::Named => n.institution,
                _ => !unnamed::one_person(&n),
            };
            self.context.group = many.then(|| (n.clone(), kind, passage));
            // "BuzzFeed also reported that …": its report, which "the article" is next.
            if kind == SourceKind::Named && n.institution && documents::kind(w) == "report" {
                self.context.document = Some((n.clone(), "report".to_string(), passage));
            }
            let quote = nearest_quote(scan, &sentence, &t.span);
            out.push(Cited { name: n, kind, passage, span, quote });
        }
    }

    /// Records the speakers the passage cites without a verb: a tweet's signer, the one
    /// whose quotation it carries on, the writer a colon before it introduced.
    pub(in crate::lens::speakers) fn record_unsaid(&mut self, out: &mut Vec<Cited>) {
        let (text, scan, passage) = (self.text, self.scan, self.passage);
        let toks = &scan.toks;
        // "… — Kevin Killeen (@KMOXKilleen) August 25, 2015": the tweet's author.
        if let Some(n) =
            tweets::signer(text, scan, &self.runs).and_then(|run| name(text, scan, run, self.canon))
            && !self.seen_names.iter().any(|s| s.key == n.key)
        {
            let span = n.span.clone();
            self.last_cited = Some(n.clone());
            self.seen_names.push(n.clone());
            out.push(Cited { name: n, kind: SourceKind::Named, passage, span, quote: None });
        }
        let quoting_named = self.quoting.is_some();
        // "Fox tweeted in response:" then a paragraph that is all quotation: his words.
        if self.seen_names.is_empty()
            && self.carries_on
            && let Some(n) = self.quoting.take()
        {
            let span = toks[0].span.clone();
            let quote = scan.quotes.first().cloned();
            if !n.institution {
                self.last_person = Some((n.clone(), 0));
            }
            self.last_cited = Some(n.clone());
            self.seen_names.push(n.clone());
            out.push(Cited { name: n, kind: SourceKind::Named, passage, span, quote });
        }
        // "In a letter to families, the principal wrote:" then the letter as a passage of
        // its own, unquoted: the writer's words, whoever else the letter cites.
        if let Some(n) = self.introducing.take()
            && !self.seen_names.iter().any(|s| s.key == n.key)
        {
            let span = toks.first().map_or(0..0, |t| t.span.clone());
            self.seen_names.insert(0, n.clone());
            out.push(Cited { name: n, kind: SourceKind::Named, passage, span, quote: None });
        }
        // A passage all in quotation marks after one that cited a lone unnamed person
        // carries on her words.
        if out.iter().all(|c| c.passage != passage)
            && self.carries_on
            && let Some(u) = self.lone_before.take().filter(|_| !quoting_named)
        {
            let span = toks[0].span.clone();
            self.lone_unnamed = Some(u.clone());
            out.push(Cited { name: u, kind: SourceKind::Unnamed, passage, span, quote: None });
        }
    }

    /// Leaves in the context what the passage after reads it by, and shows the people
    /// this passage cited, in `cited`, as the article named them in full.
    pub(in crate::lens::speakers) fn finish(self, cited: &mut [Cited]) {
        let (text, scan, passage) = (self.text, self.scan, self.passage);
        let last_named = self.named_before(scan.toks.len(), &self.known);
        let anywhere = self.last_named_anywhere();
        let context = &mut *self.context;
        for n in &self.seen_names {
            if !context.spoke.contains(&n.key) {
                context.spoke.push(n.key.clone());
            }
        }
        context.lone_unnamed = self.lone_unnamed;
        context.pair = self.pair.or(self.pair_before.filter(|_| self.pair_used));
        let introduces = text[scan.range.clone()].trim_end().ends_with(':');
        context.introducing = self.seen_names.last().cloned().filter(|_| introduces);
        context.quoting = self.seen_names.last().cloned();
        context.open_quote = runon::ends_open(text, scan);
        context.last_person = self.last_person.map(|(n, _)| n);
        context.last_cited = self.last_cited;
        context.last_named = last_named.map(|n| (n, passage)).or(self.previous_named);
        // "Kellogg said" after "retired Lieutenant General Keith Kellogg" was appointed: the
        // reader is shown the person in full, as the article named them.
        for c in cited {
            if c.kind == SourceKind::Named && !c.name.institution && !c.name.shown.contains(' ') {
                let full = self.known.by_key(&c.name.key).filter(|f| !f.institution);
                if let Some(full) = full.filter(|f| f.shown.contains(' ')) {
                    c.name.shown = full.shown;
                }
            }
        }
        context.named = self.known;
        context.last_any = anywhere.map(|n| (n, passage)).or(self.previous_any);
    }

    /// The last person named anywhere in the passage, titled or in full.
    fn last_named_anywhere(&self) -> Option<Name> {
        let (text, scan) = (self.text, self.scan);
        let toks = &scan.toks;
        self.runs
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, run)| {
                let titled = titled(scan, run);
                !toks[run.end - 1].possessive && (titled || run.len() > 1)
            })
            .filter_map(|(r, run)| self.named(r).map(|n| (n, run)))
            // A place after "in" or "near" is no one; a title or a role makes a person
            // wherever they stand ("the letter to Senate Majority Leader Harry Reid").
            .find(|(n, run)| {
                let role = n.span.start > toks[run.start].span.start || titled(scan, run);
                !n.institution && (role || !after_preposition(text, scan, run.end - 1))
            })
            .map(|(n, _)| n)
    }
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

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}
