//! One passage read for the lens: its words (with what lies between them), the
//! regions inside quotation marks, and its sentences.
//!
//! Quotation marks in news copy are messy: curly and straight marks mixed, a closing
//! mark used to open, apostrophes that look like closing single quotes. The rules here
//! are deliberately local (see [`quote_regions`]); a quote left open runs to the end of
//! the passage, as a paragraph of a multi-paragraph quotation does in print.

use crate::text::{fold_into, without_possessive};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// A word of a passage.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Byte range in the article text.
    pub span: Range<usize>,
    /// Folded form: lower case, possessive and hyphens dropped ("Kiev’s" → "kiev").
    pub folded: String,
    /// Begins with an upper-case letter.
    pub cap: bool,
    /// Letters all upper case, at least two of them ("NYT", "U.S").
    pub upper: bool,
    /// Ends in a possessive `'s`.
    pub possessive: bool,
    /// Inside quotation marks.
    pub quoted: bool,
    /// Index of its sentence in [`Scan::sentences`].
    pub sentence: usize,
}

/// A passage, tokenised.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    pub range: Range<usize>,
    pub toks: Vec<Tok>,
    pub quotes: Vec<Range<usize>>,
    pub sentences: Vec<Range<usize>>,
}

impl Scan {
    pub fn new(text: &str, range: Range<usize>) -> Scan {
        let Some(slice) = text.get(range.clone()) else {
            return Scan::default();
        };
        let quotes = quote_regions(text, range.clone());
        let sentences = sentences(text, range.clone(), &quotes);
        let mut toks = Vec::new();
        let mut folded = String::new();
        let (mut q, mut s) = (0, 0);
        for (i, w) in slice.unicode_word_indices() {
            let span = range.start + i..range.start + i + w.len();
            while q < quotes.len() && quotes[q].end <= span.start {
                q += 1;
            }
            while s + 1 < sentences.len() && sentences[s].end <= span.start {
                s += 1;
            }
            fold_into(w, &mut folded);
            let mut letters = w.chars().filter(|c| c.is_alphabetic());
            let upper = letters.clone().count() >= 2 && letters.all(char::is_uppercase);
            toks.push(Tok {
                cap: w.chars().next().is_some_and(char::is_uppercase),
                upper,
                possessive: without_possessive(w).len() < w.len(),
                quoted: quotes.get(q).is_some_and(|r| r.start <= span.start),
                sentence: s,
                folded: folded.clone(),
                span,
            });
        }
        let mut scan = Scan { range, toks, quotes, sentences };
        // "Jones’ campaign": a name ending in s takes a bare apostrophe as its
        // possessive, when a lower-case word follows it.
        for i in 0..scan.toks.len().saturating_sub(1) {
            let bare = bare_possessive(scan.gap_after(text, i));
            let t = &scan.toks[i];
            if bare && t.cap && t.folded.ends_with('s') && !scan.toks[i + 1].cap {
                scan.toks[i].possessive = true;
            }
            // "St. Louis County", "Ft. Myers": a place's shortened first word keeps its
            // stop, so the name runs on across it as across a space.
            let gap = scan.gap_after(text, i);
            let t = &scan.toks[i];
            if t.cap
                && PLACE_SHORT.contains(&t.folded.as_str())
                && scan.toks[i + 1].cap
                && gap.strip_prefix('.').is_some_and(|rest| !rest.is_empty() && is_space(rest))
            {
                scan.toks[i].span.end += 1;
            }
        }
        scan
    }

    /// Whether word `k` and the next are joined as in a phrase: by spaces alone, or by
    /// a bare possessive apostrophe ("Jones’ campaign").
    pub fn joined_after(&self, text: &str, k: usize) -> bool {
        let gap = self.gap_after(text, k);
        is_space(gap) || (self.toks[k].possessive && bare_possessive(gap))
    }

    /// Whether word `k` is joined to the one before by a single hyphen and nothing else
    /// ("ex-congressman", "Ki-moon", "R-Texas").
    pub fn hyphened_before(&self, text: &str, k: usize) -> bool {
        let mut gap = self.gap_before(text, k).chars();
        gap.next().is_some_and(crate::text::is_hyphen) && gap.next().is_none()
    }

    /// The text between word `i - 1` (or the passage start) and word `i`.
    pub fn gap_before<'t>(&self, text: &'t str, i: usize) -> &'t str {
        let start = if i == 0 { self.range.start } else { self.toks[i - 1].span.end };
        let end = self.toks.get(i).map_or(self.range.end, |t| t.span.start);
        text.get(start..end).unwrap_or("")
    }

    /// The text between word `i` and the next word (or the passage end).
    pub fn gap_after<'t>(&self, text: &'t str, i: usize) -> &'t str {
        self.gap_before(text, i + 1)
    }
}

/// Whether a gap is an apostrophe then spaces ("Jones’ campaign").
fn bare_possessive(gap: &str) -> bool {
    gap.strip_prefix(['’', '\'']).is_some_and(|rest| !rest.is_empty() && is_space(rest))
}

/// Whether a gap between two words is only spaces (no punctuation, no line break).
pub(crate) fn is_space(gap: &str) -> bool {
    gap.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '\t')
}

/// Whether a gap between two words holds a dash that sets words apart: a long dash, or
/// a hyphen written with space around it (" - ", " -- "); "R-Texas" holds none.
pub(crate) fn is_dash_gap(gap: &str) -> bool {
    gap.contains(['—', '–']) || gap.contains(" - ") || gap.contains(" -- ")
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Double,
    Single,
    Angle,
}

/// The quoted regions of `text[range]`, outermost only, marks included.
pub(crate) fn quote_regions(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut stack: Vec<(Mark, usize)> = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = range.start + i;
        let next = chars.peek().map(|&(_, n)| n);
        let prev_open = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
        let next_word = next.is_some_and(|n| !n.is_whitespace());
        let open_double = stack.iter().any(|(m, _)| *m == Mark::Double);
        let open_single = stack.iter().any(|(m, _)| *m == Mark::Single);
        // Two apostrophes close a double quotation in some copy ("…,’’ Nocco said"), and
        // open one in archives' copy ("Mr. Trump wrote: ''If Hillary thinks …''").
        let doubled = matches!(c, '’' | '\'') && next == Some(c) && open_double;
        let doubled_open = !doubled
            && matches!(c, '‘' | '\'')
            && next == Some(c)
            && prev_open
            && slice[i + c.len_utf8()..]
                .chars()
                .nth(1)
                .is_some_and(|a| !a.is_whitespace() && a != c);
        let action = match c {
            _ if doubled => Some(false),
            _ if doubled_open => Some(true),
            // "“It's unusual,“ said X", "“… I guess it didn't, “ X said": an opening
            // mark before a space closes the quotation it is typed in place of.
            '“' | '„' if !next_word => open_double.then_some(false),
            '“' | '„' => Some(true),
            '”' if open_double => Some(false),
            '”' => next_word.then_some(true),
            '"' if prev_open && next_word => Some(true),
            '"' if open_double => Some(false),
            '"' => Some(true),
            '‘' if !prev.is_some_and(char::is_alphanumeric) => Some(true),
            '’' if prev.is_some_and(char::is_alphabetic)
                && next.is_some_and(char::is_alphabetic) =>
            {
                None
            }
            '’' if open_single && !next.is_some_and(char::is_alphanumeric) => Some(false),
            '«' => Some(true),
            '»' => Some(false),
            _ => None,
        };
        let mark = match c {
            _ if doubled || doubled_open => Mark::Double,
            '‘' | '’' => Mark::Single,
            '«' | '»' => Mark::Angle,
            _ => Mark::Double,
        };
        match action {
            Some(true) => {
                stack.push((mark, at));
                if doubled_open {
                    chars.next();
                    prev = Some(c);
                    continue;
                }
            }
            Some(false) => {
                if let Some(pos) = stack.iter().rposition(|(m, _)| *m == mark) {
                    let start = stack[pos].1;
                    stack.truncate(pos);
                    let width = if doubled { 2 * c.len_utf8() } else { c.len_utf8() };
                    if stack.is_empty() {
                        out.push(start..at + width);
                    }
                    if doubled {
                        chars.next();
                    }
                }
            }
            None => {}
        }
        prev = Some(c);
    }
    if let Some(&(_, start)) = stack.first() {
        out.push(start..range.end);
    }
    out
}

/// Shortened first words of place names: "St. Louis", "Ft. Myers", "Mt. Vernon".
const PLACE_SHORT: &[&str] = &["ft", "mt", "st"];

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "atty", "aug", "capt", "cmdr", "col", "co", "cpl", "dec", "det", "dr", "e.g",
    "etc", "feb", "ft", "gen", "gov", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj",
    "mar", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept",
    "sgt", "sr", "st", "supt", "u.s", "u.k", "vs",
];

/// The sentences of `text[range]`, trimmed; a quotation is never split.
pub(crate) fn sentences(
    text: &str,
    range: Range<usize>,
    quotes: &[Range<usize>],
) -> Vec<Range<usize>> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut q = 0;
    let bytes = slice.as_bytes();
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = range.start + i;
        while q < quotes.len() && quotes[q].end <= at {
            q += 1;
        }
        let inside = quotes.get(q).is_some_and(|r| r.start < at && at + 1 < r.end);
        let end = match c {
            '\n' => Some(i),
            '.' | '!' | '?' if !inside => {
                // The sentence takes closing quotes and brackets with it.
                let mut j = i + 1;
                while let Some(n) = slice[j..].chars().next().filter(|n| "”’\"')]»".contains(*n))
                {
                    j += n.len_utf8();
                }
                let after = &slice[j..];
                let ws = after.len() - after.trim_start().len();
                let next = after.trim_start().chars().next();
                let breaks = ws > 0
                    && next
                        .is_none_or(|n| n.is_uppercase() || n.is_numeric() || "“‘\"(«".contains(n))
                    && !(c == '.' && abbreviation(&slice[start..i]))
                    && !(c == '.' && clock_then_day(&slice[start..i], after));
                (breaks || (j == slice.len())).then_some(j)
            }
            _ => None,
        };
        if let Some(j) = end {
            push_trimmed(&mut out, slice, range.start, start..j);
            start = j;
            while chars.peek().is_some_and(|&(k, _)| k < j) {
                chars.next();
            }
        }
    }
    if start < bytes.len() {
        push_trimmed(&mut out, slice, range.start, start..bytes.len());
    }
    out
}

/// "D", "J.M": one or more capitals, each between stops.
pub(crate) fn initials(word: &str) -> bool {
    word.split('.').all(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase))
}

fn abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let lower = word.to_lowercase();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // "J.M. Berger": a name's initials.
    ((1..=3).contains(&letters) && initials(word)) || ABBREVIATIONS.contains(&lower.as_str())
}

/// "just before 7 a.m. Wednesday, saying …": an hour's stop before a day's name goes on
/// with the sentence.
fn clock_then_day(before: &str, after: &str) -> bool {
    const DAYS: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
    let next: String = after.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    matches!(word.as_str(), "a.m" | "p.m") && DAYS.contains(&next.as_str())
}

fn push_trimmed(out: &mut Vec<Range<usize>>, slice: &str, base: usize, r: Range<usize>) {
    let part = &slice[r.clone()];
    let lead = part.len() - part.trim_start().len();
    let trail = part.len() - part.trim_end().len();
    if lead + trail < part.len() {
        out.push(base + r.start + lead..base + r.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(s: &str) -> Vec<&str> {
        quote_regions(s, 0..s.len()).into_iter().map(|r| &s[r]).collect()
    }

    fn sents(s: &str) -> Vec<&str> {
        let q = quote_regions(s, 0..s.len());
        sentences(s, 0..s.len(), &q).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn curly_straight_and_mismatched_quotes() {
        assert_eq!(quoted("He said “we win” today."), ["“we win”"]);
        assert_eq!(quoted(r#"“a," said X. ”b c" d"#), [r#"“a,""#, r#"”b c""#]);
        assert_eq!(
            quoted("“He is at war with, as he puts it, the “world majority,”” X said"),
            ["“He is at war with, as he puts it, the “world majority,””"]
        );
        assert_eq!(quoted("Kiev’s aim: ‘We’re out of options.’ Then"), ["‘We’re out of options.’"]);
        // Two apostrophes close a double quotation.
        assert_eq!(quoted("“It is over,’’ Ana said."), ["“It is over,’’"]);
        // And open one, in archives' copy; an apostrophe inside a word is no mark.
        assert_eq!(
            quoted("Trump wrote: ''If Hillary thinks she's right, she's wrong!'' on Monday."),
            ["''If Hillary thinks she's right, she's wrong!''"]
        );
        assert_eq!(quoted("''Choke!'' blared the front page."), ["''Choke!''"]);
        assert_eq!(quoted("an open “quote runs on"), ["“quote runs on"]);
        assert_eq!(
            quoted("“It's unusual,“ said X. “We can, “ Y said."),
            ["“It's unusual,“", "“We can, “"]
        );
    }

    #[test]
    fn an_hour_before_a_day_ends_no_sentence() {
        let s = "He called at 7 a.m. Wednesday, saying all was well. It was 9 p.m. Police came.";
        let got = sentences(s, 0..s.len(), &[]);
        assert_eq!(got.len(), 3, "{:?}", got.iter().map(|r| &s[r.clone()]).collect::<Vec<_>>());
    }

    #[test]
    fn sentences_keep_quotes_whole_and_skip_abbreviations() {
        assert_eq!(
            sents("Mr. Putin spoke. “Stop. Now,” he said. On Jan. 24 it ended."),
            ["Mr. Putin spoke.", "“Stop. Now,” he said.", "On Jan. 24 it ended."]
        );
        assert_eq!(sents("The U.S. Army moved."), ["The U.S. Army moved."]);
    }
}
