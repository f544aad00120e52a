"""Moran's I, weights and LISA without QGIS, against independent computations and the
Columbus data set that libpysal ships (with the GeoDa weights file published beside it)."""

import math
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import Point, box, shape

from carbon_clusters_plugin.analysis.spatial import moran
from carbon_clusters_plugin.analysis.spatial.spatial_weights import (
    DISTANCE_BAND,
    KNN,
    QUEEN,
    ROOK,
    build_weights,
    centroid_coordinates,
    great_circle_km,
)

libpysal = pytest.importorskip("libpysal")
esda = pytest.importorskip("esda")


def lattice(side, gap=0.0):
    return [box(c * (1 + gap), r * (1 + gap), c * (1 + gap) + 1, r * (1 + gap) + 1)
            for r in range(side) for c in range(side)]


def textbook(y, w):
    """Cliff & Ord: I, E[I], variance under normality, for a weights matrix (row-standardised
    here)."""
    y = np.asarray(y, float)
    n = len(y)
    w = w / w.sum(axis=1, keepdims=True)
    z = y - y.mean()
    s0, s1 = w.sum(), 0.5 * ((w + w.T) ** 2).sum()
    s2 = ((w.sum(axis=1) + w.sum(axis=0)) ** 2).sum()
    i = n / s0 * (z @ w @ z) / (z @ z)
    e = -1 / (n - 1)
    v = (n * n * s1 - n * s2 + 3 * s0 * s0) / ((n * n - 1) * s0 * s0) - e * e
    return i, e, v


def lattice_matrix(side, rook):
    n = side * side
    w = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            (ri, ci), (rj, cj) = divmod(i, side), divmod(j, side)
            dr, dc = abs(ri - rj), abs(ci - cj)
            if i != j and ((dr + dc == 1) if rook else max(dr, dc) == 1):
                w[i, j] = 1
    return w


Y16 = [3.0, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3]


@pytest.mark.parametrize("method,rook", [(ROOK, True), (QUEEN, False)])
def test_lattice_against_the_textbook_formulas(method, rook):
    weights = build_weights(lattice(4), method)
    row = moran.global_moran(Y16, weights, permutations=0)
    i, e, v = textbook(Y16, lattice_matrix(4, rook))
    assert row["moran_i"] == pytest.approx(i, rel=1e-12)
    assert row["expected_i"] == pytest.approx(e) == -1 / 15
    assert row["z_norm"] == pytest.approx((i - e) / math.sqrt(v), rel=1e-10)
    assert row["p_norm"] == pytest.approx(math.erfc(abs(row["z_norm"]) / math.sqrt(2)))


def test_gaps_narrower_than_the_tolerance_still_touch():
    exact = build_weights(lattice(4), ROOK).neighbours
    assert build_weights(lattice(4, gap=0.002), ROOK, tolerance=0.01).neighbours == exact
    assert build_weights(lattice(4, gap=0.002), QUEEN, tolerance=0.01).neighbours == \
        build_weights(lattice(4), QUEEN).neighbours
    apart = build_weights(lattice(4, gap=0.002), QUEEN, tolerance=0.001)
    assert len(apart.islands) == 16


def test_rook_needs_a_shared_border_not_a_corner():
    squares = [box(0, 0, 1, 1), box(1, 1, 2, 2), box(1, 0, 2, 1)]
    rook = build_weights(squares, ROOK, tolerance=0.01).neighbours
    queen = build_weights(squares, QUEEN, tolerance=0.01).neighbours
    assert rook == {0: [2], 1: [2], 2: [0, 1]}
    assert queen == {0: [1, 2], 1: [0, 2], 2: [0, 1]}


def columbus():
    shapes = libpysal.io.open(libpysal.examples.get_path("columbus.shp"))
    geometries = [shape(polygon.__geo_interface__) for polygon in shapes]
    table = libpysal.io.open(libpysal.examples.get_path("columbus.dbf"))
    return geometries, np.array(table.by_col("CRIME"), dtype=float)


def test_columbus_queen_weights_equal_the_published_gal_file_and_esda():
    geometries, crime = columbus()
    ours = build_weights(geometries, QUEEN)
    # columbus.gal, shipped with the data set, holds GeoDa's queen contiguity.
    gal = libpysal.io.open(libpysal.examples.get_path("columbus.gal")).read()
    # The GAL file numbers the polygons from 1 (POLYID); ours by position.
    published = {int(k) - 1: sorted(int(j) - 1 for j in v) for k, v in gal.neighbors.items()}
    assert ours.neighbours == published
    row = moran.global_moran(crime, ours, permutations=0)
    gal.transform = "r"
    reference = esda.Moran(crime, gal, permutations=0)
    assert row["moran_i"] == pytest.approx(reference.I, rel=1e-12)
    assert row["z_norm"] == pytest.approx(reference.z_norm, rel=1e-12)


def test_columbus_rook_and_knn_equal_libpysal_built_independently():
    geometries, crime = columbus()
    rook = libpysal.weights.Rook.from_shapefile(libpysal.examples.get_path("columbus.shp"))
    ours = build_weights(geometries, ROOK)
    assert ours.neighbours == {i: sorted(rook.neighbors[i]) for i in range(49)}
    assert ours.links == 200  # 236 queen links less the corner-only contacts
    centroids = np.array([[g.centroid.x, g.centroid.y] for g in geometries])
    knn = build_weights(geometries, KNN, k=4)
    distances = np.linalg.norm(centroids[:, None] - centroids[None], axis=2)
    for i in range(49):
        assert knn.neighbours[i] == sorted(np.argsort(distances[i])[1:5].tolist())
    i, e, _ = textbook(crime, np.array([[j in knn.neighbours[r] for j in range(49)]
                                        for r in range(49)], dtype=float))
    assert moran.global_moran(crime, knn, 0)["moran_i"] == pytest.approx(i, rel=1e-12)


def test_geographic_distances_are_great_circle_km():
    # Beijing (116.40E, 39.90N) to Shanghai (121.47E, 31.23N): about 1 067 km.
    points = [Point(116.40, 39.90), Point(121.47, 31.23), Point(113.26, 23.13)]
    xyz = centroid_coordinates(points, geographic=True)
    assert great_circle_km(xyz[0], xyz[1]) == pytest.approx(1067, rel=0.01)
    band = build_weights(points, DISTANCE_BAND, distance=1100, geographic=True)
    assert band.neighbours == {0: [1], 1: [0], 2: []} and band.islands == [2]
    automatic = build_weights(points, DISTANCE_BAND, geographic=True)
    assert automatic.islands == [] and 1100 < automatic.threshold < 1300


def test_permutations_repeat_with_the_seed_and_leave_numpy_alone():
    weights = build_weights(lattice(4), QUEEN)
    np.random.seed(1)
    before = np.random.random()
    np.random.seed(1)
    a = moran.global_moran(Y16, weights, permutations=99, seed=5)
    after = np.random.random()
    b = moran.global_moran(Y16, weights, permutations=99, seed=5)
    assert before == after
    assert (a["p_sim"], a["z_sim"]) == (b["p_sim"], b["z_sim"])
    assert round(a["p_sim"] * 100) == pytest.approx(a["p_sim"] * 100)


def test_significance_marks():
    assert [moran.significance_mark(p) for p in (0.01, 0.0499, 0.05, 0.09, 0.1, 0.5)] == \
        ["**", "**", "*", "*", "", ""]
    assert moran.significance_mark(math.nan) is None


def test_null_rows_for_few_constant_and_unlinked():
    few = moran.global_moran([1.0, 2.0], build_weights(lattice(2)[:2], QUEEN))
    constant = moran.global_moran([4.0] * 4, build_weights(lattice(2), QUEEN))
    apart = moran.global_moran([1.0, 2, 3, 4], build_weights(lattice(2, gap=1), QUEEN))
    assert (few["note"], constant["note"], apart["note"]) == (
        moran.TOO_FEW, moran.CONSTANT, moran.NO_LINKS)
    assert all(math.isnan(r["moran_i"]) and r["significance"] is None
               for r in (few, constant, apart))


def test_multiple_testing_corrections_by_hand():
    p = np.array([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, np.nan])
    assert moran.significant(p, 0.05).tolist() == [True] * 5 + [False] * 4
    # Bonferroni: 0.05 / 8 tested = 0.00625
    assert moran.significant(p, 0.05, moran.CORRECTION_BONFERRONI).tolist() == \
        [True] + [False] * 8
    # Benjamini-Hochberg: k·0.05/8 = .00625 .0125 .01875 .025 .03125 ...: only the first two
    assert moran.significant(p, 0.05, moran.CORRECTION_FDR).tolist() == \
        [True, True] + [False] * 7


def test_lisa_quadrants_by_hand_and_islands_undefined():
    geometries = lattice(3) + [box(10, 10, 11, 11)]
    values = [9.0, 5, 1, 9, 5, 1, 9, 5, 1, 5]
    lisa = moran.lisa_table(geometries, values, options=moran.WeightsOptions(method=ROOK),
                            permutations=99, alpha=1.0)
    z = np.array(values) - np.mean(values)
    for i in range(9):
        r, c = divmod(i, 3)
        lag = np.mean([z[rr * 3 + cc] for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1),
                                                      (r, c + 1)) if 0 <= rr < 3 and 0 <= cc < 3])
        if z[i] == 0:
            continue
        expected = ("H" if z[i] > 0 else "L") + ("H" if lag > 0 else "L")
        assert lisa["lisa_cluster"][i] == expected
        local_i = (len(z) - 1) * z[i] * lag / (z @ z)
        assert lisa["lisa_i"][i] == pytest.approx(local_i)
    assert lisa["lisa_cluster"][9] == moran.UNDEFINED and math.isnan(lisa["lisa_i"][9])


def test_table_has_a_row_per_group_and_field():
    geometries = lattice(4)
    groups = ["A"] * 8 + ["B"] * 8
    run = moran.moran_table(geometries, {"x": Y16, "y": Y16[::-1]}, groups,
                            permutations=9, scatter=True)
    assert list(run.table.columns) == moran.TABLE_COLUMNS
    assert sorted(zip(run.table["group"], run.table["field"])) == sorted(
        (g, f) for g in ("ALL", "A", "B") for f in ("x", "y"))
    a = run.table[(run.table["group"] == "A") & (run.table["field"] == "x")].iloc[0]
    i, _, _ = textbook(Y16[:8], lattice_matrix(4, rook=False)[:8, :8])
    assert a["moran_i"] == pytest.approx(i) and a["n"] == 8
    from carbon_clusters_plugin.charts.moran import scatter_report

    page = scatter_report(run.scatter, "t", dict.fromkeys(
        ["x", "y", "group", "field", "slope", "none"], "l"))
    assert page.count("data:image/png") == 6


def test_esda_and_libpysal_come_in_without_warnings_or_prints():
    """QGIS logs every Python warning with a traceback: their first import must say nothing
    (libpysal's "Remote data sets not available", numba's DeprecationWarning...)."""
    import subprocess
    import sys

    code = ("import warnings; warnings.simplefilter('always'); "
            "from carbon_clusters_plugin.analysis.spatial import libraries; "
            "libraries.esda(); libraries.weights()")
    completed = subprocess.run([sys.executable, "-W", "always", "-c", code],
                               capture_output=True, text=True, timeout=300,
                               cwd=str(Path(__file__).resolve().parents[1]))
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == "" and "Warning" not in completed.stderr, \
        completed.stdout + completed.stderr
