"""Bad input as a careless user or a stale model passes it: every case stops with a message that
names what is wrong, leaves the inputs byte-identical and writes nothing into the output folder.

Inputs are copies of the sample data in a folder of their own; outputs go to another folder."""

import hashlib
import shutil

import numpy as np
import pytest
from conftest import ROOT, SAMPLE_ORIGINAL
from qgis.core import NULL, QgsProcessingException, QgsProcessingFeedback

SAMPLE_DIR = ROOT / "resources" / "sample"


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    for name in (SAMPLE_ORIGINAL.name, "landcover_2005.tif", "landcover_2020.tif",
                 "emissions_2020_1km.tif"):
        shutil.copy2(SAMPLE_DIR / name, folder / name)
    return folder


@pytest.fixture
def outputs(tmp_path):
    folder = tmp_path / "outputs"
    folder.mkdir()
    return folder


def digests(folder):
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.iterdir())}


def refused(run_algorithm, algorithm, parameters, inputs, outputs, feedback=None):
    """Runs ``algorithm``, which must fail; returns its message after checking that the inputs
    are unchanged and the output folder is empty."""
    before = digests(inputs)
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(algorithm, parameters, feedback)
    assert digests(inputs) == before, "an input was changed"
    assert not list(outputs.iterdir()), f"left behind: {list(outputs.iterdir())}"
    return str(error.value)


def layer(inputs, name):
    return f"{inputs / SAMPLE_ORIGINAL.name}|layername={name}"


# (algorithm, layer, parameters with one field that the layer does not have, that field)
MISSING_FIELDS = [
    ("carbonclusters:indicators", "city_year",
     {"GROUP_FIELD": "cluster", "YEAR_FIELD": "year", "EMISSION_FIELD": "co2_total",
      "GDP_FIELD": "gdp_10k"}, "gdp_10k"),
    ("carbonclusters:moransi", "cities", {"FIELD": ["co2_2020", "co2_2021"],
                                          "PERMUTATIONS": 99}, "co2_2021"),
    ("carbonclusters:greyrelational", "city_year",
     {"REFERENCE_FIELD": "co2_total", "COMPARISON_FIELDS": ["gdp", "populaton"],
      "GROUP_FIELD": "cluster"}, "populaton"),
    ("carbonclusters:industryclusters", "city_year",
     {"FIELDS": ["share_energy", "share_heavy", "share_lite"],
      "OUTPUT_PROFILES": "profiles.csv", "OUTPUT_COUNTS": "counts.csv"}, "share_lite"),
    ("carbonclusters:decoupling", "city_year",
     {"GROUP_FIELD": "cluster", "YEAR_FIELD": "year", "EMISSION_FIELD": "co2",
      "GDP_FIELD": "gdp"}, "co2"),
    ("carbonclusters:peakscenario", "city_year",
     {"GROUP_FIELD": "cluster", "YEAR_FIELD": "year", "EMISSION_FIELD": "co2_total",
      "GDP_FIELD": "gdp", "POPULATION_FIELD": "pop", "OUTPUT_PEAKS": "peaks.csv"}, "pop"),
    ("carbonclusters:report", "clusters",
     {"CLUSTERS": None, "CLUSTER_FIELD": "clustr", "OUTPUT_HTML": "report.html"}, "clustr"),
    ("carbonclusters:citytable", "city_year",
     {"CITY_FIELD": "city", "UNMATCHED": "TEMPORARY_OUTPUT"}, "city"),
]


@pytest.mark.parametrize("algorithm, layer_name, parameters, field", MISSING_FIELDS,
                         ids=[case[0].split(":")[1] for case in MISSING_FIELDS])
def test_a_field_the_layer_does_not_have_is_named(run_algorithm, inputs, outputs, algorithm,
                                                  layer_name, parameters, field):
    parameters = {key: str(outputs / value) if key.startswith("OUTPUT_") else
                  layer(inputs, layer_name) if value is None else value
                  for key, value in parameters.items()}
    if algorithm.endswith("report"):
        parameters["INDICATORS"] = layer(inputs, "city_year")
    else:
        parameters.update(INPUT=layer(inputs, layer_name), OUTPUT=str(outputs / "out.csv"))
    message = refused(run_algorithm, algorithm, parameters, inputs, outputs)
    assert f'Field "{field}"' in message
    assert f'layer "{layer_name} ({SAMPLE_ORIGINAL.name})"' in message
    assert "whose fields are: fid, " in message and "cluster_zh" in message


@pytest.mark.parametrize("algorithm, extra", [
    ("carbonclusters:sinkaccounting", {"INPUT": "landcover_2020.tif"}),
    ("carbonclusters:landtransition", {"FROM_RASTER": "landcover_2005.tif",
                                       "TO_RASTER": "landcover_2020.tif"}),
    ("carbonclusters:gridtozones", {"INPUT": ["emissions_2020_1km.tif"]}),
    ("carbonclusters:landcoverseries", {"RASTERS": ["landcover_2005.tif",
                                                    "landcover_2020.tif"]}),
])
def test_a_missing_zone_field_is_named(run_algorithm, inputs, outputs, algorithm, extra):
    parameters = {key: ([str(inputs / v) for v in value] if isinstance(value, list)
                        else str(inputs / value)) for key, value in extra.items()}
    message = refused(run_algorithm, algorithm, {
        **parameters, "ZONES": layer(inputs, "clusters"), "ZONE_FIELD": "clster",
        "OUTPUT": str(outputs / "out.csv"), "OUTPUT_AREAS": str(outputs / "areas.csv"),
        "OUTPUT_TRANSITIONS": str(outputs / "transitions.csv")}, inputs, outputs)
    assert 'Field "clster"' in message and 'layer "clusters (' in message


def test_the_pixel_raster_may_not_overwrite_the_land_cover(run_algorithm, inputs, outputs):
    raster = str(inputs / "landcover_2020.tif")
    message = refused(run_algorithm, "carbonclusters:sinkaccounting", {
        "INPUT": raster, "OUTPUT": str(outputs / "sinks.csv"), "OUTPUT_RASTER": raster},
        inputs, outputs)
    assert "would overwrite the input" in message and "landcover_2020" in message


def test_a_table_may_not_overwrite_its_input_table(run_algorithm, inputs, outputs):
    gpkg = inputs / SAMPLE_ORIGINAL.name
    message = refused(run_algorithm, "carbonclusters:indicators", {
        "INPUT": layer(inputs, "city_year"), "GROUP_FIELD": "cluster", "YEAR_FIELD": "year",
        "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp",
        "OUTPUT": f"ogr:dbname='{gpkg}' table=\"city_year\" (geom)"}, inputs, outputs)
    assert "would overwrite the input" in message


def test_a_new_table_beside_the_input_table_is_fine(run_algorithm, inputs):
    gpkg = inputs / SAMPLE_ORIGINAL.name
    result = run_algorithm("carbonclusters:indicators", {
        "INPUT": layer(inputs, "city_year"), "GROUP_FIELD": "cluster", "YEAR_FIELD": "year",
        "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp",
        "OUTPUT": f"ogr:dbname='{gpkg}' table=\"indicators\" (geom)"})
    assert "indicators" in result["OUTPUT"]


@pytest.mark.parametrize("algorithm, parameters, parameter", [
    ("carbonclusters:gridtozones", {"INPUT": ["emissions_2020_1km.tif"], "SCALE": "nan"},
     "Scale"),
    ("carbonclusters:moransi", {"FIELD": ["co2_2020"], "WEIGHTS": 3, "DISTANCE": "inf"},
     "DISTANCE"),
    ("carbonclusters:greyrelational", {"REFERENCE_FIELD": "co2_2020",
                                       "COMPARISON_FIELDS": ["area_km2"], "RHO": "nan"},
     "coefficient ρ"),
    ("carbonclusters:peakscenario", {"GROUP_FIELD": "cluster", "EMISSION_FIELD": "co2_2020",
                                     "GDP_FIELD": "area_km2", "END_YEAR": "inf",
                                     "OUTPUT_PEAKS": "memory:"}, "END_YEAR"),
])
def test_numbers_must_be_finite(run_algorithm, inputs, outputs, algorithm, parameters,
                                parameter):
    parameters = dict(parameters)
    if "INPUT" in parameters:
        parameters["INPUT"] = [str(inputs / name) for name in parameters["INPUT"]]
        parameters["ZONES"] = layer(inputs, "clusters")
        parameters["ZONE_FIELD"] = "cluster"
    else:
        parameters["INPUT"] = layer(inputs, "cities")
    message = refused(run_algorithm, algorithm, {**parameters,
                                                 "OUTPUT": str(outputs / "out.csv")},
                      inputs, outputs)
    # QGIS's own check catches some ("Incorrect parameter value for DISTANCE"), ours the rest
    assert parameter.lower() in message.lower()
    assert "give a finite number" in message or "Incorrect parameter value" in message


class CancelledFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.cancel()


def test_a_cancelled_moran_run_is_an_error_not_a_success(run_algorithm, inputs, outputs):
    message = refused(run_algorithm, "carbonclusters:moransi", {
        "INPUT": layer(inputs, "cities"), "FIELD": ["co2_2020"], "PERMUTATIONS": 99,
        "OUTPUT": str(outputs / "moran.csv")}, inputs, outputs, CancelledFeedback())
    assert "Cancelled" in message


@pytest.mark.parametrize("algorithm", ["carbonclusters:sinkaccounting",
                                       "carbonclusters:landtransition",
                                       "carbonclusters:landcoverseries"])
def test_land_cover_values_must_be_whole_numbers(run_algorithm, tmp_path, outputs, algorithm):
    from osgeo import gdal
    from rasters import write_raster

    folder = tmp_path / "float_inputs"
    folder.mkdir()
    raster = write_raster(folder / "classes.tif", [[1.0, 2.0], [2.5, 5.0]],
                          dtype=gdal.GDT_Float32)
    parameters = {"INPUT": raster, "OUTPUT_RASTER": str(outputs / "sink.tif")} \
        if algorithm.endswith("sinkaccounting") else \
        {"RASTERS": [raster, raster], "YEARS": "2000, 2001",
         "OUTPUT_FIRST_YEAR": str(outputs / "y.tif"), "OUTPUT_AREAS": str(outputs / "a.csv"),
         "OUTPUT_TRANSITIONS": str(outputs / "t.csv")} \
        if algorithm.endswith("series") else \
        {"FROM_RASTER": raster, "TO_RASTER": raster, "OUTPUT_CHANGE": str(outputs / "c.tif")}
    message = refused(run_algorithm, algorithm, {
        **parameters, "OUTPUT": str(outputs / "table.csv")}, folder, outputs)
    assert "not whole numbers" in message and "2.5" in message and "classes.tif" in message


@pytest.mark.parametrize("coefficient, expected", [
    ("inf", 'coefficient "inf" is not a number'),
    ("1e308", "is 1e+308 t C/hm²/yr, which is not plausible")])
def test_sink_coefficients_must_be_finite_and_plausible(run_algorithm, inputs, outputs,
                                                        coefficient, expected):
    table = inputs / "coefficients.csv"
    table.write_text(f"class,name,coefficient\n1,cropland,0.5\n2,forest,{coefficient}\n",
                     encoding="utf-8")
    message = refused(run_algorithm, "carbonclusters:sinkaccounting", {
        "INPUT": str(inputs / "landcover_2020.tif"), "COEFFICIENTS": str(table),
        "OUTPUT": str(outputs / "sinks.csv")}, inputs, outputs)
    assert expected in message
    assert "coefficients.csv" in message or "class 2" in message


def test_transition_class_names_need_no_coefficients(run_algorithm, inputs, outputs):
    """As landtransition's help says: its class CSV has class and name (name_zh optional)."""
    table = inputs / "classes.csv"
    table.write_text("class,name\n" + "".join(f"{c},class {c}\n" for c in range(1, 7)),
                     encoding="utf-8")
    result = run_algorithm("carbonclusters:landtransition", {
        "FROM_RASTER": str(inputs / "landcover_2005.tif"),
        "TO_RASTER": str(inputs / "landcover_2020.tif"), "CLASSES": str(table),
        "OUTPUT": str(outputs / "transitions.csv")})
    assert (outputs / "transitions.csv").read_text(encoding="utf-8").count("\n") > 6
    assert result["OUTPUT"]


def _series(inputs, outputs, rasters, **parameters):
    return {"RASTERS": [str(inputs / name) for name in rasters],
            "OUTPUT_AREAS": str(outputs / "areas.csv"),
            "OUTPUT_TRANSITIONS": str(outputs / "transitions.csv"), **parameters}


def test_a_series_of_one_raster_is_refused(run_algorithm, inputs, outputs):
    message = refused(run_algorithm, "carbonclusters:landcoverseries",
                      _series(inputs, outputs, ["landcover_2005.tif"]), inputs, outputs)
    assert "at least two rasters" in message and "(1 given)" in message


def test_a_series_file_name_without_a_year_is_named(run_algorithm, inputs, outputs):
    shutil.copy2(inputs / "landcover_2020.tif", inputs / "landcover_latest.tif")
    message = refused(run_algorithm, "carbonclusters:landcoverseries",
                      _series(inputs, outputs, ["landcover_2005.tif", "landcover_latest.tif"]),
                      inputs, outputs)
    assert "No single year in the file name" in message and "landcover_latest.tif" in message
    assert "comma list" in message


@pytest.mark.parametrize("years, expected", [
    ("2005", "1 years are given (2005) for 2 rasters"),
    ("2005, 2005", "are both of 2005"),
    ("2005, last", '"last" in the years')])
def test_series_years_that_do_not_fit_are_named(run_algorithm, inputs, outputs, years,
                                                 expected):
    message = refused(run_algorithm, "carbonclusters:landcoverseries", _series(
        inputs, outputs, ["landcover_2005.tif", "landcover_2020.tif"], YEARS=years),
        inputs, outputs)
    assert expected in message


def test_a_series_with_a_csv_needs_its_built_up_class_for_the_map(run_algorithm, inputs,
                                                                  outputs):
    table = inputs / "coefficients.csv"
    table.write_text("class,name,coefficient\n1,cropland,0.5\n5,built-up,0\n",
                     encoding="utf-8")
    message = refused(run_algorithm, "carbonclusters:landcoverseries", _series(
        inputs, outputs, ["landcover_2005.tif", "landcover_2020.tif"],
        COEFFICIENTS=str(table), OUTPUT_FIRST_YEAR=str(outputs / "first.tif")),
        inputs, outputs)
    assert "BUILTUP_CLASS" in message
    message = refused(run_algorithm, "carbonclusters:landcoverseries", _series(
        inputs, outputs, ["landcover_2005.tif", "landcover_2020.tif"],
        COEFFICIENTS=str(table), BUILTUP_CLASS=8, OUTPUT_FIRST_YEAR=str(outputs / "f.tif")),
        inputs, outputs)
    assert "built-up class 8 is not in the class table" in message


def test_a_grid_that_misses_every_zone_is_an_error_not_zeros(run_algorithm, tmp_path, outputs):
    pytest.importorskip("exactextract")
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from rasters import write_raster

    folder = tmp_path / "grid_inputs"
    folder.mkdir()
    grid = write_raster(folder / "grid.tif", [[1.0, 2.0], [3.0, 4.0]], dtype=6)  # Float32
    zones = QgsVectorLayer("Polygon?crs=EPSG:32650&field=city:string", "far away", "memory")
    feature = QgsFeature(zones.fields())
    feature.setAttributes(["nowhere"])
    feature.setGeometry(QgsGeometry.fromWkt(
        "POLYGON((900000 100000,901000 100000,901000 101000,900000 101000,900000 100000))"))
    zones.dataProvider().addFeatures([feature])
    message = refused(run_algorithm, "carbonclusters:gridtozones", {
        "INPUT": [grid], "ZONES": zones, "ZONE_FIELD": "city",
        "OUTPUT": str(outputs / "zones.csv")}, folder, outputs)
    assert "no valid pixel in any of the 1 zones" in message and "grid.tif" in message


def test_the_report_fails_without_the_pdf_it_was_asked_for(run_algorithm, inputs, outputs):
    message = refused(run_algorithm, "carbonclusters:report", {
        "OUTPUT_PDF": str(outputs / "report.pdf")}, inputs, outputs)
    assert "No layout" in message and "CLUSTERS" in message


def test_indicators_name_infinite_negative_and_repeated_rows(run_algorithm):
    from qgis_helpers import RecordingFeedback, layer_with_rows

    rows = [(("a", "A", 2020, 100.0, 10.0), None), (("b", "A", 2020, 50.0, float("inf")), None),
            (("c", "B", 2020, -5.0, 8.0), None), (("d", "B", 2020, 30.0, 3.0), None),
            (("e", "B", 2020, 30.0, 3.0), None)]
    layer = layer_with_rows(rows, "None", ("city:string", "cluster:string", "year:integer",
                                           "co2:double", "gdp:double"))
    feedback = RecordingFeedback()
    result = run_algorithm("carbonclusters:indicators", {
        "INPUT": layer, "GROUP_FIELD": "cluster", "YEAR_FIELD": "year", "EMISSION_FIELD": "co2",
        "GDP_FIELD": "gdp", "OUTPUT": "memory:"}, feedback)
    text = "\n".join(feedback.warnings)
    assert 'Field "gdp" is infinite in 1 feature(s), left out as missing: 2.' in text
    assert 'Field "co2" is negative in 1 feature(s): 3.' in text
    assert "Features 4, 5 have the same group, year and values" in text
    rows = {f["group"]: f for f in result["OUTPUT"].getFeatures()}
    # b's infinite GDP is missing, so A's GDP total is unknown (NULL), never infinite
    assert rows["A"]["gdp"] == NULL and rows["A"]["emissions"] == 150.0
    assert rows["B"]["emissions"] == 55.0  # the copies are summed, as the warning says


def test_a_later_output_that_fails_takes_the_earlier_ones_with_it(run_algorithm, inputs,
                                                                   outputs):
    """sinkaccounting writes its pixel raster and style while it counts, then its table; when
    the table cannot be written (its folder does not exist) nothing of the run is left."""
    message = refused(run_algorithm, "carbonclusters:sinkaccounting", {
        "INPUT": str(inputs / "landcover_2020.tif"),
        "OUTPUT_RASTER": str(outputs / "sink.tif"),
        "OUTPUT": str(outputs / "missing folder" / "sinks.csv")}, inputs, outputs)
    assert message


def test_an_unreadable_raster_is_a_message_not_a_traceback(run_algorithm, inputs, outputs):
    broken = inputs / "broken.tif"
    data = (inputs / "landcover_2020.tif").read_bytes()
    broken.write_bytes(data[: len(data) // 3])  # a truncated download
    message = refused(run_algorithm, "carbonclusters:sinkaccounting", {
        "INPUT": str(broken), "OUTPUT": str(outputs / "sinks.csv"),
        "OUTPUT_RASTER": str(outputs / "sink.tif")}, inputs, outputs)
    assert "broken.tif" in message and "Traceback" not in message


def _zone_layer(geometry_type, wkts):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"{geometry_type}?crs=EPSG:32650&field=city:string", "my zones",
                           "memory")
    features = []
    for index, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"z{index}"])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_point_zones_are_refused_by_name(run_algorithm, tmp_path, outputs):
    pytest.importorskip("exactextract")
    from rasters import write_raster

    folder = tmp_path / "grid_inputs"
    folder.mkdir()
    grid = write_raster(folder / "grid.tif", [[1.0, 2.0], [3.0, 4.0]], dtype=6)
    message = refused(run_algorithm, "carbonclusters:gridtozones", {
        "INPUT": [grid], "ZONES": _zone_layer("Point", ["POINT(500010 2999990)"]),
        "ZONE_FIELD": "city", "OUTPUT": str(outputs / "zones.csv")}, folder, outputs)
    assert 'zone layer "my zones" has Point geometries: zones must be polygons' in message


def test_an_invalid_zone_is_repaired_and_named(run_algorithm, tmp_path):
    pytest.importorskip("exactextract")
    from qgis_helpers import RecordingFeedback
    from rasters import write_raster

    grid = write_raster(tmp_path / "grid.tif", [[1.0, 2.0], [3.0, 4.0]], dtype=6)
    # a bow tie over the 2 x 2 grid of 30 m pixels (x 500000-500060, y 2999940-3000000)
    bow_tie = ("POLYGON((500000 2999940,500060 3000000,500060 2999940,500000 3000000,"
               "500000 2999940))")
    feedback = RecordingFeedback()
    result = run_algorithm("carbonclusters:gridtozones", {
        "INPUT": [grid], "ZONES": _zone_layer("Polygon", [bow_tie]), "ZONE_FIELD": "city",
        "OUTPUT": "memory:"}, feedback)
    assert any("Zone z0 has an invalid geometry" in w for w in feedback.warnings)
    # the two triangles cover half of each pixel: half of 1 + 2 + 3 + 4
    assert result["ZONES_TOTAL"] == pytest.approx(5.0)


def test_a_raster_cut_short_names_the_file_and_the_rows(run_algorithm, tmp_path, outputs):
    from osgeo import gdal
    from rasters import write_raster

    folder = tmp_path / "cut_inputs"
    folder.mkdir()
    path = folder / "cut.tif"
    write_raster(path, (np.arange(600 * 600) % 6 + 1).reshape(600, 600).astype(np.uint8))
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.6)])  # header intact, the last rows missing
    assert gdal.Open(str(path)) is not None
    message = refused(run_algorithm, "carbonclusters:sinkaccounting", {
        "INPUT": str(path), "OUTPUT": str(outputs / "sinks.csv"),
        "OUTPUT_RASTER": str(outputs / "sink.tif")}, folder, outputs)
    assert "cut.tif" in message
    assert "IReadBlock failed" in message or "Cannot read rows" in message


class CancelOnProgress(QgsProcessingFeedback):
    """Cancels as soon as the run reports progress past ``at`` percent."""

    def __init__(self, at):
        super().__init__()
        self.at, self.reports = at, []
        self.progressChanged.connect(self._changed)

    def _changed(self, value):
        self.reports.append(value)
        if value > self.at:
            self.cancel()


def test_gridtozones_stops_between_batches_of_zones(run_algorithm, inputs, outputs):
    pytest.importorskip("exactextract")
    feedback = CancelOnProgress(at=1)
    message = refused(run_algorithm, "carbonclusters:gridtozones", {
        "INPUT": [str(inputs / "emissions_2020_1km.tif")], "ZONES": layer(inputs, "cities"),
        "ZONE_FIELD": "code", "OUTPUT": str(outputs / "cities.csv")}, inputs, outputs, feedback)
    assert "Cancelled" in message
    # 110 cities in batches of 16: stopped after the first batch, not after all seven
    assert max(feedback.reports) < 30


# Every algorithm, run with a feedback cancelled before it starts: an error, never a success
# with missing outputs, and nothing written.
def _cancel_cases(inputs, outputs):
    sample = lambda name: layer(inputs, name)  # noqa: E731
    tif = lambda name: str(inputs / name)  # noqa: E731
    out = lambda name: str(outputs / name)  # noqa: E731
    return {
        "indicators": {"INPUT": sample("city_year"), "GROUP_FIELD": "cluster",
                       "YEAR_FIELD": "year", "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp",
                       "OUTPUT": out("t.csv")},
        "sinkaccounting": {"INPUT": tif("landcover_2020.tif"), "OUTPUT": out("t.csv"),
                           "OUTPUT_RASTER": out("s.tif")},
        "landtransition": {"FROM_RASTER": tif("landcover_2005.tif"),
                           "TO_RASTER": tif("landcover_2020.tif"), "OUTPUT": out("t.csv"),
                           "OUTPUT_CHANGE": out("c.tif"), "OUTPUT_HTML": out("m.html")},
        "moransi": {"INPUT": sample("cities"), "FIELD": ["co2_2020"], "PERMUTATIONS": 99,
                    "OUTPUT": out("t.csv"), "OUTPUT_LISA": out("l.gpkg")},
        "greyrelational": {"INPUT": sample("city_year"), "REFERENCE_FIELD": "co2_total",
                           "COMPARISON_FIELDS": ["gdp", "population"], "OUTPUT": out("t.csv")},
        "industryclusters": {"INPUT": sample("city_year"),
                             "FIELDS": ["share_energy", "share_heavy"], "OUTPUT": out("t.gpkg"),
                             "OUTPUT_PROFILES": out("p.csv"), "OUTPUT_COUNTS": out("c.csv")},
        "decoupling": {"INPUT": sample("city_year"), "GROUP_FIELD": "cluster",
                       "YEAR_FIELD": "year", "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp",
                       "OUTPUT": out("t.csv")},
        "gridtozones": {"INPUT": [tif("emissions_2020_1km.tif")], "ZONES": sample("cities"),
                        "ZONE_FIELD": "code", "OUTPUT": out("t.csv")},
        "peakscenario": {"INPUT": sample("city_year"), "GROUP_FIELD": "cluster",
                         "YEAR_FIELD": "year", "EMISSION_FIELD": "co2_total",
                         "GDP_FIELD": "gdp", "POPULATION_FIELD": "population",
                         "OUTPUT": out("t.csv"), "OUTPUT_PEAKS": out("p.csv")},
        "report": {"CLUSTERS": sample("clusters"), "OUTPUT_HTML": out("r.html")},
        "citytable": {"INPUT": sample("city_year"), "CITY_FIELD": "code", "YEAR_FIELD": "year",
                      "OUTPUT": out("t.csv"), "UNMATCHED": out("u.csv")},
        "landcoverseries": {"RASTERS": [tif("landcover_2005.tif"), tif("landcover_2020.tif")],
                            "ZONES": sample("clusters"), "ZONE_FIELD": "cluster",
                            "OUTPUT_AREAS": out("a.csv"), "OUTPUT_TRANSITIONS": out("t.csv"),
                            "OUTPUT_FIRST_YEAR": out("y.tif")},
    }


@pytest.mark.parametrize("name", ["indicators", "sinkaccounting", "landtransition", "moransi",
                                  "greyrelational", "industryclusters", "decoupling",
                                  "gridtozones", "peakscenario", "report", "citytable",
                                  "landcoverseries"])
def test_a_cancelled_run_is_an_error_and_writes_nothing(run_algorithm, inputs, outputs, name):
    if name == "gridtozones":
        pytest.importorskip("exactextract")
    parameters = _cancel_cases(inputs, outputs)[name]
    message = refused(run_algorithm, f"carbonclusters:{name}", parameters, inputs, outputs,
                      CancelledFeedback())
    assert "Cancelled" in message


def _gpkg_table(inputs, table):
    return f"ogr:dbname='{inputs / SAMPLE_ORIGINAL.name}' table=\"{table}\" (geom)"


# (algorithm, output parameter, what it is set to: an input of the run)
OVERWRITES = [
    ("indicators", "OUTPUT", lambda i: _gpkg_table(i, "city_year")),
    ("sinkaccounting", "OUTPUT_RASTER", lambda i: str(i / "landcover_2020.tif")),
    ("landtransition", "OUTPUT_CHANGE", lambda i: str(i / "landcover_2005.tif")),
    ("moransi", "OUTPUT_LISA", lambda i: _gpkg_table(i, "cities")),
    ("greyrelational", "OUTPUT", lambda i: _gpkg_table(i, "city_year")),
    ("industryclusters", "OUTPUT_COUNTS", lambda i: _gpkg_table(i, "city_year")),
    ("decoupling", "OUTPUT", lambda i: str(i / SAMPLE_ORIGINAL.name)),
    ("gridtozones", "OUTPUT", lambda i: str(i / "emissions_2020_1km.tif")),
    ("peakscenario", "OUTPUT_PEAKS", lambda i: _gpkg_table(i, "city_year")),
    ("report", "OUTPUT_HTML", lambda i: str(i / SAMPLE_ORIGINAL.name)),
    ("citytable", "UNMATCHED", lambda i: _gpkg_table(i, "city_year")),
    ("landcoverseries", "OUTPUT_FIRST_YEAR", lambda i: str(i / "landcover_2020.tif")),
]


@pytest.mark.parametrize("name, output, target", OVERWRITES, ids=[c[0] for c in OVERWRITES])
def test_no_output_may_overwrite_an_input(run_algorithm, inputs, outputs, name, output,
                                          target):
    if name == "gridtozones":
        pytest.importorskip("exactextract")
    parameters = dict(_cancel_cases(inputs, outputs)[name])
    parameters[output] = target(inputs)
    message = refused(run_algorithm, f"carbonclusters:{name}", parameters, inputs, outputs)
    assert "would overwrite the input" in message


def test_the_area_unit_is_that_of_the_fields_not_of_the_geometry(run_algorithm):
    """Built-up land in hm², no total-area field: the total area is the polygon's own, in km²
    (a 10 km x 10 km square in a metric CRS: 100 km²), never rescaled by the hm² unit."""
    from qgis_helpers import layer_with_rows

    square = "POLYGON((0 0,10000 0,10000 10000,0 10000,0 0))"
    layer = layer_with_rows([(("A", 2020, 500.0, 2000.0), square)], "Polygon?crs=EPSG:3857",
                            ("cluster:string", "year:integer", "co2:double",
                             "builtup_hm2:double"))
    result = run_algorithm("carbonclusters:indicators", {
        "INPUT": layer, "GROUP_FIELD": "cluster", "YEAR_FIELD": "year", "EMISSION_FIELD": "co2",
        "BUILTUP_FIELD": "builtup_hm2", "AREA_UNIT": 1, "OUTPUT": "memory:"})
    row = next(result["OUTPUT"].getFeatures())
    assert row["builtup_km2"] == pytest.approx(20.0)  # 2 000 hm²
    # EPSG:3857 at the equator: the ellipsoidal area of the square is about 100 km²
    assert row["area_km2"] == pytest.approx(100.0, rel=0.01)
    assert row["per_area"] == pytest.approx(500.0 / row["area_km2"])


def test_a_sink_field_with_only_nulls_gives_null_sinks_not_a_failure(run_algorithm):
    from qgis_helpers import layer_with_rows

    layer = layer_with_rows([(("A", 2020, 100.0, None), None), (("B", 2020, 50.0, None), None)],
                            "None", ("cluster:string", "year:integer", "co2:double",
                                     "sink:double"))
    result = run_algorithm("carbonclusters:indicators", {
        "INPUT": layer, "GROUP_FIELD": "cluster", "YEAR_FIELD": "year", "EMISSION_FIELD": "co2",
        "SINK_FIELD": "sink", "OUTPUT": "memory:"})
    rows = list(result["OUTPUT"].getFeatures())
    assert len(rows) == 2 and all(row["sink_norm"] == NULL for row in rows)


@pytest.mark.parametrize("algorithm, parameters", [
    ("greyrelational", {"REFERENCE_FIELD": "co2", "COMPARISON_FIELDS": ["gdp"]}),
    ("industryclusters", {"FIELDS": ["co2", "gdp"], "K": 2, "OUTPUT_PROFILES": "memory:",
                          "OUTPUT_COUNTS": "memory:"}),
    ("moransi", {"FIELD": ["gdp"], "PERMUTATIONS": 99}),
    ("decoupling", {"GROUP_FIELD": "cluster", "YEAR_FIELD": "year", "EMISSION_FIELD": "co2",
                    "GDP_FIELD": "gdp"}),
])
def test_infinite_values_are_named(run_algorithm, algorithm, parameters):
    from qgis_helpers import layer_with_rows

    rows = [(("A", 2000 + 5 * i, 10.0 + i, float("inf") if i == 2 else 5.0 + i),
             f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 1,{i} 0))") for i in range(6)]
    layer = layer_with_rows(rows, "Polygon?crs=EPSG:3857", (
        "cluster:string", "year:integer", "co2:double", "gdp:double"), name="cities")
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(f"carbonclusters:{algorithm}", {"INPUT": layer, **parameters,
                                                       "OUTPUT": "memory:"})
    assert 'Field "gdp" of layer "cities" is infinite in 1 feature(s): 3.' in str(error.value)


# ------------------------------------------------------------------------------ citytable

def _city_csv(inputs, text):
    path = inputs / "cities.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _citytable(inputs, outputs, **parameters):
    return {"CITY_FIELD": "city", "OUTPUT": str(outputs / "joined.csv"),
            "UNMATCHED": str(outputs / "unmatched.csv"), **parameters}


def test_citytable_two_rows_of_one_city_and_year_name_both(run_algorithm, inputs, outputs):
    path = _city_csv(inputs, "city,2005年,2010年\n南京市,1,2\n苏州,3,4\n南京,5,6\n")
    message = refused(run_algorithm, "carbonclusters:citytable",
                      _citytable(inputs, outputs, INPUT=path), inputs, outputs)
    assert 'Rows 1 ("南京市") and 3 ("南京") are both 南京市 (320100) in 2005' in message
    assert 'Table "cities' in message


def test_citytable_names_a_value_that_is_not_a_number(run_algorithm, inputs, outputs):
    path = _city_csv(inputs, "city,2005\n南京,1\n苏州,n/a?\n")
    message = refused(run_algorithm, "carbonclusters:citytable",
                      _citytable(inputs, outputs, INPUT=path), inputs, outputs)
    assert 'Column "2005" holds "n/a?" in row 2' in message


def test_citytable_needs_a_year_in_every_row_of_the_year_field(run_algorithm, inputs, outputs):
    path = _city_csv(inputs, "city,year,co2\n南京,2005,1\n苏州,,2\n")
    message = refused(run_algorithm, "carbonclusters:citytable",
                      _citytable(inputs, outputs, INPUT=path, YEAR_FIELD="year"), inputs, outputs)
    assert 'Row 2 has no year in "year"' in message


def test_citytable_city_layer_without_names_is_named(run_algorithm, inputs, outputs):
    path = _city_csv(inputs, "city,2005\n南京,1\n")
    message = refused(run_algorithm, "carbonclusters:citytable", _citytable(
        inputs, outputs, INPUT=path, CITIES=layer(inputs, "clusters")), inputs, outputs)
    assert 'City layer "clusters' in message and "code, name_zh" in message


def test_citytable_value_name_may_not_be_a_city_field(run_algorithm, inputs, outputs):
    path = _city_csv(inputs, "city,2005\n南京,1\n")
    message = refused(run_algorithm, "carbonclusters:citytable", _citytable(
        inputs, outputs, INPUT=path, VALUE_NAME="code"), inputs, outputs)
    assert 'The value name "code" is a field of the city layer' in message
