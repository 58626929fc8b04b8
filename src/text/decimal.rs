//! Decimal text for `f64` values, written with integer arithmetic.
//!
//! Why not `format!("{:.1}", x)`: core's float formatter (Grisu with a Dragon4 fallback, for both
//! the shortest and the fixed-precision forms) adds about 15 KB to the page, and the explainer only
//! ever needs a fixed number of decimals: SVG coordinates, figures, distances.

use std::fmt::Write;

/// `value` rounded to `decimals` places (at most 9), half away from zero, as people round.
///
/// It can differ from `format!("{value:.decimals$}")` in the last digit at a tie: `format!`
/// rounds the exact binary value half to even (1.25 to one place gives "1.2"), this rounds
/// |value| × 10^decimals, so 1.25 gives "1.3" and 0.15 gives "0.2". And a value that rounds to
/// zero never gets a minus sign.
///
/// Values too large to round exactly at that precision (|value| × 10^decimals ≥ 10^18) are
/// written in scientific notation to 4 significant digits; they only occur in messages about
/// out-of-range input.
///
/// ```
/// use launchmap::fixed;
/// assert_eq!(fixed(214.2184, 1), "214.2");
/// assert_eq!(fixed(-0.04, 1), "0.0");
/// assert_eq!(fixed(3.0, 0), "3");
/// assert_eq!(fixed(-12.345, 2), "-12.35");
/// ```
pub fn fixed(value: f64, decimals: usize) -> String {
    let mut out = String::new();
    push_fixed(&mut out, value, decimals);
    out
}

/// [`fixed`], appended to `out`: for building long SVG path data without a string per number.
///
/// ```
/// let mut d = String::from("M");
/// launchmap::push_fixed(&mut d, 1.25, 1);
/// assert_eq!(d, "M1.3");
/// ```
pub fn push_fixed(out: &mut String, value: f64, decimals: usize) {
    let decimals = decimals.min(9);
    if value.is_nan() {
        out.push_str("NaN");
        return;
    }
    let scale = 10u64.pow(decimals as u32);
    let scaled = (value.abs() * scale as f64).round();
    if scaled >= 1e18 {
        push_scientific(out, value);
        return;
    }
    // Exact: `scaled` is a whole number below 10^18, within u64.
    let scaled = scaled as u64;
    if value < 0.0 && scaled != 0 {
        out.push('-');
    }
    // Writing integers into a String cannot fail.
    let _ = write!(out, "{}", scaled / scale);
    if decimals > 0 {
        let _ = write!(out, ".{:0width$}", scaled % scale, width = decimals);
    }
}

/// A number written as JSON writes one ("300", "-12.5", "1e3"), with spaces around it allowed;
/// `None` for anything else, and for numbers too large for an `f64`.
///
/// Why not `str::parse::<f64>`: it brings core's own decimal-to-float code (about 10 KB of the
/// page), while serde_json's parser is in the page anyway, for the story. The differences for a
/// reader: "+5", ".5", "5." and "05" are refused; and numbers of 16 or more significant digits
/// may land one unit in the last place away from the nearest `f64` (serde_json is built without
/// `float_roundtrip`), far below anything a ring radius or a map centre can show.
///
/// ```
/// use launchmap::parse_decimal;
/// assert_eq!(parse_decimal(" 214.2 "), Some(214.2));
/// assert_eq!(parse_decimal("1e3"), Some(1000.0));
/// assert_eq!(parse_decimal("far"), None);
/// ```
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    // JSON also has null, strings and lists; only a number is wanted here.
    if !text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) {
        return None;
    }
    // from_slice, as the story is read: the page carries one copy of the parser, not two.
    serde_json::from_slice::<f64>(text.as_bytes())
        .ok()
        .filter(|v| v.is_finite())
}

fn push_scientific(out: &mut String, value: f64) {
    if value.is_infinite() {
        out.push_str(if value > 0.0 { "inf" } else { "-inf" });
        return;
    }
    if value < 0.0 {
        out.push('-');
    }
    let magnitude = value.abs();
    let mut exponent = magnitude.log10().floor() as i32;
    let mut mantissa = magnitude / 10f64.powi(exponent);
    // log10 can land one off at exact powers of ten, and rounding can carry to 10.000.
    if mantissa < 1.0 {
        mantissa *= 10.0;
        exponent -= 1;
    }
    if mantissa >= 9.9995 {
        mantissa /= 10.0;
        exponent += 1;
    }
    push_fixed(out, mantissa, 3);
    let _ = write!(out, "e{exponent}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_core_formatting_away_from_ties() {
        // Where round-half-away and core's exact decimal agree: all but exact ties.
        for &(value, decimals) in &[
            (0.0, 1),
            (1.0, 0),
            (123.456, 2),
            (-1296.123, 1),
            (0.00049, 3),
            (3410.56, 1),
            (-0.96, 1),
            (99.96, 1),
            (1e12 + 0.3, 1),
            (38.123456789, 6),
        ] {
            assert_eq!(
                fixed(value, decimals),
                format!("{value:.prec$}", prec = decimals),
                "{value} to {decimals}"
            );
        }
    }

    #[test]
    fn ties_round_half_away_from_zero() {
        assert_eq!(fixed(1.25, 1), "1.3");
        assert_eq!(fixed(-2.5, 0), "-3");
        assert_eq!(fixed(0.125, 2), "0.13");
    }

    #[test]
    fn rounding_carries_into_the_whole_part() {
        assert_eq!(fixed(9.96, 1), "10.0");
        assert_eq!(fixed(-999.9999, 2), "-1000.00");
    }

    #[test]
    fn negative_values_that_round_to_zero_lose_their_sign() {
        assert_eq!(fixed(-0.0001, 2), "0.00");
        assert_eq!(fixed(-0.0, 0), "0");
    }

    #[test]
    fn huge_values_are_written_in_scientific_notation() {
        assert_eq!(fixed(1e300, 6), "1.000e300");
        assert_eq!(fixed(-2.5e20, 0), "-2.500e20");
        assert_eq!(fixed(1e13, 6), "1.000e13");
        assert_eq!(fixed(9.99999e15, 6), "1.000e16");
    }

    #[test]
    fn parsing_takes_json_numbers_and_nothing_else() {
        assert_eq!(parse_decimal("-0.25"), Some(-0.25));
        assert_eq!(parse_decimal("3410.5"), Some(3410.5));
        assert_eq!(parse_decimal("38.123456789012345"), Some(38.123456789012345));
        for bad in [
            "", " ", "null", "\"3\"", "[3]", "3 km", "1,000", "NaN", "inf", "1e999", "+5", "0x10",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn non_finite_values_are_named() {
        assert_eq!(fixed(f64::NAN, 1), "NaN");
        assert_eq!(fixed(f64::INFINITY, 1), "inf");
        assert_eq!(fixed(f64::NEG_INFINITY, 0), "-inf");
    }

    #[test]
    fn more_than_nine_decimals_are_capped_at_nine() {
        assert_eq!(fixed(0.123456789123, 12), "0.123456789");
    }
}
