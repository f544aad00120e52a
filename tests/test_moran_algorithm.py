"""carbonclusters:moransi through processing.run, on memory layers and the sample data."""

import numpy as np
import pytest
from conftest import SAMPLE
from qgis.core import (
    NULL,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis_helpers import RecordingFeedback, layer_with_rows

ALGORITHM = "carbonclusters:moransi"


def memory_layer(rows, geometry="Polygon?crs=EPSG:3857",
                 fields=("name:string", "cluster:string", "v:double", "w:double")):
    return layer_with_rows(rows, geometry, fields)


def square(x0, y0, size=1.0):
    x1, y1 = x0 + size, y0 + size
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def grid_rows(values, side, cluster="A", x_offset=0.0, gap=0.0):
    rows = []
    for index, value in enumerate(values):
        r, c = divmod(index, side)
        rows.append(((f"{cluster}{index}", cluster, float(value), float(value) * 2),
                     square(x_offset + c * (1 + gap), r * (1 + gap))))
    return rows


def textbook_moran(values, side, rook=True):
    """Cliff & Ord: I, E[I] and the normality variance, row-standardised lattice weights."""
    y = np.asarray(values, dtype=float)
    n = len(y)
    w = np.zeros((n, n))
    for i in range(n):
        ri, ci = divmod(i, side)
        for j in range(n):
            rj, cj = divmod(j, side)
            d = abs(ri - rj) + abs(ci - cj)
            if i != j and (d == 1 if rook else max(abs(ri - rj), abs(ci - cj)) == 1):
                w[i, j] = 1
    w = w / w.sum(axis=1, keepdims=True)
    z = y - y.mean()
    s0 = w.sum()
    s1 = 0.5 * ((w + w.T) ** 2).sum()
    s2 = ((w.sum(axis=1) + w.sum(axis=0)) ** 2).sum()
    moran_i = n / s0 * (z @ w @ z) / (z @ z)
    expected = -1 / (n - 1)
    variance = (n * n * s1 - n * s2 + 3 * s0 * s0) / ((n * n - 1) * s0 * s0) - expected ** 2
    return moran_i, expected, (moran_i - expected) / np.sqrt(variance)


VALUES_4X4 = [1, 3, 2, 8, 4, 6, 9, 7, 5, 10, 12, 15, 11, 14, 13, 16]


def run_table(run_algorithm, layer, feedback=None, **extra):
    parameters = {"INPUT": layer, "FIELD": ["v"], "OUTPUT": "memory:"}
    parameters.update(extra)
    result = run_algorithm(ALGORITHM, parameters, feedback)
    return result, {(f["group"], f["field"]): f for f in result["OUTPUT"].getFeatures()}


@pytest.mark.parametrize("weights,rook", [(1, True), (0, False)])
def test_lattice_matches_the_textbook_formula(run_algorithm, weights, rook):
    layer = memory_layer(grid_rows(VALUES_4X4, 4))
    _, rows = run_table(run_algorithm, layer, WEIGHTS=weights)
    row = rows[("ALL", "v")]
    moran_i, expected, z = textbook_moran(VALUES_4X4, 4, rook)
    assert row["n"] == 16 and row["islands"] == 0
    assert row["moran_i"] == pytest.approx(moran_i, rel=1e-9)
    assert row["expected_i"] == pytest.approx(-1 / 15)
    assert row["z_norm"] == pytest.approx(z, rel=1e-9)
    from scipy.stats import norm
    assert row["p_norm"] == pytest.approx(2 * norm.sf(abs(z)), rel=1e-9)


def test_slivers_are_bridged_by_the_snapping_tolerance(run_algorithm):
    # A 4x4 lattice with 0.001-wide gaps between the cells: with a tolerance of 0.01 the rook
    # weights are those of the exact lattice; with 0 every cell is an island.
    layer = memory_layer(grid_rows(VALUES_4X4, 4, gap=0.001))
    _, rows = run_table(run_algorithm, layer, WEIGHTS=1, SNAP_TOLERANCE=0.01)
    assert rows[("ALL", "v")]["moran_i"] == pytest.approx(textbook_moran(VALUES_4X4, 4)[0])
    feedback = RecordingFeedback()
    _, rows = run_table(run_algorithm, layer, feedback, WEIGHTS=1, SNAP_TOLERANCE=0)
    assert rows[("ALL", "v")]["islands"] == 16
    assert rows[("ALL", "v")]["moran_i"] == NULL
    assert any("none of the 16 features has a neighbour" in w for w in feedback.warnings)


def test_permutation_p_is_repeatable_with_the_seed(run_algorithm):
    layer = memory_layer(grid_rows(VALUES_4X4, 4))
    _, first = run_table(run_algorithm, layer, PERMUTATIONS=199, SEED=7)
    _, second = run_table(run_algorithm, layer, PERMUTATIONS=199, SEED=7)
    a, b = first[("ALL", "v")], second[("ALL", "v")]
    assert (a["p_sim"], a["z_sim"]) == (b["p_sim"], b["z_sim"])
    assert 0 < a["p_sim"] <= 1 and a["p_sim"] * 200 == pytest.approx(round(a["p_sim"] * 200))


def test_groups_use_neighbours_within_the_group_and_islands_are_named(run_algorithm):
    # Two 3x3 blocks side by side (touching), plus a lone cell far away in group B.
    rows_a = grid_rows(range(1, 10), 3, "A")
    rows_b = grid_rows([9, 1, 8, 2, 7, 3, 6, 4, 5], 3, "B", x_offset=3)
    island = (("Zhoushan", "B", 20.0, 40.0), square(50, 50))
    layer = memory_layer(rows_a + rows_b + [island])
    feedback = RecordingFeedback()
    _, rows = run_table(run_algorithm, layer, feedback, GROUP_FIELD="cluster",
                        LABEL_FIELD="name", FIELD=["v", "w"], PERMUTATIONS=99)
    assert set(rows) == {(g, f) for g in ("ALL", "A", "B") for f in ("v", "w")}
    a = rows[("A", "v")]
    assert a["moran_i"] == pytest.approx(textbook_moran(range(1, 10), 3, rook=False)[0])
    assert a["islands"] == 0 and rows[("B", "v")]["islands"] == 1
    assert rows[("B", "v")]["n"] == 10
    assert any("Zhoushan" in w and "island" in w for w in feedback.warnings)
    # Joined to its nearest feature, the island is no longer one.
    _, joined = run_table(run_algorithm, layer, feedback, GROUP_FIELD="cluster",
                          LABEL_FIELD="name", ISLANDS=1, PERMUTATIONS=0)
    assert joined[("B", "v")]["islands"] == 0
    assert joined[("B", "v")]["z_sim"] == NULL
    assert any("Zhoushan → B8" in w for w in feedback.warnings)


def test_small_constant_and_null_groups_give_null_rows_not_crashes(run_algorithm):
    rows = grid_rows([1, 2, 3, 4], 2, "A") + grid_rows([5, 5, 5, 5], 2, "B", x_offset=5)
    rows += [(("c1", "C", 1.0, 1.0), square(10, 0)), (("c2", "C", 2.0, None), square(11, 0)),
             (("c3", "C", None, 3.0), square(12, 0))]
    layer = memory_layer(rows)
    feedback = RecordingFeedback()
    _, table = run_table(run_algorithm, layer, feedback, GROUP_FIELD="cluster",
                         LABEL_FIELD="name")
    assert table[("C", "v")]["n"] == 2 and table[("C", "v")]["moran_i"] == NULL
    assert table[("B", "v")]["moran_i"] == NULL and table[("B", "v")]["significance"] == NULL
    assert table[("A", "v")]["moran_i"] is not NULL
    assert any("at least 3" in w for w in feedback.warnings)
    assert any("equal" in w for w in feedback.warnings)
    assert any('NULL value in "v"' in w and "c3" in w for w in feedback.warnings)


def test_lisa_layer_quadrants_and_undefined(run_algorithm):
    # High values in the left column, low in the right; one island and one NULL.
    values = [100, 50, 1, 100, 50, 1, 100, 50, 1]
    rows = grid_rows(values, 3) + [(("lonely", "A", 7.0, 1.0), square(40, 40)),
                                   (("empty", "A", None, 1.0), square(3, 0))]
    layer = memory_layer(rows)
    result = run_algorithm(ALGORITHM, {"INPUT": layer, "FIELD": ["v"], "WEIGHTS": 1,
                                       "OUTPUT": "memory:", "OUTPUT_LISA": "memory:",
                                       "LISA_ALPHA": 1.0})
    lisa = {f["name"]: f for f in result["OUTPUT_LISA"].getFeatures()}
    assert len(lisa) == 11 and lisa["A0"]["v"] == 100
    mean = np.mean(values + [7.0])
    for name, value in zip([f"A{i}" for i in range(9)], values):
        feature = lisa[name]
        # Hand-made quadrant from the row-standardised rook lag (alpha 1: all significant).
        r, c = divmod(int(name[1:]), 3)
        lag = np.mean([values[rr * 3 + cc] for rr, cc in
                       ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                       if 0 <= rr < 3 and 0 <= cc < 3]) - mean
        high = value - mean > 0
        expected = ("H" if high else "L") + ("H" if lag > 0 else "L")
        assert feature["lisa_cluster"] == expected, name
    assert lisa["lonely"]["lisa_cluster"] == "undefined" and lisa["lonely"]["lisa_i"] == NULL
    assert lisa["empty"]["lisa_cluster"] == "undefined"


def test_lisa_style_loads(plugin):
    from carbon_clusters_plugin.processing.moran import apply_lisa_style

    layer = memory_layer(grid_rows([1, 2, 3, 4], 2),
                         fields=("name:string", "cluster:string", "v:double", "w:double",
                                 "lisa_cluster:string"))
    assert apply_lisa_style(layer)
    renderer = layer.renderer()
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    assert renderer.classAttribute() == "lisa_cluster"
    assert colours["HH"] == "#d7191c" and colours["LL"] == "#2c7bb6"
    assert set(colours) == {"HH", "LH", "LL", "HL", "ns", "undefined"}


def test_html_scatterplots(run_algorithm, tmp_path):
    layer = memory_layer(grid_rows(VALUES_4X4, 4))
    path = tmp_path / "moran.html"
    result = run_algorithm(ALGORITHM, {"INPUT": layer, "FIELD": ["v", "w"], "OUTPUT": "memory:",
                                       "OUTPUT_HTML": str(path), "PERMUTATIONS": 0})
    page = path.read_text(encoding="utf-8")
    assert result["OUTPUT_HTML"] == str(path)
    assert page.count("data:image/png;base64,") == 2


def test_text_values_name_field_and_value(run_algorithm):
    layer = memory_layer([(("a", "A", 1.0, 1.0), square(0, 0))], fields=(
        "name:string", "cluster:string", "v:string", "w:double"))
    layer.dataProvider().changeAttributeValues({1: {2: "lots"}})
    with pytest.raises(QgsProcessingException, match=r'"v".*"lots"'):
        run_table(run_algorithm, layer)


# Moran's I of the sample's per-city emissions: geographic CRS, queen contiguity.
@pytest.mark.skipif(not SAMPLE.exists(), reason="sample data not generated")
def test_sample_study_table(run_algorithm):
    layer = QgsVectorLayer(f"{SAMPLE}|layername=cities", "cities", "ogr")
    years = ["co2_2005", "co2_2010", "co2_2015", "co2_2020"]
    feedback = RecordingFeedback()
    result = run_algorithm(ALGORITHM, {
        "INPUT": layer, "FIELD": years, "GROUP_FIELD": "cluster", "LABEL_FIELD": "name_en",
        "OUTPUT": "memory:", "OUTPUT_LISA": "memory:"}, feedback)
    rows = {(f["group"], f["field"]): f for f in result["OUTPUT"].getFeatures()}
    assert len(rows) == 6 * 4
    assert rows[("ALL", "co2_2020")]["n"] == 110
    assert rows[("YRD", "co2_2020")]["expected_i"] == pytest.approx(-1 / 40)
    for row in rows.values():
        assert -1 <= row["moran_i"] <= 1.2
    lisa = list(result["OUTPUT_LISA"].getFeatures())
    assert len(lisa) == 110
    assert {f["lisa_cluster"] for f in lisa} <= {"HH", "LH", "LL", "HL", "ns", "undefined"}


def test_the_dialog_creates_the_lisa_layer_by_default(plugin):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    assert algorithm.parameterDefinition("OUTPUT_LISA").createByDefault()
