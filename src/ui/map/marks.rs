//! The story's places on the map: their marks, which a reader can click, and their names.

use std::sync::Arc;

use leptos::prelude::*;

use crate::map::describe::mark_name;
use crate::map::labels::{layout_labels, FONT_PX, MARK_RADIUS_PX};
use crate::map::scene::PlaceMark;
use crate::map::view::{svg_xy, MapView};
use crate::platform;
use crate::story::check::CheckedStory;
use crate::story::Place;
use crate::text::decimal::fixed;
use crate::ui::batched::{first_batch, SMALL_ITEMS_PER_TASK};
use crate::view_state::{Layers, ViewState};

/// The places as marks: built once, a batch a task for a long story, and on a zoom frame only
/// resized. Each can be reached with Tab, and is named with its distance from the launch shown;
/// a launch point selects the latest launch fired from it, by click, Enter or Space.
#[component]
pub fn PlaceLayer(
    /// The checked story.
    story: Arc<CheckedStory>,
    /// The places, projected.
    marks: Arc<Vec<PlaceMark>>,
    /// Kilometres per CSS pixel, which the marks are sized by.
    km_per_px: Memo<f64>,
    /// The page's state, where a click selects a launch.
    view: RwSignal<ViewState>,
    /// The launch the map shows, whose site the marks read their distances from.
    focus: Memo<Option<usize>>,
) -> impl IntoView {
    let list = NodeRef::<leptos::svg::G>::new();
    let first = first_batch(list, marks.len(), SMALL_ITEMS_PER_TASK, move |i| {
        let m = &marks[i];
        let (x, y) = svg_xy(m.at);
        let (class, role) = if m.is_launch_point {
            ("place place--launch", "button")
        } else {
            ("place", "img")
        };
        let launch = story.latest_launch_from(&m.id).map(|e| e.id.clone());
        let select = move || {
            if let Some(id) = launch.clone() {
                view.update(|v| v.selected_event = Some(id));
            }
        };
        let on_key = {
            let select = select.clone();
            move |e: leptos::ev::KeyboardEvent| {
                // Space would scroll the page.
                if matches!(platform::key(&e).as_str(), "Enter" | " ") {
                    platform::prevent_default(&e);
                    select();
                }
            }
        };
        let (name, at) = (m.name.clone(), story.story.place(&m.id).map(Place::at));
        let story = story.clone();
        let title = move || {
            let site = focus.get().and_then(|f| story.first_place(f));
            match at {
                Some(at) => mark_name(&name, at, site.map(|p| (p.name.as_str(), p.at()))),
                None => name.clone(),
            }
        };
        view! {
            <circle
                class=class
                data-place=m.id.clone()
                cx=fixed(x, 2)
                cy=fixed(y, 2)
                r=move || fixed(MARK_RADIUS_PX * km_per_px.get(), 3)
                tabindex="0"
                role=role
                on:click=move |_| select()
                on:keydown=on_key
            >
                // The mark's name, for screen readers and as the pointer's tooltip.
                <title>{title}</title>
            </circle>
        }
        .into_any()
    });
    view! {
        <g class="places" node_ref=list>
            {first}
        </g>
    }
}

/// The places' names, laid out for the zoom so that none overlap (the least important dropped).
#[component]
pub fn LabelLayer(
    /// Which layers the reader has switched on.
    layers: Memo<Layers>,
    /// The places, projected.
    marks: Arc<Vec<PlaceMark>>,
    /// Kilometres per CSS pixel, which the labels are sized and laid out by.
    km_per_px: Memo<f64>,
    /// What the map shows: labels outside it are not laid out.
    map_view: RwSignal<MapView>,
) -> impl IntoView {
    let label = move |k: f64, m: &PlaceMark, x_km: f64, y_km: f64| {
        let class = if m.is_launch_point {
            "label label--launch"
        } else {
            "label"
        };
        view! {
            <text class=class x=fixed(x_km, 2) y=fixed(y_km, 2) font-size=fixed(FONT_PX * k, 3)>
                {m.name.clone()}
            </text>
        }
    };
    view! {
        <g class="labels" aria-hidden="true">
            {move || {
                let k = km_per_px.get();
                let visible = map_view.get().view_box();
                layers
                    .get()
                    .labels
                    .then(|| {
                        layout_labels(&marks, k, Some(visible))
                            .into_iter()
                            .map(|l| label(k, &marks[l.mark_index], l.x_km, l.y_km))
                            .collect_view()
                    })
                    .into_any()
            }}
        </g>
    }
}
