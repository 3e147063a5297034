//! Folding one word to the form that is compared: what the reader would call "the same
//! word" whatever its case, width, quote style or possessive.

use unicode_normalization::UnicodeNormalization;

/// Hyphens that join the parts of a compound ("cease-fire", "cease‑fire").
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{00AD}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}')
}

/// The word without its possessive "’s", whichever apostrophe writes it: text that
/// passed through a word processor may spell "Trump‘s" for "Trump’s".
pub fn without_possessive(word: &str) -> &str {
    let Some(stem) = word.strip_suffix('s') else {
        return word;
    };
    match stem.chars().next_back() {
        Some(c) if is_apostrophe(c) => &stem[..stem.len() - c.len_utf8()],
        _ => word,
    }
}

/// Appends `s` in lower case to `out`, letter by letter (as `char::to_lowercase` has
/// it: no word-final sigma), ASCII without a look-up per letter: most of the news.
pub fn push_lowercase(s: &str, out: &mut String) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
    } else {
        out.extend(s.chars().flat_map(char::to_lowercase));
    }
}

/// Writes the folded form of `word` into `out`: NFKC, lower case, possessive `'s`
/// removed, apostrophes dropped ("don't" → "dont"), thousands separators dropped
/// ("1,500" → "1500"), dots dropped from abbreviations ("U.S" → "us") and hyphens
/// dropped from compounds ("cease-fire" → "ceasefire").
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        for c in word.nfkc() {
            if is_apostrophe(c) {
                out.push('\'');
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    if out.ends_with("'s") {
        out.truncate(out.len() - 2);
    }
    let has_letter = out.chars().any(char::is_alphabetic);
    out.retain(|c| c != '\'' && c != ',' && !is_hyphen(c) && !(has_letter && c == '.'));
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_possessive_is_dropped_whichever_apostrophe_writes_it() {
        for w in ["Trump’s", "Trump's", "Trump‘s", "Trumpʼs"] {
            assert_eq!(super::without_possessive(w), "Trump", "{w}");
        }
        for w in ["Jones", "s", "Trump’", "Trump’S"] {
            assert_eq!(super::without_possessive(w), w);
        }
    }

    #[test]
    fn lower_case_is_letter_by_letter_whatever_the_script() {
        for s in ["Cease-Fire in KYIV", "Zelenskyy’s ÉLAN", "ΟΔΟΣ", ""] {
            let mut out = String::from("> ");
            super::push_lowercase(s, &mut out);
            let expected: String = s.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(out, format!("> {expected}"));
        }
    }

    use super::*;

    fn fold(s: &str) -> String {
        let mut out = String::new();
        fold_into(s, &mut out);
        out
    }

    #[test]
    fn folds_case_width_quotes_and_possessives() {
        assert_eq!(fold("Kiev’s"), "kiev");
        assert_eq!(fold("Russia's"), "russia");
        assert_eq!(fold("ＮＡＴＯ"), "nato");
        assert_eq!(fold("don’t"), "dont");
        assert_eq!(fold("U.S"), "us");
        assert_eq!(fold("1,500"), "1500");
        assert_eq!(fold("0.6"), "0.6");
        assert_eq!(fold("ﬁght"), "fight");
        assert_eq!(fold("Cease-Fire"), "ceasefire");
    }
}
