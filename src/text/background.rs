//! How common a word is in general English: the background that says how telling a
//! shared word is when two articles alone cannot ("said" and "Tuesday" are in every
//! story; "Zaporizhzhia" is in few). Shipped in `assets/background-en.txt` (wordfreq's
//! list, CC BY-SA 4.0), read once per process and kept by stem.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The shipped word list: frequency buckets, one line each.
const LIST: &str = include_str!("../../assets/background-en.txt");

/// How often a word absent from the list is taken to occur: rarer than anything in it
/// (the list stops at 10^-6.4), so names and rare words count as telling.
pub const UNSEEN: f32 = 1e-7;

/// Probability of a word as written, lower-cased (not stemmed), per token of text.
#[derive(Debug, Default)]
pub struct Background {
    words: HashMap<&'static str, f32>,
}

impl Background {
    /// The shipped list, parsed once.
    pub fn english() -> &'static Background {
        static ONCE: OnceLock<Background> = OnceLock::new();
        ONCE.get_or_init(|| Background::parse(LIST))
    }

    /// Lines of "N<TAB>word word …", each word of frequency 10^(-N/100); `#` comments.
    fn parse(list: &'static str) -> Background {
        let mut words = HashMap::with_capacity(50_000);
        for line in list.lines().filter(|l| !l.starts_with('#')) {
            let Some((bucket, ws)) = line.split_once('\t') else { continue };
            let Ok(centibels) = bucket.trim().parse::<f32>() else { continue };
            let p = 10f32.powf(-centibels / 100.0);
            for w in ws.split(' ').filter(|w| !w.is_empty()) {
                words.entry(w).or_insert(p);
            }
        }
        Background { words }
    }

    /// The words and their probabilities.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, f32)> + '_ {
        self.words.iter().map(|(&w, &p)| (w, p))
    }

    /// A word's probability (lower-cased as written), or [`UNSEEN`].
    pub fn of(&self, word: &str) -> f32 {
        self.words.get(word).copied().unwrap_or(UNSEEN)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_orders_common_before_rare() {
        let b = Background::english();
        assert!(b.len() > 40_000, "{}", b.len());
        let (the, said, tuesday, ceasefire) =
            (b.of("the"), b.of("said"), b.of("tuesday"), b.of("ceasefire"));
        assert!(
            the > said && said > tuesday && tuesday > ceasefire,
            "{the} {said} {tuesday} {ceasefire}"
        );
        assert_eq!(b.of("zaporizhzhia-not-a-word"), UNSEEN);
        assert!((0.03..0.1).contains(&the), "{the}");
    }
}
