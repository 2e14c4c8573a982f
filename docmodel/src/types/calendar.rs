//! Calendar and clock arithmetic shared by the date and time types.
//!
//! Proleptic Gregorian, no dependency: Howard Hinnant's `days_from_civil` and
//! its inverse, the length of a month, and the digits a fraction needs.

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant).
pub(crate) const fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month as i64 + 9) % 12) + 2) / 5 + day as i64 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of [`days_from_civil`], for days whose year is `0..=9999`.
pub(crate) fn civil_from_days(days: i64) -> [u32; 3] {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days - era * 146_097;
    let year_of_era = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let day_of_year = doe - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = (month_from_march + 2) % 12 + 1;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    // Lossless: year 0..=9999, month 1..=12 and day 1..=31 for days in range.
    [year as u32, month as u32, day as u32]
}

/// The number of days in `month` (`1..=12`) of `year`.
pub(crate) fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The fewest decimal digits that hold `nanosecond` (< 10⁹) exactly.
pub(crate) fn minimal_fraction_digits(nanosecond: u32) -> u8 {
    let (mut digits, mut rest) = (9, nanosecond);
    while digits > 0 && rest % 10 == 0 {
        rest /= 10;
        digits -= 1;
    }
    digits
}
