//! A quotation that runs on into a passage of its own: news copy sets a speaker's
//! further words as a paragraph in quotation marks with no attribution of its own,
//! right after the paragraph that cited them; or, when a paragraph ends inside a
//! quotation, the next one carries it on and closes it.

use crate::lens::scan::Scan;

/// Whether every word of the passage is inside quotation marks: a paragraph that is
/// one quotation (or several) and says nothing of who speaks.
pub(super) fn wholly_quoted(scan: &Scan) -> bool {
    !scan.toks.is_empty() && scan.toks.iter().all(|t| t.quoted)
}

/// Whether the passage ends inside a quotation it opened and did not close, as copy
/// does when a quotation runs on into the next paragraph ("He added: “There's nowhere
/// safe in Gaza." and the rest below it).
pub(super) fn ends_open(text: &str, scan: &Scan) -> bool {
    let Some(body) = text.get(scan.range.clone()) else {
        return false;
    };
    let body = body.trim_end();
    scan.quotes.last().is_some_and(|q| q.end >= scan.range.start + body.len())
        && !body.ends_with(['”', '"', '’', '\'', '»'])
}

/// Whether the passage carries on a quotation left open in the passage before: it is
/// all quotation, or its first quotation mark closes one it never opened ("They knew
/// their children were dead.”").
pub(super) fn carries_on(text: &str, scan: &Scan, open_before: bool) -> bool {
    wholly_quoted(scan) || (open_before && closes_first(text, scan))
}

fn closes_first(text: &str, scan: &Scan) -> bool {
    let Some(body) = text.get(scan.range.clone()) else {
        return false;
    };
    let mut prev: Option<char> = None;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let after_word = prev.is_some_and(|p| !p.is_whitespace());
        let before_word = next.is_some_and(char::is_alphanumeric);
        match c {
            '”' | '»' => return after_word,
            '"' => return after_word && !before_word,
            '“' | '«' | '„' => return false,
            '’' if prev.is_some_and(|p| ".,!?".contains(p)) && !before_word => return true,
            '‘' => return false,
            _ => {}
        }
        prev = Some(c);
    }
    false
}
