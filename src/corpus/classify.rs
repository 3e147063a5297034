//! Telling title, byline, content and page furniture apart.
//!
//! Works from shape and a phrase lexicon ([`Furniture`]), never from a particular
//! site's layout: a headline is a short line without a full stop near the top; site
//! chrome is the short stuff above it; a byline is a prefixed author line or a bare name
//! line just under the title; the foot of an article is the run of short, unpunctuated
//! lines after the last paragraph.

use super::PassageKind::{self, *};
use super::furniture::Furniture;
use super::segment::ends_sentence;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// How far below the title a byline is looked for.
const BYLINE_WINDOW: usize = 5;
/// Passages up to this many words may be furniture by position alone.
const SHORT: usize = 12;

pub struct Meta {
    pub kinds: Vec<PassageKind>,
    pub title: Option<String>,
    pub byline: Option<String>,
}

struct Info {
    flat: String,
    lower: String,
    words: usize,
}

pub fn classify(text: &str, ranges: &[Range<usize>]) -> Meta {
    let f = Furniture::shipped();
    let info: Vec<Info> = ranges
        .iter()
        .map(|r| {
            let flat = text[r.clone()].split_whitespace().collect::<Vec<_>>().join(" ");
            let lower = flat.to_lowercase();
            let words = flat.unicode_words().count();
            Info { flat, lower, words }
        })
        .collect();
    let n = info.len();
    let mut kinds = vec![Body; n];

    // Furniture by phrase.
    let mut promo = vec![false; n];
    for (i, p) in info.iter().enumerate() {
        if p.words <= f.max_words {
            promo[i] = f.is_promo(&p.lower);
            if promo[i] || f.is_credit(&p.lower) || f.is_label(&p.lower) {
                kinds[i] = Boilerplate;
            }
        }
    }

    let body_like = |kinds: &[PassageKind], i: usize| {
        kinds[i] == Body
            && (info[i].words >= 15 || (info[i].words >= 8 && ends_sentence(&info[i].flat)))
    };
    let first_body = (0..n).find(|&i| body_like(&kinds, i)).unwrap_or(n);

    // Promo rails after the start of the text take the short passages that follow
    // them ("Related Stories" / a headline / "Our Picks" …). Above the text the
    // headline rule below does that job, and must not lose the headline to a rail.
    let mut in_rail = false;
    for i in first_body..n {
        if promo[i] {
            in_rail = true;
        } else if in_rail && kinds[i] == Body && info[i].words <= SHORT {
            kinds[i] = Boilerplate;
        } else {
            in_rail = false;
        }
    }

    // The headline, and the site chrome above it.
    let title = (0..first_body).find(|&i| kinds[i] == Body && is_headline(&info[i]));
    if let Some(t) = title {
        for k in kinds.iter_mut().take(t) {
            *k = Boilerplate;
        }
        kinds[t] = Title;
    }

    // The byline just under the title, prefixed or a bare name line.
    let from = title.map_or(0, |t| t + 1);
    let mut byline = None;
    for i in from..(from + BYLINE_WINDOW).min(n) {
        if kinds[i] != Body {
            continue;
        }
        if let Some(name) = prefixed_byline(f, &info[i].flat) {
            byline = Some(name);
        } else if is_name_line(&info[i].flat) {
            byline = Some(info[i].flat.clone());
        } else {
            continue;
        }
        kinds[i] = Byline;
        break;
    }
    // Short leftovers of the header (issue labels, datelines without text).
    for i in from..first_body {
        if kinds[i] == Body && info[i].words < 8 {
            kinds[i] = Boilerplate;
        }
    }

    // Author lines elsewhere ("Authors: …" at the foot, a signature repeating the byline).
    for i in 0..n {
        if kinds[i] != Body || info[i].words > f.max_words {
            continue;
        }
        let signature = byline.as_ref().is_some_and(|b| b.eq_ignore_ascii_case(&info[i].flat));
        if signature || prefixed_byline(f, &info[i].flat).is_some() {
            kinds[i] = Byline;
        }
    }

    // The foot: short unpunctuated lines after the last real paragraph.
    let last_body = (0..n).rev().find(|&i| body_like(&kinds, i));
    if let Some(last) = last_body {
        for i in (last + 1..n).rev() {
            match kinds[i] {
                Boilerplate | Byline | Title => continue,
                Body if info[i].words <= SHORT && !ends_sentence(&info[i].flat) => {
                    kinds[i] = Boilerplate
                }
                Body => break,
            }
        }
    }

    let title_text = title
        .map(|t| info[t].flat.trim_start_matches('#').trim().to_owned())
        .or_else(|| (0..n).find(|&i| kinds[i] == Body).map(|i| first_sentence(&info[i].flat)));
    let byline = byline.or_else(|| rail_author(&info, &kinds));
    Meta { kinds, title: title_text, byline }
}

/// 3–30 words, not a sentence: headlines carry no full stop.
fn is_headline(p: &Info) -> bool {
    let s = p.flat.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}']);
    (3..=30).contains(&p.words) && p.flat.chars().count() <= 200 && !s.ends_with(['.', ':', ';'])
}

/// "Feature by Milan Rai" → "Milan Rai". After a bare prefix ("By") the rest must look
/// like names, so "By Monday the troops…" stays a paragraph; after a colon prefix
/// ("Authors:") anything goes, cut at the first sentence end.
fn prefixed_byline(f: &Furniture, line: &str) -> Option<String> {
    let name = f.byline_name(line)?;
    let colon = line[..line.len() - name.len()].contains(':');
    let name = name.split(". ").next().unwrap_or(name).trim_end_matches('.');
    let ok = if colon { name.split_whitespace().count() <= 20 } else { is_name_line(name) };
    ok.then(|| name.to_owned())
}

const NAME_CONNECTORS: &[&str] = &[
    "and", "&", "de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn",
];

/// A bare name or list of names: "Robbie Greimer", "Jane Doe and John Roe".
fn is_name_line(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=8).contains(&words.len())
        && s.chars().count() <= 60
        && !s.chars().any(|c| c.is_numeric())
        && !ends_sentence(s)
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            NAME_CONNECTORS.contains(&w)
                || (w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || "-'\u{2019}.".contains(c)))
        })
}

/// "READ MORE from Jane Doe:" in a furniture rail names the author when nothing else did.
fn rail_author(info: &[Info], kinds: &[PassageKind]) -> Option<String> {
    info.iter().zip(kinds).filter(|(_, k)| **k == Boilerplate).find_map(|(p, _)| {
        let at = p.lower.find("more from ")? + "more from ".len();
        let name = p.flat.get(at..)?.trim_end_matches(':').trim();
        is_name_line(name).then(|| name.to_owned())
    })
}

/// The first sentence, shortened at a word boundary: a title for an untitled article.
fn first_sentence(s: &str) -> String {
    const MAX: usize = 80;
    let end = s.find(". ").map_or(s.len(), |e| e + 1);
    let sentence = &s[..end];
    if sentence.chars().count() <= MAX {
        return sentence.to_owned();
    }
    let mut out = String::new();
    for w in sentence.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > MAX - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.trim_end_matches([',', ';', ':']).to_owned() + "\u{2026}"
}
