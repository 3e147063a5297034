//! The no-panic sweeps: every short passage of the words the rules look for.

use super::*;

/// The words the rules look back and forward for: verbs, the phrases walked over
/// between a subject and its verb, titles, pronouns and the punctuation around them.
const RULE_WORDS: &[&str] = &[
    "In",
    "in",
    "a",
    "the",
    "The",
    "statement",
    "time",
    "said",
    "told",
    "according",
    "to",
    "saying",
    "went",
    "on",
    "quick",
    "was",
    "calling",
    "for",
    "released",
    "from",
    "Ana",
    "Ruiz",
    "Mr.",
    "Sen.",
    "R-Texas",
    "Jr.",
    ",",
    "“",
    "”",
    ":",
    "—",
    "he",
    "she",
    "they",
    "It",
    "who",
    "which",
    "his",
    "her",
    "herself",
    "of",
    "by",
    "at",
    "At",
    "last",
    "week",
    "Monday",
    "and",
    "Calif.",
    "22",
    "Texas-based",
    "(",
    ")",
    "asked",
    "took",
    "Twitter",
    "called",
    "office",
    "report",
    "TAPPER:",
    "Q:",
    "’s",
    "added",
    "that",
    "family",
    "police",
    "officials",
    "spokesman",
    "quoting",
    "view",
    "put",
    "As",
    "spoke",
    "out",
    "agreed",
    "continued",
    "as",
    "identified",
    "wrote",
];

/// Every passage of up to `longest` rule words, each read once: none may panic. Rules
/// look a fixed number of words back or ahead, so a short passage is where an index
/// leaves the passage ("In a statement said" once did).
fn every_short_passage(longest: u32) -> Vec<String> {
    let n = RULE_WORDS.len();
    let mut panicked = Vec::new();
    for len in 1..=longest {
        for mut code in 0..n.pow(len) {
            let mut words = Vec::new();
            for _ in 0..len {
                words.push(RULE_WORDS[code % n]);
                code /= n;
            }
            let passage = words.join(" ");
            // Between two passages, as in an article: the gaps at its edges are the
            // breaks between passages, not the end of the text.
            let text = format!("Before.\n\n{passage}\n\nAfter.");
            let read = || {
                let scan = Scan::new(&text, 9..9 + passage.len());
                let mut out = Vec::new();
                find(&text, &scan, 1, &Canon::default(), &mut Antecedents::default(), &mut out);
            };
            // A score of them is enough to see the rule at fault.
            if std::panic::catch_unwind(read).is_err() && panicked.len() < 20 {
                panicked.push(passage);
            }
        }
    }
    panicked
}

#[test]
fn no_passage_of_three_rule_words_panics() {
    assert_eq!(every_short_passage(3), Vec::<String>::new());
}

/// Four words each is 39 million passages: minutes in a release build, run by hand.
#[test]
#[ignore = "minutes in a debug build: cargo test --release -- --ignored every_passage_of_four"]
fn every_passage_of_four_rule_words_is_read_without_panic() {
    assert_eq!(every_short_passage(4), Vec::<String>::new());
}
