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

    /// Integrates a point mass under inverse-square gravity with RK4, from the arc's launch
    /// speed and angle, until it falls back to the surface: `(apogee_m, range_m)`.
    fn integrate(speed_m_s: f64, angle_deg: f64) -> (f64, f64) {
        let (mut x, mut y) = (0.0, EARTH_RADIUS_M);
        let a = angle_deg.to_radians();
        let (mut vx, mut vy) = (speed_m_s * a.cos(), speed_m_s * a.sin());
        let accel = |x: f64, y: f64| {
            let r3 = (x * x + y * y).powf(1.5);
            (-EARTH_MU_M3_S2 * x / r3, -EARTH_MU_M3_S2 * y / r3)
        };
        let dt = 0.05;
        let mut apogee: f64 = 0.0;
        for _ in 0..2_000_000 {
            let (k1x, k1y, k1vx, k1vy) = (vx, vy, accel(x, y).0, accel(x, y).1);
            let (ax2, ay2) = accel(x + k1x * dt / 2.0, y + k1y * dt / 2.0);
            let (k2x, k2y, k2vx, k2vy) = (vx + k1vx * dt / 2.0, vy + k1vy * dt / 2.0, ax2, ay2);
            let (ax3, ay3) = accel(x + k2x * dt / 2.0, y + k2y * dt / 2.0);
            let (k3x, k3y, k3vx, k3vy) = (vx + k2vx * dt / 2.0, vy + k2vy * dt / 2.0, ax3, ay3);
            let (ax4, ay4) = accel(x + k3x * dt, y + k3y * dt);
            let (k4x, k4y, k4vx, k4vy) = (vx + k3vx * dt, vy + k3vy * dt, ax4, ay4);
            x += dt / 6.0 * (k1x + 2.0 * k2x + 2.0 * k3x + k4x);
            y += dt / 6.0 * (k1y + 2.0 * k2y + 2.0 * k3y + k4y);
            vx += dt / 6.0 * (k1vx + 2.0 * k2vx + 2.0 * k3vx + k4vx);
            vy += dt / 6.0 * (k1vy + 2.0 * k2vy + 2.0 * k3vy + k4vy);
            let r = x.hypot(y);
            apogee = apogee.max(r - EARTH_RADIUS_M);
            if r < EARTH_RADIUS_M && apogee > 0.0 {
                return (apogee, x.atan2(y) * EARTH_RADIUS_M);
            }
        }
        panic!("the integration never came down");
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
