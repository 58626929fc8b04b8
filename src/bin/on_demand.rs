//! The on-demand module: a second wasm file that the page loads only when a reader asks for
//! what it does, so that the first view does not carry it. It works out "Check the numbers",
//! draws the trajectory profile once the reader comes near it, and holds the scene benchmark
//! (`tests/e2e/bench.mjs`), which the page itself need not carry. Trunk builds it with
//! no-modules glue (`data-type="worker"` in index.html), and `assets/on-demand.js` loads it into
//! the page when one of these is first wanted.

use launchmap as platform;
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Works out the table of every number for the page's story and writes it, or what went wrong,
/// into `slot`.
#[wasm_bindgen]
pub async fn show_facts(slot: web_sys::Element) {
    use_page_language().await;
    let s = launchmap::more_strings();
    let labels = [
        s.facts_event,
        s.facts_what,
        s.facts_value,
        s.facts_origin,
        s.facts_source,
        s.facts_inputs,
        s.facts_checked_by,
        s.facts_link,
        s.facts_download,
    ];
    let path = launchmap::story_path(&platform::query_pairs()).unwrap_or_default();
    let answer = facts_table(&path)
        .await
        .map_err(|e| platform::OnDemandError::Failed(e.to_string()));
    platform::show_facts(&slot, &answer, labels);
}

/// Lists, in `list`, the errors of the story file it names (its `data-story-errors`: the
/// address's story, or "" for the page's own), as the page's error panel shows them; or, for a
/// list in the page's notice (`.url-notice`), the page address's settings that could not be
/// used, in the reader's language, after what the page put there. The page counts them and
/// leaves their words to this module. Rejects with what went wrong.
#[wasm_bindgen]
pub async fn show_errors(list: web_sys::Element) -> Result<(), wasm_bindgen::JsValue> {
    if list.closest(".url-notice").ok().flatten().is_some() {
        use_page_language().await;
        let (_, errors) = launchmap::ViewState::from_query_pairs(&platform::query_pairs());
        let messages: Vec<String> = errors
            .iter()
            .map(|e| e.message(launchmap::more_strings()))
            .collect();
        platform::fill_code_list(&list, &messages);
        return Ok(());
    }
    let error = |e: &dyn std::fmt::Display| wasm_bindgen::JsValue::from_str(&e.to_string());
    let path = list.get_attribute("data-story-errors").unwrap_or_default();
    let (name, story) = story_bytes(&path).await.map_err(|e| error(&e))?;
    let messages = match launchmap::story_from_bytes(name, &story) {
        Ok(_) => Vec::new(),
        Err(messages) => messages,
    };
    platform::fill_code_list(&list, &messages);
    Ok(())
}

/// Checks the story file `path` (a path on this site, or "" for the page's own) for the page,
/// which does not carry the check: resolves with the story as JSON, each text in language
/// `lang` alone (or the story's own where it has none), if it passes; else rejects with how
/// many errors it has (a number; `show_errors` lists them), or with what went wrong.
#[wasm_bindgen]
pub async fn check_story_file(path: String, lang: String) -> Result<String, wasm_bindgen::JsValue> {
    use_page_language().await;
    let error = |e: &dyn std::fmt::Display| wasm_bindgen::JsValue::from_str(&e.to_string());
    let (name, bytes) = story_bytes(&path).await.map_err(|e| error(&e))?;
    let mut checked = launchmap::check_story(name, &bytes)
        .map_err(|errors| wasm_bindgen::JsValue::from_f64(errors.len() as f64))?;
    let lang = launchmap::Lang::from_tag(&lang).unwrap_or(launchmap::Lang::En);
    checked.story.keep_language(lang);
    serde_json::to_string(&checked.story).map_err(|e| error(&e))
}

/// The basemap for the story file `path`, which may be anywhere on Earth, as a basemap file's
/// bytes for the page: the world at 1:110m, with 1:10m around the story's launch sites and
/// where its places are (`launchmap::story_detail_tiles`), and the approximate EEZ lines of
/// the zones the story shows (`launchmap::story_zones`). Rejects with what went wrong, naming
/// the file that did not load.
#[wasm_bindgen]
pub async fn story_basemap(path: String) -> Result<Vec<u8>, wasm_bindgen::JsValue> {
    let error = |e: &dyn std::fmt::Display| wasm_bindgen::JsValue::from_str(&e.to_string());
    // Nothing is fetched for a path that is not a file of this site.
    launchmap::site_story_path(&path).map_err(|e| error(&e))?;
    let checked = page_story(&[("story".to_owned(), path.clone())]).await?;
    let (_, bytes) = page_basemap(&path, &checked.story).await?;
    Ok(bytes)
}

/// The basemap the page draws for the story file `story_path`, checked as `story`, with the
/// name its errors go by: the site's own (`assets/basemap.bin`) for the page's own story
/// (""); else the one composed for that story, which may be anywhere on Earth.
async fn page_basemap(
    story_path: &str,
    story: &launchmap::Story,
) -> Result<(String, Vec<u8>), wasm_bindgen::JsValue> {
    let error = |e: &dyn std::fmt::Display| wasm_bindgen::JsValue::from_str(&e.to_string());
    if story_path.is_empty() {
        let bytes = platform::fetch_bytes(launchmap::BASEMAP_URL)
            .await
            .map_err(|e| error(&e))?;
        return Ok((launchmap::BASEMAP_URL.to_owned(), bytes));
    }
    let mut tiles = launchmap::story_detail_tiles(story);
    let zones = launchmap::story_zones(story);
    // The world, the zones and the places' tiles at once (a CDN's round trips, not one after
    // another); then the tiles where the zones come nearest the launch sites, which the zones'
    // files say.
    let urls: Vec<String> = std::iter::once(launchmap::WORLD_URL.to_owned())
        .chain(zones.iter().map(|(country, _)| launchmap::zone_url(country)))
        .chain(tiles.iter().map(|t| t.url()))
        .collect();
    let mut assets = fetch_basemaps(&urls).await?;
    let zone_files = &assets[1..1 + zones.len()];
    let more = launchmap::zone_detail_tiles(story, zone_files, &tiles);
    let more_urls: Vec<String> = more.iter().map(|t| t.url()).collect();
    assets.extend(fetch_basemaps(&more_urls).await?);
    tiles.extend(more);
    // One file for each of the URLs: the world's, the zones', then the tiles'.
    let detail: Vec<_> = tiles.into_iter().zip(assets.drain(1 + zones.len()..)).collect();
    let composed = launchmap::compose_world(&assets[0], &assets[1..], &detail);
    Ok((
        format!("the basemap composed for {story_path}"),
        launchmap::write_basemap(&composed),
    ))
}

/// The basemap files at `urls`, fetched all at once, read; rejects with the first that did
/// not load or read, named.
async fn fetch_basemaps(urls: &[String]) -> Result<Vec<launchmap::BasemapAsset>, wasm_bindgen::JsValue> {
    let error = |e: &dyn std::fmt::Display| wasm_bindgen::JsValue::from_str(&e.to_string());
    let fetched = futures::future::join_all(urls.iter().map(|url| platform::fetch_bytes(url))).await;
    let mut assets = Vec::with_capacity(urls.len());
    for (url, bytes) in urls.iter().zip(fetched) {
        let bytes = bytes.map_err(|e| error(&e))?;
        assets.push(launchmap::BasemapAsset::parse(url, &bytes).map_err(|e| error(&e))?);
    }
    Ok(assets)
}

/// Draws the trajectory profile of the page's story into the page's profile slot, where it
/// follows the slot's `data-shown` and `data-compare`. Rejects with what went wrong.
#[wasm_bindgen]
pub async fn show_profile(slot: web_sys::HtmlElement) -> Result<(), wasm_bindgen::JsValue> {
    use_page_language().await;
    let checked = page_story(&platform::query_pairs()).await?;
    launchmap::mount_profile(slot, std::sync::Arc::new(checked));
    Ok(())
}

/// Writes the map in words (its description, and every mark as a table) into the page's
/// `.map-text` section, where it follows the section's `data-map`. Rejects with
/// what went wrong.
#[wasm_bindgen]
pub async fn show_map_text(slot: web_sys::HtmlElement) -> Result<(), wasm_bindgen::JsValue> {
    use_page_language().await;
    let checked = page_story(&platform::query_pairs()).await?;
    launchmap::mount_map_text(slot, std::sync::Arc::new(checked));
    Ok(())
}

/// Downloads the map as the reader sees it, with the title, the estimate's notes, the credit
/// and the sources: `kind` is "svg" or "png" (at 2×). Rejects with what went wrong.
#[wasm_bindgen]
pub async fn download_map(kind: String) -> Result<(), wasm_bindgen::JsValue> {
    use_page_language().await;
    let error = |e: &dyn std::fmt::Display| wasm_bindgen::JsValue::from_str(&e.to_string());
    let (children, view_box) =
        platform::map_markup().ok_or_else(|| error(&"the map is not on the page yet"))?;
    let pairs = platform::query_pairs();
    let checked = page_story(&pairs).await?;
    let path = launchmap::story_path(&pairs).unwrap_or_default();
    let (name, basemap) = page_basemap(&path, &checked.story).await?;
    let basemap = launchmap::BasemapAsset::parse(&name, &basemap)
        .map_err(|e| error(&e))?
        .decode();
    let (view, _) = launchmap::ViewState::from_query_pairs(&pairs);
    let text = launchmap::map_image_text(&checked, view.selected_event.as_deref(), &basemap);
    let (svg, height_px) = launchmap::map_image_svg(&children, view_box, &text);
    if kind == "png" {
        let png = platform::svg_to_png(&svg, (launchmap::IMAGE_WIDTH_PX, height_px), 2.0)
            .await
            .map_err(|e| error(&e))?;
        platform::download("launchmap-map.png", &png);
    } else {
        let uri = String::from(js_sys::encode_uri_component(&svg));
        platform::download(
            "launchmap-map.svg",
            &format!("data:image/svg+xml;charset=utf-8,{uri}"),
        );
    }
    Ok(())
}

/// The page's story (the address's `?story=`, else the default), checked. The page has checked it
/// already; one that no longer checks is rejected with its first error.
async fn page_story(address: &[(String, String)]) -> Result<launchmap::CheckedStory, wasm_bindgen::JsValue> {
    let error = |e: &dyn std::fmt::Display| wasm_bindgen::JsValue::from_str(&e.to_string());
    let path = launchmap::story_path(address).unwrap_or_default();
    let (name, story) = story_bytes(&path).await.map_err(|e| error(&e))?;
    let mut checked = launchmap::check_story(name, &story)
        .map_err(|errors| error(&errors.first().map(ToString::to_string).unwrap_or_default()))?;
    checked.story.keep_language(launchmap::language());
    Ok(checked)
}

/// Draws in the page's language, which the page has set as `<html lang>`, with its words. What
/// went wrong loading them the page has shown already; this module then stays in English too.
async fn use_page_language() {
    let lang = launchmap::Lang::from_tag(&platform::page_language());
    if let Some(lang) = lang.filter(|&l| l != launchmap::language()) {
        let _ = launchmap::load_language(lang).await;
        let _ = launchmap::load_more_language(lang).await;
    }
}

/// The page's story: the one the page carries (else the default, compiled in), or the file
/// `story_path` names.
async fn story_bytes(story_path: &str) -> Result<(&str, Vec<u8>), platform::FetchError> {
    if !story_path.is_empty() {
        return Ok((story_path, platform::fetch_bytes(story_path).await?));
    }
    let page = platform::page_story().unwrap_or_else(|| launchmap::DEFAULT_STORY_JSON.to_owned());
    let own =
        serde_json::from_str::<launchmap::Story>(&page).map_or(launchmap::Lang::En, |s| s.own_language());
    let lang = launchmap::language();
    Ok(if lang == own {
        (launchmap::DEFAULT_STORY_NAME, page.into_bytes())
    } else {
        // The page carries the default story in its own language; in the page's language it
        // is a file beside the page.
        let url = launchmap::default_story_url(lang);
        (launchmap::DEFAULT_STORY_NAME, platform::fetch_bytes(&url).await?)
    })
}

/// The table for one story: fetches the story (or takes the default) and the basemap.
async fn facts_table(story_path: &str) -> Result<platform::FactsTable, FactsError> {
    let (name, story) = story_bytes(story_path).await?;
    // A story that does not check gets its errors from `facts_csv`; the basemap it would have
    // is not wanted then.
    let checked = launchmap::check_story(name, &story).ok();
    let (basemap_name, basemap) = match &checked {
        Some(checked) => page_basemap(story_path, &checked.story)
            .await
            .map_err(FactsError::Basemap)?,
        None => (launchmap::BASEMAP_URL.to_owned(), Vec::new()),
    };
    let csv = launchmap::facts_csv(name, &story, &basemap_name, &basemap)?;
    let rows = launchmap::parse_csv(&csv)
        .iter()
        .skip(1)
        .map(|fields| fields.iter().map(|f| launchmap::unguard(f).to_owned()).collect())
        .collect();
    Ok(platform::FactsTable { csv, rows })
}

/// Why the table could not be made.
#[derive(Debug, thiserror::Error)]
enum FactsError {
    #[error(transparent)]
    Fetch(#[from] platform::FetchError),
    #[error(transparent)]
    Facts(#[from] launchmap::FactsError),
    #[error("{}", .0.as_string().unwrap_or_default())]
    Basemap(wasm_bindgen::JsValue),
}

/// For the benchmark: computes the default story's scene, with the reader's ring at `ring_km`,
/// `iterations` times and returns each
/// time in ms; and the one-off projection of the basemap, last. The core is the same code, built
/// the same way, as in the page's module.
#[wasm_bindgen]
pub async fn launchmap_bench_scene(iterations: u32, ring_km: f64) -> Result<Vec<f64>, wasm_bindgen::JsValue> {
    use launchmap::{basemap_paths, check_story, projection_for, story_scene, BasemapAsset, BASEMAP_URL};
    let error = |e: &dyn std::fmt::Display| wasm_bindgen::JsValue::from_str(&e.to_string());
    let bytes = platform::fetch_bytes(BASEMAP_URL).await.map_err(|e| error(&e))?;
    let basemap = BasemapAsset::parse(BASEMAP_URL, &bytes)
        .map(|a| a.decode())
        .map_err(|e| error(&e))?;
    let checked = check_story("default", launchmap::DEFAULT_STORY_JSON.as_bytes())
        .map_err(|_| error(&"the default story does not check"))?;
    let mut times = Vec::with_capacity(iterations as usize + 1);
    for _ in 0..iterations {
        let start = platform::now_ms();
        std::hint::black_box(story_scene(&checked, Some(&basemap), None, ring_km));
        times.push(platform::now_ms() - start);
    }
    let start = platform::now_ms();
    let projection = projection_for(&checked.story);
    std::hint::black_box(basemap_paths(&basemap, &projection));
    times.push(platform::now_ms() - start);
    Ok(times)
}
