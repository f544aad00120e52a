#!/usr/bin/env python3
"""Write the walk-through's example inputs of carbonclusters:citytable, as real inputs look:

* docs/examples/city_tables/yearbook_gdp.xlsx, sheet 地区生产总值: a statistical yearbook
  sheet of GDP in 10⁸ yuan (亿元) for the cities of Jiangsu and Hubei of the sample; years as
  columns (2005年 ...), names written 南京市, 苏州, 湖北省武汉市, with stray and full-width
  spaces, a 全省合计 row and one misspelt name (连云岗 for 连云港).
* docs/examples/city_tables/inventory_co2.csv: a CEADs-style long inventory table, one row
  per city and year, emissions in Mt CO₂, cities by 4-, 6- and 12-digit codes (Beijing as
  110000), and 襄樊 under its pre-2010 name for 2005.

The values are the sample's SYNTHETIC city-year panel (resources/sample/), converted to those
units: they are not statistics.

    python3 scripts/make_city_table_examples.py
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from osgeo import gdal, ogr

gdal.UseExceptions()
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample" / "carbon_clusters_sample.gpkg"
OUT = ROOT / "docs" / "examples" / "city_tables"
YEARS = (2005, 2010, 2015, 2020)
# How the yearbook writes some names (the rest as name_zh).
WRITTEN = {"南京市": "南京市", "苏州市": "苏州", "无锡市": "无　锡", "常州市": " 常州市 ",
           "连云港市": "连云岗", "武汉市": "湖北省武汉市", "黄石市": "黄石　市"}
INVENTORY_CODES = {"110100": "110000", "320100": "3201", "420100": "420100000000"}


def panel():
    """{(code, year): row} of the sample's city_year table (read-only copy in memory)."""
    ds = gdal.OpenEx(str(SAMPLE), gdal.OF_VECTOR | gdal.OF_READONLY)
    rows = {}
    for feature in ds.GetLayerByName("city_year"):
        rows[(feature["code"], feature["year"])] = {
            "name_zh": feature["name_zh"], "gdp": feature["gdp"],
            "co2_total": feature["co2_total"]}
    cities = {f["code"]: f["province_zh"] for f in ds.GetLayerByName("cities")}
    return rows, cities


def write_yearbook(rows, cities, path):
    codes = sorted(c for c, province in cities.items() if province in ("江苏省", "湖北省"))
    path.unlink(missing_ok=True)
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = ds.CreateLayer("地区生产总值", geom_type=ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("地区", ogr.OFTString))
    for year in YEARS:
        layer.CreateField(ogr.FieldDefn(f"{year}年", ogr.OFTReal))
    totals = {year: 0.0 for year in YEARS}
    for code in codes:
        if cities[code] != "江苏省" and code != "420100" and code != "420200":
            continue
        name = rows[(code, 2020)]["name_zh"]
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("地区", WRITTEN.get(name, name))
        for year in YEARS:
            value = round(rows[(code, year)]["gdp"] / 1e4, 2)  # 10⁴ yuan → 10⁸ yuan
            feature.SetField(f"{year}年", value)
            if cities[code] == "江苏省":
                totals[year] += value
        layer.CreateFeature(feature)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("地区", "全省合计")
    for year in YEARS:
        feature.SetField(f"{year}年", round(totals[year], 2))
    layer.CreateFeature(feature)
    ds = None


def write_inventory(rows, cities, path):
    codes = sorted(c for c, province in cities.items()
                   if province in ("北京市", "江苏省", "湖北省"))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["city", "year", "co2_mt"])
        for code in codes:
            for year in YEARS:
                city = INVENTORY_CODES.get(code, code)
                if code == "420600" and year == 2005:
                    city = "襄樊市"
                writer.writerow([city, year, round(rows[(code, year)]["co2_total"] / 100, 4)])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rows, cities = panel()
    write_yearbook(rows, cities, OUT / "yearbook_gdp.xlsx")
    write_inventory(rows, cities, OUT / "inventory_co2.csv")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
