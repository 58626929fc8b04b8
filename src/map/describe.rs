//! The map in words, for readers who cannot see it: what it marks, the rings and who reported
//! them, what lies inside the reader's ring, the estimated impact area with its basis, and every
//! mark as a table row with its distance and direction from the launch site.

use crate::earth::geodesy::{bearing_deg, distance_m, LatLon};
use crate::map::estimate_text::estimate_sentences;
use crate::map::flights::flight_marks;
use crate::map::marks::{centre_place, launch_site, projection_for};
use crate::map::rings::{in_range, reported_rings};
use crate::story::check::CheckedStory;
use crate::story::Place;
use crate::text::number_text::{format_km, format_number};
use crate::text::ordering::sort_by_f64_key;
use crate::text::strings::{fill, join_as, more_strings, nth, strings};

/// Below this, a place is the launch site itself, and has no direction from it.
const SAME_PLACE_M: f64 = 1000.0;

/// One of the story's places, as the table alternative to the map lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkRow {
    /// The place's id in the story.
    pub place_id: String,
    /// The place's name, in the reader's language.
    pub name: String,
    /// Geodesic distance from the launch site, in metres.
    pub distance_m: f64,
    /// The compass point of the initial bearing from the launch site; `None` at the site itself.
    pub direction: Option<&'static str>,
    /// Whether it lies within the reader's ring.
    pub inside_ring: bool,
}

/// What the map shows, in words: sentences in reading order, and a row for every mark.
#[derive(Debug, Clone, PartialEq)]
pub struct MapText {
    /// The description, one sentence or short paragraph each.
    pub sentences: Vec<String>,
    /// Every place, nearest to the launch site first.
    pub rows: Vec<MarkRow>,
}

/// The sixteen-point compass word for a bearing, in the reader's language.
///
/// ```
/// use launchmap::compass_word;
/// assert_eq!(compass_word(0.0), "north");
/// assert_eq!(compass_word(100.0), "east");
/// assert_eq!(compass_word(350.0), "north");
/// assert_eq!(compass_word(-45.0), "northwest");
/// ```
pub fn compass_word(bearing_deg: f64) -> &'static str {
    let index = ((bearing_deg.rem_euclid(360.0) + 11.25) / 22.5) as usize % 16;
    nth(strings().compass_points, index)
}

/// A place's accessible name on the map: its name and how far it is from the launch site.
///
/// ```
/// use launchmap::{mark_name, LatLon};
/// let sunan = LatLon::new(39.2, 125.67);
/// let seoul = LatLon::new(37.5665, 126.978);
/// assert_eq!(mark_name("Seoul", seoul, Some(("Sunan", sunan))), "Seoul, 214.3 km from Sunan");
/// assert_eq!(mark_name("Sunan", sunan, Some(("Sunan", sunan))), "Sunan, the launch site");
/// assert_eq!(mark_name("Seoul", seoul, None), "Seoul");
/// ```
pub fn mark_name(name: &str, at: LatLon, site: Option<(&str, LatLon)>) -> String {
    let s = strings();
    match site {
        None => name.to_owned(),
        Some((_, from)) if distance_m(from, at) < SAME_PLACE_M => fill(s.mark_site, &[name]),
        Some((site, from)) => fill(s.mark_distance, &[name, &format_km(distance_m(from, at)), site]),
    }
}

/// The map in words for launch `launch` (the focus, as the map shows it) and the reader's ring
/// of `ring_km`. Without a launch, distances are from the place the map is centred on.
///
/// ```
/// use launchmap::describe_map;
/// let checked = launchmap::testing::default_story();
/// let latest = checked.launch_indices_in_time_order().next_back();
/// let text = describe_map(&checked, latest, 300.0);
/// assert!(text.sentences[0].starts_with("The map marks the story's"), "{:?}", text.sentences);
/// let seoul = text.rows.iter().find(|r| r.name == "Seoul").unwrap();
/// assert!(seoul.inside_ring);
/// ```
pub fn describe_map(checked: &CheckedStory, launch: Option<usize>, ring_km: f64) -> MapText {
    let story = &checked.story;
    let projection = projection_for(story);
    // Without a launch, the place the map is centred on.
    let site_place = launch
        .and_then(|f| checked.first_place(f))
        .or_else(|| centre_place(story));
    let site_name = site_place.map_or(String::new(), |p| p.name.as_str().to_owned());
    let from = launch
        .and_then(|f| launch_site(checked, f))
        .unwrap_or_else(|| projection.centre());
    let inside = launch.map(|f| in_range(checked, f, ring_km)).unwrap_or_default();

    let mut rows: Vec<MarkRow> = story
        .places
        .iter()
        .map(|p: &Place| {
            let distance_m = distance_m(from, p.at());
            MarkRow {
                place_id: p.id.clone(),
                name: p.name.as_str().to_owned(),
                distance_m,
                direction: (distance_m >= SAME_PLACE_M).then(|| compass_word(bearing_deg(from, p.at()))),
                inside_ring: inside.iter().any(|r| r.place_id == p.id),
            }
        })
        .collect();
    sort_by_f64_key(&mut rows, |r| r.distance_m);

    let mut sentences = vec![fill(
        more_strings().map_text_marks,
        &[&format_number(story.places.len() as f64, 0), &site_name],
    )];
    let Some(f) = launch else {
        return MapText { sentences, rows };
    };
    // Distances flown and ranges claimed for the weapon, each in a sentence of its own.
    let (claimed, flown): (Vec<_>, Vec<_>) = reported_rings(checked, f, &projection)
        .into_iter()
        .partition(|r| r.claimed);
    let words = more_strings();
    for (rings, pattern) in [(flown, words.map_text_rings), (claimed, words.map_text_claimed)] {
        let rings: Vec<String> = rings
            .iter()
            .map(|r| {
                let by = join_as(strings().list_items, &r.reported_by);
                fill(strings().list_detail, &[&format_km(r.radius_km * 1000.0), &by])
            })
            .collect();
        if !rings.is_empty() {
            sentences.push(fill(pattern, &[&join_as(strings().list_groups, &rings)]));
        }
    }
    sentences.push(ring_sentence(inside.len(), ring_km, &site_name));
    if !inside.is_empty() {
        let names: Vec<String> = inside
            .iter()
            .map(|r| fill(strings().list_detail, &[&r.name, &format_km(r.distance_m)]))
            .collect();
        sentences.push(fill(
            words.map_text_in_ring,
            &[&join_as(strings().list_items, &names)],
        ));
    }
    let id = story.events[f].id.as_str();
    if let Some(mark) = flight_marks(checked, None, &projection, Some(id))
        .iter()
        .find(|m| m.estimate.event_id == id)
    {
        sentences.extend(estimate_sentences(checked, mark));
    }
    MapText { sentences, rows }
}

/// The one sentence the page announces when the reader's ring or the launch changes.
///
/// ```
/// assert_eq!(launchmap::ring_sentence(3, 300.0, "Sunan"), "3 of the story's places within 300 km of Sunan.");
/// ```
pub fn ring_sentence(count: usize, ring_km: f64, site: &str) -> String {
    fill(
        strings().ring_status,
        &[
            &format_number(count as f64, 0),
            &format_km(ring_km * 1000.0),
            site,
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::scene::focus_launch;
    use crate::testing::default_story;

    #[test]
    fn seoul_reads_214_km_south_southeast_of_sunan() {
        let checked = default_story();
        let text = describe_map(&checked, focus_launch(&checked, None), 300.0);
        let seoul = text
            .rows
            .iter()
            .find(|r| r.name == "Seoul")
            .expect("Seoul is a place");
        assert_eq!(format_km(seoul.distance_m), "214.2 km");
        // Sunan (39.2 N, 125.67 E) to Seoul (37.57 N, 126.98 E): initial bearing about 148°, SSE.
        assert_eq!(seoul.direction, Some("south-southeast"));
    }

    #[test]
    fn rows_cover_every_place_nearest_first() {
        let checked = default_story();
        let text = describe_map(&checked, focus_launch(&checked, None), 300.0);
        assert_eq!(text.rows.len(), checked.story.places.len());
        assert!(text.rows.windows(2).all(|w| w[0].distance_m <= w[1].distance_m));
        assert_eq!(
            text.rows[0].direction, None,
            "the launch site comes first, with no direction"
        );
    }

    #[test]
    fn the_ring_decides_who_is_inside() {
        let checked = default_story();
        let focus = focus_launch(&checked, None);
        let small = describe_map(&checked, focus, 50.0);
        let large = describe_map(&checked, focus, 5000.0);
        let count = |t: &MapText| t.rows.iter().filter(|r| r.inside_ring).count();
        assert!(count(&small) < count(&large));
        // The launch site is the ring's centre, not a place inside it (as in the list beside the map).
        assert_eq!(
            count(&large),
            checked.story.places.len() - 1,
            "Guam and all the rest are within 5,000 km"
        );
        assert!(large
            .sentences
            .iter()
            .any(|s| s.starts_with("Inside your ring: ")));
    }

    #[test]
    fn the_description_names_ring_sources_and_the_estimate() {
        let checked = default_story();
        let text = describe_map(&checked, focus_launch(&checked, None), 300.0)
            .sentences
            .join(" ");
        assert!(
            text.contains("Rings mark the distances reported for this launch: "),
            "{text}"
        );
        assert!(
            text.contains("Joint Chiefs"),
            "the reported ring names its source: {text}"
        );
        assert!(text.contains("northeast"), "the estimate's direction: {text}");
    }

    #[test]
    fn without_a_launch_there_is_no_ring_or_estimate() {
        let checked = default_story();
        let text = describe_map(&checked, None, 300.0);
        assert_eq!(text.sentences.len(), 1);
        assert!(
            text.sentences[0].ends_with("from Sunan, the launch site."),
            "{:?}",
            text.sentences
        );
        assert!(text.rows.iter().all(|r| !r.inside_ring));
    }

    #[test]
    fn japanese_lists_take_japanese_commas_and_brackets() {
        let checked = default_story();
        crate::testing::use_committed_language(crate::Lang::Ja);
        let text = describe_map(&checked, focus_launch(&checked, None), 1000.0)
            .sentences
            .join("");
        crate::testing::use_committed_language(crate::Lang::En);
        let inside = text
            .split("設定した距離円の内側：")
            .nth(1)
            .unwrap_or_else(|| panic!("no places inside: {text}"));
        assert!(inside.contains("、") && inside.contains("（"), "{inside}");
        assert!(!text.contains(", ") && !text.contains("; "), "{text}");
    }
}
