//! The interface's own words, in one table, so that the explainer can be translated by adding
//! one more: labels, headings, help, and the words of reported figures (quantities, qualifiers,
//! units). Not yet here, and written in English where they are: the sentences that computed
//! facts are told in (`map/estimate_text.rs`, `event/facts.rs`), the profile's axis labels and
//! its description in words (`chart/profile.rs`), the "for" between an apogee and its range
//! (`ui/event_list.rs`), the "km" after the ring's number box (`ui/map/controls.rs`), and the
//! table of numbers' method notes (`export/rows.rs`).

/// The interface's words in one language. Each field is named for where its words show, and
/// `EN` below gives them in English beside the name.
pub struct Strings {
    /// The status line shown in place of the page while the story file loads.
    pub loading_story: &'static str,
    /// When the page carries no default story (a page not built by `trunk build`).
    pub no_page_story: &'static str,
    /// The status line over the map while the basemap file loads.
    pub loading_map: &'static str,
    /// The heading of the panel that lists a story file's errors in place of the page.
    pub error_panel_title: &'static str,
    /// The line under the story-errors heading: how to fix the file and check it.
    pub error_panel_help: &'static str,
    /// The heading of the notice that lists page-address settings that were not used.
    pub url_error_title: &'static str,
    /// The map's accessible name, read out by screen readers in place of the drawing.
    pub map_label: &'static str,
    /// The message over the map when the basemap cannot be drawn, before the error.
    pub map_error: &'static str,
    /// The heading of the list of events in time order.
    pub events_heading: &'static str,
    /// The heading of the numbered list of sources near the foot of the page.
    pub sources_heading: &'static str,
    /// The heading of the credits at the foot of the page.
    pub credits_heading: &'static str,
    /// The words between a figure's value and its publisher's link on an event card.
    pub reported_by: &'static str,
    /// The lead-in to the numbered source links at the foot of each event card.
    pub cited_sources: &'static str,
    /// The credit to Natural Earth, the map data, at the end of the notes under the map.
    pub natural_earth_credit: &'static str,
    /// The note under the map naming the projection and what it keeps true.
    pub projection_note: &'static str,
    /// The map key's entry for the launch site's mark.
    pub legend_launch_point: &'static str,
    /// The map key's entry for the marks of the other places the story names.
    pub legend_place: &'static str,
    /// The line under the map saying how to pan and zoom by pointer, touch and keys.
    pub map_instructions: &'static str,
    /// The button that copies a link to the view on screen.
    pub copy_link: &'static str,
    /// Said once the link is on the clipboard.
    pub link_copied: &'static str,
    /// Beside the link, when the browser would not copy it.
    pub copy_link_by_hand: &'static str,
    /// The button that downloads the map, with its words, as an SVG file.
    pub download_svg: &'static str,
    /// The button that downloads the map, with its words, as a PNG at twice the size.
    pub download_png: &'static str,
    /// The hint over the map when the reader scrolls on it without Ctrl: how to zoom.
    pub wheel_hint: &'static str,
    /// The map's + button, as its accessible name and tooltip.
    pub zoom_in: &'static str,
    /// The map's − button, as its accessible name and tooltip.
    pub zoom_out: &'static str,
    /// The map button back to the opening view, as its accessible name and tooltip.
    pub reset_view: &'static str,
    /// The heading of the map settings' checkboxes that show or hide layers.
    pub layers_heading: &'static str,
    /// The checkbox that shows or hides the range rings on the map.
    pub layer_rings: &'static str,
    /// The checkbox that shows or hides the estimated flight sectors and impact areas.
    pub layer_paths: &'static str,
    /// The checkbox that shows or hides the approximate line of Japan's EEZ.
    pub layer_eez: &'static str,
    /// The checkbox that shows or hides the place names on the map.
    pub layer_labels: &'static str,
    /// The heading of the map settings' radio buttons that pick which launch to show.
    pub launch_heading: &'static str,
    /// The heading of the map settings' slider and box for the reader's own ring.
    pub ring_heading: &'static str,
    /// The accessible name of the ring's slider and number box, giving the radius range.
    pub ring_input_label: &'static str,
    /// The heading of the list of the story's places inside the reader's ring.
    pub in_range_heading: &'static str,
    /// The line in that list when none of the story's places is inside the ring.
    pub in_range_none: &'static str,
    /// The word between the in-range heading and the launch site's name, in brackets.
    pub from_launch_site: &'static str,
    /// The map key's entry for the rings drawn at reported ranges.
    pub legend_reported_ring: &'static str,
    /// The map key's entry for the ring whose radius the reader sets.
    pub legend_custom_ring: &'static str,
    /// The map key's entry for the sector of a launch's reported direction.
    pub legend_flight_path: &'static str,
    /// The map key's entry for the shaded estimated impact area.
    pub legend_impact_area: &'static str,
    /// The map key's entry for the approximate EEZ line, saying how it is drawn.
    pub legend_eez: &'static str,
    /// The map key's entry for coastlines and for land borders, which are dashed.
    pub legend_coast_border: &'static str,
    /// The heading over the sentences that explain the selected launch's estimate.
    pub estimate_heading: &'static str,
    /// The tooltip on the approximate EEZ line drawn on the map.
    pub eez_label: &'static str,
    /// The estimate's last sentence when its impact area lies outside the EEZ.
    pub estimate_agrees: &'static str,
    /// The estimate's last sentence when part of its area reaches inside the EEZ.
    pub estimate_disagrees: &'static str,
    /// The sentence after the projection note under the map: where the scale is true.
    pub scale_note: &'static str,
    /// The timeline's heading, hidden on screen but read out by screen readers.
    pub timeline_heading: &'static str,
    /// The accessible name of the timeline strip, saying which keys choose an event.
    pub timeline_label: &'static str,
    /// The note under the timeline: days are to scale except at the breaks.
    pub timeline_help: &'static str,
    /// The heading of a launch card's box of numbers the explainer worked out itself.
    pub computed_heading: &'static str,
    /// The lead of that box's line of distances from the launch site to capitals.
    pub computed_from: &'static str,
    /// The name of Japan's nearest coast in that box's line of distances.
    pub computed_to_japan: &'static str,
    /// The lead of that box's line giving the minimum-energy apogee for each range.
    pub computed_apogee: &'static str,
    /// The timeline button that selects the event before the selected one.
    pub previous: &'static str,
    /// The timeline button that selects the event after the selected one.
    pub next: &'static str,
    /// The timeline button that steps through the events by itself; it then reads `pause`.
    pub play: &'static str,
    /// The timeline's Play button while it plays; pressing it stops stepping.
    pub pause: &'static str,
    /// The heading of the trajectory profile chart's section.
    pub trajectory_heading: &'static str,
    /// The checkbox above the trajectory chart that adds a table of the launches side by side.
    pub trajectory_compare: &'static str,
    /// The note under the trajectory chart saying what its arc model leaves out.
    pub trajectory_model_note: &'static str,
    /// The caption of the table that sets the launches' figures side by side.
    pub compare_heading: &'static str,
    /// The accessible name of the selected event's card beside the timeline.
    pub detail_label: &'static str,
    /// The accessible name of the map settings section beside the map.
    pub map_settings: &'static str,
    /// The estimate's first sentences: no source said where they fell; what is shaded.
    pub estimate_lead: &'static str,
    /// The lead of the estimate's sentence giving the reported direction and bearings.
    pub estimate_direction: &'static str,
    /// The word between the bearings and the launch site in the direction sentence.
    pub estimate_from: &'static str,
    /// The words before the publisher of the direction, in the direction sentence.
    pub estimate_as_reported_by: &'static str,
    /// Said in place of a publisher when the story's editors assumed the direction.
    pub estimate_assumed: &'static str,
    /// The lead of the estimate's sentence listing the reported distances.
    pub estimate_distance: &'static str,
    /// Put before a distance to a declared target in the estimate's distances.
    pub estimate_declared_target: &'static str,
    /// The word before the sea's percentage in the estimate's sentence on land left out.
    pub estimate_sea_lead: &'static str,
    /// The words after the sea's percentage in that sentence.
    pub estimate_sea_tail: &'static str,
    /// The lead of the estimate's sentence on how near the area comes to Japan.
    pub estimate_distance_lead: &'static str,
    /// The words after the distance to Japan's coast in that sentence.
    pub estimate_distance_coast: &'static str,
    /// The words after the distance to the approximate EEZ line in that sentence.
    pub estimate_distance_line: &'static str,
    /// The verdict ending that sentence when the whole area is outside the EEZ.
    pub estimate_outside: &'static str,
    /// The verdict ending that sentence when part of the area is inside the EEZ.
    pub estimate_inside: &'static str,
    /// The word after the count of hidden days under a break in the timeline.
    pub days: &'static str,
    /// The tooltip on a break in the timeline, after its count of hidden days.
    pub days_not_to_scale: &'static str,
    /// The trajectory chart's note of how far heights are stretched, before the factor.
    pub vertical_exaggeration: &'static str,
    /// The trajectory chart key's entry for the horizontal line at the launch site.
    pub profile_horizon: &'static str,
    /// The trajectory chart key's entry for a launch's computed arc, after its label.
    pub profile_arc: &'static str,
    /// The trajectory chart key's entry for a reported apogee, before its height.
    pub profile_apogee: &'static str,
    /// The heading of the "Check the numbers" section.
    pub facts_heading: &'static str,
    /// The line under that heading saying what the table gives for every number.
    pub facts_help: &'static str,
    /// The link under the table of numbers that downloads it as CSV.
    pub facts_download: &'static str,
    /// The table of numbers' first column heading: which event a number belongs to.
    pub facts_event: &'static str,
    /// The table of numbers' column heading for what each number measures.
    pub facts_what: &'static str,
    /// The table of numbers' column heading for the number with its unit.
    pub facts_value: &'static str,
    /// The table of numbers' column heading: reported, computed, story text or setting.
    pub facts_origin: &'static str,
    /// The table of numbers' column heading for who reported it or how it was computed.
    pub facts_source: &'static str,
    /// The lead of a computed number's inputs, in the table's source-or-method cell.
    pub facts_inputs: &'static str,
    /// The words before the name of the test that checks a row's method, in the table.
    pub facts_checked_by: &'static str,
    /// The status line in the "Check the numbers" section while the table is worked out.
    pub facts_loading: &'static str,
    /// The link to a row's source page, after its name in the table of numbers.
    pub facts_link: &'static str,
    /// The headings of reported quantities (`event/figure_text.rs`, `quantity_label`).
    pub quantity_count: &'static str,
    /// The label of a reported distance flown, on event cards, tables and the chart.
    pub quantity_distance: &'static str,
    /// The label of a reported highest altitude, on event cards, tables and the chart.
    pub quantity_apogee: &'static str,
    /// The label of a reported distance to a declared target, on event cards.
    pub quantity_target_distance: &'static str,
    /// The qualifiers of reported figures, each with its trailing space.
    pub qualifier_about: &'static str,
    /// Put before a reported figure that is a lower bound, as in "at least 3 missiles".
    pub qualifier_at_least: &'static str,
    /// Put before a figure the true number exceeds, as in "more than 350 km".
    pub qualifier_more_than: &'static str,
    /// Units, one and more.
    pub unit_km: &'static str,
    /// The unit after a count of exactly one missile.
    pub unit_missile: &'static str,
    /// The unit after a count of missiles other than one.
    pub unit_missiles: &'static str,
    /// The unit after a count of exactly one rocket.
    pub unit_rocket: &'static str,
    /// The unit after a count of rockets other than one.
    pub unit_rockets: &'static str,
}

/// The interface's words in English, the only language so far.
pub static EN: Strings = Strings {
    loading_story: "Loading the story…",
    no_page_story: "This page carries no story: build it with `trunk build`, which writes the default story into index.html (tools/post-build.mjs), or name one with ?story=.",
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
    natural_earth_credit: "Made with Natural Earth",
    projection_note: "Azimuthal equidistant projection centred on the launch site: distances from it are true.",
    legend_launch_point: "Launch point",
    legend_place: "Place named in the story",
    map_instructions: "Drag to pan; pinch, double-click or use + and − to zoom. With the map focused: arrow keys pan, + and − zoom, 0 resets.",
    copy_link: "Copy link to this view",
    link_copied: "Link copied.",
    copy_link_by_hand: "Copy this link:",
    download_svg: "Download map (SVG)",
    download_png: "Download map (PNG)",
    wheel_hint: "Hold Ctrl (⌘ on a Mac) while scrolling to zoom, or click the map first.",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    reset_view: "Reset view",
    layers_heading: "Show",
    layer_rings: "Range rings",
    layer_paths: "Estimated flights",
    layer_eez: "Japan's EEZ (approximate)",
    layer_labels: "Labels",
    launch_heading: "Launch",
    ring_heading: "Your range ring",
    ring_input_label: "Radius in km, from 50 to 3,500",
    in_range_heading: "Inside your ring",
    in_range_none: "None of the story's places.",
    from_launch_site: "from",
    legend_reported_ring: "Reported range",
    legend_custom_ring: "Your ring",
    legend_flight_path: "Reported direction (estimate)",
    legend_impact_area: "Impact area (estimate)",
    legend_eez: "Japan's EEZ, approximate: 200 nmi or the median line, whichever is nearer; boundaries in the Sea of Japan are not agreed",
    legend_coast_border: "Coast; land border (dashed)",
    estimate_heading: "What is estimated",
    eez_label: "Japan's EEZ (approximate)",
    estimate_agrees: "This agrees with Japan's statement that the missiles fell outside its EEZ.",
    estimate_disagrees: "Part of this estimate reaches inside the approximate zone, while Japan said the missiles fell outside its EEZ: the area is wider than where they fell, and the line is an approximation.",
    scale_note: "The scale is true along lines through the launch site.",
    timeline_heading: "Timeline",
    timeline_label: "Timeline of events: use the arrow keys, Home and End to choose one",
        timeline_help: "Days are to scale, except where a break marks a long quiet gap.",
    computed_heading: "Computed by this explainer, not reported",
    computed_from: "Geodesic distance from",
    computed_to_japan: "Japan's nearest coast",
    computed_apogee: "A minimum-energy ballistic arc (no air, no powered phase, no Earth rotation) peaks at",
    previous: "Previous event",
    next: "Next event",
    play: "Play",
        pause: "Pause",
    trajectory_heading: "Trajectory profile",
    trajectory_compare: "Compare the launches",
    trajectory_model_note: "The arc is computed for a point mass over a spherical, non-rotating Earth with no air: it leaves out air drag, the powered phase and Earth's rotation.",
        compare_heading: "The launches side by side",
        detail_label: "The selected event",
    map_settings: "Map settings",
    estimate_lead: "No source published where the missiles came down. The shaded impact area is an estimate: the sea within the reported direction and the reported distances.",
    estimate_direction: "Direction:",
    estimate_from: "from",
    estimate_as_reported_by: "as reported by",
    estimate_assumed: "a bearing the story's editors assumed",
    estimate_distance: "Distance:",
    estimate_declared_target: "declared island target ",
    estimate_sea_lead: "Only",
    estimate_sea_tail: "of that sector and band is sea; the rest is land and is left out.",
    estimate_distance_lead: "Computed for the area's nearest point:",
    estimate_distance_coast: "from Japan's coast",
    estimate_distance_line: "from the approximate EEZ line",
    estimate_outside: "outside it",
    estimate_inside: "inside it",
    days: "days",
    days_not_to_scale: "quiet days not drawn to scale",
    vertical_exaggeration: "Vertical exaggeration: ×",
    profile_horizon: "Horizontal at launch: Earth curves away beneath it",
    profile_arc: "minimum-energy arc",
    profile_apogee: "reported apogee",
    facts_heading: "Check the numbers",
    facts_help: "Every number on this page and where it comes from: who reported it, or how it was computed, from what, and the test that checks the method.",
    facts_download: "Download the table (CSV)",
    facts_event: "Event",
    facts_what: "What",
    facts_value: "Value",
    facts_origin: "Origin",
    facts_source: "Source or method",
    facts_inputs: "Inputs:",
    facts_checked_by: "Checked by",
    facts_loading: "Working out the table…",
    facts_link: "(link)",
    quantity_count: "Number fired",
    quantity_distance: "Distance flown",
    quantity_apogee: "Highest altitude",
    quantity_target_distance: "Distance to declared target",
    qualifier_about: "about ",
    qualifier_at_least: "at least ",
    qualifier_more_than: "more than ",
    unit_km: "km",
    unit_missile: "missile",
    unit_missiles: "missiles",
    unit_rocket: "rocket",
    unit_rockets: "rockets",
};

/// The strings for the reader's language. One language so far.
pub fn strings() -> &'static Strings {
    &EN
}
