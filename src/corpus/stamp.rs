//! Publication stamps and other lines that hold no words of the story: "Posted Oct 26,
//! 2011 8:57 AM CDT", "Tuesday 28 April 2009 22.34 BST", "04 / 04 / 2012", a divider
//! of dashes, a row of share buttons. Pages put them anywhere, not only under the
//! headline, and as passages they would be counted as text the other tellings lack.
//!
//! Only a line made of nothing else is one: a stamp word, calendar words, numbers and
//! a time zone. A bare date ("April 10, 2007") can head a section of a timeline and a
//! bare time an entry of a live report, so without a stamp word a line must carry both
//! a date and a time of day, or be a numeric date.

use super::calendar::{MONTHS, SHORT_MONTHS, SHORT_WEEKDAYS, WEEKDAYS};

/// Words that open a stamp; what follows is its date and time (or nothing).
const STAMP_WORDS: &[&str] = &["posted", "published", "updated", "update", "modified", "created"];
/// Words that may come before a stamp word: "Last updated", "First published".
const STAMP_LEADS: &[&str] = &["last", "first"];
/// Words that join a stamp's parts.
const JOINERS: &[&str] = &["on", "at", "of", "the"];
/// As the words are left once their stops are trimmed ("a.m." → "a.m").
const MERIDIEM: &[&str] = &["am", "pm", "a.m", "p.m"];
/// Share buttons and the like, when a line holds nothing but them.
const BUTTONS: &[&str] = &[
    "facebook",
    "twitter",
    "pinterest",
    "linkedin",
    "reddit",
    "whatsapp",
    "tumblr",
    "google",
    "google+",
    "email",
    "e-mail",
    "print",
    "share",
    "tweet",
    "more",
    "comments",
    "x",
];
/// Longest line taken for a stamp or a row of buttons.
const MOST_WORDS: usize = 16;

/// Whether a passage is a publication stamp, a divider, or a row of share buttons.
pub(crate) fn is_stamp_or_chrome(line: &str) -> bool {
    if !line.chars().any(char::is_alphanumeric) {
        // A divider ("* * *", "======"), a lone quotation mark: nothing to read.
        return !line.trim().is_empty();
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '|' | '–' | '—'))
        .map(|w| w.trim_matches(|c: char| matches!(c, ':' | ';' | '.' | '-' | '/' | '·')))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > MOST_WORDS {
        return false;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let buttons = lower.iter().all(|w| {
        let w = w.trim_end_matches(':');
        BUTTONS.contains(&w) || w == "this"
    });
    if buttons && lower.iter().any(|w| w != "this") {
        return true;
    }
    is_stamp(&words, &lower, line)
}

fn is_stamp(words: &[&str], lower: &[String], line: &str) -> bool {
    let opener = |w: &String| STAMP_WORDS.contains(&w.trim_end_matches(':'));
    let stamped = match lower {
        [lead, w, ..] if STAMP_LEADS.contains(&lead.as_str()) => opener(w),
        [w, ..] => opener(w),
        [] => false,
    };
    let (mut calendar, mut time, mut digits) = (false, false, false);
    for (w, l) in words.iter().zip(lower) {
        let l = l.trim_end_matches(':');
        if STAMP_WORDS.contains(&l) || JOINERS.contains(&l) || (stamped && STAMP_LEADS.contains(&l))
        {
            continue;
        }
        let month = MONTHS.contains(&l) || SHORT_MONTHS.contains(&l) || l == "sept";
        if month || WEEKDAYS.contains(&l) || SHORT_WEEKDAYS.contains(&l) {
            calendar = true;
        } else if MERIDIEM.contains(&l) || is_zone(w) {
            time = true;
        } else if let Some(kind) = number(l) {
            digits = true;
            time |= kind == Number::Clock;
        } else {
            return false;
        }
    }
    let numeric_date = is_numeric_date(line);
    if stamped {
        // "Posted on" alone is a stamp whose date the page left out.
        digits || calendar || words.len() <= 2
    } else {
        // A date with its time of day ("Tuesday 28 April 2009 22.34 BST"), or a numeric
        // date; a time alone can head a live report's entry.
        numeric_date || (digits && calendar && time)
    }
}

#[derive(PartialEq)]
enum Number {
    Plain,
    /// A time of day: "8:57", "22.34", "1052" is not one (it could be a year).
    Clock,
}

/// A number as stamps write them: "26", "11th", "2011", "8:57", "22.34", "8:57pm".
fn number(w: &str) -> Option<Number> {
    let w = w.trim_end_matches("am").trim_end_matches("pm");
    let w = ["st", "nd", "rd", "th"].iter().find_map(|s| w.strip_suffix(s)).unwrap_or(w);
    let digits = w.chars().filter(char::is_ascii_digit).count();
    if digits == 0 || !w.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/' | '-')) {
        return None;
    }
    Some(if w.contains([':', '.']) { Number::Clock } else { Number::Plain })
}

/// A time zone as stamps write it: "GMT", "BST", "EDT", "UTC", "CEST".
fn is_zone(w: &str) -> bool {
    (2..=5).contains(&w.len())
        && w.chars().all(|c| c.is_ascii_uppercase())
        && (w.ends_with('T') || w == "UTC" || w == "Z")
}

/// "04/04/2012", "04 / 04 / 2012", "2012-04-04": three numbers joined by slashes or
/// dashes.
fn is_numeric_date(line: &str) -> bool {
    let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    ['/', '-'].iter().any(|&sep| {
        let parts: Vec<&str> = squeezed.split(sep).collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| (1..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::is_stamp_or_chrome;

    #[test]
    fn publication_stamps_in_their_many_shapes_are_chrome() {
        for line in [
            "Posted Oct 26, 2011 8:57 AM CDT",
            "POSTED: 1052 GMT (1852 HKT), April 10, 2007",
            "Published at 12:45, Wednesday, 12 June 2013",
            "Last updated at 11:24, Tuesday, 18 June 2013",
            "UPDATED: 19:14 GMT, 12 April 2013",
            "posted Jun 11th, 2012 at 1:23 PM",
            "Posted on: 3:35 pm, December 23, 2012",
            "Posted on",
            "Tuesday 28 April 2009 22.34 BST",
            "04 / 04 / 2012",
            "2013-06-12",
        ] {
            assert!(is_stamp_or_chrome(line), "{line}");
        }
    }

    #[test]
    fn dividers_and_rows_of_share_buttons_are_chrome() {
        for line in [
            "* * *",
            "===========",
            "\u{201c}",
            "Share this: Facebook",
            "Twitter",
            "Email",
            "Print",
        ] {
            assert!(is_stamp_or_chrome(line), "{line}");
        }
    }

    #[test]
    fn lines_of_the_story_are_not() {
        for line in [
            // A timeline's section heading, a score, facts of a list.
            "April 10, 2007",
            "20-13.",
            "Age – 17",
            "Date – January 16th, 2016",
            "Posted on Facebook, the video shows the man at 8:57 p.m.",
            "Updated figures came on Tuesday.",
            "The first shots came at 8:34 p.m.",
            "More than 20 police cars.",
            "First",
            "8:34 p.m.",
            "At 10:42 GMT",
            "Last, the sheriff spoke at 8:30.",
            "1,200",
            "",
        ] {
            assert!(!is_stamp_or_chrome(line), "{line}");
        }
    }
}
