//! The words attributions are made of: verbs of saying in their positions, what may
//! stand between a subject and its verb, and the words that make a capitalised word a
//! description rather than a name.

mod around;
mod people;
mod things;
mod verbs;

pub(super) use around::*;
pub(super) use people::*;
pub(super) use things::*;
pub(super) use verbs::*;

/// Every word that can start an attribution, for a quick first test of each word.
pub(super) fn cues() -> &'static std::collections::HashSet<&'static str> {
    static CUES: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    CUES.get_or_init(|| {
        let extra = [
            "according",
            "quoting",
            "quoted",
            "cited",
            "view",
            "pointing",
            "calling",
            "lashed",
            "spoke",
            "pointed",
            "put",
            "agreed",
            "agrees",
            "disagreed",
            "disagrees",
            "issued",
            "issues",
            "released",
            "releases",
            "sent",
            "sends",
            "unveiled",
            "unveils",
            "made",
            "makes",
            "make",
            "offered",
            "offers",
            "published",
            "publishes",
            "reportedly",
            "show",
            "shows",
            "showed",
            "ran",
            "runs",
            "raised",
            "raises",
            "defended",
            "defending",
            "defends",
            "defend",
            "identified",
            "identifies",
            "referred",
        ];
        VERBS
            .iter()
            .chain(PARTICIPLES)
            .chain(INVERTED)
            .chain(PASSIVE)
            .chain(NAMING)
            .chain(GONE_ON_TO)
            .chain(STATEMENTS)
            .chain(CONVERSATIONS)
            .chain(&extra)
            .copied()
            .collect()
    })
}

pub(super) fn is_article(w: &str) -> bool {
    matches!(w, "a" | "an" | "the")
}
