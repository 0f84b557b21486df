//! Dates in the person's language, through the browser's `Intl`: its CLDR
//! data knows each language's month names, digits and calendar, which the
//! app would otherwise have to ship.

use js_sys::{Date, Object, Reflect};

/// `2026-12-03` as the locale writes a date in full, for example
/// "3. joulukuuta 2026" in Finnish or "3 December 2026" in English. The
/// region is Finland's, so English follows the day-month order used there.
/// Text that is not such a date comes back unchanged.
pub fn long_date(iso: &str, locale: &str) -> String {
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<i32>().ok());
    let (Some(Some(year)), Some(Some(month)), Some(Some(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return iso.to_string();
    };
    if year < 1 || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return iso.to_string();
    }
    // Noon, so that no time zone moves the date to the day before or after.
    let date = Date::new_with_year_month_day_hr(year as u32, month - 1, day, 12);
    let options = Object::new();
    for (key, value) in [("year", "numeric"), ("month", "long"), ("day", "numeric")] {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string(&with_region(locale), &options)
        .into()
}

/// The tag `Intl` is given: `_` written as `-`, and Finland's region added to
/// a bare language. A tag that names a region or script already keeps it.
fn with_region(locale: &str) -> String {
    let tag = locale.replace('_', "-");
    if tag.contains('-') {
        tag
    } else {
        format!("{tag}-FI")
    }
}
