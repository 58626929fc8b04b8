//! Turns pointer input (mouse, pen, one or two fingers) into view changes: drag to pan, pinch
//! to zoom, double-click or double-tap to zoom in. Pure, so that it is tested without a browser.

use crate::map::view::ViewChange;

/// Two taps closer than this in time and space make a double tap.
const DOUBLE_TAP_MS: f64 = 300.0;
const DOUBLE_TAP_PX: f64 = 24.0;
/// How much a double tap or double click zooms in; shift-double-click zooms out by as much.
pub const DOUBLE_TAP_ZOOM: f64 = 2.0;

/// A pointer's position in CSS pixels relative to the map frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PointerAt {
    /// The browser's pointer id, which tells two fingers apart.
    pub id: i32,
    /// How far right of the map frame's left edge the pointer is, in CSS pixels.
    pub x_px: f64,
    /// How far below the map frame's top edge the pointer is, in CSS pixels.
    pub y_px: f64,
}

/// The pointers now down on the map and the last tap, turning their moves into view changes.
#[derive(Debug, Default, Clone)]
pub struct Gestures {
    down: Vec<PointerAt>,
    last_tap: Option<(f64, f64, f64)>,
}

impl Gestures {
    /// A pointer went down at `time_ms`. Returns a zoom when it completes a double tap.
    pub fn down(&mut self, p: PointerAt, time_ms: f64, is_touch: bool) -> Option<ViewChange> {
        self.down.retain(|q| q.id != p.id);
        self.down.push(p);
        // Mice report double clicks themselves (dblclick); fingers do not.
        if !is_touch || self.down.len() > 1 {
            return None;
        }
        match self.last_tap.take() {
            Some((t, x, y))
                if time_ms - t < DOUBLE_TAP_MS && (p.x_px - x).hypot(p.y_px - y) < DOUBLE_TAP_PX =>
            {
                Some(ViewChange::Zoom {
                    factor: DOUBLE_TAP_ZOOM,
                    x_px: p.x_px,
                    y_px: p.y_px,
                })
            }
            _ => {
                self.last_tap = Some((time_ms, p.x_px, p.y_px));
                None
            }
        }
    }

    /// A pointer moved. One pointer down pans; two pinch and pan together.
    pub fn moved(&mut self, p: PointerAt) -> Vec<ViewChange> {
        let Some(i) = self.down.iter().position(|q| q.id == p.id) else {
            return vec![];
        };
        let before = self.down.clone();
        self.down[i] = p;
        if p != before[i] {
            // A tap that moves is a drag, not half of a double tap.
            self.last_tap = None;
        }
        match before.len() {
            1 => vec![ViewChange::Pan {
                dx_px: p.x_px - before[0].x_px,
                dy_px: p.y_px - before[0].y_px,
            }],
            2 => {
                let (a0, b0) = (before[0], before[1]);
                let (a1, b1) = (self.down[0], self.down[1]);
                let d0 = (a0.x_px - b0.x_px).hypot(a0.y_px - b0.y_px);
                let d1 = (a1.x_px - b1.x_px).hypot(a1.y_px - b1.y_px);
                let (mx0, my0) = ((a0.x_px + b0.x_px) / 2.0, (a0.y_px + b0.y_px) / 2.0);
                let (mx1, my1) = ((a1.x_px + b1.x_px) / 2.0, (a1.y_px + b1.y_px) / 2.0);
                let mut changes = vec![ViewChange::Pan {
                    dx_px: mx1 - mx0,
                    dy_px: my1 - my0,
                }];
                if d0 > 1.0 && d1 > 1.0 {
                    changes.push(ViewChange::Zoom {
                        factor: d1 / d0,
                        x_px: mx1,
                        y_px: my1,
                    });
                }
                changes
            }
            _ => vec![],
        }
    }

    /// A pointer went up or was cancelled.
    pub fn up(&mut self, id: i32) {
        self.down.retain(|q| q.id != id);
    }
}

/// The zoom for a wheel turn of `delta_y_px` (positive: towards the reader, zoom out).
///
/// ```
/// use launchmap::wheel_zoom_factor;
/// assert!(wheel_zoom_factor(-100.0) > 1.0 && wheel_zoom_factor(100.0) < 1.0);
/// approx::assert_abs_diff_eq!(wheel_zoom_factor(100.0) * wheel_zoom_factor(-100.0), 1.0, epsilon = 1e-12);
/// ```
pub fn wheel_zoom_factor(delta_y_px: f64) -> f64 {
    (-delta_y_px.clamp(-300.0, 300.0) * 0.002).exp()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(id: i32, x: f64, y: f64) -> PointerAt {
        PointerAt { id, x_px: x, y_px: y }
    }

    #[test]
    fn one_finger_drag_pans_by_its_movement() {
        let mut g = Gestures::default();
        g.down(at(1, 100.0, 100.0), 0.0, true);
        assert_eq!(
            g.moved(at(1, 130.0, 90.0)),
            [ViewChange::Pan {
                dx_px: 30.0,
                dy_px: -10.0
            }]
        );

        g.up(1);
        assert!(g.moved(at(1, 200.0, 200.0)).is_empty());
    }

    #[test]
    fn spreading_two_fingers_zooms_in_about_their_midpoint() {
        let mut g = Gestures::default();
        g.down(at(1, 100.0, 100.0), 0.0, true);
        g.down(at(2, 200.0, 100.0), 10.0, true);
        let changes = g.moved(at(2, 300.0, 100.0));
        assert_eq!(
            changes[0],
            ViewChange::Pan {
                dx_px: 50.0,
                dy_px: 0.0
            }
        );
        assert_eq!(
            changes[1],
            ViewChange::Zoom {
                factor: 2.0,
                x_px: 200.0,
                y_px: 100.0
            }
        );
    }

    #[test]
    fn two_quick_taps_in_one_place_zoom_in_but_slow_or_far_ones_do_not() {
        let mut g = Gestures::default();
        assert_eq!(g.down(at(1, 50.0, 50.0), 0.0, true), None);
        g.up(1);
        let zoom = g.down(at(1, 55.0, 52.0), 200.0, true);
        assert_eq!(
            zoom,
            Some(ViewChange::Zoom {
                factor: DOUBLE_TAP_ZOOM,
                x_px: 55.0,
                y_px: 52.0
            })
        );
        g.up(1);
        g.down(at(1, 50.0, 50.0), 1000.0, true);
        g.up(1);
        assert_eq!(g.down(at(1, 50.0, 50.0), 1500.0, true), None);
        g.up(1);
        assert_eq!(g.down(at(1, 150.0, 50.0), 1600.0, true), None);
    }

    #[test]
    fn mouse_clicks_leave_double_clicks_to_the_browser() {
        let mut g = Gestures::default();
        g.down(at(1, 50.0, 50.0), 0.0, false);
        g.up(1);
        assert_eq!(g.down(at(1, 50.0, 50.0), 100.0, false), None);
    }
}
