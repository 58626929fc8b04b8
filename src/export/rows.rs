//! The rows of "Check the numbers": what each number is, where it comes from, and the
//! methods and tests that computed numbers name.

use crate::story::{Place, Source};
use crate::text::number_text::format_number;
use crate::text::strings::{more_strings, nth};

/// Where a number comes from. (In the order of the words table's `origins`.)
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
    /// The word the table and the CSV use, in the reader's language.
    pub fn name(self) -> &'static str {
        nth(more_strings().origins, self as usize)
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

/// The test that checks geodesic distances against GeographicLib, for the table's rows.
pub(crate) const GEODESIC_TEST: &str =
    "earth::geodesy::tests::distances_match_geographiclib_within_a_metre_for_twelve_pairs (GeographicLib 2.1)";

/// The test that checks the nearest-point search against a brute-force one.
pub(crate) const NEAREST_TEST: &str = "earth::nearest::tests::matches_a_brute_force_geodesic_search";

/// The test that checks the analytic arc against a numerical integration.
pub(crate) const APOGEE_TEST: &str =
    "earth::ballistics::tests::numerical_integration_agrees_with_the_analytic_arc (RK4 integration)";

/// The test that checks that land inside a flight's sector is left out of its impact area.
pub(crate) const AREA_TEST: &str = "event::flight::tests::land_inside_the_sector_is_taken_out";

/// A reported row's source cell: publisher, title in quotes, and date.
pub(crate) fn source_text(source: &Source) -> String {
    format!("{}, \"{}\", {}", source.publisher, source.title, source.date)
}

/// A place as a computed row's input: its name and coordinates to four decimals of a degree.
pub(crate) fn place_text(place: &Place) -> String {
    format!(
        "{} {}°N {}°E",
        place.name,
        format_number(place.lat_deg, 4),
        format_number(place.lon_deg, 4)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_test_the_table_names_is_a_test_in_the_source() {
        for named in [GEODESIC_TEST, NEAREST_TEST, APOGEE_TEST, AREA_TEST] {
            let path = named.split(' ').next().unwrap_or_default();
            let (module, name) = path.split_once("::tests::").expect("a path to a test");
            let file = format!(
                "{}/src/{}.rs",
                env!("CARGO_MANIFEST_DIR"),
                module.replace("::", "/")
            );
            let source = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(
                source.contains(&format!("fn {name}()")),
                "{named}: no such test in {file}"
            );
        }
    }
}
