"""Class and transition counts on hand-made rasters; every expected value worked out by hand."""

import numpy as np
import pytest
from osgeo import gdal
from rasters import rectangle_wkb, write_raster

from carbon_clusters_plugin.analysis import raster_io as rio
from carbon_clusters_plugin.analysis.landcover import land_counts as lc
from carbon_clusters_plugin.analysis.landcover import strip_counter
from carbon_clusters_plugin.analysis.messages import AnalysisError

# 4 x 4 pixels of 30 m from (500000, 3000000) down to (500120, 2999880); 0.0009 km² each
T1 = [[1, 1, 2, 2],
      [1, 1, 2, 2],
      [3, 3, 5, 5],
      [3, 0, 5, 5]]
T2 = [[1, 5, 2, 2],
      [5, 5, 2, 5],
      [3, 3, 5, 5],
      [1, 3, 5, 0]]
PIXEL_KM2 = 0.0009


@pytest.fixture(autouse=True)
def small_strips(monkeypatch):
    """One row per strip, so that several strips run on both threads."""
    monkeypatch.setattr(rio, "STRIP_PIXELS", 1)


def counts(result, key=("zone", "from_class")):
    table = result.table
    return {tuple(int(v) for v in row[list(key)]): int(row["pixels"])
            for _, row in table.iterrows()}


def test_classes_of_a_projected_raster_without_zones(tmp_path):
    path = write_raster(tmp_path / "t1.tif", T1, nodata=0)
    result = lc.run_counts(lc.plan_counts(lc.RasterInput(path)))
    assert counts(result) == {(-1, 1): 4, (-1, 2): 4, (-1, 3): 3, (-1, 5): 4}
    assert result.nodata_pixels == 1
    area = result.table.set_index("from_class")["area_km2"]
    assert area[3] == pytest.approx(3 * PIXEL_KM2)


def test_zones_by_pixel_centre_overlapping_and_outside(tmp_path):
    path = write_raster(tmp_path / "t1.tif", T1, nodata=0)
    x0, y0 = 500000, 3000000
    zones = [
        # zone 1: left half, edge at x0 + 50 m: centres at 15 and 45 m are inside
        rio.Zone(1, rectangle_wkb(x0 - 100, y0 - 200, x0 + 50, y0 + 100)),
        # zone 2: the whole raster, overlapping zone 1
        rio.Zone(2, rectangle_wkb(x0 - 100, y0 - 200, x0 + 200, y0 + 100)),
        # zone 3: top-right pixel only (centre at 105 m, 15 m below the top)
        rio.Zone(3, rectangle_wkb(x0 + 95, y0 - 20, x0 + 118, y0 - 2)),
        # zone 4: far away from the raster
        rio.Zone(4, rectangle_wkb(x0 + 9000, y0 + 9000, x0 + 9100, y0 + 9100)),
    ]
    plan = lc.plan_counts(lc.RasterInput(path), zones=zones)
    assert len(plan.zone_layers) == 2
    result = lc.run_counts(plan)
    assert counts(result) == {
        (1, 1): 4, (1, 3): 3,                     # left half; (3,1) is nodata
        (2, 1): 4, (2, 2): 4, (2, 3): 3, (2, 5): 4,
        (3, 2): 1,
    }
    assert result.outside_pixels == 0   # every valid pixel lies in zone 2
    assert result.nodata_pixels == 1    # counted once although two zones hold it


def test_pixels_outside_every_zone_are_counted_apart(tmp_path):
    path = write_raster(tmp_path / "t1.tif", T1, nodata=0)
    zone = rio.Zone(7, rectangle_wkb(499000, 2999000, 500060, 3001000))  # two left columns
    result = lc.run_counts(lc.plan_counts(lc.RasterInput(path), zones=[zone]))
    assert counts(result) == {(7, 1): 4, (7, 3): 3}
    # Only the zones' extent is read (columns 0-2): column 2 (2, 2, 5, 5) lies outside the
    # zone; column 3 is never read.
    assert result.outside_pixels == 4
    assert result.plan.unread_pixels == 4


def test_transition_matrix_of_two_aligned_rasters(tmp_path):
    first = write_raster(tmp_path / "t1.tif", T1, nodata=0)
    second = write_raster(tmp_path / "t2.tif", T2, nodata=0)
    result = lc.run_counts(lc.plan_counts(lc.RasterInput(first), lc.RasterInput(second)))
    pairs = counts(result, ("from_class", "to_class"))
    assert pairs == {(1, 1): 1, (1, 5): 3, (2, 2): 3, (2, 5): 1, (3, 3): 2, (3, 1): 1,
                     (5, 5): 3}
    assert result.nodata_pixels == 2  # (3,1) nodata at t1, (3,3) nodata at t2


def test_same_grid_different_extent_counts_the_intersection(tmp_path):
    first = write_raster(tmp_path / "t1.tif", T1)
    # the second raster starts one column to the right and is 3 columns wide
    second = write_raster(tmp_path / "t2.tif", np.array(T2)[:, 1:], x0=500030)
    plan = lc.plan_counts(lc.RasterInput(first), lc.RasterInput(second))
    assert plan.window == (1, 0, 3, 4)
    assert any("intersection" in str(note) for note in plan.notes)
    pairs = counts(lc.run_counts(plan), ("from_class", "to_class"))
    # columns 1..3 of T1 against columns 1..3 of T2, no nodata declared
    assert pairs == {(1, 5): 2, (2, 2): 3, (2, 5): 1, (3, 3): 1, (5, 5): 3, (0, 3): 1,
                     (5, 0): 1}


def test_different_resolution_is_resampled_or_refused(tmp_path):
    first = write_raster(tmp_path / "t1.tif", T1, nodata=0)
    # 60 m pixels: each covers 2 x 2 of the first grid; nearest neighbour repeats it
    coarse = write_raster(tmp_path / "coarse.tif", [[1, 2], [3, 5]], size=60.0)
    plan = lc.plan_counts(lc.RasterInput(first), lc.RasterInput(coarse))
    assert plan.second_warped and any("resampled" in str(note) for note in plan.notes)
    pairs = counts(lc.run_counts(plan), ("from_class", "to_class"))
    assert pairs == {(1, 1): 4, (2, 2): 4, (3, 3): 3, (5, 5): 4}
    with pytest.raises(AnalysisError, match="grids differ"):
        lc.plan_counts(lc.RasterInput(first), lc.RasterInput(coarse), resample=False)


def test_geographic_pixels_get_their_ellipsoidal_row_areas(tmp_path):
    pyproj = pytest.importorskip("pyproj")
    size = 0.25
    path = write_raster(tmp_path / "geo.tif", [[1, 1], [2, 2]], x0=110.0, y0=40.5,
                        size=size, epsg=4326)
    result = lc.run_counts(lc.plan_counts(lc.RasterInput(path)))
    geod = pyproj.Geod(ellps="WGS84")

    def cell_km2(lat_top):
        lons = [110, 110 + size, 110 + size, 110]
        lats = [lat_top, lat_top, lat_top - size, lat_top - size]
        return abs(geod.polygon_area_perimeter(lons, lats)[0]) / 1e6

    areas = result.table.set_index("from_class")["area_km2"]
    assert areas[1] == pytest.approx(2 * cell_km2(40.5), rel=1e-6)
    assert areas[2] == pytest.approx(2 * cell_km2(40.25), rel=1e-6)
    assert areas[1] < areas[2]  # nearer the pole, smaller


def test_cancelling_midway_stops_the_strips_and_raises(tmp_path):
    tiles = ["TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16"]
    path = write_raster(tmp_path / "t1.tif", np.ones((320, 16), np.uint8), options=tiles)
    calls, strips_done = [], []

    def cancelled_after_three_checks():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(lc.Cancelled):
        lc.run_counts(lc.plan_counts(lc.RasterInput(path)),
                      is_cancelled=cancelled_after_three_checks,
                      strip_hook=lambda *args: strips_done.append(1))
    assert 0 < len(strips_done) < 20    # 20 strips of 16 rows; most never read


def test_no_sidecar_files_beside_the_input(tmp_path):
    path = write_raster(tmp_path / "t1.tif", T1, nodata=0)
    lc.run_counts(lc.plan_counts(lc.RasterInput(path), lc.RasterInput(path)))
    assert not list(tmp_path.glob("*.aux.xml"))


def test_missing_band_is_named(tmp_path):
    path = write_raster(tmp_path / "t1.tif", T1)
    with pytest.raises(AnalysisError, match="band 3 does not exist"):
        lc.plan_counts(lc.RasterInput(path, band=3))


def test_int16_and_float_codes_take_the_general_path(tmp_path):
    path = write_raster(tmp_path / "t1.tif", np.array(T1) * 100, nodata=0,
                        dtype=gdal.GDT_Int16)
    result = lc.run_counts(lc.plan_counts(lc.RasterInput(path)))
    assert counts(result) == {(-1, 100): 4, (-1, 200): 4, (-1, 300): 3, (-1, 500): 4}


@pytest.mark.parametrize("numba", [False, True])
def test_many_strips_on_two_threads_match_a_direct_count(tmp_path, monkeypatch, numba):
    """Random classes on a tiled raster (16-row strips), zones as two rectangles; the answer
    is counted directly with numpy from pixel-centre coordinates. Both counting kernels."""
    if numba and not strip_counter.accelerated():
        pytest.skip("numba is not installed: only the numpy kernel runs here")
    monkeypatch.setattr(strip_counter, "accelerated", lambda: numba)
    rng = np.random.default_rng(7)
    first = rng.integers(0, 7, size=(300, 40)).astype(np.uint8)
    second = np.where(rng.random((300, 40)) < 0.2, 5, first).astype(np.uint8)
    tiles = ["TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16"]
    a = write_raster(tmp_path / "a.tif", first, nodata=0, options=tiles)
    b = write_raster(tmp_path / "b.tif", second, nodata=0, options=tiles)
    x0, y0 = 500000, 3000000
    north = rio.Zone(1, rectangle_wkb(x0 - 10, y0 - 3000, x0 + 1300, y0 + 10))  # rows 0-99
    south = rio.Zone(2, rectangle_wkb(x0 + 600, y0 - 9100, x0 + 1300, y0 - 3000))
    result = lc.run_counts(lc.plan_counts(lc.RasterInput(a), lc.RasterInput(b),
                                          [north, south]))
    centres_x = x0 + 15 + 30 * np.arange(40)
    centres_y = y0 - 15 - 30 * np.arange(300)
    cx, cy = np.meshgrid(centres_x, centres_y)
    masks = {1: cy > y0 - 3000, 2: (cy < y0 - 3000) & (cx > x0 + 600)}
    expected = {}
    for zone, mask in masks.items():
        valid = mask & (first > 0) & (second > 0)
        pairs, numbers = np.unique(first[valid] * 10 + second[valid], return_counts=True)
        expected.update({(zone, p // 10, p % 10): n for p, n in zip(pairs, numbers)})
    assert counts(result, ("zone", "from_class", "to_class")) == expected


def test_geographic_weights_agree_between_kernels():
    rng = np.random.default_rng(3)
    first = rng.integers(0, 4, (20, 30)).astype(np.uint8)
    zones = rng.integers(0, 3, (20, 30)).astype(np.uint8)
    weights = np.linspace(1.0, 2.0, 20)
    results = []
    for numba in (False, strip_counter.accelerated()):
        counter = strip_counter.StripCounter(2, paired=False, weighted=True, use_numba=numba)
        counter.add(first, None, zones, weights, np.arange(3))
        results.append(counter.result().sort_values(["zone", "from_class"]))
    expected = sum(weights[i] for i in range(20) for j in range(30)
                   if zones[i, j] == 1 and first[i, j] == 2)
    row = results[0][(results[0]["zone"] == 1) & (results[0]["from_class"] == 2)]
    assert row["area_km2"].iloc[0] == pytest.approx(expected)
    assert np.allclose(results[0]["area_km2"], results[-1]["area_km2"])


def test_neighbours_sharing_a_sliver_without_a_pixel_centre_burn_in_one_pass(tmp_path):
    """Borders digitised twice overlap by slivers: one layer burns the same pixels in one
    pass. A sliver over a pixel centre (x0 + 45 m) is a real overlap: two layers."""
    path = write_raster(tmp_path / "t1.tif", T1, nodata=0)
    x0, y0 = 500000, 3000000
    west = rio.Zone(1, rectangle_wkb(x0 - 100, y0 - 200, x0 + 60.001, y0 + 100))
    east = rio.Zone(2, rectangle_wkb(x0 + 59.999, y0 - 200, x0 + 200, y0 + 100))
    plan = lc.plan_counts(lc.RasterInput(path), zones=[west, east])
    assert len(plan.zone_layers) == 1
    assert counts(lc.run_counts(plan)) == {(1, 1): 4, (1, 3): 3, (2, 2): 4, (2, 5): 4}
    wider = rio.Zone(1, rectangle_wkb(x0 - 100, y0 - 200, x0 + 75, y0 + 100))
    east_over_a_centre = rio.Zone(2, rectangle_wkb(x0 + 44, y0 - 200, x0 + 200, y0 + 100))
    assert len(lc.plan_counts(lc.RasterInput(path),
                              zones=[wider, east_over_a_centre]).zone_layers) == 2
