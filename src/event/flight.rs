//! Estimated flight directions and impact areas. No source publishes where the missiles came
//! down, so these rest on what the sources did say, and the map says so: a reported direction
//! ("northeast") is a sector of bearings, the reported distances (and any declared target
//! distance) a band, and the impact area is the part of that sector and band that lies at sea.

use geo::{LineString, Polygon};

use crate::earth::geodesy::{destination, LatLon};
use crate::story::check::CheckedStory;
use crate::story::{CompassPoint, Quantity};

/// The widest angle between two rays of the impact area, in degrees. Each corner is one
/// geodesic on the ellipsoid, and the scene has 2 ms for all of them.
const RAY_STEP_DEG: f64 = 2.0;
/// The longest step along a ray when testing for land, in metres.
const SAMPLE_STEP_M: f64 = 10_000.0;
/// The most rays and steps an area is sampled with, so that a wide sector or band (a story may
/// give 20,000 km) costs no more than this.
const MAX_RAYS: usize = 60;
const MAX_STEPS: usize = 40;

/// How many rays divide the estimate's sector.
fn ray_count(estimate: &FlightEstimate) -> usize {
    ((estimate.sector_width_deg() / RAY_STEP_DEG).ceil() as usize).min(MAX_RAYS)
}

/// One launch's estimated flight: where the sources say it went, before the land is taken out.
#[derive(Debug, Clone, PartialEq)]
pub struct FlightEstimate {
    /// Id of the launch event in the story.
    pub event_id: String,
    /// Id of the place the missile was fired from: the event's first place.
    pub launch_place_id: String,
    /// Where the launch site is, from its place in the story.
    pub launch_site: LatLon,
    /// The sector of initial bearings, `[from, to]` swept clockwise; both the same for a single
    /// assumed bearing.
    pub bearings_deg: [f64; 2],
    /// The compass point a source reported, if the sector comes from one.
    pub direction: Option<CompassPoint>,
    /// Id of the source that reported the direction.
    pub direction_source: Option<String>,
    /// What the sector rests on, in the story's words.
    pub basis: String,
    /// The smallest and largest distance any source reported, declared targets included.
    pub min_distance_m: f64,
    /// The largest distance any source reported, declared targets included.
    pub max_distance_m: f64,
    /// Declared target distances (for example an island target state media named), in metres.
    pub target_distances_m: Vec<f64>,
}

impl FlightEstimate {
    /// How wide the sector is, in degrees.
    pub fn sector_width_deg(&self) -> f64 {
        (self.bearings_deg[1] - self.bearings_deg[0]).rem_euclid(360.0)
    }

    /// The bearing a share `t` (0 to 1) of the way across the sector.
    fn bearing_at(&self, t: f64) -> f64 {
        (self.bearings_deg[0] + self.sector_width_deg() * t).rem_euclid(360.0)
    }

    /// The outline of the reported direction: out from the launch site along the sector's first
    /// bearing to the largest distance, along that distance to the last bearing, and back; for
    /// one bearing, the line out and back.
    pub fn sector_outline(&self) -> Vec<LatLon> {
        let rays = ray_count(self);
        let mut points = vec![self.launch_site];
        points.extend((0..=rays).map(|i| {
            let bearing_deg = self.bearing_at(i as f64 / rays.max(1) as f64);
            destination(self.launch_site, bearing_deg, self.max_distance_m)
        }));
        points.push(self.launch_site);
        points
    }
}

/// Every missile launch with a flight assumption and at least one reported distance.
///
/// ```
/// let checked = launchmap::testing::default_story();
/// let flights = launchmap::flight_estimates(&checked);
/// let march = flights.iter().find(|f| f.event_id == "launch-2024-03-18").unwrap();
/// assert_eq!(march.bearings_deg, [22.5, 67.5]);
/// assert_eq!((march.min_distance_m, march.max_distance_m), (300_000.0, 350_000.0));
/// ```
pub fn flight_estimates(checked: &CheckedStory) -> Vec<FlightEstimate> {
    let story = &checked.story;
    checked
        .launches_in_time_order()
        .filter_map(|event| {
            let flight = event.flight.as_ref()?;
            let site = story.place(event.places.first()?)?;
            let distances_m = |quantity: Quantity| {
                event
                    .figures
                    .iter()
                    .filter(move |f| f.quantity == quantity)
                    .flat_map(|f| f.numbers())
                    .map(|km| km * 1000.0)
            };
            let target_distances_m: Vec<f64> = distances_m(Quantity::TargetDistance).collect();
            let band: Vec<f64> = distances_m(Quantity::Distance)
                .chain(target_distances_m.iter().copied())
                .collect();
            let min_distance_m = band.iter().copied().reduce(f64::min)?;
            let max_distance_m = band.iter().copied().reduce(f64::max)?;
            let bearings_deg = match (
                flight.direction,
                flight.bearing_range_deg,
                flight.assumed_bearing_deg,
            ) {
                (Some(point), _, _) => point.sector_deg(),
                (None, Some(range), _) => range,
                (None, None, Some(bearing)) => [bearing, bearing],
                (None, None, None) => return None,
            };
            Some(FlightEstimate {
                event_id: event.id.clone(),
                launch_place_id: site.id.clone(),
                launch_site: site.at(),
                bearings_deg,
                direction: flight.direction,
                direction_source: flight.direction_source.clone(),
                basis: flight.basis.as_str().to_owned(),
                min_distance_m,
                max_distance_m,
                target_distances_m,
            })
        })
        .collect()
}

/// The part of a flight's sector and band that lies at sea.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImpactArea {
    /// Quadrilaterals at sea, each a run along one ray between two neighbouring bearings.
    /// A sector of one bearing, or a band of one distance, gives flat ones, drawn as lines.
    pub cells: Vec<[LatLon; 4]>,
    /// Points on the area's edge: the nearest point of the area to anything outside it is
    /// among them.
    pub edge: Vec<LatLon>,
    /// How many of the sampled cells lay at sea, and how many were sampled.
    pub sea_cells: usize,
    /// How many cells of the sector and band were sampled; `sea_cells` of them lay at sea.
    pub sampled_cells: usize,
}

/// The sea part of `estimate`'s sector and band, sampled every 2° and every 10 km, or more coarsely past 60 rays and 40 steps.
/// A cell counts as sea when its centre is on no `land`.
///
/// ```
/// use launchmap::{impact_area, FlightEstimate};
/// use launchmap::LatLon;
/// let estimate = FlightEstimate { event_id: "e".into(), launch_place_id: "p".into(),
///     launch_site: LatLon::new(0.0, 0.0), bearings_deg: [80.0, 100.0], direction: None,
///     direction_source: None, basis: String::new(), min_distance_m: 100_000.0,
///     max_distance_m: 150_000.0, target_distances_m: vec![] };
/// let area = impact_area(&estimate, &[]);
/// assert_eq!(area.sea_cells, area.sampled_cells);
/// ```
pub fn impact_area(estimate: &FlightEstimate, land: &[Polygon<f64>]) -> ImpactArea {
    let rays = ray_count(estimate);
    // However wide the band, the samples stay bounded: the steps lengthen instead.
    let band_m = estimate.max_distance_m - estimate.min_distance_m;
    let steps = ((band_m / SAMPLE_STEP_M).ceil() as usize).min(MAX_STEPS);
    let distance_at = |j: usize| {
        estimate.min_distance_m
            + (estimate.max_distance_m - estimate.min_distance_m) * j as f64 / steps.max(1) as f64
    };
    let bearings: Vec<f64> = (0..=rays)
        .map(|i| estimate.bearing_at(i as f64 / rays.max(1) as f64))
        .collect();
    let distances: Vec<f64> = (0..=steps).map(distance_at).collect();
    let corners: Vec<Vec<LatLon>> = bearings
        .iter()
        .map(|&b| {
            distances
                .iter()
                .map(|&d| destination(estimate.launch_site, b, d))
                .collect()
        })
        .collect();
    let shore = shore_edges(&corners, land);
    let (columns, rows) = (rays.max(1), steps.max(1));
    let at = |i: usize, j: usize| corners[i.min(rays)][j.min(steps)];
    // sea[i][j]: the cell between rays i and i+1 and distances j and j+1 lies at sea.
    let sea: Vec<Vec<bool>> = (0..columns)
        .map(|i| {
            (0..rows)
                .map(|j| {
                    let c = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)];
                    let centre = LatLon::new(
                        c.iter().map(|p| p.lat_deg).sum::<f64>() / 4.0,
                        c.iter().map(|p| p.lon_deg).sum::<f64>() / 4.0,
                    );
                    !on_land(&shore, centre)
                })
                .collect()
        })
        .collect();
    let is_sea = |i: isize, j: isize| {
        i >= 0 && j >= 0 && (i as usize) < columns && (j as usize) < rows && sea[i as usize][j as usize]
    };
    let mut area = ImpactArea {
        sampled_cells: columns * rows,
        ..ImpactArea::default()
    };
    for (i, column) in sea.iter().enumerate() {
        let mut j = 0;
        while j < rows {
            if !column[j] {
                j += 1;
                continue;
            }
            let start = j;
            while j < rows && column[j] {
                j += 1;
            }
            area.sea_cells += j - start;
            area.cells
                .push([at(i, start), at(i + 1, start), at(i + 1, j), at(i, j)]);
        }
        for (j, _) in column.iter().enumerate().filter(|(_, &at_sea)| at_sea) {
            let (si, sj) = (i as isize, j as isize);
            // A side of a sea cell with no sea beyond it is on the edge.
            let sides = [
                (is_sea(si - 1, sj), (i, j), (i, j + 1)),
                (is_sea(si + 1, sj), (i + 1, j), (i + 1, j + 1)),
                (is_sea(si, sj - 1), (i, j), (i + 1, j)),
                (is_sea(si, sj + 1), (i, j + 1), (i + 1, j + 1)),
            ];
            for (beyond_is_sea, a, b) in sides {
                for p in [at(a.0, a.1), at(b.0, b.1)] {
                    if !beyond_is_sea && !area.edge.contains(&p) {
                        area.edge.push(p);
                    }
                }
            }
        }
    }
    area
}

/// The edges of every ring of `land` that a ray due east from a point among `corners` could
/// cross: those whose latitudes overlap the corners' and that do not lie wholly west of them.
fn shore_edges(corners: &[Vec<LatLon>], land: &[Polygon<f64>]) -> Vec<[f64; 4]> {
    let (mut west, mut south, mut north) = (f64::MAX, f64::MAX, f64::MIN);
    for p in corners.iter().flatten() {
        west = west.min(p.lon_deg);
        south = south.min(p.lat_deg);
        north = north.max(p.lat_deg);
    }
    land.iter()
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
        .flat_map(LineString::lines)
        .filter(|s| {
            s.start.y.max(s.end.y) >= south
                && s.start.y.min(s.end.y) <= north
                && s.start.x.max(s.end.x) >= west
        })
        .map(|s| [s.start.x, s.start.y, s.end.x, s.end.y])
        .collect()
}

/// Whether `p` is on land: a ray from it due east crosses the land's rings (exteriors and holes
/// alike, since countries do not overlap) an odd number of times.
fn on_land(edges: &[[f64; 4]], p: LatLon) -> bool {
    let (x, y) = (p.lon_deg, p.lat_deg);
    edges
        .iter()
        .filter(|&&[ax, ay, bx, by]| (ay > y) != (by > y) && x < ax + (y - ay) * (bx - ax) / (by - ay))
        .count()
        % 2
        == 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::earth::geodesy::distance_m;
    use geo::polygon;

    fn flights() -> Vec<FlightEstimate> {
        flight_estimates(&crate::testing::default_story())
    }

    fn flight(id: &str) -> FlightEstimate {
        flights().into_iter().find(|f| f.event_id == id).unwrap()
    }

    fn estimate(bearings_deg: [f64; 2], min_km: f64, max_km: f64) -> FlightEstimate {
        FlightEstimate {
            event_id: "e".into(),
            launch_place_id: "p".into(),
            launch_site: LatLon::new(0.0, 0.0),
            bearings_deg,
            direction: None,
            direction_source: None,
            basis: String::new(),
            min_distance_m: min_km * 1000.0,
            max_distance_m: max_km * 1000.0,
            target_distances_m: vec![],
        }
    }

    #[test]
    fn march_salvo_flew_northeast_300_to_350_km_from_pyongyang() {
        let march = flight("launch-2024-03-18");
        assert_eq!(march.launch_place_id, "pyongyang");
        assert_eq!(march.direction, Some(CompassPoint::Northeast));
        assert_eq!(march.direction_source.as_deref(), Some("mod-japan-2024-03-18"));
        assert_eq!(
            (march.min_distance_m, march.max_distance_m),
            (300_000.0, 350_000.0)
        );
    }

    #[test]
    fn may_band_runs_from_the_reported_350_km_to_the_declared_365_km_target() {
        let may = flight("launch-2024-05-30");
        assert_eq!(may.launch_place_id, "sunan");
        assert_eq!((may.min_distance_m, may.max_distance_m), (350_000.0, 365_000.0));
        assert_eq!(may.target_distances_m, [365_000.0]);
    }

    #[test]
    fn a_sector_with_no_land_is_all_sea_and_reaches_both_ends_of_the_band() {
        let e = estimate([80.0, 100.0], 100.0, 150.0);
        let area = impact_area(&e, &[]);
        assert_eq!(area.sampled_cells, 10 * 5);
        assert_eq!(area.sea_cells, area.sampled_cells);
        // One run per ray, since nothing interrupts it.
        assert_eq!(area.cells.len(), 10);
        let distances: Vec<f64> = area.edge.iter().map(|&p| distance_m(e.launch_site, p)).collect();
        let (near, far) = distances
            .iter()
            .fold((f64::INFINITY, 0.0_f64), |(a, b), &d| (a.min(d), b.max(d)));
        approx::assert_abs_diff_eq!(near, 100_000.0, epsilon = 1e-3);
        approx::assert_abs_diff_eq!(far, 150_000.0, epsilon = 1e-3);
    }

    #[test]
    fn land_inside_the_sector_is_taken_out() {
        // An island covering the north half of the sector, from 0° to 2°N and 0.5° to 2°E.
        let island = polygon![(x: 0.5, y: 0.0), (x: 2.0, y: 0.0), (x: 2.0, y: 2.0), (x: 0.5, y: 2.0), (x: 0.5, y: 0.0)];
        let e = estimate([45.0, 135.0], 100.0, 150.0);
        let area = impact_area(&e, std::slice::from_ref(&island));
        assert!(area.sea_cells > 0 && area.sea_cells < area.sampled_cells);
        for cell in &area.cells {
            for p in cell {
                // Cells are tested at their centres, so a corner may touch the shore.
                assert!(!(p.lat_deg > 0.05 && p.lon_deg > 0.55 && p.lon_deg < 1.95));
            }
        }
        // Just south of the equator, the sector's southern half is open sea.
        assert!(area.cells.iter().any(|c| c[0].lat_deg < -0.3));
        let shore = shore_edges(&[vec![LatLon::new(-2.0, 0.0), LatLon::new(2.0, 3.0)]], &[island]);
        assert!(on_land(&shore, LatLon::new(1.0, 1.0)) && !on_land(&shore, LatLon::new(-1.0, 1.0)));
    }

    #[test]
    fn the_widest_sector_and_band_are_sampled_within_bounds() {
        let e = estimate([0.0, 359.0], 10.0, 20_000.0);
        let area = impact_area(&e, &[]);
        assert_eq!(area.sampled_cells, MAX_RAYS * MAX_STEPS);
        assert_eq!(e.sector_outline().len(), MAX_RAYS + 3);
    }

    #[test]
    fn one_assumed_bearing_gives_a_flat_area_along_one_ray() {
        let e = estimate([90.0, 90.0], 100.0, 150.0);
        let area = impact_area(&e, &[]);
        assert_eq!(area.cells.len(), 1);
        let [a, b, c, d] = area.cells[0];
        assert_eq!((a, c), (b, d));
        approx::assert_abs_diff_eq!(distance_m(e.launch_site, c), 150_000.0, epsilon = 1e-3);
    }

    #[test]
    fn the_sector_outline_starts_and_ends_at_the_launch_site_and_reaches_the_band() {
        let e = estimate([350.0, 10.0], 100.0, 150.0);
        assert_eq!(e.sector_width_deg(), 20.0);
        let outline = e.sector_outline();
        assert_eq!(
            (outline[0], *outline.last().unwrap()),
            (e.launch_site, e.launch_site)
        );
        for p in &outline[1..outline.len() - 1] {
            approx::assert_abs_diff_eq!(distance_m(e.launch_site, *p), 150_000.0, epsilon = 1e-3);
        }
    }
}
