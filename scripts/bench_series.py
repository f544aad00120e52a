"""Benchmark of the land-cover series (carbonclusters:landcoverseries's counting) against the
N−1 landtransition counts it replaces, on the same files, in one script.

    make bench              (size 10000: 100 Mpx a year, four years, about 40 zones)
    .venv/bin/python scripts/bench_series.py --size 10000 [--repeat 3] [--data DIR]

Data: the 30 m benchmark pair of bench_landcover (scripts/make_sample_landcover.py --bench)
made into four years: 2005 is the first raster, 2020 the second, 2010 and 2015 take the
second's classes in a third and two thirds of the changed pixels (a fixed hash of the
position). They are written as CLCD's yearly rasters are stored: compressed Byte GeoTIFFs,
here DEFLATE in 256 x 256 tiles.

Cold: every run is its own Python process (imports, start-up, numba's kernels from their
on-disk cache after the first run), as every qgis_process call is:
  floor        GDAL reads the four rasters and the rasterised zones once, nothing else
  series       land_series.run_series: the 3 consecutive pairs and first→last, and the four
               years' class counts (areas, sinks), zones burnt once
  transitions  land_counts.run_counts of one consecutive pair with the zones: the row is the
               sum of the N−1 = 3 runs the series replaces
Warm: the same counts in one process after a first run (no start-up, no compilation).
Medians of --repeat runs; the series must take at most 0.6 x the transitions. The table is
printed and appended to bench/results_series.md.
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_landcover import FLOOR, ensure_data, measured  # noqa: E402
from bench_report import append, machine_heading  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results_series.md"
YEARS = (2005, 2010, 2015, 2020)
COMPRESSION = "DEFLATE, 256 x 256 tiles, Byte"

SETUP = """
import sys, time
sys.path.insert(0, {root!r})
from osgeo import ogr
from carbon_clusters_plugin.analysis import raster_io as rio
from carbon_clusters_plugin.analysis.landcover import land_counts as lc
from carbon_clusters_plugin.analysis.landcover import land_series as ls
source = ogr.Open(sys.argv[1])
zones = [rio.Zone(i, f.GetGeometryRef().ExportToWkb())
         for i, f in enumerate(source.GetLayer(0), start=1)]
rasters = [lc.RasterInput(path) for path in sys.argv[2:]]
years = list(range(len(rasters)))

def series():
    return ls.run_series(ls.plan_series(rasters, years, zones))

def transition(first):
    return lc.run_counts(lc.plan_counts(rasters[first], rasters[first + 1], zones))
"""

SERIES = SETUP + "series()\n"
TRANSITION = SETUP + "transition(int({first}))\n"
WARM = SETUP + """
series(); transition(0)  # compiled, caches warm
for _ in range({repeat}):
    start = time.perf_counter(); series(); middle = time.perf_counter()
    for first in range(len(rasters) - 1):
        transition(first)
    print(middle - start, time.perf_counter() - middle, flush=True)
"""


def make_series(folder: Path, files: dict) -> list:
    paths = [folder / f"bench_series_{year}.tif" for year in YEARS]
    if not all(path.exists() for path in paths):
        subprocess.run([sys.executable, __file__, "--write-series", str(files["t1.tif"]),
                        str(files["t2.tif"]), *map(str, paths)], check=True)
    return paths


def write_series(first: str, last: str, outputs: list) -> None:
    """Four years between the pair, block row by block row (memory stays small)."""
    import numpy as np
    from osgeo import gdal

    gdal.UseExceptions()
    a, b = gdal.Open(first), gdal.Open(last)
    width, height = a.RasterXSize, a.RasterYSize
    options = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE",
               "BIGTIFF=IF_SAFER"]
    targets = []
    for path in outputs:
        target = gdal.GetDriverByName("GTiff").Create(path, width, height, 1, gdal.GDT_Byte,
                                                      options)
        target.SetGeoTransform(a.GetGeoTransform())
        target.SetProjection(a.GetProjection())
        target.GetRasterBand(1).SetNoDataValue(a.GetRasterBand(1).GetNoDataValue())
        targets.append(target)
    cols = np.arange(width, dtype=np.uint64)
    for row in range(0, height, 256):
        rows = min(256, height - row)
        t1 = a.GetRasterBand(1).ReadAsArray(0, row, width, rows)
        t2 = b.GetRasterBand(1).ReadAsArray(0, row, width, rows)
        lines = np.arange(row, row + rows, dtype=np.uint64)[:, None]
        share = ((lines * np.uint64(2654435761) + cols * np.uint64(40503)) % np.uint64(3))
        for number, target in enumerate(targets):
            values = np.where(share < number, t2, t1) if 0 < number < 3 else (t1, t2)[number // 3]
            target.GetRasterBand(1).WriteArray(values, 0, row)
    for target in targets:
        target.FlushCache()


def median_run(command, repeat: int):
    runs = [measured(command) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def run_size(size: int, data: Path, repeat: int) -> list:
    folder = data / str(size)
    files = ensure_data(folder, size)
    series_paths = [str(path) for path in make_series(folder, files)]
    python = sys.executable
    zones = str(files["zones.gpkg"])
    root = str(ROOT)
    rows = []

    def add(name, seconds, peak, mode):
        rows.append((name, mode, seconds, peak))
        print(f"  {name:22s} {mode:5s} {seconds:8.2f} s  {peak:7.0f} MB", flush=True)

    print(f"{size} x {size}, {len(YEARS)} years:", flush=True)
    measured([python, "-c", SERIES.format(root=root), zones, *series_paths])  # fills caches
    add("floor (read all once)", *median_run(
        [python, "-c", FLOOR, *series_paths, str(files["zones.tif"])], repeat), "cold")
    add("series", *median_run([python, "-c", SERIES.format(root=root), zones,
                               *series_paths], repeat), "cold")
    total, peak = 0.0, 0.0
    for first in range(len(YEARS) - 1):
        seconds, top = median_run([python, "-c", TRANSITION.format(root=root, first=first),
                                   zones, *series_paths], repeat)
        total, peak = total + seconds, max(peak, top)
    add(f"transitions x {len(YEARS) - 1}", total, peak, "cold")
    warm = subprocess.run([python, "-c", WARM.format(root=root, repeat=repeat), zones,
                           *series_paths], check=True, capture_output=True, text=True)
    times = [tuple(map(float, line.split())) for line in warm.stdout.split("\n") if line]
    add("series", statistics.median(t[0] for t in times), float("nan"), "warm")
    add(f"transitions x {len(YEARS) - 1}", statistics.median(t[1] for t in times),
        float("nan"), "warm")
    return rows


def table(size, rows) -> str:
    floor = rows[0][2]
    lines = []
    for name, mode, seconds, peak in rows:
        peer = next(r[2] for r in rows if r[0].startswith("transitions") and r[1] == mode)
        ratio = f"{seconds / peer:.2f}×" if name == "series" else ""
        memory = f"{peak:.0f}" if peak == peak else "–"
        lines.append(f"| {size}² | {name} | {mode} | {seconds:.2f} | {memory} | "
                     f"{seconds / floor:.1f}× | {ratio} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, action="append")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--write-series", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_series:
        write_series(args.write_series[0], args.write_series[1], args.write_series[2:])
        return
    header = ("| size | tool | cold/warm | wall s (median) | peak MB | × floor | "
              "series / transitions |\n|---|---|---|---|---|---|---|")
    sections = [table(size, run_size(size, args.data, args.repeat))
                for size in args.size or [10000]]
    heading = machine_heading(f"rasters {COMPRESSION}", f"median of {args.repeat}")
    report = f"\n{heading}\n\n{header}\n" + "\n".join(sections) + "\n"
    print(report)
    append(RESULTS, "# Land-cover series benchmark results\n\nWritten by `make bench` "
           "(scripts/bench_series.py): the series against the N−1 landtransition counts it "
           "replaces; cold = each in a new process, warm = in one process after a first "
           "run.\n", report)


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
