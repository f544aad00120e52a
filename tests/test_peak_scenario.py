"""Peaking scenarios and STIRPAT on hand-worked cases (no QGIS)."""

import math

import numpy as np
import pandas as pd
import pytest

from carbon_clusters_plugin.analysis.messages import AnalysisError
from carbon_clusters_plugin.analysis.scenarios import peak_scenario as ps
from carbon_clusters_plugin.analysis.scenarios import scenario_table as st
from carbon_clusters_plugin.analysis.scenarios.stirpat import (
    StirpatFit,
    fit_stirpat,
    project_stirpat,
)
from carbon_clusters_plugin.paths import resource

PRESET_FOLDER = resource("scenarios")
COLUMNS = ["scenario", "group", "start_year", "end_year", "gdp_growth", "population_growth",
           "intensity_change", "share_change", "share_elasticity", "builtup_growth",
           "land_elasticity", "buildings_change", "transport_change"]


def scenarios(*rows):
    """Scenario table from tuples in COLUMNS order (None = empty cell)."""
    records = [(n, {c: "" if v is None else str(v) for c, v in zip(COLUMNS, row)})
               for n, row in enumerate(rows, 2)]
    return st.parse_scenarios(records, "test")


def state(rows):
    """group_year_state from dicts (group, year and values)."""
    return ps.group_year_state(pd.DataFrame(rows))


def row_of(table, group, scenario, year):
    found = table[(table["group"] == group) & (table["scenario"] == scenario)
                  & (table["year"] == year)]
    assert len(found) == 1
    return found.iloc[0]


ONE_GROUP = [{"group": "A", "year": 2020, "emissions": 100.0, "gdp": 50.0, "population": 10.0,
              "builtup_km2": 20.0, "secondary_share": 40.0}]


def test_constant_rates_give_the_closed_form_trajectory():
    table = scenarios(("s", "*", 2021, 2030, 0.05, 0.01, -0.02, None, None, 0.03, None, None,
                       None))
    result = ps.project(state(ONE_GROUP), table, 2025, add_total=False)
    # E_t = 100 × (1.05 × 0.98)^n = 100 × 1.029^n; 1.029^5 = 1.153657 (by hand: 1.029² =
    # 1.058841, 1.029⁴ = 1.121144, × 1.029 = 1.153657)
    row = row_of(result.trajectories, "A", "s", 2025)
    assert row["emissions"] == pytest.approx(115.3657, rel=1e-6)
    assert row["gdp"] == pytest.approx(50 * 1.05 ** 5)           # 63.814
    assert row["population"] == pytest.approx(10 * 1.01 ** 5)    # 10.510
    assert row["builtup_km2"] == pytest.approx(20 * 1.03 ** 5)   # 23.185
    # intensity: 100/50 = 2 in 2020, × 0.98^5 = 0.903921 → 1.807842
    assert row["intensity"] == pytest.approx(1.807842, rel=1e-6)
    for n, year in enumerate(range(2020, 2026)):
        assert row_of(result.trajectories, "A", "s", year)["emissions"] == \
            pytest.approx(100 * 1.029 ** n)


def test_one_point_structure_shift_with_elasticity_one_lowers_intensity_one_percent():
    table = scenarios(("s", "*", 2021, 2021, 0.0, None, 0.0, -1.0, 1.0, None, None, None, None),
                      ("half", "*", 2021, 2021, 0.0, None, 0.0, -1.0, 0.5, None, None, None,
                       None))
    result = ps.project(state(ONE_GROUP), table, 2021, add_total=False)
    row = row_of(result.trajectories, "A", "s", 2021)
    assert row["intensity"] == pytest.approx(2 * 0.99)      # 2 → 1.98: 1% lower
    assert row["secondary_share"] == pytest.approx(39.0)
    assert row_of(result.trajectories, "A", "half", 2021)["emissions"] == pytest.approx(99.5)


SECTORS = [{"group": "A", "year": 2020, "emissions": 100.0, "gdp": 100.0, "population": 1.0,
            "secondary_share": 40.0, "buildings": 20.0, "transport": 10.0}]


def test_sector_levers_act_on_their_own_sector_and_add_up():
    table = scenarios(
        ("base", "*", 2021, 2021, 0.0, None, 0.0, None, None, None, None, None, None),
        ("structure", "*", 2021, 2021, 0.0, None, 0.0, -1.0, 1.0, None, None, None, None),
        ("buildings", "*", 2021, 2021, 0.0, None, 0.0, None, None, None, None, -0.1, None),
        ("transport", "*", 2021, 2021, 0.0, None, 0.0, None, None, None, None, None, -0.2),
        ("all", "*", 2021, 2021, 0.0, None, 0.0, -1.0, 1.0, None, None, -0.1, -0.2),
    )
    result = ps.project(state(SECTORS), table, 2021, add_total=False)

    def emissions(name):
        return row_of(result.trajectories, "A", name, 2021)["emissions"]

    # industry 70, buildings 20, transport 10
    assert emissions("base") == pytest.approx(100.0)
    assert emissions("structure") == pytest.approx(70 * 0.99 + 30)      # 99.3
    assert emissions("buildings") == pytest.approx(70 + 20 * 0.9 + 10)  # 98
    assert emissions("transport") == pytest.approx(70 + 20 + 10 * 0.8)  # 98
    # 0.7 + 2 + 2 = 4.7 saved: the levers' savings add up, none counted twice
    assert emissions("all") == pytest.approx(95.3)
    parts = row_of(result.trajectories, "A", "all", 2021)
    assert (parts["industry"], parts["buildings"], parts["transport"]) == \
        pytest.approx((69.3, 18.0, 8.0))


TWO_CITIES = [
    {"group": "A", "year": 2020, "emissions": 1800.0, "gdp": 900.0, "builtup_km2": 100.0},
    {"group": "B", "year": 2020, "emissions": 1900.0, "gdp": 400.0, "builtup_km2": 50.0},
]


def test_land_lever_gives_area_times_emissions_per_km2():
    table = scenarios(
        ("baseline", "*", 2021, 2060, 0.03, None, -0.03, None, None, 0.02, None, None, None),
        ("compact", "*", 2021, 2060, 0.03, None, -0.03, None, None, 0.0, 1.0, None, None),
    )
    result = ps.project(state(TWO_CITIES), table, 2022)
    trajectories = result.trajectories
    # Activity: × 1.03 × 0.97 = 0.9991 a year. Baseline land 100 × 1.02² = 104.04 and 52.02;
    # compact land stays 100 and 50. Emissions per km² on the baseline path in 2022:
    # A 1800 × 0.9991² / 104.04, B 1900 × 0.9991² / 52.02.
    d_a = 1800 * 0.9991 ** 2 / 104.04     # 17.2697
    d_b = 1900 * 0.9991 ** 2 / 52.02      # 36.4583
    assert row_of(trajectories, "A", "compact", 2022)["emissions"] == \
        pytest.approx(100 * d_a)
    total = row_of(trajectories, "ALL", "compact", 2022)
    assert total["emissions"] == pytest.approx(100 * d_a + 50 * d_b)   # Σ area × intensity
    assert total["builtup_km2"] == pytest.approx(150)
    # the baseline keeps its own emissions: 3700 × 0.9991²
    assert row_of(trajectories, "ALL", "baseline", 2022)["emissions"] == \
        pytest.approx(3700 * 0.9991 ** 2)


def test_land_lever_without_builtup_land_names_the_group():
    rows = [{"group": "A", "year": 2020, "emissions": 1.0, "gdp": 1.0}]
    table = scenarios(("baseline", "*", None, None, 0.01, None, None, None, None, None, None,
                       None, None),
                      ("compact", "*", None, None, 0.01, None, None, None, None, -0.01, 0.6,
                       None, None))
    with pytest.raises(AnalysisError, match="compact.*group A"):
        ps.project(state(rows), table, 2030)


def test_a_trajectory_that_never_turns_down_has_no_peak_within_the_horizon():
    table = scenarios(("s", "*", None, None, 0.05, None, -0.01, None, None, None, None, None,
                       None))
    result = ps.project(state(ONE_GROUP), table, 2060, add_total=False)
    peak = result.peaks.iloc[0]
    assert peak["peak_year"] is None and math.isnan(peak["peak_emissions"])
    assert peak["peak_note"] == ps.PEAK_AFTER
    assert peak["peaks_by_2030"] == 0
    # 100 × (1.05 × 0.99)^40 = 100 × 1.0395^40 = 470.4 (ln 1.0395 = 0.038740; × 40 = 1.54960)
    assert peak["emissions_end"] == pytest.approx(471.0, rel=2e-3)


def test_peak_within_the_horizon_cumulative_and_reduction_by_hand():
    # Rises 10%/yr for two years, then falls 10%/yr: 100, 110, 121, 108.9, 98.01
    table = scenarios(
        ("baseline", "*", 2021, 2022, 0.10, None, None, None, None, None, None, None, None),
        ("baseline", "*", 2023, 2024, -0.10, None, None, None, None, None, None, None, None),
        ("flat", "*", None, None, 0.0, None, None, None, None, None, None, None, None),
    )
    result = ps.project(state(ONE_GROUP), table, 2024, add_total=False)
    peaks = result.peaks.set_index("scenario")
    assert peaks.at["baseline", "peak_year"] == 2022
    assert peaks.at["baseline", "peak_emissions"] == pytest.approx(121.0)
    assert peaks.at["baseline", "peaks_by_2030"] == 1
    assert peaks.at["baseline", "cumulative"] == pytest.approx(110 + 121 + 108.9 + 98.01)
    assert math.isnan(peaks.at["baseline", "emissions_2030"])
    # flat: 4 × 100 = 400 against 437.91 → 1 − 400/437.91 = 0.086570
    assert peaks.at["flat", "reduction_vs_baseline"] == pytest.approx(0.086570, abs=1e-6)
    assert peaks.at["flat", "peak_year"] == 2020
    assert peaks.at["flat", "peak_note"] == ps.PEAK_AT_START


def test_an_observed_peak_before_the_base_year_is_reported():
    rows = [{"group": "A", "year": 2010, "emissions": 150.0, "gdp": 40.0},
            {"group": "A", "year": 2020, "emissions": 100.0, "gdp": 50.0}]
    table = scenarios(("s", "*", None, None, 0.0, None, -0.01, None, None, None, None, None,
                       None))
    result = ps.project(state(rows), table, 2030)
    peak = result.peaks.iloc[0]
    assert peak["peak_year"] == 2010 and peak["peak_emissions"] == 150.0
    assert peak["peak_note"] == ps.PEAK_AT_START
    observed = result.trajectories[result.trajectories["observed"] == 1]
    assert observed["year"].tolist() == [2010, 2020]


def test_find_peak():
    assert ps.find_peak([1, 2, 3, 4], [1, 3, 2, 1]) == (2, 3.0, ps.PEAK_WITHIN)
    assert ps.find_peak([1, 2, 3], [1, 2, 3])[0] is None
    assert ps.find_peak([1, 2, 3], [1, 3, 3]) == (2, 3.0, ps.PEAK_WITHIN)   # plateau: first
    assert ps.find_peak([1, 2], [math.nan, math.nan])[2] == ps.PEAK_NONE


def test_a_group_row_overrides_only_its_own_cells():
    table = scenarios(("s", "*", 2021, 2030, 0.05, 0.01, -0.02, None, None, None, None, None,
                       None),
                      ("s", "A", 2021, 2030, 0.08, None, None, None, None, None, None, None,
                       None))
    rates = st.yearly_rates(table, "s", "A", [2021, 2035])
    assert rates.loc[2021, "gdp_growth"] == 0.08
    assert rates.loc[2021, "population_growth"] == 0.01       # from the * row
    assert rates.loc[2035, "gdp_growth"] == 0.08              # nearest period
    assert rates.loc[2021, "share_elasticity"] == 1.0         # default
    assert st.yearly_rates(table, "s", "B", [2021]).loc[2021, "gdp_growth"] == 0.05


def test_emissions_per_km2_fills_in_missing_emissions():
    rows = [{"group": "Xiangtan", "year": 2010, "emissions": np.nan, "gdp": 10.0,
             "builtup_km2": 80.0}]
    table = scenarios(("s", "*", None, None, 0.0, None, None, None, None, None, None, None,
                       None))
    table.loc[len(table)] = {**table.iloc[0].to_dict(), "group": "Xiangtan", "gdp_growth":
                             np.nan, "emissions_per_km2": 38.0}
    result = ps.project(state(rows), table, 2011)
    assert result.peaks.iloc[0]["base_emissions"] == pytest.approx(80 * 38)   # 3040


def test_presets_parse_and_cover_every_year():
    table = st.load_presets(PRESET_FOLDER, [name for name, _ in st.PRESETS])
    names = list(dict.fromkeys(table["scenario"]))
    assert names == [name[:-4] for name, _ in st.PRESETS]
    assert st.baseline_name(table) == "baseline"
    for name in names:
        rates = st.yearly_rates(table, name, "Changsha", range(2011, 2061))
        assert rates["gdp_growth"].between(0, 0.1).all()
    compact = table[table["scenario"] == "compact_land_use"]
    assert st.density_of(compact, "compact_land_use", "Xiangtan") == 38


def test_compact_land_use_preset_reproduces_the_changsha_zhuzhou_xiangtan_case():
    # Three cities in 2010 with emissions = built-up land × 18, 24 and 38 (10^4 t per km²).
    cities = [("Changsha", 272.0, 18.0), ("Zhuzhou", 112.0, 24.0), ("Xiangtan", 80.0, 38.0)]
    rows = [{"group": name, "year": 2010, "emissions": land * density, "gdp": 100.0,
             "builtup_km2": land, "secondary_share": 45.0} for name, land, density in cities]
    table = st.load_presets(PRESET_FOLDER, ["baseline.csv", "compact_land_use.csv"])
    result = ps.project(state(rows), table, 2060)
    assert result.messages == []         # the densities agree with the input
    trajectories = result.trajectories
    # Σ area × intensity in the base year: 272×18 + 112×24 + 80×38 = 4896 + 2688 + 3040
    assert row_of(trajectories, "ALL", "baseline", 2010)["emissions"] == pytest.approx(10624)
    for year, land_cut, emission_ratio in ((2020, 0.28, 0.72 ** 0.6), (2030, 0.33, 0.67 ** 0.6)):
        base = row_of(trajectories, "ALL", "baseline", year)
        compact = row_of(trajectories, "ALL", "compact_land_use", year)
        assert 1 - compact["builtup_km2"] / base["builtup_km2"] == pytest.approx(land_cut,
                                                                                 abs=0.005)
        # 0.72^0.6 = 0.8211, 0.67^0.6 = 0.7864: about 20% less
        ratio = compact["emissions"] / base["emissions"]
        assert ratio == pytest.approx(emission_ratio, abs=0.004)
        assert 0.17 < 1 - ratio < 0.23
    peaks = result.peaks.set_index(["group", "scenario"])
    assert peaks.at[("ALL", "compact_land_use"), "reduction_2030"] == \
        pytest.approx(1 - 0.67 ** 0.6, abs=0.004)


def write(tmp_path, text):
    path = tmp_path / "scenarios.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_missing_column_is_named(tmp_path):
    path = write(tmp_path, "scenario,start_year,end_year,population_growth\ns,2021,2030,0\n")
    with pytest.raises(AnalysisError, match="no column gdp_growth"):
        st.load_scenarios(path)


def test_text_in_a_number_names_line_and_column(tmp_path):
    path = write(tmp_path, "scenario,start_year,end_year,gdp_growth,intensity_change\n"
                           "s,2021,2030,0.05,-0.03\n"
                           "s,2031,2040,0.04,fast\n")
    with pytest.raises(AnalysisError, match='Line 3 of .*intensity_change "fast"'):
        st.load_scenarios(path)


def test_unknown_column_and_bad_years_are_refused(tmp_path):
    with pytest.raises(AnalysisError, match="unknown column gdp_grwoth"):
        st.load_scenarios(write(tmp_path, "scenario,gdp_grwoth,gdp_growth\ns,1,1\n"))
    with pytest.raises(AnalysisError, match="Line 2 .*start_year 2030 is after end_year 2021"):
        st.load_scenarios(write(tmp_path, "scenario,start_year,end_year,gdp_growth\n"
                                          "s,2030,2021,0.05\n"))


def test_percent_text_and_comments_are_read(tmp_path):
    table = st.load_scenarios(write(tmp_path, "# my scenarios\nscenario,gdp_growth\n"
                                              "s,5%\n"))
    assert table.loc[0, "gdp_growth"] == pytest.approx(0.05)
    assert table.loc[0, "line"] == 3


def test_matrix_records():
    records = st.records_from_matrix(["scenario", "gdp_growth"], ["a", "0.05", "", "", "b",
                                                                   "x"])
    with pytest.raises(AnalysisError, match='Line 3 of the scenario matrix: gdp_growth "x"'):
        st.parse_scenarios(records, "the scenario matrix")


def test_end_year_before_base_year_is_refused():
    table = scenarios(("s", "*", None, None, 0.0, None, None, None, None, None, None, None,
                       None))
    with pytest.raises(AnalysisError, match="end year 2020 must come after the base year"):
        ps.project(state(ONE_GROUP), table, 2020)


# ---------------------------------------------------------------- STIRPAT

def generated_panel(noise=0.0, seed=1):
    """ln E = 0.5 + 0.8 ln P + 0.6 ln A + 1.2 ln T + 0.3 ln U (+ noise), drivers partly
    correlated."""
    rng = np.random.default_rng(seed)
    n = 80
    ln_p = rng.normal(6.0, 0.5, n)
    ln_a = rng.normal(1.5, 0.4, n) + 0.3 * (ln_p - 6)
    ln_t = rng.normal(3.7, 0.15, n)
    ln_u = rng.normal(4.0, 0.15, n) + 0.2 * (ln_a - 1.5)
    ln_e = 0.5 + 0.8 * ln_p + 0.6 * ln_a + 1.2 * ln_t + 0.3 * ln_u + rng.normal(0, noise, n)
    population = np.exp(ln_p)
    return pd.DataFrame({"emissions": np.exp(ln_e), "population": population,
                         "gdp": np.exp(ln_a) * population, "secondary_share": np.exp(ln_t),
                         "urbanisation": np.exp(ln_u)})


def test_stirpat_recovers_known_elasticities():
    fit = fit_stirpat(generated_panel(), alpha=1e-6)
    assert fit.elasticities == pytest.approx(
        {"population": 0.8, "affluence": 0.6, "technology": 1.2, "urbanisation": 0.3}, abs=1e-4)
    assert fit.constant == pytest.approx(0.5, abs=1e-3)
    assert fit.r2 == pytest.approx(1.0)


def test_stirpat_with_noise_and_alpha_by_cross_validation():
    fit = fit_stirpat(generated_panel(noise=0.02))
    assert fit.elasticities["population"] == pytest.approx(0.8, abs=0.05)
    assert fit.elasticities["affluence"] == pytest.approx(0.6, abs=0.05)
    assert fit.elasticities["technology"] == pytest.approx(1.2, abs=0.1)
    assert fit.r2 > 0.95 and fit.alpha > 0 and fit.n == 80


def test_stirpat_projection_is_anchored_at_the_base_year():
    fit = StirpatFit({"population": 0.8, "affluence": 0.6, "technology": 1.2}, 0.5, 1.0,
                     1.0, 80)
    trajectories = pd.DataFrame({
        "group": "A", "scenario": "s", "year": [2010, 2020, 2021],
        "emissions": [50.0, 100.0, 999.0], "population": [9.0, 10.0, 11.0],
        "gdp": [40.0, 50.0, 55.0 * 1.1], "secondary_share": [40.0, 40.0, 40.0]})
    projected = project_stirpat(trajectories, fit, 2020)
    assert math.isnan(projected[0]) and projected[1] == pytest.approx(100.0)
    # P × 1.1 and A × 1.1 (GDP 50 → 60.5): 100 × 1.1^0.8 × 1.1^0.6 = 100 × 1.1^1.4 = 114.27
    assert projected[2] == pytest.approx(114.27, abs=0.01)


def test_stirpat_needs_enough_rows():
    with pytest.raises(AnalysisError, match="at least 6 group-years"):
        fit_stirpat(generated_panel().head(4))


def test_the_trajectory_chart_is_a_png(tmp_path):
    pytest.importorskip("matplotlib")
    from carbon_clusters_plugin.charts.scenarios import draw_trajectories

    table = scenarios(("baseline", "*", None, None, 0.05, None, -0.01, None, None, None, None,
                       None, None),
                      ("low", "*", None, None, 0.02, None, -0.04, None, None, None, None,
                       None, None))
    result = ps.project(state(TWO_CITIES), table, 2040)
    path = draw_trajectories(result.trajectories, tmp_path / "chart.png", title="A, B")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ValueError, match="no column emissions"):
        draw_trajectories(result.trajectories.drop(columns="emissions"), tmp_path / "x.png")
