//! Matching a found source against a labelled one, for the who-speaks measures.

fn fold(s: &str) -> String {
    s.trim().trim_end_matches("'s").trim_end_matches("’s").to_lowercase()
}

/// Whether a found name is a labelled one: the same name, or the same last word
/// ("Kofman" for "Michael Kofman"), for any of the label's alternatives ("A|B").
pub fn same_source(found: &str, label: &str) -> bool {
    let f = fold(found);
    let last = |s: &str| s.split_whitespace().last().map(str::to_string).unwrap_or_default();
    label.split('|').map(fold).any(|l| l == f || last(&l) == last(&f))
}
