//! How a reported figure reads on screen: "about 300 km", "at least 3 missiles", and the
//! label of its quantity.

use crate::story::{Figure, Qualifier, Quantity, Unit};
use crate::text::number_text::format_number;
use crate::text::strings::{fill, strings};

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
        Qualifier::Exactly => "{}",
        Qualifier::About => s.qualifier_about,
        Qualifier::AtLeast => s.qualifier_at_least,
        Qualifier::MoreThan => s.qualifier_more_than,
    };
    let (number, unit_of) = match (figure.value, figure.range) {
        (Some(v), _) => (format_number(v, 1), v),
        (None, Some([lo, hi])) => (format!("{}–{}", format_number(lo, 1), format_number(hi, 1)), hi),
        (None, None) => return String::new(),
    };
    let with_unit = fill(s.number_unit, &[&number, unit_text(figure.unit, unit_of)]);
    fill(qualifier, &[&with_unit])
}

/// The label of a quantity, as a heading for its figures.
pub fn quantity_label(quantity: Quantity) -> &'static str {
    let s = strings();
    match quantity {
        Quantity::Count => s.quantity_count,
        Quantity::Distance => s.quantity_distance,
        Quantity::Apogee => s.quantity_apogee,
        Quantity::TargetDistance => s.quantity_target_distance,
        Quantity::ClaimedRange => s.quantity_claimed_range,
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
}
