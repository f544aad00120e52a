"""The sample's 1 km emission grid sums, over the cities, to their 2020 totals."""

import sqlite3

import pytest
from conftest import ROOT, SAMPLE
from osgeo import gdal, ogr, osr

from carbon_clusters_plugin.analysis import raster_io as rio
from carbon_clusters_plugin.analysis.grids import grid_zones as gz

pytest.importorskip("exactextract")


def test_city_sums_of_the_grid_equal_the_city_totals():
    grid_path = ROOT / "resources" / "sample" / "emissions_2020_1km.tif"
    dataset = gdal.Open(str(grid_path))
    assert dataset.GetMetadata()["UNITS"] == "t CO2 per cell"
    landcover = gdal.Open(str(ROOT / "resources" / "sample" / "landcover_2020.tif"))
    assert dataset.GetGeoTransform() == landcover.GetGeoTransform()
    target = osr.SpatialReference(wkt=dataset.GetProjection())
    source = ogr.Open(str(SAMPLE))
    layer = source.GetLayerByName("cities")
    transform = osr.CoordinateTransformation(layer.GetSpatialRef(), target)
    codes, zones = [], []
    for index, feature in enumerate(layer, 1):
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(transform)
        codes.append(feature.GetField("code"))
        zones.append(rio.Zone(index, bytes(geometry.ExportToWkb())))
    with sqlite3.connect(SAMPLE) as db:
        totals = dict(db.execute("SELECT code, co2_total FROM city_year WHERE year = 2020"))
    result = gz.band_totals(gz.GridBand(str(grid_path), 1, "co2", scale=1e-4), zones)
    sums = dict(zip(codes, result.zones["total"]))
    assert len(sums) == 110
    for code, total in totals.items():
        assert sums[code] == pytest.approx(total, abs=0.01), code   # 10^4 t, 2 decimals
    # little lies outside every city: coast and outer boundary pixels only
    assert 0 < result.outside_total < 0.01 * result.grid_total
