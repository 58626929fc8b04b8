//! What the reader sees of each event, worked out from the checked story: its times in words,
//! its figures with who reported them, and the numbers of its sources.

use crate::event::figure_text::{figure_value_text, quantity_label};
use crate::story::check::{CheckedStory, EventTime};
use crate::story::local_time::{
    format_day_month, format_local, format_rfc3339, format_span, format_span_short, format_utc,
};
use crate::story::{EventKind, Figure, Quantity};
use crate::text::strings::{fill, strings};

/// One reported figure, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureLine {
    /// The quantity's label, such as "Distance flown".
    pub label: &'static str,
    /// The figure in words with its qualifier and unit, such as "about 300 km".
    pub value: String,
    /// Who reported the figure, shown as a link to its entry in the sources list.
    pub publisher: String,
    /// 1-based number of the source in the sources list.
    pub source_number: usize,
    /// Id of the source that reported the figure, for the link's `#source-` anchor.
    pub source_id: String,
    /// The editor's remark on the figure, shown after it, if the story gives one.
    pub note: Option<String>,
}

/// One event, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct EventEntry {
    /// Index into `story.events`.
    pub event_index: usize,
    /// The event's id, unique in the story; the card's HTML id is made from it.
    pub id: String,
    /// What sort of event it is; it gives the card its CSS class.
    pub kind: EventKind,
    /// The card's headline, a button that selects the event.
    pub title: String,
    /// The card's body: what happened, in the story's words.
    pub text: String,
    /// In the story's local time: `Mon 18 Mar 2024, 07:44 KST`, or `4–14 Mar 2024`.
    pub when_local: String,
    /// `17 Mar 2024, 22:44 UTC`, for instants.
    pub when_utc: Option<String>,
    /// For the `datetime` attribute.
    pub datetime: String,
    /// The names of the places the event involves, in the story's order.
    pub place_names: Vec<String>,
    /// The reported figures, in the story's order.
    pub figures: Vec<FigureLine>,
    /// `(number, id)` of each source cited for the event.
    pub sources: Vec<(usize, String)>,
    /// Where sources disagree on a quantity: `(label, "300 km (JCS) to 350 km (MoD)")`.
    pub disagreements: Vec<(&'static str, String)>,
}

/// For each quantity that sources gave different values for, the lowest and highest with who
/// gave them.
fn disagreements(figures: &[Figure], checked: &CheckedStory) -> Vec<(&'static str, String)> {
    let mut quantities: Vec<Quantity> = Vec::new();
    for f in figures {
        if !quantities.contains(&f.quantity) {
            quantities.push(f.quantity);
        }
    }
    let who = |f: &Figure| {
        checked
            .story
            .source(&f.source)
            .map(|s| s.publisher.as_str().to_owned())
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for q in quantities {
        let same: Vec<&Figure> = figures.iter().filter(|f| f.quantity == q).collect();
        // Counts of different things (missiles, rockets) are not one quantity.
        if same.iter().any(|f| f.unit != same[0].unit) {
            continue;
        }
        let low = same
            .iter()
            .filter_map(|f| f.value.or(f.range.map(|r| r[0])).map(|v| (v, *f)))
            .min_by(|a, b| a.0.total_cmp(&b.0));
        let high = same
            .iter()
            .filter_map(|f| f.value.or(f.range.map(|r| r[1])).map(|v| (v, *f)))
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let (Some((lo, f_lo)), Some((hi, f_hi))) = (low, high) {
            if hi > lo {
                let text = fill(
                    strings().figure_span,
                    &[
                        &figure_value_text(f_lo),
                        &who(f_lo),
                        &figure_value_text(f_hi),
                        &who(f_hi),
                    ],
                );
                out.push((quantity_label(q), text));
            }
        }
    }
    out
}

fn source_number(story: &CheckedStory, id: &str) -> usize {
    story
        .story
        .sources
        .iter()
        .position(|s| s.id == id)
        .map_or(0, |i| i + 1)
}

/// When an event happened, in the story's local time: `Mon 18 Mar 2024, 07:44 KST`, or
/// `4–14 Mar 2024` for a span.
///
/// ```
/// let checked = launchmap::testing::default_story();
/// assert_eq!(launchmap::when_local(&checked, checked.chronological[1]), "Mon 18 Mar 2024, 07:44 KST");
/// ```
pub fn when_local(checked: &CheckedStory, event_index: usize) -> String {
    let info = checked.events[event_index];
    match info.time {
        EventTime::Instant(t) => format_local(t, info.zone),
        EventTime::Span { start, end } => format_span(start, end),
    }
}

/// When an event happened, shortly, for the timeline's axis, which has little room: `18 Mar`
/// (`3월 18일`), or `4–14 Mar` for a span; the year is the story's.
///
/// ```
/// let checked = launchmap::testing::default_story();
/// let axis: Vec<String> = checked.chronological.iter().map(|&i| launchmap::when_short(&checked, i)).collect();
/// assert_eq!(axis[..2], ["4–14 Mar", "18 Mar"]);
/// ```
pub fn when_short(checked: &CheckedStory, event_index: usize) -> String {
    let info = checked.events[event_index];
    match info.time {
        EventTime::Instant(t) => format_day_month(info.zone.localize(t).date()),
        EventTime::Span { start, end } => format_span_short(start, end),
    }
}

/// One event (`story.events[event_index]`), ready to print. Worked out one event at a time, so
/// that a long story's page can show its cards a batch at a time.
///
/// ```
/// let checked = launchmap::testing::default_story();
/// let entry = launchmap::event_entry(&checked, checked.chronological[1]);
/// assert_eq!(entry.when_utc.as_deref(), Some("17 Mar 2024, 22:44 UTC"));
/// ```
pub fn event_entry(checked: &CheckedStory, event_index: usize) -> EventEntry {
    let i = event_index;
    let event = &checked.story.events[i];
    let (when_utc, datetime) = match checked.events[i].time {
        EventTime::Instant(t) => (Some(format_utc(t)), format_rfc3339(t)),
        EventTime::Span { start, .. } => (None, start.to_string()),
    };
    let figures = event
        .figures
        .iter()
        .map(|f| FigureLine {
            label: quantity_label(f.quantity),
            value: figure_value_text(f),
            publisher: checked
                .story
                .source(&f.source)
                .map(|s| s.publisher.as_str().to_owned())
                .unwrap_or_default(),
            source_number: source_number(checked, &f.source),
            source_id: f.source.clone(),
            note: f.note.as_ref().map(|n| n.as_str().to_owned()),
        })
        .collect();
    EventEntry {
        event_index: i,
        id: event.id.clone(),
        kind: event.kind,
        title: event.title.as_str().to_owned(),
        text: event.text.as_str().to_owned(),
        when_local: when_local(checked, i),
        when_utc,
        datetime,
        place_names: event
            .places
            .iter()
            .filter_map(|id| checked.story.place(id))
            .map(|p| p.name.as_str().to_owned())
            .collect(),
        figures,
        sources: event
            .sources
            .iter()
            .map(|id| (source_number(checked, id), id.clone()))
            .collect(),
        disagreements: disagreements(&event.figures, checked),
    }
}

/// The story's events in time order.
///
/// ```
/// let checked = launchmap::testing::default_story();
/// let entries = launchmap::event_entries(&checked);
/// assert_eq!(entries[1].when_local, "Mon 18 Mar 2024, 07:44 KST");
/// ```
pub fn event_entries(checked: &CheckedStory) -> Vec<EventEntry> {
    checked
        .chronological
        .iter()
        .map(|&i| event_entry(checked, i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries() -> Vec<EventEntry> {
        event_entries(&crate::testing::default_story())
    }

    #[test]
    fn may_launch_is_told_on_30_may_in_seoul_and_29_may_in_utc() {
        let e = entries();
        let may = e.iter().find(|e| e.id == "launch-2024-05-30").unwrap();
        assert_eq!(may.when_local, "Thu 30 May 2024, 06:14 KST");
        assert_eq!(may.when_utc.as_deref(), Some("29 May 2024, 21:14 UTC"));
        assert_eq!(may.datetime, "2024-05-29T21:14:00Z");
    }

    #[test]
    fn disagreeing_sources_are_summed_up_as_a_range_with_both_names() {
        let e = entries();
        assert_eq!(
            e[1].disagreements,
            [(
                "Distance flown",
                "about 300 km (South Korea's Joint Chiefs of Staff (JCS)) to about 350 km (Japan's Ministry of Defense (MoD))"
                    .to_owned()
            )]
        );
        // In May both put it at 350 km, one as "more than": no range to show.
        assert!(e[3]
            .disagreements
            .iter()
            .all(|(label, _)| *label != "Distance flown"));
    }

    #[test]
    fn exercise_is_a_span_of_days() {
        let e = entries();
        assert_eq!(e[0].when_local, "4–14 Mar 2024");
        assert_eq!(e[0].when_utc, None);
    }

    #[test]
    fn march_distances_name_both_sources() {
        let e = entries();
        let march = &e[1];
        let distances: Vec<(String, String)> = march
            .figures
            .iter()
            .filter(|f| f.label == "Distance flown")
            .map(|f| (f.value.clone(), f.publisher.as_str().to_owned()))
            .collect();
        assert_eq!(
            distances,
            [
                (
                    "about 300 km".to_owned(),
                    "South Korea's Joint Chiefs of Staff (JCS)".to_owned()
                ),
                (
                    "about 350 km".to_owned(),
                    "Japan's Ministry of Defense (MoD)".to_owned()
                )
            ]
        );
        assert_eq!(march.sources[0], (2, "jcs-2024-03-18".to_owned()));
        assert_eq!(march.place_names, ["Pyongyang"]);
    }
}
