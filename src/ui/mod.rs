//! The Leptos components. They read the core through signals and memos and hold no logic of
//! their own beyond wiring.
//!
//! One habit for page weight: a reactive child is written inline as `{move || ...}`, and one that
//! returns markup ends in `.into_any()`. Under `--cfg erase_components` the view macro then
//! renders every such child through one shared code path instead of one per closure, which
//! saved about 4 KB gzip.

mod app;
mod batched;
mod error_panel;
mod event_list;
mod facts_panel;
mod map_controls;
mod map_panel;
mod page;
mod sources_list;
mod timeline;
mod trajectory;

use std::sync::Arc;

pub use app::{load_story, story_from_bytes, App, Root};
pub use error_panel::ErrorPanel;
pub use page::Page;

use crate::basemap::Basemap;

/// The basemap as the page knows it while it is fetched.
#[derive(Debug, Clone, PartialEq)]
pub enum BasemapLoad {
    Loading,
    Ready(Arc<Basemap>),
    /// What went wrong, for the reader and the editor.
    Failed(String),
}
