"""Sink tables, transition tables and the HTML matrices from hand-made counts."""

import math

import pandas as pd
import pytest

from carbon_clusters_plugin.analysis.landcover import coefficients as co
from carbon_clusters_plugin.analysis.landcover.land_accounting import (
    gains_by_origin,
    sink_table,
    totals,
    transition_matrix,
    transition_table,
)
from carbon_clusters_plugin.analysis.landcover.transition_report import transitions_html
from carbon_clusters_plugin.analysis.messages import AnalysisError

NAMES = {1: ("Cropland", "耕地"), 2: ("Forest", "林地"), 5: ("Built-up land", "建设用地")}


def test_sink_table_shares_units_and_missing_coefficients():
    counts = pd.DataFrame({"zone": [1, 1, 1, 2], "from_class": [1, 2, 9, 2],
                           "pixels": [10, 30, 10, 5], "area_km2": [2.0, 6.0, 2.0, 1.0]})
    coefficients = {1: 0.0, 2: 0.581 * 100 * 44 / 12}   # forest in t CO2/km²/yr
    table = sink_table(counts, NAMES, coefficients, {1: "Nanjing", 2: "Wuxi"})
    nanjing = table[table["zone"] == "Nanjing"].set_index("class")
    assert nanjing.loc[2, "share"] == pytest.approx(0.6)        # 6 of 10 km²
    # 6 km² = 600 hm² x 0.581 t C x 44/12 = 1278.2 t CO2
    assert nanjing.loc[2, "sink_tco2"] == pytest.approx(600 * 0.581 * 44 / 12)
    assert nanjing.loc[2, "class_name_zh"] == "林地"
    assert math.isnan(nanjing.loc[9, "sink_tco2"]) and nanjing.loc[9, "class_name"] == "9"
    assert totals(table)["area_km2"] == 11.0


def test_coefficient_units():
    table = pd.DataFrame({"class": [2], "coefficient": [1.0]})
    assert co.coefficients_tco2_per_km2(table, 0)[2] == pytest.approx(100 * 44 / 12)
    assert co.coefficients_tco2_per_km2(table, 1)[2] == pytest.approx(100)
    assert co.coefficients_tco2_per_km2(table, 2)[2] == pytest.approx(1)


def test_class_table_reading_and_errors(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("class,name,coefficient\n1,Cropland,\n2,Forest,0.581\n-3,Source,-1.5\n",
                    encoding="utf-8")
    table = co.read_class_table(good)
    assert table["class"].tolist() == [1, 2, -3] and math.isnan(table["coefficient"][0])
    assert table["coefficient"][2] == -1.5          # sources (negative) are allowed
    bad = tmp_path / "bad.csv"
    bad.write_text("class,name,coefficient\n1,Cropland,zero\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match='Line 2 .*"zero"'):
        co.read_class_table(bad)
    twice = tmp_path / "twice.csv"
    twice.write_text("class,name,coefficient\n1,a,0\n1,b,0\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match="class 1 more than once"):
        co.read_class_table(twice)
    no_column = tmp_path / "nocol.csv"
    no_column.write_text("code,name\n1,a\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match="missing: class, coefficient"):
        co.read_class_table(no_column)


def transitions():
    counts = pd.DataFrame({
        "zone": [1] * 6,
        "from_class": [1, 1, 2, 2, 5, 1],
        "to_class": [1, 5, 2, 5, 5, 2],
        "pixels": [50, 71, 20, 18, 30, 11],
        "area_km2": [50.0, 71.0, 20.0, 18.0, 30.0, 11.0],
    })
    return transition_table(counts, NAMES, {1: "YRD"})


def test_matrix_and_where_gains_came_from():
    table = transitions()
    matrix = transition_matrix(table, "YRD")
    assert matrix.loc[1, 5] == 71 and matrix.loc[5, 1] == 0 and matrix.loc[2, 2] == 20
    assert matrix.sum(axis=1).tolist() == [132.0, 38.0, 30.0]
    gains = gains_by_origin(table).set_index(["to_class", "from_class"])
    # new built-up land: 71 from cropland, 18 from forest → 71/89 and 18/89
    assert gains.loc[(5, 1), "share"] == pytest.approx(71 / 89)
    assert gains.loc[(5, 2), "share"] == pytest.approx(18 / 89)


def test_html_has_bilingual_names_totals_and_the_summary():
    html = transitions_html(transitions(), NAMES, "2005", "2020")
    assert "Built-up land 建设用地" in html and "<h2>YRD</h2>" in html
    assert "new built-up land: 80% from cropland, 20% from forest" in html
    assert "new forest: 100% from cropland" in html
    assert ">200<" in html   # the grand total, 200 km² (whole km² without decimals)


def test_whole_areas_are_written_without_decimals():
    from carbon_clusters_plugin.analysis.landcover.transition_report import (
        whole_or_decimal_format,
    )

    assert whole_or_decimal_format([92795.0, 0.0, float("nan")], "{:,.2f}") == "{:,.0f}"
    assert whole_or_decimal_format([92795.0, 0.25], "{:,.2f}") == "{:,.2f}"
    assert whole_or_decimal_format([8987.0], "{:+,.1f}").format(8987.0) == "+8,987"
    assert whole_or_decimal_format([], "{:,.1f}") == "{:,.1f}"
