//! Natively there is no canvas: a backend that draws nothing, so that the page's components
//! compile for the command line and the native tests (which never draw).

use plotters_backend::{BackendColor, BackendCoord, DrawingBackend, DrawingErrorKind};

/// Stands for the browser's canvas backend; never made natively.
pub struct CanvasBackend;

/// A canvas call that failed, with what the browser said.
#[derive(Debug, thiserror::Error)]
#[error("the canvas refused to draw: {0}")]
pub struct CanvasError(pub String);

impl DrawingBackend for CanvasBackend {
    type ErrorType = CanvasError;
    fn get_size(&self) -> (u32, u32) {
        (0, 0)
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }
    fn draw_pixel(&mut self, _: BackendCoord, _: BackendColor) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }
}
