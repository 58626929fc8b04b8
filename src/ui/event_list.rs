//! The events in time order, each with its figures and who reported them.

use std::sync::Arc;

use leptos::prelude::*;

use super::basemap_load::BasemapLoad;
use super::batched::{first_batch, CARDS_PER_TASK};
use crate::event::entry::{event_entry, EventEntry, FigureLine};
use crate::event::facts::{launch_facts, LaunchFacts};
use crate::map::basemap::zones::zone_coasts;
use crate::story::check::CheckedStory;
use crate::text::number_text::format_km;
use crate::text::strings::{around, fill, join_as, strings};
use crate::view_state::ViewState;

fn figure_item(f: FigureLine) -> impl IntoView {
    let reported_by = around(strings().reported_by);
    view! {
        <li class="figure">
            <span class="figure-label">{f.label}</span>
            ": "
            <strong class="figure-value">{f.value}</strong>
            " "
            <span class="figure-source">
                {reported_by.0} <a href=format!("#source-{}", f.source_id)>{f.publisher}</a> {reported_by.1}
            </span>
            {f.note.map(|n| view! { <span class="figure-note">" — " {n}</span> })}
        </li>
    }
}

fn facts_view(f: LaunchFacts) -> impl IntoView {
    let s = strings();
    let capitals = f
        .to_capitals
        .iter()
        .map(|(name, d)| format!("{name} {}", format_km(*d)))
        .chain(
            f.to_coasts
                .iter()
                .map(|(country, d)| format!("{} {}", fill(s.computed_to_coast, &[country]), format_km(*d))),
        )
        .collect::<Vec<_>>();
    let capitals = join_as(s.list_groups, &capitals);
    let apogees = f
        .min_energy_apogees
        .iter()
        .map(|(range, apogee)| fill(s.apogee_for_range, &[&format_km(*apogee), &format_km(*range)]))
        .collect::<Vec<_>>();
    let apogees = join_as(s.list_items, &apogees);
    view! {
        <div class="computed">
            <h4>{s.computed_heading}</h4>
            <p>{fill(s.computed_from, &[&f.launch_site, &capitals])}</p>
            <p>{fill(s.computed_apogee, &[&apogees])} " " {f.shape_sentence}</p>
        </div>
    }
}

/// One event's card. `id_prefix` keeps ids unique where the same event is shown twice.
fn event_item(
    entry: EventEntry,
    selected: Memo<Option<String>>,
    view: RwSignal<ViewState>,
    facts: Memo<Option<LaunchFacts>>,
    id_prefix: &'static str,
) -> impl IntoView {
    let s = strings();
    let id = entry.id.clone();
    let is_selected = move || selected.get().as_deref() == Some(id.as_str());
    let select_id = entry.id.clone();
    let kind = entry.kind.as_str();
    let disagreements = entry
        .disagreements
        .into_iter()
        .map(|(label, text)| {
            view! {
                <p class="disagreement">
                    <strong>{label} ": "</strong>
                    {text}
                </p>
            }
        })
        .collect_view();
    let figures = (!entry.figures.is_empty()).then(
        || view! { <ul class="figures">{entry.figures.into_iter().map(figure_item).collect_view()}</ul> },
    );
    let utc = entry
        .when_utc
        .clone()
        .map(|utc| view! { <span class="utc">{utc}</span> });
    let places = (!entry.place_names.is_empty())
        .then(|| view! { <span class="event-places">{entry.place_names.join(", ")}</span> });
    let sources = entry
        .sources
        .into_iter()
        .map(|(n, id)| {
            view! {
                " "
                <a href=format!("#source-{id}")>"[" {n} "]"</a>
            }
        })
        .collect_view();
    view! {
        <li
            class=move || {
                format!("event event--{kind}{}", if is_selected() { " event--selected" } else { "" })
            }
            id=format!("{id_prefix}{}", entry.id)
        >
            <p class="event-when">
                <time datetime=entry.datetime title=entry.when_utc.unwrap_or_default()>
                    {entry.when_local}
                </time>
                {utc}
                {places}
            </p>
            <h3>
                <button
                    type="button"
                    class="event-select"
                    on:click=move |_| view.update(|v| v.selected_event = Some(select_id.clone()))
                >
                    {entry.title}
                </button>
            </h3>
            <p class="event-text">{entry.text}</p>
            {disagreements}
            {figures}
            {move || facts.get().map(facts_view).into_any()}
            <p class="event-sources">{s.cited_sources} {sources}</p>
        </li>
    }
}

/// What the list and the detail both show, worked out an event at a time as its card is built.
#[derive(Clone)]
pub struct EventCards {
    story: Arc<CheckedStory>,
    /// Per event in time order, its computed facts (launches only); they wait for the basemap's coast.
    facts: Arc<Vec<Memo<Option<LaunchFacts>>>>,
    selected: Memo<Option<String>>,
}

impl EventCards {
    /// Prepares the cards of `story`; the launches' computed facts follow the basemap as it loads.
    pub fn new(story: Arc<CheckedStory>, view: RwSignal<ViewState>, basemap: Signal<BasemapLoad>) -> Self {
        let zone_story = story.clone();
        let coasts = Memo::new(move |_| match basemap.get() {
            BasemapLoad::Ready(map) => zone_coasts(&zone_story.story, &map),
            _ => Vec::new(),
        });
        let facts = story
            .chronological
            .iter()
            .map(|&index| {
                let story = story.clone();
                Memo::new(move |_| launch_facts(&story, index, &coasts.get()))
            })
            .collect();
        let selected = Memo::new(move |_| view.with(|v| v.selected_event.clone()));
        Self {
            story,
            facts: Arc::new(facts),
            selected,
        }
    }

    /// The card of the `n`th event in time order.
    fn card(&self, n: usize, view: RwSignal<ViewState>, id_prefix: &'static str) -> impl IntoView {
        let entry = event_entry(&self.story, self.story.chronological[n]);
        event_item(entry, self.selected, view, self.facts[n], id_prefix)
    }
}

/// The selected event's card, opened beside the timeline so that choosing an event there shows
/// its detail without a scroll.
#[component]
pub fn EventDetail(
    /// The event cards, worked out an event at a time.
    cards: EventCards,
    /// Everything the reader can change: the page's one shared state.
    view: RwSignal<ViewState>,
) -> impl IntoView {
    move || {
        let id = cards.selected.get()?;
        let story = &cards.story;
        let n = story
            .chronological
            .iter()
            .position(|&i| story.story.events[i].id == id)?;
        Some(view! {
            <section class="event-detail" aria-label=strings().detail_label>
                <ul class="event-list">{cards.card(n, view, "detail-")}</ul>
            </section>
        })
    }
}

/// The list of events in time order, one card each with its figures, facts and sources.
#[component]
pub fn EventList(
    /// The event cards, worked out an event at a time.
    cards: EventCards,
    /// Everything the reader can change: the page's one shared state.
    view: RwSignal<ViewState>,
) -> impl IntoView {
    let list = NodeRef::<leptos::html::Ol>::new();
    let total = cards.facts.len();
    let first = first_batch(list, total, CARDS_PER_TASK, move |n| {
        cards.card(n, view, "event-").into_any()
    });
    view! {
        <section class="events" aria-labelledby="events-title">
            <h2 id="events-title">{strings().events_heading}</h2>
            <ol class="event-list" node_ref=list>
                {first}
            </ol>
        </section>
    }
}
