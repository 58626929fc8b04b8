//! Lays the story's events on a true time axis, squeezing long quiet gaps so that a span of
//! days and a gap of months both stay readable, and marking every squeeze.

use time::{Duration, OffsetDateTime};

use crate::story::check::{CheckedStory, EventTime};

/// Gaps longer than this between events are squeezed.
const LONG_GAP: Duration = Duration::days(10);
/// Time shown on either side of each event before a squeeze starts.
const MARGIN: Duration = Duration::days(2);
/// The width, in axis units, that a squeezed gap is drawn at.
const SQUEEZED_WIDTH: f64 = 3.0;

/// One event on the axis, in units from 0 to [`TimelineLayout::length`].
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    /// Index into `story.events`.
    pub event_index: usize,
    pub start: f64,
    /// Equal to `start` for an instant.
    pub end: f64,
    /// Its label goes below the axis, because the one before is too close to share the row.
    pub label_below: bool,
}

/// Labels closer than this share of the axis alternate above and below it.
const LABEL_CLEARANCE: f64 = 0.12;

/// Where the axis was squeezed, and how many days it hides.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineBreak {
    pub at: f64,
    pub hidden_days: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineLayout {
    /// In time order.
    pub items: Vec<TimelineItem>,
    pub breaks: Vec<TimelineBreak>,
    pub length: f64,
}

/// When an event starts and ends, in UTC.
fn extent(checked: &CheckedStory, i: usize) -> (OffsetDateTime, OffsetDateTime) {
    let e = checked.events[i];
    match e.time {
        EventTime::Instant(t) => (t, t),
        EventTime::Span { end, .. } => (e.starts_at, e.zone.start_of_day(end) + Duration::days(1)),
    }
}

/// Lays out the events: one axis unit is one day, except in squeezed gaps.
///
/// ```
/// let checked = launchmap::testing::default_story();
/// let layout = launchmap::chart::timeline::layout(&checked);
/// assert_eq!(layout.items.len(), 6);
/// assert_eq!(layout.breaks.len(), 3);
/// ```
pub fn layout(checked: &CheckedStory) -> TimelineLayout {
    let days = |d: Duration| d.as_seconds_f64() / 86_400.0;
    let mut items = Vec::new();
    let mut breaks = Vec::new();
    let mut cursor = 0.0;
    let mut previous_end: Option<OffsetDateTime> = None;
    let mut origin: Option<OffsetDateTime> = None;
    for &i in &checked.chronological {
        let (start, end) = extent(checked, i);
        let origin_time = *origin.get_or_insert(start - MARGIN);
        let at_start = match previous_end {
            None => days(start - origin_time),
            Some(prev) => {
                let gap = start - prev;
                if gap > LONG_GAP {
                    // Keep a margin after the last event and before this one; squeeze the rest.
                    let hidden = gap - MARGIN - MARGIN;
                    let squeeze_at = cursor + days(MARGIN);
                    breaks.push(TimelineBreak {
                        at: squeeze_at + SQUEEZED_WIDTH / 2.0,
                        hidden_days: hidden.whole_days(),
                    });
                    squeeze_at + SQUEEZED_WIDTH + days(MARGIN)
                } else {
                    cursor + days(gap.max(Duration::ZERO))
                }
            }
        };
        let at_end = at_start + days(end - start);
        items.push(TimelineItem {
            event_index: i,
            start: at_start,
            end: at_end,
            label_below: false,
        });
        cursor = cursor.max(at_end);
        previous_end = Some(previous_end.map_or(end, |p| p.max(end)));
    }
    let length = cursor + days(MARGIN);
    for k in 1..items.len() {
        let (before, after) = items.split_at_mut(k);
        let (prev, item) = (&before[k - 1], &mut after[0]);
        let prev_centre = (prev.start + prev.end) / 2.0;
        let centre = (item.start + item.end) / 2.0;
        item.label_below = !prev.label_below && (centre - prev_centre) / length < LABEL_CLEARANCE;
    }
    TimelineLayout {
        items,
        breaks,
        length,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_layout() -> (CheckedStory, TimelineLayout) {
        let checked = crate::testing::default_story();
        let layout = layout(&checked);
        (checked, layout)
    }

    #[test]
    fn events_keep_their_order_and_the_exercise_is_an_eleven_day_span() {
        let (checked, layout) = default_layout();
        let ids: Vec<&str> = layout
            .items
            .iter()
            .map(|it| checked.story.events[it.event_index].id.as_str())
            .collect();
        assert_eq!(ids, crate::testing::DEFAULT_EVENT_IDS_IN_TIME_ORDER);
        assert!(layout.items.windows(2).all(|w| w[0].start < w[1].start));
        let exercise = &layout.items[0];
        // 4 to 14 March is 11 days.
        approx::assert_abs_diff_eq!(exercise.end - exercise.start, 11.0, epsilon = 1e-9);
        assert!(
            layout.items[1..].iter().all(|it| it.start == it.end),
            "launches are instants"
        );
    }

    #[test]
    fn the_two_may_labels_do_not_share_a_row() {
        let (_, layout) = default_layout();
        let rows: Vec<bool> = layout.items.iter().map(|it| it.label_below).collect();
        assert_eq!(rows, [false, false, false, false, false, true]);
    }

    #[test]
    fn weeks_between_launches_are_squeezed_and_marked_while_short_gaps_stay_true() {
        let (_, layout) = default_layout();
        // 18 March to 22 April, 22 April to 17 May and 17 to 27 May are over 10 days; each keeps
        // 2 days on either side of its break.
        let hidden: Vec<i64> = layout.breaks.iter().map(|b| b.hidden_days).collect();
        assert_eq!(hidden, [31, 21, 6]);
        for (b, pair) in layout.breaks.iter().zip(layout.items[1..5].windows(2)) {
            assert!(pair[0].start < b.at && b.at < pair[1].start);
        }
        // Satellite (27 May 22:44 KST) to salvo (30 May 06:14 KST) stays at true scale: 2.3 days.
        let gap = layout.items[5].start - layout.items[4].start;
        approx::assert_abs_diff_eq!(gap, 2.3125, epsilon = 1e-6);
        // End of the exercise (15 March 00:00 KST) to the March launch: 3.3 days, true scale.
        let first_gap = layout.items[1].start - layout.items[0].end;
        approx::assert_abs_diff_eq!(first_gap, (3.0 + 7.0 / 24.0 + 44.0 / 1440.0), epsilon = 1e-6);
        assert!(
            layout.length < 50.0,
            "the axis is {} days long, not 90",
            layout.length
        );
    }
}
