//! The page drawn ahead of time, at build time and natively (`launchmap prerender`): the same
//! components as the app, rendered once to HTML with the story's opening view, so that readers
//! without JavaScript, feeds, crawlers and printers get the whole story and its map, and everyone
//! gets them before the wasm has loaded.
//!
//! Three things differ from the app's own first frame, each to keep `index.html` light:
//! - the map draws a coarser basemap ([`COARSE_DEG`]), clipped to the opening view, with every
//!   path in whole kilometres ([`static_basemap_paths`], [`compact_path_data`]); every number on
//!   the page is still worked out from the full basemap;
//! - the profile section is for readers without JavaScript only (`noscript`), with plotters'
//!   SVG as an image beside the page ([`PROFILE_IMAGE`]) in place of the canvas;
//! - no effect runs: what the app does after its first frame (the address, the observers) waits
//!   for the app.
//!
//! The app builds its own page beside this one, unseen, and takes its place in one frame once
//! its basemap is in (`style/main.css`, `.prerendered`; [`crate::platform::remove_prerendered`]).

use std::sync::Arc;

use leptos::prelude::*;

use super::app::Root;
use super::basemap_load::BasemapLoad;
use super::trajectory::Trajectory;
use crate::chart::profile::ProfileChart;
use crate::export::map_image::escape_xml;
use crate::export::profile_image::profile_svg;
use crate::map::basemap::BasemapAsset;
use crate::map::scene::{
    compact_path_data, focus_launch, launch_extents, opening_view, place_marks, projection_for,
    static_basemap_paths, BasemapPaths,
};
use crate::map::view::ViewBox;
use crate::story::check::CheckedStory;
use crate::view_state::ViewState;

/// The tolerance of the prerendered map's coastline, in degrees: about 33 km, twelve pixels of
/// the default story's opening view on a desktop and six on a phone. The app's full coast takes
/// its place within a second; readers without scripts keep the shapes. The first view has no
/// bytes to spare (README, "Size"): 0.15° became 0.3° to pay for the timeline's label
/// placement (0.6 KB of the module); the last step, 0.25° to 0.3°, saved 107 B gzip.
const COARSE_DEG: f64 = 0.3;

/// The basemap's paths the prerendered map draws, given to the map panel as context.
#[derive(Debug, Clone)]
pub struct StaticPaths(pub Arc<BasemapPaths>);

/// Why the page could not be drawn ahead of time.
#[derive(Debug, thiserror::Error)]
pub enum PrerenderError {
    /// Plotters could not draw the profile.
    #[error("the trajectory profile could not be drawn: {0}")]
    Profile(String),
    /// The HTML the components gave has no slot where it was expected.
    #[error("the rendered page has no {0}; was the component changed?")]
    MissingSlot(&'static str),
}

/// Tasks are never run: the page is drawn once, as its components first build it.
struct NoTasks;

impl any_spawner::CustomExecutor for NoTasks {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The explainer's page for `story`, in its opening view, as HTML: the markup the app's
/// components give, with a coarse static map and the profile as SVG.
///
/// ```
/// let story = std::sync::Arc::new(launchmap::testing::default_story());
/// let asset = launchmap::BasemapAsset::parse("basemap.bin", launchmap::testing::BASEMAP_BYTES).unwrap();
/// let html = launchmap::prerender_page(story, &asset).expect("drawn");
/// assert!(html.starts_with("<main class=\"explainer\">"));
/// assert!(html.contains("class=\"land\""));
/// ```
pub fn prerender_page(story: Arc<CheckedStory>, asset: &BasemapAsset) -> Result<String, PrerenderError> {
    // Set once per process; a second call finds it set, which is as good.
    let _ = any_spawner::Executor::init_custom_executor(NoTasks);
    let owner = Owner::new();
    owner.with(|| {
        let projection = projection_for(&story.story);
        let marks = place_marks(&story.story, &projection);
        let opening = opening_view(&marks, &launch_extents(&story, &projection)).view_box();
        // The map's box has the view's aspect (`.map`, 4:3), so the view is all it shows; a
        // margin keeps the cut along the edges out of sight.
        let clip = ViewBox {
            left_km: opening.left_km - opening.width_km * 0.02,
            top_km: opening.top_km - opening.height_km * 0.02,
            width_km: opening.width_km * 1.04,
            height_km: opening.height_km * 1.04,
        };
        let coarse = asset.coarse(f64::from(asset.units_per_deg) * COARSE_DEG).decode();
        provide_context(StaticPaths(Arc::new(static_basemap_paths(
            &coarse,
            &projection,
            &clip,
        ))));
        let basemap = Signal::stored(BasemapLoad::Ready(Arc::new(asset.decode())));
        // Drawn once: nothing is tracked, as nothing will change.
        let page = untrack(|| {
            view! {
                <Root
                    story=Ok(story.clone())
                    view_state=ViewState::default()
                    address_errors=false
                    notes=vec![]
                    basemap=basemap
                />
            }
            .to_html()
        });
        let profile = profile_markup(&story)?;
        let page = fill_empty_div(&page, "class=\"profile-slot\"", &profile)?;
        let page = compact_map_paths(&page);
        // Leptos marks where its dynamic parts begin, for hydration; this page is never hydrated.
        // (Story text is escaped, so this is never text of the story.)
        Ok(page.replace("<!>", ""))
    })
}

/// Where the build writes the opening view's profile, beside the page, for readers without
/// JavaScript (`launchmap prerender`).
pub const PROFILE_IMAGE: &str = "assets/profile.svg";

/// The opening view's launches, for the profile.
fn opening_launches(story: &CheckedStory) -> Vec<usize> {
    focus_launch(story, None).into_iter().collect()
}

/// The opening view's trajectory profile as SVG: the file [`PROFILE_IMAGE`].
pub fn prerender_profile(story: &CheckedStory) -> Result<String, PrerenderError> {
    let chart = ProfileChart::for_launches(story, &opening_launches(story));
    let svg = profile_svg(&chart, 640, 300).map_err(|e| PrerenderError::Profile(e.to_string()))?;
    // A file of its own, shown by an `img`: it names its namespace and its size.
    Ok(svg.replacen(
        "<svg ",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"300\" ",
        1,
    ))
}

/// The profile section's content as the on-demand module draws it for the opening view, with
/// the chart as an image of [`PROFILE_IMAGE`] in place of the canvas, for readers without
/// JavaScript only (`noscript`): for the others the module draws it as they near it, and the
/// page weighs 1.4 KB gzip less than with the SVG in it (index.html 14,317 -> 12,943 B, measured).
fn profile_markup(story: &Arc<CheckedStory>) -> Result<String, PrerenderError> {
    let shown = opening_launches(story);
    let chart = ProfileChart::for_launches(story, &shown);
    let image = format!(
        "<img class=\"profile\" src=\"{PROFILE_IMAGE}\" width=\"640\" height=\"300\" alt=\"{}\">",
        escape_xml(&chart.description())
    );
    let markup = untrack(|| {
        view! { <Trajectory story=story.clone() shown=Signal::stored(shown) compare=Signal::stored(false) /> }
            .to_html()
    });
    let start = markup
        .find("<canvas")
        .ok_or(PrerenderError::MissingSlot("profile canvas"))?;
    let end = markup[start..]
        .find("</canvas>")
        .map(|i| start + i + "</canvas>".len())
        .ok_or(PrerenderError::MissingSlot("end of the profile canvas"))?;
    Ok(format!(
        "<noscript>{}{image}{}</noscript>",
        &markup[..start],
        &markup[end..]
    ))
}

/// The map's paths (rings, flights) in whole kilometres, as its coast already is: at the default
/// story's opening view a kilometre is 0.4 px on a desktop, and the page is 1.0 KB gzip lighter.
fn compact_map_paths(html: &str) -> String {
    let Some(start) = html.find("class=\"map\"") else {
        return html.to_owned();
    };
    let end = html[start..].find("</svg>").map_or(html.len(), |i| start + i);
    let mut out = String::with_capacity(html.len());
    out.push_str(&html[..start]);
    let mut rest = &html[start..end];
    while let Some(i) = rest.find(" d=\"") {
        let (before, after) = rest.split_at(i + 4);
        out.push_str(before);
        let close = after.find('"').unwrap_or(after.len());
        let d = &after[..close];
        out.push_str(&compact_path_data(d).unwrap_or_else(|| d.to_owned()));
        rest = &after[close..];
    }
    out.push_str(rest);
    out.push_str(&html[end..]);
    out
}

/// `html` with `content` put inside the first empty `<div>` whose attributes include `marker`.
fn fill_empty_div(html: &str, marker: &'static str, content: &str) -> Result<String, PrerenderError> {
    let from = html.find(marker).ok_or(PrerenderError::MissingSlot(marker))?;
    // Between the `>` that ends the opening tag and the `</div>` right after it.
    let at = html[from..]
        .find("></div>")
        .map(|i| from + i + 1)
        .ok_or(PrerenderError::MissingSlot(marker))?;
    Ok(format!("{}{content}{}", &html[..at], &html[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_page() -> String {
        let story = Arc::new(crate::testing::default_story());
        let asset = BasemapAsset::parse("assets/basemap.bin", crate::testing::BASEMAP_BYTES).expect("reads");
        prerender_page(story, &asset).expect("drawn")
    }

    #[test]
    fn the_default_page_has_the_headline_every_event_the_sources_and_a_map() {
        let html = default_page();
        let story = crate::testing::default_story();
        // Text content as the components write it: only `&`, `<` and `>` are escaped.
        let text = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        assert!(html.contains(&format!("<h1>{}</h1>", text(&story.story.title))));
        for event in &story.story.events {
            assert!(html.contains(&text(&event.title)), "{} missing", event.title);
        }
        for source in &story.story.sources {
            assert!(
                html.contains(source.publisher.as_str()),
                "{} missing",
                source.publisher
            );
        }
        for class in [
            "land",
            "coast",
            "border",
            "ring ring--reported",
            "place place--launch",
            "impact-area",
        ] {
            assert!(html.contains(&format!("class=\"{class}\"")), "no {class}");
        }
        // The profile for readers without JavaScript: its image and its description in words.
        assert!(
            html.contains("<noscript><div class=\"trajectory-body\">"),
            "the profile, in noscript"
        );
        assert!(html.contains("<img class=\"profile\" src=\"assets/profile.svg\""));
        assert!(
            html.contains("alt=\"Larger salvo from Sunan: range 350 km"),
            "{html}"
        );
        assert!(!html.contains("<canvas") && !html.contains("<svg class=\"profile\""));
        let svg = prerender_profile(&crate::testing::default_story()).unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"300\""));
        assert!(
            svg.matches("<polyline").count() >= 3,
            "the grid, the horizon and the arc"
        );
    }

    #[test]
    fn the_prerendered_map_is_a_fraction_of_the_apps() {
        let story = crate::testing::default_story();
        let projection = projection_for(&story.story);
        let full = crate::map::scene::basemap_paths(&crate::testing::basemap(), &projection);
        let html = default_page();
        let land = html
            .split("class=\"land\"")
            .next()
            .and_then(|before| before.rsplit("d=\"").next())
            .unwrap_or_default();
        assert!(
            land.len() * 4 < full.land_d.len(),
            "{} against {}",
            land.len(),
            full.land_d.len()
        );
    }
}
