//! Facts the explainer computes for a launch, shown apart from what sources reported: distances
//! from the launch site, and how the reported apogee compares with a minimum-energy arc.

use crate::earth::ballistics::{
    flight_shape, min_energy_apogee_m, standard_range, FlightShape, StandardRange, BURNOUT_ALTITUDE_M,
};
use crate::earth::geodesy::distance_m;
use crate::earth::nearest::nearest;
use crate::event::figure_text::figure_value_text;
use crate::story::check::CheckedStory;
use crate::story::zones::ZoneCoast;
use crate::story::{EventKind, PlaceKind, Quantity};
use crate::text::number_text::{format_km, format_number};
use crate::text::ordering::sort_by_f64_key;
use crate::text::strings::{fill, join_as, more_strings, strings};

/// What is computed for one launch.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchFacts {
    /// The launch site's name.
    pub launch_site: String,
    /// `(place name, distance_m)` to each capital in the story, nearest first.
    pub to_capitals: Vec<(String, f64)>,
    /// `(country, distance_m)` from the launch site to the nearest coast of each country whose
    /// zone the story shows; none until the basemap loads.
    pub to_coasts: Vec<(String, f64)>,
    /// `(reported range_m, minimum-energy apogee_m)` for the smallest and largest reported range.
    pub min_energy_apogees: Vec<(f64, f64)>,
    /// One sentence on whether the reported flight was depressed or lofted.
    pub shape_sentence: Option<String>,
}

/// The computed facts for event `index`, if it is a missile launch with a known site.
///
/// ```
/// let c = launchmap::testing::default_story();
/// let march = c.story.events.iter().position(|e| e.id == "launch-2024-03-18").unwrap();
/// let facts = launchmap::launch_facts(&c, march, &[]).unwrap();
/// assert_eq!(facts.to_capitals[0].0, "Seoul");
/// ```
pub fn launch_facts(checked: &CheckedStory, index: usize, coasts: &[ZoneCoast]) -> Option<LaunchFacts> {
    let story = &checked.story;
    let event = &story.events[index];
    if event.kind != EventKind::MissileLaunch {
        return None;
    }
    let site = story.place(event.places.first()?)?;
    let at = site.at();
    let mut to_capitals: Vec<(String, f64)> = story
        .places
        .iter()
        .filter(|p| p.kind == PlaceKind::Capital && p.id != site.id)
        .map(|p| (p.name.as_str().to_owned(), distance_m(at, p.at())))
        // A capital within 50 km is the launch site's own city (Pyongyang for Sunan), not a target.
        .filter(|(_, d)| *d > 50_000.0)
        .collect();
    sort_by_f64_key(&mut to_capitals, |c| c.1);

    let reported = |q: Quantity| -> Vec<(f64, String)> {
        event
            .figures
            .iter()
            .filter(|f| f.quantity == q)
            .flat_map(|f| {
                let who = story
                    .source(&f.source)
                    .map(|s| s.publisher.as_str().to_owned())
                    .unwrap_or_default();
                f.numbers().map(move |km| (km * 1000.0, who.clone()))
            })
            .collect()
    };
    let ranges = reported(Quantity::Distance);
    let shortest = ranges.iter().map(|r| r.0).reduce(f64::min);
    let longest = ranges.iter().map(|r| r.0).reduce(f64::max);
    let mut min_energy_apogees = Vec::new();
    if let (Some(lo), Some(hi)) = (shortest, longest) {
        min_energy_apogees.push((lo, min_energy_apogee_m(lo)));
        if hi > lo {
            min_energy_apogees.push((hi, min_energy_apogee_m(hi)));
        }
    }
    let shape_sentence =
        reported(Quantity::Apogee)
            .first()
            .zip(shortest.zip(longest))
            .map(|((apogee, who), (lo, hi))| {
                let (at_lo, at_hi) = (flight_shape(*apogee, lo), flight_shape(*apogee, hi));
                let s = strings();
                let km = |m: f64| format_number(m / 1000.0, 0);
                let arc = if hi > lo {
                    let numbers = [min_energy_apogee_m(lo), min_energy_apogee_m(hi), lo, hi].map(km);
                    fill(s.shape_arc_span, &numbers.each_ref().map(String::as_str))
                } else {
                    fill(s.shape_arc_one, &[&km(min_energy_apogee_m(lo)), &km(lo)])
                };
                let verdict = match (at_lo, at_hi) {
                    (FlightShape::Depressed, FlightShape::Depressed) => s.shape_below,
                    (FlightShape::Lofted, FlightShape::Lofted) => s.shape_above,
                    _ => s.shape_close,
                };
                fill(verdict, &[who, &format_km(*apogee), &arc])
            });
    Some(LaunchFacts {
        launch_site: site.name.as_str().to_owned(),
        to_capitals,
        to_coasts: coasts
            .iter()
            .filter_map(|z| Some((z.name.clone(), nearest(&[at], &z.coast)?.distance_m)))
            .collect(),
        min_energy_apogees,
        shape_sentence,
    })
}

/// For a lofted launch (a reported apogee above a quarter of its longest reported range): how
/// far the same missile would fly on a minimum-energy path, or why no number is given, with
/// the model's assumptions. `None` for a flight that is not lofted.
///
/// ```
/// let c = launchmap::testing::default_story();
/// let may = c.story.events.iter().position(|e| e.id == "launch-2024-05-30").unwrap();
/// assert_eq!(launchmap::standard_range_sentence(&c, may), None, "an SRBM's flight is not lofted that far");
/// ```
pub fn standard_range_sentence(checked: &CheckedStory, index: usize) -> Option<String> {
    let event = &checked.story.events[index];
    // One source's apogee and distance, so that the sentence rests on figures that belong
    // together: of the sources that give both, the one with the highest apogee.
    let largest = |q: Quantity, source: &str| {
        event
            .figures
            .iter()
            .filter(|f| f.quantity == q && f.source == source)
            .flat_map(|f| f.numbers())
            .reduce(f64::max)
            .map(|km| km * 1000.0)
    };
    let (apogee_m, range_m, source) = event
        .figures
        .iter()
        .filter_map(|f| {
            let source = f.source.as_str();
            Some((
                largest(Quantity::Apogee, source)?,
                largest(Quantity::Distance, source)?,
                source,
            ))
        })
        .reduce(|a, b| if b.0 > a.0 { b } else { a })?;
    let publisher = checked
        .story
        .source(source)
        .map_or(source.to_owned(), |s| s.publisher.as_str().to_owned());
    let speed = |m_s: f64| format_number(m_s / 1000.0, 1);
    let burnout = format_km(BURNOUT_ALTITUDE_M);
    let computed = match standard_range(apogee_m, range_m, BURNOUT_ALTITUDE_M) {
        StandardRange::Range {
            range_m,
            burnout_speed_m_s,
        } => Some(fill(
            more_strings().standard_range,
            &[
                &speed(burnout_speed_m_s),
                &format_km((range_m / 100_000.0).round() * 100_000.0),
                &burnout,
                &publisher,
            ],
        )),
        StandardRange::Orbital {
            burnout_speed_m_s,
            circular_speed_m_s,
        } => Some(fill(
            more_strings().standard_orbital,
            &[
                &speed(burnout_speed_m_s),
                &speed(circular_speed_m_s),
                &burnout,
                &publisher,
            ],
        )),
        StandardRange::NotLofted | StandardRange::OutsideModel => None,
    }?;
    // Beside the computed range, what the story's sources published for the weapon, each with
    // who published it: a reader weighs the two.
    let published: Vec<String> = event
        .figures
        .iter()
        .filter(|f| f.quantity == Quantity::ClaimedRange)
        .map(|f| {
            let by = checked
                .story
                .source(&f.source)
                .map_or(f.source.as_str(), |s| s.publisher.as_str());
            fill(strings().list_detail, &[&figure_value_text(f), by])
        })
        .collect();
    if published.is_empty() {
        return Some(computed);
    }
    let list = join_as(strings().list_items, &published);
    // Japanese puts no space after its full stop.
    let gap = if computed.ends_with('。') { "" } else { " " };
    let published = fill(more_strings().standard_published, &[&list]);
    Some(format!("{computed}{gap}{published}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard-range sentence of the shipped Hwasong-19 story's launch, in the language in use.
    fn hwasong_19_sentence() -> String {
        let checked = crate::check_story(
            "hwasong-19-2024.json",
            include_bytes!("../../stories/hwasong-19-2024.json"),
        )
        .expect("the shipped story checks");
        let launch = checked
            .launch_indices_in_time_order()
            .next_back()
            .expect("a launch");
        standard_range_sentence(&checked, launch).expect("a lofted flight")
    }

    #[test]
    fn in_japanese_the_published_estimate_follows_the_full_stop_with_no_space() {
        crate::testing::use_committed_language(crate::Lang::Ja);
        let sentence = hwasong_19_sentence();
        crate::testing::use_committed_language(crate::Lang::En);
        assert!(
            sentence.contains("地球）。公表された射程の推定値："),
            "{sentence}"
        );
    }

    #[test]
    fn hwasong_19_reaches_orbital_speed_so_no_standard_range_is_given() {
        let sentence = hwasong_19_sentence();
        assert!(
            sentence.ends_with("Published estimates of its range: more than 15,000 km (Japan's Chief Cabinet Secretary, Yoshimasa Hayashi)."),
            "{sentence}"
        );
        assert!(
            sentence.contains("at least orbital speed there (7.7 km/s)"),
            "{sentence}"
        );
        assert!(sentence.contains("burnout assumed 300 km up"), "{sentence}");
    }

    fn facts(id: &str) -> LaunchFacts {
        let c = crate::testing::default_story();
        let i = c.story.events.iter().position(|e| e.id == id).unwrap();
        launch_facts(&c, i, &[]).unwrap()
    }

    #[test]
    fn march_launch_was_depressed_against_74_to_86_km() {
        let f = facts("launch-2024-03-18");
        assert_eq!(f.launch_site, "Pyongyang");
        assert_eq!(f.min_energy_apogees.len(), 2);
        approx::assert_abs_diff_eq!(f.min_energy_apogees[0].1 / 1000.0, 74.0, epsilon = 1.0);
        approx::assert_abs_diff_eq!(f.min_energy_apogees[1].1 / 1000.0, 86.0, epsilon = 1.0);
        assert_eq!(
            f.shape_sentence.as_deref(),
            Some("Japan's Ministry of Defense (MoD) put the apogee at 50 km, below the 74–86 km of a minimum-energy arc to 300–350 km: a depressed, flatter flight, which is harder to intercept.")
        );
    }

    #[test]
    fn may_launch_from_sunan_was_lofted_and_is_214_km_from_seoul() {
        let f = facts("launch-2024-05-30");
        assert_eq!(f.launch_site, "Sunan");
        assert_eq!(f.to_capitals[0].0, "Seoul");
        approx::assert_abs_diff_eq!(f.to_capitals[0].1, 214_193.8, epsilon = 1.0);
        let sentence = f.shape_sentence.unwrap();
        assert!(
            sentence.contains("above the 86 km of a minimum-energy arc to 350 km: a lofted flight"),
            "{sentence}"
        );
    }

    #[test]
    fn other_events_have_no_launch_facts() {
        let c = crate::testing::default_story();
        let exercise = c
            .story
            .events
            .iter()
            .position(|e| e.id == "freedom-shield-24")
            .unwrap();
        assert_eq!(launch_facts(&c, exercise, &[]), None);
    }
}
