//! The map as the reader uses it: a camera, the input that moves it, and one component per layer.

/// The map's camera: what is drawn, and where input has asked it to go by the next frame.
mod camera;
/// The ring slider, the layer switches and the in-range list.
mod controls;
/// The map's input: pointer, wheel, double click and keys, turned into camera moves.
mod input;
/// The layers that follow the reader's choices: basemap and EEZ line, rings, estimated flights.
mod layers;
/// The places' marks and their names.
mod marks;
/// Over the drawing: zoom buttons, scale bar, and the loading, error and wheel notes.
mod overlays;
/// The map: the SVG that holds the layers, with pan and zoom.
mod panel;

pub use controls::MapControls;
pub use panel::MapPanel;
