//! Matching a found source against a labelled one, for the who-speaks measures.

fn fold(s: &str) -> String {
    s.trim().trim_end_matches("'s").trim_end_matches("’s").to_lowercase()
}

/// The last word of a name, a suffix passed over: "Bozell" of "Brent Bozell III",
/// "Biden" of "Joseph R. Biden Jr.".
fn last(name: &str) -> String {
    let suffix = |w: &&str| matches!(w.trim_end_matches('.'), "jr" | "sr" | "ii" | "iii" | "iv");
    let words: Vec<&str> = name.split_whitespace().collect();
    let kept = words.iter().rposition(|w| !suffix(w)).map_or(0, |p| p + 1);
    words[..kept].last().map(|w| w.trim_end_matches(',').to_string()).unwrap_or_default()
}

/// Whether a found name is a labelled one: the same name, or the same last word
/// ("Kofman" for "Michael Kofman"), for any of the label's alternatives ("A|B").
pub fn same_source(found: &str, label: &str) -> bool {
    let f = fold(found);
    label.split('|').map(fold).any(|l| l == f || last(&l) == last(&f))
}
