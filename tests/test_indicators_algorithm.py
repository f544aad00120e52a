"""carbonclusters:indicators through processing.run, on memory layers and the sample data."""

import pytest
from conftest import SAMPLE
from qgis.core import (
    NULL,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis_helpers import RecordingFeedback, layer_with_rows

ALGORITHM = "carbonclusters:indicators"


def memory_layer(rows, geometry="Polygon?crs=EPSG:6933", fields=None):
    fields = fields or ("cluster:string", "year:integer", "co2:double", "gdp:string")
    return layer_with_rows(rows, geometry, fields)


def square(x0, y0, size):
    x1, y1 = x0 + size, y0 + size
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def rows_by_key(layer):
    return {(f["group"], f["year"]): f for f in layer.getFeatures()}


def test_area_from_equal_area_geometry_and_text_numbers(run_algorithm):
    layer = memory_layer([
        (("A", 2020, 50.0, "1,000"), square(0, 0, 10000)),   # 10 km x 10 km = 100 km²
        (("A", 2020, 30.0, "600"), square(20000, 0, 10000)),
        (("B", 2020, 20.0, "100"), square(0, 50000, 20000)),  # 400 km²
    ])
    result = run_algorithm(ALGORITHM, {"INPUT": layer, "GROUP_FIELD": "cluster",
                                       "YEAR_FIELD": "year", "EMISSION_FIELD": "co2",
                                       "GDP_FIELD": "gdp", "OUTPUT": "memory:"})
    rows = rows_by_key(result["OUTPUT"])
    a = rows[("A", 2020)]
    assert a["emissions"] == 80 and a["gdp"] == 1600
    assert a["area_km2"] == pytest.approx(200, rel=1e-3)
    assert a["per_area"] == pytest.approx(0.4, rel=1e-3)
    assert a["per_gdp"] == pytest.approx(500)          # 80e4 t / 1600 (10^4 yuan)
    b = rows[("B", 2020)]
    assert b["per_gdp"] == pytest.approx(2000)
    assert (a["emissions_norm"], b["emissions_norm"]) == pytest.approx((1.0, 0.25))


def test_geographic_geometry_gets_its_ellipsoidal_area(run_algorithm):
    # One degree square at the equator: 110.574 km (1° latitude) x 111.320 km (1° longitude)
    layer = memory_layer([(("A", 2020, 1.0, "1"), square(0, 0, 1))],
                         geometry="Polygon?crs=EPSG:4326")
    result = run_algorithm(ALGORITHM, {"INPUT": layer, "EMISSION_FIELD": "co2",
                                       "OUTPUT": "memory:"})
    row = next(result["OUTPUT"].getFeatures())
    assert row["group"] == "ALL"
    assert row["area_km2"] == pytest.approx(110.574 * 111.320, rel=2e-3)


def test_null_emissions_are_left_out_with_a_warning(run_algorithm):
    layer = memory_layer([
        (("A", 2020, 50.0, "10"), None),
        (("A", 2020, None, "10"), None),
        ((None, 2020, 5.0, "10"), None),
    ], geometry="None")
    feedback = RecordingFeedback()
    result = run_algorithm(ALGORITHM, {"INPUT": layer, "GROUP_FIELD": "cluster",
                                       "YEAR_FIELD": "year", "EMISSION_FIELD": "co2",
                                       "GDP_FIELD": "gdp", "OUTPUT": "memory:"}, feedback)
    row = next(result["OUTPUT"].getFeatures())
    assert row["emissions"] == 50 and row["features"] == 1 and row["gdp"] == 10
    assert any("no emission value" in w and '"co2"' in w for w in feedback.warnings)
    assert any("NULL value" in w and '"cluster"' in w for w in feedback.warnings)


def test_zero_gdp_gives_null_and_a_warning(run_algorithm):
    layer = memory_layer([(("A", 2020, 50.0, "0"), None)], geometry="None")
    feedback = RecordingFeedback()
    result = run_algorithm(ALGORITHM, {"INPUT": layer, "EMISSION_FIELD": "co2",
                                       "GDP_FIELD": "gdp", "OUTPUT": "memory:"}, feedback)
    row = next(result["OUTPUT"].getFeatures())
    assert row["per_gdp"] == NULL
    assert any("per_gdp is NULL" in w for w in feedback.warnings)


def test_text_that_is_not_a_number_names_field_and_value(run_algorithm):
    layer = memory_layer([(("A", 2020, 50.0, "n/a yet"), None)], geometry="None")
    with pytest.raises(QgsProcessingException, match=r'"gdp".*"n/a yet"'):
        run_algorithm(ALGORITHM, {"INPUT": layer, "EMISSION_FIELD": "co2",
                                  "GDP_FIELD": "gdp", "OUTPUT": "memory:"})


def test_empty_layer_is_refused_by_name(run_algorithm):
    layer = memory_layer([], geometry="None")
    with pytest.raises(QgsProcessingException, match='"cities" has no features'):
        run_algorithm(ALGORITHM, {"INPUT": layer, "EMISSION_FIELD": "co2",
                                  "OUTPUT": "memory:"})


# Reference study, 2020 (10^4 t CO2; t per 10^4 yuan; t per person), typed from the paper.
REFERENCE_2020 = {
    "YRD": (215154, 0.9, 9.7), "BTH": (132635, 1.5, 11.7), "PRD": (41623, 0.5, 5.3),
    "CY": (44237, 0.6, 4.3), "MY": (78506, 0.9, 6.8),
}


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample data not generated")
def test_sample_data_reproduces_the_reference_figures(run_algorithm):
    table = QgsVectorLayer(f"{SAMPLE}|layername=city_year", "city_year", "ogr")
    assert table.isValid()
    components = ["co2_ind_energy", "co2_ind_process", "co2_agriculture", "co2_services",
                  "co2_hh_urban", "co2_hh_rural", "co2_transport", "co2_indirect"]
    result = run_algorithm(ALGORITHM, {
        "INPUT": table, "GROUP_FIELD": "cluster", "YEAR_FIELD": "year",
        "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp", "POPULATION_FIELD": "population",
        "AREA_FIELD": "area_km2", "BUILTUP_FIELD": "builtup_km2",
        "COMPONENT_FIELDS": components, "OUTPUT": "memory:"})
    rows = rows_by_key(result["OUTPUT"])
    assert len(rows) == 20
    for cluster, (total, per_gdp, per_capita) in REFERENCE_2020.items():
        row = rows[(cluster, 2020)]
        assert row["emissions"] == pytest.approx(total, abs=0.01)
        assert round(row["per_gdp"], 1) == per_gdp
        assert round(row["per_capita"], 1) == per_capita
        shares = sum(row[f"share_{c}"] for c in components)
        assert shares == pytest.approx(1.0, abs=1e-6)
    # Built-up land 2020 (km²) from the paper: per km² of built-up land follows from it.
    assert rows[("BTH", 2020)]["per_builtup"] == pytest.approx(132635 / 29385.7, rel=1e-6)
    assert rows[("YRD", 2020)]["emissions_norm"] == 1.0
