//! Components in a real browser (headless Chromium through wasm-bindgen-test-runner): the app
//! mounts and renders the story, broken stories reach the error panel, story text stays text.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use launchmap::basemap::BasemapAsset;
use launchmap::ui::{story_from_bytes, App, BasemapLoad, Root};
use launchmap::view_state::ViewState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element to mount into, so that tests do not see each other's DOM.
fn container() -> web_sys::HtmlElement {
    let el: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits up to 5 s for `selector` to match inside `root`.
async fn wait_for(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    for _ in 0..250 {
        if let Ok(Some(el)) = root.query_selector(selector) {
            return el;
        }
        sleep_ms(20).await;
    }
    panic!("{selector} did not appear; the DOM is: {}", root.inner_html());
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

fn basemap_ready() -> Signal<BasemapLoad> {
    let asset = BasemapAsset::parse("basemap", include_bytes!("../assets/basemap.json")).unwrap();
    let map = asset.decode("basemap").unwrap();
    Signal::stored(BasemapLoad::Ready(Arc::new(map)))
}

#[wasm_bindgen_test]
async fn app_mounts_the_default_story_in_time_order() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), App);
    wait_for(&root, ".event").await;
    assert_eq!(
        texts(&root, "h1"),
        ["North Korea's spring 2024 missile salvos into the Sea of Japan"]
    );
    let titles = texts(&root, ".event h3");
    assert_eq!(
        titles,
        [
            "Freedom Shield 24 exercise",
            "Salvo from the Pyongyang area",
            "Spy satellite lost after lift-off",
            "Larger salvo from Sunan"
        ]
    );
    let when = root
        .query_selector("#event-launch-2024-03-18 time")
        .unwrap()
        .unwrap();
    assert_eq!(when.text_content().unwrap(), "Mon 18 Mar 2024, 07:44 KST");
    assert_eq!(when.get_attribute("title").unwrap(), "17 Mar 2024, 22:44 UTC");
    assert_eq!(texts(&root, ".sources li").len(), 15);
}

#[wasm_bindgen_test]
async fn app_fetches_the_basemap_relative_to_the_page_and_draws_it() {
    // The test runner serves the repository root, so assets/basemap.json is where the app looks.
    // (The end-to-end suite checks the message for a missing basemap.)
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), App);
    let coast = wait_for(&root, "path.coast").await;
    assert!(coast.get_attribute("d").unwrap().starts_with('M'));
    assert!(root.query_selector(".map-status").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn loaded_basemap_draws_land_and_labels_sunan() {
    let root = container();
    let story = story_from_bytes("default", launchmap::DEFAULT_STORY_JSON.as_bytes());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <Root story=story view_state=ViewState::default() url_errors=vec![] basemap=basemap_ready() /> }
    });
    let land = wait_for(&root, "path.land").await;
    assert!(land.get_attribute("d").unwrap().len() > 10_000);
    assert!(texts(&root, "text.label--launch").contains(&"Sunan".to_owned()));
    assert!(root.query_selector(".map-status").unwrap().is_none());
}

macro_rules! broken {
    ($($name:literal),* $(,)?) => {
        [$(($name, &include_bytes!(concat!("broken/", $name, ".json"))[..], include_str!(concat!("broken/", $name, ".expect")))),*]
    };
}

#[wasm_bindgen_test]
async fn every_broken_story_shows_its_message_in_the_error_panel() {
    let cases = broken!(
        "01-empty",
        "02-not-json",
        "03-trailing-comma",
        "04-wrong-type",
        "05-unknown-field",
        "06-missing-field",
        "07-unknown-place",
        "08-unknown-source",
        "09-latitude-out-of-range",
        "10-zero-distance",
        "11-negative-distance",
        "12-reversed-range",
        "13-event-without-source",
        "14-duplicate-id",
        "15-invalid-instant",
        "16-unknown-time-zone",
        "17-deep-nesting",
        "18-binary",
    );
    for (name, bytes, expected) in cases {
        let root = container();
        let story = story_from_bytes(&format!("{name}.json"), bytes);
        let handle = leptos::mount::mount_to(root.clone(), move || {
            view! { <Root story=story view_state=ViewState::default() url_errors=vec![] basemap=basemap_ready() /> }
        });
        let panel = wait_for(&root, ".error-panel").await;
        let text = panel.text_content().unwrap();
        assert!(
            text.contains(expected.trim_end()),
            "{name}: expected {expected:?} in {text}"
        );
        assert!(
            root.query_selector("h1").unwrap().is_none(),
            "{name} rendered a story"
        );
        drop(handle);
    }
}

#[wasm_bindgen_test]
async fn story_text_is_rendered_as_text_never_as_html() {
    let mut story: serde_json::Value = serde_json::from_str(launchmap::DEFAULT_STORY_JSON).unwrap();
    let hostile = "<img src=x onerror=\"window.__pwned = 1\"> salvo";
    story["title"] = hostile.into();
    story["events"][1]["text"] = "<script>window.__pwned = 1</script>".into();
    let bytes = serde_json::to_vec(&story).unwrap();
    let root = container();
    let checked = story_from_bytes("hostile.json", &bytes);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <Root story=checked view_state=ViewState::default() url_errors=vec![] basemap=basemap_ready() /> }
    });
    wait_for(&root, "h1").await;
    assert_eq!(texts(&root, "h1"), [hostile]);
    assert!(root.query_selector("img, .event script").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn url_errors_are_shown_above_the_story() {
    let root = container();
    let pairs = vec![("ring".to_owned(), "far".to_owned())];
    let (view_state, errors) = ViewState::from_query_pairs(&pairs);
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let story = story_from_bytes("default", launchmap::DEFAULT_STORY_JSON.as_bytes());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <Root story=story view_state=view_state url_errors=messages basemap=basemap_ready() /> }
    });
    let notice = wait_for(&root, ".url-notice").await;
    assert!(notice
        .text_content()
        .unwrap()
        .contains("URL parameter ring=far: not a number of kilometres"));
}
