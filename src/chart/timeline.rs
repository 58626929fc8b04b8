//! Lays the story's events on a true time axis, squeezing long quiet gaps so that a span of
//! days and a gap of months both stay readable, and marking every squeeze.

use time::{Duration, OffsetDateTime};

use crate::story::check::{CheckedStory, EventTime};
#[cfg(test)]
use crate::text::{
    strings::{fill, strings},
    width::width_units,
};

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
    /// Where the event begins on the axis, in axis units (a day outside squeezes).
    pub start: f64,
    /// Equal to `start` for an instant.
    pub end: f64,
}

/// The axis labels' font size in CSS pixels (`style/main.css`, `.timeline-item text`).
pub const LABEL_FONT_PX: f64 = 13.0;
/// A label's width per character, in ems: bold DejaVu Sans digits are 0.70 em, the widest
/// common fallback, so a label is never drawn narrower than it is.
const LABEL_EM_PER_CHAR: f64 = 0.70;
/// The least space between two labels in a row, in CSS pixels.
const LABEL_GAP_PX: f64 = 6.0;

/// Where a label is drawn: above the axis, below it, or not at all where both rows are taken
/// (the mark keeps its accessible name and tooltip).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelRow {
    /// Above the axis, the first choice.
    Above = 0,
    /// Below the axis, beside the break marks' day counts.
    Below = 1,
    /// Not drawn: too little room at this width.
    Hidden = 2,
}

/// Where the axis was squeezed, and how many days it hides.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineBreak {
    /// The middle of the squeezed gap on the axis, in axis units, where the break mark goes.
    pub at: f64,
    /// How many whole days the squeeze leaves out, shown beside the break mark.
    pub hidden_days: i64,
}

/// Where each event sits on the time axis, what was squeezed out, and how long the axis is.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineLayout {
    /// In time order.
    pub items: Vec<TimelineItem>,
    /// Squeezed gaps, in time order.
    pub breaks: Vec<TimelineBreak>,
    /// The axis's whole length in units (a unit is a day outside squeezes), margins included.
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
/// let layout = launchmap::timeline_layout(&checked);
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
        });
        cursor = cursor.max(at_end);
        previous_end = Some(previous_end.map_or(end, |p| p.max(end)));
    }
    let length = cursor + days(MARGIN);
    TimelineLayout {
        items,
        breaks,
        length,
    }
}

/// The width a timeline label of `chars` characters takes on screen, in CSS pixels, at most:
/// labels are placed by it.
///
/// ```
/// assert_eq!(launchmap::timeline_label_width_px(6), 6.0 * 13.0 * 0.70);
/// ```
pub fn label_width_px(chars: usize) -> f64 {
    chars as f64 * LABEL_FONT_PX * LABEL_EM_PER_CHAR
}

/// Places the labels of an axis drawn `width_px` wide with `pad_px` at either end, so that no
/// two in a row overlap. `label_chars` counts the characters of each label: the events' in
/// order, then the breaks'. Each event's label goes above the axis where it fits, else below,
/// else is left out; a break's day count goes below where it still fits. Labels are measured by
/// [`label_width_px`], so the rows hold on a phone as on a desktop, and at any wider axis too,
/// since labels only move apart as the axis widens.
///
/// ```
/// use launchmap::LabelRow::{Above, Below};
/// let checked = launchmap::testing::default_story();
/// let layout = launchmap::timeline_layout(&checked);
/// // "4–14 Mar", "18 Mar", ..., "30 May", then "31 days", "21 days", "6 days".
/// let chars = [8, 6, 6, 6, 6, 6, 7, 7, 6];
/// let rows = launchmap::timeline_label_rows(&layout, &chars, 1100.0, 40.0);
/// assert_eq!(rows, [Above, Above, Above, Above, Above, Below, Below, Below, Below]);
/// ```
pub fn label_rows(
    layout: &TimelineLayout,
    label_chars: &[usize],
    width_px: f64,
    pad_px: f64,
) -> Vec<LabelRow> {
    let length = layout.length.max(1.0);
    let x = |units: f64| pad_px + units / length * (width_px - 2.0 * pad_px);
    let mut chars = label_chars.iter().copied();
    let mut extent = |centre: f64| {
        let half = label_width_px(chars.next().unwrap_or(0)) / 2.0 + LABEL_GAP_PX / 2.0;
        (x(centre) - half, x(centre) + half)
    };
    let free = |taken: &[(f64, f64)], (from, to): (f64, f64)| !taken.iter().any(|&(a, b)| from < b && a < to);
    // What each row holds so far, as (from, to) in pixels with the gap on both sides.
    let (mut above, mut below) = (Vec::new(), Vec::new());
    let mut rows = Vec::with_capacity(label_chars.len());
    for item in &layout.items {
        let span = extent((item.start + item.end) / 2.0);
        rows.push(if free(&above, span) {
            above.push(span);
            LabelRow::Above
        } else if free(&below, span) {
            below.push(span);
            LabelRow::Below
        } else {
            LabelRow::Hidden
        });
    }
    for b in &layout.breaks {
        let span = extent(b.at);
        rows.push(if free(&below, span) {
            below.push(span);
            LabelRow::Below
        } else {
            LabelRow::Hidden
        });
    }
    rows
}

/// Where a key moves the selection among the timeline's `count` events (the ARIA listbox
/// pattern): the arrows step, Home and End jump to either end, Enter and Space select the one
/// at hand (the first when none is). `None` for a key the timeline leaves to the page.
///
/// ```
/// use launchmap::timeline_key_target as target;
/// assert_eq!(target("ArrowRight", Some(2), 6), Some(3));
/// assert_eq!(target("ArrowRight", Some(5), 6), Some(5));
/// assert_eq!(target("End", None, 6), Some(5));
/// assert_eq!(target("Tab", Some(2), 6), None);
/// ```
pub fn key_target(key: &str, position: Option<usize>, count: usize) -> Option<usize> {
    let last = count.saturating_sub(1);
    Some(match (key, position) {
        ("ArrowRight" | "ArrowDown", Some(i)) => i.saturating_add(1).min(last),
        ("ArrowLeft" | "ArrowUp", Some(i)) => i.saturating_sub(1),
        ("ArrowRight" | "ArrowDown" | "Home", None) | ("Home", _) => 0,
        ("ArrowLeft" | "ArrowUp" | "End", None) | ("End", _) => last,
        ("Enter" | " ", Some(i)) => i,
        ("Enter" | " ", None) => 0,
        _ => return None,
    })
}

/// The event a step forward or back selects among `count`, from the first when none is
/// selected; `None` at either end, where Play stops.
///
/// ```
/// use launchmap::timeline_step_target as step;
/// assert_eq!(step(None, 6, true), Some(0));
/// assert_eq!(step(Some(4), 6, true), Some(5));
/// assert_eq!(step(Some(5), 6, true), None);
/// assert_eq!(step(Some(0), 6, false), None);
/// ```
pub fn step_target(position: Option<usize>, count: usize, forward: bool) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match (position, forward) {
        (None, _) => Some(0),
        (Some(i), true) if i < last => Some(i + 1),
        (Some(i), false) if i > 0 => Some(i - 1),
        _ => None,
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

    /// The default story's labels: their texts (events', then breaks') and rows at `width_px`.
    fn default_rows(width_px: f64) -> (TimelineLayout, Vec<String>, Vec<LabelRow>) {
        let (checked, layout) = default_layout();
        let labels: Vec<String> = layout
            .items
            .iter()
            .map(|it| crate::event::entry::when_short(&checked, it.event_index))
            .chain(
                layout
                    .breaks
                    .iter()
                    .map(|b| fill(strings().days, &[&b.hidden_days.to_string()])),
            )
            .collect();
        let chars: Vec<usize> = labels.iter().map(|l| width_units(l)).collect();
        let rows = label_rows(&layout, &chars, width_px, 40.0);
        (layout, labels, rows)
    }

    #[test]
    fn no_two_labels_overlap_on_a_phone_or_a_desktop() {
        for width_px in [320.0, 343.0, 375.0, 600.0, 728.0, 1100.0] {
            let (layout, labels, rows) = default_rows(width_px);
            let x = |u: f64| 40.0 + u / layout.length * (width_px - 80.0);
            let centres = layout
                .items
                .iter()
                .map(|it| (it.start + it.end) / 2.0)
                .chain(layout.breaks.iter().map(|b| b.at));
            for row in [LabelRow::Above, LabelRow::Below] {
                let mut drawn: Vec<(f64, f64)> = centres
                    .clone()
                    .zip(&labels)
                    .zip(&rows)
                    .filter(|(_, r)| **r == row)
                    .map(|((c, l), _)| {
                        let half = label_width_px(width_units(l)) / 2.0;
                        (x(c) - half, x(c) + half)
                    })
                    .collect();
                drawn.sort_by(|a, b| a.0.total_cmp(&b.0));
                for pair in drawn.windows(2) {
                    assert!(
                        pair[0].1 <= pair[1].0,
                        "{row:?} at {width_px} px: {pair:?} overlap"
                    );
                }
            }
        }
    }

    #[test]
    fn a_desktop_shows_every_label_and_the_two_may_labels_take_two_rows() {
        use LabelRow::{Above, Below};
        let (_, _, rows) = default_rows(1100.0);
        assert_eq!(
            rows,
            [Above, Above, Above, Above, Above, Below, Below, Below, Below]
        );
    }

    #[test]
    fn a_phone_leaves_out_what_does_not_fit_rather_than_overprint_it() {
        let (_, _, rows) = default_rows(320.0);
        assert_eq!(rows[0], LabelRow::Above, "the first label always fits");
        assert!(
            rows.contains(&LabelRow::Hidden),
            "at 320 px the default story's nine labels cannot all fit: {rows:?}"
        );
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
    #[test]
    fn keys_walk_the_timeline_and_stop_at_its_ends() {
        let count = crate::testing::DEFAULT_EVENT_IDS_IN_TIME_ORDER.len();
        assert_eq!(key_target("ArrowDown", Some(0), count), Some(1));
        assert_eq!(key_target("ArrowLeft", Some(0), count), Some(0));
        assert_eq!(key_target("ArrowLeft", None, count), Some(count - 1));
        assert_eq!(key_target("Home", Some(4), count), Some(0));
        assert_eq!(key_target(" ", None, count), Some(0));
        assert_eq!(key_target("a", None, count), None);
        assert_eq!(
            step_target(None, 0, true),
            None,
            "an empty timeline has nothing to step to"
        );
        assert_eq!(step_target(Some(3), count, false), Some(2));
    }

    #[test]
    fn every_default_event_has_a_day_and_month_on_the_axis() {
        let checked = crate::testing::default_story();
        let labels: Vec<String> = layout(&checked)
            .items
            .iter()
            .map(|it| crate::event::entry::when_short(&checked, it.event_index))
            .collect();
        assert_eq!(
            labels,
            ["4–14 Mar", "18 Mar", "22 Apr", "17 May", "27 May", "30 May"]
        );
    }
}
