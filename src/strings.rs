//! Every string the interface shows that does not come from the story, in one place, so that
//! the explainer can be translated by adding one more table.

pub struct Strings {
    pub loading_story: &'static str,
    pub loading_map: &'static str,
    pub error_panel_title: &'static str,
    pub error_panel_help: &'static str,
    pub url_error_title: &'static str,
    pub map_label: &'static str,
    pub map_error: &'static str,
    pub events_heading: &'static str,
    pub sources_heading: &'static str,
    pub credits_heading: &'static str,
    pub reported_by: &'static str,
    pub cited_sources: &'static str,
    pub utc_label: &'static str,
    pub natural_earth_credit: &'static str,
    pub projection_note: &'static str,
    pub legend_launch_point: &'static str,
    pub legend_place: &'static str,
    pub no_url: &'static str,
}

pub static EN: Strings = Strings {
    loading_story: "Loading the story…",
    loading_map: "Loading the map…",
    error_panel_title: "This story file has errors",
    error_panel_help: "Fix each one at the place it names, then reload. Check a file with: cargo run --bin launchmap -- check <file>",
    url_error_title: "Some settings in the page address could not be used",
    map_label: "Map of the Korean peninsula, Japan and the seas around them, with the places in the story",
    map_error: "The map could not be drawn",
    events_heading: "What happened",
    sources_heading: "Sources",
    credits_heading: "Credits",
    reported_by: "reported by",
    cited_sources: "Sources:",
    utc_label: "UTC",
    natural_earth_credit: "Made with Natural Earth",
    projection_note: "Azimuthal equidistant projection centred on the launch site: distances from it are true.",
    legend_launch_point: "Launch point",
    legend_place: "Place in range of the story",
    no_url: "no link published",
};

/// The strings for the reader's language. One language so far.
pub fn strings() -> &'static Strings {
    &EN
}
