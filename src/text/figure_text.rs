//! How numbers read on screen: reported figures with their qualifiers, and computed distances.

use crate::story::{Figure, Qualifier, Quantity, Unit};
use crate::text::decimal::fixed;
use crate::text::strings::strings;

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

/// A distance in kilometres for display, to 0.1 km.
///
/// ```
/// assert_eq!(launchmap::format_km(214_218.0), "214.2 km");
/// ```
pub fn format_km(distance_m: f64) -> String {
    format!("{} km", format_number(distance_m / 1000.0, 1))
}

fn unit_text(unit: Unit, value: f64) -> &'static str {
    let one = (value - 1.0).abs() < f64::EPSILON;
    let s = strings();
    match (unit, one) {
        (Unit::Km, _) => s.unit_km,
        (Unit::Missiles, true) => s.unit_missile,
        (Unit::Missiles, false) => s.unit_missiles,
        (Unit::Rockets, true) => s.unit_rocket,
        (Unit::Rockets, false) => s.unit_rockets,
    }
}

/// The figure as a reader says it: "about 300 km", "at least 3 missiles", "300–350 km".
///
/// ```
/// use launchmap::figure_value_text;
/// use launchmap::{Figure, Qualifier, Quantity, Unit};
/// let f = Figure { quantity: Quantity::Distance, value: Some(350.0), range: None, unit: Unit::Km,
///     qualifier: Qualifier::MoreThan, source: "mod".into(), note: None };
/// assert_eq!(figure_value_text(&f), "more than 350 km");
/// ```
pub fn figure_value_text(figure: &Figure) -> String {
    let s = strings();
    let qualifier = match figure.qualifier {
        Qualifier::Exactly => "",
        Qualifier::About => s.qualifier_about,
        Qualifier::AtLeast => s.qualifier_at_least,
        Qualifier::MoreThan => s.qualifier_more_than,
    };
    match (figure.value, figure.range) {
        (Some(v), _) => format!("{qualifier}{} {}", format_number(v, 1), unit_text(figure.unit, v)),
        (None, Some([lo, hi])) => {
            format!(
                "{qualifier}{}–{} {}",
                format_number(lo, 1),
                format_number(hi, 1),
                unit_text(figure.unit, hi)
            )
        }
        (None, None) => String::new(),
    }
}

/// The label of a quantity, as a heading for its figures.
pub fn quantity_label(quantity: Quantity) -> &'static str {
    let s = strings();
    match quantity {
        Quantity::Count => s.quantity_count,
        Quantity::Distance => s.quantity_distance,
        Quantity::Apogee => s.quantity_apogee,
        Quantity::TargetDistance => s.quantity_target_distance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: Option<f64>, range: Option<[f64; 2]>, unit: Unit, qualifier: Qualifier) -> Figure {
        Figure {
            quantity: Quantity::Count,
            value,
            range,
            unit,
            qualifier,
            source: "s".into(),
            note: None,
        }
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(
            figure_value_text(&figure(Some(1.0), None, Unit::Missiles, Qualifier::Exactly)),
            "1 missile"
        );
        assert_eq!(
            figure_value_text(&figure(Some(18.0), None, Unit::Rockets, Qualifier::Exactly)),
            "18 rockets"
        );
        assert_eq!(
            figure_value_text(&figure(Some(3.0), None, Unit::Missiles, Qualifier::AtLeast)),
            "at least 3 missiles"
        );
    }

    #[test]
    fn ranges_use_an_en_dash() {
        let f = figure(None, Some([300.0, 350.0]), Unit::Km, Qualifier::About);
        assert_eq!(figure_value_text(&f), "about 300–350 km");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(format_number(3410.54, 1), "3,410.5");
        assert_eq!(format_number(1_000_000.0, 0), "1,000,000");
        assert_eq!(format_number(999.96, 1), "1,000");
        assert_eq!(format_number(-0.01, 1), "0");
    }
}
