//! English word lists: stop words (function words that say nothing about what a
//! passage is about), titles, dates and vague words (which say little).

/// Sorted, so membership is a binary search. Folded forms (no apostrophes).
#[rustfmt::skip]
const STOP: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "ago", "all", "also", "am", "an",
    "and", "any", "are", "arent", "as", "at", "be", "because", "been", "before", "being",
    "below", "between", "both", "but", "by", "can", "cannot", "cant", "could", "couldnt",
    "did", "didnt", "do", "does", "doesnt", "doing", "dont", "down", "during", "each",
    "even", "ever", "every", "few", "for", "from", "further", "had", "hadnt", "has",
    "hasnt", "have", "havent", "having", "he", "hed", "hell", "her", "here", "hers",
    "herself", "hes", "him", "himself", "his", "how", "however", "i", "id", "if", "ill",
    "im", "in", "into", "is", "isnt", "it", "its", "itself", "ive", "just", "let", "lets",
    "like", "may", "me", "might", "more", "most", "much", "must", "mustnt", "my", "myself",
    "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
    "ought", "our", "ours", "ourselves", "out", "over", "own", "per", "same", "shall",
    "shant", "she", "shed", "shell", "shes", "should", "shouldnt", "since", "so", "some",
    "still", "such", "than", "that", "thats", "the", "their", "theirs", "them",
    "themselves", "then", "there", "theres", "these", "they", "theyd", "theyll", "theyre",
    "theyve", "this", "those", "though", "through", "thus", "to", "too", "toward",
    "towards", "under", "until", "up", "upon", "us", "very", "via", "was", "wasnt", "we",
    "wed", "well", "were", "werent", "weve", "what", "whats", "when", "where", "whether",
    "which", "while", "who", "whom", "whos", "whose", "why", "will", "with", "within",
    "without", "wont", "would", "wouldnt", "yet", "you", "youd", "youll", "your", "youre",
    "yours", "yourself", "yourselves", "youve",
];

/// Whether a folded word is a stop word.
pub fn is_stop(folded: &str) -> bool {
    STOP.binary_search(&folded).is_ok()
}

/// Titles and honorifics: they precede names but are not part of them, and what comes
/// before them ("US President", "Canadian Foreign Minister") is not a name either.
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "admiral", "ambassador", "chairman", "chairwoman", "chancellor", "chief", "colonel",
    "commander", "deputy", "director", "dr", "envoy", "foreign", "former", "gen", "general",
    "governor", "king", "leader", "lieutenant", "lord", "mayor", "minister", "mr", "mrs",
    "ms", "pope", "president", "presidentelect", "prime", "prince", "queen",
    "representative", "secretary", "sen", "senator", "sir", "spokesman", "spokeswoman",
];

/// Capitalised words that are dates, not topics.
#[rustfmt::skip]
pub const DATES: &[&str] = &[
    "april", "august", "december", "february", "friday", "january", "july", "june", "march",
    "monday", "november", "october", "saturday", "september", "sunday", "thursday",
    "tuesday", "wednesday",
];

/// Words too general to make a key phrase of: amounts, times, ranks, and verbs
/// and modifiers that go with anything ("two years", "last week", "best interest").
#[rustfmt::skip]
pub const VAGUE: &[&str] = &[
    "able", "another", "best", "big", "billion", "day", "days", "eight", "first", "five",
    "four", "get", "gets", "getting", "good", "got", "great", "half", "hour", "hours",
    "hundred", "hundreds", "large", "last", "latest", "least", "less", "likely", "made",
    "make", "makes", "many", "million", "millions", "month", "months", "new", "next",
    "nine", "old", "past", "possible", "recent", "said", "say", "says", "second", "seven",
    "several", "six", "ten", "third", "thousand", "thousands", "three", "time", "times",
    "two", "week", "weeks", "whole", "year", "years",
];

/// A title or honorific ("president", "minister"): it precedes a name and is not one.
pub fn is_title(folded: &str) -> bool {
    TITLES.contains(&folded)
}

/// A month or weekday: capitalised, but a date is not a topic.
pub fn is_date(folded: &str) -> bool {
    DATES.contains(&folded)
}

/// A word that says little about what a passage is about (see [`VAGUE`]).
pub fn is_vague(folded: &str) -> bool {
    VAGUE.contains(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_and_unique() {
        assert!(STOP.windows(2).all(|w| w[0] < w[1]), "STOP must be sorted for binary search");
    }

    #[test]
    fn knows_function_words_only() {
        assert!(is_stop("the") && is_stop("however") && is_stop("dont"));
        assert!(!is_stop("ceasefire") && !is_stop("kyiv"));
    }
}
