//! The words attributions are made of: verbs of saying in their positions, what may
//! stand between a subject and its verb, and the words that make a capitalised word a
//! description rather than a name.

/// Verbs of saying after their subject ("Peskov said").
pub(super) const VERBS: &[&str] = &[
    "accused",
    "acknowledged",
    "acknowledges",
    "added",
    "adds",
    "admits",
    "admitted",
    "announced",
    "announces",
    "apologised",
    "apologized",
    "argued",
    "argues",
    "assailed",
    "asserted",
    "asserts",
    "believe",
    "believed",
    "believes",
    "blasted",
    "castigated",
    "cautioned",
    "claimed",
    "claims",
    "commented",
    "complained",
    "conceded",
    "concluded",
    "concludes",
    "confirmed",
    "confirms",
    "contended",
    "countered",
    "criticised",
    "criticized",
    "declared",
    "declares",
    "denied",
    "denies",
    "disputed",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "estimated",
    "explained",
    "explains",
    "insisted",
    "insists",
    "joked",
    "maintained",
    "maintains",
    "noted",
    "notes",
    "observed",
    "observes",
    "predicted",
    "predicts",
    "questioned",
    "recalled",
    "recalls",
    "recorded",
    "remarked",
    "replied",
    "reported",
    "reports",
    "responded",
    "revealed",
    "reveals",
    "said",
    "say",
    "says",
    "scoffed",
    "slammed",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "tell",
    "tells",
    "testified",
    "thinks",
    "told",
    "tweeted",
    "urged",
    "warned",
    "warns",
    "writes",
    "wrote",
];
/// Verbs that may stand before their subject ("…,” said Nixey; writes Politico).
pub(super) const INVERTED: &[&str] = &[
    "added",
    "adds",
    "announced",
    "argued",
    "claimed",
    "concluded",
    "confirmed",
    "continued",
    "explained",
    "insisted",
    "noted",
    "observed",
    "recalled",
    "reported",
    "said",
    "says",
    "stated",
    "stressed",
    "tweeted",
    "warned",
    "wrote",
    "writes",
];
/// Participles whose speaker is the subject of their clause ("…, saying").
pub(super) const PARTICIPLES: &[&str] = &[
    "adding",
    "arguing",
    "asserting",
    "claiming",
    "concluding",
    "declaring",
    "emphasising",
    "emphasizing",
    "explaining",
    "insisting",
    "noting",
    "reporting",
    "saying",
    "stressing",
    "warning",
    "writing",
];
/// Past participles that name their speaker after "by" ("announced by Meloni").
pub(super) const PASSIVE: &[&str] = &[
    "announced",
    "argued",
    "cited",
    "explained",
    "noted",
    "predicted",
    "quoted",
    "reported",
    "revealed",
    "stated",
    "written",
];
/// Words allowed between a subject and its verb ("Peskov himself said").
pub(super) const BETWEEN: &[&str] = &[
    "again",
    "already",
    "also",
    "could",
    "did",
    "does",
    "earlier",
    "further",
    "had",
    "has",
    "have",
    "herself",
    "himself",
    "is",
    "itself",
    "just",
    "later",
    "may",
    "might",
    "once",
    "previously",
    "then",
    "themselves",
    "was",
    "were",
    "are",
    "will",
    "would",
];
/// Lower-case words after a capitalised word that make it a description, not a name
/// ("Ukrainian sources", "Western officials", "Moscow analysts").
pub(super) const DESCRIBED: &[&str] = &[
    "account",
    "accounts",
    "aide",
    "aides",
    "allies",
    "analyst",
    "analysts",
    "army",
    "authorities",
    "commentators",
    "data",
    "diplomat",
    "diplomats",
    "estimates",
    "expert",
    "experts",
    "figures",
    "forces",
    "government",
    "intelligence",
    "leader",
    "leaders",
    "media",
    "military",
    "minister",
    "observers",
    "officer",
    "officers",
    "official",
    "officials",
    "partners",
    "people",
    "president",
    "press",
    "report",
    "reports",
    "representatives",
    "side",
    "source",
    "sources",
    "spokesman",
    "spokeswoman",
    "troops",
];

/// Every word that can start an attribution, for a quick first test of each word.
pub(super) fn cues() -> &'static std::collections::HashSet<&'static str> {
    static CUES: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    CUES.get_or_init(|| {
        let extra = ["according", "quoting", "quoted", "cited", "view", "pointing"];
        VERBS
            .iter()
            .chain(PARTICIPLES)
            .chain(INVERTED)
            .chain(PASSIVE)
            .chain(&extra)
            .copied()
            .collect()
    })
}

/// Titles written short, with a full stop ("Sen.", "Gov.").
pub(super) fn abbreviated(w: &str) -> bool {
    matches!(
        w,
        "adm"
            | "col"
            | "dr"
            | "gen"
            | "gov"
            | "lt"
            | "maj"
            | "mr"
            | "mrs"
            | "ms"
            | "prof"
            | "rep"
            | "sen"
            | "sgt"
    )
}

pub(super) fn is_article(w: &str) -> bool {
    matches!(w, "a" | "an" | "the")
}

/// Nouns between a descriptive capitalised word and a name ("Russia specialist X").
pub(super) const ROLE_NOUNS: &[&str] = &[
    "analyst",
    "commentator",
    "correspondent",
    "economist",
    "expert",
    "fellow",
    "historian",
    "journalist",
    "professor",
    "researcher",
    "scholar",
    "specialist",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];
