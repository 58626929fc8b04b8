//! The map's camera as the page holds it: what is drawn, and where input has asked it to go by
//! the next frame. Input only moves the target; one animation frame then draws it, so a burst of
//! pointer or wheel events costs one redraw.

use leptos::prelude::*;

use crate::map::view::{MapView, ViewChange, ASPECT, NOMINAL_WIDTH_PX};
use crate::platform;

/// When the map moves to a selected event, it zooms to between these widths.
const SELECTED_MIN_WIDTH_KM: f64 = 900.0;
const SELECTED_MAX_WIDTH_KM: f64 = 2_000.0;

/// The camera's signals; a copy of it is the same camera.
#[derive(Clone, Copy)]
pub struct Camera {
    /// What is drawn.
    pub view: RwSignal<MapView>,
    /// The map's width in CSS pixels, as the page lays it out.
    pub width_px: RwSignal<f64>,
    /// Kilometres per CSS pixel at the drawn view.
    pub km_per_px: Memo<f64>,
    target: StoredValue<MapView>,
    frame_requested: StoredValue<bool>,
    opening: MapView,
}

impl Camera {
    /// A camera at `initial` (the address's view, or the opening one), that `reset` brings back
    /// to `opening`.
    pub fn new(initial: MapView, opening: MapView) -> Self {
        let view = RwSignal::new(initial);
        let width_px = RwSignal::new(NOMINAL_WIDTH_PX);
        Self {
            view,
            width_px,
            km_per_px: Memo::new(move |_| view.get().km_per_px(width_px.get())),
            target: StoredValue::new(initial),
            frame_requested: StoredValue::new(false),
            opening,
        }
    }

    fn schedule_frame(self) {
        if !self.frame_requested.get_value() {
            self.frame_requested.set_value(true);
            platform::on_next_frame(move || {
                self.frame_requested.set_value(false);
                self.view.set(self.target.get_value());
            });
        }
    }

    /// Pans or zooms, within the view's limits, at the next frame.
    pub fn request(self, change: ViewChange) {
        let w = self.width_px.get_untracked();
        self.target.update_value(|t| *t = t.apply(change, w));
        self.schedule_frame();
    }

    /// Back to the opening view.
    pub fn reset(self) {
        self.target.set_value(self.opening);
        self.schedule_frame();
    }

    /// Zooms by `factor` about the map's centre.
    pub fn zoom_at_centre(self, factor: f64) {
        let w = self.width_px.get_untracked();
        self.request(ViewChange::Zoom {
            factor,
            x_px: w / 2.0,
            y_px: w * ASPECT / 2.0,
        });
    }

    /// Centres on a point of the projected plane, in km, at a width that shows a selected event
    /// and its surroundings.
    pub fn move_to(self, x_km: f64, y_km: f64) {
        self.target.update_value(|t| {
            *t = MapView {
                centre_x_km: x_km,
                centre_y_km: y_km,
                width_km: t.width_km.clamp(SELECTED_MIN_WIDTH_KM, SELECTED_MAX_WIDTH_KM),
            }
        });
        self.schedule_frame();
    }
}
