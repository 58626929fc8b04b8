//! The root: reads the page address, loads the story and the basemap, and shows either the
//! story or what is wrong with it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task;

use super::basemap_load::BasemapLoad;
use super::error_panel::{ErrorPanel, StoryProblem};
use super::language::{default_story_url, load_language};
use super::page::Page;
use crate::map::basemap::BasemapAsset;
use crate::platform;
use crate::story::check::{check_story, CheckedStory};
use crate::story::trusted::read_checked;
use crate::text::lang::Lang;
use crate::text::strings::{fill, language, strings};
use crate::view_state::{site_story_path, ViewState};

/// A story file checked, with its errors as the messages the error panel shows.
pub fn story_from_bytes(name: &str, bytes: &[u8]) -> Result<Arc<CheckedStory>, Vec<String>> {
    check_story(name, bytes)
        .map(Arc::new)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// Where the page's story comes from.
pub enum StorySource {
    /// The default story, which the page carries in its own language.
    Page,
    /// The default story in another language: a file written beside the page when it was built
    /// (`launchmap prerender`).
    Built(String),
    /// A story file the address names (`?story=`), a path on this site: the on-demand module
    /// checks it and gives it in the page's language.
    Address(String),
}

/// Loads the page's story.
///
/// The page does not carry the story check (3.9 KB gzip of its first view, measured): the
/// default story was checked when the page was built and is read as it is ([`read_checked`]); a
/// story the address names, or a page whose story does not read, is checked by the on-demand
/// module, which lists its errors too.
///
/// When the default story's file in the reader's language does not load, the story is the one
/// the page carries, in the language it was written in, and `note` says why.
pub async fn load_story(
    source: StorySource,
    note: &mut Option<String>,
) -> Result<CheckedStory, StoryProblem> {
    let message = |e: &dyn std::fmt::Display| StoryProblem::Messages(vec![e.to_string()]);
    let unread = |file: &str| {
        message(&format!(
            "{file}: the story passed the check, but the page could not read it"
        ))
    };
    let file = match source {
        StorySource::Page => None,
        StorySource::Built(url) => match platform::fetch_bytes(&url).await {
            Ok(bytes) => return read_checked(&bytes).ok_or_else(|| unread(&url)),
            Err(e) => {
                *note = Some(fill(strings().story_language_missing, &[&e.to_string()]));
                None
            }
        },
        StorySource::Address(path) => Some(
            site_story_path(&path)
                .map_err(|e| message(&e.message(strings())))?
                .to_owned(),
        ),
    };
    let file = match file {
        Some(file) => file,
        None => {
            // The default story travels in the page, not in the wasm: beside the page drawn from
            // it, its text costs a third as much (README, "Size").
            let json = platform::page_story().ok_or_else(|| message(&strings().no_page_story))?;
            if let Some(checked) = read_checked(json.as_bytes()) {
                return Ok(checked);
            }
            String::new()
        }
    };
    let text = platform::check_story_on_demand(&file, language().code())
        .await
        .map_err(|answer| match answer {
            Ok(count) => StoryProblem::Errors {
                file: file.clone(),
                count,
            },
            Err(problem) => StoryProblem::Messages(vec![problem]),
        })?;
    read_checked(text.as_bytes()).ok_or_else(|| unread(&file))
}

/// The default region's basemap; or, for a story the address names, which may be anywhere,
/// the world in detail around its places, which the on-demand module composes.
async fn load_basemap(story_path: Option<String>) -> BasemapLoad {
    let url = crate::BASEMAP_URL;
    let loaded = match platform::basemap_bytes(url, story_path.as_deref()).await {
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
    let address_lang = view_state.language();
    let basemap = RwSignal::new(BasemapLoad::Loading);
    // Checking the story, drawing its page and drawing the coast each get a task of their own,
    // so that the page answers while a large story loads. The basemap's download does not wait:
    // index.html preloads it.
    task::spawn_local(async move {
        platform::next_task().await;
        // The language comes first, so that every story arrives in it alone: the default story
        // is in the page in its own language (`<html lang>` as built) and in files beside the
        // page in the others, and the on-demand module gives a story the address names in it.
        let page_own = Lang::from_tag(&platform::page_language()).unwrap_or(Lang::En);
        let lang = Lang::choose(address_lang, &platform::browser_languages(), page_own);
        let mut problem = load_language(lang).await.err();
        let lang = language();
        let source = match story_path.clone() {
            Some(path) => StorySource::Address(path),
            None if lang == page_own => StorySource::Page,
            None => StorySource::Built(default_story_url(lang)),
        };
        let loaded = load_story(source, &mut problem).await.map(Arc::new);
        // The tab names the story the reader has, in their language: the page was built with
        // the default story's title in its own.
        if let Ok(checked) = &loaded {
            platform::set_title(checked.story.title.as_str());
        }
        platform::next_task().await;
        // A story that did not load gets no map, so no world's basemap is composed for it.
        let story_path = story_path.filter(|_| loaded.is_ok());
        story.set(Some((loaded, problem)));
        let map = load_basemap(story_path).await;
        platform::next_task().await;
        basemap.set(map);
        // The page drawn ahead of time shows until this one has its coast (ui/prerender.rs).
        platform::next_task().await;
        platform::remove_prerendered();
    });

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
            Some((story, language_problem)) => {
                let notes: Vec<String> = language_problem.into_iter().collect();
                // The address's own problems are listed in the notice by the on-demand module,
                // which has their words; the page adds what went wrong with the language.
                view! {
                    <Root
                        story=story
                        view_state=view_state.clone()
                        address_errors=!url_errors.is_empty()
                        notes=notes
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
    /// Whether the page address had settings that could not be used (the on-demand module lists
    /// them in the notice above the story).
    address_errors: bool,
    /// What else could not be done as the reader asked (their language, its story file), for
    /// the same notice.
    notes: Vec<String>,
    /// The basemap, while it loads and once it has.
    basemap: Signal<BasemapLoad>,
) -> impl IntoView {
    match story {
        Ok(story) => {
            view! { <Page story=story view_state=view_state address_errors notes basemap=basemap /> }
                .into_any()
        }
        Err(problem) => view! { <ErrorPanel problem /> }.into_any(),
    }
}
