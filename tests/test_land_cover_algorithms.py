"""carbonclusters:sinkaccounting and :landtransition through Processing, on hand-made rasters."""

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis_helpers import RecordingFeedback
from rasters import write_raster
from test_land_counts import T1, T2

PIXEL_KM2 = 0.0009  # 30 m x 30 m
FOREST_TCO2_PER_KM2 = 0.581 * 100 * 44 / 12  # CAS preset: 0.581 t C/hm²/yr


def zones_layer(rectangles, crs="EPSG:32650"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=name:string", "zones", "memory")
    features = []
    for name, (xmin, ymin, xmax, ymax) in rectangles.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def table_rows(layer, key):
    return {tuple(f[k] for k in key): f for f in layer.getFeatures()}


@pytest.fixture
def t1(tmp_path):
    return write_raster(tmp_path / "t1.tif", T1, nodata=0)


@pytest.fixture
def t2(tmp_path):
    return write_raster(tmp_path / "t2.tif", T2, nodata=0)


def test_sinks_of_the_whole_raster_with_the_cas_preset(run_algorithm, t1):
    result = run_algorithm("carbonclusters:sinkaccounting", {"INPUT": t1, "OUTPUT": "memory:"})
    rows = table_rows(result["OUTPUT"], ("zone", "class"))
    forest = rows[("ALL", 2)]
    assert forest["pixels"] == 4 and forest["class_name"] == "Forest"
    assert forest["area_km2"] == pytest.approx(4 * PIXEL_KM2)
    assert forest["share"] == pytest.approx(4 / 15)
    assert forest["sink_tco2"] == pytest.approx(4 * PIXEL_KM2 * FOREST_TCO2_PER_KM2)
    assert rows[("ALL", 5)]["sink_tco2"] == 0   # built-up land: 0 in the preset
    # grassland 0.021 t C/hm²/yr on 3 pixels
    grass = 3 * PIXEL_KM2 * 0.021 * 100 * 44 / 12
    assert result["TOTAL_SINK_TCO2"] == pytest.approx(
        4 * PIXEL_KM2 * FOREST_TCO2_PER_KM2 + grass)
    assert result["TOTAL_AREA_KM2"] == pytest.approx(15 * PIXEL_KM2)


def test_zones_in_another_crs_a_csv_with_a_source_and_an_unknown_class(
        run_algorithm, t1, tmp_path):
    csv = tmp_path / "coefficients.csv"
    csv.write_text("class,name,coefficient\n0,Nothing,0\n1,Cropland,-50\n2,Forest,200\n"
                   "5,Built-up,0\n", encoding="utf-8")
    # the raster's left half (x < 500060) as a polygon in longitude/latitude
    zones = zones_layer({"West": (116.0, 27.0, 117.00059, 27.2)}, crs="EPSG:4326")
    feedback = RecordingFeedback()
    result = run_algorithm("carbonclusters:sinkaccounting", {
        "INPUT": t1, "ZONES": zones, "ZONE_FIELD": "name", "COEFFICIENTS": str(csv),
        "COEFFICIENT_UNIT": 2, "OUTPUT": "memory:"}, feedback)
    rows = table_rows(result["OUTPUT"], ("zone", "class"))
    assert set(rows) == {("West", 1), ("West", 3)}
    # cropland is a source here: 4 pixels x 0.0009 km² x -50 t CO2/km²
    assert rows[("West", 1)]["sink_tco2"] == pytest.approx(-0.18)
    assert rows[("West", 3)]["sink_tco2"] == NULL  # no coefficient for class 3
    assert any("3" in w and "not in the class table" in w for w in feedback.warnings)
    # before the run: a quick sample already shows class 3, and class 0 is the nodata value
    assert any("lacks: 3" in w for w in feedback.warnings)
    assert any("Class 0 of the class table is the nodata value" in w for w in feedback.warnings)
    assert any("transformed" in i for i in feedback.infos)





def test_sink_raster_per_pixel_and_its_style(run_algorithm, t1, tmp_path):
    output = tmp_path / "sink.tif"
    run_algorithm("carbonclusters:sinkaccounting", {
        "INPUT": t1, "OUTPUT": "memory:", "OUTPUT_RASTER": str(output)})
    values = gdal.Open(str(output)).ReadAsArray()
    assert values[0, 2] == pytest.approx(PIXEL_KM2 * FOREST_TCO2_PER_KM2, rel=1e-6)
    assert values[0, 0] == 0 and values[3, 1] < -1e38    # cropland 0; nodata
    assert output.with_suffix(".qml").exists()


def test_transitions_html_and_change_raster(run_algorithm, t1, t2, tmp_path):
    html, change = tmp_path / "matrix.html", tmp_path / "change.tif"
    result = run_algorithm("carbonclusters:landtransition", {
        "FROM_RASTER": t1, "TO_RASTER": t2, "OUTPUT": "memory:", "OUTPUT_HTML": str(html),
        "OUTPUT_CHANGE": str(change)})
    rows = table_rows(result["OUTPUT"], ("from_class", "to_class"))
    assert rows[(1, 5)]["pixels"] == 3 and rows[(1, 5)]["to_name"] == "Built-up land"
    assert rows[(1, 5)]["area_km2"] == pytest.approx(3 * PIXEL_KM2)
    assert rows[(2, 2)]["pixels"] == 3 and rows[(1, 5)]["zone"] == "ALL"
    text = html.read_text(encoding="utf-8")
    # new built-up land: 3 pixels from cropland, 1 from forest
    assert "new built-up land: 75% from cropland, 25% from forest" in text
    assert "耕地" in text
    codes = gdal.Open(str(change)).ReadAsArray()
    # the legend names the band by what it holds, not "Band 1 (Gray)"
    assert gdal.Open(str(change)).GetRasterBand(1).GetDescription().startswith("land-use change")
    assert codes[0, 1] == 1005 and codes[0, 0] == 1001 and codes[3, 3] == 0
    style = Path(change).with_suffix(".qml").read_text(encoding="utf-8")
    assert "Cropland (耕地) → Built-up land" in style
    # changes first, grouped by the class gained; the unchanged classes last, named so
    assert style.index("→ Built-up land") < style.index("Cropland (耕地), unchanged")


def test_grids_that_differ_are_an_error_when_asked(run_algorithm, t1, tmp_path):
    coarse = write_raster(tmp_path / "coarse.tif", [[1, 2], [3, 5]], size=60.0)
    with pytest.raises(QgsProcessingException, match="grids differ"):
        run_algorithm("carbonclusters:landtransition", {
            "FROM_RASTER": t1, "TO_RASTER": coarse, "ALLOW_RESAMPLING": False,
            "OUTPUT": "memory:"})


def test_cancelled_run_leaves_no_raster_behind(run_algorithm, tmp_path):
    big = write_raster(tmp_path / "big.tif", np.ones((300, 50), np.uint8))
    output = tmp_path / "sink.tif"
    feedback = RecordingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm("carbonclusters:sinkaccounting", {
            "INPUT": big, "OUTPUT": "memory:", "OUTPUT_RASTER": str(output)}, feedback)
    assert not output.exists()


def test_a_zone_outside_the_raster_is_reported(run_algorithm, t1):
    zones = zones_layer({"In": (499000, 2999000, 501000, 3001000),
                         "Far": (600000, 3100000, 600100, 3100100)})
    feedback = RecordingFeedback()
    result = run_algorithm("carbonclusters:sinkaccounting", {
        "INPUT": t1, "ZONES": zones, "ZONE_FIELD": "name", "OUTPUT": "memory:"}, feedback)
    assert {f["zone"] for f in result["OUTPUT"].getFeatures()} == {"In"}
    assert any("No valid pixel in 1 zone(s): Far" in w for w in feedback.warnings)
