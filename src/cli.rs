//! `launchmap check <story.json>...`: the story check, from the command line.
//!
//! Exit codes: 0 when every file is clean, 1 when any file has errors, 2 for a usage error.

use std::io::Write;

use crate::export::facts_table::facts_csv;
use crate::story::check::check_story;

const USAGE: &str = "usage: launchmap new <story.json>\n\
       launchmap check <story.json>...\n\
       launchmap facts <story.json> [--basemap <basemap.bin>]\n\
       launchmap build --story <story.json> --out <dir>\n\
       launchmap prerender <index.html> [--story <story.json>]\n\
new: writes a starter story, whose comments say how to fill it in, where no file is yet.\n\
check: checks story files and lists every error with its file, line and column or JSON path,\n\
       and warns (figures without a link, missing translations) without failing.\n\
facts: writes every number the page shows for the story, with its source or method, as CSV.\n\
       The basemap gives the distances to the coasts of the story's zones: by default the page's\n\
       own for the story (assets/basemap.bin, or the world, tiles and zones it is composed of).\n\
build --story <story.json> --out <dir>: checks the story, then builds the explainer into <dir>\n\
       with it as the default story (trunk build --release).\n\
prerender: draws the default story's page (or --story's) into a built index.html, in place of its empty\n\
       <div class=\"prerendered\"></div>, with the basemap beside it (assets/basemap.bin),\n\
       and puts the story itself after it, for the app to read.";

/// Runs the command line `args` (without the program name), writing to `out` and `err`.
///
/// ```
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// let code = launchmap::run_cli(&["check".into(), "stories/nk-srbm-2024.json".into()], &mut out, &mut err);
/// assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
/// ```
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match args.split_first() {
        Some((command, files)) if command == "check" && !files.is_empty() => check_files(files, out, err),
        Some((command, [file])) if command == "new" => new_story(file, out, err),
        Some((command, rest)) if command == "facts" => match rest {
            [file] => facts(file, None, out, err),
            [file, flag, basemap] if flag == "--basemap" => facts(file, Some(basemap), out, err),
            _ => {
                let _ = writeln!(err, "{USAGE}");
                2
            }
        },
        #[cfg(not(target_arch = "wasm32"))]
        Some((command, [html])) if command == "prerender" => prerender(html, None, out, err),
        #[cfg(not(target_arch = "wasm32"))]
        Some((command, [html, flag, story])) if command == "prerender" && flag == "--story" => {
            prerender(html, Some(story), out, err)
        }
        #[cfg(not(target_arch = "wasm32"))]
        Some((command, [flag, story, out_flag, dir]))
            if command == "build" && flag == "--story" && out_flag == "--out" =>
        {
            build(story, dir, out, err)
        }
        Some((flag, _)) if flag == "--help" || flag == "-h" => {
            let _ = writeln!(out, "{USAGE}");
            0
        }
        _ => {
            let _ = writeln!(err, "{USAGE}");
            2
        }
    }
}

/// A story that passes the check, with comments that say how to fill it in.
const STARTER_STORY: &str = include_str!("../stories/starter.json");

fn new_story(file: &str, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(file)
        .and_then(|mut f| f.write_all(STARTER_STORY.as_bytes()));
    match written {
        Ok(()) => {
            let _ = writeln!(
                out,
                "wrote {file}: a starter story; fill it in as its comments say, then run: launchmap check {file}"
            );
            0
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let _ = writeln!(err, "{file}: the file exists already; name a new one");
            1
        }
        Err(e) => {
            let _ = writeln!(err, "{file}: cannot write the file: {e}");
            1
        }
    }
}

/// Writes the story `file`'s table: measured on the basemap `basemap_path`, or by default on
/// the one the page draws for the story, composed from `assets/` as the on-demand module does.
fn facts(file: &str, basemap_path: Option<&str>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let read = |path: &str| std::fs::read(path).map_err(|e| format!("{path}: cannot read the file: {e}"));
    let result = read(file).and_then(|story| {
        let path = basemap_path.unwrap_or(crate::BASEMAP_URL);
        let basemap = read(path).map_err(|e| format!("{e}; name the basemap with --basemap <file>"))?;
        #[cfg(not(target_arch = "wasm32"))]
        let basemap = match (basemap_path, crate::story::check::check_story(file, &story)) {
            // A story that does not check gets its errors from `facts_csv`.
            (None, Ok(checked)) => {
                let region =
                    crate::map::basemap::BasemapAsset::parse(path, &basemap).map_err(|e| e.to_string())?;
                let composed = story_basemap(std::path::Path::new("."), &checked.story, region)?;
                crate::map::basemap::file::write(&composed)
            }
            _ => basemap,
        };
        facts_csv(file, &story, path, &basemap).map_err(|e| e.to_string())
    });
    match result.map(|csv| out.write_all(csv.as_bytes())) {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => {
            let _ = writeln!(err, "cannot write the table: {e}");
            1
        }
        Err(message) => {
            let _ = writeln!(err, "{message}");
            1
        }
    }
}

/// `launchmap build --story <file> --out <dir>`: checks the story, then builds the explainer into
/// `dir` with it as the default story (`trunk build --release`, whose post-build hook draws the
/// page and the social card from it: `LAUNCHMAP_STORY`).
#[cfg(not(target_arch = "wasm32"))]
fn build(story: &str, dir: &str, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let checked = std::fs::read(story)
        .map_err(|e| vec![format!("{story}: cannot read the file: {e}")])
        .and_then(|bytes| crate::ui::story_from_bytes(story, &bytes).map(|_| ()));
    if let Err(errors) = checked {
        for e in &errors {
            let _ = writeln!(err, "{e}");
        }
        let _ = writeln!(err, "{story}: not built; fix the errors above first");
        return 1;
    }
    let story_abs = std::fs::canonicalize(story).map_or_else(|_| story.into(), |p| p.display().to_string());
    let status = std::process::Command::new("trunk")
        .args(["build", "--release", "--dist", dir])
        .env("LAUNCHMAP_STORY", &story_abs)
        .status();
    match status {
        Ok(s) if s.success() => {
            let _ = writeln!(
                out,
                "built {dir}/ with {story} as its story: copy the folder to any static host"
            );
            0
        }
        Ok(s) => {
            let _ = writeln!(err, "trunk build failed ({s}); see its messages above");
            1
        }
        Err(e) => {
            let _ = writeln!(
                err,
                "cannot run trunk ({e}): run bash scripts/setup.sh, which installs it"
            );
            1
        }
    }
}

/// The basemap for `story` from the built folder `dir`, whose own basemap is `folders`: that
/// one if the story lies within it and shows its zone; else, with the zones the story chooses
/// (`assets/eez/`), that one's land if the story lies within it, or the world's at 1:110m with
/// the story's detail tiles at 1:10m (`assets/world/`).
#[cfg(not(target_arch = "wasm32"))]
fn story_basemap(
    dir: &std::path::Path,
    story: &crate::story::Story,
    folders: crate::map::basemap::BasemapAsset,
) -> Result<crate::map::basemap::BasemapAsset, String> {
    use crate::map::basemap::{tiles, zones};
    let within = tiles::story_within(story, &folders);
    if within && story.eez.is_none() {
        return Ok(folders);
    }
    let read = |url: &str| {
        let path = dir.join(url);
        let name = path.display().to_string();
        let bytes = std::fs::read(&path).map_err(|e| format!("{name}: cannot read the file: {e}"))?;
        crate::map::basemap::BasemapAsset::parse(&name, &bytes).map_err(|e| e.to_string())
    };
    let zones = crate::story::zones::story_zones(story)
        .iter()
        .map(|(country, _)| read(&zones::zone_url(country)))
        .collect::<Result<Vec<_>, String>>()?;
    if within {
        // The folder's land, already in detail where the story is, with the story's zones.
        return Ok(tiles::compose_world(&folders, &zones, &[]));
    }
    let world = read(tiles::WORLD_URL)?;
    let mut wanted = tiles::story_detail_tiles(story);
    wanted.extend(tiles::zone_detail_tiles(story, &zones, &wanted));
    let detail = wanted
        .into_iter()
        .map(|tile| read(&tile.url()).map(|asset| (tile, asset)))
        .collect::<Result<Vec<_>, String>>()?;
    Ok(tiles::compose_world(&world, &zones, &detail))
}

/// Where the built `index.html` takes the page drawn ahead of time.
#[cfg(not(target_arch = "wasm32"))]
pub const PRERENDER_SLOT: &str = "<div class=\"prerendered\"></div>";

#[cfg(not(target_arch = "wasm32"))]
fn prerender(html_path: &str, story_path: Option<&str>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let dir = std::path::Path::new(html_path)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    let basemap_path = dir.join("assets/basemap.bin");
    let basemap_name = basemap_path.display().to_string();
    let result = (|| -> Result<usize, String> {
        let html = std::fs::read_to_string(html_path)
            .map_err(|e| format!("{html_path}: cannot read the file: {e}"))?;
        let bytes =
            std::fs::read(&basemap_path).map_err(|e| format!("{basemap_name}: cannot read the file: {e}"))?;
        let asset =
            crate::map::basemap::BasemapAsset::parse(&basemap_name, &bytes).map_err(|e| e.to_string())?;
        // The default story, or the file `--story` names (`launchmap build`), checked.
        let (story_name, story_bytes) = match story_path {
            Some(path) => (
                path,
                std::fs::read(path).map_err(|e| format!("{path}: cannot read the file: {e}"))?,
            ),
            None => (
                crate::DEFAULT_STORY_NAME,
                crate::DEFAULT_STORY_JSON.as_bytes().to_vec(),
            ),
        };
        let story =
            crate::ui::story_from_bytes(story_name, &story_bytes).map_err(|errors| errors.join("\n"))?;
        // A story beyond the default region is drawn on the world, in detail around its
        // places, as the on-demand module draws a story the address names, and a story that
        // chooses its zones gets their lines: the folder's basemap becomes that one.
        let composed = story_basemap(dir, &story.story, asset.clone())?;
        if composed != asset {
            std::fs::write(&basemap_path, crate::map::basemap::file::write(&composed))
                .map_err(|e| format!("{basemap_name}: cannot write the file: {e}"))?;
        }
        let asset = composed;
        let model = story.story.clone();
        let profile = crate::ui::prerender_profile(&story).map_err(|e| e.to_string())?;
        let profile_path = dir.join(crate::ui::PROFILE_IMAGE);
        std::fs::write(&profile_path, profile)
            .map_err(|e| format!("{}: cannot write the file: {e}", profile_path.display()))?;
        let page = crate::ui::prerender_page(story, &asset).map_err(|e| e.to_string())?;
        if html.matches(PRERENDER_SLOT).count() != 1 {
            return Err(format!("{html_path}: expected one {PRERENDER_SLOT} in the body"));
        }
        let filled = PRERENDER_SLOT.replace("></div>", &format!(">{page}</div>"));
        // The page carries the story in its own language only, and each other language has a
        // file of its own beside it (ui/language.rs), so that no reader loads the others'.
        let in_language = |lang: crate::Lang| {
            let mut story = model.clone();
            story.keep_language(lang);
            story.language = Some(lang.code().to_owned());
            serde_json::to_string(&story).map_err(|e| format!("{story_name}: {e}"))
        };
        for lang in crate::text::lang::LANGS {
            if lang != model.own_language() {
                let path = dir.join(crate::ui::default_story_url(lang));
                std::fs::write(&path, in_language(lang)?)
                    .map_err(|e| format!("{}: cannot write the file: {e}", path.display()))?;
            }
        }
        // The app reads the default story from the page (platform::page_story). Inside a script
        // element only `</script` could end it early; JSON may write `<` as `\u003c`, so none can.
        let json = in_language(model.own_language())?.replace('<', "\\u003c");
        let story = format!(
            "<script type=\"application/json\" id=\"{}\">{json}</script>",
            crate::platform::STORY_ELEMENT_ID
        );
        // Inside the page drawn ahead of time, before its list of events: gzip then finds the
        // story's words in the headline, the timeline and the cards within its 32 KB window,
        // and index.html is 170 B lighter than with the story after the page (measured). The
        // app moves it out before it removes that page (platform::remove_prerendered).
        let filled = match filled.find("<ol class=\"event-list") {
            Some(at) => format!("{}{story}{}", &filled[..at], &filled[at..]),
            None => format!("{filled}{story}"),
        };
        let html = html.replace(PRERENDER_SLOT, &filled);
        // The page is in the story's own language until the app chooses the reader's, and is
        // named by the story's headline.
        let own = model.own_language();
        let html = html.replacen(
            "<html lang=\"en\">",
            &format!("<html lang=\"{}\">", own.code()),
            1,
        );
        let mut headline = model.title.clone();
        headline.keep(own, own);
        let html = match (html.find("<title>"), html.find("</title>")) {
            (Some(start), Some(end)) if start < end => format!(
                "{}<title>{}{}",
                &html[..start],
                crate::export::map_image::escape_xml(headline.as_str()),
                &html[end..]
            ),
            _ => html,
        };
        std::fs::write(html_path, html).map_err(|e| format!("{html_path}: cannot write the file: {e}"))?;
        Ok(page.len())
    })();
    match result {
        Ok(bytes) => {
            let which = story_path.unwrap_or("the default story");
            let _ = writeln!(out, "prerendered {which} into {html_path} ({bytes} B)");
            0
        }
        Err(message) => {
            let _ = writeln!(err, "{message}");
            1
        }
    }
}

fn check_files(files: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut failed = false;
    for file in files {
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                let _ = writeln!(err, "{file}: cannot read the file: {e}");
                failed = true;
                continue;
            }
        };
        match check_story(file, &bytes) {
            Ok(mut checked) => {
                for warning in crate::story::check::story_warnings(&mut checked.story) {
                    let _ = writeln!(out, "warning: {file}: {warning}");
                }
                let s = &checked.story;
                let _ = writeln!(
                    out,
                    "ok {file}: {} events, {} places, {} sources, {} figures",
                    s.events.len(),
                    s.places.len(),
                    s.sources.len(),
                    s.events.iter().map(|e| e.figures.len()).sum::<usize>()
                );
            }
            Err(errors) => {
                failed = true;
                for e in &errors {
                    let _ = writeln!(err, "{e}");
                }
                let plural = if errors.len() == 1 { "error" } else { "errors" };
                let _ = writeln!(err, "{file}: {} {plural}", errors.len());
            }
        }
    }
    i32::from(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_args(args: &[&str]) -> (i32, String, String) {
        let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(&args, &mut out, &mut err);
        (
            code,
            String::from_utf8_lossy(&out).into_owned(),
            String::from_utf8_lossy(&err).into_owned(),
        )
    }

    #[test]
    fn default_story_checks_clean() {
        let (code, out, _) = run_args(&["check", "stories/nk-srbm-2024.json"]);
        assert_eq!(code, 0);
        assert_eq!(
            out,
            "ok stories/nk-srbm-2024.json: 6 events, 11 places, 27 sources, 19 figures\n"
        );
    }

    #[test]
    fn a_text_missing_a_translation_is_a_warning_not_an_error() {
        let mut v = crate::testing::default_story_value();
        v["summary"] = "Only in English.".into();
        let path = std::env::temp_dir().join(format!("launchmap-warn-{}.json", std::process::id()));
        std::fs::write(&path, v.to_string()).expect("written");
        let file = path.display().to_string();
        let (code, out, _) = run_args(&["check", &file]);
        assert_eq!(code, 0, "{out}");
        assert!(out.starts_with(&format!("warning: {file}: summary: no ja text; readers in ja see the en one\nwarning: {file}: summary: no ko text;")), "{out}");
        let _ = std::fs::remove_file(path);
    }

    #[test]
    fn new_writes_a_starter_story_that_passes_the_check_and_never_overwrites() {
        let path = std::env::temp_dir().join(format!("launchmap-new-{}.json", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let file = path.display().to_string();
        let (code, out, err) = run_args(&["new", &file]);
        assert_eq!(code, 0, "{err}");
        assert!(
            out.starts_with(&format!("wrote {file}: a starter story")),
            "{out}"
        );
        let written = std::fs::read_to_string(&path).expect("written");
        assert!(
            written.starts_with("// A starter story"),
            "comments say how to fill it in"
        );
        let (code, out, err) = run_args(&["check", &file]);
        assert_eq!((code, err.as_str()), (0, ""), "{out}");
        assert_eq!(
            out,
            format!("ok {file}: 1 events, 2 places, 1 sources, 1 figures\n")
        );
        let (code, _, err) = run_args(&["new", &file]);
        assert_eq!(code, 1);
        assert_eq!(err, format!("{file}: the file exists already; name a new one\n"));
        let _ = std::fs::remove_file(path);
    }

    /// A built page's folder in a temporary directory named for `test`: `page` as its
    /// index.html, beside the committed basemap. Gives the folder and the page's path.
    #[cfg(not(target_arch = "wasm32"))]
    fn built_page(test: &str, page: &str) -> (std::path::PathBuf, String) {
        let dir = std::env::temp_dir().join(format!("launchmap-{test}-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("assets")).expect("temp dir");
        std::fs::copy("assets/basemap.bin", dir.join("assets/basemap.bin")).expect("basemap");
        let html = dir.join("index.html");
        std::fs::write(&html, page).expect("page");
        let path = html.display().to_string();
        (dir, path)
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn facts_measure_on_the_basemap_the_page_draws_for_the_story() {
        // Oreshnik, beyond the default region, chooses no zones: nothing is measured to a coast.
        let (code, out, err) = run_args(&["facts", "stories/oreshnik-2024.json"]);
        assert_eq!(code, 0, "{err}");
        assert!(!out.contains("coast"), "{out}");
        // Hwasong-19 chooses Japan's, measured on the world and its tiles, as the page does.
        let (code, out, err) = run_args(&["facts", "stories/hwasong-19-2024.json"]);
        assert_eq!(code, 0, "{err}");
        assert!(
            out.contains("Distance from Samsok (Pyongyang area) to Japan's nearest coast,"),
            "{out}"
        );
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn a_story_beyond_the_region_is_built_on_the_world_in_detail_around_it() {
        let (dir, path) = built_page(
            "prerender-world",
            &format!("<html lang=\"en\"><title>Old</title><body>{PRERENDER_SLOT}</body>"),
        );
        let copy = |url: &str| {
            let to = dir.join(url);
            std::fs::create_dir_all(to.parent().expect("a folder")).expect("folder");
            std::fs::copy(url, to).expect("copied");
        };
        // The starter story, moved to Vandenberg and Los Angeles.
        let mut story = crate::testing::default_story_value();
        story["places"] = serde_json::json!([
            { "id": "vandenberg", "name": "Vandenberg", "lat_deg": 34.742, "lon_deg": -120.5724, "kind": "launch_site" },
            { "id": "los-angeles", "name": "Los Angeles", "lat_deg": 34.0522, "lon_deg": -118.2437, "kind": "city" }
        ]);
        let mut model: crate::story::Story = serde_json::from_value(story).expect("a story");
        for event in &mut model.events {
            event.places = vec!["vandenberg".into()];
        }
        let tiles = crate::map::basemap::tiles::story_detail_tiles(&model);
        copy(crate::map::basemap::tiles::WORLD_URL);
        for tile in &tiles {
            copy(&tile.url());
        }
        let file = dir.join("vandenberg.json");
        std::fs::write(&file, serde_json::to_string(&model).expect("json")).expect("story");
        let (code, _, err) = run_args(&["prerender", &path, "--story", &file.display().to_string()]);
        assert_eq!(code, 0, "{err}");
        let bytes = std::fs::read(dir.join("assets/basemap.bin")).expect("the folder's basemap");
        let asset = crate::map::basemap::BasemapAsset::parse("basemap.bin", &bytes).expect("it reads");
        assert_eq!(asset.bbox_units, [-180 * 150, -90 * 150, 180 * 150, 90 * 150]);
        let names: Vec<&str> = asset.countries.iter().map(|c| c.name.as_str()).collect();
        assert!(names.contains(&"United States of America") && names.contains(&"Japan"));
        // Beyond the default region, a story that names no zones shows none.
        assert!(asset.eez_approx.is_empty());
        // One that names the United States' gets its line.
        model.eez = Some(vec!["United States of America".into()]);
        std::fs::write(&file, serde_json::to_string(&model).expect("json")).expect("story");
        copy(&crate::map::basemap::zones::zone_url("United States of America"));
        // Built again in the same folder, whose basemap is the world's now.
        std::fs::write(&path, format!("<body>{PRERENDER_SLOT}</body>")).expect("page");
        let (code, _, err) = run_args(&["prerender", &path, "--story", &file.display().to_string()]);
        assert_eq!(code, 0, "{err}");
        let bytes = std::fs::read(dir.join("assets/basemap.bin")).expect("the folder's basemap");
        let asset = crate::map::basemap::BasemapAsset::parse("basemap.bin", &bytes).expect("it reads");
        let zone = crate::map::basemap::BasemapAsset::parse(
            "z",
            &std::fs::read(crate::map::basemap::zones::zone_url("United States of America")).expect("zone"),
        )
        .expect("reads");
        assert_eq!(asset.eez_approx, zone.eez_approx);
        // Without the tiles, a build from the start says which file it lacks.
        std::fs::remove_file(dir.join(tiles[0].url())).expect("removed");
        std::fs::write(&path, format!("<body>{PRERENDER_SLOT}</body>")).expect("page");
        copy("assets/basemap.bin");
        let (code, _, err) = run_args(&["prerender", &path, "--story", &file.display().to_string()]);
        assert_eq!(code, 1);
        assert!(
            err.contains(&tiles[0].url()) && err.contains("cannot read the file"),
            "{err}"
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn prerender_draws_the_story_named_with_its_headline_as_the_title() {
        let (dir, path) = built_page(
            "prerender-story",
            &format!("<html lang=\"en\"><title>Old</title><body>{PRERENDER_SLOT}</body>"),
        );
        let html = dir.join("index.html");
        let (code, out, err) = run_args(&["prerender", &path, "--story", "stories/starter.json"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.starts_with("prerendered stories/starter.json into"), "{out}");
        let page = std::fs::read_to_string(&html).expect("written");
        assert!(
            page.contains("<title>Write the headline here</title>"),
            "{}",
            &page[..200]
        );
        assert!(page.contains("<h1>Write the headline here</h1>"));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn build_refuses_a_story_with_errors_before_building() {
        let (code, _, err) = run_args(&[
            "build",
            "--story",
            "tests/broken/01-empty.json",
            "--out",
            "/nonexistent",
        ]);
        assert_eq!(code, 1);
        assert!(
            err.ends_with("tests/broken/01-empty.json: not built; fix the errors above first\n"),
            "{err}"
        );
    }

    #[test]
    fn missing_file_fails_with_its_name() {
        let (code, _, err) = run_args(&["check", "no/such/story.json"]);
        assert_eq!(code, 1);
        assert!(
            err.starts_with("no/such/story.json: cannot read the file"),
            "{err}"
        );
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn prerender_fills_the_slot_of_a_built_page_once() {
        let (dir, path) = built_page("prerender", &format!("<body>{PRERENDER_SLOT}</body>"));
        let html = dir.join("index.html");
        let (code, out, err) = run_args(&["prerender", &path]);
        assert_eq!(code, 0, "{err}");
        assert!(out.starts_with("prerendered the default story"), "{out}");
        let page = std::fs::read_to_string(&html).expect("written");
        let profile =
            std::fs::read_to_string(dir.join("assets/profile.svg")).expect("the profile, beside it");
        assert!(profile.starts_with("<svg"), "{profile}");
        assert!(page.starts_with("<body><div class=\"prerendered\"><main class=\"explainer\">"));
        // The story, as JSON the app reads back, that no text of it can end early.
        let script = page
            .split("<script type=\"application/json\" id=\"launchmap-story\">")
            .nth(1)
            .expect("the story");
        let json = script.split("</script>").next().unwrap_or_default();
        // In English only; Korean and Japanese in files beside the page, each in one language.
        let english = crate::check_story("page", json.as_bytes()).expect("the page's story checks");
        let mut expected = crate::testing::default_story();
        expected.story.keep_language(crate::Lang::En);
        assert_eq!(english.story, expected.story);
        assert!(!json.contains('<'));
        assert!(!json.contains("순안") && !json.contains("順安"));
        for (code, sunan) in [("ko", "순안"), ("ja", "順安")] {
            let file = std::fs::read(dir.join(format!("assets/story.{code}.json"))).expect("written");
            let story = crate::check_story(code, &file).expect("it checks");
            assert_eq!(story.story.places[0].name.as_str(), sunan);
            assert_eq!(story.story.events.len(), 6);
        }
        // A page already filled has no empty slot left: a second run says so.
        let (code, _, err) = run_args(&["prerender", &path]);
        assert_eq!(code, 1);
        assert!(
            err.contains("expected one <div class=\"prerendered\"></div>"),
            "{err}"
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn no_arguments_is_a_usage_error() {
        assert_eq!(run_args(&[]).0, 2);
        assert_eq!(run_args(&["check"]).0, 2);
        assert_eq!(run_args(&["--help"]).0, 0);
    }
}
