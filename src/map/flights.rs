//! Estimated flights as marks: the sector, the impact area at sea, and its distances to the
//! coast of the countries whose zones the story shows, and to their approximate EEZ line.

use crate::earth::geodesy::{distance_m, LatLon};
use crate::earth::nearest::{nearest, Nearest};
use crate::earth::projection::AzimuthalEquidistant;
use crate::event::flight::{flight_estimates, impact_area, FlightEstimate};
use crate::map::basemap::zones::zone_coasts;
use crate::map::basemap::Basemap;
use crate::map::paths::push_path;
use crate::map::view::svg_xy;
use crate::story::check::CheckedStory;
use crate::story::zones::story_zones;

/// An estimated flight, projected, with the distances from its impact area's nearest point to
/// the nearest coast of a zone's country and to the approximate EEZ line.
#[derive(Debug, Clone, PartialEq)]
pub struct FlightMark {
    /// The flight as estimated from the story: site, bearings, distances and their sources.
    pub estimate: FlightEstimate,
    /// The outline of the reported direction's sector, out to the largest distance.
    pub path_d: String,
    /// The impact area: the sea within the sector and the band of reported distances.
    pub impact_d: String,
    /// Where the impact area's label goes, in SVG kilometres.
    pub impact_x_km: f64,
    /// Where the impact area's label goes: SVG kilometres south of the projection's centre.
    pub impact_y_km: f64,
    /// How many of the sector's sampled cells lie at sea, and how many were sampled.
    pub sea_cells: usize,
    /// How many of the sector's cells were sampled; `sea_cells` of them lie at sea.
    pub sampled_cells: usize,
    /// The country, of those whose zones the story shows, whose coast comes nearest the impact
    /// area, and that nearest point and how far; `None` without a basemap or zones.
    pub to_coast: Option<(String, Nearest)>,
    /// The impact area's nearest point to the approximate EEZ line; `None` without a basemap.
    pub to_eez_line: Option<Nearest>,
    /// Whether any of the impact area lies in the approximate zone of a country the story
    /// shows: within 370.4 km of its coast and nearer to it than to any other country's. `None`
    /// without a basemap, or where one of those countries has no land in it.
    pub reaches_eez: Option<bool>,
}

impl FlightMark {
    /// Whether the whole estimated impact area lies outside the approximate zones the story
    /// shows.
    pub fn outside_eez(&self) -> Option<bool> {
        self.reaches_eez.map(|reaches| !reaches)
    }
}

/// 200 nautical miles.
pub const EEZ_DISTANCE_M: f64 = 370_400.0;

/// Whether any of `points` lies in the approximate zone of the country whose coast is `own`,
/// judged by equidistance as the zone's line is drawn: within 370.4 km of that coast and nearer
/// to it than to another's.
fn reaches_zone(points: &[LatLon], own: &[Vec<LatLon>], others: &[Vec<LatLon>]) -> bool {
    points.iter().any(|&p| {
        let to_own = nearest(&[p], own).map_or(f64::INFINITY, |n| n.distance_m);
        to_own <= EEZ_DISTANCE_M && nearest(&[p], others).is_none_or(|n| to_own <= n.distance_m)
    })
}

/// The estimated flights, projected: all of the story's, or only the one of event `only`. The
/// page asks for the selected launch's alone, so that a story of hundreds of launches costs one
/// estimate a selection, not hundreds at load.
pub fn flight_marks(
    checked: &CheckedStory,
    basemap: Option<&Basemap>,
    projection: &AzimuthalEquidistant,
    only: Option<&str>,
) -> Vec<FlightMark> {
    let zones = basemap.map_or_else(Vec::new, |b| zone_coasts(&checked.story, b));
    // A zone whose country has no land in the basemap cannot be measured: then nothing is said
    // of whether an area reaches the zones.
    let measured = zones.len() == story_zones(&checked.story).len();
    let eez = basemap.map(Basemap::eez_lines).unwrap_or_default();
    let land: Vec<geo::Polygon<f64>> = basemap
        .map(|b| {
            b.countries
                .iter()
                .flat_map(|c| c.land.0.iter().cloned())
                .collect()
        })
        .unwrap_or_default();
    flight_estimates(checked)
        .into_iter()
        .filter(|e| only.is_none_or(|id| e.event_id == id))
        .map(|estimate| {
            let area = impact_area(&estimate, &land);
            let mut path_d = String::new();
            push_path(&mut path_d, estimate.sector_outline(), projection, false);
            let mut impact_d = String::new();
            for cell in &area.cells {
                push_path(&mut impact_d, cell.iter().copied(), projection, true);
            }
            let label_at = area
                .edge
                .iter()
                .copied()
                .max_by(|a, b| {
                    distance_m(estimate.launch_site, *a).total_cmp(&distance_m(estimate.launch_site, *b))
                })
                .unwrap_or(estimate.launch_site);
            let (impact_x_km, impact_y_km) = svg_xy(projection.forward(label_at));
            let to_eez_line = nearest(&area.edge, &eez);
            let mut to_coast: Option<(String, Nearest)> = None;
            let mut reaches = false;
            for z in &zones {
                let Some(n) = nearest(&area.edge, &z.coast) else {
                    continue;
                };
                // Only an area that comes within 370.4 km of a country's coast can reach its
                // zone; only then are the other countries' coasts measured.
                reaches = reaches
                    || (n.distance_m <= EEZ_DISTANCE_M
                        && basemap.is_some_and(|b| {
                            reaches_zone(&area.edge, &z.coast, &b.other_coasts(&z.country))
                        }));
                if to_coast
                    .as_ref()
                    .is_none_or(|(_, best)| n.distance_m < best.distance_m)
                {
                    to_coast = Some((z.name.clone(), n));
                }
            }
            let reaches_eez = basemap.filter(|_| measured).map(|_| reaches);
            FlightMark {
                estimate,
                path_d,
                impact_d,
                impact_x_km,
                impact_y_km,
                sea_cells: area.sea_cells,
                sampled_cells: area.sampled_cells,
                to_coast,
                to_eez_line,
                reaches_eez,
            }
        })
        .collect()
}

/// The share of an estimate's sampled cells at sea, in percent, rounded as the page shows it; an
/// area with any land left out never reads 100.
///
/// ```
/// assert_eq!(launchmap::sea_percent(999, 1000), 99.0);
/// assert_eq!(launchmap::sea_percent(10, 40), 25.0);
/// ```
pub fn sea_percent(sea_cells: usize, sampled_cells: usize) -> f64 {
    let pct = (100.0 * sea_cells as f64 / sampled_cells.max(1) as f64).round();
    if sea_cells < sampled_cells {
        pct.min(99.0)
    } else {
        pct
    }
}
