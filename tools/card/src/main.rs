//! Draws a story's social card: `launchmap-card [--story <story.json>] [--basemap <basemap.bin>]
//! --out <card.png>`. The card is composed as SVG by the core (`launchmap::social_card_svg`) and
//! drawn here with resvg and the system's fonts (DejaVu Sans on Debian). With no `--story`, the
//! default story, as the page compiles it in. It prints the page's og and twitter meta tags for
//! the card, which `tools/post-build.mjs` writes into `index.html`.

use std::process::ExitCode;

fn main() -> ExitCode {
    match run(&std::env::args().skip(1).collect::<Vec<_>>()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("launchmap-card: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let out = value("--out")
        .ok_or("usage: launchmap-card [--story <story.json>] [--basemap <basemap.bin>] --out <card.png>")?;
    let (story_name, story) = match value("--story") {
        Some(path) => {
            let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
            (path, bytes)
        }
        None => (
            launchmap::DEFAULT_STORY_NAME.to_owned(),
            launchmap::DEFAULT_STORY_JSON.as_bytes().to_vec(),
        ),
    };
    let checked = launchmap::check_story(&story_name, &story).map_err(|errors| {
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let basemap_path = value("--basemap").unwrap_or_else(|| "assets/basemap.bin".to_owned());
    let bytes = std::fs::read(&basemap_path).map_err(|e| format!("{basemap_path}: {e}"))?;
    let basemap = launchmap::BasemapAsset::parse(&basemap_path, &bytes)
        .map_err(|e| e.to_string())?
        .decode();
    let png = draw(&launchmap::social_card_svg(&checked, &basemap))?;
    std::fs::write(&out, png).map_err(|e| format!("{out}: {e}"))?;
    // Scrapers want an absolute address; the folder's own is known only where it is published.
    let file = std::path::Path::new(&out)
        .file_name()
        .map_or(String::new(), |f| f.to_string_lossy().into_owned());
    let image_url = match std::env::var("LAUNCHMAP_SITE_URL") {
        Ok(site) if !site.is_empty() => format!("{}/{file}", site.trim_end_matches('/')),
        _ => file,
    };
    println!("{}", launchmap::social_meta_tags(&checked, &image_url));
    Ok(())
}

/// The SVG document drawn to PNG at its own size.
fn draw(svg: &str) -> Result<Vec<u8>, String> {
    let mut options = resvg::usvg::Options::default();
    options.fontdb_mut().load_system_fonts();
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| format!("the card's SVG: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("the card has no size")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| format!("the card's PNG: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_card_is_a_1200_by_630_png_with_text_drawn() {
        let dir = std::env::temp_dir().join(format!("launchmap-card-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join("card.png");
        let basemap = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/basemap.bin");
        run(&[
            "--basemap".into(),
            basemap.into(),
            "--out".into(),
            out.to_string_lossy().into(),
        ])
        .unwrap();
        let png = std::fs::read(&out).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        let (width, height) = (
            u32::from_be_bytes(png[16..20].try_into().unwrap()),
            u32::from_be_bytes(png[20..24].try_into().unwrap()),
        );
        assert_eq!((width, height), (1200, 630));
        // The headline is drawn, not dropped for want of a font: the right-hand side, white but
        // for the words, has dark ink.
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
        let ink = (0..630)
            .flat_map(|y| (720..1200).map(move |x| (x, y)))
            .filter(|&(x, y)| pixmap.pixel(x, y).is_some_and(|p| p.red() < 80 && p.green() < 80))
            .count();
        assert!(ink > 2_000, "{ink} dark pixels where the headline goes");
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn a_broken_story_is_named_with_its_error() {
        let dir = std::env::temp_dir();
        let story = dir.join(format!("launchmap-card-broken-{}.json", std::process::id()));
        std::fs::write(&story, "{").unwrap();
        let error = run(&[
            "--story".into(),
            story.to_string_lossy().into(),
            "--out".into(),
            "x.png".into(),
        ])
        .unwrap_err();
        assert!(
            error.contains("launchmap-card-broken-") && error.contains(":1:"),
            "{error}"
        );
        std::fs::remove_file(story).ok();
    }
}
