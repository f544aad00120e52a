"""carbonclusters:landcoverseries on the bundled sample: its rows are exactly the rows of the
separate landtransition and sinkaccounting runs it replaces."""

import numpy as np
import pytest
from conftest import ROOT, SAMPLE
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsRasterLayer
from qgis_helpers import RecordingFeedback

SAMPLE_DIR = ROOT / "resources" / "sample"
YEARS = [2005, 2010, 2015, 2020]
RASTERS = [str(SAMPLE_DIR / f"landcover_{year}.tif") for year in YEARS]
CITIES = f"{SAMPLE}|layername=cities"


def rows(layer, fields):
    return sorted(tuple(feature[name] for name in fields) for feature in layer.getFeatures())


@pytest.fixture(scope="module")
def series(plugin, tmp_path_factory):
    from qgis import processing
    from qgis.core import QgsProcessingContext

    folder = tmp_path_factory.mktemp("series")
    feedback = RecordingFeedback()
    # given out of order: the years put them in order
    result = processing.run("carbonclusters:landcoverseries", {
        "RASTERS": [RASTERS[2], RASTERS[0], RASTERS[3], RASTERS[1]], "ZONES": CITIES,
        "ZONE_FIELD": "code", "OUTPUT_AREAS": "memory:", "OUTPUT_TRANSITIONS": "memory:",
        "OUTPUT_FIRST_YEAR": str(folder / "first_year.tif")},
        context=QgsProcessingContext(), feedback=feedback)
    return result, feedback


TRANSITION_FIELDS = ["zone", "from_class", "to_class", "from_name", "to_name", "pixels",
                     "area_km2"]
AREA_FIELDS = ["zone", "class", "class_name", "class_name_zh", "pixels", "area_km2", "share",
               "sink_tco2"]


@pytest.mark.parametrize("first, second", [(0, 1), (1, 2), (2, 3), (0, 3)])
def test_transitions_equal_the_landtransition_runs(run_algorithm, series, first, second):
    alone = run_algorithm("carbonclusters:landtransition", {
        "FROM_RASTER": RASTERS[first], "TO_RASTER": RASTERS[second], "ZONES": CITIES,
        "ZONE_FIELD": "code", "OUTPUT": "memory:"})["OUTPUT"]
    layer = series[0]["OUTPUT_TRANSITIONS"]
    layer.setSubsetString(f'"from_year" = {YEARS[first]} AND "to_year" = {YEARS[second]}')
    try:
        ours = rows(layer, TRANSITION_FIELDS)
    finally:
        layer.setSubsetString("")
    assert len(ours) > 110 * 6
    assert ours == rows(alone, TRANSITION_FIELDS)


def test_no_other_pairs_than_consecutive_and_first_to_last(series):
    layer = series[0]["OUTPUT_TRANSITIONS"]
    pairs = {(f["from_year"], f["to_year"]) for f in layer.getFeatures()}
    assert pairs == {(2005, 2010), (2010, 2015), (2015, 2020), (2005, 2020)}


@pytest.mark.parametrize("number", range(4))
def test_areas_and_sinks_equal_the_sinkaccounting_runs(run_algorithm, series, number):
    alone = run_algorithm("carbonclusters:sinkaccounting", {
        "INPUT": RASTERS[number], "ZONES": CITIES, "ZONE_FIELD": "code",
        "OUTPUT": "memory:"})["OUTPUT"]
    layer = series[0]["OUTPUT_AREAS"]
    ours = [row[1:] for row in rows(layer, ["year"] + AREA_FIELDS) if row[0] == YEARS[number]]
    assert ours == rows(alone, AREA_FIELDS)


def test_first_built_up_year_against_numpy(series):
    """The sample rasters are on one grid; the first year a pixel is class 5, computed over
    the whole arrays, then cut to the output's window and masked to the cities."""
    path = series[0]["OUTPUT_FIRST_YEAR"]
    output = gdal.Open(path)
    written = output.ReadAsArray()
    arrays = [gdal.Open(raster).ReadAsArray() for raster in RASTERS]
    expected = np.zeros(arrays[0].shape, np.uint16)
    for year, values in zip(YEARS, arrays):
        expected[(expected == 0) & (values == 5)] = year
    x0, dx, _, y0, _, dy = gdal.Open(RASTERS[0]).GetGeoTransform()
    ox, _, _, oy, _, _ = output.GetGeoTransform()
    col, row = round((ox - x0) / dx), round((oy - y0) / dy)
    window = expected[row:row + written.shape[0], col:col + written.shape[1]]
    inside = written > 0
    np.testing.assert_array_equal(written[inside], window[inside])
    # outside the cities only: a built-up pixel missing from the output must lie outside
    # every city, which the cities' burnt mask says
    mask = _cities_mask(output)
    np.testing.assert_array_equal(written, np.where(mask, window, 0))
    assert set(np.unique(written)) == {0, 2005, 2010, 2015, 2020}
    assert QgsRasterLayer(path, "first").renderer().type() == "paletted"


def _cities_mask(like):
    mask = gdal.GetDriverByName("MEM").Create("", like.RasterXSize, like.RasterYSize, 1,
                                              gdal.GDT_Byte)
    mask.SetGeoTransform(like.GetGeoTransform())
    mask.SetProjection(like.GetProjection())
    cities = gdal.OpenEx(str(SAMPLE), gdal.OF_VECTOR)
    gdal.Rasterize(mask, cities, layers=["cities"], burnValues=[1])
    return mask.ReadAsArray() > 0


def test_the_log_names_the_years_in_order(series):
    text = "\n".join(series[1].infos)
    assert "Years: 2005, 2010, 2015, 2020." in text
    assert "taken in time order" in text


def test_years_given_must_match_the_rasters(run_algorithm):
    with pytest.raises(QgsProcessingException, match="3 years are given"):
        run_algorithm("carbonclusters:landcoverseries", {
            "RASTERS": RASTERS, "YEARS": "2005,2010,2015", "OUTPUT_AREAS": "memory:",
            "OUTPUT_TRANSITIONS": "memory:"})
