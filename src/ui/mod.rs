//! The Leptos components. They read the core through signals and memos; what is worked out (a
//! lookup, a format, a key map, a parse) is a core function with native tests, and a component
//! only wires it to signals and markup.
//!
//! One habit for page weight: a reactive child is written inline as `{move || ...}`, and one that
//! returns markup ends in `.into_any()`. Under `--cfg erase_components` the view macro then
//! renders every such child through one shared code path instead of one per closure, which
//! saved about 4 KB gzip.

/// The page address follows the reader, for links to the view.
mod address;
/// The root: reads the address, loads the story and the basemap, shows the page or the errors.
mod app;
/// The basemap as the page knows it while it loads.
mod basemap_load;
/// Long lists built a batch a task, so that no task grows long.
mod batched;
/// What is wrong with a story file, each error with its place.
mod error_panel;
/// The event cards, and the selected one beside the timeline.
mod event_list;
/// "Check the numbers", closed until the reader opens it.
mod facts_panel;
/// The page's language: its words, its story, `<html lang>`.
mod language;
/// The map: its camera, input, layers and controls.
mod map;
/// "The map in words": the slot in the page, and the description and table the on-demand module writes.
mod map_text;
/// The page: headline, timeline, map, events, sources, credits.
mod page;
/// The page drawn ahead of time, natively, for `index.html`.
#[cfg(not(target_arch = "wasm32"))]
mod prerender;
/// The trajectory section's heading, compare switch and the slot the profile loads into.
mod profile_slot;
/// "Copy link to this view", to the article when the explainer is in one.
mod share_button;
/// The numbered sources.
mod sources_list;
/// The timeline: the events on a true time axis, with Play.
mod timeline;
/// The trajectory profile and the comparison of launches (in the on-demand module).
mod trajectory;

pub use app::{story_from_bytes, App, Root};
pub use basemap_load::BasemapLoad;
pub use error_panel::StoryProblem;
pub use language::{default_story_url, load_language, load_more_language};
pub use map_text::mount_map_text;
#[cfg(not(target_arch = "wasm32"))]
pub use prerender::{prerender_page, prerender_profile, PrerenderError, PROFILE_IMAGE};
pub use profile_slot::mount_profile;
