//! The sex a given name tells, from the shipped list (`assets/given-names.txt`, the 1990
//! US Census given-name lists, public domain): "Gloria Major" is a woman, so a "he said"
//! after her refers to someone else. Names both sexes bear ("Kelly", "Jordan") tell
//! nothing, nor does a name the list does not hold.

use crate::lens::scan::initials;
use std::collections::HashMap;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../assets/given-names.txt");

fn given() -> &'static HashMap<&'static str, bool> {
    static GIVEN: OnceLock<HashMap<&'static str, bool>> = OnceLock::new();
    GIVEN.get_or_init(|| {
        LIST.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(' '))
            .map(|(name, sex)| (name, sex.trim() == "f"))
            .collect()
    })
}

/// `Some(true)` when a person named so in full ("Gloria Major") is a woman,
/// `Some(false)` a man, by the given name, if the list is sure of it. The given name
/// stands right before the surname or a middle name ("Hillary Rodham Clinton"); the
/// words further back are titles ("Wayne County Prosecutor Kym Worthy"). A name of one
/// word is a surname as often as not ("Trump", "Major"), so it tells nothing.
pub(crate) fn female_by_given_name(shown: &str) -> Option<bool> {
    // "J." in "Donald J. Trump", "J.M." in "J.M. Berger" are initials, no given name.
    let mut back = shown.rsplit(' ').filter(|w| !initials(w.trim_end_matches('.')));
    back.next()?;
    back.take(2).find_map(|w| given().get(w.to_lowercase().as_str()).copied())
}

/// Whether a word, folded, is a given name the list holds ("ernest", "forrest").
pub(crate) fn is_given_name(folded: &str) -> bool {
    given().contains_key(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_name_tells_its_sex_when_one_sex_bears_it() {
        assert_eq!(female_by_given_name("Gloria Major"), Some(true));
        assert_eq!(female_by_given_name("Donald J. Trump"), Some(false));
        assert_eq!(female_by_given_name("Hillary Rodham Clinton"), Some(true));
        // The given name, not a title's first word that is a man's name.
        assert_eq!(female_by_given_name("Wayne County Prosecutor Kym Worthy"), Some(true));
        // Borne by both, by no one in the list, or a surname alone.
        for n in ["Kelly Ayotte", "Ban Ki-moon", "Gloria", "Donald"] {
            assert_eq!(female_by_given_name(n), None, "{n}");
        }
    }
}
