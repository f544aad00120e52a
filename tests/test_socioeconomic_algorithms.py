"""Grey relational, industrial K-means and decoupling through processing.run."""

import pytest
from conftest import SAMPLE
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis_helpers import RecordingFeedback


def memory_layer(fields, rows, geometry="None", name="cities"):
    separator = "&" if "?" in geometry else "?"
    layer = QgsVectorLayer(geometry + separator + "&".join(f"field={f}" for f in fields),
                           name, "memory")
    features = []
    for values in rows:
        wkt = None
        if geometry != "None":
            values, wkt = values
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


# --- grey relational -------------------------------------------------------------------------

# Published example (see tests/test_grey_relational.py for the source): a region's GDP and
# its three industries, 2000–2005, in millions of yuan.
GDP_ROWS = [
    (2000, 1988, 386, 839, 763), (2001, 2061, 408, 846, 808), (2002, 2335, 422, 960, 953),
    (2003, 2750, 482, 1258, 1010), (2004, 3356, 511, 1577, 1268), (2005, 3806, 561, 1893, 1352),
]
GDP_FIELDS = ("year:integer", "gdp:double", "primary:double", "secondary:double",
              "tertiary:double")


def test_grey_relational_published_example(run_algorithm):
    layer = memory_layer(GDP_FIELDS, GDP_ROWS)
    result = run_algorithm("carbonclusters:greyrelational", {
        "INPUT": layer, "REFERENCE_FIELD": "gdp",
        "COMPARISON_FIELDS": ["primary", "secondary", "tertiary"],
        "OUTPUT": "memory:", "OUTPUT_COEFFICIENTS": "memory:"})
    rows = {f["factor"]: f for f in result["OUTPUT"].getFeatures()}
    assert [f.name() for f in result["OUTPUT"].fields()] == ["group", "factor", "grade", "rank"]
    # Hand-worked from the published normalised table (see the pure test).
    assert rows["primary"]["grade"] == pytest.approx(0.5084, abs=5e-4)
    assert rows["secondary"]["grade"] == pytest.approx(0.6243, abs=5e-4)
    assert rows["tertiary"]["grade"] == pytest.approx(0.7573, abs=5e-4)
    assert (rows["tertiary"]["rank"], rows["secondary"]["rank"], rows["primary"]["rank"]) == \
        (1, 2, 3)
    assert {f["group"] for f in rows.values()} == {"ALL"}
    coefficients = list(result["OUTPUT_COEFFICIENTS"].getFeatures())
    assert len(coefficients) == 18
    first = [f for f in coefficients if f["factor"] == "primary"][0]
    assert first["reference_norm"] == pytest.approx(0.7320, abs=6e-5)   # published
    assert first["factor_norm"] == pytest.approx(0.8361, abs=6e-5)      # published
    assert first["coefficient"] == pytest.approx(0.4755, abs=5e-4)      # hand-worked


def test_grey_relational_constant_field_is_named(run_algorithm):
    layer = memory_layer(GDP_FIELDS, [(y, g, 5, s, t) for y, g, _, s, t in GDP_ROWS])
    with pytest.raises(QgsProcessingException, match=r'"primary".*constant'):
        run_algorithm("carbonclusters:greyrelational", {
            "INPUT": layer, "REFERENCE_FIELD": "gdp",
            "COMPARISON_FIELDS": ["primary", "secondary"], "OUTPUT": "memory:"})


def test_grey_relational_zero_first_value_is_named(run_algorithm):
    rows = [(y, g, 0 if y == 2000 else p, s, t) for y, g, p, s, t in GDP_ROWS]
    layer = memory_layer(GDP_FIELDS, rows)
    with pytest.raises(QgsProcessingException, match=r'"primary".*zero in the first'):
        run_algorithm("carbonclusters:greyrelational", {
            "INPUT": layer, "REFERENCE_FIELD": "gdp", "COMPARISON_FIELDS": ["primary"],
            "NORMALIZATION": 1, "ORDER_FIELD": "year", "OUTPUT": "memory:"})


def test_grey_relational_missing_value_is_named(run_algorithm):
    rows = [(y, g, None if y == 2003 else p, s, t) for y, g, p, s, t in GDP_ROWS]
    layer = memory_layer(GDP_FIELDS, rows)
    with pytest.raises(QgsProcessingException, match=r'"primary".*1 missing'):
        run_algorithm("carbonclusters:greyrelational", {
            "INPUT": layer, "REFERENCE_FIELD": "gdp", "COMPARISON_FIELDS": ["primary"],
            "OUTPUT": "memory:"})


# --- decoupling ------------------------------------------------------------------------------

def test_decoupling_by_hand(run_algorithm):
    layer = memory_layer(("cluster:string", "year:integer", "co2:double", "gdp:double"), [
        ("A", 2005, 60, 300), ("A", 2005, 40, 700),   # A 2005: E 100, G 1000
        ("A", 2010, 90, 1500),                        # -10 %, +50 %: e = -0.2
        ("A", 2015, 120, 1800),                       # +1/3, +20 %: e = 5/3
        ("B", 2005, 50, 500), ("B", 2010, 50, 500),   # GDP unchanged
    ])
    feedback = RecordingFeedback()
    result = run_algorithm("carbonclusters:decoupling", {
        "INPUT": layer, "GROUP_FIELD": "cluster", "YEAR_FIELD": "year",
        "EMISSION_FIELD": "co2", "GDP_FIELD": "gdp", "OUTPUT": "memory:"}, feedback)
    table = result["OUTPUT"]
    assert [f.name() for f in table.fields()] == [
        "group", "start_year", "end_year", "emission_change", "gdp_change", "elasticity",
        "state", "state_zh"]
    rows = {(f["group"], f["start_year"], f["end_year"]): f for f in table.getFeatures()}
    assert set(rows) == {("A", 2005, 2010), ("A", 2010, 2015), ("A", 2005, 2015),
                         ("B", 2005, 2010)}
    a = rows[("A", 2005, 2010)]
    assert (a["emission_change"], a["gdp_change"], a["elasticity"]) == \
        pytest.approx((-0.1, 0.5, -0.2))
    assert (a["state"], a["state_zh"]) == ("strong decoupling", "强脱钩")
    assert rows[("A", 2010, 2015)]["state"] == "expansive negative decoupling"
    assert rows[("A", 2005, 2015)]["elasticity"] == pytest.approx(0.25)   # +20 % / +80 %
    b = rows[("B", 2005, 2010)]
    assert b["elasticity"] == NULL and b["state"] == NULL
    assert any("B 2005–2010" in w for w in feedback.warnings)


# --- industrial clusters ---------------------------------------------------------------------

def square(x0, y0, size=1000):
    x1, y1 = x0 + size, y0 + size
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


SHARE_FIELDS = ("name:string", "cluster:string", "share_energy:double", "share_heavy:double",
                "share_light:double", "share_hightech:double")
BASES = {"energy": (0.40, 0.30, 0.10, 0.05), "tech": (0.05, 0.10, 0.10, 0.40),
         "light": (0.05, 0.10, 0.40, 0.10), "mixed": (0.15, 0.15, 0.15, 0.15)}


def share_layer(extra=()):
    rows, i = [], 0
    for kind, base in BASES.items():
        for delta in (-0.01, 0.0, 0.01):
            group = "YRD" if i % 2 == 0 else "PRD"
            rows.append(((f"{kind}{i}", group, base[0] + delta, *base[1:]), square(i * 2000, 0)))
            i += 1
    rows.extend(extra)
    return memory_layer(SHARE_FIELDS, rows, geometry="Polygon?crs=EPSG:3857")


def test_industry_clusters_types_profiles_counts_and_left_out(run_algorithm):
    missing = (("nodata", "YRD", None, 0.2, 0.2, 0.2), square(0, 5000))
    layer = share_layer([missing])
    feedback = RecordingFeedback()
    result = run_algorithm("carbonclusters:industryclusters", {
        "INPUT": layer, "FIELDS": ["share_energy", "share_heavy", "share_light",
                                   "share_hightech"],
        "GROUP_FIELD": "cluster", "OUTPUT": "memory:", "OUTPUT_PROFILES": "memory:",
        "OUTPUT_COUNTS": "memory:"}, feedback)
    out = result["OUTPUT"]
    assert out.featureCount() == 13 and out.geometryType() == layer.geometryType()
    labels = {f["name"][:-1].rstrip("0123456789"): f["cluster_label"]
              for f in out.getFeatures() if f["name"] != "nodata"}
    assert labels == {"energy": "energy & heavy industry", "tech": "high-tech",
                      "light": "light industry", "mixed": "mixed"}
    nodata = [f for f in out.getFeatures() if f["name"] == "nodata"][0]
    assert nodata["cluster"] == NULL
    assert any("Left out 1 feature" in w for w in feedback.warnings)
    profiles = {f["cluster_label"]: f for f in result["OUTPUT_PROFILES"].getFeatures()}
    assert profiles["energy & heavy industry"]["share_energy"] == pytest.approx(0.40)
    assert profiles["high-tech"]["share_hightech"] == pytest.approx(0.40)
    assert all(p["size"] == 3 for p in profiles.values())
    counts = {(f["group"], f["cluster"]): f["count"]
              for f in result["OUTPUT_COUNTS"].getFeatures()}
    assert len(counts) == 8 and sum(counts.values()) == 12
    assert sum(c for (g, _), c in counts.items() if g == "YRD") == 6   # even rows 0..10


def test_industry_clusters_choose_k_logs_scores(run_algorithm):
    feedback = RecordingFeedback()
    result = run_algorithm("carbonclusters:industryclusters", {
        "INPUT": share_layer(), "FIELDS": ["share_energy", "share_heavy", "share_light",
                                           "share_hightech"],
        "K": 0, "OUTPUT": "memory:", "OUTPUT_PROFILES": "memory:",
        "OUTPUT_COUNTS": "memory:"}, feedback)
    assert result["OUTPUT_PROFILES"].featureCount() == 4
    assert sum("mean silhouette" in i for i in feedback.infos) == 7   # K = 2..8
    assert {f["group"] for f in result["OUTPUT_COUNTS"].getFeatures()} == {"ALL"}


def test_industry_clusters_too_few_features(run_algorithm):
    layer = memory_layer(SHARE_FIELDS, [(("a", "X", 0.1, 0.2, 0.3, 0.4), square(0, 0))],
                         geometry="Polygon?crs=EPSG:3857")
    with pytest.raises(QgsProcessingException, match=r'"cities" has 1 feature.*4 clusters'):
        run_algorithm("carbonclusters:industryclusters", {
            "INPUT": layer, "FIELDS": ["share_energy", "share_light"], "OUTPUT": "memory:",
            "OUTPUT_PROFILES": "memory:", "OUTPUT_COUNTS": "memory:"})


def test_industry_clusters_layer_loads_with_categorised_style(plugin, loads_results):
    from qgis import processing
    from qgis.core import QgsProject

    result = processing.runAndLoadResults("carbonclusters:industryclusters", {
        "INPUT": share_layer(), "FIELDS": ["share_energy", "share_heavy", "share_light",
                                           "share_hightech"],
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_PROFILES": "TEMPORARY_OUTPUT",
        "OUTPUT_COUNTS": "TEMPORARY_OUTPUT"})
    project = QgsProject.instance()
    try:
        output = project.mapLayer(result["OUTPUT"])
        renderer = output.renderer()
        assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "cluster"
        # Equal sizes: clusters numbered by their share_energy centroid (0.05, 0.05, 0.15,
        # 0.40), so 3 is the mixed type and 4 energy & heavy industry.
        labels = [c.label() for c in renderer.categories()]
        assert len(labels) == 4
        assert labels[2:] == ["3 – mixed", "4 – energy & heavy industry"]
    finally:
        project.removeAllMapLayers()


# --- the sample data -------------------------------------------------------------------------

@pytest.mark.skipif(not SAMPLE.exists(), reason="sample data not generated")
def test_sample_grey_relational_decoupling_and_types(run_algorithm):
    table = QgsVectorLayer(f"{SAMPLE}|layername=city_year", "city_year", "ogr")
    assert table.isValid()
    grey = run_algorithm("carbonclusters:greyrelational", {
        "INPUT": table, "REFERENCE_FIELD": "co2_total",
        "COMPARISON_FIELDS": ["gdp", "population", "secondary_share", "urbanisation"],
        "GROUP_FIELD": "cluster", "YEAR_FIELD": "year", "OUTPUT": "memory:"})["OUTPUT"]
    # 5 clusters + ALL, 4 years, 4 factors
    assert grey.featureCount() == 6 * 4 * 4
    assert all(0 < f["grade"] <= 1 for f in grey.getFeatures())
    ranks = {}
    for f in grey.getFeatures():
        ranks.setdefault((f["group"], f["year"]), []).append(f["rank"])
    assert all(sorted(r) == [1, 2, 3, 4] or min(r) == 1 for r in ranks.values())

    decoupling = run_algorithm("carbonclusters:decoupling", {
        "INPUT": table, "GROUP_FIELD": "cluster", "YEAR_FIELD": "year",
        "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp", "OUTPUT": "memory:"})["OUTPUT"]
    assert decoupling.featureCount() == 5 * 4   # three consecutive periods + 2005→2020
    assert all(f["state"] != NULL for f in decoupling.getFeatures())

    table.setSubsetString('"year" = 2020')   # the user's filter: the cities of 2020
    types = run_algorithm("carbonclusters:industryclusters", {
        "INPUT": table, "FIELDS": ["share_energy", "share_heavy", "share_light",
                                   "share_hightech"],
        "GROUP_FIELD": "cluster", "OUTPUT": "memory:", "OUTPUT_PROFILES": "memory:",
        "OUTPUT_COUNTS": "memory:"})
    assert types["OUTPUT"].featureCount() == 110
    counts = list(types["OUTPUT_COUNTS"].getFeatures())
    assert sum(f["count"] for f in counts) == 110 and len(counts) == 5 * 4
