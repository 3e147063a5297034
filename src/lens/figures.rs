//! Figures: numbers with what they count, normalised so that two outlets' figures for
//! the same fact can be compared ("1,020" = 1020, "half a million" = 500000, "a fifth"
//! = 20 %, "600-mile" = 965.6 km, "$300 billion" = 3e11 USD, "January 10" = date 01-10).

use super::model::{Figure, Span};
use super::scan::{Scan, Tok};

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const SHORT_MONTHS: &[&str] =
    &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const SMALL: &[&str] = &[
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
const TENS: &[&str] =
    &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const QUALIFIERS: &[&str] = &[
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "over",
    "some",
    "roughly",
    "estimated",
    "only",
    "just",
];
const QUALIFIERS2: &[&str] = &[
    "more than",
    "less than",
    "fewer than",
    "up to",
    "close to",
    "well above",
    "well past",
    "at least",
    "as many as",
    "as much as",
    "well over",
];
const TROOPS: &[&str] = &[
    "soldier",
    "troop",
    "men",
    "volunteer",
    "personnel",
    "recruit",
    "serviceman",
    "servicemen",
    "fighter",
    "conscript",
    "reservist",
    "mercenary",
    "mercenarie",
    "brigade",
];
const PEOPLE: &[&str] = &[
    "people",
    "civilian",
    "resident",
    "refugee",
    "inhabitant",
    "child",
    "children",
    "ukrainian",
    "russian",
    "person",
];
const CASUALTY: &[&str] = &[
    "killed",
    "dead",
    "death",
    "deaths",
    "casualty",
    "casualties",
    "wounded",
    "injured",
    "loss",
    "losses",
    "lost",
];
const EQUIPMENT: &[&str] = &[
    "tank",
    "vehicle",
    "drone",
    "missile",
    "plane",
    "aircraft",
    "jet",
    "artillery",
    "shell",
    "helicopter",
    "ship",
    "system",
    "piece",
    "round",
    "rocket",
    "launcher",
];

/// Finds the figures of a scanned passage.
pub(crate) fn find(text: &str, scan: &Scan, passage: usize, out: &mut Vec<Figure>) {
    let toks = &scan.toks;
    let mut i = 0;
    while i < toks.len() {
        if let Some((end, f)) = date(text, scan, i, passage) {
            out.push(f);
            i = end;
            continue;
        }
        let Some((value, end, words)) = number(text, scan, i) else {
            i += 1;
            continue;
        };
        let mut f = classify(text, scan, i, end, value, words);
        f.passage = passage;
        if f.kind != "number" || !words || f.value >= 1000.0 {
            out.push(f);
        }
        i = end.max(i + 1);
    }
}

/// Reads a number starting at token `i`: its value, the token after it, and whether it
/// was written in words.
fn number(text: &str, scan: &Scan, i: usize) -> Option<(f64, usize, bool)> {
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

fn is_space_free(gap: &str) -> bool {
    !gap.contains(' ')
}

fn joined_by_hyphen(text: &str, scan: &Scan, k: usize) -> bool {
    k < scan.toks.len()
        && scan.gap_before(text, k).chars().all(crate::text::is_hyphen)
        && !scan.gap_before(text, k).is_empty()
}

fn followed_by_of(text: &str, scan: &Scan, k: usize) -> bool {
    scan.toks.get(k).is_some_and(|t| t.folded == "of")
        && crate::lens::scan::is_space(scan.gap_before(text, k))
}

fn word_value(w: &str) -> Option<f64> {
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

fn scale(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "mln" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

fn fraction(w: &str) -> Option<f64> {
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

/// What a number counts, from the words around it.
fn classify(text: &str, scan: &Scan, start: usize, end: usize, value: f64, words: bool) -> Figure {
    let toks = &scan.toks;
    let gap_before = scan.gap_before(text, start);
    let sentence = toks[start].sentence;
    let mut f = Figure {
        text: String::new(),
        value,
        kind: "number".into(),
        unit: String::new(),
        qualifier: qualifier(scan, start),
        passage: 0,
        span: Span::default(),
    };
    let mut last = end.saturating_sub(1).max(start);
    let after = scan.gap_before(text, end);
    let currency = gap_before.trim_end().chars().last().and_then(|c| match c {
        '$' => Some("USD"),
        '€' => Some("EUR"),
        '£' => Some("GBP"),
        _ => None,
    });
    // The sign belongs to the figure ("$300 billion", "€ 5").
    let sign = gap_before.trim_end();
    let span_start = match currency.and_then(|_| sign.chars().last()) {
        Some(c) => toks[start].span.start - (gap_before.len() - sign.len()) - c.len_utf8(),
        None => toks[start].span.start,
    };
    let next: Vec<(usize, &Tok)> = (end..toks.len().min(end + 4))
        .take_while(|&k| {
            toks[k].sentence == sentence
                && gap_ok(scan.gap_before(text, k))
                && toks[k].folded != "of"
        })
        .map(|k| (k, &toks[k]))
        .collect();
    let word = |n: usize| next.get(n).map_or("", |(_, t)| t.folded.as_str());
    let singular = |w: &str| {
        w.strip_suffix("ies")
            .map(|b| format!("{b}y"))
            .unwrap_or_else(|| w.strip_suffix('s').unwrap_or(w).to_string())
    };
    if let Some(c) = currency {
        (f.kind, f.unit) = ("money".into(), c.into());
    } else if after.starts_with('%')
        || word(0) == "percent"
        || (word(0) == "per" && word(1) == "cent")
    {
        (f.kind, f.unit) = ("share".into(), "%".into());
        last = match (word(0), word(1)) {
            ("percent", _) => next[0].0,
            ("per", "cent") => next[1].0,
            _ => last,
        };
    } else if words
        && toks[start..end].iter().any(|t| fraction(&t.folded).is_some())
        && value <= 100.0
        && !scale_in(toks, start, end)
    {
        (f.kind, f.unit) = ("share".into(), "%".into());
    } else if let Some(m) = money_word(word(0)) {
        (f.kind, f.unit) = ("money".into(), m.into());
        last = next[0].0;
    } else if let Some((n, kind, unit, factor)) = measure(&next, text, scan) {
        (f.kind, f.unit) = (kind.into(), unit.into());
        f.value *= factor;
        last = n;
    } else if let Some(pos) = (0..next.len()).find(|&n| {
        let w = singular(word(n));
        EQUIPMENT.contains(&w.as_str())
            || TROOPS.contains(&w.as_str())
            || PEOPLE.contains(&w.as_str())
            || (n < 2 && word(n).ends_with('s') && word(n).len() > 3 && !toks[next[n].0].cap)
    }) {
        let w = singular(word(pos));
        last = next[pos].0;
        let casualty = casualty_context(scan, start, last);
        (f.kind, f.unit) = if EQUIPMENT.contains(&w.as_str()) {
            ("equipment".into(), w)
        } else if TROOPS.contains(&w.as_str()) || PEOPLE.contains(&w.as_str()) {
            let kind = if casualty {
                "casualties"
            } else if TROOPS.contains(&w.as_str()) {
                "troops"
            } else {
                "people"
            };
            (kind.into(), "people".into())
        } else {
            ("count".into(), w)
        };
    } else if casualty_context(scan, start, last) && value >= 10.0 {
        (f.kind, f.unit) = ("casualties".into(), "people".into());
    } else if !words
        && value.fract() == 0.0
        && (1900.0..=2100.0).contains(&value)
        && !toks[start].folded.contains(',')
    {
        f.kind = "year".into();
    }
    let span_end = toks[last].span.end;
    let span_end = if f.unit == "%" && after.starts_with('%') && last == end - 1 {
        toks[last].span.end + 1
    } else {
        span_end
    };
    let span_end = if f.unit == "km2" && text.get(span_end..).is_some_and(|r| r.starts_with('²')) {
        span_end + '²'.len_utf8()
    } else {
        span_end
    };
    f.span = Span { start: span_start, end: span_end };
    f.text = text
        .get(span_start..span_end)
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    f
}

fn scale_in(toks: &[Tok], start: usize, end: usize) -> bool {
    toks[start..end].iter().any(|t| scale(&t.folded).is_some())
}

/// Units may follow a number after spaces, a hyphen ("600-mile") or a quote mark.
fn gap_ok(gap: &str) -> bool {
    gap.chars().all(|c| c.is_whitespace() || crate::text::is_hyphen(c) || "“”\"‘’".contains(c))
}

fn money_word(w: &str) -> Option<&'static str> {
    match w {
        "euro" | "euros" => Some("EUR"),
        "dollar" | "dollars" => Some("USD"),
        "pound" | "pounds" => Some("GBP"),
        "ruble" | "rubles" | "rouble" | "roubles" => Some("RUB"),
        "hryvnia" | "hryvnias" | "hryvnas" => Some("UAH"),
        _ => None,
    }
}

/// Areas, distances and durations: (last token, kind, unit, factor to the unit).
fn measure(
    next: &[(usize, &Tok)],
    text: &str,
    scan: &Scan,
) -> Option<(usize, &'static str, &'static str, f64)> {
    let (k0, t0) = next.first()?;
    let w0 = t0.folded.as_str();
    let w1 = next.get(1).map_or("", |(_, t)| t.folded.as_str());
    let squared = scan.gap_after(text, *k0).starts_with('²');
    match w0 {
        "km2" | "sqkm" => Some((*k0, "area", "km2", 1.0)),
        "km" | "kilometers" | "kilometres" | "kilometer" | "kilometre" if squared => {
            Some((*k0, "area", "km2", 1.0))
        }
        "square" => match w1 {
            "kilometers" | "kilometres" | "kilometer" | "kilometre" | "km" => {
                Some((next[1].0, "area", "km2", 1.0))
            }
            "miles" | "mile" => Some((next[1].0, "area", "km2", 2.589_988)),
            _ => None,
        },
        "km" | "kilometers" | "kilometres" | "kilometer" | "kilometre" => {
            Some((*k0, "distance", "km", 1.0))
        }
        "miles" | "mile" => Some((*k0, "distance", "km", 1.609_344)),
        "meters" | "metres" | "meter" | "metre" => Some((*k0, "distance", "km", 0.001)),
        "hours" | "hour" => Some((*k0, "duration", "days", 1.0 / 24.0)),
        "days" | "day" => Some((*k0, "duration", "days", 1.0)),
        "weeks" | "week" => Some((*k0, "duration", "days", 7.0)),
        "months" | "month" => Some((*k0, "duration", "days", 30.44)),
        "years" | "year" => Some((*k0, "duration", "days", 365.25)),
        _ => None,
    }
}

fn casualty_context(scan: &Scan, start: usize, last: usize) -> bool {
    let toks = &scan.toks;
    let s = toks[start].sentence;
    let before = (start.saturating_sub(4)..start).filter(|&k| toks[k].sentence == s);
    let after = (last + 1..toks.len().min(last + 6)).filter(|&k| toks[k].sentence == s);
    before.chain(after).any(|k| CASUALTY.contains(&toks[k].folded.as_str()))
}

fn qualifier(scan: &Scan, start: usize) -> Option<String> {
    let toks = &scan.toks;
    let w = |k: usize| toks.get(k).map_or("", |t| t.folded.as_str());
    if start >= 2 {
        let two = format!("{} {}", w(start - 2), w(start - 1));
        if QUALIFIERS2.contains(&two.as_str()) {
            return Some(two);
        }
    }
    (start >= 1 && QUALIFIERS.contains(&w(start - 1))).then(|| w(start - 1).to_string())
}

/// "January 10", "Jan. 24", "17 January", "September 2022".
fn date(text: &str, scan: &Scan, i: usize, passage: usize) -> Option<(usize, Figure)> {
    let toks = &scan.toks;
    let month_of = |t: &Tok| {
        let full = MONTHS.iter().position(|m| *m == t.folded);
        let short = SHORT_MONTHS.iter().position(|m| *m == t.folded).filter(|_| t.cap);
        full.or(short).filter(|_| t.cap).map(|m| m as f64 + 1.0)
    };
    let num = |k: usize| -> Option<f64> {
        let t = toks.get(k)?;
        t.folded.chars().all(|c| c.is_ascii_digit()).then(|| t.folded.parse().ok()).flatten()
    };
    let near = |k: usize| {
        k < toks.len()
            && scan.gap_before(text, k).trim().len() <= 1
            && toks[k].sentence == toks[i].sentence
    };
    let (value, kind, end) = if let Some(m) = month_of(&toks[i]) {
        // "May" alone is a verb too often; a month needs a number next to it.
        match num(i + 1).filter(|_| near(i + 1)) {
            Some(d) if (1.0..=31.0).contains(&d) => (m * 100.0 + d, "date", i + 2),
            Some(y) if (1900.0..=2100.0).contains(&y) => (y * 100.0 + m, "month", i + 2),
            _ => return None,
        }
    } else {
        let d = num(i)?;
        let m = toks.get(i + 1).filter(|_| near(i + 1)).and_then(month_of)?;
        if !(1.0..=31.0).contains(&d) {
            return None;
        }
        (m * 100.0 + d, "date", i + 2)
    };
    let span = toks[i].span.start..toks[end - 1].span.end;
    let f = Figure {
        text: text.get(span.clone()).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" "),
        value,
        kind: kind.into(),
        unit: String::new(),
        qualifier: None,
        passage,
        span: span.into(),
    };
    Some((end, f))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(text: &str) -> Vec<(String, f64, String, String)> {
        let scan = Scan::new(text, 0..text.len());
        let mut out = Vec::new();
        find(text, &scan, 0, &mut out);
        out.into_iter().map(|f| (f.text, f.value, f.kind, f.unit)).collect()
    }

    fn one(text: &str) -> (String, f64, String, String) {
        let mut all = figs(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.remove(0)
    }

    #[test]
    fn normalises_values_and_kinds() {
        assert_eq!(
            one("Russia lost 1,020 soldiers that day."),
            ("1,020 soldiers".into(), 1020.0, "casualties".into(), "people".into())
        );
        assert_eq!(one("to draft half a million more soldiers").1, 500_000.0);
        assert_eq!(one("It froze $300 billion in assets.").0, "$300 billion");
        assert_eq!(one("It froze $300 billion in assets.").1, 3e11);
        assert_eq!(one("output grew by nearly 4% last year").2, "share");
        assert_eq!(one("With two-thirds of the grid").1.round(), 67.0);
        assert_eq!(one("Russia controls about a fifth of Ukrainian territory").1, 20.0);
        assert_eq!(one("occupying 574 square kilometers of land").2, "area");
        assert_eq!(one("seized 4168 km2 of territory").3, "km2");
        assert_eq!(one("the 600-mile front").1.round(), 966.0);
        assert_eq!(one("Russia is sending 800,000 troops").2, "troops");
        assert_eq!(one("115 tanks and armored vehicles").3, "tank");
        assert_eq!(one("Peskov said on January 13 that").2, "date");
        assert_eq!(one("reported on 17 January").1, 117.0);
        assert_eq!(one("annexed in September 2022").2, "month");
        let kinds: Vec<_> = figs("430,790 in 2024 alone").into_iter().map(|f| f.2).collect();
        assert_eq!(kinds, ["number", "year"]);
        assert_eq!(one("close to one and a half million men").1, 1_500_000.0);
    }

    #[test]
    fn model_numbers_and_lone_number_words_are_skipped() {
        assert!(
            figs("Kh-22 and Geran-2 missiles, F-16s").is_empty(),
            "{:?}",
            figs("Kh-22 and Geran-2 missiles, F-16s")
        );
        assert!(figs("one of the people said").is_empty());
        assert!(figs("May we go?").is_empty());
    }
}
