"""Gridded emissions summed over zones with exact partial-pixel weights, worked by hand."""

import numpy as np
import pytest
from osgeo import gdal
from rasters import rectangle_wkb, write_raster

from carbon_clusters_plugin.analysis import raster_io as rio
from carbon_clusters_plugin.analysis.grids import grid_zones as gz

pytest.importorskip("exactextract")

# 3 x 3 pixels of 1 km from (500 000, 3 003 000); values 1..9 t per pixel
GRID = np.arange(1, 10, dtype=float).reshape(3, 3)
X0, Y0, KM = 500000.0, 3003000.0, 1000.0


@pytest.fixture
def grid(tmp_path):
    return write_raster(tmp_path / "grid.tif", GRID, x0=X0, y0=Y0, size=KM,
                        dtype=gdal.GDT_Float64, nodata=-1)


def zone(index, xmin, ymin, xmax, ymax):
    return rio.Zone(index, rectangle_wkb(X0 + xmin * KM, Y0 - ymax * KM, X0 + xmax * KM,
                                         Y0 - ymin * KM))


def totals(result):
    return dict(zip(result.zones["zone"], result.zones["total"]))


def test_boundary_through_the_middle_of_pixels(grid):
    # west: columns 0 and half of 1; east: the other half of 1 and column 2
    west, east = zone(1, 0, 0, 1.5, 3), zone(2, 1.5, 0, 3, 3)
    result = gz.band_totals(gz.GridBand(grid, 1, "co2"), [west, east])
    # west = (1 + 4 + 7) + (2 + 5 + 8) / 2 = 19.5; east = (3 + 6 + 9) + 7.5 = 25.5
    assert totals(result) == pytest.approx({1: 19.5, 2: 25.5})
    assert result.grid_total == pytest.approx(45)
    assert result.inside_total == pytest.approx(45) and result.outside_total == pytest.approx(0)
    covered = dict(zip(result.zones["zone"], result.zones["covered_km2"]))
    assert covered == pytest.approx({1: 4.5, 2: 4.5})


def test_nothing_is_written_beside_the_grid(grid, tmp_path):
    gz.band_totals(gz.GridBand(grid, 1, "co2"), [zone(1, 0, 0, 3, 3)])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grid.tif"]


def test_conservation_when_zones_tile_the_grid(grid):
    pieces = [zone(1, 0, 0, 0.3, 3), zone(2, 0.3, 0, 2.2, 1.7), zone(3, 0.3, 1.7, 2.2, 3),
              zone(4, 2.2, 0, 3, 3)]
    result = gz.band_totals(gz.GridBand(grid, 1, "co2"), pieces)
    assert result.zones_total == pytest.approx(GRID.sum())


def test_part_outside_every_zone_and_nodata(tmp_path):
    values = GRID.copy()
    values[0, 0] = -1                      # nodata
    path = write_raster(tmp_path / "g.tif", values, x0=X0, y0=Y0, size=KM,
                        dtype=gdal.GDT_Float64, nodata=-1)
    # a zone over the left two columns, top two rows, shifted half a pixel down
    result = gz.band_totals(gz.GridBand(path, 1, "co2"), [zone(1, 0, 0.5, 2, 2.5)])
    # rows 0 and 2 half covered, row 1 whole: (2)/2 + (4 + 5) + (7 + 8)/2 = 17.5
    assert totals(result) == pytest.approx({1: 17.5})
    # window: every valid pixel in the zone's bounding box (columns 0-1, rows 0-2)
    assert result.grid_total == pytest.approx(2 + 4 + 5 + 7 + 8)
    assert result.outside_total == pytest.approx(26 - 17.5)
    # covered km²: 4 km² of the zone less the nodata pixel's half = 3.5
    assert result.zones["covered_km2"][0] == pytest.approx(3.5)


def test_density_and_flux_units(grid):
    whole = [zone(1, 0, 0, 3, 3)]
    density = gz.band_totals(gz.GridBand(grid, 1, "d", gz.DENSITY_KM2, 2.0), whole)
    assert totals(density)[1] == pytest.approx(45 * 1.0 * 2.0)  # t/km² x 1 km² x scale
    flux = gz.band_totals(gz.GridBand(grid, 1, "f", gz.FLUX_KG_M2_S), whole)
    # 1 kg m⁻² s⁻¹ over 1 km² and a 365-day year: 1e6 m² x 31 536 000 s / 1000 = 3.1536e10 t
    assert totals(flux)[1] == pytest.approx(45 * 3.1536e10)


def test_geographic_grid_at_high_latitude(tmp_path):
    pyproj = pytest.importorskip("pyproj")
    # 0.1° pixels at 69.9°N-70°N: a density of 1 t/km² sums to each pixel's true area
    path = write_raster(tmp_path / "geo.tif", np.ones((1, 2)), x0=20.0, y0=70.0, size=0.1,
                        epsg=4326, dtype=gdal.GDT_Float64)
    wkb = rectangle_wkb(20.0, 69.9, 20.15, 70.0)   # the first pixel and half the second
    result = gz.band_totals(gz.GridBand(path, 1, "d", gz.DENSITY_KM2), [rio.Zone(1, wkb)])
    geod = pyproj.Geod(ellps="WGS84")
    cell = abs(geod.polygon_area_perimeter([20, 20.1, 20.1, 20], [70, 70, 69.9, 69.9])[0]) / 1e6
    assert totals(result)[1] == pytest.approx(1.5 * cell, rel=1e-6)
    assert cell < 0.1 * 111.32 * 0.1 * 111.32 * 0.36   # far smaller than at the equator


def test_field_names_from_layers():
    taken = []
    for name, band, count in (("EDGAR 2020 (t)", 1, 1), ("EDGAR 2020 (t)", 1, 1),
                              ("2020 sectors", 3, 4), ("total", 1, 1)):
        taken.append(gz.field_name(name, band, count, taken))
    assert taken == ["edgar_2020__t", "edgar_2020__t_2", "g_2020_sectors_b3", "total_2"]


def test_overlapping_zones_sum_more_than_their_union(grid):
    # left two columns and right two columns: column 1 (2 + 5 + 8 = 15) in both
    result = gz.band_totals(gz.GridBand(grid, 1, "co2"), [zone(1, 0, 0, 2, 3),
                                                          zone(2, 1, 0, 3, 3)])
    assert totals(result) == pytest.approx({1: 27, 2: 33})
    assert result.inside_total == pytest.approx(45)
    assert result.zones_total == pytest.approx(60)
