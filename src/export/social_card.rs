//! The social card (`og:image`): the story's opening map beside its headline, 1200 × 630 px,
//! as SVG. The build draws it to PNG (`tools/card`), and `tools/post-build.mjs` names it in the
//! page's og and twitter meta tags.

use crate::export::map_image::{escape_xml, wrap};
use crate::map::basemap::Basemap;
use crate::map::scene::{
    basemap_paths, flight_marks, focus_launch, launch_extents, opening_view, place_marks, projection_for,
    reported_rings,
};
use crate::map::view::{svg_xy, MapView};
use crate::story::check::CheckedStory;
use crate::story::text::Text;
use crate::text::decimal::fixed;
use crate::text::strings::strings;

/// The card's size in pixels: the 1.91:1 that Open Graph and X (Twitter) cards use.
pub const CARD_SIZE_PX: (f64, f64) = (1200.0, 630.0);
/// The map's width on the card; the headline takes the rest.
const MAP_WIDTH_PX: f64 = 700.0;

/// The card as an SVG document: on the left the opening map (land, borders, coasts, the EEZ
/// line, the latest launch's reported rings, every estimated flight and the launch points); on
/// the right the headline and the credit. Colours are the light theme's.
///
/// ```
/// let svg = launchmap::social_card_svg(&launchmap::testing::default_story(), &launchmap::testing::basemap());
/// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\""));
/// assert!(svg.contains(">North Korea&apos;s"), "the headline, as text");
/// ```
pub fn social_card_svg(checked: &CheckedStory, basemap: &Basemap) -> String {
    let (width_px, height_px) = CARD_SIZE_PX;
    let projection = projection_for(&checked.story);
    let marks = place_marks(&checked.story, &projection);
    let opening = opening_view(&marks, &launch_extents(checked, &projection));
    // The opening view's width, shown at the card's map's proportions.
    let view = MapView {
        width_km: opening
            .width_km
            .max(opening.height_km() * MAP_WIDTH_PX / height_px),
        ..opening
    };
    let km_per_px = view.width_km / MAP_WIDTH_PX;
    let (left, top) = (
        view.centre_x_km - view.width_km / 2.0,
        -view.centre_y_km - km_per_px * height_px / 2.0,
    );
    let stroke = |px: f64| fixed(px * km_per_px, 3);
    let paths = basemap_paths(basemap, &projection);
    let mut map = format!(
        "<svg x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" viewBox=\"{} {} {} {}\">\
         <rect x=\"-40000\" y=\"-40000\" width=\"80000\" height=\"80000\" fill=\"#dfe9f1\"/>\
         <path d=\"{}\" fill=\"#f3f0e8\"/>\
         <path d=\"{}\" fill=\"none\" stroke=\"#8a7f70\" stroke-width=\"{}\" stroke-dasharray=\"{} {}\"/>\
         <path d=\"{}\" fill=\"none\" stroke=\"#67727f\" stroke-width=\"{}\"/>\
         <path d=\"{}\" fill=\"none\" stroke=\"#00695c\" stroke-width=\"{}\" stroke-dasharray=\"{} {}\"/>",
        fixed(MAP_WIDTH_PX, 0),
        fixed(height_px, 0),
        fixed(left, 1),
        fixed(top, 1),
        fixed(view.width_km, 1),
        fixed(km_per_px * height_px, 1),
        paths.land_d,
        paths.border_d,
        stroke(1.0),
        stroke(3.0),
        stroke(2.0),
        paths.coast_d,
        stroke(1.0),
        paths.eez_d,
        stroke(1.5),
        stroke(6.0),
        stroke(3.0),
    );
    if let Some(latest) = focus_launch(checked, None) {
        for ring in reported_rings(checked, latest, &projection) {
            map.push_str(&format!(
                "<path d=\"{}\" fill=\"none\" stroke=\"#0b5394\" stroke-width=\"{}\"/>",
                ring.d,
                stroke(2.0)
            ));
        }
    }
    for flight in flight_marks(checked, Some(basemap), &projection, None) {
        map.push_str(&format!(
            "<path d=\"{}\" fill=\"rgb(184,50,26)\" fill-opacity=\"0.35\"/>\
             <path d=\"{}\" fill=\"none\" stroke=\"#b8321a\" stroke-width=\"{}\"/>",
            flight.impact_d,
            flight.path_d,
            stroke(2.0)
        ));
    }
    for mark in marks.iter().filter(|m| m.is_launch_point) {
        let (x, y) = svg_xy(mark.at);
        map.push_str(&format!(
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"#b8321a\" stroke=\"#ffffff\" stroke-width=\"{}\"/>",
            fixed(x, 2),
            fixed(y, 2),
            stroke(7.0),
            stroke(2.0)
        ));
    }
    map.push_str("</svg>");
    let text_x = MAP_WIDTH_PX + 36.0;
    let text_width = width_px - text_x - 36.0;
    let mut words = String::new();
    let mut y = 70.0;
    for line in wrap(&checked.story.title, text_width, 40.0).iter().take(7) {
        y += 48.0;
        words.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"40\" font-weight=\"700\" fill=\"#1a1a1a\">{}</text>",
            fixed(text_x, 0),
            fixed(y, 0),
            escape_xml(line)
        ));
    }
    // What the map's marks are, the estimates said to be estimates.
    let s = strings();
    for (i, (colour, key)) in [
        ("#0b5394", s.legend_reported_ring),
        ("#b8321a", s.legend_flight_path),
        // The impact area's 35 % red on white.
        ("#e6b7af", s.legend_impact_area),
    ]
    .iter()
    .enumerate()
    {
        let key_y = y + 50.0 + 32.0 * i as f64;
        words.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"18\" fill=\"{colour}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"20\" fill=\"#1a1a1a\">{}</text>",
            fixed(text_x, 0),
            fixed(key_y - 15.0, 0),
            fixed(text_x + 28.0, 0),
            fixed(key_y, 0),
            escape_xml(key)
        ));
    }
    let credit = checked.story.credits.first().map_or("", Text::as_str);
    for (i, line) in wrap(credit, text_width, 16.0).iter().take(3).enumerate() {
        words.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"16\" fill=\"#555b61\">{}</text>",
            fixed(text_x, 0),
            fixed(height_px - 80.0 + 22.0 * i as f64, 0),
            escape_xml(line)
        ));
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{map}{words}</svg>",
        w = fixed(width_px, 0),
        h = fixed(height_px, 0),
    )
}

/// The page's Open Graph and X (Twitter) card tags for a story: its headline, its summary
/// (cut at a word to 200 characters), and the card at `image_url`, every value escaped. X reads
/// the title, description and image from the Open Graph tags when it has no `twitter:` ones of
/// its own, so only `twitter:card` is written: the page carries each text once less.
///
/// ```
/// let tags = launchmap::social_meta_tags(&launchmap::testing::default_story(), "og-image.png");
/// assert!(tags.contains("<meta property=\"og:image\" content=\"og-image.png\">"));
/// assert!(tags.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
/// ```
pub fn social_meta_tags(checked: &CheckedStory, image_url: &str) -> String {
    let story = &checked.story;
    let mut summary = String::new();
    for word in story.summary.split_whitespace() {
        if summary.chars().count() + word.chars().count() + 1 > 199 {
            summary.push('…');
            break;
        }
        if !summary.is_empty() {
            summary.push(' ');
        }
        summary.push_str(word);
    }
    let (width, height) = CARD_SIZE_PX;
    let width = fixed(width, 0);
    let height = fixed(height, 0);
    [
        ("property", "og:type", "article"),
        ("property", "og:title", story.title.as_str()),
        ("property", "og:description", summary.as_str()),
        ("property", "og:image", image_url),
        ("property", "og:image:width", width.as_str()),
        ("property", "og:image:height", height.as_str()),
        ("name", "description", summary.as_str()),
        ("name", "twitter:card", "summary_large_image"),
    ]
    .iter()
    .map(|(kind, name, content)| format!("<meta {kind}=\"{name}\" content=\"{}\">", escape_xml(content)))
    .collect::<Vec<_>>()
    .join("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_text_in_the_tags_cannot_close_them() {
        let mut checked = crate::testing::default_story();
        checked.story.title = "\"><script>alert(1)</script>".into();
        checked.story.summary = "word ".repeat(100).as_str().into();
        let tags = social_meta_tags(&checked, "og-image.png");
        assert!(!tags.contains("<script"), "{tags}");
        assert!(tags.contains("content=\"&quot;&gt;&lt;script&gt;"));
        let description = tags
            .split("og:description\" content=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(
            description.chars().count() <= 200 && description.ends_with('…'),
            "{description}"
        );
    }

    #[test]
    fn the_card_shows_the_launch_sites_and_the_flights_of_the_story() {
        let checked = crate::testing::default_story();
        let svg = social_card_svg(&checked, &crate::testing::basemap());
        let launch_sites = checked
            .story
            .places
            .iter()
            .filter(|p| {
                checked
                    .story
                    .events
                    .iter()
                    .any(|e| e.places.first() == Some(&p.id))
            })
            .count();
        assert_eq!(svg.matches("<circle").count(), launch_sites);
        let basemap = crate::testing::basemap();
        let flights = flight_marks(&checked, Some(&basemap), &projection_for(&checked.story), None);
        assert!(flights.len() >= 3, "the default story's estimated flights");
        assert_eq!(
            svg.matches("fill-opacity=\"0.35\"").count(),
            flights.len(),
            "every estimated flight"
        );
        assert!(!svg.contains("NaN"));
    }
}
