//! Dates as files state them, made sortable where they can be read.

const MONTHS: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// `YYYY-MM-DD` for the common shapes (ISO 8601 with or without time, `YYYY/MM/DD`,
/// "March 5, 2024", "5 March 2024", RFC 2822 "Tue, 05 Mar 2024 …"), so that string
/// order is date order; anything else is returned trimmed, as written.
pub fn normalize(raw: &str) -> String {
    let s = raw.trim();
    iso(s).or_else(|| words(s)).unwrap_or_else(|| s.to_owned())
}

fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    ((1000..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn iso(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if b.len() < 10 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sep = b[4];
    if !matches!(sep, b'-' | b'/' | b'.') || b[7] != sep {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    ymd(num(0..4)?, num(5..7)?, num(8..10)?)
}

fn words(s: &str) -> Option<String> {
    let parts: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .map(|p| p.trim_end_matches('.').to_ascii_lowercase())
        .collect();
    let month = |p: &str| MONTHS.iter().position(|m| p.starts_with(m) && p.len() >= 3);
    let m = parts.iter().position(|p| month(p).is_some())?;
    let month_no = month(&parts[m])? as u32 + 1;
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
        .find_map(|p| p.parse::<u32>().ok().filter(|y| *y >= 1000))?;
    let d =
        parts.get(m + 1).and_then(day).or_else(|| m.checked_sub(1).and_then(|i| day(&parts[i])))?;
    ymd(year, month_no, d)
}

/// Days since 1970-01-01 of a `YYYY-MM-DD…` date (the shape dates are normalised to),
/// for "how many days apart"; `None` for anything else.
pub fn day_number(date: &str) -> Option<i64> {
    let num = |r: std::ops::Range<usize>| date.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // The civil-from-days inverse (Howard Hinnant's algorithm), exact for the
    // proleptic Gregorian calendar.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::{day_number, normalize};

    #[test]
    fn common_shapes_become_iso_days() {
        assert_eq!(normalize("2024-03-05T10:00:00Z"), "2024-03-05");
        assert_eq!(normalize(" 2024/3/05 "), "2024/3/05");
        assert_eq!(normalize("2024/03/05"), "2024-03-05");
        assert_eq!(normalize("March 5, 2024"), "2024-03-05");
        assert_eq!(normalize("5 March 2024"), "2024-03-05");
        assert_eq!(normalize("Tue, 05 Mar 2024 10:00:00 +0000"), "2024-03-05");
        assert_eq!(normalize("last Tuesday"), "last Tuesday");
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
