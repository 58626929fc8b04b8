//! The root: reads the page address, loads the story and the basemap, and shows either the
//! story or what is wrong with it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task;

use super::basemap_load::BasemapLoad;
use super::error_panel::{ErrorPanel, StoryProblem};
use super::page::Page;
use crate::map::basemap::BasemapAsset;
use crate::platform;
use crate::story::check::{check_story, CheckedStory};
use crate::story::trusted::read_checked;
use crate::text::strings::strings;
use crate::view_state::{site_story_path, ViewState};

/// A story file checked, with its errors as the messages the error panel shows.
pub fn story_from_bytes(name: &str, bytes: &[u8]) -> Result<Arc<CheckedStory>, Vec<String>> {
    check_story(name, bytes)
        .map(Arc::new)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// Loads the story named by `?story=` (a path on this site), or the default one the page carries.
///
/// The page does not carry the story check (6 KB gzip of its first view, measured): the default
/// story was checked when the page was built (`launchmap prerender`) and is read as it is
/// ([`read_checked`]); a story the address names, or a page whose story does not read, is checked
/// by the on-demand module, which lists its errors too.
pub async fn load_story(path: Option<String>) -> Result<Arc<CheckedStory>, StoryProblem> {
    let message = |e: &dyn std::fmt::Display| StoryProblem::Messages(vec![e.to_string()]);
    let file = match path {
        None => {
            // The default story travels in the page, not in the wasm: beside the page drawn from
            // it, its text costs a third as much (README, "Size").
            let json = platform::page_story().ok_or_else(|| message(&strings().no_page_story))?;
            if let Some(checked) = read_checked(json.as_bytes()) {
                return Ok(Arc::new(checked));
            }
            String::new()
        }
        Some(path) => site_story_path(&path).map_err(|e| message(&e))?.to_owned(),
    };
    let text = platform::check_story_on_demand(&file)
        .await
        .map_err(|answer| match answer {
            Ok(count) => StoryProblem::Errors { file, count },
            Err(problem) => StoryProblem::Messages(vec![problem]),
        })?;
    read_checked(text.as_bytes())
        .map(Arc::new)
        .ok_or_else(|| message(&"the story passed the check, but the page could not read it"))
}

async fn load_basemap() -> BasemapLoad {
    let url = crate::BASEMAP_URL;
    let loaded = match platform::fetch_bytes(url).await {
        Ok(bytes) => {
            platform::next_task().await;
            BasemapAsset::parse(url, &bytes)
                .map(|asset| asset.decode())
                .map_err(|e| e.to_string())
        }
        Err(e) => Err(e.to_string()),
    };
    match loaded {
        Ok(basemap) => BasemapLoad::Ready(Arc::new(basemap)),
        Err(message) => BasemapLoad::Failed(message),
    }
}

/// The explainer: reads the page address, loads the story it names (or the default one) and
/// the basemap, and shows the page or what is wrong.
#[component]
pub fn App() -> impl IntoView {
    let pairs = platform::query_pairs();
    let (view_state, url_errors) = ViewState::from_query_pairs(&pairs);
    let story_path = crate::view_state::story_path(&pairs);
    // Plain signals filled by spawned tasks: Leptos's resources would bring their async
    // machinery (about 4 KB gzip) for two loads that never rerun.
    let story = RwSignal::new(None);
    let basemap = RwSignal::new(BasemapLoad::Loading);
    // Checking the story, drawing its page and drawing the coast each get a task of their own,
    // so that the page answers while a large story loads. The basemap's download does not wait:
    // index.html preloads it.
    task::spawn_local(async move {
        platform::next_task().await;
        let loaded = load_story(story_path).await;
        platform::next_task().await;
        story.set(Some(loaded));
        let map = load_basemap().await;
        platform::next_task().await;
        basemap.set(map);
        // The page drawn ahead of time shows until this one has its coast (ui/prerender.rs).
        platform::next_task().await;
        platform::remove_prerendered();
    });
    let url_errors: Vec<String> = url_errors.iter().map(ToString::to_string).collect();

    view! {
        {move || match story.get() {
            None => {
                view! {
                    <p class="loading" role="status">
                        {strings().loading_story}
                    </p>
                }
                    .into_any()
            }
            Some(story) => {
                view! {
                    <Root
                        story=story
                        view_state=view_state.clone()
                        url_errors=url_errors.clone()
                        basemap=basemap.into()
                    />
                }
                    .into_any()
            }
        }}
    }
}

/// A loaded story, or what is wrong with it.
#[component]
pub fn Root(
    /// The checked story, or what is wrong with it.
    story: Result<Arc<CheckedStory>, StoryProblem>,
    /// The view the page address asked for.
    view_state: ViewState,
    /// What was wrong with the page address, shown above the story.
    url_errors: Vec<String>,
    /// The basemap, while it loads and once it has.
    basemap: Signal<BasemapLoad>,
) -> impl IntoView {
    match story {
        Ok(story) => {
            view! { <Page story=story view_state=view_state url_errors=url_errors basemap=basemap /> }
                .into_any()
        }
        Err(problem) => view! { <ErrorPanel problem /> }.into_any(),
    }
}
