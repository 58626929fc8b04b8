//! The trajectory profile of the selected launch, or of both launches side by side, drawn with
//! plotters on a canvas, with the same facts in words and in a table.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::chart::profile::{draw, text_labels, ProfileChart};
use crate::event::entry::event_entry;
use crate::event::facts::{launch_facts, standard_range_sentence};
use crate::event::figure_text::quantity_label;
use crate::platform;
use crate::story::check::CheckedStory;
use crate::story::Quantity;
use crate::text::number_text::format_number;
use crate::text::strings::{fill, join_as, more_strings, strings};
use leptos::web_sys::HtmlCanvasElement;

const WIDTH_PX: u32 = 640;
const HEIGHT_PX: u32 = 300;
/// Frames the arcs take to draw: about a second at 60 frames a second.
const DRAW_FRAMES: u32 = 60;

/// Which drawing a frame belongs to, and where to report a failure.
#[derive(Clone)]
struct Drawing {
    this: u32,
    generation: Rc<Cell<u32>>,
    draw_error: RwSignal<Option<String>>,
}

fn draw_step(canvas: HtmlCanvasElement, chart: ProfileChart, step: u32, d: Drawing) {
    // A newer chart ends this drawing.
    if d.generation.get() != d.this {
        return;
    }
    let texts = text_labels(&chart, WIDTH_PX, HEIGHT_PX);
    let progress = f64::from(step) / f64::from(DRAW_FRAMES);
    let drawn = platform::draw_on_canvas(
        &canvas,
        (WIDTH_PX, HEIGHT_PX),
        |backend| draw(backend, &chart, progress),
        &texts,
    );
    if let Err(e) = drawn {
        d.draw_error.try_set(Some(e.to_string()));
        return;
    }
    d.draw_error.try_set(None);
    if step < DRAW_FRAMES {
        platform::on_next_frame(move || draw_step(canvas, chart, step + 1, d));
    }
}

/// The profile of the launches shown (the focused one, or all of them to compare), drawn on a
/// canvas, with its legend, the facts in words and, when comparing, a table.
#[component]
pub fn Trajectory(
    /// The checked story.
    story: Arc<CheckedStory>,
    /// The launches the chart shows, as indices into the story's events.
    shown: Signal<Vec<usize>>,
    /// Whether the reader compares every launch, which adds the table.
    compare: Signal<bool>,
) -> impl IntoView {
    let s = strings();
    let launches: Vec<usize> = story.launch_indices_in_time_order().collect();
    let chart = {
        let story = story.clone();
        Memo::new(move |_| ProfileChart::for_launches(&story, &shown.get()))
    };
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let draw_error = RwSignal::new(None::<String>);
    // A new chart draws its arcs over about a second, one step per frame, unless the reader
    // prefers reduced motion. A newer chart ends an older drawing.
    // A plain cell, not a reactive value: a frame may come after the chart has left the page.
    let generation = Rc::new(Cell::new(0u32));
    Effect::new(move |_| {
        let chart = chart.get();
        let Some(canvas) = canvas_ref.get() else { return };
        let this = generation.get() + 1;
        generation.set(this);
        let first_step = if platform::prefers_reduced_motion() {
            DRAW_FRAMES
        } else {
            1
        };
        let drawing = Drawing {
            this,
            generation: generation.clone(),
            draw_error,
        };
        // At the next frame, not while the page is being built: a canvas's font needs the page's
        // styles worked out, and mid-build that would be a long task of its own.
        platform::on_next_frame(move || draw_step(canvas, chart, first_step, drawing));
    });
    let sentences = {
        let story = story.clone();
        move || {
            shown
                .get()
                .into_iter()
                .flat_map(|i| {
                    let shape = launch_facts(&story, i, &[]).and_then(|f| f.shape_sentence);
                    shape.into_iter().chain(standard_range_sentence(&story, i))
                })
                .map(|sentence| view! { <p class="shape">{sentence}</p> })
                .collect_view()
        }
    };
    let exaggeration = move || {
        fill(
            more_strings().vertical_exaggeration,
            &[&format_number(
                chart.get().vertical_exaggeration(WIDTH_PX, HEIGHT_PX),
                1,
            )],
        )
    };
    let table = move || {
        compare.get().then(|| {
            let columns: Vec<_> = launches.iter().map(|&i| event_entry(&story, i)).collect();
            let rows = [Quantity::Distance, Quantity::Apogee, Quantity::Count].map(quantity_label).map(|label| {
                let cells = columns
                    .iter()
                    .map(|e| {
                        let text = e
                            .figures
                            .iter()
                            .filter(|f| f.label == label)
                            .map(|f| fill(strings().list_detail, &[&f.value, &f.publisher]))
                            .collect::<Vec<_>>();
                        let text = join_as(strings().list_groups, &text);
                        view! { <td>{text}</td> }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        {cells}
                    </tr>
                }
            });
            let heads = columns
                .iter()
                .map(|e| view! { <th scope="col">{e.title.clone()} <br /> <span class="when">{e.when_local.clone()}</span></th> })
                .collect_view();
            view! {
                <table class="compare">
                    <caption>{more_strings().compare_heading}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{rows.into_iter().collect_view()}</tbody>
                </table>
            }
        })
    };

    view! {
        <div class="trajectory-body">
            <canvas
                node_ref=canvas_ref
                class="profile"
                width=WIDTH_PX
                height=HEIGHT_PX
                role="img"
                aria-label=move || chart.get().description()
            ></canvas>
            {move || draw_error.get().map(|e| view! { <p class="map-status--error">{e}</p> }).into_any()}
            <ul class="legend profile-legend">
                <li>
                    <span class="key key--horizon" aria-hidden="true"></span>
                    {more_strings().profile_horizon}
                </li>
                {move || {
                    chart
                        .get()
                        .profiles
                        .into_iter()
                        .enumerate()
                        .map(|(i, p)| {
                            let class = format!("key key--profile-{}", i % 2);
                            let apogee = p
                                .reported_apogee
                                .map(|(m, who)| {
                                    view! {
                                        <li>
                                            <span class=format!("{class} key--dot") aria-hidden="true"></span>
                                            {fill(
                                                more_strings().profile_apogee,
                                                &[
                                                    &p.label,
                                                    &fill(
                                                        s.number_unit,
                                                        &[&format_number(m / 1000.0, 0), s.unit_km],
                                                    ),
                                                    &who,
                                                ],
                                            )}
                                        </li>
                                    }
                                });
                            view! {
                                <li>
                                    <span class=class.clone() aria-hidden="true"></span>
                                    {format!("{}: {}", p.label, more_strings().profile_arc)}
                                </li>
                                {apogee}
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </ul>
            <p class="exaggeration">{move || exaggeration()}</p>
            {move || sentences().into_any()}
            <p class="model-note">{more_strings().trajectory_model_note}</p>
            {move || table().into_any()}
        </div>
    }
}
