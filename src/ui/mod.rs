//! The Leptos components. They read the core through signals and memos and hold no logic of
//! their own beyond wiring.
//!
//! One habit for page weight: a reactive child is written inline as `{move || ...}`, and one that
//! returns markup ends in `.into_any()`. Under `--cfg erase_components` the view macro then
//! renders every such child through one shared code path instead of one per closure, which
//! saved about 4 KB gzip.

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
/// The map's camera: what is drawn, and where input has asked it to go by the next frame.
mod map_camera;
/// The ring slider, the layer switches and the in-range list.
mod map_controls;
/// The map's input: pointer, wheel, double click and keys, turned into camera moves.
mod map_input;
/// The map's layers that follow the reader's choices: basemap, rings, flights, labels.
mod map_layers;
/// The map: basemap, rings, flights, places and labels, with pan and zoom.
mod map_panel;
/// The page: headline, timeline, map, events, sources, credits.
mod page;
/// The numbered sources.
mod sources_list;
/// The timeline: the events on a true time axis, with Play.
mod timeline;
/// The trajectory profile and the comparison of launches.
mod trajectory;

pub use app::{load_story, story_from_bytes, App, Root};
pub use basemap_load::BasemapLoad;
pub use error_panel::ErrorPanel;
pub use page::Page;
