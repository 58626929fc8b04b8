//! The interface's own words, in one table per language: labels, headings, help, the sentences
//! that computed facts are told in (with `{}` or `{0}`, `{1}`… where their numbers and names go,
//! so that each language keeps its own word order), the words of reported figures, and how dates
//! read. English is compiled in; Korean and Japanese are files (`assets/i18n/ko.txt`,
//! `ja.txt`: one `name = words` line per field, in the table's order) that a page loads only
//! when its reader wants them. The words only the on-demand module shows are a second table,
//! [`more`], with files of their own (`ko.more.txt`, `ja.more.txt`). Not here: the story
//! check's messages, which are for the story's editors, and the names of the tests in "Check the
//! numbers", which are the code's.

use std::cell::Cell;

use crate::text::lang::Lang;

/// Declares the table once: the struct, its English, and its field names in order.
macro_rules! table {
    ($($(#[doc = $doc:literal])* $name:ident: $en:literal,)*) => {
        /// The interface's words in one language. Each field is named for where its words show,
        /// with its English beside it.
        // Laid out as an array of its fields, in their order (`repr(C)`, one type, so no padding),
        // so that a file's lines become the struct in one copy (`Strings::parse`).
        #[derive(Debug)]
        #[repr(C)]
        pub struct Strings {
            $($(#[doc = $doc])* pub $name: &'static str,)*
        }

        /// The interface's words in English.
        pub static EN: Strings = Strings { $($name: $en,)* };

        /// The fields' names, in order: a translation file has one line for each.
        pub const NAMES: &[&str] = &[$(stringify!($name),)*];
        const COUNT: usize = NAMES.len();

        impl Strings {
            /// Reads a translation file: one `name = words` line per field, in the table's order;
            /// blank lines and lines that start with `#` are left out. The names are checked against
            /// the table by the tests (`ko_and_ja_files_name_every_field_in_order`), not here, so that
            /// the page carries no copy of them.
            pub fn parse(file: &str, text: &'static str) -> Result<Strings, $crate::text::strings::StringsError> {
                let mut words = Vec::with_capacity(COUNT);
                for (n, line) in text.lines().enumerate() {
                    if line.trim().is_empty() || line.starts_with('#') {
                        continue;
                    }
                    // `name = words`: the name has no `=`, and one space stands either side of it.
                    match line.split_once('=') {
                        Some((_, w)) => words.push(w.strip_prefix(' ').unwrap_or(w)),
                        None => {
                            return Err($crate::text::strings::StringsError::NotAnEntry {
                                file: file.to_owned(),
                                line: n + 1,
                            })
                        }
                    }
                }
                let found = words.len();
                <[&'static str; COUNT]>::try_from(words)
                    // SAFETY: `Strings` is `repr(C)` with COUNT fields, all `&'static str`, so it is laid
                    // out exactly as `[&'static str; COUNT]` (transmute checks the sizes), field i being
                    // line i. Built field by field instead, the page weighed 2.4 KB gzip more (measured).
                    .map(|lines| unsafe { std::mem::transmute::<[&'static str; COUNT], Strings>(lines) })
                    .map_err(|_| $crate::text::strings::StringsError::WrongCount {
                        file: file.to_owned(),
                        found,
                        expected: COUNT,
                    })
            }

            /// Every field's words, in the table's order (for the tests of the translations).
            #[cfg(test)]
            pub(crate) fn values(&self) -> Vec<&'static str> {
                vec![$(self.$name,)*]
            }
        }
    };
}

table! {
    /// The status line shown in place of the page while the story file loads.
    loading_story: "Loading the story…",
    /// When the page carries no default story (a page not built by `trunk build`).
    no_page_story: "This page carries no story: build it with `trunk build`, which writes the default story into index.html (tools/post-build.mjs), or name one with ?story=.",
    /// The status line over the map while the basemap file loads.
    loading_map: "Loading the map…",
    /// The heading of the panel that lists a story file's errors in place of the page.
    error_panel_title: "This story file has errors",
    /// The line under the story-errors heading: how to fix the file and check it.
    error_panel_help: "Fix each one at the place it names, then reload. Check a file with: cargo run --bin launchmap -- check <file>",
    /// The heading of the notice that lists page-address settings that were not used.
    url_error_title: "Some settings in the page address could not be used",
    /// The map's accessible name, read out by screen readers in place of the drawing.
    map_label: "Map of the places in the story, with the land and seas around them",
    /// The message over the map when the basemap cannot be drawn, before the error.
    map_error: "The map could not be drawn",
    /// The heading of the list of events in time order.
    events_heading: "What happened",
    /// The heading of the numbered list of sources near the foot of the page.
    sources_heading: "Sources",
    /// The heading of the credits at the foot of the page.
    credits_heading: "Credits",
    /// After a figure's value on an event card: {} is its publisher (a link).
    reported_by: "reported by {}",
    /// The lead-in to the numbered source links at the foot of each event card.
    cited_sources: "Sources:",
    /// The credit to Natural Earth, the map data, at the end of the notes under the map.
    natural_earth_credit: "Made with Natural Earth",
    /// The note under the map naming the projection and what it keeps true.
    projection_note: "Azimuthal equidistant projection centred on the launch site: distances from it are true.",
    /// The map key's entry for the launch site's mark.
    legend_launch_point: "Launch point",
    /// The map key's entry for the marks of the other places the story names.
    legend_place: "Place named in the story",
    /// The line under the map saying how to pan and zoom by pointer, touch and keys.
    map_instructions: "Drag to pan; pinch, double-click or use + and − to zoom. With the map focused: arrow keys pan, + and − zoom, 0 resets; Tab goes to each place, and Enter on a launch point selects its launch.",
    /// The button that copies a link to the view on screen.
    copy_link: "Copy link to this view",
    /// Said once the link is on the clipboard.
    link_copied: "Link copied.",
    /// Beside the link, when the browser would not copy it.
    copy_link_by_hand: "Copy this link:",
    /// The button that downloads the map, with its words, as an SVG file.
    download_svg: "Download map (SVG)",
    /// The button that downloads the map, with its words, as a PNG at twice the size.
    download_png: "Download map (PNG)",
    /// The hint over the map when the reader scrolls on it without Ctrl: how to zoom.
    wheel_hint: "Hold Ctrl (⌘ on a Mac) while scrolling to zoom, or click the map first.",
    /// The map's + button, as its accessible name and tooltip.
    zoom_in: "Zoom in",
    /// The map's − button, as its accessible name and tooltip.
    zoom_out: "Zoom out",
    /// The map button back to the opening view, as its accessible name and tooltip.
    reset_view: "Reset view",
    /// The heading of the map settings' checkboxes that show or hide layers.
    layers_heading: "Show",
    /// The checkbox that shows or hides the range rings on the map.
    layer_rings: "Range rings",
    /// The checkbox that shows or hides the estimated flight sectors and impact areas.
    layer_paths: "Estimated flights",
    /// The checkbox that shows or hides the approximate EEZ lines of the story's countries.
    layer_eez: "EEZ (approximate)",
    /// The checkbox that shows or hides the place names on the map.
    layer_labels: "Labels",
    /// The heading of the map settings' radio buttons that pick which launch to show.
    launch_heading: "Launch",
    /// The heading of the map settings' slider and box for the reader's own ring.
    ring_heading: "Your range ring",
    /// The accessible name of the ring's slider and number box, giving the radius range.
    ring_input_label: "Radius in km, from 10 to 20,000",
    /// The heading of the list of the story's places inside the reader's ring: {} is the launch site.
    in_range_heading: "Inside your ring (from {})",
    /// The line in that list when none of the story's places is inside the ring.
    in_range_none: "None of the story's places.",
    /// The map key's entry for the rings drawn at reported ranges.
    legend_reported_ring: "Reported range",
    /// The map key's entry for the ring whose radius the reader sets.
    legend_custom_ring: "Your ring",
    /// The map key's entry for the sector of a launch's reported direction.
    legend_flight_path: "Reported direction (estimate)",
    /// The map key's entry for the shaded estimated impact area.
    legend_impact_area: "Impact area (estimate)",
    /// The map key's entry for the approximate EEZ line, saying how it is drawn: {} is the list of countries.
    legend_eez: "EEZ of {}, approximate: 200 nmi from the coast or the median line, whichever is nearer; not a legal boundary",
    /// The map key's entry for coastlines and for land borders, which are dashed.
    legend_coast_border: "Coast; land border (dashed)",
    /// The heading over the sentences that explain the selected launch's estimate.
    estimate_heading: "What is estimated",
    /// The tooltip on the approximate EEZ lines drawn on the map: {} is the list of countries.
    eez_label: "EEZ (approximate): {}",
    /// Japan's name, for a story in the default region that names no zones: Japan's is shown.
    zone_japan: "Japan",
    /// The sentence after the projection note under the map: where the scale is true.
    scale_note: "The scale is true along lines through the launch site.",
    /// The timeline's heading, hidden on screen but read out by screen readers.
    timeline_heading: "Timeline",
    /// The accessible name of the timeline strip, saying which keys choose an event.
    timeline_label: "Timeline of events: use the arrow keys, Home and End to choose one",
    /// The note under the timeline: days are to scale except at the breaks.
    timeline_help: "Days are to scale, except where a break marks a long quiet gap.",
    /// The heading of a launch card's box of numbers the explainer worked out itself.
    computed_heading: "Computed by this explainer, not reported",
    /// That box's line of distances: {0} is the launch site, {1} the places with their distances.
    computed_from: "Geodesic distance from {0}: {1}.",
    /// A country's nearest coast in that box's line of distances: {} is the country.
    computed_to_coast: "{}'s nearest coast",
    /// That box's line of minimum-energy apogees: {} is the list, each from `apogee_for_range`.
    computed_apogee: "A minimum-energy ballistic arc (no air, no powered phase, no Earth rotation) peaks at {}.",
    /// One item of that list: {0} is the apogee, {1} the range.
    apogee_for_range: "{0} for {1}",
    /// How a reported apogee compares, when the reported ranges differ: {0}–{1} are the arcs' apogees in km, {2}–{3} the ranges in km.
    shape_arc_span: "the {0}–{1} km of a minimum-energy arc to {2}–{3} km",
    /// The same, for one range: {0} is the arc's apogee in km, {1} the range in km.
    shape_arc_one: "the {0} km of a minimum-energy arc to {1} km",
    /// The sentence when the reported apogee is below the arc's: {0} is the publisher, {1} the apogee, {2} `shape_arc_span` or `shape_arc_one`.
    shape_below: "{0} put the apogee at {1}, below {2}: a depressed, flatter flight, which is harder to intercept.",
    /// The same, when it is above the arc's.
    shape_above: "{0} put the apogee at {1}, above {2}: a lofted flight, steeper than the range needed.",
    /// The same, when it is close to the arc's.
    shape_close: "{0} put the apogee at {1}, close to {2}.",
    /// The timeline button that selects the event before the selected one.
    previous: "Previous event",
    /// The timeline button that selects the event after the selected one.
    next: "Next event",
    /// The timeline button that steps through the events by itself; it then reads `pause`.
    play: "Play",
    /// The timeline's Play button while it plays; pressing it stops stepping.
    pause: "Pause",
    /// The heading of the trajectory profile chart's section.
    trajectory_heading: "Trajectory profile",
    /// The checkbox above the trajectory chart that adds a table of the launches side by side.
    trajectory_compare: "Compare the launches",
    /// The accessible name of the selected event's card beside the timeline.
    detail_label: "The selected event",
    /// The accessible name of the map settings section beside the map.
    map_settings: "Map settings",
    /// The estimate's first sentences: no source said where they fell; what is shaded.
    estimate_lead: "No source published where the missiles came down. The shaded impact area is an estimate: the sea within the reported direction and the reported distances.",
    /// The estimate's direction sentence: {0} is the compass point (or nothing), {1} the bearings, {2} the launch site, {3} who reported it (`estimate_as_reported_by` or `estimate_assumed`).
    estimate_direction: "Direction: {0} ({1} from {2}), {3}.",
    /// Who reported the direction, in the direction sentence: {} is the publisher.
    estimate_as_reported_by: "as reported by {}",
    /// Said in place of a publisher when the story's editors assumed the direction.
    estimate_assumed: "a bearing the story's editors assumed",
    /// The estimate's distance sentence: {0} is the band of distances, {1} the reported figures with their publishers.
    estimate_distance: "Distance: {0}: {1}.",
    /// A distance to a declared target in the estimate's distances: {} is the distance.
    estimate_declared_target: "declared island target {}",
    /// The estimate's sentence on the land left out: {} is the sea's percentage.
    estimate_sea: "Only {}% of that sector and band is sea; the rest is land and is left out.",
    /// The estimate's sentence on how near the area comes to a zone's country: {0} is the distance to its coast, {1} `estimate_distance_line` or nothing, {2} `estimate_outside` or `estimate_inside`, {3} the country.
    estimate_nearest: "Computed for the area's nearest point: {0} from {3}'s coast{1}: {2}.",
    /// The distance to the approximate EEZ line in that sentence: {} is the distance.
    estimate_distance_line: ", {} from the approximate EEZ line",
    /// The verdict ending that sentence when the whole area is outside the EEZ.
    estimate_outside: "outside it",
    /// The verdict ending that sentence when part of the area is inside the EEZ.
    estimate_inside: "inside it",
    /// Under a break in the timeline: {} is the count of hidden days.
    days: "{} days",
    /// The tooltip on a break in the timeline: {} is the count of hidden days.
    days_not_to_scale: "{} quiet days not drawn to scale",
    /// The trajectory chart's label under its horizontal axis.
    profile_axis_distance: "ground distance (km)",
    /// The heading of the "Check the numbers" section.
    facts_heading: "Check the numbers",
    /// The line under that heading saying what the table gives for every number.
    facts_help: "Every number on this page and where it comes from: who reported it, or how it was computed, from what, and the test that checks the method.",
    /// The status line in the "Check the numbers" section while the table is worked out.
    facts_loading: "Working out the table…",
    /// The headings of reported quantities (`event/figure_text.rs`, `quantity_label`).
    quantity_count: "Number fired",
    /// The label of a reported distance flown, on event cards, tables and the chart.
    quantity_distance: "Distance flown",
    /// The label of a reported highest altitude, on event cards, tables and the chart.
    quantity_apogee: "Highest altitude",
    /// The label of a reported distance to a declared target, on event cards.
    quantity_target_distance: "Distance to declared target",
    /// The heading of a weapon's claimed maximum range, drawn as a ring (not a distance flown).
    quantity_claimed_range: "Claimed range",
    /// When sources differ on a quantity: {0} the lowest figure, {1} its publisher, {2} the highest, {3} its publisher.
    figure_span: "{0} ({1}) to {2} ({3})",
    /// A reported figure that is approximate: {} is the number with its unit.
    qualifier_about: "about {}",
    /// A reported figure that is a lower bound, as in "at least 3 missiles".
    qualifier_at_least: "at least {}",
    /// A reported figure the true number exceeds, as in "more than 350 km".
    qualifier_more_than: "more than {}",
    /// Units, one and more.
    unit_km: "km",
    /// The unit after a count of exactly one missile.
    unit_missile: "missile",
    /// The unit after a count of missiles other than one.
    unit_missiles: "missiles",
    /// The unit after a count of exactly one rocket.
    unit_rocket: "rocket",
    /// The unit after a count of rockets other than one.
    unit_rockets: "rockets",
    /// A number and its unit: {0} is the number, {1} the unit.
    number_unit: "{0} {1}",
    /// The sixteen points of the compass from north, clockwise, joined by commas.
    compass_points: "north,north-northeast,northeast,east-northeast,east,east-southeast,southeast,south-southeast,south,south-southwest,southwest,west-southwest,west,west-northwest,northwest,north-northwest",
    /// The days of the week from Monday, short, joined by commas.
    weekdays: "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
    /// The months, short, joined by commas: the {mon} of the date patterns.
    months: "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
    /// Morning and afternoon, joined by a comma: the {ap} of the date patterns.
    am_pm: "AM,PM",
    /// An instant in the story's time zone. {y} year, {mo} month number, {mon} month name, {d} day, {wd} weekday, {H} hour 00-23, {h} hour 0-23, {h12} hour 1-12, {ap} AM or PM, {M} minute 00-59, {z} the zone's abbreviation.
    date_time_format: "{wd} {d} {mon} {y}, {H}:{M} {z}",
    /// The same instant in UTC, with the same fields.
    utc_format: "{d} {mon} {y}, {H}:{M} UTC",
    /// A day, with the same fields.
    date_format: "{d} {mon} {y}",
    /// A day without its year, for the timeline's axis.
    day_month_format: "{d} {mon}",
    /// Days of one month: {d0}, {mo0}, {mon0}, {y0} are the first day's fields, the others the last day's.
    span_same_month: "{d0}–{d} {mon} {y}",
    /// Days across months of one year, with the same fields.
    span_same_year: "{d0} {mon0} – {d} {mon} {y}",
    /// Days across years, with the same fields.
    span_years: "{d0} {mon0} {y0} – {d} {mon} {y}",
    /// Days of one month without the year, for the timeline's axis.
    span_short: "{d0}–{d} {mon}",
    /// The language switch's accessible name.
    lang_switch_label: "Language",
    /// A place mark's accessible name: {0} the place, {1} its distance, {2} the launch site.
    mark_distance: "{0}, {1} from {2}",
    /// The launch site's own mark's accessible name: {} the place.
    mark_site: "{}, the launch site",
    /// What the live region says when the ring or the launch changes: {0} how many places, {1} the radius, {2} the launch site.
    ring_status: "{0} of the story's places within {1} of {2}.",
    /// `story=` that is not a file of this site: {} the path.
    url_story_path: "URL parameter story={}: give the path of a story file on this site, such as stories/my-story.json",
    /// A list's items joined, shown for two of them: {0} and {1}.
    list_items: "{0}, {1}",
    /// Groups of a list joined when their items have commas of their own, shown for two: {0} and {1}.
    list_groups: "{0}; {1}",
    /// A thing with its figure or its sources after it: {0} the thing, {1} the figure.
    list_detail: "{0} ({1})",
    /// When the story's file in the reader's language did not load, and the page shows the story in the language it was written in: {} what went wrong.
    story_language_missing: "The story could not be loaded in this language, so it is shown in the language it was written in ({})",
}

/// The words only the on-demand module shows (the map in words, the profile and its table, "Check
/// the numbers", the computed standard range): a table of their own, so that the page does not
/// carry them. Their translations are `assets/i18n/ko.more.txt` and `ja.more.txt`, which only
/// the on-demand module loads (`ui::load_more_language`).
pub mod more {
    table! {
            /// The note under the trajectory chart saying what its arc model leaves out.
            trajectory_model_note: "The arc is computed for a point mass over a spherical, non-rotating Earth with no air: it leaves out air drag, the powered phase and Earth's rotation.",
            /// The caption of the table that sets the launches' figures side by side.
            compare_heading: "The launches side by side",
            /// The trajectory chart's note of how far heights are stretched: {} is the factor.
            vertical_exaggeration: "Vertical exaggeration: ×{}",
            /// The trajectory chart key's entry for the horizontal line at the launch site.
            profile_horizon: "Horizontal at launch: Earth curves away beneath it",
            /// The trajectory chart key's entry for a launch's computed arc, after its label.
            profile_arc: "minimum-energy arc",
            /// The trajectory chart key's entry for a reported apogee: {0} is the launch, {1} the height, {2} the publisher.
            profile_apogee: "{0}: reported apogee {1} ({2})",
            /// The chart in words, one launch: {0} is the launch, {1} its range, {2} `profile_description_apogee` or nothing, {3} the arc's apogee.
            profile_description: "{0}: range {1}{2}; a minimum-energy arc to that range peaks at {3}",
            /// The reported apogee in that sentence: {0} is the height, {1} the publisher.
            profile_description_apogee: ", reported apogee {0} ({1})",
            /// The link under the table of numbers that downloads it as CSV.
            facts_download: "Download the table (CSV)",
            /// The table of numbers' first column heading: which event a number belongs to.
            facts_event: "Event",
            /// The table of numbers' column heading for what each number measures.
            facts_what: "What",
            /// The table of numbers' column heading for the number with its unit.
            facts_value: "Value",
            /// The table of numbers' column heading: reported, computed, story text or setting.
            facts_origin: "Origin",
            /// The table of numbers' column heading for who reported it or how it was computed.
            facts_source: "Source or method",
            /// The lead of a computed number's inputs, in the table's source-or-method cell.
            facts_inputs: "Inputs:",
            /// The words before the name of the test that checks a row's method, in the table.
            facts_checked_by: "Checked by",
            /// The link to a row's source page, after its name in the table of numbers.
            facts_link: "(link)",
            /// The heading of the map's description and table.
            map_text_heading: "The map in words",
            /// The description's first sentence: {0} how many places, {1} the launch site.
            map_text_marks: "The map marks the story's {0} places. Distances and directions are from {1}, the launch site.",
            /// The reported rings: {} lists each distance with who reported it.
            map_text_rings: "Rings mark the distances reported for this launch: {}.",
            /// The rings of ranges claimed for the weapon: {} lists each with who claimed it.
            map_text_claimed: "Rings also mark ranges claimed for the weapon, not distances flown: {}.",
            /// The places inside the reader's ring: {} lists them.
            map_text_in_ring: "Inside your ring: {}.",
            /// The summary of the table of every mark.
            map_text_table: "Every mark, as a table",
            /// The table's column of place names.
            table_place: "Place",
            /// The table's column of distances from the launch site.
            table_distance: "Distance",
            /// The table's column of compass directions from the launch site.
            table_direction: "Direction",
            /// Yes, in a table cell.
            yes: "yes",
            /// No, in a table cell.
            no: "no",
            /// A lofted flight's range on a minimum-energy path: {0} burnout speed in km/s, {1} the range, {2} the assumed burnout altitude, {3} whose apogee and distance it rests on.
            standard_range: "Computed from {3}'s apogee and distance: the speed this lofted flight needed at burnout, {0} km/s, would carry it about {1} from burnout to impact on a minimum-energy path (burnout assumed {2} up; a spherical, non-rotating Earth without air).",
            /// Said by assets/on-demand.js (which reads this file itself) while a map download is made.
            download_preparing: "Preparing the file…",
            /// Said by on-demand.js once the download has been given to the browser.
            download_done: "Downloaded.",
            /// By on-demand.js when "Check the numbers" could not be worked out: {} what went wrong.
            failed_facts: "The table of numbers could not be worked out: {}",
            /// By on-demand.js when the map could not be downloaded: {} what went wrong.
            failed_download: "The map could not be downloaded: {}",
            /// By on-demand.js when the profile or the map in words could not be drawn: {} what went wrong.
            failed_section: "This section could not be drawn: {}",
            /// By on-demand.js when the errors of a story file or of the page address could not be listed: {} what went wrong.
            failed_errors: "The errors could not be listed: {}",
            /// A page-address setting that could not be used: {0} its name, {1} its value, {2} what is wrong (one of the `url_` lines after this). The on-demand module lists them (the page shows only the notice's heading).
            url_param: "URL parameter {0}={1}: {2}",
            /// `event=` with nothing after it.
            url_empty_event: "is empty; give an event id",
            /// `ring=` with something that is not a number.
            url_not_km: "not a number of kilometres, such as 300",
            /// `ring=` out of range: {0} the smallest radius, {1} the largest.
            url_ring_range: "the ring radius must be from {0} to {1} km",
            /// `compare=` with something other than 1 or 0.
            url_one_or_zero: "write 1 to compare every launch, or 0",
            /// `theme=` with something other than light or dark.
            url_theme: "write light or dark",
            /// `lang=` naming a language the page does not have.
            url_lang: "write en, ko or ja",
            /// `layers=` naming a layer there is not: {} the name.
            url_layer: "unknown layer \"{}\"; use rings, paths, eez, labels or none",
            /// `view=` not in the form latitude,longitude,width.
            url_view_form: "write it as latitude,longitude,width in km, such as 38.5,131.0,1200",
            /// `view=` with a latitude or longitude off the globe.
            url_view_off_globe: "latitude or longitude out of range; write it as latitude,longitude,width in km, such as 38.5,131.0,1200",
            /// `view=` with a width out of range: {0} the narrowest, {1} the widest.
            url_width_range: "the width must be from {0} to {1} km",
            /// "Check the numbers": The table's origin column, in this order: reported, computed, story text, setting; joined by commas.
            origins: "reported,computed,story text,setting",
            /// "Check the numbers": A number in the headline or summary.
            fact_in_headline: "In the headline or summary",
            /// "Check the numbers": A number in an event's text.
            fact_in_event_text: "In the event's text",
            /// "Check the numbers": A number in a source's title.
            fact_in_source_title: "In a source's title",
            /// "Check the numbers": A number in the credits.
            fact_in_credits: "In the credits",
            /// "Check the numbers": A place's latitude: {} the place.
            fact_latitude: "{} latitude",
            /// "Check the numbers": A place's longitude: {} the place.
            fact_longitude: "{} longitude",
            /// "Check the numbers": A computed distance: {0} the launch site, {1} the place.
            fact_distance: "Distance from {0} to {1}",
            /// "Check the numbers": A computed distance to a country's coast: {0} the launch site, {1} the country.
            fact_to_coast: "Distance from {0} to {1}'s nearest coast",
            /// "Check the numbers": A computed minimum-energy apogee: {} the range.
            fact_apogee: "Minimum-energy apogee for {}",
            /// "Check the numbers": What went into it: {} the range.
            fact_apogee_input: "range {}",
            /// "Check the numbers": The estimated impact area's first bearing.
            fact_first_bearing: "Estimated impact area: first bearing",
            /// "Check the numbers": Its last bearing.
            fact_last_bearing: "Estimated impact area: last bearing",
            /// "Check the numbers": What the bearings rest on: {0} the direction (quoted as reported, or `fact_assumed_bearing`), {1} the launch site.
            fact_bearing_input: "{0} from {1}",
            /// "Check the numbers": When the direction was assumed, not reported.
            fact_assumed_bearing: "assumed bearing",
            /// "Check the numbers": The estimated impact area's nearest distance.
            fact_nearest_distance: "Estimated impact area: nearest distance",
            /// "Check the numbers": Its farthest distance.
            fact_farthest_distance: "Estimated impact area: farthest distance",
            /// "Check the numbers": What those rest on.
            fact_reported_distances: "the reported distances",
            /// "Check the numbers": The share of the impact area at sea.
            fact_share_at_sea: "Estimated impact area: share at sea",
            /// "Check the numbers": What it rests on: {0} cells at sea, {1} cells sampled.
            fact_cells_at_sea: "{0} of {1} sampled cells at sea",
            /// "Check the numbers": The impact area's nearest point to a country's coast: {} the country.
            fact_area_to_coast: "Impact area's nearest point to {}'s coast",
            /// "Check the numbers": The impact area's nearest point to the approximate EEZ line.
            fact_area_to_eez: "Impact area's nearest point to the approximate EEZ line",
            /// "Check the numbers": What those rest on.
            fact_area_edge: "the impact area's edge",
            /// "Check the numbers": The EEZ's greatest breadth, a legal definition.
            setting_eez: "Exclusive economic zone: greatest breadth",
            /// "Check the numbers": The ring's radius when the page opens.
            setting_ring_start: "Your ring: radius it starts at",
            /// "Check the numbers": The ring's smallest radius.
            setting_ring_min: "Your ring: smallest radius",
            /// "Check the numbers": The ring's largest radius.
            setting_ring_max: "Your ring: largest radius",
            /// "Check the numbers": The trajectory model's Earth radius.
            setting_earth_radius: "Earth's mean radius in the trajectory model",
            /// "Check the numbers": How many vertices each range ring has.
            setting_ring_vertices: "Vertices of each range ring",
            /// "Check the numbers": Where the EEZ's breadth is defined.
            source_unclos: "UN Convention on the Law of the Sea, Article 57",
            /// "Check the numbers": Where the Earth radius comes from.
            source_iugg: "IUGG mean radius",
            /// "Check the numbers": The method of a distance between two places.
            method_geodesic: "Geodesic distance on the WGS84 ellipsoid (Karney's algorithm, geo's Geodesic)",
            /// "Check the numbers": The method of a distance to a line of the basemap.
            method_nearest: "Shortest geodesic distance to the basemap's vertices (Natural Earth 1:10m)",
            /// "Check the numbers": The method of a minimum-energy apogee.
            method_apogee: "Minimum-energy ballistic arc over a spherical Earth of radius 6,371 km, no air",
            /// "Check the numbers": The method of the estimated impact area.
            method_area: "Sea within the reported direction's sector and the band of reported distances, sampled every 2° and 10 km (at most 60 × 40 cells)",
            /// The same when that speed is orbital: {0} the burnout speed, {1} circular speed there, both km/s, {2} the burnout altitude, {3} the source.
            standard_orbital: "Computed from {3}'s apogee and distance: this lofted flight needed {0} km/s at burnout, at least orbital speed there ({1} km/s), so on a minimum-energy path energy would not limit its range and no range is given (burnout assumed {2} up; a spherical, non-rotating Earth without air).",
            /// After either: the ranges the story's sources published for the weapon, to read beside the computed one: {} each with who published it.
            standard_published: "Published estimates of its range: {}.",
    }
}

/// What is wrong with a translation file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StringsError {
    /// A line that is not `name = words`.
    #[error("{file}, line {line}: write it as name = words")]
    NotAnEntry {
        /// The file's name.
        file: String,
        /// The line's number, from 1.
        line: usize,
    },
    /// Fewer or more entries than the table has.
    #[error(
        "{file}: {found} entries; the table has {expected}, one line each in its order (src/text/strings.rs)"
    )]
    WrongCount {
        /// The file's name.
        file: String,
        /// How many entries the file has.
        found: usize,
        /// How many the table has.
        expected: usize,
    },
}

thread_local! {
    // One language per page: chosen before the page is drawn. Per thread, so that the native
    // tests can each draw in their own.
    static CHOSEN: Cell<(Lang, &'static Strings)> = const { Cell::new((Lang::En, &EN)) };
}

/// The strings for the reader's language.
pub fn strings() -> &'static Strings {
    CHOSEN.with(|c| c.get().1)
}

/// The reader's language, as chosen by [`use_language`]; English until then.
pub fn language() -> Lang {
    CHOSEN.with(|c| c.get().0)
}

/// Draws what follows in `lang`, with its words.
pub fn use_language(lang: Lang, words: &'static Strings) {
    CHOSEN.with(|c| c.set((lang, words)));
}

thread_local! {
    static CHOSEN_MORE: Cell<&'static more::Strings> = const { Cell::new(&more::EN) };
}

/// The on-demand module's words for the reader's language (English until
/// [`use_more_language`]).
pub fn more_strings() -> &'static more::Strings {
    CHOSEN_MORE.with(Cell::get)
}

/// Gives the on-demand module's words in the reader's language.
pub fn use_more_language(words: &'static more::Strings) {
    CHOSEN_MORE.with(|c| c.set(words));
}

/// `pattern` with each `{}` replaced by the next of `args`, and each `{0}`…`{9}` by that one
/// of them, so that a language can put them in its own order.
///
/// ```
/// use launchmap::fill;
/// assert_eq!(fill("{} of {}", &["3", "5"]), "3 of 5");
/// assert_eq!(fill("{1}에서 {0}", &["300 km", "순안"]), "순안에서 300 km");
/// ```
pub fn fill(pattern: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut next = 0;
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let (index, skip) = match after.as_bytes() {
            [b'}', ..] => {
                next += 1;
                (Some(next - 1), 1)
            }
            [d @ b'0'..=b'9', b'}', ..] => (Some(usize::from(d - b'0')), 2),
            _ => (None, 0),
        };
        match index {
            Some(i) => out.push_str(args.get(i).copied().unwrap_or_default()),
            None => out.push('{'),
        }
        rest = &after[skip..];
    }
    out.push_str(rest);
    out
}

/// `items` joined as `pattern` joins two of them (`"{0}, {1}"`), so that each language keeps its
/// own separator.
///
/// ```
/// use launchmap::join_as;
/// let cities = ["ソウル", "東京", "大阪"].map(String::from);
/// assert_eq!(join_as("{0}、{1}", &cities), "ソウル、東京、大阪");
/// assert_eq!(join_as("{0}, {1}", &["Seoul".to_owned()]), "Seoul");
/// ```
// One type of item, not `impl AsRef<str>`: each instance costs the page's module 250 B.
pub fn join_as(pattern: &str, items: &[String]) -> String {
    let between = pattern
        .strip_prefix("{0}")
        .and_then(|rest| rest.strip_suffix("{1}"))
        .unwrap_or(", ");
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(between);
        }
        out.push_str(item);
    }
    out
}

/// The two sides of a pattern with one `{}`, for a view that puts an element between them.
pub fn around(pattern: &'static str) -> (&'static str, &'static str) {
    pattern.split_once("{}").unwrap_or((pattern, ""))
}

/// The `index`th of a comma-separated list in the table, such as a weekday.
pub fn nth(list: &'static str, index: usize) -> &'static str {
    let mut rest = list;
    for _ in 0..index {
        rest = rest.split_once(',').map_or("", |(_, after)| after);
    }
    rest.split_once(',').map_or(rest, |(item, _)| item)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(lang: &str) -> &'static str {
        match lang {
            "ko" => include_str!("../../assets/i18n/ko.txt"),
            "ja" => include_str!("../../assets/i18n/ja.txt"),
            "ko.more" => include_str!("../../assets/i18n/ko.more.txt"),
            _ => include_str!("../../assets/i18n/ja.more.txt"),
        }
    }

    fn entries(lang: &str) -> Vec<(&'static str, &'static str)> {
        file(lang)
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| l.split_once(" = ").unwrap_or((l, "")))
            .collect()
    }

    /// The argument numbers a pattern uses, with `{}` counted in order.
    fn arguments(pattern: &str) -> Vec<usize> {
        let mut next = 0;
        let mut found: Vec<usize> = pattern
            .match_indices('{')
            .filter_map(|(i, _)| match pattern.as_bytes().get(i + 1..) {
                Some([b'}', ..]) => {
                    next += 1;
                    Some(next - 1)
                }
                Some([d @ b'0'..=b'9', b'}', ..]) => Some(usize::from(d - b'0')),
                _ => None,
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    #[test]
    fn ko_and_ja_files_name_every_field_in_order() {
        for lang in ["ko", "ja"] {
            let names: Vec<&str> = entries(lang).iter().map(|(n, _)| *n).collect();
            assert_eq!(names, NAMES, "assets/i18n/{lang}.txt");
            let parsed = Strings::parse(lang, file(lang)).unwrap();
            assert_ne!(parsed.loading_story, EN.loading_story, "{lang}");
        }
    }

    #[test]
    fn the_on_demand_words_files_name_every_field_in_order() {
        for lang in ["ko.more", "ja.more"] {
            let names: Vec<&str> = entries(lang).iter().map(|(n, _)| *n).collect();
            assert_eq!(names, more::NAMES, "assets/i18n/{lang}.txt");
            let parsed = more::Strings::parse(lang, file(lang)).unwrap();
            assert_ne!(parsed.map_text_heading, more::EN.map_text_heading, "{lang}");
        }
    }

    #[test]
    fn translations_keep_every_argument_and_list_length() {
        let tables = [
            ("ko", EN.values()),
            ("ja", EN.values()),
            ("ko.more", more::EN.values()),
            ("ja.more", more::EN.values()),
        ];
        for (lang, english) in tables {
            for ((name, words), english) in entries(lang).into_iter().zip(english) {
                assert_eq!(arguments(words), arguments(english), "{lang}: {name} = {words}");
                // A view puts an element between the sides of these (`around`): one `{}`.
                if name == "reported_by" {
                    assert_eq!(words.matches("{}").count(), 1, "{lang}: {name} = {words}");
                }
                if ["compass_points", "weekdays", "months", "am_pm", "origins"].contains(&name) {
                    assert_eq!(
                        words.split(',').count(),
                        english.split(',').count(),
                        "{lang}: {name}"
                    );
                }
                // Date patterns name their fields in braces too: each language uses known ones.
                if name.ends_with("_format") || name.starts_with("span_") {
                    for (i, _) in words.match_indices('{') {
                        let field = &words[i + 1..i + words[i..].find('}').unwrap()];
                        let known = [
                            "y", "mo", "mon", "d", "wd", "H", "h", "h12", "ap", "M", "z", "y0", "mo0",
                            "mon0", "d0",
                        ];
                        assert!(known.contains(&field), "{lang}: {name} has {{{field}}}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_file_with_a_line_missing_is_refused_with_the_counts() {
        let text: String = NAMES[1..].iter().map(|n| format!("{n} = x\n")).collect();
        let err = Strings::parse("ko.txt", Box::leak(text.into_boxed_str())).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "ko.txt: {} entries; the table has {}, one line each in its order (src/text/strings.rs)",
                NAMES.len() - 1,
                NAMES.len()
            )
        );
        let err = Strings::parse("ja.txt", "# note\n\nloading_story: x").unwrap_err();
        assert_eq!(err.to_string(), "ja.txt, line 3: write it as name = words");
    }

    #[test]
    fn fill_puts_numbered_arguments_in_their_places() {
        assert_eq!(
            fill("{0} ({1}) to {2} ({3})", &["a", "b", "c", "d"]),
            "a (b) to c (d)"
        );
        assert_eq!(fill("{2}, {0}", &["a", "b", "c"]), "c, a");
        assert_eq!(fill("{} {}", &["1"]), "1 ");
        assert_eq!(fill("{x} {", &[]), "{x} {");
    }
}
