//! How common a word is in general English: the background that says how telling a
//! shared word is when two articles alone cannot ("said" and "Tuesday" are in every
//! story; "Zaporizhzhia" is in few). Shipped in `assets/background-en.txt` (wordfreq's
//! list, CC BY-SA 4.0), already stemmed as the analyzer stems, so reading it costs a
//! split per line, once per process.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The shipped word list: frequency buckets, one line each.
const LIST: &str = include_str!("../../assets/background-en.txt");

/// How often a word absent from the list is taken to occur: rarer than anything in it
/// (the list stops at 10^-6.4), so names and rare words count as telling.
pub const UNSEEN: f32 = 1e-7;

/// Probability of a stem (its inflections summed), per word of text.
#[derive(Debug, Default)]
pub struct Background {
    stems: HashMap<&'static str, f32>,
}

impl Background {
    /// The shipped list, parsed once.
    pub fn english() -> &'static Background {
        static ONCE: OnceLock<Background> = OnceLock::new();
        ONCE.get_or_init(|| Background::parse(LIST))
    }

    /// Lines of "stem<TAB>N", the stem of frequency 10^(-N/100); `#` comments.
    fn parse(list: &'static str) -> Background {
        let mut stems = HashMap::with_capacity(30_000);
        for line in list.lines().filter(|l| !l.starts_with('#')) {
            let Some((stem, bucket)) = line.split_once('\t') else { continue };
            let Ok(centibels) = bucket.trim().parse::<f32>() else { continue };
            stems.insert(stem, 10f32.powf(-centibels / 100.0));
        }
        Background { stems }
    }

    /// A stem's probability, or [`UNSEEN`].
    pub fn of(&self, stem: &str) -> f32 {
        self.stems.get(stem).copied().unwrap_or(UNSEEN)
    }

    pub fn len(&self) -> usize {
        self.stems.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_orders_common_before_rare() {
        let b = Background::english();
        assert!(b.len() > 25_000, "{}", b.len());
        let (the, said, tuesday, ceasefire) =
            (b.of("the"), b.of("said"), b.of("tuesday"), b.of("ceasefir"));
        assert!(
            the > said && said > tuesday && tuesday > ceasefire,
            "{the} {said} {tuesday} {ceasefire}"
        );
        assert_eq!(b.of("zaporizhzhia-not-a-word"), UNSEEN);
        assert!((0.03..0.1).contains(&the), "{the}");
    }
}
