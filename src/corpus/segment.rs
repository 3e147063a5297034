//! Splitting cleaned text into passages (paragraphs).
//!
//! Articles arrive in two conventions, often mixed: one paragraph per line, or
//! paragraphs separated by blank lines whose lines may be hard-wrapped at ~72 columns.
//! A block of consecutive lines is rejoined only when it *reads* as wrapped prose —
//! lines that break mid-sentence into a lower-case continuation — so bullet lists and
//! headline/byline stacks keep one passage per line.

use std::ops::Range;

/// Lines longer than this are never the product of hard wrapping.
const MAX_WRAP_WIDTH: usize = 100;

/// Byte ranges of the passages of `text`, in order, trimmed, never overlapping.
pub fn passages(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut block: Vec<Range<usize>> = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line = trim(text, offset..offset + raw.len());
        offset += raw.len();
        if line.is_empty() {
            flush(text, &mut block, &mut out);
        } else {
            block.push(line);
        }
    }
    flush(text, &mut block, &mut out);
    out
}

fn flush(text: &str, block: &mut Vec<Range<usize>>, out: &mut Vec<Range<usize>>) {
    if block.is_empty() {
        return;
    }
    if is_hard_wrapped(text, block) {
        let widest = block.iter().map(|l| width(text, l)).max().unwrap_or(0);
        let mut start = block[0].start;
        for (i, line) in block.iter().enumerate() {
            let last = i + 1 == block.len();
            let next_is_item = block.get(i + 1).is_some_and(|n| is_list_item(&text[n.clone()]));
            let short_end =
                width(text, line) * 10 < widest * 7 && ends_sentence(&text[line.clone()]);
            if last || next_is_item || short_end {
                out.push(start..line.end);
                if let Some(n) = block.get(i + 1) {
                    start = n.start;
                }
            }
        }
    } else {
        out.extend(block.iter().cloned());
    }
    block.clear();
}

/// At least a quarter of the line breaks fall mid-sentence, before a lower-case word.
fn is_hard_wrapped(text: &str, block: &[Range<usize>]) -> bool {
    if block.len() < 2 || block.iter().any(|l| width(text, l) > MAX_WRAP_WIDTH) {
        return false;
    }
    let breaks = block.len() - 1;
    let mid_sentence = block
        .windows(2)
        .filter(|w| !ends_sentence(&text[w[0].clone()]) && starts_continuation(&text[w[1].clone()]))
        .count();
    mid_sentence > 0 && mid_sentence * 4 >= breaks
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    if start >= end { start..start } else { start..end }
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

fn is_list_item(s: &str) -> bool {
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
    fn empty_and_whitespace() {
        assert!(passages("").is_empty());
        assert!(passages(" \n \n").is_empty());
    }
}
