"""Checks of the bundled sample GeoPackage (no QGIS needed).

The reference figures are typed in here on purpose (not imported from
scripts/make_sample_data.py) so that the test checks the generator.
"""
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

GPKG = Path(__file__).resolve().parents[1] / "resources/sample/carbon_clusters_sample.gpkg"

CLUSTER_COUNTS = {"YRD": 41, "BTH": 13, "PRD": 9, "CY": 16, "MY": 31}
CLUSTER_ZH = {"YRD": "长三角", "BTH": "京津冀", "PRD": "珠三角", "CY": "成渝", "MY": "长江中游"}
CO2_2020 = {"YRD": 215154, "BTH": 132635, "PRD": 41623, "CY": 44237, "MY": 78506}
BUILTUP_2020 = {"YRD": 49120.2, "BTH": 29385.7, "PRD": 8138.4, "CY": 7728.5, "MY": 15091.9}
BUILTUP_2005 = {"YRD": 35534.5, "BTH": 20399.4, "PRD": 6197.4, "CY": 3858.0, "MY": 9974.4}
PER_GDP_2020 = {"YRD": 0.9, "BTH": 1.5, "PRD": 0.5, "CY": 0.6, "MY": 0.9}
PER_CAPITA_2020 = {"YRD": 9.7, "BTH": 11.7, "PRD": 5.3, "CY": 4.3, "MY": 6.8}
INDIRECT = {"YRD": 0.10, "BTH": 0.15, "PRD": 0.25, "CY": 0.10, "MY": 0.10}
YEARS = [2005, 2010, 2015, 2020]
COMPONENTS = ["co2_ind_energy", "co2_ind_process", "co2_agriculture", "co2_services",
              "co2_hh_urban", "co2_hh_rural", "co2_transport", "co2_indirect"]
CITY_YEAR_FIELDS = ["code", "name_zh", "name_en", "cluster", "cluster_zh", "year",
                    "area_km2", "co2_total"] + COMPONENTS + [
    "gdp", "population", "secondary_share", "urbanisation", "share_energy",
    "share_heavy", "share_light", "share_hightech", "builtup_km2"]
CITY_FIELDS = ["code", "name_zh", "name_en", "province_zh", "cluster", "cluster_zh",
               "area_km2", "co2_2005", "co2_2010", "co2_2015", "co2_2020"]


@pytest.fixture(scope="module")
def con():
    assert GPKG.exists(), GPKG
    c = sqlite3.connect(str(GPKG))
    c.row_factory = sqlite3.Row
    yield c
    c.close()


@pytest.fixture(scope="module")
def rows(con):
    return [dict(r) for r in con.execute("SELECT * FROM city_year ORDER BY code, year")]


@pytest.fixture(scope="module")
def cities(con):
    return [dict(r) for r in con.execute(
        "SELECT code, name_zh, name_en, province_zh, cluster, cluster_zh, area_km2, "
        "co2_2005, co2_2010, co2_2015, co2_2020 FROM cities ORDER BY code")]


def agg(rows, year, field):
    out = defaultdict(float)
    for r in rows:
        if r["year"] == year:
            out[r["cluster"]] += r[field]
    return out


def test_size_below_2mb():
    assert GPKG.stat().st_size < 2 * 1024 * 1024


def test_layers_and_fields(con):
    contents = {r[0]: r[1] for r in con.execute(
        "SELECT table_name, data_type FROM gpkg_contents")}
    assert contents["cities"] == "features"
    assert contents["city_year"] == "attributes"
    for table, fields in (("cities", CITY_FIELDS), ("city_year", CITY_YEAR_FIELDS)):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        for f in fields:
            assert f in cols, (table, f)
    geom = con.execute("SELECT geometry_type_name, srs_id FROM gpkg_geometry_columns "
                       "WHERE table_name = 'cities'").fetchone()
    assert geom[0] == "MULTIPOLYGON" and geom[1] == 4326


def test_cities(cities):
    assert len(cities) == 110
    assert len({c["code"] for c in cities}) == 110
    counts = defaultdict(int)
    for c in cities:
        counts[c["cluster"]] += 1
        assert c["cluster_zh"] == CLUSTER_ZH[c["cluster"]]
        assert len(c["code"]) == 6 and c["code"].isdigit()
        assert c["name_en"] and c["name_zh"].endswith("市")
    assert dict(counts) == CLUSTER_COUNTS
    names = {c["name_zh"] for c in cities}
    for n in ("北京市", "天津市", "上海市", "重庆市", "舟山市", "仙桃市", "潜江市", "天门市"):
        assert n in names
    assert [c["code"] for c in cities] == sorted(c["code"] for c in cities)


def test_city_year_shape(rows, cities):
    assert len(rows) == 440
    assert {(r["code"], r["year"]) for r in rows} == {
        (c["code"], y) for c in cities for y in YEARS}


def test_wide_equals_long(rows, cities):
    long = {(r["code"], r["year"]): r["co2_total"] for r in rows}
    area = {r["code"]: r["area_km2"] for r in rows}
    for c in cities:
        for y in YEARS:
            assert c[f"co2_{y}"] == pytest.approx(long[(c["code"], y)], abs=1e-6)
        assert c["area_km2"] == pytest.approx(area[c["code"]], abs=1e-6)


def test_co2_2020_exact(rows):
    tot = agg(rows, 2020, "co2_total")
    for c, v in CO2_2020.items():
        assert abs(tot[c] - v) <= 0.01, (c, tot[c])


def test_builtup_exact(rows):
    for year, ref in ((2020, BUILTUP_2020), (2005, BUILTUP_2005)):
        b = agg(rows, year, "builtup_km2")
        for c, v in ref.items():
            assert abs(b[c] - v) <= 0.1 + 1e-9, (year, c, b[c])


def test_per_gdp_and_per_capita_2020(rows):
    co2 = agg(rows, 2020, "co2_total")
    gdp = agg(rows, 2020, "gdp")
    pop = agg(rows, 2020, "population")
    for c in CO2_2020:
        assert round(co2[c] * 1e4 / gdp[c], 1) == PER_GDP_2020[c], c
        assert round(co2[c] / pop[c], 1) == PER_CAPITA_2020[c], c


def test_components_sum_to_total(rows):
    for r in rows:
        assert abs(sum(r[k] for k in COMPONENTS) - r["co2_total"]) <= 0.01, r["code"]
        assert all(r[k] >= 0 for k in COMPONENTS)


def test_composition_cluster_level(rows):
    for y in YEARS:
        tot = agg(rows, y, "co2_total")
        ind = agg(rows, y, "co2_indirect")
        en = agg(rows, y, "co2_ind_energy")
        pr = agg(rows, y, "co2_ind_process")
        for c in CO2_2020:
            direct = tot[c] - ind[c]
            assert (en[c] + pr[c]) / direct >= 0.80, (c, y)
            assert abs(ind[c] / tot[c] - INDIRECT[c]) <= 0.03, (c, y)


def test_trends(rows):
    for c in CO2_2020:
        co2 = [agg(rows, y, "co2_total")[c] for y in YEARS]
        gdp = [agg(rows, y, "gdp")[c] for y in YEARS]
        pop = [agg(rows, y, "population")[c] for y in YEARS]
        bu = [agg(rows, y, "builtup_km2")[c] for y in YEARS]
        assert co2 == sorted(co2) and co2[0] < co2[-1], c
        assert pop == sorted(pop), c
        assert bu == sorted(bu), c
        intensity = [e / g for e, g in zip(co2, gdp)]
        assert intensity == sorted(intensity, reverse=True), c
        assert intensity[0] > intensity[-1], c
    # five clusters together: 2005/2020 close to the study's 269946/462986
    t05 = sum(agg(rows, 2005, "co2_total").values())
    t20 = sum(agg(rows, 2020, "co2_total").values())
    assert 0.5 < t05 / t20 < 0.66


def test_city_ranges(rows):
    for r in rows:
        assert 0 < r["builtup_km2"] < 0.5 * r["area_km2"], r["code"]
        assert r["gdp"] > 0 and r["population"] > 0
        shares = [r[k] for k in ("share_energy", "share_heavy", "share_light", "share_hightech")]
        assert all(0 <= s <= 100 for s in shares)
        assert sum(shares) <= 100
        assert 0 < r["secondary_share"] < 100
        assert 0 < r["urbanisation"] <= 100


def test_archetypes(rows):
    r20 = {r["name_zh"]: r for r in rows if r["year"] == 2020}
    pc = {n: r["co2_total"] / r["population"] for n, r in r20.items()}
    med = sorted(pc.values())[len(pc) // 2]
    for n in ("唐山市", "邯郸市", "淮南市", "马鞍山市", "新余市"):
        assert pc[n] > med, n
        assert r20[n]["share_energy"] + r20[n]["share_heavy"] > 25, n
    for n in ("深圳市", "苏州市", "合肥市"):
        assert r20[n]["share_hightech"] > 12, n
    for n in ("温州市", "中山市"):
        assert r20[n]["share_light"] > 10, n


def test_geometries():
    ogr = pytest.importorskip("osgeo.ogr")
    ds = ogr.Open(str(GPKG))
    lyr = ds.GetLayerByName("cities")
    assert lyr.GetFeatureCount() == 110
    srs = lyr.GetSpatialRef()
    assert srs.GetAuthorityCode(None) == "4326"
    assert ogr.GT_Flatten(lyr.GetGeomType()) == ogr.wkbMultiPolygon
    names = set()
    for f in lyr:
        g = f.GetGeometryRef()
        assert g is not None and not g.IsEmpty()
        assert ogr.GT_Flatten(g.GetGeometryType()) == ogr.wkbMultiPolygon
        assert g.IsValid(), f.GetField("name_zh")
        minx, maxx, miny, maxy = g.GetEnvelope()
        assert 73 < minx and maxx < 136 and 18 < miny and maxy < 54
        names.add(f.GetField("name_zh"))
    assert "舟山市" in names
    clusters = ds.GetLayerByName("clusters")
    if clusters is not None:
        assert clusters.GetFeatureCount() == 5
