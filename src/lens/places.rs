//! Places no one speaks as a person: countries, US states and large cities, from the
//! shipped gazetteer (`assets/places.txt`, GeoNames, CC BY 4.0). A name that is one of
//! them ("New Hampshire", "Florida") is a place: it may still be cited ("China said"),
//! but "he said" never refers to it, and "the Florida senator" is a senator.

use std::collections::HashSet;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../assets/places.txt");

fn places() -> &'static HashSet<String> {
    static PLACES: OnceLock<HashSet<String>> = OnceLock::new();
    PLACES.get_or_init(|| {
        LIST.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.trim().to_lowercase())
            .collect()
    })
}

/// Whether a name as shown is a place of the gazetteer ("the United States" too).
pub(crate) fn is_place(shown: &str) -> bool {
    let folded = shown.to_lowercase();
    let folded = folded.strip_prefix("the ").unwrap_or(&folded);
    places().contains(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_states_and_cities_are_places_given_names_are_not() {
        for p in ["France", "the United States", "New Hampshire", "Vermont", "Kyiv", "Moscow"] {
            assert!(is_place(p), "{p}");
        }
        // A one-word place that is also a common name is left to the sentence.
        for p in ["Jordan", "Georgia", "Houston", "Charlotte", "Ana Ruiz", "Florida senator"] {
            assert!(!is_place(p), "{p}");
        }
    }
}
