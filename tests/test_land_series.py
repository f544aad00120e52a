"""A land-cover series counted in one pass equals the pairs and years counted one by one
(land_counts, whose own tests check it by hand), and a direct numpy count."""

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal
from rasters import rectangle_wkb, write_raster

from carbon_clusters_plugin.analysis import raster_io as rio
from carbon_clusters_plugin.analysis.landcover import land_counts as lc
from carbon_clusters_plugin.analysis.landcover import land_series as ls
from carbon_clusters_plugin.analysis.landcover import series_counter
from carbon_clusters_plugin.analysis.landcover.land_rasters import FirstYearRaster
from carbon_clusters_plugin.analysis.messages import AnalysisError

TILES = ["TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16"]
X0, Y0 = 500000, 3000000
NUMBA = [False] + ([True] if series_counter.PairCounter.usable(None, 1, False) else [])


def sorted_table(table):
    keys = [c for c in ("zone", "from_class", "to_class") if c in table]
    return table.sort_values(keys).reset_index(drop=True)


def random_series(tmp_path, count=4, classes=7, shape=(200, 48), dtype=np.uint8,
                  gdal_type=gdal.GDT_Byte, **raster):
    """Rasters where about a tenth of the pixels change each year, with nodata (0)."""
    rng = np.random.default_rng(11)
    values = rng.integers(0, classes, size=shape).astype(dtype)
    paths, arrays = [], []
    for year in range(count):
        if year:
            changed = rng.random(shape) < 0.1
            values = np.where(changed, rng.integers(0, classes, size=shape), values)
            values = values.astype(dtype)
        arrays.append(values)
        paths.append(write_raster(tmp_path / f"lc_{2000 + 5 * year}.tif", values, nodata=0,
                                  options=TILES, dtype=gdal_type, **raster))
    return paths, arrays


def overlapping_zones():
    north = rio.Zone(1, rectangle_wkb(X0 - 10, Y0 - 3000, X0 + 1500, Y0 + 10))
    south = rio.Zone(2, rectangle_wkb(X0 + 600, Y0 - 9100, X0 + 1500, Y0 - 3000))
    everything = rio.Zone(3, rectangle_wkb(X0 + 300, Y0 - 9100, X0 + 900, Y0 + 10))
    return [north, south, everything]


def assert_equals_separate_runs(result, rasters, zones):
    for first, second, counted in result.transitions:
        alone = lc.run_counts(lc.plan_counts(rasters[first], rasters[second], zones))
        pd.testing.assert_frame_equal(sorted_table(counted.table), sorted_table(alone.table))
        assert (counted.nodata_pixels, counted.outside_pixels) == \
            (alone.nodata_pixels, alone.outside_pixels)
    for number, counted in enumerate(result.years):
        alone = lc.run_counts(lc.plan_counts(rasters[number], zones=zones))
        pd.testing.assert_frame_equal(sorted_table(counted.table), sorted_table(alone.table))
        assert (counted.nodata_pixels, counted.outside_pixels) == \
            (alone.nodata_pixels, alone.outside_pixels)


@pytest.fixture(autouse=True)
def small_strips(monkeypatch):
    monkeypatch.setattr(rio, "STRIP_PIXELS", 16 * 48)


@pytest.mark.parametrize("numba", NUMBA)
@pytest.mark.parametrize("with_zones", [False, True])
def test_a_series_equals_its_pairs_and_years_counted_one_by_one(tmp_path, numba, with_zones):
    paths, _ = random_series(tmp_path)
    rasters = [lc.RasterInput(path) for path in paths]
    zones = overlapping_zones() if with_zones else None
    plan = ls.plan_series(rasters, [2000, 2005, 2010, 2015], zones)
    assert plan.pairs == [(0, 1), (1, 2), (2, 3), (0, 3)]
    result = ls.run_series(plan, use_numba=numba)
    assert_equals_separate_runs(result, rasters, zones)


@pytest.mark.parametrize("numba", NUMBA)
def test_pairs_match_a_direct_count_by_pixel_centres(tmp_path, numba):
    paths, arrays = random_series(tmp_path, count=3)
    zones = overlapping_zones()[:2]
    result = ls.run_series(ls.plan_series([lc.RasterInput(p) for p in paths], [1, 2, 3],
                                          zones), use_numba=numba)
    cx, cy = np.meshgrid(X0 + 15 + 30 * np.arange(48), Y0 - 15 - 30 * np.arange(200))
    masks = {1: cy > Y0 - 3000, 2: (cy < Y0 - 3000) & (cx > X0 + 600)}
    for first, second, counted in result.transitions:
        a, b = arrays[first], arrays[second]
        expected = {}
        for zone, mask in masks.items():
            valid = mask & (a > 0) & (b > 0)
            codes, numbers = np.unique(a[valid] * 10 + b[valid], return_counts=True)
            expected.update({(zone, c // 10, c % 10): n for c, n in zip(codes, numbers)})
        table = counted.table
        assert dict(zip(zip(table["zone"], table["from_class"], table["to_class"]),
                        table["pixels"])) == expected
    assert [(f, s) for f, s, _ in result.transitions] == [(0, 1), (1, 2), (0, 2)]


def test_more_classes_than_the_compact_codes_take_the_pair_by_pair_path(tmp_path):
    paths, _ = random_series(tmp_path, count=3, classes=series_counter.MAX_CLASSES + 9)
    rasters = [lc.RasterInput(path) for path in paths]
    zones = overlapping_zones()
    result = ls.run_series(ls.plan_series(rasters, [1, 2, 3], zones))
    assert_equals_separate_runs(result, rasters, zones)


def test_int16_classes_and_geographic_rows(tmp_path):
    paths, _ = random_series(tmp_path, count=3, dtype=np.int16, gdal_type=gdal.GDT_Int16,
                             x0=110.0, y0=40.5, size=0.01, epsg=4326)
    rasters = [lc.RasterInput(path) for path in paths]
    result = ls.run_series(ls.plan_series(rasters, [1, 2, 3]))
    assert_equals_separate_runs(result, rasters, None)


@pytest.mark.parametrize("numba", NUMBA)
def test_geographic_byte_series_gets_the_same_areas(tmp_path, numba):
    paths, _ = random_series(tmp_path, count=3, x0=110.0, y0=40.5, size=0.01, epsg=4326)
    rasters = [lc.RasterInput(path) for path in paths]
    zone = rio.Zone(1, ogr_box(110.05, 39.0, 110.3, 40.4))
    result = ls.run_series(ls.plan_series(rasters, [1, 2, 3], [zone]), use_numba=numba)
    for first, second, counted in result.transitions:
        alone = lc.run_counts(lc.plan_counts(rasters[first], rasters[second], [zone]))
        left, right = sorted_table(counted.table), sorted_table(alone.table)
        pd.testing.assert_frame_equal(left.drop(columns="area_km2"),
                                      right.drop(columns="area_km2"))
        # the same row areas summed in another order: equal to the last bits
        np.testing.assert_allclose(left["area_km2"], right["area_km2"], rtol=1e-12)


def ogr_box(xmin, ymin, xmax, ymax):
    return rectangle_wkb(xmin, ymin, xmax, ymax)


def test_later_rasters_on_other_grids_and_extents(tmp_path):
    first = write_raster(tmp_path / "a_2000.tif", np.full((6, 6), 1, np.uint8))
    # same grid, one column to the right: only the common five columns are counted
    shifted = write_raster(tmp_path / "b_2005.tif", np.full((6, 6), 2, np.uint8), x0=X0 + 30)
    # 60 m pixels: resampled by nearest neighbour onto the first grid
    coarse = write_raster(tmp_path / "c_2010.tif", [[3, 5, 5], [3, 3, 3], [5, 5, 5]],
                          size=60.0)
    plan = ls.plan_series([lc.RasterInput(p) for p in (first, shifted, coarse)],
                          [2000, 2005, 2010])
    assert plan.window == (1, 0, 5, 6) and plan.warped == [False, False, True]
    assert any("intersection" in str(note) for note in plan.notes)
    result = ls.run_series(plan)
    last = dict(zip(result.years[2].table["from_class"], result.years[2].table["pixels"]))
    # the 60 m pixels as 2 x 2 blocks, columns 1-5: rows 0-1 read 3 5 5 5 5, rows 2-3
    # 3 3 3 3 3, rows 4-5 5 5 5 5 5
    assert last == {3: 2 * 1 + 2 * 5, 5: 2 * 4 + 2 * 5}
    with pytest.raises(AnalysisError, match="grids differ"):
        ls.plan_series([lc.RasterInput(first), lc.RasterInput(coarse)], [1, 2],
                       resample=False)


@pytest.mark.parametrize("numba", NUMBA)
def test_first_built_up_year_against_a_direct_computation(tmp_path, numba):
    paths, arrays = random_series(tmp_path)
    years = [2000, 2005, 2010, 2015]
    zones = overlapping_zones()[:2]
    plan = ls.plan_series([lc.RasterInput(p) for p in paths], years, zones)
    output = tmp_path / "first_year.tif"
    writer = FirstYearRaster(str(output), plan, builtup_class=5)
    ls.run_series(plan, strip_hook=writer.write, use_numba=numba)
    writer.close()
    written = gdal.Open(str(output)).ReadAsArray()
    # straightforward: the smallest year whose raster is 5 at the pixel; 0 if none
    expected = np.zeros(arrays[0].shape, np.uint16)
    for year, values in zip(years, arrays):
        expected[(expected == 0) & (values == 5)] = year
    cx, cy = np.meshgrid(X0 + 15 + 30 * np.arange(48), Y0 - 15 - 30 * np.arange(200))
    inside = (cy > Y0 - 3000) | ((cy < Y0 - 3000) & (cx > X0 + 600))
    expected[~inside] = 0
    col, row, width, height = plan.window
    np.testing.assert_array_equal(written, expected[row:row + height, col:col + width])
    assert set(np.unique(written)) == {0, 2000, 2005, 2010, 2015}


def test_cancelling_stops_the_series(tmp_path):
    paths, _ = random_series(tmp_path, count=2)
    calls = []
    with pytest.raises(lc.Cancelled):
        ls.run_series(ls.plan_series([lc.RasterInput(p) for p in paths], [1, 2]),
                      is_cancelled=lambda: calls.append(1) or len(calls) > 2)


@pytest.mark.parametrize("name, year", [
    ("landcover_2005.tif", 2005), ("CLCD_v01_2005_albert_province.tif", 2005),
    ("/data/1990/CLCD_v01_1990_albert_hubei.tif", 1990), ("lc2023.tif", 2023)])
def test_years_from_file_names(name, year):
    assert ls.years_from_names([name]) == [year]


@pytest.mark.parametrize("name", ["landcover.tif", "change_2005_2020.tif", "tile_120345.tif"])
def test_file_names_without_one_year_are_named(name):
    with pytest.raises(AnalysisError, match="No single year in the file name") as error:
        ls.years_from_names(["landcover_2010.tif", name])
    assert name in str(error.value)


def test_years_given_as_a_list():
    assert ls.parse_years("2005, 2010,2015 ,2020", 4) == [2005, 2010, 2015, 2020]
    with pytest.raises(AnalysisError, match="3 years are given .* for 4 rasters"):
        ls.parse_years("2005,2010,2015", 4)
    with pytest.raises(AnalysisError, match='"20x5" in the years'):
        ls.parse_years("2005,20x5", 2)


def test_rasters_are_put_in_time_order_and_a_year_twice_is_refused():
    assert ls.in_time_order(["c", "a", "b"], [2020, 2005, 2010]) == [1, 2, 0]
    with pytest.raises(AnalysisError, match="b and c are both of 2010"):
        ls.in_time_order(["a", "b", "c"], [2005, 2010, 2010])


def test_a_single_raster_is_not_a_series(tmp_path):
    paths, _ = random_series(tmp_path, count=1)
    with pytest.raises(AnalysisError, match="at least two rasters"):
        ls.plan_series([lc.RasterInput(paths[0])], [2000])
