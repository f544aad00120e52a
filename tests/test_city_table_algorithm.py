"""carbonclusters:citytable through QGIS: an XLSX sheet (written with GDAL's XLSX driver, read
by QGIS's own OGR provider), a CSV, a GeoPackage table; the default bundled city layer and
another one; the log of crosswalk mappings."""

import csv

import pytest
from conftest import ROOT, SAMPLE
from osgeo import ogr
from qgis.core import NULL
from qgis_helpers import RecordingFeedback

EXAMPLES = ROOT / "docs" / "examples" / "city_tables"


def rows_of(layer):
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def write_xlsx(path, sheet, header, rows):
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = ds.CreateLayer(sheet, geom_type=ogr.wkbNone)
    for name, kind in header:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for (name, _), value in zip(header, values):
            if value is not None:
                feature.SetField(name, value)
        layer.CreateFeature(feature)
    ds = None


def run_citytable(run_algorithm, feedback=None, **parameters):
    parameters.setdefault("OUTPUT", "TEMPORARY_OUTPUT")
    parameters.setdefault("UNMATCHED", "TEMPORARY_OUTPUT")
    result = run_algorithm("carbonclusters:citytable", parameters, feedback)
    return rows_of(result["OUTPUT"]), rows_of(result["UNMATCHED"])


def test_a_yearbook_sheet_through_qgis_xlsx_reader(run_algorithm, tmp_path):
    path = tmp_path / "yearbook.xlsx"
    write_xlsx(path, "GDP", [("地区", ogr.OFTString), ("2005年", ogr.OFTReal),
                             ("2010年", ogr.OFTReal)], [
        ("南京市", 2_000.5, 5_000.0),
        ("苏州", 4_000.0, 9_000.0),
        ("湖北省武汉市", 2_200.0, 5_500.0),
        ("无\u3000锡", 3_000.0, 5_800.0),
        ("全省合计", 9_001.0, 19_800.0),
        ("连云岗", 400.0, 1_100.0),
        ("亳州", 300.0, None),
    ])
    feedback = RecordingFeedback()
    output, unmatched = run_citytable(
        run_algorithm, feedback, INPUT=f"{path}|layername=GDP", CITY_FIELD="地区",
        VALUE_NAME="gdp", UNIT=2)  # 亿元 → 万元
    assert list(output[0]) == ["code", "name_zh", "name_en", "province_zh", "cluster",
                               "cluster_zh", "year", "gdp"]
    values = {(r["name_zh"], r["year"]): r["gdp"] for r in output}
    assert values[("南京市", 2005)] == pytest.approx(20_005_000)
    assert values[("武汉市", 2010)] == pytest.approx(55_000_000)
    assert values[("无锡市", 2005)] == pytest.approx(30_000_000)
    assert values[("亳州市", 2010)] == NULL
    assert len(output) == 10  # 5 cities × 2 years
    nanjing = next(r for r in output if r["code"] == "320100")
    assert (nanjing["province_zh"], nanjing["cluster"], nanjing["cluster_zh"]) == \
        ("江苏省", "YRD", "长三角")
    assert [(r["row"], r["value"]) for r in unmatched] == [(5, "全省合计"), (6, "连云岗")]
    assert "total" in unmatched[0]["reason"]
    assert "连云港" in unmatched[1]["suggestion"]
    assert any("2 row(s) matched no city" in w for w in feedback.warnings)
    assert any("× 10000" in i for i in feedback.infos)


def test_an_inventory_csv_with_codes_and_an_old_name(run_algorithm):
    feedback = RecordingFeedback()
    output, unmatched = run_citytable(
        run_algorithm, feedback, INPUT=str(EXAMPLES / "inventory_co2.csv"), CITY_FIELD="city",
        YEAR_FIELD="year", UNIT=6)  # Mt → 万吨
    with open(EXAMPLES / "inventory_co2.csv", encoding="utf-8") as handle:
        source = list(csv.DictReader(handle))
    assert not unmatched and len(output) == len(source)
    beijing = {r["year"]: r["co2_mt"] for r in output if r["code"] == "110100"}
    written = {int(r["year"]): float(r["co2_mt"]) for r in source if r["city"] == "110000"}
    assert beijing == pytest.approx({y: v * 100 for y, v in written.items()})
    xiangyang = {r["year"] for r in output if r["name_zh"] == "襄阳市"}
    assert xiangyang == {2005, 2010, 2015, 2020}
    mapped = [i for i in feedback.infos if "襄樊市 → 襄阳市 (420600)" in i]
    assert len(mapped) == 1 and "国函〔2010〕129号" in mapped[0] and "renamed" in mapped[0]


def test_a_geopackage_table_and_another_city_layer(run_algorithm, tmp_path):
    gpkg = tmp_path / "inventory.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    layer = ds.CreateLayer("co2", geom_type=ogr.wkbNone)
    for name, kind in (("city_code", ogr.OFTString), ("province", ogr.OFTString),
                       ("co2", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for code, province, value in (("3201", "江苏", 5.0), ("广州", "广东省", 7.0),
                                  ("510100", "四川", 3.0), ("330100", "浙江", 1.0)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("city_code", code)
        feature.SetField("province", province)
        feature.SetField("co2", value)
        layer.CreateFeature(feature)
    ds = None
    output, unmatched = run_citytable(
        run_algorithm, INPUT=f"{gpkg}|layername=co2", CITY_FIELD="city_code",
        PROVINCE_FIELD="province", CITIES=f"{SAMPLE}|layername=cities")
    assert {r["code"]: r["co2"] for r in output} == {"320100": 5.0, "440100": 7.0,
                                                     "510100": 3.0, "330100": 1.0}
    assert list(output[0]) == ["code", "name_zh", "name_en", "province_zh", "cluster",
                               "cluster_zh", "co2"]
    assert not unmatched


def test_a_city_outside_a_smaller_city_layer_is_unmatched(run_algorithm, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("city,2020\n哈尔滨,1\n南京,2\n", encoding="utf-8")
    output, unmatched = run_citytable(run_algorithm, INPUT=str(path), CITY_FIELD="city",
                                      CITIES=f"{SAMPLE}|layername=cities")
    assert [r["code"] for r in output] == ["320100"]
    assert [(r["row"], r["value"], r["reason"]) for r in unmatched] == \
        [(1, "哈尔滨", "unknown name")]


def test_the_bundled_layer_keeps_the_sample_clusters():
    sample = ogr.Open(str(SAMPLE))
    expected = {f["code"]: f["cluster"] for f in sample.GetLayerByName("cities")}
    bundled = ogr.Open(str(ROOT / "resources" / "cities" / "china_prefectures.gpkg"))
    layer = bundled.GetLayerByName("prefectures")
    assert layer.GetFeatureCount() == 370
    clusters = {f["code"]: f["cluster"] for f in layer}
    assert {c: clusters[c] for c in expected} == expected
    others = {}
    for code, cluster in clusters.items():
        if code not in expected and cluster:
            others.setdefault(cluster, set()).add(code)
    # Counts of the plans' lists (resources/cities/README.md): HC 11, BBW 15, HBEY 4.
    assert {c: len(others[c]) for c in ("HC", "BBW", "HBEY")} == {"HC": 11, "BBW": 15,
                                                                   "HBEY": 4}
    assert {"230100", "220100", "222400"} <= others["HC"]  # 哈尔滨, 长春, 延边
