"""The fields a dialog preselects for the tables users have: the sample, CEADs-style English
headers and Chinese yearbook headers; never an identifier."""

import pytest

from carbon_clusters_plugin.processing.common.field_guess import guess_field, gui_default

YEARBOOK = ["fid", "行政代码", "城市", "年份", "地区生产总值(万元)", "年末常住人口(万人)",
            "工业碳排放", "碳排放总量", "第二产业占比", "城镇化率", "建成区面积", "城市群"]
CEADS = ["ID", "City", "Province", "Year", "CO2 emissions (Mt)", "GDP", "Population"]
SAMPLE = ["fid", "code", "name_zh", "cluster", "year", "co2_total", "co2_indirect", "gdp",
          "population", "builtup_km2", "area_km2"]


@pytest.mark.parametrize("fields, expected", [
    (YEARBOOK, {"EMISSION_FIELD": "碳排放总量", "GDP_FIELD": "地区生产总值(万元)",
                "POPULATION_FIELD": "年末常住人口(万人)", "YEAR_FIELD": "年份",
                "GROUP_FIELD": "城市群", "ZONE_FIELD": "城市群", "BUILTUP_FIELD": "建成区面积",
                "INDUSTRY_SHARE_FIELD": "第二产业占比", "URBANISATION_FIELD": "城镇化率",
                "LABEL_FIELD": "城市", "REFERENCE_FIELD": "碳排放总量"}),
    (CEADS, {"EMISSION_FIELD": "CO2 emissions (Mt)", "GDP_FIELD": "GDP", "YEAR_FIELD": "Year",
             "POPULATION_FIELD": "Population", "LABEL_FIELD": "City", "GROUP_FIELD": None}),
    (SAMPLE, {"EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp", "YEAR_FIELD": "year",
              "GROUP_FIELD": "cluster", "AREA_FIELD": "area_km2", "BUILTUP_FIELD": "builtup_km2",
              "LABEL_FIELD": "name_zh"}),
])
def test_guesses_by_name(fields, expected):
    for parameter, field in expected.items():
        assert guess_field(parameter, fields) == field, parameter


def test_yearbook_city_and_province_columns():
    fields = ["序号", "省份", "城市", "2005年", "2010年"]
    assert guess_field("CITY_FIELD", fields) == "城市"
    assert guess_field("PROVINCE_FIELD", fields) == "省份"
    assert guess_field("CITY_FIELD", ["city_code", "City", "Province"]) == "City"


def test_identifiers_are_never_chosen():
    assert guess_field("YEAR_FIELD", ["fid", "id", "code"]) is None
    assert guess_field("LABEL_FIELD", ["city_id", "name_code", "地区"]) == "地区"


def test_multiple_field_guess_is_a_list_and_fallback_stays():
    assert gui_default("FIELD", ["co2_2020"], YEARBOOK) == ["碳排放总量"]
    assert gui_default("GDP_FIELD", "gdp", ["fid", "x"]) == "gdp"
    assert gui_default("GDP_FIELD", "gdp", None) == "gdp"
    assert gui_default("COMPONENT_FIELDS", ["co2_services"], YEARBOOK) == ["co2_services"]
