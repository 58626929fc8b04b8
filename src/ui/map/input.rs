//! The map's input: pointer, wheel, double click and keys, turned into camera moves through the
//! core's gestures and key map.

use leptos::ev;
use leptos::prelude::*;

use super::camera::Camera;
use crate::map::gesture::{wheel_zoom_factor, Gestures, PointerAt, DOUBLE_TAP_ZOOM};
use crate::map::view::{key_command, KeyCommand, ViewChange};
use crate::platform;

fn pointer_at(input: &platform::PointerInput) -> PointerAt {
    PointerAt {
        id: input.pointer_id,
        x_px: input.x_px,
        y_px: input.y_px,
    }
}

/// What the map's event handlers share.
#[derive(Clone, Copy)]
pub struct MapInput {
    pub camera: Camera,
    pub gestures: StoredValue<Gestures>,
    /// Whether to say that a plain wheel scrolls the page (a live region: set only on a change).
    pub show_wheel_hint: RwSignal<bool>,
}

impl MapInput {
    /// A finger or button down: the start of a drag or pinch, or a double tap.
    pub fn pointer_down(self, e: ev::PointerEvent) {
        let input = platform::pointer_input(&e);
        // Set only on a change: every set re-renders the hint, a live region, even to the same value.
        if self.show_wheel_hint.get_untracked() {
            self.show_wheel_hint.set(false);
        }
        let zoom = self
            .gestures
            .try_update_value(|g| g.down(pointer_at(&input), input.time_ms, input.is_touch))
            .flatten();
        if let Some(change) = zoom {
            self.camera.request(change);
        }
    }
    /// A pointer moving: a drag pans, a pinch zooms.
    pub fn pointer_move(self, e: ev::PointerEvent) {
        let input = platform::pointer_input(&e);
        let changes = self
            .gestures
            .try_update_value(|g| g.moved(pointer_at(&input)))
            .unwrap_or_default();
        if !changes.is_empty() {
            // Captured only once it drags, so that a plain click still reaches a mark.
            platform::capture_pointer(&e);
        }
        for change in changes {
            self.camera.request(change);
        }
    }
    /// A finger or button up, or the pointer lost.
    pub fn pointer_up(self, e: ev::PointerEvent) {
        let input = platform::pointer_input(&e);
        self.gestures.update_value(|g| g.up(input.pointer_id));
    }
    /// The wheel zooms with Ctrl or Cmd (or a pinch on a trackpad), or when the map has the
    /// focus; otherwise it scrolls the page, and the map says how to zoom.
    pub fn wheel(self, e: ev::WheelEvent) {
        let wheel = platform::wheel_input(&e);
        if wheel.with_modifier || platform::target_has_focus(&e) {
            platform::prevent_default(&e);
            self.camera.request(ViewChange::Zoom {
                factor: wheel_zoom_factor(wheel.delta_y_px),
                x_px: wheel.x_px,
                y_px: wheel.y_px,
            });
        } else {
            if !self.show_wheel_hint.get_untracked() {
                self.show_wheel_hint.set(true);
            }
        }
    }
    /// A double click zooms in there; with Shift, out.
    pub fn double_click(self, e: ev::MouseEvent) {
        let (x_px, y_px) = platform::mouse_position(&e);
        let factor = if e.shift_key() {
            1.0 / DOUBLE_TAP_ZOOM
        } else {
            DOUBLE_TAP_ZOOM
        };
        self.camera.request(ViewChange::Zoom { factor, x_px, y_px });
    }
    /// The map's keys (`map::view::key_command`).
    pub fn key(self, e: ev::KeyboardEvent) {
        let Some(command) = key_command(&platform::key(&e), self.camera.width_px.get_untracked()) else {
            return;
        };
        platform::prevent_default(&e);
        match command {
            KeyCommand::Change(change) => self.camera.request(change),
            KeyCommand::Reset => self.camera.reset(),
        }
    }
}
