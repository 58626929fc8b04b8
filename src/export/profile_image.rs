//! The trajectory profile as SVG, for pages drawn ahead of time (the prerendered page): the same
//! plotters drawing as the page's canvas, through plotters' SVG backend, with the same labels as
//! text.

use plotters::prelude::SVGBackend;

use crate::chart::profile::{draw, text_labels, ProfileChart};
use crate::export::map_image::escape_xml;
use crate::text::decimal::fixed;

/// `chart` as an SVG element `width_px` × `height_px`, scaled by its `viewBox`, with the class
/// the page's canvas has (`profile`), its description as its accessible name, and its axis
/// labels as text. The error is plotters' own.
///
/// ```
/// let story = launchmap::testing::default_story();
/// let launches: Vec<usize> = story.launch_indices_in_time_order().collect();
/// let chart = launchmap::ProfileChart::for_launches(&story, &launches[..1]);
/// let svg = launchmap::profile_svg(&chart, 640, 300).expect("drawn");
/// assert!(svg.starts_with("<svg class=\"profile\" role=\"img\" viewBox=\"0 0 640 300\""));
/// assert!(svg.contains(">ground distance (km)</text>"));
/// ```
pub fn profile_svg(
    chart: &ProfileChart,
    width_px: u32,
    height_px: u32,
) -> Result<String, plotters::drawing::DrawingAreaErrorKind<std::io::Error>> {
    let mut drawn = String::new();
    draw(
        SVGBackend::with_string(&mut drawn, (width_px, height_px)),
        chart,
        1.0,
    )?;
    // Plotters writes its own <svg> element; its content goes inside the page's one.
    let body_start = drawn.find('>').map_or(0, |i| i + 1);
    let body_end = drawn.rfind("</svg>").unwrap_or(drawn.len());
    let mut out = format!(
        "<svg class=\"profile\" role=\"img\" viewBox=\"0 0 {width_px} {height_px}\" aria-label=\"{}\">",
        escape_xml(&chart.description())
    );
    // Plotters writes attributes that say what SVG assumes anyway; the page drawn ahead of time
    // carries this markup, so they go.
    let body = drawn.get(body_start..body_end).unwrap_or_default().trim();
    out.push_str(
        &body
            .replace(" opacity=\"1\"", "")
            .replace(" stroke=\"none\" stroke-width=\"1\"", " stroke=\"none\"")
            .replace(" \"/>", "\"/>"),
    );
    out.push_str(
        "<g class=\"profile-axis\" font-family=\"system-ui, sans-serif\" font-size=\"12\" fill=\"#555b61\">",
    );
    for label in text_labels(chart, width_px, height_px) {
        let anchor = match label.align {
            "right" => "end",
            "center" => "middle",
            _ => "start",
        };
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
            fixed(label.x_px, 1),
            fixed(label.y_px, 1),
            escape_xml(&label.text)
        ));
    }
    out.push_str("</g></svg>");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_launches_profile_draws_two_arcs_and_escapes_their_names() {
        let mut story = crate::testing::default_story();
        let launches: Vec<usize> = story.launch_indices_in_time_order().collect();
        story.story.events[launches[0]].title = "<b>A & B</b>".into();
        let chart = ProfileChart::for_launches(&story, &launches[..2]);
        let svg = profile_svg(&chart, 640, 300).expect("drawn");
        assert!(!svg.contains("<b>"), "story text is text: {svg}");
        assert_eq!(svg.matches("<svg").count(), 1);
        // The horizon and an arc for each launch, as polylines.
        assert!(svg.matches("<polyline").count() >= 3, "{svg}");
    }
}
