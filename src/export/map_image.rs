//! "Download map": the map as the reader sees it, as one standalone SVG with the title, the
//! estimate's labels, the credit line and the sources baked in, for print and social desks.
//! The map itself comes from the page (its drawn SVG, styles inlined); this lays the words out
//! around it. The PNG is the same SVG drawn at 2×.

use crate::event::entry::{event_entry, when_local};
use crate::map::basemap::Basemap;
use crate::map::estimate_text::estimate_sentences;
use crate::map::scene::{flight_marks, focus_launch, projection_for};
use crate::story::check::CheckedStory;
use crate::story::text::Text;
use crate::text::decimal::fixed;
use crate::text::strings::strings;

/// The words that go around the map in a downloaded image.
#[derive(Debug, Clone, PartialEq)]
pub struct MapImageText {
    /// The story's headline.
    pub title: String,
    /// What the map shows is estimated, and on what it rests: one line each.
    pub notes: Vec<String>,
    /// Who made it, and the basemap's credit.
    pub credit: String,
    /// The sources of what is shown, one line each.
    pub sources: Vec<String>,
}

/// The words of a downloaded map, for the launch in focus (the selected one, else the latest):
/// the story's title; the launch, and what its estimated impact area rests on; the credits; and
/// the sources the launch cites.
///
/// ```
/// let checked = launchmap::testing::default_story();
/// let text = launchmap::map_image_text(&checked, Some("launch-2024-03-18"), &launchmap::testing::basemap());
/// assert!(text.notes[0].starts_with("Salvo from the Pyongyang area, Mon 18 Mar 2024"));
/// assert!(text.notes.iter().any(|n| n.contains("northeast")), "{:?}", text.notes);
/// assert_eq!(text.credit.matches("Natural Earth").count(), 1);
/// ```
pub fn map_image_text(
    checked: &CheckedStory,
    selected_event: Option<&str>,
    basemap: &Basemap,
) -> MapImageText {
    let s = strings();
    let story = &checked.story;
    let focus = focus_launch(checked, selected_event);
    let mut notes = Vec::new();
    let mut sources = Vec::new();
    if let Some(f) = focus {
        let event = &story.events[f];
        notes.push(format!("{}, {}", event.title, when_local(checked, f)));
        let projection = projection_for(story);
        let marks = flight_marks(checked, Some(basemap), &projection, Some(event.id.as_str()));
        if let Some(mark) = marks.iter().find(|m| m.estimate.event_id == event.id) {
            notes.extend(estimate_sentences(checked, mark));
        }
        for (number, id) in event_entry(checked, f).sources {
            if let Some(source) = story.source(&id) {
                let place = source.url.as_deref().unwrap_or_default();
                sources.push(format!(
                    "[{number}] {}, \"{}\", {} {place}",
                    source.publisher, source.title, source.date
                ));
            }
        }
    }
    let mut credit = story
        .credits
        .iter()
        .map(Text::as_str)
        .collect::<Vec<_>>()
        .join(" · ");
    // The basemap's credit, once: a story's credits often give it already.
    if !credit.contains("Natural Earth") {
        if !credit.is_empty() {
            credit.push_str(" · ");
        }
        credit.push_str(s.natural_earth_credit);
    }
    MapImageText {
        title: story.title.as_str().to_owned(),
        notes,
        credit,
        sources,
    }
}

/// The image's width in CSS pixels: a social card's, and a column's at 2×.
pub const IMAGE_WIDTH_PX: f64 = 1200.0;
const MARGIN_PX: f64 = 32.0;
const TITLE_PX: f64 = 34.0;
const NOTE_PX: f64 = 19.0;
const SMALL_PX: f64 = 15.0;

/// A standalone SVG document of `IMAGE_WIDTH_PX` across: the title, the map (`map_children`,
/// the page's map SVG's children as markup, in the page's `view_box` "x y w h"), the notes, the
/// credit and the sources. Returns it with its height in pixels.
///
/// ```
/// use launchmap::{map_image_svg, MapImageText};
/// let text = MapImageText { title: "A & B".into(), notes: vec![], credit: "Made with Natural Earth".into(), sources: vec![] };
/// let (svg, height_px) = map_image_svg("<path d=\"M0 0H10\"/>", [0.0, 0.0, 400.0, 300.0], &text);
/// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
/// assert!(svg.contains(">A &amp; B</text>"));
/// assert!(height_px > 1200.0 * 0.75);
/// ```
pub fn map_image_svg(map_children: &str, view_box: [f64; 4], text: &MapImageText) -> (String, f64) {
    let inner_px = IMAGE_WIDTH_PX - 2.0 * MARGIN_PX;
    let mut body = String::new();
    let mut y = MARGIN_PX;
    for line in wrap(&text.title, inner_px, TITLE_PX) {
        y += TITLE_PX * 1.2;
        push_text(&mut body, &line, y, TITLE_PX, "700", "#1a1a1a");
    }
    y += 16.0;
    let [vx, vy, vw, vh] = view_box;
    let map_height_px = if vw > 0.0 { IMAGE_WIDTH_PX * vh / vw } else { 0.0 };
    body.push_str(&format!(
        "<svg x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" viewBox=\"{} {} {} {}\" preserveAspectRatio=\"xMidYMid meet\">",
        fixed(y, 1),
        fixed(IMAGE_WIDTH_PX, 0),
        fixed(map_height_px, 1),
        fixed(vx, 3),
        fixed(vy, 3),
        fixed(vw, 3),
        fixed(vh, 3)
    ));
    body.push_str(map_children);
    body.push_str("</svg>");
    y += map_height_px + 8.0;
    for note in &text.notes {
        for line in wrap(note, inner_px, NOTE_PX) {
            y += NOTE_PX * 1.3;
            push_text(&mut body, &line, y, NOTE_PX, "400", "#1a1a1a");
        }
    }
    y += 8.0;
    for line in std::iter::once(&text.credit).chain(&text.sources) {
        for part in wrap(line, inner_px, SMALL_PX) {
            y += SMALL_PX * 1.35;
            push_text(&mut body, &part, y, SMALL_PX, "400", "#555b61");
        }
    }
    let height_px = y + MARGIN_PX;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{body}</svg>",
        w = fixed(IMAGE_WIDTH_PX, 0),
        h = fixed(height_px, 0),
    );
    (svg, height_px)
}

fn push_text(out: &mut String, text: &str, y_px: f64, size_px: f64, weight: &str, colour: &str) {
    out.push_str(&format!(
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"{weight}\" fill=\"{colour}\">",
        fixed(MARGIN_PX, 0),
        fixed(y_px, 1),
        fixed(size_px, 0)
    ));
    out.push_str(&escape_xml(text));
    out.push_str("</text>");
}

/// `text` in lines that fit `width_px` at `size_px`, broken between words. SVG text does not
/// wrap; an average glyph is taken as 0.55 of the font size, which holds for the system sans.
pub(crate) fn wrap(text: &str, width_px: f64, size_px: f64) -> Vec<String> {
    let max_chars = ((width_px / (size_px * 0.55)) as usize).max(10);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` as XML character data: story text is shown as text, never read as markup.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text() -> MapImageText {
        MapImageText {
            title: "North Korea's <script>alert(1)</script> salvos".into(),
            notes: vec!["Estimated impact area: ".to_owned() + &"word ".repeat(60)],
            credit: "Made with Natural Earth".into(),
            sources: vec!["[1] KCNA & \"JCS\"".into()],
        }
    }

    #[test]
    fn story_text_in_the_image_is_text_not_markup() {
        let (svg, _) = map_image_svg("", [0.0, 0.0, 4.0, 3.0], &text());
        assert!(!svg.contains("<script"), "{svg}");
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(svg.contains("[1] KCNA &amp; &quot;JCS&quot;"));
    }

    #[test]
    fn the_map_keeps_its_proportions_and_long_notes_wrap() {
        let (svg, height_px) = map_image_svg("<g/>", [-700.0, -525.0, 1400.0, 1050.0], &text());
        // 1200 px across at the view's 4:3.
        assert!(
            svg.contains("width=\"1200\" height=\"900.0\" viewBox=\"-700.000 -525.000 1400.000 1050.000\""),
            "{svg}"
        );
        let note_lines = svg.matches("font-size=\"19\"").count();
        assert!(note_lines >= 2, "a 300-character note takes {note_lines} lines");
        for line in wrap(&text().notes[0], IMAGE_WIDTH_PX - 2.0 * MARGIN_PX, NOTE_PX) {
            assert!(line.chars().count() as f64 * NOTE_PX * 0.55 <= IMAGE_WIDTH_PX - 2.0 * MARGIN_PX);
        }
        assert!(height_px > 900.0 + 4.0 * NOTE_PX);
    }
}
