//! The map: its basemap, the marks of a story projected for SVG, their labels, and the camera
//! that pans and zooms over them.

/// The basemap's model (land, coasts, borders, the EEZ line) and its binary file format.
pub mod basemap;
/// The map in words: its description, and every mark as a table row.
pub mod describe;
/// What the "What is estimated" panel says about a flight's impact area, with what it rests on.
pub mod estimate_text;
/// Estimated flights as marks: sector, impact area at sea, distances to coast and EEZ line.
pub mod flights;
/// Pointer input (drag, pinch, wheel) turned into camera moves.
pub mod gesture;
/// Labels beside their marks, none overlapping, the least important dropped first.
pub mod labels;
/// The story's places as marks, and the projection the map is drawn in.
pub mod marks;
/// SVG path data, and the basemap's land, coasts, borders and EEZ line as paths.
pub mod paths;
/// Range rings as marks: reported distances, the reader's ring, and what lies within it.
pub mod rings;
/// The scene: everything the map draws for a story, built from the marks above (its index).
pub mod scene;
/// The camera: which part of the projected plane the reader sees.
pub mod view;
