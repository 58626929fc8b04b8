//! The explainer's page: headline, map, events, sources.

use std::sync::Arc;

use leptos::prelude::*;

use super::address::Address;
use super::basemap_load::BasemapLoad;
use super::error_panel::code_list;
use super::event_list::{EventCards, EventDetail, EventList};
use super::facts_panel::FactsPanel;
use super::map::{MapControls, MapPanel};
use super::map_text::MapTextSlot;
use super::profile_slot::ProfileSlot;
use super::share_button::ShareButton;
use super::sources_list::SourcesList;
use super::timeline::Timeline;
use crate::map::scene::{flight_marks, focus_launch, projection_for};
use crate::story::check::CheckedStory;
use crate::text::strings::strings;
use crate::view_state::ViewState;

#[component]
pub fn Page(
    /// The checked story.
    story: Arc<CheckedStory>,
    /// The view the page address asked for.
    view_state: ViewState,
    /// Whether the page address had settings that could not be used: the notice above the story
    /// has a list for them, which the on-demand module fills in the reader's language.
    address_errors: bool,
    /// What else could not be done as the reader asked, for the same notice.
    notes: Vec<String>,
    /// The basemap, while it loads and once it has.
    basemap: Signal<BasemapLoad>,
) -> impl IntoView {
    let view = RwSignal::new(view_state);
    let address = Address::new();
    let cards = EventCards::new(story.clone(), view, basemap);
    // Shared by the map and its controls, so each is worked out once.
    let focus = {
        let story = story.clone();
        Memo::new(move |_| focus_launch(&story, view.with(|v| v.selected_event.clone()).as_deref()))
    };
    let ring_km = Memo::new(move |_| view.with(|v| v.ring_radius_km));
    let flights = {
        let story = story.clone();
        let projection = projection_for(&story.story);
        Memo::new(move |_| {
            let map = match basemap.get() {
                BasemapLoad::Ready(map) => Some(map),
                _ => None,
            };
            let focused = focus.get().map(|i| story.story.events[i].id.as_str());
            Arc::new(flight_marks(&story, map.as_deref(), &projection, focused))
        })
    };
    let s = strings();
    let url_notice = (address_errors || !notes.is_empty()).then(|| {
        view! {
            <section class="url-notice" role="status">
                <h2>{s.url_error_title}</h2>
                // The on-demand module adds the address's settings to this list, in the
                // reader's language: their words are not in the page's module. (One list, as
                // the error panel has: another element here cost the page 0.7 KB.)
                {code_list(notes)}
            </section>
        }
    });
    let title = story.story.title.as_str().to_owned();
    let summary = story.story.summary.as_str().to_owned();
    let credits: Vec<String> = story
        .story
        .credits
        .iter()
        .map(|c| c.as_str().to_owned())
        .collect();
    view! {
        <main class="explainer">
            <header class="masthead">
                <h1>{title}</h1>
                <p class="summary">{summary}</p>
                <ShareButton address />
            </header>
            {url_notice}
            <Timeline story=story.clone() view=view />
            <EventDetail cards=cards.clone() view=view />
            <div class="body">
                <div class="map-column">
                    <MapPanel
                        story=story.clone()
                        basemap=basemap
                        view=view
                        focus=focus
                        flights=flights
                        address
                    />
                    <MapControls story=story.clone() view=view focus=focus flights=flights />
                    <MapTextSlot story=story.clone() focus=focus ring_km=ring_km />
                    <ProfileSlot story=story.clone() focus=focus view=view />
                </div>
                <EventList cards=cards view=view />
            </div>
            <SourcesList story=story.clone() />
            <FactsPanel />
            <footer class="credits">
                <h2>{s.credits_heading}</h2>
                <ul>{credits.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            </footer>
        </main>
    }
}
