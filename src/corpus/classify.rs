//! Telling title, byline, content and page furniture apart.
//!
//! Works from shape and a phrase lexicon ([`Furniture`]), never from a particular
//! site's layout. Content is never folded for failing to look like a paragraph: a
//! passage is furniture only on positive evidence — a lexicon phrase, a place in a
//! promo rail, one- and two-word chrome above the headline, a dateline in the header,
//! a publication stamp or a divider anywhere, a navigation label at the foot. A
//! headline is a short line without a full stop before the first sentence; a byline is
//! a prefixed author line or a bare name line just under the title.

use super::PassageKind::{self, *};
use super::calendar::{MONTHS, WEEKDAYS};
use super::furniture::Furniture;
use super::segment::{ends_sentence, is_list_item};
use super::stamp::is_stamp_or_chrome;
use std::borrow::Cow;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// How far below the title a byline is looked for.
const BYLINE_WINDOW: usize = 5;
/// Passages up to this many words may be furniture by position alone.
const SHORT: usize = 12;
/// Bytes per word beyond which a passage that is short in words is not a line of
/// furniture but one enormous token (a hostile or broken file): phrase lookups and
/// lower-casing are skipped for it, so their cost stays bounded per passage.
const MAX_WORD_BYTES: usize = 64;

pub struct Meta {
    pub kinds: Vec<PassageKind>,
    /// Words per passage (Unicode word segmentation), in passage order.
    pub words: Vec<usize>,
    pub title: Option<String>,
    pub byline: Option<String>,
}

/// What the rules need of one passage. Kept small: a file of millions of tiny passages
/// holds one of these per passage at once (the text itself is borrowed when it is
/// already on one line, and the phrase lookups are done as it is made).
struct Info<'a> {
    flat: Cow<'a, str>,
    words: usize,
    /// Short enough to be furniture (phrase lookups were done).
    short: bool,
    /// A promo rail's heading ("Related stories").
    promo: bool,
    /// Furniture by phrase: promo, credit or label.
    furniture: bool,
    /// Holds "more from " (a rail that may name the author).
    more_from: bool,
}

pub fn classify(text: &str, ranges: &[Range<usize>]) -> Meta {
    let f = Furniture::shipped();
    let info: Vec<Info> = ranges
        .iter()
        .map(|r| {
            let flat = flatten(&text[r.clone()]);
            let words = flat.unicode_words().count();
            let short = words <= f.max_words && flat.len() <= f.max_words * MAX_WORD_BYTES;
            let mut p =
                Info { flat, words, short, promo: false, furniture: false, more_from: false };
            if short {
                // Furniture by phrase.
                let lower = p.flat.to_lowercase();
                p.promo = f.is_promo(&lower);
                p.furniture = p.promo || by_phrase_or_shape(f, &lower, &p.flat);
                p.more_from = lower.contains("more from ");
            }
            p
        })
        .collect();
    let n = info.len();
    let mut kinds: Vec<PassageKind> =
        info.iter().map(|p| if p.furniture { Boilerplate } else { Body }).collect();
    let promo = |i: usize| info[i].promo;
    // A sentence of three words or more is text, however short: one-line paragraphs
    // and lists of facts are an article's content, not chrome around it.
    let sentence = |i: usize| info[i].words >= 3 && ends_sentence(&info[i].flat);
    let body_like =
        |kinds: &[PassageKind], i: usize| kinds[i] == Body && (info[i].words >= 15 || sentence(i));
    let first_body = (0..n).find(|&i| body_like(&kinds, i)).unwrap_or(n);

    // Promo rails after the start of the text take the short passages that follow
    // them ("Related Stories" / a headline / "Our Picks" …): lines that are not
    // sentences, and sentences caught between two pieces of furniture ("Read news from
    // 100's of titles." under "Sign up to read"). A sentence the rail does not hold in
    // ends it, so a "Share this article" line does not take the paragraph after it.
    // Above the text the headline rule below does that job, and must not lose the
    // headline to a rail.
    let mut in_rail = false;
    for i in first_body..n {
        let held = !sentence(i) || info.get(i + 1).is_some_and(|p| p.furniture);
        if promo(i) {
            in_rail = true;
        } else if in_rail && kinds[i] == Body && info[i].words <= SHORT && held {
            kinds[i] = Boilerplate;
        } else {
            in_rail = false;
        }
    }

    // The headline, and the site chrome above it. Only passages before the first
    // sentence are candidates, so what is folded above the headline is furniture by
    // phrase or one- and two-word lines (section names, "Start reading").
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
            byline = Some(info[i].flat.clone().into_owned());
        } else {
            continue;
        }
        kinds[i] = Byline;
        break;
    }
    // Datelines and issue labels between the headline and the text ("Updated 9 Jan
    // 2025", "Issue 2663"). A header holds a line or two of those; a longer run of
    // short lines before the first sentence is the text itself, a list of facts.
    let header: Vec<usize> = (from..first_body.min(n)).filter(|&i| kinds[i] == Body).collect();
    if first_body < n && header.len() <= 2 {
        for i in header {
            if is_dateline(&info[i]) {
                kinds[i] = Boilerplate;
            }
        }
    }

    // Author lines elsewhere ("Authors: …" at the foot, a signature repeating the byline).
    for i in 0..n {
        if kinds[i] != Body || !info[i].short {
            continue;
        }
        let signature = byline.as_ref().is_some_and(|b| b.eq_ignore_ascii_case(&info[i].flat));
        if signature || prefixed_byline(f, &info[i].flat).is_some() {
            kinds[i] = Byline;
        }
    }

    // The foot: navigation and tag lines after the last sentence ("World", "Ukraine
    // War", "MORE STORIES"). A short line that is not shaped like a link label stays.
    let last_body = (0..n).rev().find(|&i| body_like(&kinds, i));
    if let Some(last) = last_body {
        for i in (last + 1..n).rev() {
            match kinds[i] {
                Boilerplate | Byline | Title => continue,
                Body if is_nav_label(&info[i]) => kinds[i] = Boilerplate,
                Body => break,
            }
        }
    }

    let title_text = title
        .map(|t| info[t].flat.trim_start_matches('#').trim().to_owned())
        .or_else(|| (0..n).find(|&i| kinds[i] == Body).map(|i| first_sentence(&info[i].flat)));
    let byline = byline.or_else(|| rail_author(&info, &kinds));
    let words = info.iter().map(|p| p.words).collect();
    Meta { kinds, words, title: title_text, byline }
}

/// Classification for a structured format that already named the title (and maybe
/// the byline) and left site chrome out: `fixed` kinds are kept, a prefixed byline
/// just under the title is recognised, and phrase-based furniture (promos, credits,
/// labels) is the only other thing looked for.
pub fn classify_structured(
    text: &str,
    ranges: &[Range<usize>],
    fixed: &[Option<PassageKind>],
) -> Meta {
    let f = Furniture::shipped();
    let mut kinds = vec![Body; ranges.len()];
    let mut words = Vec::with_capacity(ranges.len());
    let mut title = None;
    let mut byline = None;
    let title_at = fixed.iter().position(|k| *k == Some(Title)).unwrap_or(0);
    for (i, r) in ranges.iter().enumerate() {
        let flat = flatten(&text[r.clone()]).into_owned();
        words.push(flat.unicode_words().count());
        if let Some(Some(k)) = fixed.get(i) {
            kinds[i] = *k;
            match k {
                Title if title.is_none() => title = Some(flat),
                Byline if byline.is_none() => byline = Some(flat),
                _ => {}
            }
            continue;
        }
        let n = words[i];
        if n > f.max_words || flat.len() > f.max_words * MAX_WORD_BYTES {
            continue;
        }
        let lower = flat.to_lowercase();
        if f.is_promo(&lower) || by_phrase_or_shape(f, &lower, &flat) {
            kinds[i] = Boilerplate;
        } else if i > title_at
            && i <= title_at + BYLINE_WINDOW
            && let Some(name) = prefixed_byline(f, &flat)
        {
            kinds[i] = Byline;
            byline.get_or_insert(name);
        }
    }
    Meta { kinds, words, title, byline }
}

/// Furniture whatever its place, promos aside (they also take the lines after them):
/// a credit or a label by phrase, a stamp, a divider or share buttons by shape.
fn by_phrase_or_shape(f: &Furniture, lower: &str, flat: &str) -> bool {
    f.is_credit(lower) || f.is_label(lower) || is_stamp_or_chrome(flat)
}

/// The passage on one line: runs of whitespace (line breaks included) become one space.
/// Borrowed when it already is.
fn flatten(s: &str) -> Cow<'_, str> {
    let mut spaces = 0;
    let flat = s.chars().all(|c| match c {
        ' ' => {
            spaces += 1;
            spaces == 1
        }
        c if c.is_whitespace() => false,
        _ => {
            spaces = 0;
            true
        }
    });
    if flat && !s.starts_with(' ') && !s.ends_with(' ') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    Cow::Owned(out)
}

/// A short line that is not a sentence and carries a number: a date, an issue, a time.
fn is_dateline(p: &Info) -> bool {
    p.words < 8 && !ends_sentence(&p.flat) && p.flat.chars().any(|c| c.is_ascii_digit())
}

/// A link label of a navigation or tag list: up to four capitalised words, no sentence,
/// no number, no list marker (a list the author wrote is content).
fn is_nav_label(p: &Info) -> bool {
    (1..=4).contains(&p.words)
        && !ends_sentence(&p.flat)
        && !is_list_item(&p.flat)
        && !p.flat.contains(':')
        && p.flat.split_whitespace().all(|w| {
            let mut letters = w.chars().filter(|c| c.is_alphanumeric());
            letters.next().is_none_or(char::is_uppercase) && !w.chars().any(|c| c.is_numeric())
        })
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
    let cut = name.split(". ").next().unwrap_or(name);
    // "By Monday, Ms. Lauten had resigned": a title's stop is no sentence end, and a
    // day or month is no author.
    let titled = cut.len() < name.len()
        && cut.rsplit(' ').next().is_some_and(|w| TITLES.contains(&w.to_lowercase().as_str()));
    let dated = cut.split_whitespace().next().is_some_and(|w| {
        let lower = w.to_lowercase();
        let bare = lower.trim_end_matches(',');
        let day = bare.strip_suffix("'s").or(bare.strip_suffix("\u{2019}s")).unwrap_or(bare);
        // "By May Bulman" is a byline; "By May, the troops" and "By May's vote" are not.
        let calendar = MONTHS.contains(&day) || WEEKDAYS.contains(&day);
        calendar && (lower.ends_with(',') || day.len() < bare.len())
    });
    let name = cut.trim_end_matches('.');
    let ok = if colon {
        name.split_whitespace().count() <= 20
    } else {
        !titled && !dated && is_name_line(name)
    };
    ok.then(|| name.to_owned())
}

/// Titles written short, whose stop does not end a sentence.
const TITLES: &[&str] =
    &["mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "sgt", "st", "prof"];

const NAME_CONNECTORS: &[&str] = &[
    "and", "&", "de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn",
];

/// A bare name or list of names: "Robbie Greimer", "Jane Doe and John Roe".
fn is_name_line(s: &str) -> bool {
    // 60 characters are at most 240 bytes: refuse longer lines before splitting them.
    if s.len() > 240 {
        return false;
    }
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
    info.iter().zip(kinds).filter(|(p, k)| p.more_from && **k == Boilerplate).find_map(|(p, _)| {
        let at = p.flat.to_lowercase().find("more from ")? + "more from ".len();
        let name = p.flat.get(at..)?.trim_end_matches(':').trim();
        is_name_line(name).then(|| name.to_owned())
    })
}

/// The first sentence, shortened at a word boundary: a title for an untitled article.
pub(crate) fn first_sentence(s: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::segment::passages;

    #[test]
    fn one_huge_token_is_counted_once_and_never_furniture_matched() {
        // A megabyte with no space: short in words, long in bytes (a broken or hostile
        // file). It must cost a pass over its bytes, not one per furniture phrase.
        let token = format!("subscribe{}", "x".repeat(1 << 20));
        let text = format!(
            "A Headline For The Test\n\n{token}\n\nA closing paragraph that is long enough \
             to count as the body of the article, ending here.\n"
        );
        let ranges = passages(&text);
        let meta = classify(&text, &ranges);
        assert_eq!(meta.words, [5, 1, 17]);
        // Neither a known phrase nor a dateline: no evidence of furniture, so content.
        assert_eq!(meta.kinds, [Title, Body, Body]);
        assert_eq!(meta.title.as_deref(), Some("A Headline For The Test"));
    }

    #[test]
    fn prose_opening_with_by_is_no_byline() {
        let f = Furniture::shipped();
        for prose in [
            "By Monday, Ms. Lauten had resigned as communications director for the congressman.",
            "By March, the troops had reached the river.",
            "By Friday's vote, Mr. Ruiz had changed his mind.",
        ] {
            assert_eq!(prefixed_byline(f, prose), None, "{prose}");
        }
        assert_eq!(prefixed_byline(f, "By May Bulman").as_deref(), Some("May Bulman"));
        assert_eq!(prefixed_byline(f, "By Sam Wrapper").as_deref(), Some("Sam Wrapper"));
    }

    #[test]
    fn words_match_word_segmentation_of_each_passage() {
        let text = "Title Of It\n\nBy Jane Doe\n\nOne  two\nthree, four.\n\n\u{4e2d}\u{6587} \u{0627}\u{0644}\n";
        let ranges = passages(text);
        let meta = classify(text, &ranges);
        let expected: Vec<usize> =
            ranges.iter().map(|r| text[r.clone()].unicode_words().count()).collect();
        assert_eq!(meta.words, expected);
    }
}
