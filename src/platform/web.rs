//! The browser side of every platform call (wasm32).

use super::canvas::describe;
use super::{
    CanvasBackend, CanvasError, FactsTable, FetchError, OnDemandError, PointerInput, TextAt, WheelInput,
    STORY_ELEMENT_ID,
};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fetches `url` relative to the page; the error names the URL and the HTTP status or network failure.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    basemap_bytes(url, None).await
}

/// The basemap's bytes: the file `url`; or, for the story file `story`, which may be anywhere
/// on Earth, the basemap the on-demand module composes for it (the world, in detail around its
/// places), which it answers as a `Response`. One function, so that the page's module has one
/// reader of responses. The error names `url` or the story, and what went wrong.
pub async fn basemap_bytes(url: &str, story: Option<&str>) -> Result<Vec<u8>, FetchError> {
    let url = story.unwrap_or(url);
    let network = |e: wasm_bindgen::JsValue| FetchError::Network {
        url: url.to_owned(),
        message: describe(&e),
    };
    let window = web_sys::window().ok_or_else(|| FetchError::Network {
        url: url.to_owned(),
        message: "no browser window".to_owned(),
    })?;
    let request = match story {
        Some(path) => launchmap_on_demand("basemap", path, "").map_err(network)?,
        None => window.fetch_with_str(url),
    };
    let response: web_sys::Response = JsFuture::from(request)
        .await
        .map_err(network)?
        .dyn_into()
        .map_err(network)?;
    if !response.ok() {
        return Err(FetchError::Status {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The position of a mouse or pointer event relative to the element whose listener runs.
fn relative(ev: &web_sys::MouseEvent) -> (f64, f64) {
    let rect = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| el.get_bounding_client_rect());
    let (left, top) = rect.map(|r| (r.left(), r.top())).unwrap_or((0.0, 0.0));
    (f64::from(ev.client_x()) - left, f64::from(ev.client_y()) - top)
}

/// A pointer event reduced to what the map needs, relative to the element that listens.
pub fn pointer_input(ev: &web_sys::PointerEvent) -> PointerInput {
    let (x_px, y_px) = relative(ev);
    PointerInput {
        pointer_id: ev.pointer_id(),
        x_px,
        y_px,
        is_touch: ev.pointer_type() == "touch",
        time_ms: now_ms(),
    }
}

/// Where a mouse event happened, in CSS pixels relative to the element that listens.
pub fn mouse_position(ev: &web_sys::MouseEvent) -> (f64, f64) {
    relative(ev)
}

/// A wheel event in pixels (lines and pages converted), with the modifier that makes it zoom.
pub fn wheel_input(ev: &web_sys::WheelEvent) -> WheelInput {
    let (x_px, y_px) = relative(ev);
    let scale = match ev.delta_mode() {
        web_sys::WheelEvent::DOM_DELTA_LINE => 16.0,
        web_sys::WheelEvent::DOM_DELTA_PAGE => 400.0,
        _ => 1.0,
    };
    WheelInput {
        delta_y_px: ev.delta_y() * scale,
        x_px,
        y_px,
        with_modifier: ev.ctrl_key() || ev.meta_key(),
    }
}

/// Keeps pointer events coming to the map while a finger or button drags outside it.
pub fn capture_pointer(ev: &web_sys::PointerEvent) {
    if let Some(el) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = el.set_pointer_capture(ev.pointer_id());
    }
}

/// Stops the browser's own handling of an event the page has handled.
pub fn prevent_default(ev: &web_sys::Event) {
    ev.prevent_default();
}

/// The key a keyboard event names (`"ArrowLeft"`, `"+"`, ...).
pub fn key(ev: &web_sys::KeyboardEvent) -> String {
    ev.key()
}

/// Whether the listening element has the keyboard focus.
pub fn target_has_focus(ev: &web_sys::Event) -> bool {
    let target = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    matches!((target, active), (Some(t), Some(a)) if t == a)
}

/// Waits for a zero timeout: a task of its own.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window().map(|w| w.set_timeout_with_callback(&resolve));
        if !matches!(scheduled, Some(Ok(_))) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Milliseconds since the page started, for timing the work the benchmark measures.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// The CSS width of an element, from the next rendering step on and whenever it changes.
pub fn observe_width(el: &web_sys::Element, on_width: impl Fn(f64) + 'static) {
    // No first reading here: it would force a layout in the middle of building the page. An
    // observer reports an element's size once as it starts, at the next rendering step.
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
            on_width(entry.content_rect().width());
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(el);
    }
    // The observer lives as long as the page; so must its callback.
    callback.forget();
}

/// Where the page is and who opened it: whether it is in a frame, its address, and the
/// referring page's address (empty when the browser gives none).
pub fn page_context() -> (bool, String, String) {
    let Some(window) = web_sys::window() else {
        return (false, String::new(), String::new());
    };
    let in_frame = window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|p| !js_sys::Object::is(&p, &window));
    let href = window.location().href().unwrap_or_default();
    let referrer = window.document().map(|d| d.referrer()).unwrap_or_default();
    (in_frame, href, referrer)
}

/// Puts `text` on the clipboard, at once, from the click that asked; false when the browser
/// refuses. (The older `execCommand("copy")`, not the Clipboard API: it needs no permission in
/// a frame of another site, and no promise to wait on.)
pub fn copy_text(text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let (Ok(area), Some(body)) = (document.create_element("textarea"), document.body()) else {
        return false;
    };
    let area: web_sys::HtmlTextAreaElement = area.unchecked_into();
    // Selecting the text moves the focus; it goes back to where the reader was.
    let focused = document.active_element();
    area.set_value(text);
    let _ = body.append_child(&area);
    area.select();
    let html: &web_sys::HtmlDocument = document.unchecked_ref();
    let copied = html.exec_command("copy").unwrap_or(false);
    area.remove();
    if let Some(el) = focused.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
    copied
}

/// The page's map as standalone SVG markup: its drawn children, each with the styles the page's
/// stylesheet gives it written in as presentation attributes (a downloaded file has no
/// stylesheet, and the page's CSP refuses inline `style`), and its viewBox.
pub fn map_markup() -> Option<(String, [f64; 4])> {
    const STYLED: [&str; 17] = [
        "fill",
        "fill-opacity",
        "stroke",
        "stroke-width",
        "stroke-dasharray",
        "stroke-dashoffset",
        "stroke-opacity",
        "stroke-linejoin",
        "stroke-linecap",
        "vector-effect",
        "opacity",
        "paint-order",
        "font-size",
        "font-weight",
        "text-anchor",
        "display",
        "visibility",
    ];
    let window = web_sys::window()?;
    let svg = window.document()?.query_selector("svg.map").ok()??;
    let numbers: Vec<f64> = svg
        .get_attribute("viewBox")?
        .split(' ')
        .filter_map(|n| n.parse().ok())
        .collect();
    let view_box: [f64; 4] = numbers.try_into().ok()?;
    // Read in the light theme: the file is printed and posted on white. (Within this task, so
    // the page never paints it.)
    let root = window.document()?.document_element()?;
    let theme = root.get_attribute("data-theme");
    let _ = root.set_attribute("data-theme", "light");
    let copy: web_sys::Element = svg.clone_node_with_deep(true).ok()?.unchecked_into();
    let (originals, copies) = (
        svg.query_selector_all("*").ok()?,
        copy.query_selector_all("*").ok()?,
    );
    for i in 0..originals.length() {
        let (Some(original), Some(copied)) = (originals.item(i), copies.item(i)) else {
            continue;
        };
        let (original, copied): (web_sys::Element, web_sys::Element) =
            (original.unchecked_into(), copied.unchecked_into());
        let Ok(Some(computed)) = window.get_computed_style(&original) else {
            continue;
        };
        for name in STYLED {
            if let Ok(value) = computed.get_property_value(name) {
                let _ = copied.set_attribute(name, &value);
            }
        }
        let _ = copied.remove_attribute("class");
    }
    let _ = match theme {
        Some(name) => root.set_attribute("data-theme", &name),
        None => root.remove_attribute("data-theme"),
    };
    let serializer = web_sys::XmlSerializer::new().ok()?;
    let children = copy.children();
    let mut markup = String::new();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            markup.push_str(&serializer.serialize_to_string(&child).ok()?);
        }
    }
    Some((markup, view_box))
}

/// A PNG, as a data URL, of the SVG document `svg` drawn `scale` times its `size_px`.
pub async fn svg_to_png(svg: &str, size_px: (f64, f64), scale: f64) -> Result<String, CanvasError> {
    let fail = |what: &str| CanvasError(format!("the PNG could not be made: {what}"));
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no page"))?;
    let image: web_sys::HtmlImageElement = document
        .create_element("img")
        .map_err(|_| fail("no image"))?
        .unchecked_into();
    let uri = String::from(js_sys::encode_uri_component(svg));
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{uri}"));
    JsFuture::from(image.decode())
        .await
        .map_err(|e| fail(&describe(&e)))?;
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|_| fail("no canvas"))?
        .unchecked_into();
    canvas.set_width((size_px.0 * scale).round() as u32);
    canvas.set_height((size_px.1 * scale).round() as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or_else(|| fail("no 2D canvas"))?
        .unchecked_into();
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        )
        .map_err(|e| fail(&describe(&e)))?;
    canvas
        .to_data_url_with_type("image/png")
        .map_err(|e| fail(&describe(&e)))
}

/// Offers `href` (a data URL) as a download named `file_name`.
pub fn download(file_name: &str, href: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(link) = document.create_element("a") else {
        return;
    };
    let link: web_sys::HtmlAnchorElement = link.unchecked_into();
    link.set_href(href);
    link.set_download(file_name);
    link.click();
}

/// Fills `list` (an empty `<ul>`) with one `<li><code>` per message, each set as text, and
/// marks it no longer busy.
pub fn fill_code_list(list: &web_sys::Element, messages: &[String]) {
    let Some(document) = list.owner_document() else {
        return;
    };
    for message in messages {
        let (Ok(item), Ok(code)) = (document.create_element("li"), document.create_element("code")) else {
            return;
        };
        code.set_text_content(Some(message));
        let _ = item.append_child(&code);
        let _ = list.append_child(&item);
    }
    let _ = list.remove_attribute("aria-busy");
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `assets/on-demand.js`: loads the on-demand module and asks it to do `what` for the story
    /// file `path`: "check" it (for the page, in language `lang`), or compose its "basemap"
    /// (answered as a `Response`).
    /// One function for both: each import costs the page's glue and module.
    #[wasm_bindgen(catch, js_name = launchmapOnDemand)]
    fn launchmap_on_demand(
        what: &str,
        path: &str,
        lang: &str,
    ) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// The story file `path` (a path on this site, or "" for the page's own) as the on-demand
/// module checks it: if it passes, its JSON with every text in language `lang` alone; else how
/// many errors it has, `Err(Ok(count))`; else what went wrong, `Err(Err(message))`.
pub async fn check_story_on_demand(path: &str, lang: &str) -> Result<String, Result<usize, String>> {
    let promise = launchmap_on_demand("check", path, lang).map_err(|e| Err(describe(&e)))?;
    match JsFuture::from(promise).await {
        Ok(text) => text
            .as_string()
            .ok_or_else(|| Err("the on-demand module gave no story".to_owned())),
        Err(e) => Err(e.as_f64().map(|count| count as usize).ok_or_else(|| describe(&e))),
    }
}

/// The default story's JSON as the page carries it, in `<script type="application/json"
/// id="launchmap-story">`; `None` in a page without it.
pub fn page_story() -> Option<String> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(STORY_ELEMENT_ID))
        .and_then(|e| e.text_content())
}

/// Removes the page drawn ahead of time (`.prerendered`), which shows until the app's own page
/// is ready; the stylesheet then shows the app's page in its place, in the same frame.
/// The page's story, which the prerender writes inside that page, stays: the on-demand module
/// reads it later ([`page_story`]).
pub fn remove_prerendered() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Some(story), Some(body)) = (
        document.get_element_by_id(super::STORY_ELEMENT_ID),
        document.body(),
    ) {
        let _ = body.append_child(&story);
    }
    if let Some(page) = document.query_selector(".prerendered").ok().flatten() {
        page.remove();
    }
}

/// Names `el` by the element whose id is `id` (`aria-labelledby`).
pub fn name_by(el: &web_sys::Element, id: &str) {
    let _ = el.set_attribute("aria-labelledby", id);
}

/// Calls `on_change` whenever one of the element's attributes changes.
pub fn observe_attributes(el: &web_sys::Element, on_change: impl Fn() + 'static) {
    let callback = Closure::<dyn Fn()>::new(on_change);
    if let Ok(observer) = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()) {
        let options = web_sys::MutationObserverInit::new();
        options.set_attributes(true);
        let _ = observer.observe_with_options(el, &options);
    }
    // The observer lives as long as the page; so must its callback.
    callback.forget();
}

/// Runs `f` at the next animation frame. (The frame-time benchmark times these frames from
/// outside, by wrapping `requestAnimationFrame`, so the page carries no timing code.)
pub fn on_next_frame(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let frame = Closure::once_into_js(f);
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Writes the on-demand module's answer into `slot`: what went wrong, or a download link
/// for the CSV and a table with one row per line (event, what, value and unit, origin, and
/// the source or method with its inputs, test and link). `labels` are the interface's words:
/// the five column headings, then "Inputs:", "Checked by", the link's text and the download's.
/// Every field is set as text, never as markup.
pub fn show_facts(slot: &web_sys::Element, answer: &Result<FactsTable, OnDemandError>, labels: [&str; 9]) {
    let Some(document) = slot.owner_document() else {
        return;
    };
    let add = |parent: &web_sys::Element, tag: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        parent.append_child(&el).ok()?;
        Some(el)
    };
    slot.set_text_content(None);
    let (csv, rows) = match answer {
        Ok(table) => (&table.csv, &table.rows),
        Err(e) => {
            if let Some(p) = add(slot, "p", &e.to_string()) {
                let _ = p.set_attribute("role", "alert");
            }
            return;
        }
    };
    if let Some(a) = add(slot, "a", labels[8]) {
        let _ = a.set_attribute("href", &csv_data_url(csv));
        let _ = a.set_attribute("download", "launchmap-numbers.csv");
        let _ = a.set_attribute("class", "facts-csv");
    }
    let Some(table) = add(slot, "table", "") else {
        return;
    };
    let _ = table.set_attribute("class", "facts-table");
    let Some(head) = add(&table, "thead", "").and_then(|h| add(&h, "tr", "")) else {
        return;
    };
    for heading in &labels[..5] {
        if let Some(th) = add(&head, "th", heading) {
            let _ = th.set_attribute("scope", "col");
        }
    }
    let Some(body) = add(&table, "tbody", "") else {
        return;
    };
    for fields in rows {
        let field = |i: usize| fields.get(i).map_or("", String::as_str);
        let Some(tr) = add(&body, "tr", "") else { return };
        let value = format!("{} {}", field(2), field(3));
        for text in [field(0), field(1), value.trim(), field(4)] {
            add(&tr, "td", text);
        }
        let Some(source) = add(&tr, "td", field(5)) else {
            return;
        };
        if field(4) == "computed" {
            let how = format!(" {} {}. {} {}", labels[5], field(6), labels[6], field(7));
            let _ = source.append_with_str_1(&how);
        }
        if !field(8).is_empty() {
            let _ = source.append_with_str_1(" ");
            if let Some(a) = add(&source, "a", labels[7]) {
                let _ = a.set_attribute("href", field(8));
                let _ = a.set_attribute("rel", "noopener");
                let _ = a.set_attribute("target", "_blank");
            }
        }
    }
}

/// A `data:` address that downloads `text` as a CSV file.
pub fn csv_data_url(text: &str) -> String {
    format!(
        "data:text/csv;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
}

/// Whether the reader asked for less motion (`prefers-reduced-motion: reduce`).
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Draws on a canvas element `size_px` CSS pixels large, at the screen's pixel density:
/// `draw` with a plotters backend, then `texts` over it.
pub fn draw_on_canvas<E: std::fmt::Display>(
    canvas: &web_sys::HtmlCanvasElement,
    size_px: (u32, u32),
    draw: impl FnOnce(CanvasBackend) -> Result<(), E>,
    texts: &[TextAt],
) -> Result<(), CanvasError> {
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or_else(|| CanvasError("this browser gives no 2D canvas".to_owned()))?;
    let density = web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .clamp(1.0, 3.0);
    let device = |css_px: u32| (f64::from(css_px) * density).round() as u32;
    // Resized only on a change: setting a canvas's size clears it. (A later change of density,
    // as when the window moves to another screen, shows at the next chart.)
    if (canvas.width(), canvas.height()) != (device(size_px.0), device(size_px.1)) {
        canvas.set_width(device(size_px.0));
        canvas.set_height(device(size_px.1));
    }
    context
        .set_transform(density, 0.0, 0.0, density, 0.0, 0.0)
        .map_err(|e| CanvasError(format!("its scale could not be set: {}", describe(&e))))?;
    let backend = CanvasBackend {
        context: context.clone(),
        size_px,
    };
    draw(backend).map_err(|e| CanvasError(e.to_string()))?;
    context.set_font("12px system-ui, sans-serif");
    context.set_fill_style_str("#555b61");
    for t in texts {
        context.set_text_align(t.align);
        let _ = context.fill_text(&t.text, t.x_px, t.y_px);
    }
    Ok(())
}

/// The reader's languages, most wanted first, joined by commas (`navigator.languages`).
pub fn browser_languages() -> String {
    web_sys::window()
        .map(|w| String::from(w.navigator().languages().join(",")))
        .unwrap_or_default()
}

/// The page's `<html lang>`.
pub fn page_language() -> String {
    document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default()
}

/// Sets the page's `<html lang>`, which screen readers and fonts follow, and marks the
/// language's link in the page's language switch (`nav.lang-switch`, in index.html), naming the
/// switch with `switch_label`.
pub fn set_page_language(code: &str, switch_label: &str) {
    let Some(root) = document_element() else { return };
    let _ = root.set_attribute("lang", code);
    let Ok(Some(nav)) = root.query_selector("nav.lang-switch") else {
        return;
    };
    let _ = nav.set_attribute("aria-label", switch_label);
    let Ok(Some(link)) = nav.query_selector(&format!("[lang={code}]")) else {
        return;
    };
    let _ = link.set_attribute("aria-current", "page");
}

/// Sets the page's `<title>`, which the browser's tab, its history and a shared link show.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

fn document_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Rewrites the address's query in place (`history.replaceState`), keeping the path and fragment.
pub fn replace_query(pairs: &[(String, String)]) {
    let Some(window) = web_sys::window() else { return };
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return;
    };
    for (name, value) in pairs {
        params.append(name, value);
    }
    let query = String::from(params.to_string());
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    // The fragment stays: AMP marks its frames with one.
    let hash = location.hash().unwrap_or_default();
    let mark = if query.is_empty() { "" } else { "?" };
    if let Ok(history) = window.history() {
        let url = format!("{path}{mark}{query}{hash}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The address's query parameters, decoded, in order.
pub fn query_pairs() -> Vec<(String, String)> {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    for entry in params.entries() {
        let Ok(entry) = entry else { continue };
        let entry: js_sys::Array = entry.unchecked_into();
        if let (Some(k), Some(v)) = (entry.get(0).as_string(), entry.get(1).as_string()) {
            pairs.push((k, v));
        }
    }
    pairs
}
