//! What sits over the map's drawing: the zoom buttons, the scale bar, and the notes that say the
//! map is loading, failed, or wants a modifier key to zoom with the wheel.

use std::sync::Arc;

use leptos::prelude::*;

use super::camera::Camera;
use crate::map::scene::BasemapPaths;
use crate::map::view::{scale_bar, BUTTON_ZOOM};
use crate::text::decimal::fixed;
use crate::text::number_text::format_km;
use crate::text::strings::strings;

/// Zoom in, zoom out and back to the opening view.
#[component]
pub fn ZoomButtons(
    /// The map's camera, which the buttons move.
    camera: Camera,
) -> impl IntoView {
    let s = strings();
    view! {
        <div class="map-buttons">
            <button
                type="button"
                aria-label=s.zoom_in
                title=s.zoom_in
                on:click=move |_| camera.zoom_at_centre(BUTTON_ZOOM)
            >
                "+"
            </button>
            <button
                type="button"
                aria-label=s.zoom_out
                title=s.zoom_out
                on:click=move |_| camera.zoom_at_centre(1.0 / BUTTON_ZOOM)
            >
                "−"
            </button>
            <button type="button" aria-label=s.reset_view title=s.reset_view on:click=move |_| camera.reset()>
                "⟲"
            </button>
        </div>
    }
}

/// A bar of a round distance, at most 120 px long, for the zoom drawn.
#[component]
pub fn ScaleBar(
    /// Kilometres per CSS pixel at the drawn view.
    km_per_px: Memo<f64>,
) -> impl IntoView {
    view! {
        {move || {
            let bar = scale_bar(km_per_px.get(), 120.0);
            let end = 8.0 + bar.length_px;
            view! {
                <svg class="scale-bar" viewBox="0 0 150 26" width="150" height="26" aria-hidden="true">
                    <path d=format!("M8 14V20H{}V14", fixed(end, 1)) />
                    <text x="8" y="10">
                        {format_km(bar.length_km * 1000.0)}
                    </text>
                </svg>
            }
                .into_any()
        }}
    }
}

/// "Loading the map" until the basemap is in, or what went wrong with it; then nothing.
#[component]
pub fn MapStatus(
    /// The basemap's paths: none while it loads, or why it failed.
    paths: Memo<Option<Result<Arc<BasemapPaths>, String>>>,
    /// Whether the reader has just wheeled without the modifier that zooms.
    show_wheel_hint: RwSignal<bool>,
) -> impl IntoView {
    let s = strings();
    view! {
        {move || {
            show_wheel_hint
                .get()
                .then(|| {
                    view! {
                        <p class="wheel-hint" role="status">
                            {s.wheel_hint}
                        </p>
                    }
                })
                .into_any()
        }}
        {move || {
            match paths.get() {
                None => {
                    view! {
                        <p class="map-status" role="status">
                            {s.loading_map}
                        </p>
                    }
                        .into_any()
                }
                Some(Err(message)) => {
                    view! {
                        <p class="map-status map-status--error" role="alert">
                            {s.map_error}
                            ": "
                            <code>{message}</code>
                        </p>
                    }
                        .into_any()
                }
                Some(Ok(_)) => ().into_any(),
            }
        }}
    }
}
