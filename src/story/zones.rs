//! The countries a story may choose to show the approximate EEZ of: the coastal ones, each of
//! which has a zone's file that `tools/basemap` writes (`launchmap::zone_url`).

/// The countries that have a zone's file, one name a line, as Natural Earth (via npm
/// `world-atlas`) spells them: what a story's `eez` may name.
use crate::earth::geodesy::LatLon;
use crate::story::Story;
use crate::text::strings::strings;

/// `[west, south, east, north]` in degrees: the default region, which `assets/basemap.bin`
/// covers, with Japan's approximate EEZ in it.
pub const REGION_BBOX_DEG: [f64; 4] = [108.0, 11.0, 152.0, 53.0];

/// Whether every place of `story` lies in the default region.
pub(crate) fn within_region(story: &Story) -> bool {
    let [west, south, east, north] = REGION_BBOX_DEG;
    story
        .places
        .iter()
        .all(|p| (west..=east).contains(&p.lon_deg) && (south..=north).contains(&p.lat_deg))
}

/// The zones the map shows for `story`, each as `(country, name)`: the country as Natural
/// Earth spells it, and as the page names it. Those the story names in `eez`; or, where it
/// names none, Japan's, the zone of the default region (the check writes down "none" for a
/// story beyond it).
///
/// ```
/// let story = launchmap::testing::default_story().story;
/// assert_eq!(launchmap::story_zones(&story), [("Japan", "Japan")]);
/// let mut elsewhere = launchmap::testing::default_story_value();
/// elsewhere["places"][0]["lon_deg"] = 45.7.into(); // Kapustin Yar's longitude
/// let checked = launchmap::check_story("s.json", elsewhere.to_string().as_bytes()).unwrap();
/// assert!(launchmap::story_zones(&checked.story).is_empty());
/// ```
pub fn story_zones(story: &Story) -> Vec<(&str, &str)> {
    match &story.eez {
        None => vec![("Japan", strings().zone_japan)],
        Some(zones) => zones
            .iter()
            .map(|z| (z.english().unwrap_or_default(), &**z))
            .collect(),
    }
}

/// A zone's country and its coast in a basemap (`launchmap::zone_coasts`), which the launch
/// facts and the estimates measure to.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneCoast {
    /// The country as Natural Earth names it.
    pub country: String,
    /// The country as the page names it.
    pub name: String,
    /// The outlines of its land in the basemap.
    pub coast: Vec<Vec<LatLon>>,
}

const COUNTRIES: &str = include_str!("../../assets/eez/countries.txt");

/// The countries that have a zone's file, in Natural Earth's spelling.
///
/// ```
/// assert!(launchmap::zone_countries().any(|c| c == "South Korea"));
/// // A country without a coast has no zone.
/// assert!(!launchmap::zone_countries().any(|c| c == "Mongolia"));
/// ```
pub fn zone_countries() -> impl Iterator<Item = &'static str> {
    COUNTRIES.lines().filter(|l| !l.is_empty())
}

/// What to tell an editor whose `eez` names `country`, which has no zone: the names that come
/// close, or where the list is.
///
pub(crate) fn close_names(country: &str) -> String {
    let wanted = country.to_lowercase();
    let words: Vec<&str> = wanted
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3)
        .collect();
    let close: Vec<String> = zone_countries()
        .filter(|known| {
            let known = known.to_lowercase();
            words.iter().any(|w| known.contains(w)) || known.get(..3) == wanted.get(..3)
        })
        .take(5)
        .map(|known| format!("\"{known}\""))
        .collect();
    if close.is_empty() {
        "the names are listed in assets/eez/countries.txt".to_owned()
    } else {
        format!(
            "did you mean {}? (all are in assets/eez/countries.txt)",
            close.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_near_miss_is_told_the_names_that_come_close() {
        assert!(
            close_names("Korea").contains("\"South Korea\""),
            "{}",
            close_names("Korea")
        );
        assert!(close_names("Korea").contains("\"North Korea\""));
        assert_eq!(
            close_names("Xyzzy"),
            "the names are listed in assets/eez/countries.txt"
        );
    }
}
