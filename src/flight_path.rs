//! Estimated flight paths and impact areas. No source published where the missiles came down,
//! so these rest on an assumed bearing (from the story file) and the reported distances, and
//! the map says so.

use crate::geodesy::{destination, LatLon};
use crate::story::{EventKind, Quantity};
use crate::story_check::CheckedStory;

/// Spacing of the points that draw a path, in metres.
const STEP_M: f64 = 10_000.0;

/// One launch's estimated flight.
#[derive(Debug, Clone, PartialEq)]
pub struct FlightEstimate {
    pub event_id: String,
    pub launch_place_id: String,
    pub launch_site: LatLon,
    pub bearing_deg: f64,
    /// Why the bearing was assumed, in the story's words.
    pub basis: String,
    /// The smallest and largest distance any source reported.
    pub min_distance_m: f64,
    pub max_distance_m: f64,
    /// Along the geodesic from the launch site to the largest reported distance.
    pub path: Vec<LatLon>,
    /// The stretch of the path between the smallest and largest reported distances.
    pub impact_area: Vec<LatLon>,
}

/// Points along the geodesic from `origin` at `bearing_deg`, from `start_m` to `end_m`.
fn along(origin: LatLon, bearing_deg: f64, start_m: f64, end_m: f64) -> Vec<LatLon> {
    let steps = ((end_m - start_m) / STEP_M).ceil().max(1.0) as usize;
    (0..=steps)
        .map(|i| {
            destination(
                origin,
                bearing_deg,
                start_m + (end_m - start_m) * i as f64 / steps as f64,
            )
        })
        .collect()
}

/// Every missile launch with an assumed flight and at least one reported distance.
///
/// ```
/// let checked = launchmap::story_check::check_story("s", launchmap::DEFAULT_STORY_JSON.as_bytes()).unwrap();
/// let flights = launchmap::flight_path::flight_estimates(&checked);
/// assert_eq!(flights.len(), 2);
/// assert_eq!((flights[0].min_distance_m, flights[0].max_distance_m), (300_000.0, 350_000.0));
/// ```
pub fn flight_estimates(checked: &CheckedStory) -> Vec<FlightEstimate> {
    let story = &checked.story;
    checked
        .chronological
        .iter()
        .map(|&i| &story.events[i])
        .filter(|e| e.kind == EventKind::MissileLaunch)
        .filter_map(|event| {
            let flight = event.flight.as_ref()?;
            let site = story.place(event.places.first()?)?;
            let distances_m: Vec<f64> = event
                .figures
                .iter()
                .filter(|f| f.quantity == Quantity::Distance)
                .flat_map(|f| f.numbers())
                .map(|km| km * 1000.0)
                .collect();
            let min_distance_m = distances_m.iter().copied().reduce(f64::min)?;
            let max_distance_m = distances_m.iter().copied().reduce(f64::max)?;
            let launch_site = LatLon::new(site.lat_deg, site.lon_deg);
            let bearing_deg = flight.assumed_bearing_deg;
            Some(FlightEstimate {
                event_id: event.id.clone(),
                launch_place_id: site.id.clone(),
                launch_site,
                bearing_deg,
                basis: flight.basis.clone(),
                min_distance_m,
                max_distance_m,
                path: along(launch_site, bearing_deg, 0.0, max_distance_m),
                impact_area: along(launch_site, bearing_deg, min_distance_m, max_distance_m),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodesy::distance_m;
    use crate::story_check::check_story;

    fn flights() -> Vec<FlightEstimate> {
        flight_estimates(&check_story("s", crate::DEFAULT_STORY_JSON.as_bytes()).unwrap())
    }

    #[test]
    fn march_path_runs_from_pyongyang_to_350_km_and_the_area_spans_300_to_350() {
        let march = &flights()[0];
        assert_eq!(march.launch_place_id, "pyongyang");
        let end = *march.path.last().unwrap();
        assert!((distance_m(march.launch_site, end) - 350_000.0).abs() < 1e-3);
        let near = march.impact_area[0];
        assert!((distance_m(march.launch_site, near) - 300_000.0).abs() < 1e-3);
        // East by north, out past the coast: the end lies east of 129°E.
        assert!(end.lon_deg > 129.0 && end.lat_deg > march.launch_site.lat_deg);
    }

    #[test]
    fn may_reports_agree_on_350_km_so_the_area_is_one_distance() {
        let may = &flights()[1];
        assert_eq!(may.launch_place_id, "sunan");
        assert_eq!((may.min_distance_m, may.max_distance_m), (350_000.0, 350_000.0));
        assert_eq!(may.impact_area.len(), 2);
    }

    #[test]
    fn path_points_are_no_more_than_ten_km_apart() {
        for f in flights() {
            for pair in f.path.windows(2) {
                assert!(distance_m(pair[0], pair[1]) <= 10_000.0 + 1e-6);
            }
        }
    }
}
