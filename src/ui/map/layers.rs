//! The layers of the map's drawing that follow the reader's choices: the basemap with the EEZ
//! line, the rings and the estimated flights. Each is a small component inside the map's SVG.

use std::sync::Arc;

use leptos::prelude::*;

use crate::map::scene::{BasemapPaths, FlightMark, RingMark};
use crate::story::check::CheckedStory;
use crate::text::decimal::fixed;
use crate::text::number_text::format_km;
use crate::text::strings::strings;
use crate::view_state::Layers;

/// Land, borders and coasts once the basemap is in, and the EEZ line while its switch is on.
#[component]
pub fn BasemapLayer(
    /// The basemap's paths: none while it loads, or why it failed.
    paths: Memo<Option<Result<Arc<BasemapPaths>, String>>>,
    /// Whether the EEZ line is shown.
    eez_on: Memo<bool>,
    /// The EEZ line's tooltip: whose zones it draws.
    eez_title: String,
) -> impl IntoView {
    view! {
        {move || {
            paths
                .get()
                .and_then(Result::ok)
                .map(|p: Arc<BasemapPaths>| {
                    let (eez, eez_title) = (p.eez_d.clone(), eez_title.clone());
                    view! {
                        <path class="land" d=p.land_d.clone() />
                        <path class="border" d=p.border_d.clone() />
                        <path class="coast" d=p.coast_d.clone() />
                        {move || {
                            eez_on
                                .get()
                                .then(|| {
                                    view! {
                                        <path class="eez" d=eez.clone()>
                                            <title>{eez_title.clone()}</title>
                                        </path>
                                    }
                                })
                                .into_any()
                        }}
                    }
                })
                .into_any()
        }}
    }
}

/// A ring's label sits `dy_px` below its northernmost point; only its offsets and size follow
/// the zoom, so a zoom frame changes attributes and rebuilds nothing.
fn ring_label(class: &'static str, r: &RingMark, dy_px: f64, km_per_px: Memo<f64>) -> impl IntoView {
    let (x_km, y_km) = (r.label_x_km, r.label_y_km);
    view! {
        <text
            class=class
            x=move || fixed(x_km + 4.0 * km_per_px.get(), 2)
            y=move || fixed(y_km + dy_px * km_per_px.get(), 2)
            font-size=move || fixed(11.0 * km_per_px.get(), 3)
        >
            {format_km(r.radius_km * 1000.0)}
        </text>
    }
}

/// The rings the sources reported for the focused launch, each named with who reported it, and
/// the reader's own ring.
#[component]
pub fn RingLayer(
    /// Which layers the reader has switched on.
    layers: Memo<Layers>,
    /// The reported rings of the focused launch.
    rings: Memo<Vec<RingMark>>,
    /// The reader's ring around the focused launch site.
    user_ring: Memo<Option<RingMark>>,
    /// Kilometres per CSS pixel, which labels are sized by.
    km_per_px: Memo<f64>,
) -> impl IntoView {
    view! {
        <g class="rings">
            {move || {
                layers
                    .get()
                    .rings
                    .then(|| {
                        let reported = rings
                            .get()
                            .into_iter()
                            .map(|r| {
                                let who = r.reported_by.join(", ");
                                let label = ring_label("ring-label", &r, -4.0, km_per_px);
                                let (class, what) = if r.claimed {
                                    ("ring ring--claimed", format!(" ({})", strings().quantity_claimed_range))
                                } else {
                                    ("ring ring--reported", String::new())
                                };
                                // A claimed range says so; a distance flown needs no word.
                                view! {
                                    <path class=class d=r.d>
                                        <title>
                                            {format!("{}{what}: {who}", format_km(r.radius_km * 1000.0))}
                                        </title>
                                    </path>
                                    {label}
                                }
                            });
                        let mine = user_ring
                            .get()
                            .map(|r| {
                                let label = ring_label("ring-label ring-label--custom", &r, 14.0, km_per_px);
                                view! {
                                    <path class="ring ring--custom" d=r.d />
                                    {label}
                                }
                            });
                        view! {
                            {reported.collect_view()}
                            {mine}
                        }
                    })
                    .into_any()
            }}
        </g>
    }
}

/// The estimated flights: the sector's path and the impact area, the focused launch's marked.
#[component]
pub fn FlightLayer(
    /// Which layers the reader has switched on.
    layers: Memo<Layers>,
    /// Every estimated flight of the story.
    flights: Memo<Arc<Vec<FlightMark>>>,
    /// The checked story.
    story: Arc<CheckedStory>,
    /// The focused launch, whose flight is drawn stronger.
    focus: Memo<Option<usize>>,
) -> impl IntoView {
    view! {
        <g class="flights">
            {move || {
                layers
                    .get()
                    .paths
                    .then(|| {
                        let focused = focus.get().map(|f| &story.story.events[f].id);
                        flights
                            .get()
                            .iter()
                            .map(|f| {
                                let class = if Some(&f.estimate.event_id) == focused {
                                    "flight flight--focus"
                                } else {
                                    "flight"
                                };
                                view! {
                                    <g class=class>
                                        <path class="flight-path" d=f.path_d.clone() />
                                        <path class="flight-draw" d=f.path_d.clone() pathLength="1" />
                                        <path class="impact-area" d=f.impact_d.clone() />
                                    </g>
                                }
                            })
                            .collect_view()
                    })
                    .into_any()
            }}
        </g>
    }
}
