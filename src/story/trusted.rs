//! A story that has passed the check already, read without the check's code: the page's own,
//! checked when the page was built (`launchmap prerender`), or a file the on-demand module has
//! checked. The page's first view then does not carry the check (about 6 KB gzip).

use crate::story::check::{CheckedStory, EventTime};
use crate::story::check_event::CheckedEvent;
use crate::story::local_time::{parse_date, parse_instant, zone};
use crate::story::Story;
use crate::text::ordering::ascending_order;

/// Reads `bytes`, a story that passes [`crate::check_story`], as that check would; `None` if
/// it does not read after all, which only the full check can then explain.
///
/// ```
/// let checked = launchmap::read_checked(launchmap::DEFAULT_STORY_JSON.as_bytes()).unwrap();
/// assert_eq!(checked, launchmap::testing::default_story());
/// assert!(launchmap::read_checked(b"{}").is_none());
/// ```
pub fn read_checked(bytes: &[u8]) -> Option<CheckedStory> {
    let story: Story = serde_json::from_slice(bytes).ok()?;
    let events = story
        .events
        .iter()
        .map(|e| {
            let zone = zone(&e.time_zone).ok()?;
            let time = match (&e.at, &e.span) {
                (Some(at), None) => EventTime::Instant(parse_instant(at).ok()?),
                (None, Some(span)) => EventTime::Span {
                    start: parse_date(&span.start).ok()?,
                    end: parse_date(&span.end).ok()?,
                },
                _ => return None,
            };
            let starts_at = match time {
                EventTime::Instant(instant) => instant,
                EventTime::Span { start, .. } => zone.start_of_day(start),
            };
            Some(CheckedEvent {
                time,
                zone,
                starts_at,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let chronological = ascending_order(&crate::story::check::starts_ms(&events));
    Some(CheckedStory {
        story,
        events,
        chronological,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_that_passes_the_check_reads_the_same_without_it() {
        let mut v = crate::testing::default_story_value();
        // Events out of time order, and one told in Tokyo time: the order and zones must match.
        v["events"].as_array_mut().unwrap().reverse();
        v["events"][0]["time_zone"] = "Asia/Tokyo".into();
        let bytes = v.to_string().into_bytes();
        let checked = crate::story::check::check_story("t.json", &bytes).unwrap();
        assert_eq!(read_checked(&bytes), Some(checked));
    }

    #[test]
    fn a_story_whose_times_do_not_read_is_left_to_the_check() {
        let mut v = crate::testing::default_story_value();
        v["events"][1]["at"] = "yesterday".into();
        assert_eq!(read_checked(v.to_string().as_bytes()), None);
        v["events"][1]["at"] = serde_json::Value::Null;
        assert_eq!(
            read_checked(v.to_string().as_bytes()),
            None,
            "neither at nor span"
        );
    }
}
