"""Tapio decoupling on hand-worked cases (no QGIS)."""

import math

import pandas as pd
import pytest

from carbon_clusters_plugin.analysis.socioeconomic.decoupling import (
    CHINESE,
    OUTPUT_COLUMNS,
    decoupling,
    periods,
    relative_change,
    tapio_state,
)

# (emission change, GDP change) -> elasticity worked by hand, state
EIGHT_STATES = [
    (-0.10, 0.20, -0.5, "strong decoupling"),               # -10% / +20%
    (0.05, 0.20, 0.25, "weak decoupling"),                  # 5 / 20
    (0.20, 0.20, 1.0, "expansive coupling"),                # 20 / 20
    (0.30, 0.20, 1.5, "expansive negative decoupling"),     # 30 / 20
    (0.10, -0.10, -1.0, "strong negative decoupling"),      # +10 / -10
    (-0.05, -0.10, 0.5, "weak negative decoupling"),        # -5 / -10
    (-0.10, -0.10, 1.0, "recessive coupling"),              # -10 / -10
    (-0.30, -0.10, 3.0, "recessive decoupling"),            # -30 / -10
]


@pytest.mark.parametrize("emission_change, gdp_change, elasticity, state", EIGHT_STATES)
def test_the_eight_tapio_states(emission_change, gdp_change, elasticity, state):
    e, name = tapio_state(emission_change, gdp_change)
    assert e == pytest.approx(elasticity)
    assert name == state


def test_eight_states_have_chinese_names():
    assert CHINESE["strong decoupling"] == "强脱钩"
    assert CHINESE["weak decoupling"] == "弱脱钩"
    assert CHINESE["expansive coupling"] == "扩张连接"
    assert CHINESE["expansive negative decoupling"] == "扩张负脱钩"
    assert CHINESE["strong negative decoupling"] == "强负脱钩"
    assert CHINESE["weak negative decoupling"] == "弱负脱钩"
    assert CHINESE["recessive coupling"] == "衰退连接"
    assert CHINESE["recessive decoupling"] == "衰退脱钩"


@pytest.mark.parametrize("emission_change, gdp_change, state", [
    (0.08, 0.10, "expansive coupling"),             # e = 0.8 exactly: coupling
    (0.12, 0.10, "expansive coupling"),             # e = 1.2 exactly: coupling
    (0.0799, 0.10, "weak decoupling"),              # e = 0.799
    (0.1201, 0.10, "expansive negative decoupling"),  # e = 1.201
    (-0.08, -0.10, "recessive coupling"),           # e = 0.8
    (-0.12, -0.10, "recessive coupling"),           # e = 1.2
    (0.0, 0.10, "weak decoupling"),                 # emissions unchanged, e = 0
    (0.0, -0.10, "weak negative decoupling"),
])
def test_thresholds_are_inclusive_for_coupling(emission_change, gdp_change, state):
    assert tapio_state(emission_change, gdp_change)[1] == state


def test_zero_gdp_change_gives_null_elasticity_and_state():
    e, state = tapio_state(0.1, 0.0)
    assert math.isnan(e) and state is None


def test_relative_change_of_zero_or_missing_start_is_undefined():
    assert relative_change(100, 110) == pytest.approx(0.1)
    assert math.isnan(relative_change(0, 10))
    assert math.isnan(relative_change(math.nan, 10))


def test_periods_are_consecutive_then_first_to_last():
    assert periods([2020, 2005, 2010, 2015]) == [
        (2005, 2010), (2010, 2015), (2015, 2020), (2005, 2020)]
    assert periods([2005, 2010]) == [(2005, 2010)]
    assert periods([2005]) == []


def test_features_are_summed_per_group_and_year_first():
    features = pd.DataFrame([
        # group, year, emissions, gdp
        ("A", 2005, 60, 300),
        ("A", 2005, 40, 700),    # A 2005: E 100, G 1000
        ("A", 2010, 90, 1500),   # A 2010: E 90,  G 1500
        ("A", 2015, 120, 1800),  # A 2015: E 120, G 1800
        ("B", 2005, 50, 500),
        ("B", 2010, 50, 500),    # GDP unchanged
    ], columns=["group", "year", "emissions", "gdp"])
    result = decoupling(features)
    assert tuple(result.columns) == OUTPUT_COLUMNS
    rows = {(r.group, r.start_year, r.end_year): r for r in result.itertuples()}
    assert len(rows) == 4
    a1 = rows[("A", 2005, 2010)]   # E -10 %, G +50 %: e = -0.2
    assert (a1.emission_change, a1.gdp_change, a1.elasticity) == pytest.approx((-0.1, 0.5, -0.2))
    assert a1.state == "strong decoupling" and a1.state_zh == "强脱钩"
    a2 = rows[("A", 2010, 2015)]   # E 90->120 = +1/3, G 1500->1800 = +0.2: e = 5/3
    assert a2.elasticity == pytest.approx(5 / 3)
    assert a2.state == "expansive negative decoupling"
    a3 = rows[("A", 2005, 2015)]   # E +0.2, G +0.8: e = 0.25
    assert (a3.emission_change, a3.gdp_change, a3.elasticity) == pytest.approx((0.2, 0.8, 0.25))
    assert a3.state == "weak decoupling"
    b = rows[("B", 2005, 2010)]
    assert b.gdp_change == 0 and math.isnan(b.elasticity) and b.state is None
    assert b.state_zh is None


def test_a_missing_value_makes_the_year_sum_missing():
    features = pd.DataFrame([
        ("A", 2005, 100, 1000), ("A", 2010, 110, None), ("A", 2010, 5, 100),
    ], columns=["group", "year", "emissions", "gdp"])
    row = decoupling(features).iloc[0]
    assert row.emission_change == pytest.approx(0.15)
    assert math.isnan(row.gdp_change) and row.state is None
