"""City names and codes as yearbooks and inventories write them, the crosswalk of changed units,
and the reshaping of city tables (analysis layer only, no QGIS).

Expected codes and names are the published administrative codes (GB/T 2260, MCA's lists),
written here by hand, and the approvals named in resources/cities/crosswalk.csv."""

import csv
import math

import pytest
from conftest import ROOT
from osgeo import ogr

from carbon_clusters_plugin.analysis.messages import AnalysisError
from carbon_clusters_plugin.analysis.socioeconomic.city_crosswalk import read_crosswalk
from carbon_clusters_plugin.analysis.socioeconomic.city_matching import CityIndex
from carbon_clusters_plugin.analysis.socioeconomic.city_names import year_of_column
from carbon_clusters_plugin.analysis.socioeconomic.city_table import join_city_table

CITIES = ROOT / "resources" / "cities"
FIELDS = ("code", "name_zh", "name_en", "province_zh", "cluster", "cluster_zh")


@pytest.fixture(scope="module")
def units():
    ds = ogr.Open(str(CITIES / "china_prefectures.gpkg"))
    return [{name: feature.GetField(name) for name in FIELDS}
            for feature in ds.GetLayerByName("prefectures")]


@pytest.fixture(scope="module")
def index(units):
    return CityIndex(units, read_crosswalk(CITIES / "crosswalk.csv"))


def code_of(index, value, province=None):
    match = index.match(value, province)
    return match.unit["code"] if match.unit else None


@pytest.mark.parametrize("written, code", [
    ("南京市", "320100"), ("苏州", "320500"), ("湖北省武汉市", "420100"),
    ("湖北武汉", "420100"), ("　南　京　", "320100"), (" 常州市 ", "320400"),
    ("无\u3000锡", "320200"), ("南京市*", "320100"), ("北京", "110100"), ("北京市", "110100"),
    ("重庆市", "500000"), ("吉林市", "220200"), ("吉林省吉林市", "220200"),
    ("恩施州", "422800"), ("恩施土家族苗族自治州", "422800"), ("大理州", "532900"),
    ("阿里地区", "542500"), ("锡林郭勒盟", "152500"), ("神农架林区", "429021"),
    ("仙桃市", "429004"), ("海南藏族自治州", "632500"), ("延边朝鲜族自治州", "222400"),
    ("博尔塔拉蒙古自治州", "652700"), ("香港特别行政区", "810000"),
])
def test_names_as_yearbooks_write_them(index, written, code):
    assert code_of(index, written) == code


@pytest.mark.parametrize("written, code", [
    ("3201", "320100"), ("320100", "320100"), ("320100000000", "320100"), (320100, "320100"),
    (320100.0, "320100"), ("320100.0", "320100"),
    # municipalities: as a province, as its 市辖区 and its former 县 part
    ("110000", "110100"), ("110100", "110100"), ("110200", "110100"), ("1100", "110100"),
    ("1101", "110100"), ("110000000000", "110100"), ("500000", "500000"), ("500100", "500000"),
    ("310000", "310100"), ("120100", "120100"),
    ("429004", "429004"),  # a county-level unit governed by the province (仙桃)
])
def test_code_forms(index, written, code):
    assert code_of(index, written) == code


def test_codes_below_prefecture_level_are_not_matched(index):
    county = index.match("320102")  # 玄武区 of 南京
    assert county.unit is None and county.suggestion == "南京市"
    assert "county-level" in str(county.reason)
    assert index.match("320102001000").unit is None  # a township: 12 digits, not zeros
    assert index.match("999900").unit is None


@pytest.mark.parametrize("written", ["全省合计", "合计", "总计", "全国", "江苏省小计", "Total"])
def test_total_rows_are_not_cities(index, written):
    match = index.match(written)
    assert match.unit is None and "total" in str(match.reason)


def test_a_province_is_not_a_city(index):
    match = index.match("江苏省")
    assert match.unit is None and "province" in str(match.reason)


@pytest.mark.parametrize("written, suggested", [("毫州", "亳州市"), ("连云岗", "连云港市"),
                                                ("泸州市", None), ("沪州", "泸州市")])
def test_a_near_miss_is_a_suggestion_never_a_match(index, written, suggested):
    match = index.match(written)
    if suggested is None:  # 泸州 is a real city: a match
        assert match.unit["code"] == "510500"
        return
    assert match.unit is None
    assert suggested in match.suggestion
    assert "near miss" in str(match.reason)


def test_unknown_names_say_so(index):
    match = index.match("长安城")
    assert match.unit is None and str(match.reason) == "unknown name"


def test_a_province_field_tells_apart_what_the_name_does_not(index):
    # 海南 alone: Qinghai's 海南州 (Hainan province is not a city)
    assert code_of(index, "海南州", "青海") == "632500"
    assert code_of(index, "海南州", "海南省") is None


CROSSWALK_ROWS = list(csv.DictReader(open(CITIES / "crosswalk.csv", encoding="utf-8")))


@pytest.mark.parametrize("row", CROSSWALK_ROWS, ids=[r["old_name"] for r in CROSSWALK_ROWS])
def test_each_crosswalk_entry(index, units, row):
    assert row["source"] and row["year"].isdigit() and 1999 <= int(row["year"]) <= 2019
    by_code = {u["code"]: u for u in units}
    by_name = index.match(row["old_name"], row["province_zh"])
    by_old_code = index.match(row["old_code"])
    if row["change"] == "abolished":
        assert by_name.unit is None and by_old_code.unit is None
        assert by_name.suggestion.split("; ") == row["successors"].split(";")
        assert "abolished" in str(by_name.reason)
        return
    assert by_code[row["new_code"]]["name_zh"] == row["new_name"]
    assert by_name.unit["code"] == row["new_code"]
    assert by_old_code.unit["code"] == row["new_code"]
    assert row["approval"].startswith("国函") or row["approval"] == ""


@pytest.mark.parametrize("old, new_code", [
    ("襄樊", "420600"), ("襄樊市", "420600"), ("莱芜市", "370100"), ("371200", "370100"),
    ("思茅市", "530800"), ("思茅地区", "530800"), ("532700", "530800"), ("伊克昭盟", "150600"),
    ("淮阴市", "320800"), ("日喀则地区", "540200"), ("542300", "540200"),
    ("469003", "460400"), ("通什市", "469001"), ("哲里木盟", "150500"),
])
def test_the_named_changes_go_to_todays_units(index, old, new_code):
    match = index.match(old)
    assert match.unit["code"] == new_code and match.change is not None


def test_chaohu_is_split_and_never_given_to_one_city(index):
    match = index.match("巢湖市")
    assert match.unit is None
    assert match.suggestion == "合肥市; 芜湖市; 马鞍山市"
    assert "2011" in str(match.reason) and "国函〔2011〕84号" in str(match.reason)


@pytest.mark.parametrize("column, year", [("2005", 2005), ("2005年", 2005), ("Y2005", 2005),
                                          ("y2010", 2010), ("２０１５年", 2015), (" 2020 年", 2020),
                                          ("地区", None), ("20051", None), ("1850", None)])
def test_year_columns(column, year):
    assert year_of_column(column) == year


# ------------------------------------------------------------------------------ tables

YEARBOOK = [{"地区": "南京市", "2005年": 1000.5, "2010年": "2,000", "备注": "x"},
            {"地区": "苏州", "2005年": 800, "2010年": "…", "备注": ""},
            {"地区": "全省合计", "2005年": 1800.5, "2010年": 2000, "备注": ""},
            {"地区": "毫州", "2005年": 1, "2010年": 2, "备注": ""}]


def test_a_wide_table_becomes_rows_per_year_in_the_chosen_unit(index):
    joined = join_city_table(YEARBOOK, ["地区", "2005年", "2010年", "备注"], index, "地区",
                             value_name="gdp", factor=1e4)  # 亿元 → 万元
    table = joined.table
    assert list(table.columns) == [*FIELDS, "year", "gdp"]
    rows = {(r.name_zh, r.year): r.gdp for r in table.itertuples()}
    assert rows[("南京市", 2005)] == pytest.approx(10_005_000)
    assert rows[("南京市", 2010)] == pytest.approx(20_000_000)
    assert math.isnan(rows[("苏州市", 2010)])  # "…" is a missing value
    assert joined.left_out_columns == ["备注"]
    unmatched = joined.unmatched
    assert list(unmatched["row"]) == [3, 4]
    assert list(unmatched["value"]) == ["全省合计", "毫州"]
    assert "亳州" in unmatched["suggestion"].iloc[1]


def test_a_long_table_keeps_its_value_fields(index):
    rows = [{"code": "3201", "yr": 2005, "co2": "12.5", "source": "CEADs"},
            {"code": 110000, "yr": 2005, "co2": 100, "source": "CEADs"}]
    joined = join_city_table(rows, ["code", "yr", "co2", "source"], index, "code",
                             year_field="yr", factor=100.0)  # Mt → 万吨
    table = joined.table
    assert list(table.columns) == [*FIELDS, "year", "co2", "source"]
    assert table.set_index("code").loc["320100", "co2"] == pytest.approx(1250.0)
    assert table.set_index("code").loc["110100", "co2"] == pytest.approx(10000.0)
    assert joined.text_columns == ["source"]


def test_two_rows_for_one_city_and_year_are_an_error_naming_both(index):
    rows = [{"city": "南京市", "2005": 1}, {"city": "苏州", "2005": 2},
            {"city": " 南京 ", "2005": 3}]
    with pytest.raises(AnalysisError) as error:
        join_city_table(rows, ["city", "2005"], index, "city")
    text = str(error.value)
    assert "Rows 1 (\"南京市\") and 3 (\" 南京 \")" in text and "2005" in text


def test_an_old_and_a_new_name_in_one_year_are_duplicates(index):
    rows = [{"city": "襄樊", "year": 2010, "v": 1}, {"city": "襄阳", "year": 2010, "v": 2}]
    with pytest.raises(AnalysisError, match="Rows 1 .* and 2"):
        join_city_table(rows, ["city", "year", "v"], index, "city", year_field="year")


def test_a_merged_unit_is_added_to_its_successor(index):
    rows = [{"city": "济南市", "2015": 10.0, "2020": 30.0}, {"city": "莱芜市", "2015": 2.5,
                                                             "2020": None}]
    joined = join_city_table(rows, ["city", "2015", "2020"], index, "city")
    values = {r.year: r.value for r in joined.table.itertuples()}
    assert values[2015] == pytest.approx(12.5)
    assert math.isnan(values[2020])  # one part missing: no silent partial sum
    assert [m.row for m in joined.mapped] == [2]
    kept = join_city_table(rows, ["city", "2015", "2020"], index, "city", add_merged=False)
    assert list(kept.unmatched["row"]) == [2]
    assert kept.table["value"].tolist() == [10.0, 30.0]


def test_a_value_that_is_not_a_number_is_named(index):
    rows = [{"city": "南京", "2005年": "12O"}]
    with pytest.raises(AnalysisError, match='"2005年" holds "12O" in row 1'):
        join_city_table(rows, ["city", "2005年"], index, "city")
