"""carbonclusters:peakscenario through processing.run, on memory layers and the sample data."""

import pytest
from conftest import SAMPLE
from qgis.core import (
    NULL,
    QgsFeature,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis_helpers import RecordingFeedback

ALGORITHM = "carbonclusters:peakscenario"


def table_layer(rows):
    fields = ("city:string", "year:integer", "co2:double", "gdp:double", "pop:double",
              "builtup:double", "share:double", "bld:double", "tra:double")
    layer = QgsVectorLayer("None?" + "&".join(f"field={f}" for f in fields), "cities",
                           "memory")
    features = []
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def by_key(layer, *keys):
    return {tuple(f[k] for k in keys): f for f in layer.getFeatures()}


def write_csv(tmp_path, text):
    path = tmp_path / "scenarios.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


BASE = {"GROUP_FIELD": "city", "YEAR_FIELD": "year", "EMISSION_FIELD": "co2",
        "GDP_FIELD": "gdp", "POPULATION_FIELD": "pop", "OUTPUT": "memory:",
        "OUTPUT_PEAKS": "memory:"}


def test_closed_form_and_sectors_from_a_csv(run_algorithm, tmp_path):
    layer = table_layer([("A", 2020, 100.0, 50.0, 10.0, 20.0, 40.0, 20.0, 10.0)])
    csv = write_csv(tmp_path, "scenario,start_year,end_year,gdp_growth,intensity_change,"
                              "share_change,buildings_change\n"
                              "baseline,2021,2030,0.05,-0.02,,\n"
                              "levers,2021,2030,0.05,-0.02,-1,-0.1\n")
    result = run_algorithm(ALGORITHM, {**BASE, "INPUT": layer, "SCENARIO_FILE": csv,
                                       "INDUSTRY_SHARE_FIELD": "share",
                                       "BUILDINGS_FIELDS": ["bld"], "TRANSPORT_FIELDS": ["tra"],
                                       "END_YEAR": 2030})
    rows = by_key(result["OUTPUT"], "group", "scenario", "year")
    # 100 × (1.05 × 0.98)^3 = 100 × 1.029^3 = 108.9547
    assert rows[("A", "baseline", 2023)]["emissions"] == pytest.approx(108.9547, rel=1e-6)
    assert rows[("A", "baseline", 2020)]["observed"] == 1
    # 2021, levers: industry 70 × 1.029 × 0.99, buildings 20 × 1.029 × 0.9, transport 10 × 1.029
    levers = rows[("A", "levers", 2021)]
    assert levers["industry"] == pytest.approx(70 * 1.029 * 0.99)
    assert levers["buildings"] == pytest.approx(20 * 1.029 * 0.9)
    assert levers["emissions"] == pytest.approx(1.029 * (69.3 + 18 + 10))
    # intensity: 10^4 t per 10^4 yuan → t per 10^4 yuan: 100 / 50 × 10^4 = 20 000 in 2020
    assert rows[("A", "baseline", 2020)]["intensity"] == pytest.approx(20000)
    peaks = by_key(result["OUTPUT_PEAKS"], "group", "scenario")
    assert peaks[("A", "baseline")]["peak_year"] == NULL
    assert peaks[("A", "baseline")]["peak_note"] == "after the end year"
    assert peaks[("A", "baseline")]["reduction_vs_baseline"] == 0
    assert peaks[("A", "levers")]["reduction_vs_baseline"] > 0


def test_no_peak_is_said_in_the_log(run_algorithm):
    layer = table_layer([("A", 2020, 100.0, 50.0, 10.0, 20.0, 40.0, None, None)])
    feedback = RecordingFeedback()
    run_algorithm(ALGORITHM, {**BASE, "INPUT": layer, "SCENARIOS": [
        "baseline", "", "", "", "0.05", "", "-0.01", "", "", "", "", "", "", "", ""],
        "END_YEAR": 2040}, feedback)
    assert any("A, baseline: no peak by 2040" in line for line in feedback.infos)


def test_matrix_text_in_a_number_names_row_and_column(run_algorithm):
    layer = table_layer([("A", 2020, 100.0, 50.0, 10.0, 20.0, 40.0, None, None)])
    with pytest.raises(QgsProcessingException, match='Line 1 .*gdp_growth "five"'):
        run_algorithm(ALGORITHM, {**BASE, "INPUT": layer, "SCENARIOS": [
            "baseline", "", "", "", "five", "", "", "", "", "", "", "", "", "", ""]})


def test_csv_missing_column_is_named(run_algorithm, tmp_path):
    layer = table_layer([("A", 2020, 100.0, 50.0, 10.0, 20.0, 40.0, None, None)])
    csv = write_csv(tmp_path, "scenario,intensity_change\nbaseline,-0.03\n")
    with pytest.raises(QgsProcessingException, match="no column gdp_growth"):
        run_algorithm(ALGORITHM, {**BASE, "INPUT": layer, "SCENARIOS": csv})


def test_text_in_an_input_field_names_field_and_value(run_algorithm):
    fields = "field=city:string&field=year:integer&field=co2:string&field=gdp:double"
    layer = QgsVectorLayer("None?" + fields, "cities", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["A", 2020, "lots", 5.0])
    layer.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match=r'"co2".*"lots"'):
        run_algorithm(ALGORITHM, {"INPUT": layer, "YEAR_FIELD": "year", "EMISSION_FIELD": "co2",
                                  "GDP_FIELD": "gdp", "OUTPUT": "memory:",
                                  "OUTPUT_PEAKS": "memory:"})


def sample_table():
    layer = QgsVectorLayer(f"{SAMPLE}|layername=city_year", "city_year", "ogr")
    assert layer.isValid()
    return layer


SAMPLE_FIELDS = {"YEAR_FIELD": "year", "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp",
                 "POPULATION_FIELD": "population", "BUILTUP_FIELD": "builtup_km2",
                 "INDUSTRY_SHARE_FIELD": "secondary_share",
                 "URBANISATION_FIELD": "urbanisation",
                 "BUILDINGS_FIELDS": ["co2_services", "co2_hh_urban", "co2_hh_rural"],
                 "TRANSPORT_FIELDS": ["co2_transport"], "OUTPUT": "memory:",
                 "OUTPUT_PEAKS": "memory:"}


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample data not generated")
def test_five_clusters_with_every_preset_and_stirpat(run_algorithm):
    result = run_algorithm(ALGORITHM, {**SAMPLE_FIELDS, "INPUT": sample_table(),
                                       "GROUP_FIELD": "cluster", "BASE_YEAR": 2020,
                                       "STIRPAT": True, "OUTPUT_STIRPAT": "memory:"})
    trajectories = by_key(result["OUTPUT"], "group", "scenario", "year")
    # 6 groups (5 + ALL) × 6 scenarios × (4 observed + 40 projected years)
    assert len(trajectories) == 6 * 6 * 44
    assert trajectories[("MY", "baseline", 2020)]["emissions"] == pytest.approx(78506.0)
    assert trajectories[("ALL", "baseline", 2020)]["emissions"] == pytest.approx(512155.0)
    assert trajectories[("MY", "baseline", 2020)]["intensity"] == pytest.approx(0.9, abs=0.01)
    peaks = by_key(result["OUTPUT_PEAKS"], "group", "scenario")
    assert len(peaks) == 36
    for group in ("YRD", "BTH", "PRD", "CY", "MY", "ALL"):
        baseline = peaks[(group, "baseline")]
        levers = peaks[(group, "all_levers")]
        assert levers["peak_emissions"] < baseline["peak_emissions"]
        assert levers["peak_year"] <= baseline["peak_year"]
        assert 0 < levers["reduction_vs_baseline"] < 0.5
    stirpat = list(result["OUTPUT_STIRPAT"].getFeatures())
    assert len(stirpat) == 1 and stirpat[0]["n"] == 20
    assert 0 <= stirpat[0]["r2"] <= 1
    assert trajectories[("MY", "baseline", 2020)]["emissions_stirpat"] == \
        pytest.approx(78506.0)


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample data not generated")
def test_changsha_zhuzhou_xiangtan_compact_land_use(run_algorithm):
    layer = sample_table()
    layer.setSubsetString("\"name_en\" IN ('Changsha','Zhuzhou','Xiangtan')")
    feedback = RecordingFeedback()
    result = run_algorithm(ALGORITHM, {**SAMPLE_FIELDS, "INPUT": layer,
                                       "GROUP_FIELD": "name_en", "PRESET": 3}, feedback)
    trajectories = by_key(result["OUTPUT"], "group", "scenario", "year")
    assert {k[1] for k in trajectories} == {"baseline", "compact_land_use"}
    # cluster 2020 = 4877.52 + 3578.90 + 6312.10 (sample data)
    assert trajectories[("ALL", "baseline", 2020)]["emissions"] == pytest.approx(14768.52)
    # from 2020 the preset's 2021–2030 land growth is 0.77% against 1.5%:
    # (1.0077 / 1.015)^10 = 0.93036, emissions × 0.93036^0.6 = 0.95765
    base = trajectories[("ALL", "baseline", 2030)]
    compact = trajectories[("ALL", "compact_land_use", 2030)]
    assert compact["builtup_km2"] / base["builtup_km2"] == pytest.approx(0.93036, abs=1e-4)
    assert compact["emissions"] / base["emissions"] == pytest.approx(0.95765, abs=1e-4)
    # the reference's densities are not used where the input has emissions, and it is said
    assert any("Xiangtan: emissions_per_km2 38" in w for w in feedback.warnings)


def test_repeated_periods_and_percentages_for_fractions_are_named(run_algorithm, tmp_path):
    layer = table_layer([("A", 2020, 100.0, 50.0, 10.0, 20.0, 40.0, 20.0, 10.0)])
    csv = write_csv(tmp_path, "scenario,start_year,end_year,gdp_growth\n"
                              "baseline,2021,2030,0.05\n"
                              "baseline,2021,2030,0.06\n"
                              "fast,2021,2030,5\n")
    feedback = RecordingFeedback()
    result = run_algorithm(ALGORITHM, {**BASE, "INPUT": layer, "SCENARIO_FILE": csv,
                                       "END_YEAR": 2030}, feedback)
    text = "\n".join(feedback.warnings)
    assert "lines 2, 3 give scenario baseline for group * over the same years; only line 3 " \
        "is used." in text
    assert "Line 4 of" in text and "gdp_growth 5 means 500 % a year" in text
    peaks = by_key(result["OUTPUT"], "group", "scenario", "year")
    # line 3's 6 % is the one used: GDP 50 × 1.06^10 in 2030
    assert peaks[("A", "baseline", 2030)]["gdp"] == pytest.approx(50 * 1.06 ** 10)
