//! The trajectory profile: altitude against ground distance for one or two launches, with the
//! minimum-energy arc to the same range, the reported apogee, and how Earth curves away.
//!
//! Drawn with plotters on any backend: a canvas in the page, SVG in tests and static renderings.

use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

use crate::earth::ballistics::{MinEnergyArc, EARTH_RADIUS_M};
use crate::story::check::CheckedStory;
use crate::story::{EventKind, Quantity};
use crate::text::number_text::format_number;
use crate::text::strings::{fill, more_strings, strings};

/// One launch on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// The launch's name on the chart: the event's title.
    pub label: String,
    /// The longest reported range.
    pub range_m: f64,
    /// The first reported apogee, with who reported it.
    pub reported_apogee: Option<(f64, String)>,
}

/// The launches the chart compares, in the order they are drawn and coloured.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileChart {
    /// One arc a launch.
    pub profiles: Vec<Profile>,
}

/// Pixels around the plot for margins and axis labels.
const MARGIN_PX: u32 = 12;
const X_LABELS_PX: u32 = 36;
const Y_LABELS_PX: u32 = 44;
/// One per launch; style/main.css repeats them for the legend's keys.
const COLOURS: [RGBColor; 2] = [RGBColor(184, 50, 26), RGBColor(11, 83, 148)];

impl ProfileChart {
    /// Profiles of the given events that are missile launches with a reported range.
    pub fn for_launches(checked: &CheckedStory, events: &[usize]) -> Self {
        let story = &checked.story;
        let profiles = events
            .iter()
            .map(|&i| &story.events[i])
            .filter(|e| e.kind == EventKind::MissileLaunch)
            .filter_map(|e| {
                let values = |q: Quantity| {
                    e.figures
                        .iter()
                        .filter(move |f| f.quantity == q)
                        .flat_map(|f| f.numbers().map(move |km| (km * 1000.0, f)))
                };
                let range_m = values(Quantity::Distance).map(|(m, _)| m).reduce(f64::max)?;
                let reported_apogee = values(Quantity::Apogee).next().map(|(m, f)| {
                    (
                        m,
                        story
                            .source(&f.source)
                            .map(|s| s.publisher.as_str().to_owned())
                            .unwrap_or_default(),
                    )
                });
                Some(Profile {
                    label: e.title.as_str().to_owned(),
                    range_m,
                    reported_apogee,
                })
            })
            .collect();
        Self { profiles }
    }

    /// The axes' extents in km: ground distance, and altitude with headroom.
    pub fn extents_km(&self) -> (f64, f64) {
        let range = self.profiles.iter().map(|p| p.range_m).fold(0.0, f64::max) / 1000.0;
        let high = self
            .profiles
            .iter()
            .flat_map(|p| {
                [
                    MinEnergyArc::new(p.range_m).apogee_m(),
                    p.reported_apogee.as_ref().map_or(0.0, |a| a.0),
                ]
            })
            .fold(0.0, f64::max)
            / 1000.0;
        (range.max(1.0) * 1.02, (high * 1.2).max(10.0))
    }

    /// How much taller the chart draws heights than distances, at `width_px` × `height_px`.
    ///
    /// ```
    /// use launchmap::{Profile, ProfileChart};
    /// let chart = ProfileChart { profiles: vec![Profile { label: "t".into(), range_m: 350_000.0, reported_apogee: None }] };
    /// assert!(chart.vertical_exaggeration(640, 280) > 1.0);
    /// ```
    pub fn vertical_exaggeration(&self, width_px: u32, height_px: u32) -> f64 {
        let (_, _, w, h) = plot_rect_px(width_px, height_px);
        let (range_km, high_km) = self.extents_km();
        (f64::from(h) / high_km) / (f64::from(w) / range_km)
    }

    /// The chart in words, for readers who cannot see it.
    pub fn description(&self) -> String {
        self.profiles
            .iter()
            .map(|p| {
                let arc = MinEnergyArc::new(p.range_m);
                let s = strings();
                let km = |m: f64| fill(s.number_unit, &[&format_number(m / 1000.0, 0), s.unit_km]);
                let reported = p.reported_apogee.as_ref().map_or(String::new(), |(m, who)| {
                    fill(more_strings().profile_description_apogee, &[&km(*m), who])
                });
                fill(
                    more_strings().profile_description,
                    &[&p.label, &km(p.range_m), &reported, &km(arc.apogee_m())],
                )
            })
            .collect::<Vec<_>>()
            .join(". ")
    }
}

/// The plot's inner rectangle in pixels: `(left, top, width, height)`.
fn plot_rect_px(width_px: u32, height_px: u32) -> (u32, u32, u32, u32) {
    let left = MARGIN_PX + Y_LABELS_PX;
    let w = width_px.saturating_sub(2 * MARGIN_PX + Y_LABELS_PX).max(1);
    let h = height_px.saturating_sub(2 * MARGIN_PX + X_LABELS_PX).max(1);
    (left, MARGIN_PX, w, h)
}

/// A round step that gives about four to eight ticks over `extent`.
fn tick_step(extent: f64) -> f64 {
    let raw = extent / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw)
        .unwrap_or(magnitude * 10.0)
}

/// Tick values in km along each axis: `(ground distance ticks, altitude ticks)`.
pub fn ticks_km(chart: &ProfileChart) -> (Vec<f64>, Vec<f64>) {
    let (range_km, high_km) = chart.extents_km();
    let along = |extent: f64| {
        let step = tick_step(extent);
        (0..)
            .map(move |i| f64::from(i) * step)
            .take_while(move |v| *v <= extent + 1e-9)
            .collect::<Vec<_>>()
    };
    (along(range_km), along(high_km))
}

/// A tick value or an axis title, placed: the platform writes it on the canvas.
pub use crate::platform::TextAt as TextLabel;

/// The tick values and axis titles, placed. The page writes them itself: plotters measures text
/// with an inline-styled element, which the page's Content Security Policy forbids.
pub fn text_labels(chart: &ProfileChart, width_px: u32, height_px: u32) -> Vec<TextLabel> {
    let (left, top, w, h) = plot_rect_px(width_px, height_px);
    let (range_km, high_km) = chart.extents_km();
    let (xs, ys) = ticks_km(chart);
    // As `draw` maps them: from the first pixel of the plot to its last, w - 1 pixels on.
    let (span_x, span_y) = (f64::from(w - 1), f64::from(h - 1));
    let x_of = |km: f64| f64::from(left) + km / range_km * span_x;
    let y_of = |km: f64| f64::from(top) + span_y - km / high_km * span_y;
    let mut labels: Vec<TextLabel> = xs
        .iter()
        .map(|&km| TextLabel {
            x_px: x_of(km),
            y_px: f64::from(top + h) + 16.0,
            text: format_number(km, 0),
            align: "center",
        })
        .chain(ys.iter().map(|&km| TextLabel {
            x_px: f64::from(left) - 6.0,
            y_px: y_of(km) + 4.0,
            text: format_number(km, 0),
            align: "right",
        }))
        .collect();
    labels.push(TextLabel {
        x_px: f64::from(left) + f64::from(w) / 2.0,
        y_px: f64::from(height_px) - 4.0,
        text: strings().profile_axis_distance.to_owned(),
        align: "center",
    });
    labels.push(TextLabel {
        x_px: f64::from(left) - 6.0,
        y_px: f64::from(top) - 2.0,
        text: strings().unit_km.to_owned(),
        align: "right",
    });
    labels
}

/// Draws `chart` on `backend`: grid, Earth's horizon, arcs and apogees, and no text (see
/// [`text_labels`]). `progress` from 0 to 1 draws that share of each arc, for the animation.
/// The error is the backend's own, typed, for the caller to show.
pub fn draw<DB: DrawingBackend>(
    backend: DB,
    chart: &ProfileChart,
    progress: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let shown = |n: usize| ((n as f64) * progress.clamp(0.0, 1.0)).ceil() as usize;
    let area = backend.into_drawing_area();
    area.fill(&WHITE)?;
    let (range_km, high_km) = chart.extents_km();
    // The plot's own rectangle, the one `text_labels` writes around. (Plotters' ChartBuilder
    // would lay out the same margins, with 4 KB more of the page for features unused here.)
    let (width_px, height_px) = area.dim_in_pixel();
    let (left, top, w, h) = plot_rect_px(width_px, height_px);
    let (right_px, bottom_px) = ((left + w) as i32 - 1, (top + h) as i32 - 1);
    // Height grows upwards: the y range runs from the bottom pixel to the top one.
    let plot = area.apply_coord_spec(Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
        0f64..range_km,
        0f64..high_km,
        (left as i32..right_px, bottom_px..top as i32),
    ));
    let (xs, ys) = ticks_km(chart);
    let grid = RGBColor(225, 225, 225).stroke_width(1);
    let mut lines: Vec<PathElement<(f64, f64)>> = xs
        .iter()
        .map(|&x| vec![(x, 0.0), (x, high_km)])
        .chain(ys.iter().map(|&y| vec![(0.0, y), (range_km, y)]))
        .map(|points| PathElement::new(points, grid))
        .collect();
    // The horizontal at the launch point: the ground falls away beneath it as x² / 2R.
    let horizon = (0..=50).map(|i| {
        let x = range_km * f64::from(i) / 50.0;
        (x, (x * 1000.0).powi(2) / (2.0 * EARTH_RADIUS_M) / 1000.0)
    });
    lines.push(PathElement::new(
        horizon.collect::<Vec<_>>(),
        RGBColor(120, 120, 120).stroke_width(1),
    ));
    let mut dots: Vec<Circle<(f64, f64), i32>> = Vec::new();
    for (profile, colour) in chart.profiles.iter().zip(COLOURS) {
        let arc = MinEnergyArc::new(profile.range_m);
        let points: Vec<(f64, f64)> = arc
            .points(121)
            .into_iter()
            .take(shown(121))
            .map(|(x, y)| (x / 1000.0, y / 1000.0))
            .collect();
        if let Some((apogee_m, _)) = &profile.reported_apogee {
            // The reported apogee over mid-range, on an arc of the same shape scaled to reach it.
            let scale = apogee_m / arc.apogee_m();
            dots.extend(
                points
                    .iter()
                    .step_by(3)
                    .map(|&(x, y)| Circle::new((x, y * scale), 1, colour.filled())),
            );
            if progress >= 0.5 {
                let peak = (profile.range_m / 2000.0, apogee_m / 1000.0);
                dots.push(Circle::new(peak, 5, colour.filled()));
            }
        }
        lines.push(PathElement::new(points, colour.stroke_width(2)));
    }
    for line in &lines {
        plot.draw(line)?;
    }
    for dot in &dots {
        plot.draw(dot)?;
    }
    area.present()
}

/// The launches a profile shows, as the page's profile slot writes them for the on-demand
/// module: event indices, separated by spaces.
///
/// ```
/// assert_eq!(launchmap::profile_shown_to_text(&[1, 5]), "1 5");
/// ```
pub fn shown_to_text(shown: &[usize]) -> String {
    let text: Vec<String> = shown.iter().map(usize::to_string).collect();
    text.join(" ")
}

/// The launches in a profile slot's text, leaving out anything that is not the index of one of
/// the story's `event_count` events.
///
/// ```
/// assert_eq!(launchmap::profile_shown_from_text("1 5 x 99", 6), [1, 5]);
/// ```
pub fn shown_from_text(text: &str, event_count: usize) -> Vec<usize> {
    text.split(' ')
        .filter_map(|n| n.parse().ok())
        .filter(|&i| i < event_count)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg_of(chart: &ProfileChart, size_px: (u32, u32), progress: f64) -> String {
        let mut svg = String::new();
        draw(SVGBackend::with_string(&mut svg, size_px), chart, progress).unwrap();
        svg
    }

    fn chart(ids: &[&str]) -> ProfileChart {
        let c = crate::testing::default_story();
        let indices: Vec<usize> = ids
            .iter()
            .map(|id| c.story.events.iter().position(|e| e.id == *id).unwrap())
            .collect();
        ProfileChart::for_launches(&c, &indices)
    }

    #[test]
    fn march_profile_has_the_350_km_range_and_mods_50_km_apogee() {
        let c = chart(&["launch-2024-03-18"]);
        assert_eq!(c.profiles[0].range_m, 350_000.0);
        assert_eq!(
            c.profiles[0].reported_apogee,
            Some((50_000.0, "Japan's Ministry of Defense (MoD)".to_owned()))
        );
        assert!(c.description().contains("reported apogee 50 km (Japan's Ministry of Defense (MoD)); a minimum-energy arc to that range peaks at 86 km"));
    }

    #[test]
    fn drawn_as_svg_it_has_the_horizon_both_arcs_and_the_apogee_marks() {
        let c = chart(&["launch-2024-03-18", "launch-2024-05-30"]);
        let svg = svg_of(&c, (640, 280), 1.0);
        let (xs, ys) = ticks_km(&c);
        assert_eq!(
            svg.matches("<polyline").count(),
            xs.len() + ys.len() + 3,
            "grid, horizon and two arcs"
        );
        // Two reported apogees, each a large mark and 41 small dots along its arc.
        assert_eq!(svg.matches("<circle").count(), 2 * (1 + 41));
    }

    #[test]
    fn height_grows_upwards_so_the_apogee_sits_high_on_the_canvas() {
        let c = chart(&["launch-2024-05-30"]);
        let svg = svg_of(&c, (640, 300), 1.0);
        let (_, top, _, h) = plot_rect_px(640, 300);
        // The reported 100 km apogee, on axes to 120 km, is a sixth of the plot below its top.
        let apogee = svg
            .split("<circle")
            .find(|c| c.contains(r#"r="5""#))
            .expect("the apogee mark");
        let cy: f64 = apogee
            .split(r#"cy=""#)
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let expected = f64::from(top) + f64::from(h) / 6.0;
        approx::assert_abs_diff_eq!(cy, expected, epsilon = 2.0);
    }

    #[test]
    fn tick_labels_sit_on_their_grid_lines() {
        let c = chart(&["launch-2024-05-30"]);
        let svg = svg_of(&c, (640, 300), 1.0);
        // The grid's vertical lines: polylines whose two points share an x.
        let grid_xs: Vec<f64> = svg
            .split("points=\"")
            .skip(1)
            .filter_map(|rest| {
                let points: Vec<&str> = rest.split('"').next()?.split_whitespace().collect();
                let x = |p: &str| p.split(',').next().and_then(|v| v.parse::<f64>().ok());
                (points.len() == 2 && x(points[0]) == x(points[1]))
                    .then(|| x(points[0]))
                    .flatten()
            })
            .collect();
        let (xs, _) = ticks_km(&c);
        let label_xs: Vec<f64> = text_labels(&c, 640, 300)
            .iter()
            .take(xs.len())
            .map(|l| l.x_px)
            .collect();
        assert_eq!(grid_xs.len(), label_xs.len());
        // Plotters draws at whole pixels, rounding down: within one pixel.
        for (grid, label) in grid_xs.iter().zip(&label_xs) {
            approx::assert_abs_diff_eq!(grid, label, epsilon = 1.0);
        }
    }

    #[test]
    fn axes_leave_headroom_above_the_highest_apogee() {
        let c = chart(&["launch-2024-05-30"]);
        let (range_km, high_km) = c.extents_km();
        assert!(range_km >= 350.0 && high_km >= 100.0 * 1.2 - 1e-9);
        let exaggeration = c.vertical_exaggeration(640, 280);
        assert!(exaggeration > 1.0 && exaggeration < 5.0, "{exaggeration}");
    }

    #[test]
    fn half_drawn_arcs_stop_at_mid_range() {
        let c = chart(&["launch-2024-03-18"]);
        let half = svg_of(&c, (640, 280), 0.5);
        let full = svg_of(&c, (640, 280), 1.0);
        assert!(half.len() < full.len());
        assert_eq!(
            half.matches("<circle").count(),
            1 + 21,
            "the apogee mark and 21 of 41 dots"
        );
    }

    #[test]
    fn tick_labels_are_round_and_inside_the_canvas() {
        let c = chart(&["launch-2024-05-30"]);
        let (xs, ys) = ticks_km(&c);
        assert_eq!(&xs[..3], [0.0, 100.0, 200.0]);
        assert_eq!(&ys[..3], [0.0, 25.0, 50.0]);
        for l in text_labels(&c, 640, 300) {
            assert!(
                (0.0..=640.0).contains(&l.x_px) && (0.0..=300.0).contains(&l.y_px),
                "{l:?}"
            );
        }
    }

    #[test]
    fn compare_puts_both_launches_on_one_chart() {
        let c = chart(&["launch-2024-03-18", "launch-2024-05-30", "freedom-shield-24"]);
        assert_eq!(c.profiles.len(), 2, "only launches");
    }
}
