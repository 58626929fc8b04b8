//! How numbers read on screen: thousands grouped, trailing zeros dropped, distances in km.

use crate::text::decimal::fixed;

/// A number with thousands separators and at most `decimals` decimals, trailing zeros dropped.
///
/// ```
/// use launchmap::format_number;
/// assert_eq!(format_number(1298.64, 1), "1,298.6");
/// assert_eq!(format_number(300.0, 1), "300");
/// assert_eq!(format_number(-3410.6, 0), "-3,411");
/// ```
pub fn format_number(value: f64, decimals: usize) -> String {
    let text = fixed(value.abs(), decimals);
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w.to_owned(), f.trim_end_matches('0').to_owned()),
        None => (text.clone(), String::new()),
    };
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let sign = if value < 0.0 && (grouped != "0" || !fraction.is_empty()) {
        "-"
    } else {
        ""
    };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

/// A number shown in a message, as [`format_number`] writes it to 6 decimals. (Rust's own
/// shortest float formatting would add 15 KB to the page for these few messages.)
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&format_number(self.0, 6))
    }
}

use crate::text::strings::fill;

/// A distance in kilometres for display, to 0.1 km.
///
/// ```
/// assert_eq!(launchmap::format_km(214_218.0), "214.2 km");
/// ```
pub fn format_km(distance_m: f64) -> String {
    let s = crate::text::strings::strings();
    fill(
        s.number_unit,
        &[&format_number(distance_m / 1000.0, 1), s.unit_km],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(format_number(3410.54, 1), "3,410.5");
        assert_eq!(format_number(1_000_000.0, 0), "1,000,000");
        assert_eq!(format_number(999.96, 1), "1,000");
        assert_eq!(format_number(-0.01, 1), "0");
    }
}
