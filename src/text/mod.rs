//! Text: every interface string, and how numbers, figures and orders read on screen.

/// Decimal text for `f64` values, written with integer arithmetic (no float formatting code).
pub mod decimal;
/// How numbers and distances read: "1,298.6", "214.2 km".
pub mod number_text;
/// One sort for the whole explainer, by an `f64` key.
pub mod ordering;
/// The interface's own words, in one place.
pub mod strings;
