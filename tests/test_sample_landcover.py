"""Checks of the synthetic sample land-cover rasters (no QGIS needed).

The reference figures are typed in here on purpose (not imported from
scripts/make_sample_landcover.py) so that the test checks the generator.
Reference sinks are in 10^4 t C per year (see resources/sample/README.md).
"""
import csv
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"
GPKG = SAMPLE / "carbon_clusters_sample.gpkg"
YEARS = [2005, 2010, 2015, 2020]
RASTERS = [SAMPLE / f"landcover_{y}.tif" for y in YEARS]
COEFFS = SAMPLE / "landcover_coefficients.csv"
CLUSTERS = ["YRD", "BTH", "PRD", "CY", "MY"]
BUILTUP_2005 = {"YRD": 35534.5, "BTH": 20399.4, "PRD": 6197.4, "CY": 3858.0, "MY": 9974.4}
BUILTUP_2020 = {"YRD": 49120.2, "BTH": 29385.7, "PRD": 8138.4, "CY": 7728.5, "MY": 15091.9}
SINK_2005 = {"YRD": 1064.4, "BTH": 408.6, "PRD": 261.9, "CY": 547.4, "MY": 1306.3}
SINK_2020 = {"YRD": 1033.4, "BTH": 418.1, "PRD": 255.4, "CY": 611.9, "MY": 1296.9}
SIZE_BUDGET = 4 * 1024 * 1024  # bytes, all four rasters


def _read(path):
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    return ds, band, band.ReadAsArray()


@pytest.fixture(scope="module")
def rasters():
    for p in RASTERS:
        assert p.exists(), p
    out = []
    for p in RASTERS:
        ds, band, arr = _read(p)
        out.append(dict(gt=ds.GetGeoTransform(), size=(ds.RasterXSize, ds.RasterYSize),
                        wkt=ds.GetProjection(), dtype=band.DataType,
                        nodata=band.GetNoDataValue(), array=arr))
        ds = None
    return out


@pytest.fixture(scope="module")
def zones(rasters):
    """Cluster index (1..5, 0 outside) of every pixel: the `clusters` layer
    rasterised on the grid with GDAL's pixel-centre rule."""
    r = rasters[0]
    dst = osr.SpatialReference(wkt=r["wkt"])
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    src_ds = ogr.Open(str(GPKG))
    src = src_ds.GetLayerByName("clusters")
    sref = src.GetSpatialRef().Clone()
    sref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(sref, dst)
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    lyr = mem.CreateLayer("z", dst, ogr.wkbMultiPolygon)
    lyr.CreateField(ogr.FieldDefn("k", ogr.OFTInteger))
    for f in src:
        g = f.GetGeometryRef().Clone()
        g.Transform(tr)
        out = ogr.Feature(lyr.GetLayerDefn())
        out.SetGeometry(g)
        out["k"] = CLUSTERS.index(f["cluster"]) + 1
        lyr.CreateFeature(out)
    nx, ny = r["size"]
    ds = gdal.GetDriverByName("MEM").Create("", nx, ny, 1, gdal.GDT_Byte)
    ds.SetGeoTransform(r["gt"])
    ds.SetProjection(r["wkt"])
    gdal.RasterizeLayer(ds, [1], lyr, options=["ATTRIBUTE=k"])
    return ds.GetRasterBand(1).ReadAsArray()


@pytest.fixture(scope="module")
def coefficients():
    with open(COEFFS, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0].keys()) == ["class", "name", "name_zh", "coefficient", "source"]
    return {int(r["class"]): float(r["coefficient"]) for r in rows}


def _pixel_km2(r):
    return abs(r["gt"][1] * r["gt"][5]) / 1e6


def test_one_grid_and_crs(rasters):
    first = rasters[0]
    srs = osr.SpatialReference(wkt=first["wkt"])
    assert srs.IsProjected()
    assert srs.GetAttrValue("PROJECTION") == "Albers_Conic_Equal_Area"
    assert srs.GetProjParm(osr.SRS_PP_STANDARD_PARALLEL_1) == pytest.approx(25)
    assert srs.GetProjParm(osr.SRS_PP_STANDARD_PARALLEL_2) == pytest.approx(47)
    assert srs.GetProjParm(osr.SRS_PP_LONGITUDE_OF_CENTER) == pytest.approx(105)
    assert srs.GetSemiMajor() == pytest.approx(6378137.0)  # WGS 84, not Krasovsky
    assert "Albers" in srs.GetName()
    assert first["gt"][1] == 1000 and first["gt"][5] == -1000
    assert first["gt"][0] % 1000 == 0 and first["gt"][3] % 1000 == 0
    for r in rasters[1:]:
        assert r["gt"] == first["gt"]
        assert r["size"] == first["size"]
        assert osr.SpatialReference(wkt=r["wkt"]).IsSame(srs)


def test_classes_and_nodata(rasters, zones):
    inside = zones > 0
    for r in rasters:
        assert r["dtype"] == gdal.GDT_Byte
        assert r["nodata"] == 0
        assert set(np.unique(r["array"])) <= set(range(7))
        valid = r["array"] > 0
        # nodata exactly outside the clusters (a few pixels of slack on
        # boundaries shared by the dissolved outline and the cities)
        assert np.count_nonzero(valid != inside) <= 1e-4 * inside.sum()
        assert {1, 2, 3, 4, 5, 6} <= set(np.unique(r["array"][valid]))


def test_tiled_and_compressed():
    for p in RASTERS:
        ds = gdal.Open(str(p))
        assert ds.GetRasterBand(1).GetBlockSize() == [256, 256]
        assert ds.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") in ("DEFLATE", "ZSTD")
        assert "SYNTHETIC" in ds.GetMetadataItem("SOURCE")
        ds = None
    assert not any(SAMPLE.glob("landcover_*.aux.xml"))


def test_size_budget():
    assert sum(p.stat().st_size for p in RASTERS) < SIZE_BUDGET


@pytest.mark.parametrize("year, reference", [(2005, BUILTUP_2005), (2020, BUILTUP_2020)])
def test_builtup_per_cluster(rasters, zones, year, reference):
    r = rasters[YEARS.index(year)]
    for k, cl in enumerate(CLUSTERS, 1):
        km2 = np.count_nonzero((zones == k) & (r["array"] == 5)) * _pixel_km2(r)
        assert km2 == pytest.approx(reference[cl], rel=0.01), cl


def test_builtup_grows(rasters, zones):
    for a, b in zip(rasters, rasters[1:]):
        before, after = a["array"] == 5, b["array"] == 5
        assert after.sum() > before.sum()
        assert np.count_nonzero(before & ~after) <= 0.001 * before.sum()
    for k, cl in enumerate(CLUSTERS, 1):
        assert [np.count_nonzero((zones == k) & (r["array"] == 5)) for r in rasters] == \
            sorted(np.count_nonzero((zones == k) & (r["array"] == 5)) for r in rasters), cl


def test_new_builtup_mostly_from_cropland(rasters, zones):
    a, b = rasters[0]["array"], rasters[-1]["array"]
    new = (b == 5) & (a != 5)
    for k, cl in enumerate(CLUSTERS, 1):
        m = new & (zones == k)
        assert m.sum() > 0, cl
        assert np.count_nonzero(a[m] == 1) > 0.5 * m.sum(), cl


@pytest.mark.parametrize("year, reference", [(2005, SINK_2005), (2020, SINK_2020)])
def test_sinks_per_cluster(rasters, zones, coefficients, year, reference):
    """Σ class area (hm²) × coefficient (t C/hm²/yr), in 10^4 t C."""
    r = rasters[YEARS.index(year)]
    hm2 = _pixel_km2(r) * 100.0
    for k, cl in enumerate(CLUSTERS, 1):
        counts = np.bincount(r["array"][zones == k], minlength=7)
        sink = sum(counts[c] * hm2 * coefficients.get(c, 0.0) for c in range(1, 7)) / 1e4
        assert sink == pytest.approx(reference[cl], rel=0.05), cl


def test_coefficients_are_literature_like(coefficients):
    literature = {2: 0.581, 3: 0.021, 4: 0.253, 6: 0.005}
    assert set(coefficients) == {1, 2, 3, 4, 5, 6}
    assert coefficients[1] == 0 and coefficients[5] == 0
    for c, v in literature.items():
        assert v <= coefficients[c] <= 1.5 * v, c


def test_the_sample_rasters_open_in_their_classes_colours():
    """QGIS loads ``<raster>.qml`` with a raster: each sample land cover has the CAS LUCC
    style beside it (scripts/make_styles.py writes them)."""
    style = SAMPLE.parent / "styles" / "landcover_cas_lucc_level1.qml"
    for raster in RASTERS:
        sidecar = raster.with_suffix(".qml")
        assert sidecar.is_file(), sidecar
        assert sidecar.read_bytes() == style.read_bytes()
