#!/usr/bin/env python3
"""Build the SYNTHETIC land-cover rasters of the Carbon Clusters sample data.

    /usr/bin/python3 scripts/make_sample_landcover.py [-o resources/sample]
    /usr/bin/python3 scripts/make_sample_landcover.py --bench OUTDIR [--size 20000]

Default mode writes ``landcover_2005.tif`` ... ``landcover_2020.tif`` and
``landcover_coefficients.csv`` next to the sample GeoPackage: one 1 km grid in
a China Albers equal-area projection (on WGS 84) covering the five city
clusters, CAS/RESDC LUCC first-level classes (1 cropland, 2 forest,
3 grassland, 4 water, 5 built-up land, 6 unused land; 0 = nodata outside the
110 cities, pixel centre rule). Nothing here is observed land cover: the
classes come from smooth random fields (fixed seed) shaped by rough, hand-placed
mountain ridges, rivers and lakes, and are calibrated per cluster so that

* built-up land per CITY equals ``city_year.builtup_km2`` of the sample
  GeoPackage (so cluster sums hit the reference study), growing outward from
  the city centres and satellite towns, nested 2005 ⊂ 2010 ⊂ 2015 ⊂ 2020;
* Σ class area (hm²) × coefficient of ``landcover_coefficients.csv`` equals the
  reference sinks per cluster (10⁴ t C) in 2005 and 2020 (linear in between).

``--bench OUTDIR --size N`` writes a (not committed) 30 m benchmark pair
``bench_t1.tif`` / ``bench_t2.tif`` of N × N pixels with multi-scale texture and
5-10 % change, block by block in two worker processes (memory stays low), and
``bench_zones.gpkg`` (about 40 jittered Voronoi zones covering the raster).

Needs GDAL/OGR (osgeo), numpy and scipy (Debian: python3-gdal, python3-numpy,
python3-scipy). See resources/sample/README.md.
"""
from __future__ import annotations

import argparse
import csv
import math
import multiprocessing as mp
import os
import sys
import time
from collections import deque
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from scipy import ndimage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sample_data import (  # noqa: E402  (shared constants and helpers)
    BUILTUP_2005,
    BUILTUP_2020,
    CLUSTER_ORDER,
    SEED,
    YEARS,
    largest_remainder,
    wgs84,
)

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "resources" / "sample"
GPKG = SAMPLE_DIR / "carbon_clusters_sample.gpkg"
LC_SEED = SEED + 5  # own stream, independent of the attribute generator
PIXEL = 1000.0  # m
NODATA = 0

CLASSES = [  # code, name, name_zh, literature coefficient (t C/hm²/yr), literature source
    (1, "cropland", "耕地", 0.0,
     "cropland counted as neither sink nor source (default of the presets)"),
    (2, "forest", "林地", 0.581,
     "forest 0.581, coefficient commonly used in Chinese land-use carbon studies"),
    (3, "grassland", "草地", 0.021,
     "grassland 0.021, coefficient commonly used in Chinese land-use carbon studies"),
    (4, "water", "水域", 0.253,
     "water 0.253, coefficient commonly used in Chinese land-use carbon studies"),
    (5, "built-up land", "城乡、工矿、居民用地", 0.0,
     "built-up land not counted as a sink (emissions are accounted separately)"),
    (6, "unused land", "未利用地", 0.005,
     "unused land 0.005, coefficient commonly used in Chinese land-use carbon studies"),
]
# The reference sinks are ~1.2x what the literature coefficients give on
# land cover of realistic composition (see README), so the sink coefficients
# of the sample are the literature values x 1.2 (rounded to 3 decimals).
SINK_FACTOR = 1.2
COEFF = {c: round(v * SINK_FACTOR, 3) for c, _, _, v, _ in CLASSES}

# Reference sinks, 10^4 t C per year (the study says 10^4 t; magnitudes show t C)
SINK_REF = {"YRD": (1064.4, 1033.4), "BTH": (408.6, 418.1), "PRD": (261.9, 255.4),
            "CY": (547.4, 611.9), "MY": (1306.3, 1296.9)}
# Shares of each cluster's pixels that are water, grassland, unused land (all years)
SHARES = {  # water, grass, unused
    "YRD": (0.085, 0.020, 0.002),
    "BTH": (0.035, 0.140, 0.006),
    "PRD": (0.110, 0.025, 0.002),
    "CY": (0.020, 0.060, 0.002),
    "MY": (0.085, 0.030, 0.003),
}
RURAL_SHARE = 0.30  # share of a city's built-up pixels taken in its rural-settlement order

ALBERS_NAME = "China Albers Equal Area (CAS LUCC grid, on WGS 84)"
ALBERS_PROJ4 = ("+proj=aea +lat_0=0 +lon_0=105 +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 "
                "+ellps=WGS84 +units=m +no_defs")

# Approximate city cores where the polygon centroid is far from the main town.
CORES = {
    "北京市": (116.40, 39.91), "天津市": (117.20, 39.13), "上海市": (121.47, 31.23),
    "重庆市": (106.55, 29.56), "广州市": (113.26, 23.13), "深圳市": (114.06, 22.55),
    "成都市": (104.07, 30.66), "武汉市": (114.30, 30.59), "杭州市": (120.16, 30.27),
    "南京市": (118.80, 32.06), "石家庄市": (114.51, 38.04), "长沙市": (112.94, 28.23),
    "南昌市": (115.86, 28.68), "合肥市": (117.23, 31.82), "苏州市": (120.59, 31.30),
    "宁波市": (121.55, 29.87), "张家口市": (114.89, 40.82), "承德市": (117.94, 40.95),
}

# Rough relief: ridges (lon1, lat1, lon2, lat2, sigma_km, height)
RIDGES = [
    (102.4, 28.8, 104.6, 32.6, 80, 1.0),   # Qionglai / Longmen (west of CY)
    (106.3, 32.6, 109.8, 31.7, 55, 0.8),   # Daba (north-east CY)
    (107.9, 28.8, 110.6, 31.6, 70, 0.9),   # Wushan / Qiyao (east Chongqing, west Hubei)
    (106.2, 30.7, 106.8, 29.0, 8, 0.45),   # parallel ridges of east Sichuan
    (106.9, 30.6, 107.6, 29.3, 8, 0.45),
    (105.6, 28.4, 106.7, 28.7, 25, 0.5),   # Dalou (south Chongqing/Luzhou)
    (108.4, 27.9, 111.1, 29.9, 65, 0.8),   # Wuling
    (110.0, 26.4, 111.8, 28.6, 45, 0.7),   # Xuefeng
    (113.5, 25.8, 114.6, 28.8, 40, 0.8),   # Luoxiao
    (113.6, 28.8, 115.4, 29.3, 30, 0.6),   # Mufu / Jiuling
    (116.0, 26.4, 118.3, 28.3, 45, 0.8),   # Wuyi
    (116.9, 28.9, 119.3, 30.5, 45, 0.8),   # Huaiyu / Huangshan
    (118.8, 29.8, 119.8, 30.6, 30, 0.6),   # Tianmu
    (118.2, 27.4, 121.2, 29.3, 75, 0.9),   # hills of south and central Zhejiang
    (114.2, 31.3, 116.8, 31.0, 40, 0.8),   # Dabie
    (112.0, 31.0, 113.4, 31.8, 30, 0.4),   # Dahong
    (110.0, 31.4, 111.6, 32.4, 50, 0.8),   # Jing / Wudang (west Hubei)
    (113.5, 36.3, 115.4, 40.0, 40, 0.9),   # Taihang (west of BTH)
    (115.5, 40.3, 119.5, 40.5, 50, 0.9),   # Yanshan (north-west / north of BTH)
    (114.0, 41.5, 117.8, 42.3, 70, 0.8),   # Bashang plateau
    (111.8, 23.2, 112.8, 24.2, 35, 0.8),   # hills of Zhaoqing
    (114.3, 23.6, 115.3, 22.9, 35, 0.7),   # hills of Huizhou
    (112.2, 21.9, 112.9, 22.6, 25, 0.5),   # hills of Jiangmen
    (113.5, 23.6, 113.9, 23.9, 20, 0.5),   # north of Guangzhou
    (114.0, 22.6, 114.4, 22.7, 8, 0.4),    # Shenzhen hills
    (117.5, 32.0, 118.5, 32.6, 30, 0.35),  # Jianghuai hills (Chuzhou)
    (118.8, 32.0, 119.5, 31.8, 15, 0.3),   # Ningzhen hills
]
GRASS_RIDGES = [  # extra grassland preference
    (114.0, 41.5, 117.8, 42.3, 70, 1.5),   # Bashang grassland
    (102.4, 28.8, 104.0, 31.0, 60, 0.8),   # high meadows west of CY
]

# Rivers: (width_km, [(lon, lat), ...])
RIVERS = [
    (2.0, [(104.60, 28.77), (105.44, 28.87), (106.55, 29.57), (107.39, 29.70),
           (108.38, 30.81), (109.50, 31.02), (110.34, 31.04), (111.29, 30.70),
           (112.24, 30.31), (112.90, 29.80), (113.13, 29.45), (114.30, 30.58),
           (115.05, 30.22), (116.00, 29.73), (117.05, 30.51), (117.80, 30.93),
           (118.37, 31.35), (118.76, 32.07), (119.45, 32.20), (120.28, 31.93),
           (120.86, 31.95), (121.80, 31.40)]),                    # Yangtze
    (1.0, [(112.14, 32.04), (112.58, 31.17), (113.40, 30.40), (114.27, 30.58)]),  # Han
    (1.0, [(112.60, 26.90), (112.94, 27.83), (112.97, 28.20), (112.90, 28.90)]),  # Xiang
    (1.0, [(114.98, 27.10), (115.86, 28.68), (116.10, 29.00)]),   # Gan
    (1.0, [(115.50, 32.50), (116.98, 32.63), (117.40, 32.93), (118.50, 33.20)]),  # Huai
    (1.0, [(119.30, 29.50), (120.15, 30.20), (120.90, 30.40)]),   # Qiantang
    (1.0, [(106.08, 30.80), (106.27, 30.00), (106.55, 29.57)]),   # Jialing
    (1.0, [(103.60, 31.00), (103.76, 29.55), (104.60, 28.77)]),   # Min
    (1.0, [(104.40, 30.60), (105.05, 29.58), (105.44, 28.87)]),   # Tuo
    (1.5, [(112.47, 23.05), (113.10, 22.60), (113.40, 22.20)]),   # Xi
    (1.0, [(113.20, 23.70), (113.26, 23.13), (113.60, 22.80)]),   # Bei / Pearl
    (1.0, [(114.40, 23.10), (113.75, 23.05), (113.60, 22.80)]),   # Dong
    (1.0, [(117.20, 39.13), (117.70, 38.98)]),                    # Hai
    (1.0, [(115.60, 40.35), (116.20, 39.80), (116.80, 39.40), (117.20, 39.13)]),  # Yongding
]
LAKES = [  # lon, lat, area km², elongation (y/x)
    (120.22, 31.20, 2338, 1.0),  # Taihu
    (118.60, 33.30, 1600, 1.0),  # Hongze
    (117.55, 31.58, 770, 0.6),   # Chaohu
    (116.30, 29.10, 3500, 2.2),  # Poyang
    (112.85, 29.20, 2600, 1.0),  # Dongting
    (119.33, 32.85, 650, 1.6),   # Gaoyou
    (113.35, 29.85, 350, 1.0),   # Honghu
    (114.60, 30.20, 300, 1.0),   # Liangzi
    (118.90, 29.60, 570, 1.0),   # Qiandao reservoir
    (116.00, 38.90, 360, 1.0),   # Baiyangdian
    (116.98, 40.50, 180, 1.0),   # Miyun reservoir
]


def albers():
    s = osr.SpatialReference()
    s.SetProjCS(ALBERS_NAME)
    s.SetWellKnownGeogCS("WGS84")
    s.SetACEA(25.0, 47.0, 0.0, 105.0, 0.0, 0.0)
    s.SetLinearUnits("metre", 1.0)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def to_albers():
    return osr.CoordinateTransformation(wgs84(), albers())


# --------------------------------------------------------------------------
# Input: cities and their built-up land
# --------------------------------------------------------------------------
def read_cities(gpkg=GPKG):
    ds = ogr.Open(str(gpkg))
    tr = to_albers()
    cities = []
    for f in ds.GetLayerByName("cities"):
        g = f.GetGeometryRef().Clone()
        g.AssignSpatialReference(None)
        g.Transform(tr)
        cities.append(dict(code=f["code"], name_zh=f["name_zh"], name_en=f["name_en"],
                           cluster=f["cluster"], area_km2=f["area_km2"], geom=g))
    cities.sort(key=lambda c: c["code"])
    builtup = {}
    for f in ds.GetLayerByName("city_year"):
        builtup[(f["code"], int(f["year"]))] = float(f["builtup_km2"])
    for c in cities:
        c["builtup"] = {y: builtup[(c["code"], y)] for y in YEARS}
    return cities


def grid_for(cities):
    env = [math.inf, -math.inf, math.inf, -math.inf]
    for c in cities:
        e = c["geom"].GetEnvelope()
        env = [min(env[0], e[0]), max(env[1], e[1]), min(env[2], e[2]), max(env[3], e[3])]
    x0 = math.floor(env[0] / PIXEL) * PIXEL
    x1 = math.ceil(env[1] / PIXEL) * PIXEL
    y0 = math.floor(env[2] / PIXEL) * PIXEL
    y1 = math.ceil(env[3] / PIXEL) * PIXEL
    nx, ny = int(round((x1 - x0) / PIXEL)), int(round((y1 - y0) / PIXEL))
    return (x0, PIXEL, 0.0, y1, 0.0, -PIXEL), nx, ny


def mem_raster(gt, nx, ny, dtype=gdal.GDT_UInt16):
    ds = gdal.GetDriverByName("MEM").Create("", nx, ny, 1, dtype)
    ds.SetGeoTransform(gt)
    ds.SetProjection(albers().ExportToWkt())
    return ds


def rasterize_geoms(geoms, values, gt, nx, ny, all_touched=False):
    """Burn values into a UInt16 grid (GDAL's default pixel-centre rule)."""
    mds = ogr.GetDriverByName("Memory").CreateDataSource("")
    lyr = mds.CreateLayer("g", albers(), ogr.wkbUnknown)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    for g, v in zip(geoms, values):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(g)
        f["v"] = int(v)
        lyr.CreateFeature(f)
    ds = mem_raster(gt, nx, ny)
    opts = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(ds, [1], lyr, options=opts)
    return ds.GetRasterBand(1).ReadAsArray()


# --------------------------------------------------------------------------
# Smooth random fields
# --------------------------------------------------------------------------
def smooth_noise(rng, shape, sigma):
    f = ndimage.gaussian_filter(rng.standard_normal(shape).astype(np.float32), sigma,
                                mode="reflect")
    return (f - f.mean()) / f.std()


class Grid:
    def __init__(self, gt, nx, ny):
        self.gt, self.nx, self.ny = gt, nx, ny
        self.x = (gt[0] + (np.arange(nx) + 0.5) * gt[1]).astype(np.float64)
        self.y = (gt[3] + (np.arange(ny) + 0.5) * gt[5]).astype(np.float64)
        self.tr = to_albers()

    def xy(self, lon, lat):
        x, y, _ = self.tr.TransformPoint(lon, lat)
        return x, y

    def seg_dist_km(self, p, q):
        """Distance of every pixel centre to segment p-q (Albers metres), in km."""
        (ax, ay), (bx, by) = p, q
        dx, dy = bx - ax, by - ay
        ll = dx * dx + dy * dy
        px = self.x[None, :] - ax
        py = self.y[:, None] - ay
        t = np.clip((px * dx + py * dy) / ll, 0.0, 1.0)
        return np.hypot(px - t * dx, py - t * dy) / 1000.0


def ridge_field(grid, ridges):
    out = np.zeros((grid.ny, grid.nx), np.float32)
    for lon1, lat1, lon2, lat2, sig, h in ridges:
        d = grid.seg_dist_km(grid.xy(lon1, lat1), grid.xy(lon2, lat2))
        out += (h * np.exp(-(d / sig) ** 2)).astype(np.float32)
    return out


def line_geom(grid, pts, width_km):
    g = ogr.Geometry(ogr.wkbLineString)
    for lon, lat in pts:
        x, y = grid.xy(lon, lat)
        g.AddPoint_2D(x, y)
    g.Segmentize(2000.0)
    return g.Buffer(width_km * 500.0, 4)


# --------------------------------------------------------------------------
# The sample rasters
# --------------------------------------------------------------------------
def top_k(score, k):
    """Indices of the k highest scores (deterministic: stable sort)."""
    if k <= 0:
        return np.zeros(0, np.int64)
    return np.argsort(-score, kind="stable")[:k]


def priority_order(core, rural, rural_share):
    """Merge two rankings so that any prefix takes about rural_share of its
    pixels in rural order and the rest in core order (prefixes are nested)."""
    n = len(core)
    key = np.full(n, np.inf)
    oc = np.argsort(-core, kind="stable")
    orr = np.argsort(-rural, kind="stable")
    key[oc] = np.arange(n) / (1.0 - rural_share)
    key[orr] = np.minimum(key[orr], (np.arange(n) + 0.5) / rural_share)
    return np.argsort(key, kind="stable")


def build_sample(cities, log=print):
    gt, nx, ny = grid_for(cities)
    grid = Grid(gt, nx, ny)
    rng = np.random.default_rng(LC_SEED)
    log(f"grid {nx} x {ny} pixels of 1 km, origin ({gt[0]:.0f}, {gt[3]:.0f})")

    cid = rasterize_geoms([c["geom"] for c in cities], range(1, len(cities) + 1), gt, nx, ny)
    valid = cid > 0
    ccode = np.zeros(len(cities) + 1, np.int8)
    for i, c in enumerate(cities, 1):
        ccode[i] = CLUSTER_ORDER.index(c["cluster"]) + 1
    clus = ccode[cid]

    # relief: ridges + smooth noise at two scales
    terrain = ridge_field(grid, RIDGES)
    terrain += 0.22 * smooth_noise(rng, (ny, nx), 25) + 0.12 * smooth_noise(rng, (ny, nx), 6)
    forest_s = terrain + 0.15 * smooth_noise(rng, (ny, nx), 3) \
        + 0.06 * smooth_noise(rng, (ny, nx), 1.2)
    grass_s = 0.6 * terrain + ridge_field(grid, GRASS_RIDGES) \
        + 0.5 * smooth_noise(rng, (ny, nx), 5)
    unused_s = 0.8 * terrain + smooth_noise(rng, (ny, nx), 2)

    # water: river channels, lakes, then ponds near rivers in the lowlands
    rivers = rasterize_geoms([line_geom(grid, p, w) for w, p in RIVERS],
                             [1] * len(RIVERS), gt, nx, ny) > 0
    lakes = np.zeros((ny, nx), bool)
    lake_noise = smooth_noise(rng, (ny, nx), 3)
    for lon, lat, area, elong in LAKES:
        x, y = grid.xy(lon, lat)
        rx = math.sqrt(area / math.pi / elong)
        d = np.hypot((grid.x[None, :] - x) / 1000.0 / rx,
                     (grid.y[:, None] - y) / 1000.0 / (rx * elong))
        lakes |= d + 0.25 * lake_noise < 1.0
    d_river = ndimage.distance_transform_edt(~rivers).astype(np.float32)
    wet_s = (4.0 * lakes + 3.0 * rivers + 0.8 * np.exp(-d_river / 10.0)
             + 0.5 * smooth_noise(rng, (ny, nx), 1.5) - 1.2 * terrain)

    # built-up priority order per city
    core_noise = 0.3 * smooth_noise(rng, (ny, nx), 2) + 0.15 * smooth_noise(rng, (ny, nx), 0.7)
    rural_noise = 0.8 * smooth_noise(rng, (ny, nx), 0.8) + 0.4 * smooth_noise(rng, (ny, nx), 3)
    land = np.zeros((len(YEARS), ny, nx), np.uint8)
    water = np.zeros((ny, nx), bool)
    targets = {}
    for k, cl in enumerate(CLUSTER_ORDER, 1):
        idx = np.flatnonzero(clus.ravel() == k)
        n = len(idx)
        sw, sg, su = SHARES[cl]
        nw, ng, nu = (int(round(s * n)) for s in (sw, sg, su))
        widx = idx[top_k(wet_s.ravel()[idx], nw)]
        water.ravel()[widx] = True
        targets[cl] = dict(pixels=n, water=nw, grass=ng, unused=nu)

    built = {y: np.zeros((ny, nx), bool) for y in YEARS}
    city_rows = []
    for i, c in enumerate(cities, 1):
        rows, cols = np.nonzero(cid == i)
        ok = ~water[rows, cols]
        rows, cols = rows[ok], cols[ok]
        n = len(rows)
        cl = c["cluster"]
        counts = {y: c["_n"][y] for y in YEARS}
        if counts[2020] > n:
            raise SystemExit(f"{c['name_en']}: {counts[2020]} built-up pixels > {n} land pixels")
        px, py = grid.x[cols], grid.y[rows]
        if c["name_zh"] in CORES:
            mx, my = grid.xy(*CORES[c["name_zh"]])
        else:
            p = c["geom"].Centroid()
            if not c["geom"].Contains(p):
                p = c["geom"].PointOnSurface()
            mx, my = p.GetX(), p.GetY()
        r_main = math.sqrt(0.45 * counts[2020] / math.pi)  # km
        core = -np.hypot(px - mx, py - my) / 1000.0 / r_main
        # satellite towns: county seats on low ground
        crng = np.random.default_rng([LC_SEED, int(c["code"])])
        n_sat = int(np.clip(round(c["area_km2"] / 2000.0), 2, 12))
        wgt = np.exp(-4.0 * terrain[rows, cols])
        sat = crng.choice(n, size=min(n_sat, n), replace=False, p=wgt / wgt.sum())
        for s in sat:
            w = crng.uniform(0.2, 0.5)
            rs = r_main * math.sqrt(w) * 0.6
            d = np.hypot(px - px[s], py - py[s]) / 1000.0 / rs
            core = np.maximum(core, math.log(w) * 0.8 - d)
        core = core + core_noise[rows, cols] - 1.2 * terrain[rows, cols]
        rural = rural_noise[rows, cols] - 2.5 * terrain[rows, cols] \
            - 0.5 * np.hypot(px - mx, py - my) / 1000.0 / (4 * r_main)
        order = priority_order(core, rural, RURAL_SHARE)
        for y in YEARS:
            sel = order[:counts[y]]
            built[y][rows[sel], cols[sel]] = True
        city_rows.append((c, counts))

    # peri-urban land is farmland rather than woods: pixels near the 2020
    # built-up land rank lower for forest and grassland in every year
    d_b20 = ndimage.distance_transform_edt(~built[2020]).astype(np.float32)
    near = np.exp(-d_b20 / 4.0)
    forest_s = forest_s - 0.45 * near
    grass_s = grass_s - 0.45 * near
    for t, y in enumerate(YEARS):
        lc = land[t]
        lc[valid] = 1
        lc[water] = 4
        lc[built[y]] = 5
        for k, cl in enumerate(CLUSTER_ORDER, 1):
            tg = targets[cl]
            s05, s20 = SINK_REF[cl]
            sink = s05 + (s20 - s05) * (y - 2005) / 15.0  # 10^4 t C
            rest = sink * 1e4 - 100.0 * (COEFF[4] * tg["water"] + COEFF[3] * tg["grass"]
                                         + COEFF[6] * tg["unused"])
            nf = int(round(rest / (100.0 * COEFF[2])))
            tg.setdefault("forest", {})[y] = nf
            free = np.flatnonzero((clus.ravel() == k) & (lc.ravel() == 1))
            g = free[top_k(grass_s.ravel()[free], tg["grass"])]
            lc.ravel()[g] = 3
            free = np.flatnonzero((clus.ravel() == k) & (lc.ravel() == 1))
            f = free[top_k(forest_s.ravel()[free], nf)]
            lc.ravel()[f] = 2
            free = np.flatnonzero((clus.ravel() == k) & (lc.ravel() == 1))
            u = free[top_k(unused_s.ravel()[free], tg["unused"])]
            lc.ravel()[u] = 6
            if (lc.ravel()[free] == 1).sum() < 0.02 * tg["pixels"]:
                raise SystemExit(f"{cl} {y}: almost no cropland left, check SHARES")
    return grid, land, clus, city_rows


def assign_counts(cities):
    """Built-up pixels per city and year: city_year builtup_km2 rounded so that
    each cluster sum is the reference rounded to whole km², nested in time."""
    for y in YEARS:
        for cl in CLUSTER_ORDER:
            members = [c for c in cities if c["cluster"] == cl]
            vals = [c["builtup"][y] for c in members]
            n = largest_remainder(vals, int(round(sum(vals))))
            for c, v in zip(members, n):
                c.setdefault("_n", {})[y] = int(v)
    for c in cities:
        for a, b in zip(YEARS, YEARS[1:]):
            c["_n"][b] = max(c["_n"][b], c["_n"][a])


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------
COLORS = {0: (0, 0, 0, 0), 1: (242, 226, 140, 255), 2: (38, 115, 0, 255),
          3: (170, 214, 110, 255), 4: (70, 130, 200, 255), 5: (215, 40, 40, 255),
          6: (190, 180, 165, 255)}


def gtiff_options(compress="DEFLATE"):
    opts = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", f"COMPRESS={compress}",
            "PREDICTOR=2"]
    if compress == "DEFLATE":
        opts.append("ZLEVEL=9")
    elif compress == "ZSTD":
        opts.append("ZSTD_LEVEL=19")
    return opts


def describe(ds, year=None, synthetic_note=""):
    ds.SetMetadataItem("CLASSES", "0=nodata;" + ";".join(
        f"{c}={n}" for c, n, *_ in CLASSES))
    ds.SetMetadataItem("CLASSES_ZH", ";".join(f"{c}={z}" for c, _, z, *_ in CLASSES))
    ds.SetMetadataItem("SOURCE", "SYNTHETIC land cover generated by "
                       f"scripts/make_sample_landcover.py (seed {LC_SEED}){synthetic_note}")
    if year is not None:
        ds.SetMetadataItem("YEAR", str(year))
    b = ds.GetRasterBand(1)
    b.SetNoDataValue(NODATA)
    b.SetDescription("land cover (CAS LUCC first level)")
    ct = gdal.ColorTable()
    for k, v in COLORS.items():
        ct.SetColorEntry(k, v)
    b.SetRasterColorTable(ct)
    b.SetRasterColorInterpretation(gdal.GCI_PaletteIndex)


def write_sample(outdir, grid, land, compress):
    paths = []
    for t, y in enumerate(YEARS):
        path = Path(outdir) / f"landcover_{y}.tif"
        if path.exists():
            path.unlink()
        ds = gdal.GetDriverByName("GTiff").Create(str(path), grid.nx, grid.ny, 1,
                                                  gdal.GDT_Byte, gtiff_options(compress))
        ds.SetGeoTransform(grid.gt)
        ds.SetProjection(albers().ExportToWkt())
        describe(ds, y, ", calibrated to reference built-up land and sinks; not observed data")
        ds.GetRasterBand(1).WriteArray(land[t])
        ds = None
        aux = Path(str(path) + ".aux.xml")
        if aux.exists():
            aux.unlink()
        paths.append(path)
    return paths


def write_coefficients(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["class", "name", "name_zh", "coefficient", "source"])
        for c, name, zh, lit, src in CLASSES:
            if lit > 0:
                note = (f"calibrated for the synthetic sample (literature value x {SINK_FACTOR},"
                        f" t C/hm²/yr); literature value {lit}: {src}")
            else:
                note = f"literature value 0: {src}"
            w.writerow([c, name, zh, f"{COEFF[c]:g}", note])


def report(land, clus, log=print):
    """Achieved built-up km² and sinks (10^4 t C) per cluster and year."""
    out = {}
    for k, cl in enumerate(CLUSTER_ORDER, 1):
        m = clus == k
        for t, y in enumerate(YEARS):
            counts = np.bincount(land[t][m], minlength=7)
            sink = sum(100.0 * COEFF[c] * counts[c] for c in range(1, 7)) / 1e4
            out[(cl, y)] = dict(builtup=int(counts[5]), sink=sink,
                                shares={c: counts[c] / m.sum() for c in range(1, 7)})
        lc05, lc20 = land[0][m], land[-1][m]
        new = (lc20 == 5) & (lc05 != 5)
        src = np.bincount(lc05[new], minlength=7) / max(new.sum(), 1)
        out[(cl, "from")] = src
        log(f"{cl}: built-up {out[(cl, 2005)]['builtup']} / {BUILTUP_2005[cl]} km² (2005), "
            f"{out[(cl, 2020)]['builtup']} / {BUILTUP_2020[cl]} km² (2020); "
            f"sink {out[(cl, 2005)]['sink']:.1f} / {SINK_REF[cl][0]}, "
            f"{out[(cl, 2020)]['sink']:.1f} / {SINK_REF[cl][1]} (10^4 t C); "
            "shares 2020 " + " ".join(f"{c}:{out[(cl, 2020)]['shares'][c]:.3f}"
                                      for c in range(1, 7))
            + f"; new built-up from cropland {src[1]:.0%}, forest {src[2]:.0%}")
    return out


# --------------------------------------------------------------------------
# Benchmark rasters (30 m, not committed)
# --------------------------------------------------------------------------
BENCH_PIXEL = 30.0
BENCH_ORIGIN = (1_050_000.0, 3_950_000.0)  # upper-left, Albers metres (about the YRD)
BENCH_ROWS = 256
BENCH_COLS = 4096
_B = {}  # composite fields shared with the worker processes (fork)


def _coarse_composite(rng, size, cell, scales):
    """Sum of smooth noise fields of several scales (pixels), sampled on a
    grid of `cell` pixels (n = size / cell + 3 nodes, node j at pixel
    (j - 1) * cell)."""
    n = size // cell + 3
    out = np.zeros((n, n), np.float32)
    for scale, weight in scales:
        m = max(4, int(math.ceil(size / scale)) + 4)
        z = ndimage.gaussian_filter(rng.standard_normal((m, m)), 1.0, mode="wrap")
        z = (z - z.mean()) / z.std()
        # map node positions to coordinates of the coarse field and interpolate
        pos = ((np.arange(n) - 1) * cell) / scale + 1.5
        for r in range(0, n, 256):  # row chunks keep the temporaries small
            yy, xx = np.meshgrid(pos[r:r + 256], pos, indexing="ij")
            out[r:r + 256] += weight * ndimage.map_coordinates(
                z, [yy, xx], order=3, mode="nearest").astype(np.float32)
    return out


def _upsample(comp, cell, r0, r1, c0, c1):
    """Bilinear interpolation of a composite node grid at pixel centres."""
    fy = (np.arange(r0, r1) + 0.5) / cell + 1.0
    fx = (np.arange(c0, c1) + 0.5) / cell + 1.0
    iy, ix = fy.astype(np.int64), fx.astype(np.int64)
    wy, wx = (fy - iy).astype(np.float32), (fx - ix).astype(np.float32)
    ylo, yhi = iy.min(), iy.max() + 2
    sub = comp[ylo:yhi]
    rows = sub[iy - ylo] * (1 - wy)[:, None] + sub[iy - ylo + 1] * wy[:, None]
    xlo, xhi = ix.min(), ix.max() + 2
    rows = rows[:, xlo:xhi]
    return rows[:, ix - xlo] * (1 - wx) + rows[:, ix - xlo + 1] * wx


def _value_noise(seed, cell, r0, r1, c0, c1):
    """Smooth value noise (unit variance, lattice of `cell` pixels) defined by
    a hash of the global lattice position: blocks join without seams."""
    fy = (np.arange(r0, r1) + 0.5) / cell
    fx = (np.arange(c0, c1) + 0.5) / cell
    iy, ix = np.floor(fy).astype(np.int64), np.floor(fx).astype(np.int64)
    ly = np.arange(iy.min(), iy.max() + 2, dtype=np.uint64)[:, None]
    lx = np.arange(ix.min(), ix.max() + 2, dtype=np.uint64)[None, :]
    h = (ly * np.uint64(0x9E3779B97F4A7C15)) ^ (lx * np.uint64(0xC2B2AE3D27D4EB4F)) \
        ^ np.uint64(seed)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    h ^= h >> np.uint64(33)
    lat = ((h >> np.uint64(40)).astype(np.float32) / np.float32(2 ** 24) - 0.5) * 3.4641
    wy, wx = (fy - iy).astype(np.float32), (fx - ix).astype(np.float32)
    wy, wx = wy * wy * (3 - 2 * wy), wx * wx * (3 - 2 * wx)
    jy, jx = iy - iy.min(), ix - ix.min()
    rows = lat[jy] * (1 - wy)[:, None] + lat[jy + 1] * wy[:, None]
    out = rows[:, jx] * (1 - wx) + rows[:, jx + 1] * wx
    return out * np.float32(1.6)  # interpolation shrinks the variance


def _bench_block(args):
    r0, r1, c0, c1 = args
    b = _B
    size = b["size"]
    rng = np.random.default_rng([LC_SEED, 30, r0, c0])
    v12 = _value_noise(LC_SEED + 12, 12, r0, r1, c0, c1)   # ~360 m
    v4 = _value_noise(LC_SEED + 4, 4, r0, r1, c0, c1)      # ~120 m
    fine = _upsample(b["fine"], 8, r0, r1, c0, c1)          # ~700 m
    terrain = _upsample(b["terrain"], 32, r0, r1, c0, c1)
    terrain += 0.10 * fine + 0.07 * v12 + 0.03 * v4
    urban = _upsample(b["urban"], 32, r0, r1, c0, c1)
    urban += 0.25 * fine + 0.25 * v12 + 0.2 * v4
    river = np.abs(_upsample(b["river"], 32, r0, r1, c0, c1) + 0.01 * v12)
    lake = _upsample(b["lake"], 32, r0, r1, c0, c1) + 0.1 * v12
    misc = _upsample(b["misc"], 32, r0, r1, c0, c1)

    t1 = np.ones(terrain.shape, np.uint8)                          # cropland
    t1[(terrain > 0.5) & (misc + 0.3 * v12 > 0.3)] = 3              # grassland
    t1[terrain > 0.75] = 2                                         # forest
    t1[(terrain < 0.75) & (v12 + 0.5 * v4 > 2.2)] = 2              # groves, tree rows
    t1[(terrain > 0.9) & (v12 + 0.6 * v4 < -2.0)] = 3              # clearings
    t1[(terrain > 1.6) & (fine + 0.5 * v4 > 1.5)] = 6              # bare hills
    lowland = terrain < 0.3
    water = (river < 0.035 + 0.02 * (terrain < 0)) | (lake < -1.9) | \
        (lowland & (fine + 0.6 * v4 > 2.4))                         # ponds
    t1[water] = 4
    slope = 0.8 * np.maximum(terrain, 0)
    village = lowland & (v4 + 0.5 * v12 > 2.35 - 0.4 * np.maximum(urban, 0))
    built1 = ((urban - slope > 1.6) | village) & ~water
    t1[built1] = 5
    t2 = t1.copy()
    village2 = lowland & (v4 + 0.5 * v12 > 2.05 - 0.4 * np.maximum(urban, 0))
    built2 = ((urban - slope > 1.3) | village2) & ~water
    t2[built2] = 5
    # afforestation and clearing at forest edges
    edge = (terrain > 0.62) & (terrain <= 0.75) & (t2 == 1) & (misc + 0.6 * v12 > 0.8)
    t2[edge] = 2
    loss = (t1 == 2) & (terrain < 0.9) & (misc + 0.6 * v12 < -1.3)
    t2[loss] = 1
    # per-pixel "classification noise" (mixed pixels), independent per date
    for t in (t1, t2):
        salt = rng.random(t.shape, np.float32) < 0.01
        t[salt] = rng.integers(1, 7, int(salt.sum()), dtype=np.uint8)
    # sea in the south-east corner: nodata
    xs = (np.arange(c0, c1) + 0.5) / size
    ys = (np.arange(r0, r1) + 0.5) / size
    sea = (xs[None, :] + ys[:, None]) > 1.78 + 0.05 * np.tanh(misc)
    t1[sea] = NODATA
    t2[sea] = NODATA
    return r0, c0, t1, t2


def _bench_fields(size):
    rng = np.random.default_rng([LC_SEED, 30])
    sc = [(2048, 1.0), (512, 0.55), (128, 0.3), (40, 0.15)]
    return dict(
        size=size,
        terrain=_coarse_composite(rng, size, 32, sc),
        urban=_coarse_composite(rng, size, 32, [(1024, 0.8), (256, 0.6), (64, 0.4)]),
        river=_coarse_composite(rng, size, 32, [(1500, 1.0), (400, 0.35), (96, 0.1)]),
        lake=_coarse_composite(rng, size, 32, [(700, 1.0), (160, 0.4)]),
        misc=_coarse_composite(rng, size, 32, [(300, 1.0), (60, 0.5)]),
        fine=_coarse_composite(rng, size, 8, [(24, 1.0)]),
    )


def bench_zones(path, size, n_target=40):
    """About n_target jittered Voronoi cells covering the raster extent."""
    rng = np.random.default_rng([LC_SEED, 31])
    nside = int(round(math.sqrt(n_target)))
    nrow = int(round(n_target / nside))
    ext = size * BENCH_PIXEL
    x0, ymax = BENCH_ORIGIN
    pts = []
    for i in range(nrow):
        for j in range(nside):
            pts.append((x0 + (j + 0.5 + rng.uniform(-0.35, 0.35)) * ext / nside,
                        ymax - (i + 0.5 + rng.uniform(-0.35, 0.35)) * ext / nrow))
    big = 4 * ext
    if os.path.exists(path):
        gdal.GetDriverByName("GPKG").Delete(str(path))
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("zones", albers(), ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("zone_id", ogr.OFTInteger))
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    box = ogr.CreateGeometryFromWkt(
        f"POLYGON(({x0} {ymax - ext},{x0 + ext} {ymax - ext},{x0 + ext} {ymax},"
        f"{x0} {ymax},{x0} {ymax - ext}))")
    ds.StartTransaction()
    for k, (px, py) in enumerate(pts):
        cell = box.Clone()
        for m, (qx, qy) in enumerate(pts):
            if m == k:
                continue
            # half-plane of points closer to p than to q
            mx, my = (px + qx) / 2, (py + qy) / 2
            dx, dy = qx - px, qy - py
            nrm = math.hypot(dx, dy)
            ux, uy = dx / nrm, dy / nrm  # towards q
            vx, vy = -uy, ux
            a = (mx + vx * big, my + vy * big)
            b = (mx - vx * big, my - vy * big)
            c = (b[0] - ux * big, b[1] - uy * big)
            d = (a[0] - ux * big, a[1] - uy * big)
            hp = ogr.CreateGeometryFromWkt(
                f"POLYGON(({a[0]} {a[1]},{b[0]} {b[1]},{c[0]} {c[1]},{d[0]} {d[1]},"
                f"{a[0]} {a[1]}))")
            cell = cell.Intersection(hp)
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(cell)
        f["zone_id"] = k + 1
        f["name"] = f"Z{k + 1:02d}"
        lyr.CreateFeature(f)
    ds.CommitTransaction()
    ds = None
    return len(pts)


def _bounded_map(pool, jobs, in_flight):
    """Ordered results of _bench_block with at most in_flight blocks pending,
    so that finished blocks never pile up in memory."""
    pending = deque()
    it = iter(jobs)
    for job in it:
        pending.append(pool.apply_async(_bench_block, (job,)))
        if len(pending) >= in_flight:
            break
    while pending:
        yield pending.popleft().get()
        job = next(it, None)
        if job is not None:
            pending.append(pool.apply_async(_bench_block, (job,)))


def write_bench(outdir, size, workers=2, compress="ZSTD", log=print):
    t0 = time.time()
    os.makedirs(outdir, exist_ok=True)
    gdal.SetCacheMax(32 * 1024 * 1024)
    _B.clear()
    _B.update(_bench_fields(size))
    gt = (BENCH_ORIGIN[0], BENCH_PIXEL, 0.0, BENCH_ORIGIN[1], 0.0, -BENCH_PIXEL)
    opts = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", f"COMPRESS={compress}",
            "PREDICTOR=2", "NUM_THREADS=2", "BIGTIFF=IF_SAFER"]
    if compress == "ZSTD":
        opts.append("ZSTD_LEVEL=3")
    elif compress == "DEFLATE":
        opts.append("ZLEVEL=3")
    dss = []
    for name in ("bench_t1.tif", "bench_t2.tif"):
        p = os.path.join(outdir, name)
        if os.path.exists(p):
            os.remove(p)
        ds = gdal.GetDriverByName("GTiff").Create(p, size, size, 1, gdal.GDT_Byte, opts)
        ds.SetGeoTransform(gt)
        ds.SetProjection(albers().ExportToWkt())
        describe(ds, None, f", 30 m benchmark raster {size} x {size}")
        dss.append(ds)
    jobs = [(r, min(r + BENCH_ROWS, size), c, min(c + BENCH_COLS, size))
            for r in range(0, size, BENCH_ROWS) for c in range(0, size, BENCH_COLS)]
    changed = total = 0
    ctx = mp.get_context("fork")
    with ctx.Pool(workers) as pool:
        for n, (r0, c0, t1, t2) in enumerate(_bounded_map(pool, jobs, 2 * workers)):
            dss[0].GetRasterBand(1).WriteArray(t1, c0, r0)
            dss[1].GetRasterBand(1).WriteArray(t2, c0, r0)
            v = t1 != NODATA
            changed += int(np.count_nonzero((t1 != t2) & v))
            total += int(np.count_nonzero(v))
            if n % 200 == 0:
                log(f"  block {n + 1}/{len(jobs)}")
    for ds in dss:
        ds.FlushCache()
    dss = None
    nz = bench_zones(os.path.join(outdir, "bench_zones.gpkg"), size)
    for name in ("bench_t1.tif", "bench_t2.tif"):
        aux = os.path.join(outdir, name + ".aux.xml")
        if os.path.exists(aux):
            os.remove(aux)
    log(f"bench: {size} x {size} pixels of 30 m, {changed / max(total, 1):.1%} of valid "
        f"pixels change, {nz} zones, {time.time() - t0:.1f} s")


# --------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--outdir", default=str(SAMPLE_DIR),
                    help="folder for landcover_<year>.tif and landcover_coefficients.csv")
    ap.add_argument("--gpkg", default=str(GPKG), help="sample GeoPackage (cities, city_year)")
    ap.add_argument("--compress", choices=["DEFLATE", "ZSTD", "LZW"],
                    help="GTiff compression (default DEFLATE for the sample, ZSTD for --bench)")
    ap.add_argument("--bench", metavar="OUTDIR",
                    help="write the 30 m benchmark pair and zones there instead")
    ap.add_argument("--size", type=int, default=20000, help="benchmark raster size (pixels)")
    ap.add_argument("--workers", type=int, default=2, help="benchmark worker processes")
    args = ap.parse_args(argv)

    if args.bench:
        write_bench(args.bench, args.size, args.workers, args.compress or "ZSTD")
        return 0
    cities = read_cities(args.gpkg)
    assign_counts(cities)
    grid, land, clus, _ = build_sample(cities)
    paths = write_sample(args.outdir, grid, land, args.compress or "DEFLATE")
    write_coefficients(Path(args.outdir) / "landcover_coefficients.csv")
    report(land, clus)
    total = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} rasters, {total / 1024:.0f} KiB in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
