"""Deng's grey relational analysis against a published example and hand-worked cases (no QGIS).

Published example: "某地区国内生产总值的统计数据 (百万元)", 2000–2005, GDP as the reference
series (母序列) against the primary, secondary and tertiary industries, mean normalisation
(均值化), ρ = 0.5 — the worked example of the 灰色关联分析 lecture of the widely used Chinese
mathematical-modelling course (清风数学建模; MATLAB script ex4_4_GRA.m), reproduced e.g. in
"灰色模型" (m.douchai.cn/document/379879252.html, which prints the data and the normalised
table to four decimals) and https://e-com-net.com/article/1355185540634324992.htm (the data).
The normalised values below are typed from that table. The coefficients and grades were worked
by hand from it (Δmin = |1.2356 − 1.2363| = 0.0007, Δmax = |1.4013 − 1.2152| = 0.1861, shown
below): 0.5084, 0.6243, 0.7573, tertiary industry relating most closely to GDP. No stored
copy of a page printing the grades themselves could be found, so they are hand-worked, not
typed from the source; the data and the normalisation are.
"""

import math

import numpy as np
import pandas as pd
import pytest

from carbon_clusters_plugin.analysis.socioeconomic.grey_relational import (
    GreyInputError,
    grey_relational,
    normalise,
    ranks_of,
    relational_coefficients,
)

YEARS = [2000, 2001, 2002, 2003, 2004, 2005]
GDP = [1988, 2061, 2335, 2750, 3356, 3806]
PRIMARY = [386, 408, 422, 482, 511, 561]
SECONDARY = [839, 846, 960, 1258, 1577, 1893]
TERTIARY = [763, 808, 953, 1010, 1268, 1352]

# Published mean-normalised table (均值化), four decimals.
PUBLISHED_NORMALISED = {
    "gdp": [0.7320, 0.7588, 0.8597, 1.0125, 1.2356, 1.4013],
    "primary": [0.8361, 0.8838, 0.9141, 1.0440, 1.1069, 1.2152],
    "secondary": [0.6828, 0.6885, 0.7812, 1.0237, 1.2833, 1.5405],
    "tertiary": [0.7439, 0.7878, 0.9292, 0.9847, 1.2363, 1.3182],
}


def gdp_example():
    return pd.DataFrame({"fid": range(6), "group": "ALL", "year": YEARS, "gdp": GDP,
                         "primary": PRIMARY, "secondary": SECONDARY, "tertiary": TERTIARY})


@pytest.mark.parametrize("field", ["gdp", "primary", "secondary", "tertiary"])
def test_mean_normalisation_matches_the_published_table(field):
    values = gdp_example()[field].to_numpy()
    assert normalise(values, "mean") == pytest.approx(PUBLISHED_NORMALISED[field], abs=6e-5)


def test_published_example_coefficients_and_grades():
    result = grey_relational(gdp_example(), "gdp", ["primary", "secondary", "tertiary"])
    grades = result.grades.set_index("factor")
    # Hand-worked from the published table with Δmin = 0.0007, Δmax = 0.1861 (ρΔmax = 0.09305):
    # primary 2000:  Δ = |0.7320 − 0.8361| = 0.1041 → (0.0007 + 0.09305)/(0.1041 + 0.09305)
    #                = 0.09375 / 0.19715 = 0.4755
    # tertiary 2004: Δ = 0.0007 = Δmin → 1
    # secondary 2005: Δ = |1.4013 − 1.5405| = 0.1392 → 0.09375 / 0.23225 = 0.4037
    coefficients = result.coefficients.set_index(["factor", "fid"])["coefficient"]
    assert coefficients[("primary", 0)] == pytest.approx(0.4755, abs=5e-4)
    assert coefficients[("tertiary", 4)] == pytest.approx(1.0, abs=5e-4)
    assert coefficients[("secondary", 5)] == pytest.approx(0.4037, abs=5e-4)
    extremes = result.extremes.iloc[0]
    assert extremes["delta_min"] == pytest.approx(0.0007, abs=1e-4)
    assert extremes["delta_max"] == pytest.approx(0.1861, abs=1e-4)
    # Grades: means of the six hand-worked coefficients of each factor.
    assert grades.loc["primary", "grade"] == pytest.approx(0.5084, abs=5e-4)
    assert grades.loc["secondary", "grade"] == pytest.approx(0.6243, abs=5e-4)
    assert grades.loc["tertiary", "grade"] == pytest.approx(0.7573, abs=5e-4)
    assert grades["rank"].to_dict() == {"tertiary": 1, "secondary": 2, "primary": 3}
    assert set(result.grades["group"]) == {"ALL"}


def test_min_max_by_hand():
    # x0 = (1,2,3) → (0, .5, 1); x1 = (2,4,6) → (0, .5, 1); x2 = (3,2,1) → (1, .5, 0)
    # Δ1 = (0,0,0), Δ2 = (1,0,1): Δmin 0, Δmax 1, ρΔmax = .5
    # ξ1 = 1, 1, 1 → grade 1;  ξ2 = .5/1.5, .5/.5, .5/1.5 → grade (1/3 + 1 + 1/3)/3 = 5/9
    table = pd.DataFrame({"fid": [1, 2, 3], "group": "ALL", "x0": [1, 2, 3],
                          "x1": [2, 4, 6], "x2": [3, 2, 1]})
    grades = grey_relational(table, "x0", ["x1", "x2"], "minmax").grades.set_index("factor")
    assert grades.loc["x1", "grade"] == pytest.approx(1.0)
    assert grades.loc["x2", "grade"] == pytest.approx(5 / 9)
    assert grades["rank"].tolist() == [1, 2]


def test_initial_value_uses_the_order_column_and_global_extremes():
    # Layer order 2005, 2015, 2010; sorted by year: x0 = (2, 3, 4) → (1, 1.5, 2)
    # x1 = (10, 20, 30) → (1, 2, 3): Δ1 = (0, .5, 1); x2 = (5, 7.5, 10) → (1, 1.5, 2): Δ2 = 0
    # global Δmin 0, Δmax 1 (from x1): ξ1 = (1, .5/1, .5/1.5) → 11/18; ξ2 = 1 → grade 1
    table = pd.DataFrame({"fid": [1, 2, 3], "group": "ALL", "order": [2005, 2015, 2010],
                          "x0": [2, 4, 3], "x1": [10, 30, 20], "x2": [5, 10, 7.5]})
    result = grey_relational(table, "x0", ["x1", "x2"], "initial")
    grades = result.grades.set_index("factor")
    assert grades.loc["x1", "grade"] == pytest.approx(11 / 18)
    assert grades.loc["x2", "grade"] == pytest.approx(1.0)
    assert grades.loc["x2", "rank"] == 1 and grades.loc["x1", "rank"] == 2
    first = result.coefficients.query("factor == 'x1'").iloc[0]
    assert first["fid"] == 1 and first["coefficient"] == pytest.approx(1.0)


def test_groups_years_and_all():
    table = pd.DataFrame({
        "fid": range(8), "group": list("AABBAABB"), "year": [1] * 4 + [2] * 4,
        "x0": [1, 2, 1, 3, 2, 4, 1, 2], "x1": [1, 2, 2, 1, 2, 3, 5, 1]})
    result = grey_relational(table, "x0", ["x1"], "minmax", with_year=True)
    keys = set(zip(result.grades["group"], result.grades["year"]))
    assert keys == {("A", 1), ("A", 2), ("B", 1), ("B", 2), ("ALL", 1), ("ALL", 2)}
    a1 = result.grades.query("group == 'A' and year == 1").iloc[0]
    assert a1["grade"] == pytest.approx(1.0)   # identical after min-max: (0, 1) and (0, 1)
    b1 = result.grades.query("group == 'B' and year == 1").iloc[0]
    # x0 (1,3) → (0,1); x1 (2,1) → (1,0): Δ = (1,1), Δmin = Δmax = 1 → ξ = 1.5/1.5 = 1
    assert b1["grade"] == pytest.approx(1.0)


def test_coefficients_of_identical_series_are_one():
    coefficients, delta_min, delta_max = relational_coefficients(
        np.array([1.0, 2.0]), np.array([[1.0], [2.0]]))
    assert coefficients.tolist() == [[1.0], [1.0]] and delta_max == 0


def test_ties_share_the_best_rank():
    assert ranks_of([0.7, 0.9, 0.7]) == [2, 1, 2]


@pytest.mark.parametrize("column, values, method, kind", [
    ("x1", [1, math.nan, 3], "mean", "missing"),
    ("x1", [5, 5, 5], "mean", "constant"),
    ("x1", [5, 5, 5], "minmax", "constant"),
    ("x1", [0, 1, 2], "initial", "zero_initial"),
    ("x1", [-1, 0, 1], "mean", "zero_mean"),
])
def test_unusable_series_name_the_field(column, values, method, kind):
    table = pd.DataFrame({"fid": [1, 2, 3], "group": "ALL", "x0": [1, 2, 4], "x1": values})
    with pytest.raises(GreyInputError) as error:
        grey_relational(table, "x0", ["x1"], method)
    assert error.value.kind == kind and error.value.field == column


def test_a_group_of_one_feature_is_refused():
    table = pd.DataFrame({"fid": [1, 2, 3], "group": ["A", "A", "B"],
                          "x0": [1, 2, 4], "x1": [1, 3, 2]})
    with pytest.raises(GreyInputError) as error:
        grey_relational(table, "x0", ["x1"])
    assert error.value.kind == "too_few" and error.value.group == "B"
