"""Indicators on a small table whose results were worked out by hand (see comments)."""

import math

import numpy as np
import pandas as pd
import pytest

from carbon_clusters_plugin.analysis.socioeconomic.indicators import (
    Units,
    compute_indicators,
    output_columns,
    safe_ratio,
)
from carbon_clusters_plugin.analysis.values import plain_records

NAN = math.nan


def features():
    # Units: emissions 10^4 t, GDP 10^4 yuan, population 10^4 persons, areas km².
    return pd.DataFrame(
        [
            # group, year, emissions, gdp, population, area, builtup, sink, industry, indirect
            ("A", 2005, 10, 100, 5, 50, 5, 1, 8, 2),
            ("A", 2005, 30, 300, 15, 150, 15, 3, 24, 6),
            ("B", 2005, 80, 1600, 10, 100, 10, 0, 40, 40),
            ("A", 2020, 60, 1200, 24, 200, 30, 3, 45, 15),
            ("B", 2020, 90, 0, 12, 100, 12, 2, 45, 45),
            ("B", 2020, 10, 0, NAN, 20, 3, 0, 5, 5),
        ],
        columns=["group", "year", "emissions", "gdp", "population", "area_km2",
                 "builtup_km2", "sink", "industry", "indirect"],
    )


@pytest.fixture
def table():
    result = compute_indicators(features(), components=["industry", "indirect"])
    return result.set_index(["group", "year"])


def test_sums_per_group_and_year(table):
    a05 = table.loc[("A", 2005)]
    assert a05["emissions"] == 40 and a05["gdp"] == 400 and a05["population"] == 20
    assert a05["area_km2"] == 200 and a05["builtup_km2"] == 20 and a05["features"] == 2


def test_intensities_in_reference_units(table):
    a05 = table.loc[("A", 2005)]
    # 40e4 t / 400 (10^4 yuan) = 1000 t per 10^4 yuan; 40e4 t / 20e4 persons = 2 t per person
    assert a05["per_gdp"] == pytest.approx(1000)
    assert a05["per_capita"] == pytest.approx(2)
    assert a05["per_area"] == pytest.approx(0.2)      # 40 / 200 km²
    assert a05["per_builtup"] == pytest.approx(2)     # 40 / 20 km²
    assert a05["builtup_share"] == pytest.approx(0.1)
    b05 = table.loc[("B", 2005)]
    assert (b05["per_gdp"], b05["per_capita"], b05["per_builtup"]) == pytest.approx((500, 8, 8))


def test_zero_denominator_and_null_give_nan_not_a_crash(table):
    b20 = table.loc[("B", 2020)]
    assert math.isnan(b20["per_gdp"])        # GDP sums to 0
    assert math.isnan(b20["population"])     # one city lacks population: the sum is unknown
    assert math.isnan(b20["per_capita"])
    assert b20["per_builtup"] == pytest.approx(100 / 15)


def test_sinks_net_and_ratio(table):
    a05 = table.loc[("A", 2005)]
    assert a05["sink"] == 4 and a05["net"] == 36 and a05["sink_ratio"] == pytest.approx(0.1)
    assert table.loc[("B", 2005)]["sink_ratio"] == 0


def test_normalised_by_the_maximum_over_groups_of_the_same_year(table):
    a05, b05 = table.loc[("A", 2005)], table.loc[("B", 2005)]
    assert (a05["emissions_norm"], b05["emissions_norm"]) == pytest.approx((0.5, 1.0))
    assert (a05["per_gdp_norm"], b05["per_gdp_norm"]) == pytest.approx((1.0, 0.5))
    assert (a05["per_capita_norm"], b05["per_capita_norm"]) == pytest.approx((0.25, 1.0))
    assert (a05["sink_norm"], b05["sink_norm"]) == pytest.approx((1.0, 0.0))
    a20, b20 = table.loc[("A", 2020)], table.loc[("B", 2020)]
    assert (a20["emissions_norm"], b20["emissions_norm"]) == pytest.approx((0.6, 1.0))
    assert a20["per_gdp_norm"] == 1.0  # B's per_gdp is NULL, so A is the maximum


def test_component_shares_of_total(table):
    a05 = table.loc[("A", 2005)]
    assert a05["share_industry"] == pytest.approx(32 / 40)
    assert a05["share_indirect"] == pytest.approx(8 / 40)


def test_growth_against_first_year(table):
    a20 = table.loc[("A", 2020)]
    assert a20["emissions_growth"] == pytest.approx(0.5)     # 60 vs 40
    assert a20["per_gdp_growth"] == pytest.approx(-0.5)      # 500 vs 1000
    assert a20["per_capita_growth"] == pytest.approx(0.25)   # 2.5 vs 2
    assert table.loc[("A", 2005)]["emissions_growth"] == 0


def test_units_convert_to_reference_units():
    one = pd.DataFrame({"group": ["X"], "year": [2020], "emissions": [2.0],
                        "gdp": [5.0], "population": [400.0], "area_km2": [1000.0]})
    # 2 Mt over 5 x 10^8 yuan = 2e6 t / 5e4 (10^4 yuan) = 40; 2e6 t / 4e6 persons = 0.5
    units = Units(emission_t=1e6, gdp_yuan=1e8, population_persons=1e4, area_km2=0.01)
    row = compute_indicators(one, units=units).iloc[0]
    assert row["per_gdp"] == pytest.approx(40)
    assert row["per_capita"] == pytest.approx(0.5)
    assert row["area_km2"] == pytest.approx(10)     # 1000 hm²


def test_without_year_all_groups_are_compared_and_growth_is_null():
    data = features().drop(columns="year").assign(year=NAN)
    result = compute_indicators(data).set_index("group")
    assert result["year"].isna().all()
    assert result.loc["B", "emissions"] == 180 and result.loc["B", "emissions_norm"] == 1
    assert result.loc["A", "emissions_norm"] == pytest.approx(100 / 180)
    assert result["emissions_growth"].isna().all()


def test_no_sink_means_no_sink_norm():
    data = features().drop(columns="sink")
    result = compute_indicators(data)
    assert "sink_norm" not in result and result["net"].isna().all()
    assert "sink_norm" not in output_columns([], has_sink=False)


def test_rows_are_plain_python_values():
    result = compute_indicators(features(), components=["industry"])
    rows = plain_records(result, output_columns(["industry"], has_sink=True))
    for row in rows:
        for value in row.values():
            assert value is None or type(value) in (str, int, float)
    assert rows[0]["group"] == "A" and rows[0]["emissions"] == 40.0


def test_safe_ratio():
    assert np.array_equal(safe_ratio([1, 2, 3], [2, 0, np.nan]), [0.5, np.nan, np.nan],
                          equal_nan=True)
