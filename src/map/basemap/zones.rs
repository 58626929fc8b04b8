//! The approximate exclusive economic zones a story can choose to show, one file for each
//! coastal country, which `tools/basemap` writes (`tools/basemap/src/zones.rs` says how) and the
//! page loads only for the stories that name them.

use crate::map::basemap::Basemap;
use crate::story::zones::{story_zones, ZoneCoast};
use crate::story::Story;

/// The names of the zones' countries as the page shows them, as a list in the reader's
/// language ("" for none).
pub fn zone_names(story: &Story) -> String {
    let names: Vec<String> = story_zones(story)
        .into_iter()
        .map(|(_, name)| name.to_owned())
        .collect();
    crate::text::strings::join_as(crate::text::strings::strings().list_items, &names)
}

/// Each zone's country with its coast in `basemap`. A country with no land in the basemap is
/// left out.
pub fn zone_coasts(story: &Story, basemap: &Basemap) -> Vec<ZoneCoast> {
    let mut coasts = Vec::new();
    for (country, name) in story_zones(story) {
        let coast = basemap.coast(country);
        if !coast.is_empty() {
            coasts.push(ZoneCoast {
                country: country.to_owned(),
                name: name.to_owned(),
                coast,
            });
        }
    }
    coasts
}

/// Where the file of `country`'s zone is, relative to the page: its name in lower-case ASCII,
/// with a hyphen for anything else.
///
/// ```
/// assert_eq!(launchmap::zone_url("South Korea"), "assets/eez/south-korea.bin");
/// assert_eq!(launchmap::zone_url("Côte d'Ivoire"), "assets/eez/cote-d-ivoire.bin");
/// ```
pub fn zone_url(country: &str) -> String {
    let mut slug = String::new();
    for c in country.chars() {
        let c = match c {
            'à'..='å' | 'À'..='Å' => 'a',
            'ç' | 'Ç' => 'c',
            'è'..='ë' | 'È'..='Ë' => 'e',
            'ì'..='ï' | 'Ì'..='Ï' => 'i',
            'ñ' | 'Ñ' => 'n',
            'ò'..='ö' | 'Ò'..='Ö' => 'o',
            'ù'..='ü' | 'Ù'..='Ü' => 'u',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("assets/eez/{}.bin", slug.trim_end_matches('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::story::zones::zone_countries;

    #[test]
    fn every_zone_has_its_own_file() {
        let urls: std::collections::HashSet<String> = zone_countries().map(zone_url).collect();
        assert_eq!(urls.len(), zone_countries().count());
        for country in zone_countries() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(zone_url(country));
            assert!(path.is_file(), "{country}: no {}", path.display());
        }
    }
}
