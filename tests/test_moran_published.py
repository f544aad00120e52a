"""Moran's I against numbers published by others, for data sets that libpysal ships offline.

Sources (the numbers below are typed in from them, not computed here):

* k nearest neighbours (k = 4), Columbus CRIME (Anselin 1988, 49 neighbourhoods): the spdep
  reference manual, ``moran.test`` examples, which use the X, Y coordinates of the data set
  (COL.OLD$X, COL.OLD$Y: the same columns as libpysal's columbus.dbf) and row-standardised
  weights (style "W"):
  https://r-spatial.github.io/spdep/reference/moran.test.html
  (r-spatial/spdep, docs/reference/moran.test.md).
* rook contiguity, St. Louis region homicide rates 1988-93 (HR8893, 78 counties): the PySAL
  user guide, "Spatial Autocorrelation" tutorial (pysal/pysal,
  doc/source/users/tutorials/autocorrelation.rst, "a GAL file for a rook weights matrix",
  stl.gal), the esda ``Moran`` docstring (https://pysal.org/esda/generated/esda.Moran.html)
  and esda's test suite (pysal/esda, esda/tests/test_moran.py, TestMoran.test_moran).
* rook contiguity, North Carolina SIDS rates 1974 (SIDR74, 100 counties; sids2.gal): the esda
  ``Moran`` docstring (same page) and esda/tests/test_moran.py (TestMoran.test_sids).

Our weights are built from the geometries (stl_hom.shp, sids2.shp: we checked that our rook
weights equal the published GAL files, so the published statistics apply to them) or, for the
k nearest neighbours, from points at the published X, Y coordinates. Each value is compared to
the precision it was published with.

Queen contiguity: we found no published Moran's I (with E[I], z and p) for a libpysal data
set's queen weights, so none is tested here. (spdep's Columbus contiguity examples use COL.nb,
the hand-made neighbour list of Anselin 1988, I = 0.510951264: it is neither the queen nor the
rook contiguity of columbus.shp and cannot be built from the polygons.) Our queen weights are
checked against columbus.gal, GeoDa's queen contiguity published with the data set, in
tests/test_moran.py.

esda reports two-sided normal p-values by default (our ``p_norm``); spdep and the PySAL
tutorial give one-sided ones (half of it).
"""

import shutil

import pytest

libpysal = pytest.importorskip("libpysal")
pytest.importorskip("esda")

from shapely.geometry import Point, shape  # noqa: E402

from carbon_clusters_plugin.analysis.spatial import moran  # noqa: E402
from carbon_clusters_plugin.analysis.spatial.spatial_weights import (  # noqa: E402
    KNN,
    ROOK,
    automatic_tolerance,
    build_weights,
)

# spdep reference manual, moran.test, "Moran I test under normality",
# weights: nb2listw(COL.k4.nb, style = "W"), COL.k4.nb <- knn2nb(knearneigh(coords.OLD, 4))
SPDEP_COLUMBUS_K4 = {"moran_i": 0.624933667, "expected_i": -0.020833333,
                     "variance": 0.007887613, "z_norm": 7.2711, "p_one_sided": 1.782e-13}

# PySAL tutorial ('%.3f' % mi.I, '%.5f' % mi.p_norm one-sided) and esda (Moran docstring:
# mi.EI, mi.p_norm two-sided; test_moran.py: mi.I, one-sided mi.p_norm).
PYSAL_STL_ROOK = {"moran_i_3": 0.244, "moran_i": 0.24365582621771659,
                  "expected_i": -0.012987012987012988, "p_norm": 0.00027147862770937614,
                  "p_one_sided": 0.00013573931385468807, "p_one_sided_5": 0.00014}

# esda Moran docstring (round(mi.I, 3), two-sided mi.p_norm) and test_moran.py (mi.I).
PYSAL_SIDS_ROOK = {"moran_i_3": 0.248, "moran_i": 0.24772519320480135,
                   "p_norm": 0.0001158330781489969, "p_one_sided": 5.7916539074498452e-05}


def _column(dbf, name):
    return [float(v) for v in libpysal.io.open(libpysal.examples.get_path(dbf)).by_col(name)]


def _polygons(shp):
    return [shape(s.__geo_interface__) for s in libpysal.io.open(libpysal.examples.get_path(shp))]


def _columbus_points():
    xs, ys = _column("columbus.dbf", "X"), _column("columbus.dbf", "Y")
    return [Point(x, y) for x, y in zip(xs, ys)]


def check_columbus_k4(row):
    published = SPDEP_COLUMBUS_K4
    assert row["n"] == 49 and row["islands"] == 0
    assert row["moran_i"] == pytest.approx(published["moran_i"], abs=5e-10)
    assert row["expected_i"] == pytest.approx(published["expected_i"], abs=5e-10)
    variance = ((row["moran_i"] - row["expected_i"]) / row["z_norm"]) ** 2
    assert variance == pytest.approx(published["variance"], abs=5e-10)
    assert row["z_norm"] == pytest.approx(published["z_norm"], abs=5e-5)
    assert row["p_norm"] / 2 == pytest.approx(published["p_one_sided"], abs=5e-17)


def check_stl_rook(row):
    published = PYSAL_STL_ROOK
    assert row["n"] == 78 and row["islands"] == 0
    assert round(row["moran_i"], 3) == published["moran_i_3"]
    assert row["moran_i"] == pytest.approx(published["moran_i"], rel=1e-12)
    assert row["expected_i"] == pytest.approx(published["expected_i"], rel=1e-15)
    assert row["p_norm"] == pytest.approx(published["p_norm"], rel=1e-10)
    assert row["p_norm"] / 2 == pytest.approx(published["p_one_sided"], rel=1e-10)
    assert "%.5f" % (row["p_norm"] / 2) == "%.5f" % published["p_one_sided_5"]


def check_sids_rook(row):
    published = PYSAL_SIDS_ROOK
    assert row["n"] == 100 and row["islands"] == 0
    assert round(row["moran_i"], 3) == published["moran_i_3"]
    assert row["moran_i"] == pytest.approx(published["moran_i"], rel=1e-12)
    assert row["expected_i"] == pytest.approx(-1 / 99, rel=1e-15)
    assert row["p_norm"] == pytest.approx(published["p_norm"], rel=1e-10)
    assert row["p_norm"] / 2 == pytest.approx(published["p_one_sided"], rel=1e-10)


# ------------------------------------------------------------------ analysis layer


def test_columbus_crime_k4_matches_spdep():
    weights = build_weights(_columbus_points(), KNN, k=4)
    check_columbus_k4(moran.global_moran(_column("columbus.dbf", "CRIME"), weights,
                                         permutations=0))


@pytest.mark.parametrize("tolerance", ["none", "automatic"])
def test_st_louis_homicides_rook_matches_pysal(tolerance):
    polygons = _polygons("stl_hom.shp")
    snap = automatic_tolerance(polygons) if tolerance == "automatic" else 0.0
    weights = build_weights(polygons, ROOK, tolerance=snap)
    check_stl_rook(moran.global_moran(_column("stl_hom.dbf", "HR8893"), weights,
                                      permutations=0))


@pytest.mark.parametrize("tolerance", ["none", "automatic"])
def test_sids_1974_rook_matches_esda(tolerance):
    polygons = _polygons("sids2.shp")
    snap = automatic_tolerance(polygons) if tolerance == "automatic" else 0.0
    weights = build_weights(polygons, ROOK, tolerance=snap)
    check_sids_rook(moran.global_moran(_column("sids2.dbf", "SIDR74"), weights,
                                       permutations=0))


def test_the_table_reports_the_same_numbers():
    """moran_table (what the Processing adapter calls) with its default weights options."""
    polygons = _polygons("stl_hom.shp")
    run = moran.moran_table(polygons, {"HR8893": _column("stl_hom.dbf", "HR8893")},
                            options=moran.WeightsOptions(method=ROOK), permutations=0)
    check_stl_rook(run.table.iloc[0].to_dict())


# ------------------------------------------------------------------ Processing algorithm


def _shapefile_copy(folder, name):
    """A copy of a libpysal shapefile (QGIS reads it; the installed one stays untouched)."""
    source = libpysal.examples.get_path(name + ".shp")
    for extension in (".shp", ".shx", ".dbf"):
        shutil.copy(source[:-4] + extension, folder / (name + extension))
    return str(folder / (name + ".shp"))


def _run(run_algorithm, layer, field, weights, **extra):
    parameters = {"INPUT": layer, "FIELD": [field], "WEIGHTS": weights, "PERMUTATIONS": 0,
                  "OUTPUT": "memory:"}
    parameters.update(extra)
    result = run_algorithm("carbonclusters:moransi", parameters)
    rows = {(f["group"], f["field"]): f for f in result["OUTPUT"].getFeatures()}
    feature = rows[("ALL", field)]
    return {name: feature[name] for name in moran.TABLE_COLUMNS}


@pytest.mark.parametrize("name,field,check", [("stl_hom", "HR8893", check_stl_rook),
                                              ("sids2", "SIDR74", check_sids_rook)])
def test_algorithm_on_the_shapefiles_rook(run_algorithm, tmp_path, name, field, check):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(_shapefile_copy(tmp_path, name), name, "ogr")
    assert layer.isValid() and layer.featureCount() in (78, 100)
    # The automatic snapping tolerance (no SNAP_TOLERANCE given) keeps the published weights.
    check(_run(run_algorithm, layer, field, weights=1))


def test_algorithm_columbus_k4_on_the_published_coordinates(run_algorithm):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    # The X, Y columns are planar digitising units: any projected CRS gives planar distances
    # (a memory layer without a CRS would be EPSG:4326, i.e. great-circle distances).
    layer = QgsVectorLayer("Point?crs=EPSG:3857&field=CRIME:double", "columbus", "memory")
    features = []
    for point, crime in zip(_columbus_points(), _column("columbus.dbf", "CRIME")):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([crime])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(point.x, point.y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    check_columbus_k4(_run(run_algorithm, layer, "CRIME", weights=2, K=4))


def test_algorithm_columbus_polygons_read_from_the_shapefile(run_algorithm, tmp_path):
    """columbus.shp loaded in QGIS gives the queen weights of columbus.gal (GeoDa's, shipped
    with the data): the same statistics as esda on that published weights file."""
    import esda
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(_shapefile_copy(tmp_path, "columbus"), "columbus", "ogr")
    row = _run(run_algorithm, layer, "CRIME", weights=0)
    gal = libpysal.io.open(libpysal.examples.get_path("columbus.gal")).read()
    reference = esda.Moran(_column("columbus.dbf", "CRIME"), gal, permutations=0)
    assert row["moran_i"] == pytest.approx(reference.I, rel=1e-12)
    assert row["z_norm"] == pytest.approx(reference.z_norm, rel=1e-10)
    assert row["p_norm"] == pytest.approx(reference.p_norm, rel=1e-9)
