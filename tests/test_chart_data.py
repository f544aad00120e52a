"""The tables behind the dock's charts, checked against values worked out by hand."""

import numpy as np
import pandas as pd
import pytest

from carbon_clusters_plugin.analysis.reporting import chart_data as cd

# Two clusters, two years; values chosen so that the normalisations come out round.
INDICATORS = pd.DataFrame({
    "group": ["A", "A", "B", "B", None],
    "year": [2005, 2020, 2005, 2020, 2020],
    "emissions": [100.0, 200.0, 50.0, 400.0, 999.0],
    "per_gdp": [2.0, 1.0, 4.0, 0.5, 9.0],
    "per_capita": [5.0, 8.0, 10.0, 2.0, 9.0],
    "per_builtup": [4.0, 3.0, 4.0, None, 9.0],
    "sink": [10.0, 20.0, 30.0, None, 9.0],
    "emissions_norm": [1.0, 0.5, 0.5, 1.0, 1.0],
    "share_co2_ind": [0.6, 0.5, 0.7, 0.4, 0.1],
    "share_co2_transport": [0.4, 0.5, 0.3, None, 0.9],
})


def test_tables_are_recognised_by_their_columns():
    assert cd.table_kind(INDICATORS.columns) == "indicators"
    assert cd.table_kind(["group", "year", "factor", "grade", "rank"]) == "grey_relational"
    assert cd.table_kind(["group", "cluster", "count"]) == "industry_counts"
    assert cd.table_kind(["cluster", "cluster_label", "size", "share_x"]) == "industry_profiles"
    assert cd.table_kind(["name", "co2"]) == "other"
    assert cd.share_columns(INDICATORS.columns) == ["share_co2_ind", "share_co2_transport"]


def test_radar_divides_by_the_maximum_over_groups_of_the_year():
    radar = cd.radar_values(INDICATORS, year_value=2005)
    assert list(radar.index) == ["A", "B"]
    assert list(radar.columns) == list(cd.STUDY_INDICATORS)
    assert radar.loc["A"].tolist() == [1.0, 0.5, 0.5, 1.0]
    assert radar.loc["B"].tolist() == [0.5, 1.0, 1.0, 1.0]


def test_radar_defaults_to_the_latest_year_and_keeps_nulls_as_gaps():
    radar = cd.radar_values(INDICATORS)
    assert radar.loc["A", "emissions"] == 0.5 and radar.loc["B", "emissions"] == 1.0
    assert radar.loc["A", "per_builtup"] == 1.0
    assert np.isnan(radar.loc["B", "per_builtup"])


def test_radar_min_max_and_equal_values():
    table = pd.DataFrame({"g": ["A", "B", "C"], "x": [10.0, 20.0, 40.0], "y": [3.0, 3.0, 3.0]})
    radar = cd.radar_values(table, ["x", "y"], normalisation="minmax", group="g", year=None)
    assert radar["x"].tolist() == pytest.approx([0.0, 1 / 3, 1.0])
    assert radar["y"].tolist() == [1.0, 1.0, 1.0]
    with pytest.raises(ValueError):
        cd.radar_values(table, ["x"], normalisation="log", group="g", year=None)


def test_radar_of_non_positive_values_is_empty():
    table = pd.DataFrame({"group": ["A", "B"], "x": [0.0, -1.0]})
    assert cd.radar_values(table, ["x"], year=None).empty


def test_several_rows_per_group_and_year_are_averaged():
    cities = pd.DataFrame({"cluster": ["A", "A", "B"], "yr": [2020, 2020, 2020],
                           "v": [1.0, 3.0, 4.0]})
    radar = cd.radar_values(cities, ["v"], group="cluster", year="yr")
    assert radar["v"].tolist() == [0.5, 1.0]


def test_emission_sink_paths_follow_the_years_and_skip_unknown_sinks():
    paths = cd.emission_sink_paths(INDICATORS)
    assert paths.to_dict("list") == {
        "group": ["A", "A", "B"], "year": [2005, 2020, 2005],
        "emissions": [100.0, 200.0, 50.0], "sink": [10.0, 20.0, 30.0]}


def test_composition_uses_share_columns_per_group_and_year():
    shares = cd.composition_shares(INDICATORS, cd.share_columns(INDICATORS.columns))
    assert list(shares.columns) == ["co2_ind", "co2_transport"]
    assert list(shares.index) == [("A", 2005), ("A", 2020), ("B", 2005), ("B", 2020)]
    assert shares.loc[("A", 2020)].tolist() == [0.5, 0.5]
    assert np.isnan(shares.loc[("B", 2020), "co2_transport"])
    one_year = cd.composition_shares(INDICATORS, ["share_co2_ind"], year_value=2005)
    assert list(one_year.index) == [("A", 2005), ("B", 2005)]


def test_composition_of_amounts_divides_by_the_row_sum():
    table = pd.DataFrame({"group": ["A", "B"], "ind": [30.0, 0.0], "road": [10.0, 0.0]})
    shares = cd.composition_shares(table, ["ind", "road"], normalise=True, year=None)
    assert shares.loc["A"].iloc[0].tolist() == [0.75, 0.25]
    assert len(shares) == 1  # B's components add up to zero: no shares


def test_trends_are_ordered_by_group_and_year():
    table = INDICATORS.iloc[[3, 1, 2, 0]]
    lines = cd.trends(table, ["emissions", "per_capita"])
    assert lines[["group", "year"]].values.tolist() == [
        ["A", 2005], ["A", 2020], ["B", 2005], ["B", 2020]]
    assert lines["emissions"].tolist() == [100.0, 200.0, 50.0, 400.0]


def test_grey_grades_by_year_and_for_one_year():
    grey = pd.DataFrame({
        "group": ["A", "A", "A", "A", "B"], "year": [2010, 2010, 2005, 2005, 2005],
        "factor": ["gdp", "population", "gdp", "population", "gdp"],
        "grade": [0.7, 0.6, 0.8, None, 0.9], "rank": [1, 2, 1, 2, 1]})
    by_year = cd.grey_grades(grey)
    assert by_year.values.tolist() == [
        ["A", 2005, "gdp", 0.8], ["A", 2010, "gdp", 0.7], ["A", 2010, "population", 0.6],
        ["B", 2005, "gdp", 0.9]]
    one_year = cd.grey_grades(grey, year_value=2005)
    assert list(one_year.columns) == ["group", "factor", "grade"]
    assert one_year["grade"].tolist() == [0.8, 0.9]


def test_grey_grades_without_years():
    grey = pd.DataFrame({"group": ["B", "A"], "factor": ["gdp", "gdp"], "grade": [0.5, 0.6],
                         "rank": [1, 1]})
    assert cd.grey_grades(grey).values.tolist() == [["A", "gdp", 0.6], ["B", "gdp", 0.5]]


def test_industry_counts_fill_missing_pairs_and_take_labels():
    counts = pd.DataFrame({"group": ["B", "A", "A", None], "cluster": [2, 1, 2, 1],
                           "count": [3, 5, 1, 7]})
    profiles = pd.DataFrame({"cluster": [1, 2], "cluster_label": ["mixed", "high-tech"],
                             "size": [5, 4]})
    table = cd.industry_type_counts(counts, cd.cluster_labels(profiles))
    assert list(table.columns) == ["1 mixed", "2 high-tech"]
    assert table.loc["A"].tolist() == [5.0, 1.0]
    assert table.loc["B"].tolist() == [0.0, 3.0]
    assert list(cd.industry_type_counts(counts).columns) == ["1", "2"]


def test_numeric_columns_and_years():
    table = pd.DataFrame({"name": ["x", "y"], "code": ["1", "2"], "empty": [None, None],
                          "year": [2020.0, None]})
    assert cd.numeric_columns(table) == ["code", "year"]
    assert cd.years(table) == [2020]
    assert cd.years(table, None) == []


def test_missing_field_is_reported():
    with pytest.raises(KeyError, match="per_gdp"):
        cd.radar_values(pd.DataFrame({"group": ["A"]}), ["per_gdp"], year=None)


def test_prepare_dispatches_with_the_indicators_table_defaults():
    assert cd.prepare("radar", INDICATORS).equals(cd.radar_values(INDICATORS))
    composition = cd.prepare("composition", INDICATORS, year_value=2005)
    assert list(composition.columns) == ["co2_ind", "co2_transport"]
    assert composition.loc[("B", 2005)].tolist() == [0.7, 0.3]
    amounts = pd.DataFrame({"group": ["A"], "x": [1.0], "y": [3.0]})
    assert cd.prepare("composition", amounts, year=None,
                      indicators=["x", "y"]).iloc[0].tolist() == [0.25, 0.75]
    assert list(cd.prepare("trends", INDICATORS).columns) == [
        "group", "year", *cd.TREND_INDICATORS]
    with pytest.raises(ValueError):
        cd.prepare("pie", INDICATORS)
