//! What a number counts, from the words around it — casualties, troops, money, a
//! distance, a date — with its unit and qualifier, normalised for comparing.

use super::numbers::*;
use crate::lens::model::{Figure, Span};
use crate::lens::scan::{Scan, Tok};

pub(super) use crate::corpus::calendar::{MONTHS, SHORT_MONTHS};

pub(super) const QUALIFIERS: &[&str] = &[
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
pub(super) const QUALIFIERS2: &[&str] = &[
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
pub(super) const TROOPS: &[&str] = &[
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
pub(super) const PEOPLE: &[&str] = &[
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
pub(super) const CASUALTY: &[&str] = &[
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
pub(super) const EQUIPMENT: &[&str] = &[
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

/// What a number counts, from the words around it.
pub(super) fn classify(
    text: &str,
    scan: &Scan,
    start: usize,
    end: usize,
    value: f64,
    words: bool,
) -> Figure {
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

pub(super) fn scale_in(toks: &[Tok], start: usize, end: usize) -> bool {
    toks[start..end].iter().any(|t| scale(&t.folded).is_some())
}

/// Units may follow a number after spaces, a hyphen ("600-mile") or a quote mark.
pub(super) fn gap_ok(gap: &str) -> bool {
    gap.chars().all(|c| c.is_whitespace() || crate::text::is_hyphen(c) || "“”\"‘’".contains(c))
}

pub(super) fn money_word(w: &str) -> Option<&'static str> {
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
pub(super) fn measure(
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

pub(super) fn casualty_context(scan: &Scan, start: usize, last: usize) -> bool {
    let toks = &scan.toks;
    let s = toks[start].sentence;
    let before = (start.saturating_sub(4)..start).filter(|&k| toks[k].sentence == s);
    let after = (last + 1..toks.len().min(last + 6)).filter(|&k| toks[k].sentence == s);
    before.chain(after).any(|k| CASUALTY.contains(&toks[k].folded.as_str()))
}

pub(super) fn qualifier(scan: &Scan, start: usize) -> Option<String> {
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
pub(super) fn date(text: &str, scan: &Scan, i: usize, passage: usize) -> Option<(usize, Figure)> {
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
