//! What can be wrong with a story file, each with where it is: the messages an editor acts on.

use crate::story::local_time::TimeError;
use crate::text::number_text::Num;

/// One thing wrong with a story file, with where it is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StoryError {
    /// The bytes are not JSON.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        /// The story file's name, as the editor gave it.
        file: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error; 0 when the file is empty.
        column: usize,
        /// serde_json's message without its "at line L column C", or that the file is empty.
        message: String,
    },
    /// JSON, but not the shape of a story: a wrong type, an unknown or a missing field.
    #[error("{file}:{line}:{column}: {message}")]
    Shape {
        /// The story file's name, as the editor gave it.
        file: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// serde_json's message without its "at line L column C".
        message: String,
    },
    /// A story in shape whose content does not hold together.
    #[error("{file}: {path}: {problem}")]
    Meaning {
        /// The story file's name, as the editor gave it.
        file: String,
        /// JSON path of the value at fault, e.g. `events[1].figures[0].value`.
        path: String,
        /// What is wrong with the value at `path`.
        problem: Problem,
    },
}

/// What is wrong with a value that parsed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    /// A language code that is not one the page has.
    #[error("\"{code}\" is not a language the page has; use en, ko or ja")]
    UnknownLanguage {
        /// The code as written.
        code: String,
    },
    /// A text given in several languages, but not in the story's own.
    #[error("has no text in the story's own language ({code}), which readers of other languages fall back to; add it")]
    NoOwnLanguage {
        /// The story's language.
        code: &'static str,
    },
    /// A text field that must say something is blank or only whitespace.
    #[error("is empty; write some text here")]
    Empty,
    /// A place, source or event id repeats one earlier in the same list.
    #[error("the id \"{id}\" is already used at {first_path}; give each one its own id")]
    DuplicateId {
        /// The repeated id.
        id: String,
        /// JSON path of the id's first use, e.g. `places[0].id`.
        first_path: String,
    },
    /// An event names a place id that no place in the story has.
    #[error("no place has the id \"{id}\"; the places are: {known}")]
    UnknownPlace {
        /// The id as the event gave it.
        id: String,
        /// The story's place ids, comma-separated, so the editor can pick one.
        known: String,
    },
    /// An event, figure or flight cites a source id that no source in the story has.
    #[error("no source has the id \"{id}\"; the sources are: {known}")]
    UnknownSource {
        /// The id as the story gave it.
        id: String,
        /// The story's source ids, comma-separated, so the editor can pick one.
        known: String,
    },
    /// A place's latitude is outside -90° to 90°.
    #[error("latitude {value_deg}° is outside -90° to 90°")]
    LatitudeOutOfRange {
        /// The latitude as given, in degrees.
        value_deg: Num,
    },
    /// A place's longitude is outside -180° to 180°.
    #[error("longitude {value_deg}° is outside -180° to 180°")]
    LongitudeOutOfRange {
        /// The longitude as given, in degrees.
        value_deg: Num,
    },
    /// A figure's value, or either end of its range, is zero or negative.
    #[error("{value} is not more than zero; a {quantity} must be positive")]
    NotPositive {
        /// The number as given.
        value: Num,
        /// What the figure measures, in words, e.g. "target distance".
        quantity: &'static str,
    },
    /// A figure's range has its larger number first.
    #[error("the range's minimum {min} exceeds its maximum {max}; write it as [min, max]")]
    RangeReversed {
        /// The range's first number, meant to be the smaller.
        min: Num,
        /// The range's second number, meant to be the larger.
        max: Num,
    },
    /// A figure gives both a single value and a range.
    #[error("give either \"value\" or \"range\", not both")]
    ValueAndRange,
    /// A figure gives neither a value nor a range.
    #[error("give the figure as \"value\" or as \"range\": [min, max]")]
    NoValue,
    /// A figure's unit does not fit its quantity: a count in km, or a distance in missiles.
    #[error("a {quantity} cannot be measured in {unit}; use {expected}")]
    UnitMismatch {
        /// What the figure measures, in words.
        quantity: &'static str,
        /// The unit the figure gave, in words.
        unit: &'static str,
        /// The unit or units that would fit, in words.
        expected: &'static str,
    },
    /// An event's `sources` list is empty.
    #[error("the event cites no source; add the id of at least one source to \"sources\"")]
    NoSource,
    /// An event gives both an instant (`at`) and a date span (`span`).
    #[error("give the time as \"at\" (an instant) or as \"span\" (dates), not both")]
    AtAndSpan,
    /// An event gives neither an instant nor a date span.
    #[error("the event has no time; add \"at\" (an instant) or \"span\" (dates)")]
    NoTime,
    /// An event's date span ends on an earlier date than it starts.
    #[error("the span ends ({end}) before it starts ({start})")]
    SpanReversed {
        /// The span's first date, as written.
        start: String,
        /// The span's last date, as written.
        end: String,
    },
    /// A date, instant or time zone does not parse, or the zone does not cover the instant.
    #[error("{0}")]
    Time(TimeError),
    /// A missile or satellite launch lists no places, so it has no launch site.
    #[error("a {kind} needs its launch site as its first place")]
    NoLaunchSite {
        /// The kind of launch in words: "missile launch" or "satellite launch".
        kind: &'static str,
    },
    /// A source's URL does not begin with https:// or http://, e.g. a `javascript:` link.
    #[error("\"{url}\" is not a web address; write it in full, beginning with https://")]
    BadUrl {
        /// The URL as given.
        url: String,
    },
    /// A flight's bearing is outside 0° (included) to 360° (excluded).
    #[error("bearing {value_deg}° is outside 0° to 360°")]
    BearingOutOfRange {
        /// The bearing as given, in degrees clockwise from north.
        value_deg: Num,
    },
    /// A flight gives none, or more than one, of its three ways to state a direction.
    #[error("give the direction as one of \"direction\" (a compass point a source reported), \"bearing_range_deg\" or \"assumed_bearing_deg\"")]
    FlightDirection,
    /// A flight's reported direction or bearing range names no source.
    #[error("a reported direction needs its source: add \"direction_source\" with a source id")]
    NoDirectionSource,
    /// A zone names a country that has no zone's file: no coast, or not Natural Earth's name.
    #[error("no coastal country is named \"{country}\" in Natural Earth's countries; {hint}")]
    UnknownZone {
        /// The country as the story gave it.
        country: String,
        /// Names that come close, or where the list is.
        hint: String,
    },
    /// A zone given in several languages but not in English, which names the country.
    #[error("has no English name; give the country as Natural Earth spells it in English, as \"en\"")]
    NoEnglishZone,
    /// A zone names a country an earlier one named.
    #[error("\"{country}\" is already at {first_path}; name each country once")]
    DuplicateZone {
        /// The repeated country.
        country: String,
        /// JSON path of its first zone, e.g. `eez[0]`.
        first_path: String,
    },
    /// A list, or the file itself in bytes, is longer than its limit in `story::limits`.
    #[error("has {count} {what}, more than the {max} allowed; split the story or trim it")]
    TooMany {
        /// What the list holds, in words, e.g. "places" or "credit lines".
        what: &'static str,
        /// How many the story has.
        count: Num,
        /// How many the limit allows.
        max: Num,
    },
    /// A text field has more characters than its limit in `story::limits`.
    #[error("is {count} characters long, more than the {max} allowed; shorten it")]
    TooLong {
        /// The text's length, in characters.
        count: Num,
        /// The most characters the field may have.
        max: Num,
    },
    /// A figure's number is above the largest the explainer can show for its quantity.
    #[error("{value} is more than {max}, the largest {quantity} the explainer can show")]
    TooLarge {
        /// The number as given.
        value: Num,
        /// What the figure measures, in words.
        quantity: &'static str,
        /// The limit for that quantity, in the figure's unit (km or a count).
        max: Num,
    },
    /// An event that is not a missile launch has a `flight`.
    #[error("only a launch has a flight; remove \"flight\" or change the kind")]
    FlightOnNonLaunch,
}
