//! Splitting cleaned text into passages (paragraphs).
//!
//! Articles arrive in two conventions, often mixed: one paragraph per line, or
//! paragraphs separated by blank lines whose lines may be hard-wrapped at ~72 columns.
//! A block of consecutive lines is rejoined only when it *reads* as wrapped prose —
//! lines that break mid-sentence into a lower-case continuation — so bullet lists and
//! headline/byline stacks keep one passage per line. Inside wrapped prose a line break
//! is kept where the wrapping cannot explain it: the next word would have fitted on the
//! line, the next line is indented or a list item. That is what separates the headline,
//! the byline and the paragraphs of a wrapped file that has no blank lines at all.

use std::ops::Range;

/// Lines longer than this are never the product of hard wrapping.
const MAX_WRAP_WIDTH: usize = 100;

/// A non-blank line of a block: its trimmed bytes and how far it is indented.
struct Line {
    range: Range<usize>,
    indent: usize,
}

/// Byte ranges of the passages of `text`, in order, trimmed, never overlapping.
pub fn passages(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut block: Vec<Line> = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let range = trim(text, offset..offset + raw.len());
        if range.is_empty() {
            flush(text, &mut block, &mut out);
        } else {
            // Characters of leading white space; a tab counts as one, still an indent.
            let indent = text[offset..range.start].chars().count();
            block.push(Line { range, indent });
        }
        offset += raw.len();
    }
    flush(text, &mut block, &mut out);
    out
}

fn flush(text: &str, block: &mut Vec<Line>, out: &mut Vec<Range<usize>>) {
    if block.is_empty() {
        return;
    }
    if is_hard_wrapped(text, block) {
        let wrap = wrap_width(text, block);
        let mut start = 0;
        for i in 0..block.len() {
            let Some(next) = block.get(i + 1) else {
                out.push(block[start].range.start..block[i].range.end);
                break;
            };
            let line = &text[block[i].range.clone()];
            let item = is_list_item(&text[block[start].range.clone()]);
            let cols = columns(text, &block[i]);
            let next_text = &text[next.range.clone()];
            let next_word = next_text.split_whitespace().next().map_or(0, |w| w.chars().count());
            // A wrapper moves a word down only when it does not fit; a word that would
            // have fitted means the break was the author's (a headline, a byline, the
            // end of a short paragraph). A line ending in a hyphen split a word there.
            let fitted = cols + 1 + next_word <= wrap && !line.ends_with('-');
            let short_end = cols * 10 < wrap * 7 && ends_sentence(line);
            let indented = next.indent > block[i].indent && !item;
            if fitted || short_end || indented || is_list_item(next_text) {
                out.push(block[start].range.start..block[i].range.end);
                start = i + 1;
            }
        }
    } else {
        out.extend(block.iter().map(|l| l.range.clone()));
    }
    block.clear();
}

/// At least a quarter of the line breaks fall mid-sentence, before a lower-case word.
fn is_hard_wrapped(text: &str, block: &[Line]) -> bool {
    if block.len() < 2 || block.iter().any(|l| width(text, &l.range) > MAX_WRAP_WIDTH) {
        return false;
    }
    let breaks = block.len() - 1;
    let mid_sentence = block
        .windows(2)
        .filter(|w| {
            !ends_sentence(&text[w[0].range.clone()])
                && starts_continuation(&text[w[1].range.clone()])
        })
        .count();
    mid_sentence > 0 && mid_sentence * 4 >= breaks
}

/// The column the block was wrapped at: the width that nine lines in ten stay within,
/// so that one overlong line does not stretch it. Counted in a histogram capped at
/// [`MAX_WRAP_WIDTH`], so the cost stays linear.
fn wrap_width(text: &str, block: &[Line]) -> usize {
    let mut counts = [0usize; MAX_WRAP_WIDTH + 1];
    for l in block {
        counts[columns(text, l).min(MAX_WRAP_WIDTH)] += 1;
    }
    let within = block.len() - block.len() / 10;
    let mut seen = 0;
    for (cols, n) in counts.iter().enumerate() {
        seen += n;
        if seen >= within {
            return cols;
        }
    }
    MAX_WRAP_WIDTH
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    if start >= end { start..start } else { start..end }
}

/// The column a line reaches, its indent included: what the wrapper measured.
fn columns(text: &str, l: &Line) -> usize {
    l.indent + width(text, &l.range)
}

fn width(text: &str, r: &Range<usize>) -> usize {
    text[r.clone()].chars().count()
}

/// Ends with terminal punctuation, possibly inside closing quotes or brackets.
pub(crate) fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']', '*', '_']);
    s.ends_with(['.', '!', '?', ':', ';', '\u{2026}'])
}

fn starts_continuation(s: &str) -> bool {
    s.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_lowercase() || c.is_numeric())
}

pub(crate) fn is_list_item(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    s.starts_with(['-', '*', '\u{2022}']) || (digits > 0 && s[digits..].starts_with(['.', ')']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        passages(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn blank_line_paragraphs() {
        assert_eq!(texts("One.\n\n\nTwo words.\n  \nThree"), ["One.", "Two words.", "Three"]);
    }

    #[test]
    fn one_paragraph_per_line() {
        let long = "x".repeat(150);
        let s = format!("Title\n{long}.\n{long}.\nShort subheading\n");
        assert_eq!(passages(&s).len(), 4);
    }

    #[test]
    fn hard_wrapped_prose_is_rejoined_and_paragraph_ends_kept() {
        let s = "The delegations met in Geneva on Monday and agreed to a limited\n\
                 ceasefire along the front line, officials said, adding that\n\
                 monitors would arrive within days.\n\
                 Both sides then traded accusations of violating the truce within\n\
                 hours of its start, according to local reports from the region.\n\
                 It ended.\n";
        let got = texts(s);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].starts_with("The delegations") && got[0].ends_with("within days."));
        assert!(got[1].starts_with("Both sides") && got[1].ends_with("It ended."));
    }

    #[test]
    fn bullet_lists_and_headline_stacks_stay_apart() {
        let s = "Ukraine retaliating with strikes on Russian territory.\n\
                 Russian troops advancing in Ukraine, targeting key infrastructure.\n\
                 Putin demands respect for territorial gains in talks.\n";
        assert_eq!(passages(s).len(), 3);
        assert_eq!(passages("A Headline Here\nBy Jane Doe\n").len(), 2);
    }

    #[test]
    fn wrapped_list_items_split_at_markers() {
        let s = "- first item that is long enough to be wrapped over onto the\n  \
                 next line of text\n- second item\n";
        assert_eq!(
            texts(s),
            [
                "- first item that is long enough to be wrapped over onto the\n  next line of text",
                "- second item"
            ]
        );
    }

    #[test]
    fn headline_and_byline_above_wrapped_prose_are_their_own_passages() {
        // The next word would have fitted on the headline and byline lines: the breaks
        // are the author's, not the wrapper's.
        let s = "Talks resume in Geneva as monitors head to the front\n\
                 By Sam Wrapper\n\
                 The delegations of both governments met in Geneva on Monday and\n\
                 agreed to extend the limited ceasefire along the southern front by\n\
                 another month, officials on both sides said.\n";
        let got = texts(s);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(
            got[..2],
            ["Talks resume in Geneva as monitors head to the front", "By Sam Wrapper"]
        );
    }

    #[test]
    fn an_indented_line_starts_a_paragraph() {
        // The first paragraph's last line is full and the next word long: only the
        // indent tells the paragraphs apart.
        let s = "    The delegations of both governments met in Geneva on Monday and\n\
                 agreed to extend the limited ceasefire along the southern front by\n\
                 another month, officials of both sides said late on Monday evening.\n\
                 \x20   Negotiators expect the monitors within days, and a second round\n\
                 of talks at the end of the month.\n";
        let got = texts(s);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[1].starts_with("Negotiators"), "{got:?}");
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(passages("").is_empty());
        assert!(passages(" \n \n").is_empty());
    }
}
