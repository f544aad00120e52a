"""Which field a dialog preselects: the one whose name says what the parameter wants.

City tables name their fields in many ways: the sample's ``co2_total``, a CEADs-style
``CO2 emissions``, a yearbook's ``碳排放总量`` or ``地区生产总值(万元)``. A field is chosen by its
exact name first, then by a word it contains; an identifier (``fid``, ``id``, ``code``…) is
never chosen. Only the dialogs use the guess (QGIS's GUI default): scripts and models name
their fields themselves.
"""

import re
from typing import Iterable, Optional, Sequence

# parameter -> (exact names, words a name may contain), both compared without case, spaces,
# underscores, hyphens or brackets.
_SINGLE = {
    "EMISSION_FIELD": (
        ["co2_total", "co2", "emissions", "emission", "total_emissions", "carbon_emissions",
         "碳排放", "碳排放量", "碳排放总量", "二氧化碳排放", "二氧化碳排放量", "排放总量"],
        ["co2", "emission", "排放"]),
    "GDP_FIELD": (["gdp", "地区生产总值", "生产总值", "国内生产总值"], ["gdp", "生产总值"]),
    "POPULATION_FIELD": (
        ["population", "pop", "人口", "常住人口", "年末常住人口", "户籍人口", "总人口"],
        ["population", "人口"]),
    "YEAR_FIELD": (["year", "yr", "年份", "年度", "年"], ["year", "年份", "年度"]),
    "GROUP_FIELD": (["cluster", "cluster_zh", "城市群", "group", "region"],
                    ["cluster", "城市群"]),
    "AREA_FIELD": (["area_km2", "area", "面积", "行政区域面积", "土地面积"],
                   ["area", "面积"]),
    "BUILTUP_FIELD": (["builtup_km2", "builtup", "built_up", "建成区面积", "建设用地面积",
                       "建设用地"], ["builtup", "建成区", "建设用地"]),
    "INDUSTRY_SHARE_FIELD": (
        ["secondary_share", "secondary", "第二产业占比", "第二产业比重", "二产占比"],
        ["secondary", "第二产业", "二产"]),
    "URBANISATION_FIELD": (
        ["urbanisation", "urbanization", "urbanisation_rate", "urbanization_rate",
         "城镇化率", "城镇化"], ["urbani", "城镇化"]),
    "LABEL_FIELD": (["name_zh", "name", "city", "名称", "城市", "城市名称", "地区"],
                    ["name", "名称", "城市"]),
    "CITY_FIELD": (["city", "city_name", "name_zh", "name", "城市", "城市名称", "地区", "市",
                    "地级市"], ["city", "城市", "地区", "name", "名称"]),
    "PROVINCE_FIELD": (["province", "province_zh", "省份", "省", "省区", "所属省份"],
                       ["province", "省"]),
}
_SINGLE["REFERENCE_FIELD"] = _SINGLE["EMISSION_FIELD"]
_SINGLE["ZONE_FIELD"] = _SINGLE["GROUP_FIELD"]
# Moran's FIELD takes several fields; the guess is the emissions field.
_FIRST_OF_MULTIPLE = {"FIELD": _SINGLE["EMISSION_FIELD"]}
# Prefer a total when several fields contain the word ("工业碳排放" vs "碳排放总量").
_TOTAL_WORDS = ("total", "总", "合计")
_IDENTIFIERS = re.compile(r"^(fid|id|ogc_fid|objectid|gid|code|adcode|.*_id|.*_code|"
                          r"代码|编码|行政代码|行政区划代码)$")




def _plain(name: str) -> str:
    return re.sub(r"[\s_\-()（）\[\]]+", "", name).lower()


def _is_identifier(name: str) -> bool:
    return bool(_IDENTIFIERS.match(name.strip().lower()))


def guess_field(parameter: str, fields: Iterable[str]) -> Optional[str]:
    """The field of ``fields`` that parameter ``parameter`` most likely means, or None."""
    rule = _SINGLE.get(parameter) or _FIRST_OF_MULTIPLE.get(parameter)
    if rule is None:
        return None
    exact, words = rule
    candidates = [f for f in fields if not _is_identifier(f)]
    by_plain = {_plain(f): f for f in reversed(candidates)}
    for name in exact:
        if _plain(name) in by_plain:
            return by_plain[_plain(name)]
    containing = [f for f in candidates if any(w in _plain(f) for w in words)]
    totals = [f for f in containing if any(w in _plain(f) for w in _TOTAL_WORDS)]
    return (totals or containing or [None])[0]


def gui_default(parameter: str, fallback, fields: Optional[Sequence[str]]):
    """The dialog's default for ``parameter``: the guess among ``fields`` when there is one,
    else ``fallback`` (the sample's names; a name the layer lacks leaves the field empty)."""
    guess = guess_field(parameter, fields) if fields else None
    if guess is None:
        return fallback
    return [guess] if parameter in _FIRST_OF_MULTIPLE else guess
