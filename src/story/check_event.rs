//! The checks of one event: its time, its figures, its flight and the sources it cites.

use time::{Date, OffsetDateTime};

use crate::story::checker::Checker;
use crate::story::errors::Problem;
use crate::story::limits;
use crate::story::local_time::{self, FixedZone};
use crate::story::{Quantity, Unit};
use crate::text::number_text::Num;

/// When an event happened, once checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventTime {
    /// A moment, as the story's `at` gives it; shown in the event's zone and in UTC.
    Instant(OffsetDateTime),
    /// Local dates, both included.
    Span {
        /// The first local day.
        start: Date,
        /// The last local day, the same as or after `start`.
        end: Date,
    },
}

/// What the checker adds to one event: its parsed time and zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckedEvent {
    /// The event's moment or span of days.
    pub time: EventTime,
    /// The event's time zone, in which its times are shown.
    pub zone: FixedZone,
    /// The UTC instant the event starts at, for ordering.
    pub starts_at: OffsetDateTime,
}

/// Checks a launch's flight assumption: one direction, bearings in range, a source, a basis.
pub(crate) fn check_flight(
    c: &mut Checker,
    at: &str,
    flight: &crate::story::FlightAssumption,
    source_ids: &[&str],
) {
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

/// Reports `id` at `path` unless it is one of the story's `source_ids`.
pub(crate) fn check_source_ref(c: &mut Checker, path: String, id: &str, source_ids: &[&str]) {
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

/// Checks a figure: its source, its unit against its quantity, and its number's size and sign.
pub(crate) fn check_figure(c: &mut Checker, at: &str, figure: &crate::story::Figure, source_ids: &[&str]) {
    check_source_ref(c, format!("{at}.source"), &figure.source, source_ids);
    let quantity = quantity_name(figure.quantity);
    if let Some(note) = &figure.note {
        c.not_too_long(format!("{at}.note"), note, limits::TEXT_CHARS);
    }
    let max = match figure.quantity {
        Quantity::Count => limits::COUNT,
        Quantity::Apogee => limits::APOGEE_KM,
        Quantity::Distance | Quantity::TargetDistance | Quantity::ClaimedRange => limits::DISTANCE_KM,
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

/// Checks an event's time and zone; returns them parsed, or `None` after reporting why not.
pub(crate) fn check_event_time(
    c: &mut Checker,
    at: &str,
    event: &crate::story::Event,
) -> Option<CheckedEvent> {
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

/// The quantity's name as the story checker's error messages write it.
pub fn quantity_name(q: Quantity) -> &'static str {
    match q {
        Quantity::Count => "count",
        Quantity::Distance => "distance",
        Quantity::Apogee => "apogee",
        Quantity::TargetDistance => "target distance",
        Quantity::ClaimedRange => "claimed range",
    }
}

/// The unit's name as the story checker's error messages write it.
pub(crate) fn unit_name(u: Unit) -> &'static str {
    match u {
        Unit::Km => "km",
        Unit::Missiles => "missiles",
        Unit::Rockets => "rockets",
    }
}
