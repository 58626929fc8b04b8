//! What can be wrong with a story file, each with where it is: the messages an editor acts on.

use crate::story::local_time::TimeError;
use crate::text::figure_text::Num;

/// One thing wrong with a story file, with where it is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StoryError {
    /// The bytes are not JSON.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not the shape of a story: a wrong type, an unknown or a missing field.
    #[error("{file}:{line}:{column}: {message}")]
    Shape {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A story in shape whose content does not hold together.
    #[error("{file}: {path}: {problem}")]
    Meaning {
        file: String,
        path: String,
        problem: Problem,
    },
}

/// What is wrong with a value that parsed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    #[error("is empty; write some text here")]
    Empty,
    #[error("the id \"{id}\" is already used at {first_path}; give each one its own id")]
    DuplicateId { id: String, first_path: String },
    #[error("no place has the id \"{id}\"; the places are: {known}")]
    UnknownPlace { id: String, known: String },
    #[error("no source has the id \"{id}\"; the sources are: {known}")]
    UnknownSource { id: String, known: String },
    #[error("latitude {value_deg}° is outside -90° to 90°")]
    LatitudeOutOfRange { value_deg: Num },
    #[error("longitude {value_deg}° is outside -180° to 180°")]
    LongitudeOutOfRange { value_deg: Num },
    #[error("{value} is not more than zero; a {quantity} must be positive")]
    NotPositive { value: Num, quantity: &'static str },
    #[error("the range's minimum {min} exceeds its maximum {max}; write it as [min, max]")]
    RangeReversed { min: Num, max: Num },
    #[error("give either \"value\" or \"range\", not both")]
    ValueAndRange,
    #[error("give the figure as \"value\" or as \"range\": [min, max]")]
    NoValue,
    #[error("a {quantity} cannot be measured in {unit}; use {expected}")]
    UnitMismatch {
        quantity: &'static str,
        unit: &'static str,
        expected: &'static str,
    },
    #[error("the event cites no source; add the id of at least one source to \"sources\"")]
    NoSource,
    #[error("give the time as \"at\" (an instant) or as \"span\" (dates), not both")]
    AtAndSpan,
    #[error("the event has no time; add \"at\" (an instant) or \"span\" (dates)")]
    NoTime,
    #[error("the span ends ({end}) before it starts ({start})")]
    SpanReversed { start: String, end: String },
    #[error("{0}")]
    Time(TimeError),
    #[error("a {kind} needs its launch site as its first place")]
    NoLaunchSite { kind: &'static str },
    #[error("\"{url}\" is not a web address; write it in full, beginning with https://")]
    BadUrl { url: String },
    #[error("bearing {value_deg}° is outside 0° to 360°")]
    BearingOutOfRange { value_deg: Num },
    #[error("give the direction as one of \"direction\" (a compass point a source reported), \"bearing_range_deg\" or \"assumed_bearing_deg\"")]
    FlightDirection,
    #[error("a reported direction needs its source: add \"direction_source\" with a source id")]
    NoDirectionSource,
    #[error("has {count} {what}, more than the {max} a story may have; split the story or trim it")]
    TooMany {
        what: &'static str,
        count: Num,
        max: Num,
    },
    #[error("is {count} characters long, more than the {max} allowed; shorten it")]
    TooLong { count: Num, max: Num },
    #[error("{value} is more than {max}, the largest {quantity} the explainer can show")]
    TooLarge {
        value: Num,
        quantity: &'static str,
        max: Num,
    },
    #[error("only a launch has a flight; remove \"flight\" or change the kind")]
    FlightOnNonLaunch,
}
