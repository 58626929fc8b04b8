//! Components in a real browser (headless Chromium through wasm-bindgen-test-runner): the app
//! mounts and renders the story, broken stories reach the error panel, story text stays text.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use launchmap::{story_from_bytes, App, BasemapAsset, BasemapLoad, Root, StoryProblem, ViewState};
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

/// Gives the test page the default story the way a built page carries it (`launchmap
/// prerender` writes it into index.html), for the tests that mount the whole `App`.
fn page_carries_the_default_story() {
    if document().get_element_by_id("launchmap-story").is_none() {
        let script = document().create_element("script").unwrap();
        script.set_attribute("type", "application/json").unwrap();
        script.set_id("launchmap-story");
        script.set_text_content(Some(launchmap::DEFAULT_STORY_JSON));
        document().body().unwrap().append_child(&script).unwrap();
    }
}

/// The default story, checked, as `Root` takes it (the shared fixture of `launchmap::testing`).
fn default_story() -> Result<std::sync::Arc<launchmap::CheckedStory>, StoryProblem> {
    Ok(std::sync::Arc::new(launchmap::testing::default_story()))
}

/// A story file checked, its errors in words, as `Root` takes it.
fn checked(name: &str, bytes: &[u8]) -> Result<std::sync::Arc<launchmap::CheckedStory>, StoryProblem> {
    story_from_bytes(name, bytes).map_err(StoryProblem::Messages)
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

/// Mounts the page for `story` (or its error panel) in `root`, with the basemap loaded, the
/// default view and nothing wrong with the address.
fn mount_root(
    root: &web_sys::HtmlElement,
    story: Result<Arc<launchmap::CheckedStory>, StoryProblem>,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Root
                story=story
                view_state=ViewState::default()
                address_errors=false
                notes=vec![]
                basemap=basemap_ready()
            />
        }
    })
}

fn basemap_ready() -> Signal<BasemapLoad> {
    let asset = BasemapAsset::parse("basemap", launchmap::testing::BASEMAP_BYTES).unwrap();
    let map = asset.decode();
    Signal::stored(BasemapLoad::Ready(Arc::new(map)))
}

#[wasm_bindgen_test]
async fn app_mounts_the_default_story_in_time_order() {
    page_carries_the_default_story();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), App);
    // The cards come a batch a task; the sixth is the last.
    wait_for(&root, ".events .event:nth-child(6)").await;
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
            "\"Nuclear counterattack\" drill",
            "Launch from Wonsan",
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
    // The sources come a batch a task; the 27th is the last.
    wait_for(&root, ".sources li:nth-child(27)").await;
    assert_eq!(texts(&root, ".sources li").len(), 27);
}

#[wasm_bindgen_test]
async fn a_long_story_shows_every_card_source_and_mark_in_order_a_batch_at_a_time() {
    // 120 events, given in reverse, with 120 places and 120 sources: each list takes several
    // batches, and each must end complete and in order.
    let mut story = launchmap::testing::default_story_value();
    let base_event = story["events"][1].clone();
    let base_source = story["sources"][0].clone();
    let n = 120;
    story["sources"] = (0..n)
        .map(|i| {
            let mut s = base_source.clone();
            s["id"] = format!("s{i}").into();
            s["publisher"] = format!("Publisher {i}").into();
            s
        })
        .collect();
    story["places"] = (0..n)
        .map(|i| serde_json::json!({ "id": format!("p{i}"), "name": format!("Place {i}"), "lat_deg": 38.0 + f64::from(i % 10) * 0.2, "lon_deg": 125.0 + f64::from(i / 10) * 0.2, "kind": "launch_site" }))
        .collect();
    story["events"] = (0..n)
        .rev()
        .map(|i| {
            let mut e = base_event.clone();
            e["id"] = format!("e{i:03}").into();
            e["at"] = format!("2024-03-{:02}T{:02}:00:00Z", 1 + i / 24, i % 24).into();
            e["places"] = serde_json::json!([format!("p{i}")]);
            e["sources"] = serde_json::json!([format!("s{i}")]);
            e["figures"] = serde_json::json!([]);
            e.as_object_mut().unwrap().remove("flight");
            e
        })
        .collect();
    let bytes = serde_json::to_vec(&story).unwrap();
    let checked = checked("long.json", &bytes);
    assert!(checked.is_ok(), "{:?}", checked.err());
    let root = container();
    let _handle = mount_root(&root, checked);
    wait_for(&root, ".events .event:nth-child(120)").await;
    wait_for(&root, ".sources li:nth-child(120)").await;
    wait_for(&root, ".timeline-item:nth-of-type(120)").await;
    let ids: Vec<String> = {
        let list = root.query_selector_all(".events .event").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.id())
            .collect()
    };
    let expected: Vec<String> = (0..n).map(|i| format!("event-e{i:03}")).collect();
    assert_eq!(ids, expected, "the cards are in time order, once each");
    let sources = texts(&root, ".sources .publisher");
    assert_eq!(sources.len(), 120);
    assert_eq!(sources[119], "Publisher 119");
    assert_eq!(root.query_selector_all(".timeline-item").unwrap().length(), 120);
    assert_eq!(root.query_selector_all("circle.place").unwrap().length(), 120);
}

#[wasm_bindgen_test]
async fn app_fetches_the_basemap_relative_to_the_page_and_draws_it() {
    // The test runner serves the repository root, so assets/basemap.bin is where the app looks.
    // (The end-to-end suite checks the message for a missing basemap.)
    page_carries_the_default_story();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), App);
    let coast = wait_for(&root, "path.coast").await;
    assert!(coast.get_attribute("d").unwrap().starts_with('M'));
    assert!(root.query_selector(".map-status").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn loaded_basemap_draws_land_and_labels_sunan() {
    let root = container();
    let story = default_story();
    let _handle = mount_root(&root, story);
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
        let story = checked(&format!("{name}.json"), bytes);
        let handle = mount_root(&root, story);
        let panel = wait_for(&root, ".error-panel").await;
        let text = panel.text_content().unwrap();
        assert!(
            text.contains(expected.trim_end()),
            "{name}: expected {expected:?} in {text}"
        );
        assert!(
            root.query_selector(".masthead").unwrap().is_none(),
            "{name} rendered a story"
        );
        drop(handle);
    }
}

#[wasm_bindgen_test]
async fn story_text_is_rendered_as_text_never_as_html() {
    let mut story = launchmap::testing::default_story_value();
    let hostile = "<img src=x onerror=\"window.__pwned = 1\"> salvo";
    story["title"] = hostile.into();
    story["events"][1]["text"] = "<script>window.__pwned = 1</script>".into();
    let bytes = serde_json::to_vec(&story).unwrap();
    let root = container();
    let checked = checked("hostile.json", &bytes);
    let _handle = mount_root(&root, checked);
    wait_for(&root, "h1").await;
    assert_eq!(texts(&root, "h1"), [hostile]);
    assert!(root.query_selector("img, .event script").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_bad_address_shows_the_notice_whose_list_the_module_fills() {
    let root = container();
    let pairs = vec![("ring".to_owned(), "far".to_owned())];
    let (view_state, errors) = ViewState::from_query_pairs(&pairs);
    let story = default_story();
    let notes = vec!["the story's file in ko did not load".to_owned()];
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Root
                story=story
                view_state=view_state
                address_errors=!errors.is_empty()
                notes=notes
                basemap=basemap_ready()
            />
        }
    });
    let notice = wait_for(&root, ".url-notice").await;
    let text = notice.text_content().unwrap();
    assert!(text.contains(launchmap::strings().url_error_title), "{text}");
    assert!(text.contains("the story's file in ko did not load"), "{text}");
    // The list the on-demand module adds the address's settings to (assets/on-demand.js).
    assert!(notice.query_selector("ul").unwrap().is_some());
}

/// Mounts the default story with its basemap and returns the root and the map element.
async fn mounted_map() -> (
    web_sys::HtmlElement,
    web_sys::Element,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    let root = container();
    let story = default_story();
    let handle = mount_root(&root, story);
    let svg = wait_for(&root, "svg.map").await;
    wait_for(&root, "path.coast").await;
    // Let effects take their first run, as they have by the time a reader can act.
    next_frame().await;
    (root, svg, handle)
}

fn view_box(svg: &web_sys::Element) -> Vec<f64> {
    svg.get_attribute("viewBox")
        .unwrap()
        .split(' ')
        .map(|v| v.parse().unwrap())
        .collect()
}

/// Dispatches a keydown of `key` on `el`, as a keyboard would.
fn press(el: &web_sys::Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_key(key);
    el.dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
        .unwrap();
}

fn pointer(kind: &str, x: f64, y: f64) -> web_sys::PointerEvent {
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_client_x(x as i32);
    init.set_client_y(y as i32);
    init.set_pointer_id(7);
    init.set_pointer_type("mouse");
    init.set_is_primary(true);
    web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap()
}

/// One animation frame after the app's own: the map redraws only on frames, and a frame asked
/// for after the app's runs after it.
async fn next_frame() {
    for _ in 0..2 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .request_animation_frame(&resolve)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

/// Waits, a frame at a time and up to 5 s, until `done` holds; says what did not happen if not.
async fn wait_until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..300 {
        if done() {
            return;
        }
        next_frame().await;
    }
    panic!("{what} did not happen within 5 s");
}

#[wasm_bindgen_test]
async fn dragging_pans_the_map() {
    let (_root, svg, _h) = mounted_map().await;
    let before = view_box(&svg);
    let rect = svg.get_bounding_client_rect();
    let (x, y) = (rect.left() + 100.0, rect.top() + 100.0);
    svg.dispatch_event(&pointer("pointerdown", x, y)).unwrap();
    for i in 1..=5 {
        svg.dispatch_event(&pointer("pointermove", x + 20.0 * i as f64, y + 10.0 * i as f64))
            .unwrap();
    }
    svg.dispatch_event(&pointer("pointerup", x + 100.0, y + 50.0))
        .unwrap();
    next_frame().await;
    let after = view_box(&svg);
    assert!(
        after[0] < before[0] && after[1] < before[1],
        "{before:?} -> {after:?}"
    );
    assert_eq!(after[2], before[2], "a drag does not zoom");
}

#[wasm_bindgen_test]
async fn ctrl_wheel_zooms_and_a_plain_wheel_only_hints() {
    let (root, svg, _h) = mounted_map().await;
    let before = view_box(&svg);
    let rect = svg.get_bounding_client_rect();
    let wheel = |ctrl: bool| {
        let init = web_sys::WheelEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_delta_y(-200.0);
        init.set_ctrl_key(ctrl);
        init.set_client_x((rect.left() + rect.width() / 2.0) as i32);
        init.set_client_y((rect.top() + rect.height() / 2.0) as i32);
        web_sys::WheelEvent::new_with_event_init_dict("wheel", &init).unwrap()
    };
    svg.dispatch_event(&wheel(false)).unwrap();
    next_frame().await;
    assert_eq!(
        view_box(&svg),
        before,
        "a plain wheel scrolls the page, not the map"
    );
    assert!(root.query_selector(".wheel-hint").unwrap().is_some());
    svg.dispatch_event(&wheel(true)).unwrap();
    next_frame().await;
    assert!(view_box(&svg)[2] < before[2], "ctrl-wheel zooms in");
}

#[wasm_bindgen_test]
async fn zoom_buttons_zoom_and_reset_restores() {
    let (root, svg, _h) = mounted_map().await;
    let before = view_box(&svg);
    let button = |label: &str| -> web_sys::HtmlElement {
        root.query_selector(&format!(".map-buttons button[aria-label='{label}']"))
            .unwrap()
            .unwrap()
            .unchecked_into()
    };
    button("Zoom in").click();
    next_frame().await;
    let zoomed = view_box(&svg);
    approx::assert_abs_diff_eq!(zoomed[2], before[2] / 1.5, epsilon = 0.1);
    button("Zoom out").click();
    button("Zoom out").click();
    next_frame().await;
    assert!(view_box(&svg)[2] > before[2]);
    button("Reset view").click();
    next_frame().await;
    assert_eq!(view_box(&svg), before);
}

#[wasm_bindgen_test]
async fn keyboard_pans_zooms_and_resets() {
    let (_root, svg, _h) = mounted_map().await;
    let before = view_box(&svg);
    let key = |k: &str| press(&svg, k);
    key("ArrowRight");
    next_frame().await;
    assert!(view_box(&svg)[0] > before[0], "ArrowRight shows what lies east");
    key("ArrowUp");
    next_frame().await;
    assert!(view_box(&svg)[1] < before[1], "ArrowUp shows what lies north");
    key("+");
    next_frame().await;
    assert!(view_box(&svg)[2] < before[2]);
    key("-");
    key("-");
    next_frame().await;
    assert!(view_box(&svg)[2] > before[2]);
    key("0");
    next_frame().await;
    assert_eq!(view_box(&svg), before);
}

#[wasm_bindgen_test]
async fn slider_moves_the_ring_and_seoul_is_in_at_250_km_and_out_at_200() {
    let (root, _svg, _h) = mounted_map().await;
    let slider: web_sys::HtmlInputElement = root
        .query_selector(".ring-inputs input[type=range]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let set = |km: &str| {
        slider.set_value(km);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        slider
            .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
    };
    set("250");
    next_frame().await;
    let in_range = texts(&root, ".in-range li");
    assert!(
        in_range.iter().any(|t| t.starts_with("Seoul 214.2 km")),
        "{in_range:?}"
    );
    let ring_250 = root
        .query_selector("path.ring--custom")
        .unwrap()
        .unwrap()
        .get_attribute("d")
        .unwrap();
    set("200");
    next_frame().await;
    let in_range = texts(&root, ".in-range li");
    assert!(!in_range.iter().any(|t| t.starts_with("Seoul")), "{in_range:?}");
    let ring_200 = root
        .query_selector("path.ring--custom")
        .unwrap()
        .unwrap()
        .get_attribute("d")
        .unwrap();
    assert_ne!(ring_250, ring_200);
    assert!(texts(&root, "text.ring-label--custom").contains(&"200 km".to_owned()));
}

#[wasm_bindgen_test]
async fn layer_switches_hide_and_show_marks() {
    let (root, _svg, _h) = mounted_map().await;
    assert!(root.query_selector("path.eez").unwrap().is_some());
    let checkbox = |n: u32| -> web_sys::HtmlElement {
        root.query_selector(&format!(
            ".map-controls fieldset:nth-of-type(3) label:nth-of-type({n}) input"
        ))
        .unwrap()
        .unwrap()
        .unchecked_into()
    };
    checkbox(3).click();
    next_frame().await;
    assert!(
        root.query_selector("path.eez").unwrap().is_none(),
        "EEZ line hidden"
    );
    checkbox(1).click();
    next_frame().await;
    assert!(
        root.query_selector("path.ring").unwrap().is_none(),
        "rings hidden"
    );
    checkbox(3).click();
    next_frame().await;
    assert!(
        root.query_selector("path.eez").unwrap().is_some(),
        "EEZ line back"
    );
}

fn selected_event(root: &web_sys::HtmlElement) -> Option<String> {
    root.query_selector(".timeline-item[aria-selected=true]")
        .unwrap()
        .and_then(|el| el.get_attribute("id"))
        .map(|id| id.trim_start_matches("tl-").to_owned())
}

#[wasm_bindgen_test]
async fn keyboard_walks_the_timeline_in_time_order_with_home_and_end() {
    let (root, _svg, _h) = mounted_map().await;
    let axis = root.query_selector(".timeline-axis").unwrap().unwrap();
    assert_eq!(
        axis.get_attribute("tabindex").as_deref(),
        Some("0"),
        "the timeline is one tab stop"
    );
    let key = |k: &str| press(&axis, k);
    let mut seen = Vec::new();
    key("ArrowRight");
    for _ in 0..6 {
        next_frame().await;
        seen.push(selected_event(&root).unwrap());
        key("ArrowRight");
    }
    assert_eq!(seen, launchmap::testing::DEFAULT_EVENT_IDS_IN_TIME_ORDER);
    next_frame().await;
    assert_eq!(
        selected_event(&root).as_deref(),
        Some("launch-2024-05-30"),
        "stops at the last"
    );
    key("Home");
    next_frame().await;
    assert_eq!(selected_event(&root).as_deref(), Some("freedom-shield-24"));
    key("End");
    next_frame().await;
    assert_eq!(selected_event(&root).as_deref(), Some("launch-2024-05-30"));
    assert_eq!(
        axis.get_attribute("aria-activedescendant").as_deref(),
        Some("tl-launch-2024-05-30")
    );
    let card = root.query_selector("#event-launch-2024-05-30").unwrap().unwrap();
    assert!(
        card.class_name().contains("event--selected"),
        "the list highlights it too"
    );
}

#[wasm_bindgen_test]
async fn clicking_a_launch_point_on_the_map_selects_its_launch_on_the_timeline() {
    let (root, svg, _h) = mounted_map().await;
    let before = view_box(&svg);
    let pyongyang: web_sys::Element = root
        .query_selector("circle[data-place=pyongyang]")
        .unwrap()
        .unwrap();
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    pyongyang
        .dispatch_event(&web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap())
        .unwrap();
    next_frame().await;
    // Pyongyang fired in March and April: the point selects the latest launch from it.
    assert_eq!(selected_event(&root).as_deref(), Some("launch-2024-04-22"));
    // The rings follow the April launch: 250 and 300 km around Pyongyang, not March's 350 km.
    let rings = texts(&root, "text.ring-label");
    assert!(
        rings.contains(&"250 km".to_owned()) && !rings.contains(&"350 km".to_owned()),
        "{rings:?}"
    );
    assert_ne!(view_box(&svg), before, "the map moves to the selected launch");
}

fn button_with_text(root: &web_sys::HtmlElement, text: &str) -> web_sys::HtmlElement {
    let list = root.query_selector_all(".timeline-controls button").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<web_sys::HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().contains(text))
        .unwrap_or_else(|| panic!("no button {text}"))
}

#[wasm_bindgen_test]
async fn play_advances_through_the_events_and_pause_holds() {
    let (root, _svg, _h) = mounted_map().await;
    button_with_text(&root, "Play").click();
    next_frame().await;
    assert_eq!(
        selected_event(&root).as_deref(),
        Some("freedom-shield-24"),
        "Play starts at once"
    );
    wait_until("Play moving on to the March launch", || {
        selected_event(&root).as_deref() == Some("launch-2024-03-18")
    })
    .await;
    button_with_text(&root, "Pause").click();
    // Holding is the absence of a change: more than one Play step's time passes, and nothing moves.
    sleep_ms(2_700).await;
    assert_eq!(
        selected_event(&root).as_deref(),
        Some("launch-2024-03-18"),
        "Pause holds"
    );
    button_with_text(&root, "Next").click();
    next_frame().await;
    assert_eq!(selected_event(&root).as_deref(), Some("launch-2024-04-22"));
    button_with_text(&root, "Previous").click();
    next_frame().await;
    assert_eq!(selected_event(&root).as_deref(), Some("launch-2024-03-18"));
}

#[wasm_bindgen_test]
async fn march_launch_detail_gives_computed_facts_marked_as_computed() {
    let (root, _svg, _h) = mounted_map().await;
    let card = wait_for(&root, "#event-launch-2024-03-18 .computed").await;
    let text = card.text_content().unwrap();
    assert!(
        text.contains("Computed by this explainer, not reported"),
        "{text}"
    );
    assert!(text.contains("Seoul 193.7 km"), "{text}");
    assert!(text.contains("Japan's nearest coast"), "{text}");
    assert!(text.contains("a depressed, flatter flight"), "{text}");
}

#[wasm_bindgen_test]
async fn the_page_leaves_a_slot_that_says_which_launches_to_profile() {
    let (root, _svg, _h) = mounted_map().await;
    let slot = wait_for(&root, ".trajectory .profile-slot").await;
    let story = launchmap::testing::default_story();
    let launches: Vec<usize> = story.launch_indices_in_time_order().collect();
    let latest = *launches.last().unwrap();
    assert_eq!(
        slot.get_attribute("data-shown"),
        Some(latest.to_string()),
        "the latest launch"
    );
    assert_eq!(slot.get_attribute("data-compare").as_deref(), Some("0"));
    assert!(
        slot.query_selector("canvas").unwrap().is_none(),
        "the page itself draws no profile: the on-demand module does"
    );
    let compare: web_sys::HtmlElement = root
        .query_selector(".trajectory input[type=checkbox]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    compare.click();
    wait_until("the slot asks for every launch", || {
        slot.get_attribute("data-compare").as_deref() == Some("1")
    })
    .await;
    assert_eq!(
        slot.get_attribute("data-shown"),
        Some(launchmap::profile_shown_to_text(&launches))
    );
}

#[wasm_bindgen_test]
async fn trajectory_profile_is_drawn_and_compare_shows_both_launches() {
    let root = container();
    let story = launchmap::testing::default_story();
    let launches: Vec<usize> = story.launch_indices_in_time_order().collect();
    let slot: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    slot.set_attribute("data-shown", &launches.last().unwrap().to_string())
        .unwrap();
    slot.set_attribute("data-compare", "0").unwrap();
    root.append_child(&slot).unwrap();
    launchmap::mount_profile(slot.clone(), std::sync::Arc::new(story));
    let canvas: web_sys::HtmlCanvasElement = wait_for(&root, "canvas.profile").await.unchecked_into();
    // The arcs draw themselves over about a second.
    let red_pixels = || {
        let context: web_sys::CanvasRenderingContext2d =
            canvas.get_context("2d").unwrap().unwrap().unchecked_into();
        let pixels = context.get_image_data(0.0, 0.0, 640.0, 300.0).unwrap().data();
        pixels
            .chunks(4)
            .filter(|p| p[0] > 150 && p[1] < 90 && p[2] < 70)
            .count()
    };
    wait_until("the red arc of the May launch drawn", || red_pixels() > 200).await;
    let label = canvas.get_attribute("aria-label").unwrap();
    assert!(
        label.contains("Larger salvo from Sunan: range 350 km, reported apogee 100 km"),
        "{label}"
    );
    assert!(texts(&root, ".shape")[0].contains("a lofted flight"));
    assert!(texts(&root, ".exaggeration")[0].starts_with("Vertical exaggeration: ×"));
    assert!(root.query_selector("table.compare").unwrap().is_none());
    // The page's slot changes as the reader compares; the profile follows it.
    slot.set_attribute("data-shown", &launchmap::profile_shown_to_text(&launches))
        .unwrap();
    slot.set_attribute("data-compare", "1").unwrap();
    wait_until("both launches in the profile", || {
        let label = canvas.get_attribute("aria-label").unwrap_or_default();
        label.contains("Salvo from the Pyongyang area") && label.contains("Larger salvo from Sunan")
    })
    .await;
    let table = texts(&root, "table.compare tbody tr");
    assert!(
        table[0].contains("about 300 km (South Korea's Joint Chiefs of Staff (JCS))"),
        "{table:?}"
    );
    assert!(
        table[1].contains("about 50 km") && table[1].contains("about 100 km"),
        "{table:?}"
    );
}
