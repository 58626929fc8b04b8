"""Reference geodesic distances for launchmap's tests, from Karney's own Python GeographicLib.

Run: pip install geographiclib==2.1 && python3 tools/reference/geodesic_reference.py
The output is pasted into the `REFERENCE` table in src/geodesy.rs. This is independent of the
Rust code under test (geo -> geographiclib-rs), which is a separate port.
"""
from geographiclib.geodesic import Geodesic

PLACES = {
    "sunan": (39.2002, 125.6733),
    "pyongyang": (39.0195, 125.7525),
    "sohae": (39.6596, 124.7057),
    "seoul": (37.5665, 126.9780),
    "camp_humphreys": (36.9624, 127.0311),
    "busan": (35.1796, 129.0756),
    "tokyo": (35.6894, 139.6917),
    "osaka": (34.6864, 135.5200),
    "kadena": (26.3517, 127.7694),
    "guam": (13.5840, 144.9244),
}
PAIRS = [
    ("sunan", "seoul"), ("sunan", "camp_humphreys"), ("sunan", "busan"), ("sunan", "tokyo"),
    ("sunan", "guam"), ("sunan", "osaka"), ("sunan", "kadena"), ("pyongyang", "seoul"),
    ("sohae", "tokyo"), ("seoul", "busan"), ("busan", "tokyo"), ("pyongyang", "guam"),
]
for a, b in PAIRS:
    (lat1, lon1), (lat2, lon2) = PLACES[a], PLACES[b]
    g = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)
    print(f'    ("{a}", "{b}", {g["s12"]:.3f}, {g["azi1"]:.9f}),')
