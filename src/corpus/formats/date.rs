//! Dates as files, pages and feeds state them, made sortable where they can be read.
//! Parsing is chrono's (the date crate the feed parser already brings): RFC 3339, RFC
//! 2822 and the worse shapes pages use. A stated time keeps its zone, so two articles
//! of one day sort by the instant they were published, wherever that was.

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};

/// RFC 3339 with the zone as stated (`2024-03-05T10:00:00+01:00`, `Z` for UTC) when the
/// date has a time and a zone; `YYYY-MM-DD` when it has only a day that can be read
/// (ISO with or without a zoneless time, `YYYY/MM/DD`, "March 5, 2024", "5th March
/// 2024"); anything else trimmed, as written. Either way the string begins with the
/// day, so string order is day order.
pub fn normalize(raw: &str) -> String {
    let s = raw.trim();
    if let Some(t) = instant(s) {
        return t.to_rfc3339_opts(SecondsFormat::Secs, true);
    }
    day(s).map_or_else(|| s.to_owned(), |d| d.format("%Y-%m-%d").to_string())
}

/// The instant a date with a time and a zone names: RFC 3339 (seconds optional), RFC
/// 2822 (obsolete zone names such as `GMT` and `EST` included).
pub fn instant(s: &str) -> Option<DateTime<FixedOffset>> {
    let s = s.trim();
    DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_rfc2822(s))
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M%:z"))
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f %z"))
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f%z"))
        .ok()
}

/// The day a date names when it has no usable time and zone.
fn day(s: &str) -> Option<NaiveDate> {
    iso_day(s).or_else(|| words(s))
}

/// `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY.MM.DD`, two-digit month and day, whatever follows.
fn iso_day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() < 10 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sep = b[4];
    if !matches!(sep, b'-' | b'/' | b'.')
        || b[7] != sep
        || b.get(10).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let fmt = format!("%Y{0}%m{0}%d", sep as char);
    NaiveDate::parse_from_str(s.get(..10)?, &fmt).ok()
}

/// A day in words: a month name (or its abbreviation), a day number (`5`, `5th`) and a
/// four-digit year, in either order, weekday and commas as they come.
fn words(s: &str) -> Option<NaiveDate> {
    let parts: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .map(|p| p.trim_end_matches('.').to_ascii_lowercase())
        .collect();
    let month = |p: &str| p.parse::<chrono::Month>().ok().filter(|_| p.len() >= 3);
    let m = parts.iter().position(|p| month(p).is_some())?;
    let month_no = month(&parts[m])?.number_from_month();
    let day = |p: &String| {
        p.trim_end_matches(|c: char| c.is_alphabetic())
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d))
    };
    let year = parts
        .iter()
        .skip(m + 1)
        .chain(parts.iter().take(m))
        .find_map(|p| p.parse::<i32>().ok().filter(|y| (1000..=9999).contains(y)))?;
    let d =
        parts.get(m + 1).and_then(day).or_else(|| m.checked_sub(1).and_then(|i| day(&parts[i])))?;
    NaiveDate::from_ymd_opt(year, month_no, d)
}

/// Days since 1970-01-01 of a normalised date (`YYYY-MM-DD…`), for "how many days
/// apart"; `None` for anything else.
pub fn day_number(date: &str) -> Option<i64> {
    let d = NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok()?;
    Some(d.signed_duration_since(NaiveDate::default()).num_days())
}

/// The day of a normalised date, for a column as wide as `YYYY-MM-DD`; a date that
/// could not be read, as written.
pub fn shown_day(date: &str) -> &str {
    match day_number(date) {
        Some(_) => &date[..10],
        None => date,
    }
}

/// What a normalised date sorts by: seconds since the epoch in UTC, a day without a
/// time counting from its midnight in UTC; `None` for a date that could not be read.
pub fn sort_key(date: &str) -> Option<i64> {
    match instant(date) {
        Some(t) => Some(t.timestamp()),
        None => day_number(date).map(|d| d * 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::{day_number, normalize, sort_key};

    #[test]
    fn common_shapes_become_iso_days() {
        assert_eq!(normalize(" 2024/3/05 "), "2024/3/05");
        assert_eq!(normalize("2024/03/05"), "2024-03-05");
        assert_eq!(normalize("2024-03-05 10:00"), "2024-03-05");
        assert_eq!(normalize("March 5, 2024"), "2024-03-05");
        assert_eq!(normalize("5 March 2024"), "2024-03-05");
        assert_eq!(normalize("Tuesday, 5th Mar. 2024"), "2024-03-05");
        assert_eq!(normalize("last Tuesday"), "last Tuesday");
        // A day that does not exist is not a date.
        assert_eq!(normalize("2023-02-30"), "2023-02-30");
        assert_eq!(normalize("February 30, 2023"), "February 30, 2023");
    }

    #[test]
    fn a_stated_time_keeps_its_zone() {
        assert_eq!(normalize("2024-03-05T10:00:00Z"), "2024-03-05T10:00:00Z");
        assert_eq!(normalize("2024-03-05T10:00:00.250+01:00"), "2024-03-05T10:00:00+01:00");
        assert_eq!(normalize("2024-03-05T10:00+01:00"), "2024-03-05T10:00:00+01:00");
        assert_eq!(normalize("Tue, 05 Mar 2024 10:00:00 +0000"), "2024-03-05T10:00:00Z");
        assert_eq!(normalize("Tue, 5 Mar 2024 23:30:00 EST"), "2024-03-05T23:30:00-05:00");
        assert_eq!(normalize("5 Mar 2024 10:00 GMT"), "2024-03-05T10:00:00Z");
    }

    #[test]
    fn sorting_goes_by_the_instant_across_zones() {
        // 23:30 on the 5th in New York is 04:30 UTC on the 6th: after 01:00 on the 6th
        // in Paris (midnight UTC), though its day string sorts first.
        let ny = sort_key(&normalize("Tue, 5 Mar 2024 23:30:00 -0500")).unwrap();
        let paris = sort_key(&normalize("2024-03-06T01:00:00+01:00")).unwrap();
        assert!(ny > paris, "{ny} {paris}");
        assert_eq!(sort_key("2024-03-06"), Some(paris));
        assert_eq!(sort_key("someday"), None);
    }

    #[test]
    fn day_numbers_count_days_across_months_and_leap_years() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2024-03-01").zip(day_number("2024-02-28")), Some((19783, 19781)));
        assert_eq!(day_number("2023-03-01").unwrap() - day_number("2023-02-28").unwrap(), 1);
        assert_eq!(day_number("2025-01-01T10:00:00Z"), Some(20089));
        assert_eq!(day_number("March 5"), None);
        assert_eq!(day_number("2024-13-01"), None);
    }
}
