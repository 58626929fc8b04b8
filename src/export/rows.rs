//! The rows of "Check the numbers": what each number is, where it comes from, and the
//! methods and tests that computed numbers name.

use crate::story::{Place, Source};
use crate::text::figure_text::format_number;

/// Where a number comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A figure in the story file, reported by one source.
    Reported,
    /// Worked out by the explainer, by a tested method.
    Computed,
    /// Written in the story's text, which its sources support.
    StoryText,
    /// A setting of the explainer itself, such as the ring's limits or a legal definition.
    Setting,
}

impl Origin {
    /// The word the table and the CSV use.
    pub fn name(self) -> &'static str {
        match self {
            Origin::Reported => "reported",
            Origin::Computed => "computed",
            Origin::StoryText => "story text",
            Origin::Setting => "setting",
        }
    }
}

/// One number on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct FactRow {
    /// The event it belongs to, by title; empty for the page as a whole.
    pub event: String,
    /// What the number is.
    pub what: String,
    /// The number as the page writes it, with its qualifier ("about 300").
    pub value: String,
    /// The unit the value is in, such as `km`; empty when it has none.
    pub unit: String,
    /// Whether the number was reported, computed, written in the story, or a setting.
    pub origin: Origin,
    /// For a reported number, who reported it, the title and the date; for a computed one, the method.
    pub source: String,
    /// For a computed number, what went in.
    pub inputs: String,
    /// For a computed number, the test that checks the method against reference values.
    pub checked_by: String,
    /// Link to the source, when the story gives one.
    pub url: Option<String>,
}

pub(crate) const GEODESIC_METHOD: &str =
    "Geodesic distance on the WGS84 ellipsoid (Karney's algorithm, geo's Geodesic)";

pub(crate) const GEODESIC_TEST: &str =
    "geodesy::tests::distances_match_geographiclib_within_a_metre_for_twelve_pairs (GeographicLib 2.1)";

pub(crate) const NEAREST_METHOD: &str =
    "Shortest geodesic distance to the basemap's vertices (Natural Earth 1:10m)";

pub(crate) const NEAREST_TEST: &str = "nearest::tests::matches_a_brute_force_geodesic_search";

pub(crate) const APOGEE_METHOD: &str =
    "Minimum-energy ballistic arc over a spherical Earth of radius 6,371 km, no air";

pub(crate) const APOGEE_TEST: &str =
    "ballistics::tests::numerical_integration_agrees_with_the_analytic_arc (RK4 integration)";

pub(crate) const AREA_METHOD: &str = "Sea within the reported direction's sector and the band of reported distances, sampled every 2° and 10 km (at most 60 × 40 cells)";

pub(crate) const AREA_TEST: &str = "flight_path::tests::land_inside_the_sector_is_taken_out";

pub(crate) fn source_text(source: &Source) -> String {
    format!("{}, \"{}\", {}", source.publisher, source.title, source.date)
}

pub(crate) fn place_text(place: &Place) -> String {
    format!(
        "{} {}°N {}°E",
        place.name,
        format_number(place.lat_deg, 4),
        format_number(place.lon_deg, 4)
    )
}
