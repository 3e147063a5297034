//! The calendar's words as news writes them, lower-cased and in calendar order (a
//! month's place in the list is its number less one).

pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub(crate) const SHORT_MONTHS: &[&str] =
    &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
pub(crate) const WEEKDAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
pub(crate) const SHORT_WEEKDAYS: &[&str] =
    &["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];
