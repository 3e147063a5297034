//! Reading a number as written: digits with separators, words ("twenty-one", "half a
//! million"), fractions and scales.

use crate::lens::scan::Scan;

pub(super) const SMALL: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
pub(super) const TENS: &[&str] =
    &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Reads a number starting at token `i`: its value, the token after it, and whether it
/// was written in words.
pub(super) fn number(text: &str, scan: &Scan, i: usize) -> Option<(f64, usize, bool)> {
    let toks = &scan.toks;
    let t = &toks[i];
    let gap = scan.gap_before(text, i);
    let raw = text.get(t.span.clone())?;
    let mut value;
    let mut k = i + 1;
    let mut words = false;
    if raw.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && raw.starts_with(|c: char| c.is_ascii_digit())
    {
        // "Kh-22", "F-16": a model number, not a figure.
        if gap.ends_with('-')
            && i > 0
            && toks[i - 1].folded.chars().all(char::is_alphabetic)
            && is_space_free(gap)
        {
            return None;
        }
        let digits: String = raw.chars().filter(|&c| c != ',').collect();
        value = digits.trim_end_matches('.').parse::<f64>().ok()?;
    } else {
        let w = t.folded.as_str();
        value = word_value(w)?;
        words = true;
        if TENS.contains(&w)
            && joined_by_hyphen(text, scan, k)
            && let Some(u) = toks.get(k).and_then(|n| SMALL.iter().position(|s| *s == n.folded))
        {
            value += u as f64;
            k += 1;
        }
        // "two-thirds", "a fifth", "a third", "a quarter", "half".
        if let Some(n) = toks.get(k).filter(|_| scan.gap_before(text, k).len() <= 1)
            && let Some(d) = fraction(&n.folded)
            && (w == "a" || SMALL.contains(&w) || w == "one")
        {
            let count = if w == "a" { 1.0 } else { value };
            return Some((100.0 * count / d, k + 1, true))
                .filter(|_| followed_by_of(text, scan, k + 1) || w != "a");
        }
        if w == "half" && toks.get(k).is_some_and(|n| n.folded == "a" || n.folded == "of") {
            if toks.get(k).is_some_and(|n| n.folded == "of") {
                return Some((50.0, k, true));
            }
            k += 1; // "half a million"
            value = 0.5;
        } else if w == "half" {
            return None;
        }
    }
    // "one and a half million"
    if toks.get(k).is_some_and(|n| n.folded == "and")
        && toks.get(k + 1).is_some_and(|n| n.folded == "a")
        && toks.get(k + 2).is_some_and(|n| n.folded == "half")
        && toks.get(k + 3).is_some_and(|n| scale(&n.folded).is_some())
    {
        value += 0.5;
        k += 3;
    }
    let mut scaled = false;
    while let Some(s) = toks.get(k).and_then(|n| scale(&n.folded)) {
        if !crate::lens::scan::is_space(scan.gap_before(text, k)) {
            break;
        }
        value *= s;
        k += 1;
        scaled = true;
    }
    if words && !scaled && matches!(t.folded.as_str(), "a" | "an") {
        return None;
    }
    value.is_finite().then_some((value, k, words && !scaled))
}

pub(super) fn is_space_free(gap: &str) -> bool {
    !gap.contains(' ')
}

pub(super) fn joined_by_hyphen(text: &str, scan: &Scan, k: usize) -> bool {
    k < scan.toks.len()
        && scan.gap_before(text, k).chars().all(crate::text::is_hyphen)
        && !scan.gap_before(text, k).is_empty()
}

pub(super) fn followed_by_of(text: &str, scan: &Scan, k: usize) -> bool {
    scan.toks.get(k).is_some_and(|t| t.folded == "of")
        && crate::lens::scan::is_space(scan.gap_before(text, k))
}

pub(super) fn word_value(w: &str) -> Option<f64> {
    if let Some(v) = SMALL.iter().position(|s| *s == w) {
        return Some(v as f64);
    }
    if let Some(v) = TENS.iter().position(|s| *s == w) {
        return Some(20.0 + 10.0 * v as f64);
    }
    match w {
        "a" | "an" => Some(1.0),
        "half" => Some(0.5),
        "dozen" => Some(12.0),
        _ => None,
    }
}

pub(super) fn scale(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "mln" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

pub(super) fn fraction(w: &str) -> Option<f64> {
    match w {
        "half" | "halves" => Some(2.0),
        "third" | "thirds" => Some(3.0),
        "quarter" | "quarters" | "fourth" | "fourths" => Some(4.0),
        "fifth" | "fifths" => Some(5.0),
        "sixth" | "sixths" => Some(6.0),
        "tenth" | "tenths" => Some(10.0),
        _ => None,
    }
}
