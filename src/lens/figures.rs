//! Figures: numbers with what they count, normalised so that two outlets' figures for
//! the same fact can be compared ("1,020" = 1020, "half a million" = 500000, "a fifth"
//! = 20 %, "600-mile" = 965.6 km, "$300 billion" = 3e11 USD, "January 10" = date 01-10).

mod kinds;
mod numbers;

use super::model::Figure;
use super::scan::Scan;
use kinds::{classify, date};
use numbers::number;

/// Whether a word is a count: digits ("14") or a number written out ("six", "twenty").
pub(crate) fn is_count(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        || numbers::SMALL.contains(&w)
        || numbers::TENS.contains(&w)
}

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
