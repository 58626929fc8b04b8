//! Instants are stored in UTC and told in the story's local time.
//!
//! A full time-zone database would add about 100 KB to the page for one story told in one zone, so
//! the app knows a short table of zones whose offset has been fixed for years. A story that names
//! another zone, or an instant before a zone's offset took effect, fails the story check with a
//! message that says so, rather than being shown at a wrong hour.

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

use crate::text::strings::{nth, strings};

// Dates are written out and read by hand: the `time` crate's general formatter and parser add
// about 30 KB to the page for four fixed patterns. Reading RFC 3339 by hand too, with the error
// messages moved to the on-demand module (ui/error_panel.rs), took 2.6 KB gzip off the page.
// Each language writes its dates with the patterns of its strings (`date_time_format` and the
// rest): "Mon 18 Mar 2024, 07:44 KST", "2024년 3월 18일 (월) 오전 7:44 KST".

/// `n` in decimal digits, at the end of `out`.
fn push_digits(out: &mut String, n: u32) {
    if n >= 10 {
        push_digits(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// `pattern` with its date fields filled: `{y}`, `{mo}`, `{mon}`, `{d}`, `{wd}` of `date`; `{H}`,
/// `{h}`, `{h12}`, `{ap}`, `{M}` of `time`; `{z}`, the zone; `{y0}`, `{mo0}`, `{mon0}`, `{d0}`
/// of `first`, a span's first day.
fn date_text(pattern: &str, first: Date, date: Date, time: Time, zone: &str) -> String {
    let s = strings();
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let field = &rest[open + 1..open + close];
        let (day, field) = match field.strip_suffix('0') {
            Some(f) if !f.is_empty() => (first, f),
            _ => (date, field),
        };
        let hour = time.hour();
        // Digits by hand: the formatter's padding is code the page need not carry.
        let mut number = |n: u32, two: bool| {
            if two && n < 10 {
                out.push('0');
            }
            push_digits(&mut out, n);
        };
        match field {
            "y" => number(day.year().unsigned_abs(), false),
            "mo" => number(u32::from(u8::from(day.month())), false),
            "d" => number(u32::from(day.day()), false),
            "H" => number(u32::from(hour), true),
            "h" => number(u32::from(hour), false),
            "h12" => number(u32::from((hour + 11) % 12 + 1), false),
            "M" => number(u32::from(time.minute()), true),
            _ => out.push_str(match field {
                "mon" => nth(s.months, usize::from(u8::from(day.month())) - 1),
                "wd" => nth(s.weekdays, usize::from(day.weekday().number_days_from_monday())),
                "ap" => nth(s.am_pm, usize::from(hour >= 12)),
                "z" => zone,
                _ => "",
            }),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// A zone whose UTC offset has not changed since `since`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixedZone {
    /// The IANA name a story writes in `time_zone`, e.g. `Asia/Seoul`.
    pub name: &'static str,
    /// The abbreviation readers know, such as `KST`.
    pub abbreviation: &'static str,
    /// Hours ahead of UTC (negative for behind); the table holds whole hours only.
    pub offset_hours: i8,
    /// The first UTC instant from which `offset_hours` holds, as seconds since 1970.
    pub since_unix_s: i64,
}

/// Zones with the dates since which their offsets have held (tz database, 2024 edition).
const ZONES: &[FixedZone] = &[
    FixedZone {
        name: "Asia/Seoul",
        abbreviation: "KST",
        offset_hours: 9,
        // South Korea last left daylight saving time on 1988-10-09 03:00 KDT.
        since_unix_s: 592_336_800,
    },
    FixedZone {
        name: "Asia/Pyongyang",
        abbreviation: "KST",
        offset_hours: 9,
        // North Korea returned from UTC+8:30 to UTC+9 on 2018-05-04 23:30 local time.
        since_unix_s: 1_525_446_000,
    },
    FixedZone {
        name: "Asia/Tokyo",
        abbreviation: "JST",
        offset_hours: 9,
        // Japan has not observed daylight saving time since 1951.
        since_unix_s: -577_962_000,
    },
    FixedZone {
        name: "UTC",
        abbreviation: "UTC",
        offset_hours: 0,
        since_unix_s: i64::MIN,
    },
];

/// Why a time in a story could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// An event's `at` does not parse as an RFC 3339 instant with an offset.
    #[error("\"{text}\" is not an RFC 3339 instant such as 2024-03-17T22:44:00Z ({reason})")]
    BadInstant {
        /// The instant as written in the story.
        text: String,
        /// What is wrong with it, as advice to the editor.
        reason: String,
    },
    /// A date is not `YYYY-MM-DD`, or names a month or a day that does not exist.
    #[error("\"{text}\" is not a date such as 2024-03-04 ({reason})")]
    BadDate {
        /// The date as written in the story.
        text: String,
        /// What is wrong with it, as advice to the editor.
        reason: String,
    },
    /// An event's `time_zone` is not in the app's short table of fixed-offset zones.
    #[error("unknown time zone \"{name}\"; the app knows {known}")]
    UnknownZone {
        /// The zone name as written in the story.
        name: String,
        /// The zone names the app knows, comma-separated.
        known: String,
    },
    /// An instant falls before the zone's present offset took effect, so its local hour is unsure.
    #[error("{name} has had its present offset only since {since}; earlier instants are not supported")]
    BeforeZone {
        /// The zone's IANA name.
        name: String,
        /// When the present offset took effect, written like `4 May 2018, 15:00 UTC`.
        since: String,
    },
}

/// Looks a zone up by its IANA name.
///
/// ```
/// let seoul = launchmap::zone("Asia/Seoul").unwrap();
/// assert_eq!(seoul.abbreviation, "KST");
/// assert!(launchmap::zone("Mars/Olympus").is_err());
/// ```
pub fn zone(name: &str) -> Result<FixedZone, TimeError> {
    ZONES
        .iter()
        .copied()
        .find(|z| z.name == name)
        .ok_or_else(|| TimeError::UnknownZone {
            name: name.to_owned(),
            known: ZONES.iter().map(|z| z.name).collect::<Vec<_>>().join(", "),
        })
}

impl FixedZone {
    fn offset(self) -> UtcOffset {
        // The table holds whole hours in -12..=14, which are always valid offsets.
        UtcOffset::from_hms(self.offset_hours, 0, 0).unwrap_or(UtcOffset::UTC)
    }

    /// Checks that the zone's offset applies at `instant`.
    pub fn covers(self, instant: OffsetDateTime) -> Result<(), TimeError> {
        if instant.unix_timestamp() >= self.since_unix_s {
            Ok(())
        } else {
            let since = OffsetDateTime::from_unix_timestamp(self.since_unix_s)
                .map(format_utc)
                .unwrap_or_else(|_| "an unknown date".to_owned());
            Err(TimeError::BeforeZone {
                name: self.name.to_owned(),
                since,
            })
        }
    }

    /// The instant expressed in this zone.
    pub fn localize(self, instant: OffsetDateTime) -> OffsetDateTime {
        instant.to_offset(self.offset())
    }

    /// The UTC instant at which local `date` begins in this zone.
    pub fn start_of_day(self, date: Date) -> OffsetDateTime {
        date.midnight()
            .assume_offset(self.offset())
            .to_offset(UtcOffset::UTC)
    }
}

/// Parses an RFC 3339 instant and returns it in UTC.
///
/// ```
/// let t = launchmap::parse_instant("2024-03-18T07:44:00+09:00").unwrap();
/// assert_eq!(launchmap::format_utc(t), "17 Mar 2024, 22:44 UTC");
/// ```
pub fn parse_instant(text: &str) -> Result<OffsetDateTime, TimeError> {
    let bad = |reason: &str| TimeError::BadInstant {
        text: text.to_owned(),
        reason: reason.to_owned(),
    };
    // YYYY-MM-DDTHH:MM:SS, then an optional fraction, then Z or ±HH:MM.
    let (date_text, rest) = text.split_at_checked(10).ok_or_else(|| bad("it is too short"))?;
    let date = parse_date(date_text).map_err(|e| match e {
        TimeError::BadDate { reason, .. } => bad(&format!("the date: {reason}")),
        other => other,
    })?;
    let b = rest.as_bytes();
    let two = |at: usize| -> Option<u8> {
        let pair = b.get(at..at + 2)?;
        pair.iter()
            .all(u8::is_ascii_digit)
            .then(|| (pair[0] - b'0') * 10 + (pair[1] - b'0'))
    };
    if !matches!(b.first(), Some(b'T' | b't')) {
        return Err(bad("a T must join the date and the time"));
    }
    let (Some(hour), Some(b':'), Some(minute), Some(b':'), Some(second)) =
        (two(1), b.get(3), two(4), b.get(6), two(7))
    else {
        return Err(bad("write the time as HH:MM:SS"));
    };
    let fraction_len = match b.get(9) {
        Some(b'.') => b[10..].iter().take_while(|c| c.is_ascii_digit()).count(),
        _ => 0,
    };
    if b.get(9) == Some(&b'.') && fraction_len == 0 {
        return Err(bad("a decimal point must be followed by digits"));
    }
    let nanos = b[9..].get(1..1 + fraction_len.min(9)).map_or(0, |digits| {
        digits.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'))
            * 10u32.pow(9 - fraction_len.min(9) as u32)
    });
    let zone_at = if fraction_len > 0 { 10 + fraction_len } else { 9 };
    let offset_s = match (b.get(zone_at), b.len()) {
        (Some(b'Z' | b'z'), n) if n == zone_at + 1 => 0,
        (Some(sign @ (b'+' | b'-')), n) if n == zone_at + 6 && b[zone_at + 3] == b':' => {
            let (Some(h), Some(m)) = (two(zone_at + 1), two(zone_at + 4)) else {
                return Err(bad("write the offset as Z or as +HH:MM"));
            };
            if h > 23 || m > 59 {
                return Err(bad("the offset is out of range"));
            }
            let s = i32::from(h) * 3600 + i32::from(m) * 60;
            if *sign == b'-' {
                -s
            } else {
                s
            }
        }
        _ => return Err(bad("end it with Z or with an offset such as +09:00")),
    };
    let time = Time::from_hms_nano(hour, minute, second, nanos)
        .map_err(|_| bad("the hour must be 00 to 23, the minutes and seconds 00 to 59"))?;
    let offset = UtcOffset::from_whole_seconds(offset_s).map_err(|_| bad("the offset is out of range"))?;
    Ok(PrimitiveDateTime::new(date, time)
        .assume_offset(offset)
        .to_offset(UtcOffset::UTC))
}

/// Parses a calendar date written `YYYY-MM-DD`.
///
/// ```
/// let d = launchmap::parse_date("2024-03-04").unwrap();
/// assert_eq!(launchmap::format_date(d), "4 Mar 2024");
/// assert!(launchmap::parse_date("2024-02-30").is_err());
/// ```
pub fn parse_date(text: &str) -> Result<Date, TimeError> {
    let bad = |reason: &str| TimeError::BadDate {
        text: text.to_owned(),
        reason: reason.to_owned(),
    };
    let b = text.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(bad("write it as YYYY-MM-DD"));
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u16>().unwrap_or(0);
    let month = Month::try_from(number(5..7) as u8).map_err(|_| bad("the month must be 01 to 12"))?;
    Date::from_calendar_date(i32::from(number(0..4)), month, number(8..10) as u8)
        .map_err(|_| bad("that day does not exist in that month"))
}

/// `Mon 18 Mar 2024, 07:44 KST`: the instant as the story's readers lived it, in the reader's
/// language (`2024년 3월 18일 (월) 오전 7:44 KST`).
///
/// ```
/// use launchmap::{format_local, parse_instant, zone};
/// let t = parse_instant("2024-05-29T21:14:00Z").unwrap();
/// assert_eq!(format_local(t, zone("Asia/Seoul").unwrap()), "Thu 30 May 2024, 06:14 KST");
/// ```
pub fn format_local(instant: OffsetDateTime, zone: FixedZone) -> String {
    let t = zone.localize(instant);
    date_text(
        strings().date_time_format,
        t.date(),
        t.date(),
        t.time(),
        zone.abbreviation,
    )
}

/// `17 Mar 2024, 22:44 UTC`
pub fn format_utc(instant: OffsetDateTime) -> String {
    let t = instant.to_offset(UtcOffset::UTC);
    date_text(strings().utc_format, t.date(), t.date(), t.time(), "UTC")
}

/// `4 Mar 2024`
pub fn format_date(date: Date) -> String {
    date_text(strings().date_format, date, date, Time::MIDNIGHT, "")
}

/// `18 Mar`: a day without its year, for the timeline's axis.
pub fn format_day_month(date: Date) -> String {
    date_text(strings().day_month_format, date, date, Time::MIDNIGHT, "")
}

/// `4–14 Mar 2024`, or in full where the month or year differs.
///
/// ```
/// use launchmap::{format_span, parse_date};
/// let d = |t| parse_date(t).unwrap();
/// assert_eq!(format_span(d("2024-03-04"), d("2024-03-14")), "4–14 Mar 2024");
/// assert_eq!(format_span(d("2024-02-26"), d("2024-03-04")), "26 Feb – 4 Mar 2024");
/// ```
pub fn format_span(start: Date, end: Date) -> String {
    let s = strings();
    let pattern = if start == end {
        s.date_format
    } else if start.year() != end.year() {
        s.span_years
    } else if start.month() != end.month() {
        s.span_same_year
    } else {
        s.span_same_month
    };
    date_text(pattern, start, end, Time::MIDNIGHT, "")
}

/// `4–14 Mar`: a span of days without the year, for the timeline's axis.
pub fn format_span_short(start: Date, end: Date) -> String {
    if start == end {
        format_day_month(start)
    } else if start.month() == end.month() {
        date_text(strings().span_short, start, end, Time::MIDNIGHT, "")
    } else {
        format!("{}–{}", format_day_month(start), format_day_month(end))
    }
}

/// `2024-03-17T22:44:00Z`, for machine-readable `datetime` attributes.
pub fn format_rfc3339(instant: OffsetDateTime) -> String {
    let t = instant.to_offset(UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn march_launch_is_monday_morning_in_seoul() {
        let t = parse_instant("2024-03-17T22:44:00Z").unwrap();
        assert_eq!(
            format_local(t, zone("Asia/Seoul").unwrap()),
            "Mon 18 Mar 2024, 07:44 KST"
        );
        assert_eq!(format_utc(t), "17 Mar 2024, 22:44 UTC");
    }

    #[test]
    fn march_launch_reads_in_korean_and_japanese_with_the_zone() {
        use crate::testing::use_committed_language;
        use crate::text::lang::Lang;
        let t = parse_instant("2024-03-17T22:44:00Z").unwrap();
        let seoul = zone("Asia/Seoul").unwrap();
        let d = |t| parse_date(t).unwrap();
        use_committed_language(Lang::Ko);
        assert_eq!(format_local(t, seoul), "2024년 3월 18일 (월) 오전 7:44 KST");
        let evening = parse_instant("2024-05-27T13:44:00Z").unwrap();
        assert_eq!(
            format_local(evening, seoul),
            "2024년 5월 27일 (월) 오후 10:44 KST"
        );
        assert_eq!(format_span(d("2024-03-04"), d("2024-03-14")), "2024년 3월 4~14일");
        use_committed_language(Lang::Ja);
        assert_eq!(format_local(t, seoul), "2024年3月18日（月）7時44分 KST");
        assert_eq!(
            format_span(d("2024-02-26"), d("2024-03-04")),
            "2024年2月26日～3月4日"
        );
        assert_eq!(format_day_month(d("2024-05-30")), "5月30日");
        use_committed_language(Lang::En);
        assert_eq!(format_span_short(d("2024-03-04"), d("2024-03-14")), "4–14 Mar");
    }

    #[test]
    fn offsets_are_normalised_to_utc() {
        let a = parse_instant("2024-05-30T06:14:00+09:00").unwrap();
        let b = parse_instant("2024-05-29T21:14:00Z").unwrap();
        assert_eq!(a, b);
        assert_eq!(format_rfc3339(a), "2024-05-29T21:14:00Z");
    }

    #[test]
    fn malformed_instants_are_rejected_with_the_text() {
        for bad in [
            "2024-03-18",
            "18 March 2024",
            "2024-13-01T00:00:00Z",
            "2024-03-18T07:44:00",
            "",
        ] {
            let err = parse_instant(bad).unwrap_err();
            assert!(err.to_string().contains(&format!("\"{bad}\"")), "{err}");
        }
    }

    #[test]
    fn unknown_zone_lists_the_known_ones() {
        let err = zone("Europe/Paris").unwrap_err().to_string();
        assert!(
            err.contains("Europe/Paris") && err.contains("Asia/Seoul"),
            "{err}"
        );
    }

    #[test]
    fn pyongyang_time_before_2018_is_refused() {
        let pyongyang = zone("Asia/Pyongyang").unwrap();
        assert!(pyongyang
            .covers(parse_instant("2017-01-01T00:00:00Z").unwrap())
            .is_err());
        assert!(pyongyang
            .covers(parse_instant("2024-05-27T13:44:00Z").unwrap())
            .is_ok());
    }

    #[test]
    fn malformed_dates_say_what_is_wrong() {
        let reason = |t: &str| parse_date(t).unwrap_err().to_string();
        assert!(reason("2024-3-4").contains("write it as YYYY-MM-DD"));
        assert!(reason("2024-13-01").contains("the month must be 01 to 12"));
        assert!(reason("2023-02-29").contains("that day does not exist"));
        assert_eq!(
            parse_date("2024-02-29").map(format_date),
            Ok("29 Feb 2024".to_owned())
        );
    }

    #[test]
    fn local_day_starts_nine_hours_earlier_in_utc() {
        let seoul = zone("Asia/Seoul").unwrap();
        let start = seoul.start_of_day(parse_date("2024-03-04").unwrap());
        assert_eq!(format_rfc3339(start), "2024-03-03T15:00:00Z");
    }

    #[test]
    fn instants_read_as_rfc_3339_with_z_offsets_and_fractions() {
        let utc = |t: &str| parse_instant(t).map(|t| t.unix_timestamp_nanos());
        // 2024-03-17T22:44:00Z is 1,710,715,440 s after the epoch.
        assert_eq!(utc("2024-03-17T22:44:00Z"), Ok(1_710_715_440_000_000_000));
        assert_eq!(utc("2024-03-18T07:44:00+09:00"), utc("2024-03-17T22:44:00Z"));
        assert_eq!(utc("2024-03-17t17:14:00-05:30"), utc("2024-03-17T22:44:00z"));
        assert_eq!(utc("2024-03-17T22:44:00.25Z"), Ok(1_710_715_440_250_000_000));
    }

    #[test]
    fn broken_instants_say_what_is_wrong() {
        let reason = |t: &str| match parse_instant(t) {
            Err(TimeError::BadInstant { reason, .. }) => reason,
            other => panic!("{t}: {other:?}"),
        };
        assert_eq!(
            reason("2024-05-30 06:14 KST"),
            "a T must join the date and the time"
        );
        assert_eq!(
            reason("2024-03-32T07:44:00+09:00"),
            "the date: that day does not exist in that month"
        );
        assert_eq!(
            reason("2024-03-18T07:44:00"),
            "end it with Z or with an offset such as +09:00"
        );
        assert_eq!(
            reason("2024-03-18T24:00:00Z"),
            "the hour must be 00 to 23, the minutes and seconds 00 to 59"
        );
        assert_eq!(reason("2024-03-18T07:44Z"), "write the time as HH:MM:SS");
        assert_eq!(
            reason("2024-03-18T07:44:00.Z"),
            "a decimal point must be followed by digits"
        );
        assert_eq!(
            reason("2024-03-18T07:44:00+9:00"),
            "end it with Z or with an offset such as +09:00"
        );
        assert_eq!(reason("2024"), "it is too short");
        assert_eq!(
            reason("2024-03-18T07:44:00+09:00 "),
            "end it with Z or with an offset such as +09:00"
        );
    }
}
