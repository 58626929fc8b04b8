//! A plotters backend that draws on a canvas 2D context, for the trajectory profile.
//!
//! Why not the `plotters-canvas` crate: it writes each colour with Rust's float formatting, which
//! alone adds about 12 KB to the page; and it draws at one canvas pixel per CSS pixel, which is
//! blurry on high-density screens. This one draws at the screen's density.

use plotters_backend::{BackendColor, BackendCoord, BackendStyle, DrawingBackend, DrawingErrorKind};
use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

/// What the browser said, as text: an error's message, or a string. (Not `{:?}`: its glue
/// costs the page half a kilobyte.)
pub(super) fn describe(value: &wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "the browser gave no reason".to_owned())
}

/// Draws in CSS pixels of `size_px`; the context's transform maps them to device pixels.
pub struct CanvasBackend {
    pub context: CanvasRenderingContext2d,
    pub size_px: (u32, u32),
}

/// A canvas call that failed, with what the browser said.
#[derive(Debug, thiserror::Error)]
#[error("the canvas refused to draw: {0}")]
pub struct CanvasError(pub String);

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

/// `rgba(r,g,b,a)` with the alpha to three decimals, written with integers (no float formatting).
fn css_colour(colour: BackendColor) -> String {
    let (r, g, b) = colour.rgb;
    let alpha_milli = (colour.alpha.clamp(0.0, 1.0) * 1000.0).round() as u32;
    format!(
        "rgba({r},{g},{b},{}.{:03})",
        alpha_milli / 1000,
        alpha_milli % 1000
    )
}

impl CanvasBackend {
    fn stroke_style(&self, style: &impl BackendStyle) {
        self.context.set_stroke_style_str(&css_colour(style.color()));
        self.context.set_line_width(f64::from(style.stroke_width()));
    }

    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) {
        self.context.begin_path();
        for (i, (x, y)) in points.into_iter().enumerate() {
            if i == 0 {
                self.context.move_to(f64::from(x), f64::from(y));
            } else {
                self.context.line_to(f64::from(x), f64::from(y));
            }
        }
    }
}

impl DrawingBackend for CanvasBackend {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size_px
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, colour: BackendColor) -> Drawn {
        self.context.set_fill_style_str(&css_colour(colour));
        self.context
            .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (
            f64::from(bottom_right.0 - upper_left.0),
            f64::from(bottom_right.1 - upper_left.1),
        );
        if fill {
            self.context.set_fill_style_str(&css_colour(style.color()));
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke_style(style);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        self.stroke_style(style);
        self.trace(path);
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        self.context.set_fill_style_str(&css_colour(style.color()));
        self.trace(path);
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        centre: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.context.begin_path();
        self.context
            .arc(
                f64::from(centre.0),
                f64::from(centre.1),
                f64::from(radius),
                0.0,
                std::f64::consts::TAU,
            )
            .map_err(|e| DrawingErrorKind::DrawingError(CanvasError(describe(&e))))?;
        if fill {
            self.context.set_fill_style_str(&css_colour(style.color()));
            self.context.fill();
        } else {
            self.stroke_style(style);
            self.context.stroke();
        }
        Ok(())
    }
}
