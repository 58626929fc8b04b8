//! The basemap as the page knows it while it loads.

use std::sync::Arc;

use crate::map::basemap::Basemap;

/// The basemap as the page knows it while it is fetched.
#[derive(Debug, Clone, PartialEq)]
pub enum BasemapLoad {
    /// Still on its way.
    Loading,
    /// Read and checked.
    Ready(Arc<Basemap>),
    /// What went wrong (a `FetchError` or a `BasemapFileError`, as its message), for the reader
    /// and the editor; the map says it in place of the coast.
    Failed(String),
}
