//! The minimum-energy ballistic arc, for the trajectory explainer.
//!
//! The model: a point mass over a non-rotating spherical Earth (radius 6,371 km) with no air,
//! thrown from the surface so as to reach a given ground range with the least speed. It leaves
//! out air drag, the powered phase and Earth's rotation, and the chart says so. Real short-range
//! missiles fly flatter ("depressed") or steeper ("lofted") arcs by design; comparing the
//! reported apogee with this one tells which.

/// Mean Earth radius, in metres.
pub const EARTH_RADIUS_M: f64 = 6_371_000.0;
/// Earth's gravitational parameter GM, in m³/s².
pub const EARTH_MU_M3_S2: f64 = 3.986_004_418e14;

/// The minimum-energy arc to a ground range: how it is thrown and where it goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MinEnergyArc {
    /// The ground distance from launch to landing, along the surface, in metres.
    pub range_m: f64,
    /// Speed at the surface, in m/s.
    pub speed_m_s: f64,
    /// Angle above the local horizontal at launch, in degrees.
    pub flight_path_angle_deg: f64,
    /// The conic it flies: semi-latus rectum and eccentricity.
    semi_latus_rectum_m: f64,
    eccentricity: f64,
}

/// The apogee of the minimum-energy arc to `range_m`, in metres above the surface:
/// h = (R / 2) (sin(ψ/2) + cos(ψ/2) − 1), with ψ = range / R.
///
/// ```
/// let h_km = launchmap::min_energy_apogee_m(300_000.0) / 1000.0;
/// approx::assert_abs_diff_eq!(h_km, 74.0, epsilon = 1.0);
/// ```
pub fn min_energy_apogee_m(range_m: f64) -> f64 {
    let half = range_m / EARTH_RADIUS_M / 2.0;
    EARTH_RADIUS_M / 2.0 * (half.sin() + half.cos() - 1.0)
}

impl MinEnergyArc {
    /// The arc to `range_m` of ground distance (more than 0, less than half the Earth).
    pub fn new(range_m: f64) -> Self {
        let psi = range_m / EARTH_RADIUS_M;
        let (r, mu) = (EARTH_RADIUS_M, EARTH_MU_M3_S2);
        // The optimum angle bisects the angle between the local vertical and the target's direction.
        let gamma = std::f64::consts::FRAC_PI_4 - psi / 4.0;
        let s = (psi / 2.0).sin();
        let speed_m_s = (mu / r * 2.0 * s / (1.0 + s)).sqrt();
        let angular_momentum = r * speed_m_s * gamma.cos();
        let semi_latus_rectum_m = angular_momentum * angular_momentum / mu;
        let energy = speed_m_s * speed_m_s / 2.0 - mu / r;
        let semi_major_m = -mu / (2.0 * energy);
        let eccentricity = (1.0 - semi_latus_rectum_m / semi_major_m).max(0.0).sqrt();
        Self {
            range_m,
            speed_m_s,
            flight_path_angle_deg: gamma.to_degrees(),
            semi_latus_rectum_m,
            eccentricity,
        }
    }

    /// Distance from Earth's centre at ground distance `ground_m` from the launch point. The
    /// apse line lies halfway along, where the arc is highest.
    fn radius_at(&self, ground_m: f64) -> f64 {
        let theta = ground_m / EARTH_RADIUS_M;
        let from_apogee = theta - self.range_m / EARTH_RADIUS_M / 2.0;
        self.semi_latus_rectum_m / (1.0 - self.eccentricity * from_apogee.cos())
    }

    /// Height above the surface at `ground_m` along the track, in metres.
    pub fn altitude_at_m(&self, ground_m: f64) -> f64 {
        self.radius_at(ground_m) - EARTH_RADIUS_M
    }

    /// The arc's highest point, halfway along the track, in metres above the surface.
    pub fn apogee_m(&self) -> f64 {
        self.altitude_at_m(self.range_m / 2.0)
    }

    /// Where the conic comes back down to the surface, in metres of ground distance: its tests
    /// check that this is where it started from.
    #[cfg(test)]
    fn landing_range_m(&self) -> f64 {
        let half = self.range_m / EARTH_RADIUS_M / 2.0;
        let c = ((1.0 - self.semi_latus_rectum_m / EARTH_RADIUS_M) / self.eccentricity).clamp(-1.0, 1.0);
        (half + c.acos()) * EARTH_RADIUS_M
    }

    /// `count` points `(ground_m, altitude_m)` from launch to landing.
    pub fn points(&self, count: usize) -> Vec<(f64, f64)> {
        let n = count.max(2) - 1;
        (0..=n)
            .map(|i| {
                let ground_m = self.range_m * i as f64 / n as f64;
                (ground_m, self.altitude_at_m(ground_m).max(0.0))
            })
            .collect()
    }
}

/// How a reported flight compares with the minimum-energy arc to the same range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlightShape {
    /// Flatter: lower and faster, so harder for missile defences to track and intercept.
    Depressed,
    /// Within 10% of the minimum-energy apogee, either way.
    NearMinimumEnergy,
    /// Steeper: higher than needed, often to test a missile without overflying a neighbour.
    Lofted,
}

/// Within 10% of the minimum-energy apogee counts as near it.
pub fn flight_shape(reported_apogee_m: f64, range_m: f64) -> FlightShape {
    let ratio = reported_apogee_m / min_energy_apogee_m(range_m);
    if ratio < 0.9 {
        FlightShape::Depressed
    } else if ratio > 1.1 {
        FlightShape::Lofted
    } else {
        FlightShape::NearMinimumEnergy
    }
}

/// Where a lofted flight is assumed to have burnt out, in metres above the surface: a
/// long-range missile's engines stop a few hundred kilometres up. The page states it.
pub const BURNOUT_ALTITUDE_M: f64 = 300_000.0;

/// How far a lofted flight's missile would go on a minimum-energy path instead.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StandardRange {
    /// Not lofted (an apogee within 10% of the minimum-energy one, or below it): the reported
    /// range stands.
    NotLofted,
    /// The range on the minimum-energy path from the same burnout speed and altitude.
    Range {
        /// Ground distance from burnout to re-entry at the same altitude, in metres.
        range_m: f64,
        /// The speed at burnout the reported flight needed, in m/s.
        burnout_speed_m_s: f64,
    },
    /// The burnout speed is at least the circular speed at that altitude: the missile could
    /// orbit, and energy sets no limit on its range. No number is given.
    Orbital {
        /// The speed at burnout the reported flight needed, in m/s.
        burnout_speed_m_s: f64,
        /// The speed of a circular orbit at the burnout altitude, in m/s.
        circular_speed_m_s: f64,
    },
    /// The model does not apply: burnout at or above the apogee, or a range of half the Earth.
    OutsideModel,
}

/// The range the missile of a lofted flight (reported `apogee_m` over `range_m`, lofted as
/// [`flight_shape`] says) would reach on
/// a minimum-energy path, from the same speed at burnout `burnout_altitude_m` up.
///
/// The model: a point mass over a spherical, non-rotating Earth without air. The lofted flight
/// is the ellipse through its burnout and re-entry points (at the burnout altitude, `range_m`
/// apart) and its apogee; its energy gives the burnout speed v. On the minimum-energy path
/// from radius r with ν = v²r/μ < 1, the range angle Ψ back to that radius satisfies
/// sin(Ψ/2) = ν / (2 − ν); the range runs on down that conic to the ground, from burnout to
/// impact (the powered flight's own ground distance is left out). ν ≥ 1 is orbital speed.
///
/// ```
/// use launchmap::{standard_range, StandardRange};
/// // A Hwasong-15-like flight: 4,475 km up, 950 km out, burnout at 300 km.
/// let StandardRange::Range { range_m, .. } = standard_range(4_475_000.0, 950_000.0, 300_000.0) else {
///     panic!("a range");
/// };
/// assert_eq!((range_m / 1e5).round() * 100.0, 9_300.0);
/// // Hwasong-19 as KCNA reported it, 7,687.5 km up: orbital speed at burnout.
/// assert!(matches!(standard_range(7_687_500.0, 1_001_200.0, 300_000.0), StandardRange::Orbital { .. }));
/// ```
pub fn standard_range(apogee_m: f64, range_m: f64, burnout_altitude_m: f64) -> StandardRange {
    // Lofted as the shape sentence says it (a NaN is not).
    if flight_shape(apogee_m, range_m) != FlightShape::Lofted {
        return StandardRange::NotLofted;
    }
    same_energy_range(apogee_m, range_m, burnout_altitude_m)
}

/// [`standard_range`] for any flight, lofted or not.
fn same_energy_range(apogee_m: f64, range_m: f64, burnout_altitude_m: f64) -> StandardRange {
    let psi = range_m / EARTH_RADIUS_M;
    if burnout_altitude_m < 0.0 || burnout_altitude_m >= apogee_m || psi >= std::f64::consts::PI {
        return StandardRange::OutsideModel;
    }
    let (r_apogee, r_burnout) = (EARTH_RADIUS_M + apogee_m, EARTH_RADIUS_M + burnout_altitude_m);
    // Burnout is half the range angle before the apse line; r = p / (1 − e cos(angle from apogee)).
    let cos_half = (psi / 2.0).cos();
    let eccentricity = (r_apogee - r_burnout) / (r_apogee - r_burnout * cos_half);
    let semi_major_m = r_apogee * (1.0 - eccentricity) / (1.0 - eccentricity * eccentricity);
    let speed_squared = EARTH_MU_M3_S2 * (2.0 / r_burnout - 1.0 / semi_major_m);
    let burnout_speed_m_s = speed_squared.max(0.0).sqrt();
    let nu = speed_squared * r_burnout / EARTH_MU_M3_S2;
    if nu >= 1.0 {
        return StandardRange::Orbital {
            burnout_speed_m_s,
            circular_speed_m_s: (EARTH_MU_M3_S2 / r_burnout).sqrt(),
        };
    }
    // The minimum-energy path between two points at the burnout radius, then on down its conic
    // to the ground: the fall below the burnout altitude is part of the range.
    let half_angle = (nu / (2.0 - nu)).asin();
    let gamma = std::f64::consts::FRAC_PI_4 - half_angle / 2.0;
    let angular_momentum = r_burnout * burnout_speed_m_s * gamma.cos();
    let semi_latus_rectum_m = angular_momentum * angular_momentum / EARTH_MU_M3_S2;
    let semi_major_m = 1.0 / (2.0 / r_burnout - speed_squared / EARTH_MU_M3_S2);
    let eccentricity = (1.0 - semi_latus_rectum_m / semi_major_m).max(0.0).sqrt();
    let to_ground = ((1.0 - semi_latus_rectum_m / EARTH_RADIUS_M) / eccentricity)
        .clamp(-1.0, 1.0)
        .acos();
    StandardRange::Range {
        range_m: (half_angle + to_ground) * EARTH_RADIUS_M,
        burnout_speed_m_s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_energy_apogee_for_300_km_is_74_km_and_for_350_km_86_km() {
        approx::assert_abs_diff_eq!(min_energy_apogee_m(300_000.0) / 1000.0, 74.0, epsilon = 1.0);
        approx::assert_abs_diff_eq!(min_energy_apogee_m(350_000.0) / 1000.0, 86.0, epsilon = 1.0);
    }

    #[test]
    fn the_conic_peaks_at_the_formula_apogee_and_lands_at_the_range() {
        for range_km in [100.0, 300.0, 350.0, 1000.0, 3000.0] {
            let arc = MinEnergyArc::new(range_km * 1000.0);
            let formula = min_energy_apogee_m(range_km * 1000.0);
            assert!((arc.apogee_m() - formula).abs() / formula < 1e-9, "{range_km} km");
            // It starts on the ground.
            approx::assert_abs_diff_eq!(arc.altitude_at_m(0.0), 0.0, epsilon = 1e-3);
            let landing = arc.landing_range_m();
            assert!(
                (landing - arc.range_m).abs() / arc.range_m < 0.001,
                "{range_km} km lands at {landing} m"
            );
        }
    }

    /// The arc's launch speed and angle integrated (RK4, 0.05 s steps) until it falls back to
    /// the surface: `(apogee_m, range_m)`.
    fn integrate(speed_m_s: f64, angle_deg: f64) -> (f64, f64) {
        let (highest, angle, _) =
            super::rk4::fly_to(EARTH_RADIUS_M, speed_m_s, angle_deg, EARTH_RADIUS_M, 0.05);
        (highest - EARTH_RADIUS_M, angle * EARTH_RADIUS_M)
    }

    #[test]
    fn numerical_integration_agrees_with_the_analytic_arc() {
        for range_km in [300.0, 350.0, 1000.0] {
            let arc = MinEnergyArc::new(range_km * 1000.0);
            let (apogee, range) = integrate(arc.speed_m_s, arc.flight_path_angle_deg);
            assert!(
                (apogee - arc.apogee_m()).abs() / arc.apogee_m() < 0.005,
                "{range_km} km: {apogee} m"
            );
            assert!(
                (range - arc.range_m).abs() / arc.range_m < 0.001,
                "{range_km} km: lands at {range} m"
            );
        }
    }

    #[test]
    fn march_flight_was_depressed_and_may_flight_lofted() {
        assert_eq!(flight_shape(50_000.0, 300_000.0), FlightShape::Depressed);
        assert_eq!(flight_shape(50_000.0, 350_000.0), FlightShape::Depressed);
        assert_eq!(flight_shape(100_000.0, 350_000.0), FlightShape::Lofted);
        assert_eq!(flight_shape(86_000.0, 350_000.0), FlightShape::NearMinimumEnergy);
    }

    #[test]
    fn points_run_from_launch_to_landing_and_peak_in_the_middle() {
        let arc = MinEnergyArc::new(300_000.0);
        let pts = arc.points(101);
        assert_eq!(pts.len(), 101);
        assert_eq!(pts[0].0, 0.0);
        assert_eq!(pts[100].0, 300_000.0);
        let highest = pts
            .iter()
            .cloned()
            .fold((0.0, 0.0), |a, b| if b.1 > a.1 { b } else { a });
        assert_eq!(highest.0, 150_000.0);
    }
}

/// The independent check of this file's formulas: a point mass under inverse-square gravity,
/// integrated step by step.
#[cfg(test)]
mod rk4 {
    use super::EARTH_MU_M3_S2;

    /// RK4 under inverse-square gravity from radius `r0` at `speed_m_s` and `angle_deg` above
    /// the local horizontal, until the radius falls below `stop_m` or a full turn is made:
    /// `(highest radius, range angle travelled, lowest radius)`, in steps of `dt_s` seconds.
    pub(super) fn fly_to(r0: f64, speed_m_s: f64, angle_deg: f64, stop_m: f64, dt_s: f64) -> (f64, f64, f64) {
        let (mut x, mut y) = (0.0, r0);
        let a = angle_deg.to_radians();
        let (mut vx, mut vy) = (speed_m_s * a.cos(), speed_m_s * a.sin());
        let accel = |x: f64, y: f64| {
            let r3 = (x * x + y * y).powf(1.5);
            (-EARTH_MU_M3_S2 * x / r3, -EARTH_MU_M3_S2 * y / r3)
        };
        let dt = dt_s;
        let (mut highest, mut lowest, mut turned) = (r0, r0, 0.0_f64);
        let mut last_angle = 0.0_f64;
        for step in 0..2_000_000 {
            let (a1x, a1y) = accel(x, y);
            let (a2x, a2y) = accel(x + vx * dt / 2.0, y + vy * dt / 2.0);
            let (v2x, v2y) = (vx + a1x * dt / 2.0, vy + a1y * dt / 2.0);
            let (a3x, a3y) = accel(x + v2x * dt / 2.0, y + v2y * dt / 2.0);
            let (v3x, v3y) = (vx + a2x * dt / 2.0, vy + a2y * dt / 2.0);
            let (a4x, a4y) = accel(x + v3x * dt, y + v3y * dt);
            let (v4x, v4y) = (vx + a3x * dt, vy + a3y * dt);
            x += dt / 6.0 * (vx + 2.0 * v2x + 2.0 * v3x + v4x);
            y += dt / 6.0 * (vy + 2.0 * v2y + 2.0 * v3y + v4y);
            vx += dt / 6.0 * (a1x + 2.0 * a2x + 2.0 * a3x + a4x);
            vy += dt / 6.0 * (a1y + 2.0 * a2y + 2.0 * a3y + a4y);
            let r = x.hypot(y);
            let angle = x.atan2(y).rem_euclid(std::f64::consts::TAU);
            if angle < last_angle - 1.0 {
                turned += std::f64::consts::TAU;
            }
            last_angle = angle;
            highest = highest.max(r);
            lowest = lowest.min(r);
            if (r < stop_m && step > 10) || turned + angle > std::f64::consts::TAU {
                return (highest, turned + angle, lowest);
            }
        }
        panic!("the integration neither came down nor went round");
    }
}

#[cfg(test)]
mod standard_range_tests {
    use super::rk4::fly_to;
    use super::*;

    /// [`fly_to`] back down to the radius it started from, in half-second steps.
    fn fly(r0: f64, speed_m_s: f64, angle_deg: f64) -> (f64, f64, f64) {
        fly_to(r0, speed_m_s, angle_deg, r0, 0.5)
    }

    /// The longest range angle over launch angles, by golden-section search on the integration.
    fn longest_range_angle(r0: f64, speed_m_s: f64) -> f64 {
        let (mut lo, mut hi) = (1.0_f64, 60.0_f64);
        let golden = (5.0_f64.sqrt() - 1.0) / 2.0;
        for _ in 0..40 {
            let a = hi - golden * (hi - lo);
            let b = lo + golden * (hi - lo);
            if fly(r0, speed_m_s, a).1 > fly(r0, speed_m_s, b).1 {
                hi = b;
            } else {
                lo = a;
            }
        }
        fly(r0, speed_m_s, (lo + hi) / 2.0).1
    }

    #[test]
    fn a_hwasong_15_like_flight_agrees_with_the_integration_within_1_percent() {
        // 28 Nov 2017: about 4,475 km up and 950 km out (Japan's MoD and KCNA).
        let (apogee_m, range_m) = (4_475_000.0, 950_000.0);
        let r0 = EARTH_RADIUS_M + BURNOUT_ALTITUDE_M;
        let StandardRange::Range {
            range_m: standard_m,
            burnout_speed_m_s,
        } = standard_range(apogee_m, range_m, BURNOUT_ALTITUDE_M)
        else {
            panic!("a range");
        };
        // The lofted flight itself: thrown at its burnout speed, it peaks at the apogee and comes
        // back down at the range (the launch angle found by search for that range).
        let (mut lo, mut hi) = (60.0_f64, 89.99_f64);
        for _ in 0..50 {
            let mid = (lo + hi) / 2.0;
            if fly(r0, burnout_speed_m_s, mid).1 * EARTH_RADIUS_M > range_m {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let (highest, _, _) = fly(r0, burnout_speed_m_s, (lo + hi) / 2.0);
        let apogee_error = (highest - EARTH_RADIUS_M - apogee_m).abs() / apogee_m;
        assert!(
            apogee_error < 0.01,
            "the lofted flight peaks {apogee_error:.4} off"
        );
        // The same speed on the best angle, back to the burnout altitude: sin(Ψ/2) = ν / (2 − ν).
        let nu = burnout_speed_m_s * burnout_speed_m_s * r0 / EARTH_MU_M3_S2;
        let half_angle = (nu / (2.0 - nu)).asin();
        let integrated = longest_range_angle(r0, burnout_speed_m_s);
        let error = (integrated - 2.0 * half_angle).abs() / (2.0 * half_angle);
        assert!(
            error < 0.01,
            "formula {} rad, integration {integrated} rad",
            2.0 * half_angle
        );
        // And on down that path to the ground, which the page's range includes.
        let best_deg = (std::f64::consts::FRAC_PI_4 - half_angle / 2.0).to_degrees();
        let (_, to_ground, _) = fly_to(r0, burnout_speed_m_s, best_deg, EARTH_RADIUS_M, 0.5);
        let integrated_m = to_ground * EARTH_RADIUS_M;
        let error = (integrated_m - standard_m).abs() / standard_m;
        assert!(
            error < 0.01,
            "formula {standard_m} m, integration {integrated_m} m"
        );
    }

    #[test]
    fn hwasong_19_as_reported_has_orbital_speed_and_the_integration_goes_round() {
        // KCNA, 31 Oct 2024: apogee 7,687.5 km, 1,001.2 km out.
        let StandardRange::Orbital {
            burnout_speed_m_s,
            circular_speed_m_s,
        } = standard_range(7_687_500.0, 1_001_200.0, BURNOUT_ALTITUDE_M)
        else {
            panic!("orbital");
        };
        assert!(burnout_speed_m_s >= circular_speed_m_s);
        // That speed is what the reported flight needed: thrown steeply at it, the integration
        // climbs to the reported apogee (the launch angle found by search for the range).
        let r0 = EARTH_RADIUS_M + BURNOUT_ALTITUDE_M;
        let (mut lo, mut hi) = (60.0_f64, 89.999_f64);
        for _ in 0..50 {
            let mid = (lo + hi) / 2.0;
            if fly(r0, burnout_speed_m_s, mid).1 * EARTH_RADIUS_M > 1_001_200.0 {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let (highest, _, _) = fly(r0, burnout_speed_m_s, (lo + hi) / 2.0);
        let error = (highest - EARTH_RADIUS_M - 7_687_500.0).abs() / 7_687_500.0;
        assert!(error < 0.01, "the lofted flight peaks {error:.4} off");
        // Thrown level at that speed, it never comes back below where it started.
        let (_, travelled, lowest) = fly(r0, burnout_speed_m_s, 0.0);
        assert!(
            travelled >= std::f64::consts::TAU && lowest > r0 * 0.999,
            "{travelled} rad, {lowest} m"
        );
    }

    #[test]
    fn flat_flights_and_impossible_inputs_give_no_number() {
        assert_eq!(
            standard_range(50_000.0, 350_000.0, BURNOUT_ALTITUDE_M),
            StandardRange::NotLofted
        );
        assert_eq!(
            standard_range(200_000.0, 350_000.0, BURNOUT_ALTITUDE_M),
            StandardRange::OutsideModel
        );
        assert_eq!(
            standard_range(f64::NAN, 350_000.0, BURNOUT_ALTITUDE_M),
            StandardRange::NotLofted
        );
        // More than half the Earth around: no arc of this model.
        assert_eq!(
            same_energy_range(30_000_000.0, 21_000_000.0, BURNOUT_ALTITUDE_M),
            StandardRange::OutsideModel
        );
    }

    #[test]
    fn a_minimum_energy_flight_reaches_its_own_range_again() {
        // At the minimum-energy apogee the flight is already the standard one: burnout on the
        // ground gives back its range. (Such a flight is not lofted, so the page asks nothing.)
        let range_m = 3_000_000.0;
        assert_eq!(
            standard_range(min_energy_apogee_m(range_m), range_m, 0.0),
            StandardRange::NotLofted
        );
        let StandardRange::Range {
            range_m: standard_m, ..
        } = same_energy_range(min_energy_apogee_m(range_m), range_m, 0.0)
        else {
            panic!("a range");
        };
        assert!((standard_m - range_m).abs() / range_m < 1e-6, "{standard_m}");
    }
}
