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

#[cfg(test)]
mod tests {
    use super::normalize;

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
}
