//! The charts beside the map: the trajectory profile and the timeline's axis.

/// The trajectory profile (altitude against ground distance), drawn with plotters.
pub mod profile;
/// The timeline's axis: true time, with long quiet gaps squeezed and marked.
pub mod timeline;
