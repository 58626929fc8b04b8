//! Reads a story file and checks what it means, collecting every error with its place.
//!
//! Parse and shape errors (bad JSON, a field of the wrong type, an unknown field) stop the read
//! and are located by file, line and column. Meaning errors (a dangling reference, a latitude of
//! 120, a reversed range) are all collected and located by JSON path, so an editor can fix a
//! story in one pass.

use time::{Date, OffsetDateTime};

use crate::story::local_time::{self, FixedZone, TimeError};
use crate::story::{EventKind, Quantity, Story, Unit};
use crate::text::figure_text::Num;
use crate::text::ordering::ascending_order;

/// The limits of a story file. Past them the check says where, rather than letting a page
/// slow to a crawl. The benchmark prints the longest task while the largest story allowed loads:
/// 130 to 198 ms in ten loads here, within the 200 ms budget, because the page builds its long
/// lists a batch a task (`ui/batched.rs`).
pub mod limits {
    /// The largest story file, in bytes.
    pub const FILE_BYTES: usize = 1_000_000;
    /// The most places, events and sources a story may have.
    pub const PLACES: usize = 300;
    pub const EVENTS: usize = 300;
    pub const SOURCES: usize = 1_000;
    /// The most figures, places or sources one event may name, and the most credit lines.
    pub const FIGURES_PER_EVENT: usize = 50;
    pub const REFERENCES_PER_EVENT: usize = 50;
    pub const CREDITS: usize = 50;
    /// The longest text field (a summary, an event's text), in characters.
    pub const TEXT_CHARS: usize = 5_000;
    /// The longest short field (a title, a name, an id, a note), in characters.
    pub const SHORT_CHARS: usize = 500;
    /// The longest distance on Earth, along a geodesic of the WGS84 ellipsoid, in km.
    pub const DISTANCE_KM: f64 = 20_004.0;
    /// The highest apogee a ballistic flight can have and still come down, in km: far above any
    /// missile's (an ICBM's lofted test reaches about 7,700 km).
    pub const APOGEE_KM: f64 = 40_000.0;
    /// The most missiles or rockets one figure may count.
    pub const COUNT: f64 = 100_000.0;
}

/// When an event happened, once checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventTime {
    Instant(OffsetDateTime),
    /// Local dates, both included.
    Span {
        start: Date,
        end: Date,
    },
}

/// What the checker adds to one event: its parsed time and zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckedEvent {
    pub time: EventTime,
    pub zone: FixedZone,
    /// The UTC instant the event starts at, for ordering.
    pub starts_at: OffsetDateTime,
}

/// A story that passed every check. Only this type reaches the app.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedStory {
    pub story: Story,
    /// One per `story.events`, in the same order.
    pub events: Vec<CheckedEvent>,
    /// Indices into `story.events`, earliest first.
    pub chronological: Vec<usize>,
}

impl CheckedStory {
    /// Indices into `story.events` of the missile launches, earliest first.
    pub fn launch_indices_in_time_order(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.chronological
            .iter()
            .copied()
            .filter(|&i| self.story.events[i].kind == EventKind::MissileLaunch)
    }

    /// The missile launches, earliest first.
    pub fn launches_in_time_order(&self) -> impl DoubleEndedIterator<Item = &crate::story::Event> + '_ {
        self.launch_indices_in_time_order().map(|i| &self.story.events[i])
    }
}

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

/// Reads and checks a story file. `file` names the file in messages.
///
/// ```
/// let json = br#"{"title": "", "summary": "s", "places": [], "events": [], "sources": []}"#;
/// let errors = launchmap::story::check::check_story("s.json", json).unwrap_err();
/// assert_eq!(errors[0].to_string(), "s.json: title: is empty; write some text here");
/// ```
pub fn check_story(file: &str, bytes: &[u8]) -> Result<CheckedStory, Vec<StoryError>> {
    if bytes.len() > limits::FILE_BYTES {
        return Err(vec![StoryError::Meaning {
            file: file.to_owned(),
            path: "(the whole file)".to_owned(),
            problem: Problem::TooMany {
                what: "bytes",
                count: Num(bytes.len() as f64),
                max: Num(limits::FILE_BYTES as f64),
            },
        }]);
    }
    let story = parse(file, bytes).map_err(|e| vec![e])?;
    check_meaning(file, story)
}

/// Parses without checking meaning, locating the first error by line and column.
fn parse(file: &str, bytes: &[u8]) -> Result<Story, StoryError> {
    use serde::Deserialize;
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let story = Story::deserialize(&mut deserializer).map_err(|e| shape_or_syntax_error(file, &e))?;
    deserializer.end().map_err(|e| syntax_error(file, &e))?;
    Ok(story)
}

fn shape_or_syntax_error(file: &str, e: &serde_json::Error) -> StoryError {
    match e.classify() {
        serde_json::error::Category::Data => StoryError::Shape {
            file: file.to_owned(),
            line: e.line(),
            column: e.column(),
            message: message_without_position(e),
        },
        _ => syntax_error(file, e),
    }
}

fn syntax_error(file: &str, e: &serde_json::Error) -> StoryError {
    let message = match e.classify() {
        serde_json::error::Category::Eof if e.line() == 1 && e.column() == 0 => {
            "the file is empty; a story is a JSON object that begins with {".to_owned()
        }
        _ => message_without_position(e),
    };
    StoryError::Syntax {
        file: file.to_owned(),
        line: e.line(),
        column: e.column(),
        message,
    }
}

/// serde_json appends " at line L column C", which our own prefix already says.
fn message_without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_owned()
}

/// Collects meaning errors as it walks the story.
struct Checker<'a> {
    file: &'a str,
    errors: Vec<StoryError>,
}

impl Checker<'_> {
    fn report(&mut self, path: String, problem: Problem) {
        self.errors.push(StoryError::Meaning {
            file: self.file.to_owned(),
            path,
            problem,
        });
    }

    fn non_empty(&mut self, path: String, text: &str) {
        if text.trim().is_empty() {
            self.report(path, Problem::Empty);
        } else {
            self.not_too_long(path, text, limits::SHORT_CHARS);
        }
    }

    /// Reports a text over `max` characters.
    fn not_too_long(&mut self, path: String, text: &str, max: usize) {
        // Bytes bound characters from above: count characters only when it could matter.
        if text.len() > max {
            let count = text.chars().count();
            if count > max {
                let (count, max) = (Num(count as f64), Num(max as f64));
                self.report(path, Problem::TooLong { count, max });
            }
        }
    }

    /// Reports a list longer than `max`.
    fn not_too_many(&mut self, path: &str, what: &'static str, count: usize, max: usize) {
        if count > max {
            let (count, max) = (Num(count as f64), Num(max as f64));
            self.report(path.to_owned(), Problem::TooMany { what, count, max });
        }
    }

    /// Records ids, reporting each repeat with where the id was first used.
    fn unique_ids<'s>(&mut self, list: &str, ids: impl Iterator<Item = &'s str>) {
        // A list, not a map: a story has tens of ids, and a hash map costs the page 1 KB gzip.
        let mut first: Vec<(&str, usize)> = Vec::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            self.non_empty(path.clone(), id);
            if let Some(&(_, j)) = first.iter().find(|(seen, _)| *seen == id) {
                let first_path = format!("{list}[{j}].id");
                self.report(
                    path,
                    Problem::DuplicateId {
                        id: id.to_owned(),
                        first_path,
                    },
                );
            } else {
                first.push((id, i));
            }
        }
    }
}

fn check_meaning(file: &str, story: Story) -> Result<CheckedStory, Vec<StoryError>> {
    let mut c = Checker {
        file,
        errors: Vec::new(),
    };
    c.non_empty("title".into(), &story.title);
    if story.summary.trim().is_empty() {
        c.report("summary".into(), Problem::Empty);
    }
    c.not_too_long("summary".into(), &story.summary, limits::TEXT_CHARS);
    c.not_too_many("places", "places", story.places.len(), limits::PLACES);
    c.not_too_many("events", "events", story.events.len(), limits::EVENTS);
    c.not_too_many("sources", "sources", story.sources.len(), limits::SOURCES);
    c.not_too_many("credits", "credit lines", story.credits.len(), limits::CREDITS);
    for (i, line) in story.credits.iter().enumerate() {
        c.not_too_long(format!("credits[{i}]"), line, limits::SHORT_CHARS);
    }
    c.unique_ids("places", story.places.iter().map(|p| p.id.as_str()));
    c.unique_ids("sources", story.sources.iter().map(|s| s.id.as_str()));
    c.unique_ids("events", story.events.iter().map(|e| e.id.as_str()));

    for (i, place) in story.places.iter().enumerate() {
        c.non_empty(format!("places[{i}].name"), &place.name);
        if let Some(note) = &place.note {
            c.not_too_long(format!("places[{i}].note"), note, limits::TEXT_CHARS);
        }
        if !(-90.0..=90.0).contains(&place.lat_deg) {
            c.report(
                format!("places[{i}].lat_deg"),
                Problem::LatitudeOutOfRange {
                    value_deg: Num(place.lat_deg),
                },
            );
        }
        if !(-180.0..=180.0).contains(&place.lon_deg) {
            c.report(
                format!("places[{i}].lon_deg"),
                Problem::LongitudeOutOfRange {
                    value_deg: Num(place.lon_deg),
                },
            );
        }
    }

    for (i, source) in story.sources.iter().enumerate() {
        c.non_empty(format!("sources[{i}].publisher"), &source.publisher);
        c.non_empty(format!("sources[{i}].title"), &source.title);
        if let Err(e) = local_time::parse_date(&source.date) {
            c.report(format!("sources[{i}].date"), Problem::Time(e));
        }
        if let Some(url) = &source.url {
            c.not_too_long(format!("sources[{i}].url"), url, limits::TEXT_CHARS);
            // Only web addresses: a javascript: or data: link must never reach an href.
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                c.report(format!("sources[{i}].url"), Problem::BadUrl { url: url.clone() });
            }
        }
    }

    let place_ids: Vec<&str> = story.places.iter().map(|p| p.id.as_str()).collect();
    let source_ids: Vec<&str> = story.sources.iter().map(|s| s.id.as_str()).collect();
    let mut checked_events = Vec::with_capacity(story.events.len());
    for (i, event) in story.events.iter().enumerate() {
        let at = format!("events[{i}]");
        c.non_empty(format!("{at}.title"), &event.title);
        if event.text.trim().is_empty() {
            c.report(format!("{at}.text"), Problem::Empty);
        }
        c.not_too_long(format!("{at}.text"), &event.text, limits::TEXT_CHARS);
        c.not_too_many(
            &format!("{at}.figures"),
            "figures",
            event.figures.len(),
            limits::FIGURES_PER_EVENT,
        );
        for (j, id) in event.places.iter().enumerate() {
            if !place_ids.contains(&id.as_str()) {
                let known = place_ids.join(", ");
                c.report(
                    format!("{at}.places[{j}]"),
                    Problem::UnknownPlace {
                        id: id.clone(),
                        known,
                    },
                );
            }
        }
        if matches!(event.kind, EventKind::MissileLaunch | EventKind::SatelliteLaunch)
            && event.places.is_empty()
        {
            let kind = if event.kind == EventKind::MissileLaunch {
                "missile launch"
            } else {
                "satellite launch"
            };
            c.report(format!("{at}.places"), Problem::NoLaunchSite { kind });
        }
        if event.sources.is_empty() {
            c.report(format!("{at}.sources"), Problem::NoSource);
        }
        for (j, id) in event.sources.iter().enumerate() {
            check_source_ref(&mut c, format!("{at}.sources[{j}]"), id, &source_ids);
        }
        for (j, figure) in event.figures.iter().enumerate() {
            check_figure(&mut c, &format!("{at}.figures[{j}]"), figure, &source_ids);
        }
        if let Some(flight) = &event.flight {
            if event.kind != EventKind::MissileLaunch {
                c.report(format!("{at}.flight"), Problem::FlightOnNonLaunch);
            }
            check_flight(&mut c, &format!("{at}.flight"), flight, &source_ids);
        }
        if let Some(checked) = check_event_time(&mut c, &at, event) {
            checked_events.push(checked);
        }
    }

    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    // Milliseconds since 1970 are exact in an f64 for any year a story can hold, and keep
    // apart two events in the same second.
    let starts_ms: Vec<f64> = checked_events
        .iter()
        .map(|e| (e.starts_at.unix_timestamp_nanos() / 1_000_000) as f64)
        .collect();
    let chronological = ascending_order(&starts_ms);
    Ok(CheckedStory {
        story,
        events: checked_events,
        chronological,
    })
}

fn check_flight(c: &mut Checker, at: &str, flight: &crate::story::FlightAssumption, source_ids: &[&str]) {
    let given = [
        flight.direction.is_some(),
        flight.bearing_range_deg.is_some(),
        flight.assumed_bearing_deg.is_some(),
    ];
    if given.iter().filter(|&&g| g).count() != 1 {
        c.report(at.to_owned(), Problem::FlightDirection);
    }
    let bearings = flight.bearing_range_deg.into_iter().flatten().enumerate();
    let bearings = bearings
        .map(|(k, b)| (format!("{at}.bearing_range_deg[{k}]"), b))
        .chain(
            flight
                .assumed_bearing_deg
                .map(|b| (format!("{at}.assumed_bearing_deg"), b)),
        );
    for (path, value) in bearings {
        if !(0.0..360.0).contains(&value) {
            c.report(
                path,
                Problem::BearingOutOfRange {
                    value_deg: Num(value),
                },
            );
        }
    }
    match &flight.direction_source {
        Some(id) => check_source_ref(c, format!("{at}.direction_source"), id, source_ids),
        None if flight.assumed_bearing_deg.is_none() => {
            c.report(format!("{at}.direction_source"), Problem::NoDirectionSource)
        }
        None => {}
    }
    if flight.basis.trim().is_empty() {
        c.report(format!("{at}.basis"), Problem::Empty);
    }
    c.not_too_long(format!("{at}.basis"), &flight.basis, limits::TEXT_CHARS);
}

fn check_source_ref(c: &mut Checker, path: String, id: &str, source_ids: &[&str]) {
    if !source_ids.contains(&id) {
        c.report(
            path,
            Problem::UnknownSource {
                id: id.to_owned(),
                known: source_ids.join(", "),
            },
        );
    }
}

fn check_figure(c: &mut Checker, at: &str, figure: &crate::story::Figure, source_ids: &[&str]) {
    check_source_ref(c, format!("{at}.source"), &figure.source, source_ids);
    let quantity = quantity_name(figure.quantity);
    if let Some(note) = &figure.note {
        c.not_too_long(format!("{at}.note"), note, limits::TEXT_CHARS);
    }
    let max = match figure.quantity {
        Quantity::Count => limits::COUNT,
        Quantity::Apogee => limits::APOGEE_KM,
        Quantity::Distance | Quantity::TargetDistance => limits::DISTANCE_KM,
    };
    let numbers = figure
        .value
        .map(|v| (format!("{at}.value"), v))
        .into_iter()
        .chain(
            figure
                .range
                .into_iter()
                .flatten()
                .enumerate()
                .map(|(k, v)| (format!("{at}.range[{k}]"), v)),
        );
    for (path, value) in numbers {
        if value > max {
            let problem = Problem::TooLarge {
                value: Num(value),
                quantity,
                max: Num(max),
            };
            c.report(path, problem);
        }
    }
    let wants_length = figure.quantity != Quantity::Count;
    if wants_length != figure.unit.is_length() {
        let expected = if wants_length { "km" } else { "missiles or rockets" };
        c.report(
            format!("{at}.unit"),
            Problem::UnitMismatch {
                quantity,
                unit: unit_name(figure.unit),
                expected,
            },
        );
    }
    match (figure.value, figure.range) {
        (Some(_), Some(_)) => c.report(at.to_owned(), Problem::ValueAndRange),
        (None, None) => c.report(at.to_owned(), Problem::NoValue),
        (Some(value), None) => {
            if value <= 0.0 {
                c.report(
                    format!("{at}.value"),
                    Problem::NotPositive {
                        value: Num(value),
                        quantity,
                    },
                );
            }
        }
        (None, Some([min, max])) => {
            for (k, value) in [min, max].into_iter().enumerate() {
                if value <= 0.0 {
                    c.report(
                        format!("{at}.range[{k}]"),
                        Problem::NotPositive {
                            value: Num(value),
                            quantity,
                        },
                    );
                }
            }
            if min > max {
                c.report(
                    format!("{at}.range"),
                    Problem::RangeReversed {
                        min: Num(min),
                        max: Num(max),
                    },
                );
            }
        }
    }
}

fn check_event_time(c: &mut Checker, at: &str, event: &crate::story::Event) -> Option<CheckedEvent> {
    let zone = match local_time::zone(&event.time_zone) {
        Ok(zone) => zone,
        Err(e) => {
            c.report(format!("{at}.time_zone"), Problem::Time(e));
            return None;
        }
    };
    let time = match (&event.at, &event.span) {
        (Some(_), Some(_)) => {
            c.report(at.to_owned(), Problem::AtAndSpan);
            return None;
        }
        (None, None) => {
            c.report(at.to_owned(), Problem::NoTime);
            return None;
        }
        (Some(text), None) => match local_time::parse_instant(text) {
            Ok(instant) => EventTime::Instant(instant),
            Err(e) => {
                c.report(format!("{at}.at"), Problem::Time(e));
                return None;
            }
        },
        (None, Some(span)) => {
            let start = local_time::parse_date(&span.start);
            let end = local_time::parse_date(&span.end);
            match (start, end) {
                (Ok(start), Ok(end)) if start <= end => EventTime::Span { start, end },
                (Ok(_), Ok(_)) => {
                    let problem = Problem::SpanReversed {
                        start: span.start.clone(),
                        end: span.end.clone(),
                    };
                    c.report(format!("{at}.span"), problem);
                    return None;
                }
                (start, end) => {
                    for (field, result) in [("start", start), ("end", end)] {
                        if let Err(e) = result {
                            c.report(format!("{at}.span.{field}"), Problem::Time(e));
                        }
                    }
                    return None;
                }
            }
        }
    };
    let starts_at = match time {
        EventTime::Instant(instant) => instant,
        EventTime::Span { start, .. } => zone.start_of_day(start),
    };
    if let Err(e) = zone.covers(starts_at) {
        c.report(format!("{at}.time_zone"), Problem::Time(e));
        return None;
    }
    Some(CheckedEvent {
        time,
        zone,
        starts_at,
    })
}

pub fn quantity_name(q: Quantity) -> &'static str {
    match q {
        Quantity::Count => "count",
        Quantity::Distance => "distance",
        Quantity::Apogee => "apogee",
        Quantity::TargetDistance => "target distance",
    }
}

fn unit_name(u: Unit) -> &'static str {
    match u {
        Unit::Km => "km",
        Unit::Missiles => "missiles",
        Unit::Rockets => "rockets",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULT_STORY: &str = crate::DEFAULT_STORY_JSON;

    fn errors_of(json: &str) -> Vec<String> {
        match check_story("t.json", json.as_bytes()) {
            Ok(_) => vec![],
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    /// The default story with one edit applied to its JSON value.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut value: serde_json::Value = serde_json::from_str(DEFAULT_STORY).unwrap();
        edit(&mut value);
        serde_json::to_string_pretty(&value).unwrap()
    }

    #[test]
    fn stories_past_the_limits_are_told_where_and_by_how_much() {
        let json = edited(|v| {
            v["events"][0]["text"] = "x".repeat(limits::TEXT_CHARS + 1).into();
            v["places"][0]["name"] = "é".repeat(limits::SHORT_CHARS + 1).into();
            v["events"][5]["figures"][5]["value"] = 1.0e9.into();
            v["credits"] = serde_json::Value::Array(vec!["c".into(); limits::CREDITS + 1]);
            let place = v["places"][1].clone();
            let places = v["places"].as_array_mut().unwrap();
            while places.len() <= limits::PLACES {
                let mut p = place.clone();
                p["id"] = format!("p{}", places.len()).into();
                places.push(p);
            }
        });
        let errors = errors_of(&json);
        for expected in [
            "t.json: places: has 301 places, more than the 300 a story may have",
            "t.json: credits: has 51 credit lines, more than the 50 a story may have",
            "t.json: places[0].name: is 501 characters long, more than the 500 allowed",
            "t.json: events[0].text: is 5,001 characters long, more than the 5,000 allowed",
            "t.json: events[5].figures[5].value: 1,000,000,000 is more than 20,004, the largest target distance",
        ] {
            assert!(errors.iter().any(|e| e.starts_with(expected)), "{expected} not in {errors:#?}");
        }
    }

    #[test]
    fn a_file_over_a_megabyte_is_refused_before_it_is_read() {
        let bytes = vec![b' '; limits::FILE_BYTES + 1];
        assert_eq!(
            errors_of(std::str::from_utf8(&bytes).unwrap()),
            ["t.json: (the whole file): has 1,000,001 bytes, more than the 1,000,000 a story may have; split the story or trim it"]
        );
    }

    #[test]
    fn default_story_is_clean_and_ordered_in_time() {
        let checked = check_story("default", DEFAULT_STORY.as_bytes()).unwrap();
        let ids: Vec<&str> = checked
            .chronological
            .iter()
            .map(|&i| checked.story.events[i].id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "freedom-shield-24",
                "launch-2024-03-18",
                "launch-2024-04-22",
                "launch-2024-05-17",
                "satellite-2024-05-27",
                "launch-2024-05-30"
            ]
        );
    }

    #[test]
    fn empty_file_says_it_is_empty() {
        assert_eq!(
            errors_of(""),
            ["t.json:1:0: the file is empty; a story is a JSON object that begins with {"]
        );
    }

    #[test]
    fn trailing_comma_is_located_by_line_and_column() {
        let errors = errors_of("{\n  \"title\": \"x\",\n}");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("t.json:3:1: "), "{errors:?}");
    }

    #[test]
    fn wrong_type_names_its_line_and_column() {
        let json = "{\n  \"title\": \"t\",\n  \"summary\": 3\n}";
        assert_eq!(
            errors_of(json),
            ["t.json:3:14: invalid type: integer `3`, expected a string"]
        );
    }

    #[test]
    fn unknown_field_lists_the_expected_ones() {
        let json = edited(|v| v["events"][1]["figures"][0]["valeu"] = 3.into());
        let errors = errors_of(&json);
        assert!(
            errors[0].contains(": unknown field `valeu`, expected one of `quantity`, `value`"),
            "{errors:?}"
        );
    }

    #[test]
    fn dangling_place_and_source_references_are_all_reported() {
        let json = edited(|v| {
            v["events"][1]["places"][0] = "atlantis".into();
            v["events"][5]["figures"][2]["source"] = "rumour".into();
        });
        let errors = errors_of(&json);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("t.json: events[1].places[0]: no place has the id \"atlantis\""));
        assert!(errors[1].starts_with("t.json: events[5].figures[2].source: no source has the id \"rumour\""));
    }

    #[test]
    fn coordinates_out_of_range_are_reported_per_axis() {
        let json = edited(|v| {
            v["places"][0]["lat_deg"] = 139.2.into();
            v["places"][1]["lon_deg"] = (-200.0).into();
        });
        assert_eq!(
            errors_of(&json),
            [
                "t.json: places[0].lat_deg: latitude 139.2° is outside -90° to 90°",
                "t.json: places[1].lon_deg: longitude -200° is outside -180° to 180°"
            ]
        );
    }

    #[test]
    fn zero_distance_and_reversed_range_are_reported() {
        let json = edited(|v| {
            let figure = &mut v["events"][1]["figures"][0];
            figure["value"] = 0.0.into();
            let other = &mut v["events"][5]["figures"][1];
            other["value"] = serde_json::Value::Null;
            other["range"] = serde_json::json!([400, 350]);
        });
        let errors = errors_of(&json);
        assert!(
            errors
                .iter()
                .any(|e| e.contains("events[1].figures[0].value: 0 is not more than zero")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e
                    .contains("events[5].figures[1].range: the range's minimum 400 exceeds its maximum 350")),
            "{errors:?}"
        );
    }

    #[test]
    fn event_without_source_is_reported() {
        let json = edited(|v| v["events"][0]["sources"] = serde_json::json!([]));
        assert_eq!(errors_of(&json), ["t.json: events[0].sources: the event cites no source; add the id of at least one source to \"sources\""]);
    }

    #[test]
    fn duplicate_ids_point_at_the_first_use() {
        let json = edited(|v| v["places"][2]["id"] = v["places"][0]["id"].clone());
        let errors = errors_of(&json);
        assert!(
            errors[0].starts_with("t.json: places[2].id: the id \"sunan\" is already used at places[0].id"),
            "{errors:?}"
        );
    }

    #[test]
    fn invalid_instant_is_reported_with_its_text() {
        let json = edited(|v| v["events"][1]["at"] = "2024-03-32T07:44:00+09:00".into());
        let errors = errors_of(&json);
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with(
                "t.json: events[1].at: \"2024-03-32T07:44:00+09:00\" is not an RFC 3339 instant"
            ),
            "{errors:?}"
        );
    }

    #[test]
    fn javascript_url_is_refused() {
        let json = edited(|v| v["sources"][0]["url"] = "javascript:alert(1)".into());
        assert!(errors_of(&json)[0].contains("sources[0].url: \"javascript:alert(1)\" is not a web address"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let json = "[".repeat(10_000) + &"]".repeat(10_000);
        let errors = errors_of(&json);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("t.json:1:"), "{errors:?}");
        let nested_in_field = format!("{{\"title\": {}{}}}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(errors_of(&nested_in_field).len(), 1);
    }

    #[test]
    fn binary_bytes_are_an_error() {
        let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        let errors = check_story("bin", &bytes).unwrap_err();
        assert!(
            matches!(errors[0], StoryError::Syntax { line: 1, .. }),
            "{errors:?}"
        );
    }

    #[test]
    fn trailing_garbage_after_the_story_is_an_error() {
        let errors = errors_of(&(DEFAULT_STORY.to_owned() + "\nnull"));
        assert!(errors[0].contains("trailing characters"), "{errors:?}");
    }
}
