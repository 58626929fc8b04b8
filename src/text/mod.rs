//! Text: every interface string, and how numbers, figures and orders read on screen.

/// Decimal text for `f64` values, written with integer arithmetic (no float formatting code).
pub mod decimal;
/// The languages of the interface, and how the page picks one.
pub mod lang;
/// How numbers and distances read: "1,298.6", "214.2 km".
pub mod number_text;
/// One sort for the whole explainer, by an `f64` key.
pub mod ordering;
/// The interface's own words, in one table per language.
pub mod strings;
/// How wide a text sets, for labels that must not overprint.
pub mod width;
