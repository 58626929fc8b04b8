//! What the "What is estimated" panel says about one launch's estimated impact area: each part
//! of the estimate, with what it rests on.

use crate::event::figure_text::figure_value_text;
use crate::map::scene::FlightMark;
use crate::story::check::CheckedStory;
use crate::story::Quantity;
use crate::text::number_text::{format_km, format_number};
use crate::text::strings::{fill, join_as, strings};

/// The panel's sentences, in reading order.
///
/// ```
/// use launchmap::{estimate_sentences, flight_marks, projection_for};
/// let checked = launchmap::testing::default_story();
/// let marks = flight_marks(&checked, None, &projection_for(&checked.story), None);
/// let text = estimate_sentences(&checked, &marks[0]).join(" ");
/// assert!(text.contains("northeast"), "{text}");
/// assert!(text.contains("22.5°–67.5°"), "{text}");
/// ```
pub fn estimate_sentences(checked: &CheckedStory, mark: &FlightMark) -> Vec<String> {
    let s = strings();
    let e = &mark.estimate;
    let story = &checked.story;
    let publisher = |id: &str| {
        story
            .source(id)
            .map_or(id.to_owned(), |src| src.publisher.as_str().to_owned())
    };
    let site = story
        .place(&e.launch_place_id)
        .map_or(e.launch_place_id.to_string(), |p| p.name.as_str().to_owned());
    let [from_deg, to_deg] = e.bearings_deg;
    let reported_by = e
        .direction_source
        .as_deref()
        .map(|id| fill(s.estimate_as_reported_by, &[&publisher(id)]))
        .unwrap_or_else(|| s.estimate_assumed.to_owned());
    let bearings = if e.sector_width_deg() == 0.0 {
        format!("{}°", format_number(from_deg, 2))
    } else {
        format!("{}°–{}°", format_number(from_deg, 2), format_number(to_deg, 2))
    };
    let point = e.direction.map_or("", |d| d.name());
    // Without a compass point the space kept for it doubles, which HTML shows as one.
    let direction = fill(s.estimate_direction, &[point, &bearings, &site, &reported_by]);
    let event = story.events.iter().find(|ev| ev.id == e.event_id);
    let figures: Vec<String> = event
        .into_iter()
        .flat_map(|ev| &ev.figures)
        .filter(|f| matches!(f.quantity, Quantity::Distance | Quantity::TargetDistance))
        .map(|f| {
            let what = if f.quantity == Quantity::TargetDistance {
                s.estimate_declared_target
            } else {
                "{}"
            };
            fill(
                s.list_detail,
                &[&fill(what, &[&figure_value_text(f)]), &publisher(&f.source)],
            )
        })
        .collect();
    let band = if e.min_distance_m == e.max_distance_m {
        format_km(e.min_distance_m)
    } else {
        let numbers = format!(
            "{}–{}",
            format_number(e.min_distance_m / 1000.0, 0),
            format_number(e.max_distance_m / 1000.0, 1)
        );
        fill(s.number_unit, &[&numbers, s.unit_km])
    };
    let mut sentences = vec![
        s.estimate_lead.to_owned(),
        direction,
        fill(s.estimate_distance, &[&band, &join_as(s.list_groups, &figures)]),
    ];
    if mark.sampled_cells > 0 && mark.sea_cells < mark.sampled_cells {
        let sea_pct = crate::map::flights::sea_percent(mark.sea_cells, mark.sampled_cells);
        sentences.push(fill(s.estimate_sea, &[&format_number(sea_pct, 0)]));
    }
    sentences.push(e.basis.clone());
    if let (Some((country, coast)), Some(outside)) = (&mark.to_coast, mark.outside_eez()) {
        let line = mark
            .to_eez_line
            .map(|n| fill(s.estimate_distance_line, &[&format_km(n.distance_m)]))
            .unwrap_or_default();
        let side = if outside {
            s.estimate_outside
        } else {
            s.estimate_inside
        };
        sentences.push(fill(
            s.estimate_nearest,
            &[&format_km(coast.distance_m), &line, side, country],
        ));
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::scene::{flight_marks, projection_for};

    fn sentences(event_id: &str, with_basemap: bool) -> Vec<String> {
        let checked = crate::testing::default_story();
        let basemap = with_basemap.then(crate::testing::basemap);
        let marks = flight_marks(&checked, basemap.as_ref(), &projection_for(&checked.story), None);
        let mark = marks.iter().find(|m| m.estimate.event_id == event_id).unwrap();
        estimate_sentences(&checked, mark)
    }

    #[test]
    fn may_estimate_names_the_direction_its_source_and_the_declared_target() {
        let text = sentences("launch-2024-05-30", false).join(" ");
        assert!(text.contains("northeast (22.5°–67.5° from Sunan)"), "{text}");
        assert!(
            text.contains("as reported by Japan's Ministry of Defense (MoD)."),
            "{text}"
        );
        assert!(text.contains("350–365 km"), "{text}");
        assert!(text.contains("island target 365 km"), "{text}");
        // Without the basemap nothing is measured to Japan's coast.
        assert!(!text.contains("Japan's coast"), "{text}");
    }

    /// The sentences of the March estimate for the default story choosing the zones `eez`.
    fn march_with_zones(eez: &[&str]) -> String {
        let mut checked = crate::testing::default_story();
        checked.story.eez = Some(eez.iter().map(|&c| c.into()).collect());
        let basemap = crate::testing::basemap();
        let marks = flight_marks(&checked, Some(&basemap), &projection_for(&checked.story), None);
        let mark = marks
            .iter()
            .find(|m| m.estimate.event_id == "launch-2024-03-18")
            .unwrap();
        estimate_sentences(&checked, mark).join(" ")
    }

    #[test]
    fn the_estimate_measures_to_the_zones_the_story_chooses_and_says_nothing_of_one_it_cannot() {
        let korea = march_with_zones(&["South Korea"]);
        assert!(korea.contains("from South Korea's coast"), "{korea}");
        assert!(!korea.contains("Japan's coast"), "{korea}");
        // Malta has no land in the region's basemap: neither its distance nor a verdict.
        let malta = march_with_zones(&["Malta", "Japan"]);
        assert!(
            !malta.contains("nearest point") && !malta.contains("outside it"),
            "{malta}"
        );
        assert!(!march_with_zones(&[]).contains("nearest point"));
    }

    #[test]
    fn march_estimate_takes_out_the_land_and_measures_from_the_nearest_point() {
        let text = sentences("launch-2024-03-18", true).join(" ");
        assert!(text.contains("% of that sector and band is sea"), "{text}");
        assert!(text.contains("nearest point"), "{text}");
        assert!(text.contains("outside it"), "{text}");
        // The default story shows Japan's zone, and measures to Japan's coast.
        assert!(text.contains("from Japan's coast, "), "{text}");
    }
}
