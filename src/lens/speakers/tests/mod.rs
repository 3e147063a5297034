//! Who speaks, on sentences written for these tests: each rule of the module doc, one
//! file per theme, and the helpers they share.

use super::*;
use crate::lens::model::SourceKind;

mod appositions;
mod deeds;
mod documents;
mod named_or_unnamed;
mod names_and_titles;
mod never_speak;
mod places;
mod pronouns;
mod quotes;
mod referring_back;
mod subjects;
mod sweeps;
mod verbs;

/// The sources cited in one passage, as (name shown, named or not), in order found.
fn sources(text: &str) -> Vec<(String, SourceKind)> {
    let scan = Scan::new(text, 0..text.len());
    let mut out = Vec::new();
    find(text, &scan, 0, &Canon::default(), &mut Antecedents::default(), &mut out);
    out.into_iter().map(|c| (c.name.shown, c.kind)).collect()
}

fn named(text: &str) -> Vec<String> {
    sources(text).into_iter().filter(|s| s.1 == SourceKind::Named).map(|s| s.0).collect()
}

fn unnamed(text: &str) -> Vec<String> {
    sources(text).into_iter().filter(|s| s.1 == SourceKind::Unnamed).map(|s| s.0).collect()
}

/// The named sources of each passage of an article, read in order with one context.
fn across(passages: &[&str]) -> Vec<Vec<String>> {
    sources_across(passages)
        .into_iter()
        .map(|p| p.into_iter().filter(|s| s.1 == SourceKind::Named).map(|s| s.0).collect())
        .collect()
}

/// The sources of each passage of an article, named or not, read with one context.
fn sources_across(passages: &[&str]) -> Vec<Vec<(String, SourceKind)>> {
    let text = passages.join("\n\n");
    let mut context = Antecedents::default();
    let mut at = 0;
    let mut all = Vec::new();
    for (id, p) in passages.iter().enumerate() {
        let scan = Scan::new(&text, at..at + p.len());
        let mut out = Vec::new();
        find(&text, &scan, id, &Canon::default(), &mut context, &mut out);
        all.push(out.into_iter().map(|c| (c.name.shown, c.kind)).collect());
        at += p.len() + 2;
    }
    all
}
