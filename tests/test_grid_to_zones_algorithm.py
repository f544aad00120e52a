"""carbonclusters:gridtozones through Processing: zones in another CRS, joined layer, totals."""

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from qgis_helpers import RecordingFeedback
from rasters import write_raster

pytest.importorskip("exactextract")

GRID = np.arange(1, 10, dtype=float).reshape(3, 3)
X0, Y0, KM = 500000.0, 3003000.0, 1000.0


def zones(rectangles, crs="EPSG:32650"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=city:string", "cities", "memory")
    features = []
    for name, (xmin, ymin, xmax, ymax) in rectangles:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def km(x0, y0, x1, y1):
    """A rectangle in km from the grid's top-left corner (y downwards)."""
    return (X0 + x0 * KM, Y0 - y1 * KM, X0 + x1 * KM, Y0 - y0 * KM)


@pytest.fixture
def grids(tmp_path):
    first = write_raster(tmp_path / "industry.tif", GRID, x0=X0, y0=Y0, size=KM,
                         dtype=gdal.GDT_Float64, nodata=-1)
    second = write_raster(tmp_path / "transport.tif", GRID * 10, x0=X0, y0=Y0, size=KM,
                          dtype=gdal.GDT_Float64, nodata=-1)
    return first, second


def test_two_rasters_two_cities_with_a_shared_half_pixel_border(run_algorithm, grids):
    layer = zones([("West", km(0, 0, 1.5, 3)), ("East", km(1.5, 0, 3, 3)),
                   ("East", km(1.5, 3, 3, 4))])       # a second East part, off the grid
    feedback = RecordingFeedback()
    result = run_algorithm("carbonclusters:gridtozones", {
        "INPUT": list(grids), "ZONES": layer, "ZONE_FIELD": "city", "SCALE": 0.5,
        "OUTPUT": "memory:", "OUTPUT_ZONES": "memory:"}, feedback)
    rows = {f["zone"]: f for f in result["OUTPUT"].getFeatures()}
    # west = 19.5 and east = 25.5 of the first grid, ten times that of the second; x 0.5
    assert rows["West"]["industry"] == pytest.approx(9.75)
    assert rows["East"]["transport"] == pytest.approx(127.5)
    assert rows["West"]["total"] == pytest.approx(9.75 + 97.5)
    # East is 4.5 km² of grid out of 6 km² of polygon
    assert rows["East"]["covered_share"] == pytest.approx(4.5 / 6, rel=1e-3)
    assert rows["West"]["covered_share"] == pytest.approx(1.0, rel=1e-3)
    assert result["ZONES_TOTAL"] == pytest.approx(22.5)
    assert result["GRID_TOTAL"] == pytest.approx(22.5) and result["OUTSIDE_TOTAL"] == 0
    joined = list(result["OUTPUT_ZONES"].getFeatures())
    assert len(joined) == 3 and {f["city"] for f in joined} == {"West", "East"}
    assert all(f["total"] > 0 for f in joined)
    assert any("inside the union" in info for info in feedback.infos)


def test_zones_in_degrees_are_transformed(run_algorithm, grids):
    layer = zones([("All", (116.9, 27.0, 117.2, 27.2))], crs="EPSG:4326")
    result = run_algorithm("carbonclusters:gridtozones", {
        "INPUT": [grids[0]], "ZONES": layer, "ZONE_FIELD": "city", "OUTPUT": "memory:"})
    row = next(result["OUTPUT"].getFeatures())
    assert row["industry"] == pytest.approx(45)   # the whole grid lies inside
