"""Benchmark of the land-cover algorithms against peers, on the same files, in one script.

    make bench                      (sizes 10000 and 20000)
    .venv/bin/python scripts/bench_landcover.py --size 10000 [--repeat 3] [--data DIR]

For each size it generates (or reuses) a 30 m raster pair with realistic texture and about
40 zones (scripts/make_sample_landcover.py --bench; DEFLATE-compressed 256 x 256 tiled Byte
GeoTIFFs, stored as CLCD's yearly rasters are compressed), rasterises the zones once, then
runs every tool in its own process (cold: imports and start-up included) and measures wall
time, the median of --repeat runs, and peak memory (the process's maximum resident set):
  floor          read both rasters and the rasterised zones block by block with GDAL, nothing
                 else: no tool that reads these files can be faster
  transitions    our from→to counts per zone (carbon_clusters_plugin.analysis.landcover.land_counts)
  sinks          our class counts per zone of the first raster (the sink accounting's work)
  r.stats        GRASS `r.stats -c` on zones + both rasters (linked with r.external)
  zonalhistogram QGIS `native:zonalhistogram` on the first raster and the zone polygons
Ratios are to the floor of the same size. The table is printed and appended to
bench/results.md.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_report import append, machine_heading  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results.md"
QGIS_PROCESS = ROOT / "scripts" / "qgis_process"

FLOOR = """
import sys
from osgeo import gdal
gdal.UseExceptions()
datasets = [gdal.Open(p) for p in sys.argv[1:]]
bands = [d.GetRasterBand(1) for d in datasets]
width, height = datasets[0].RasterXSize, datasets[0].RasterYSize
rows = max(1, 2_000_000 // width) // 256 * 256 or 256
for row in range(0, height, rows):
    for band in bands:
        band.ReadAsArray(0, row, width, min(rows, height - row))
        band.FlushCache()
"""

OURS = """
import sys
sys.path.insert(0, {root!r})
from osgeo import ogr
from carbon_clusters_plugin.analysis import raster_io as rio
from carbon_clusters_plugin.analysis.landcover import land_counts as lc
first, second, zones_path = sys.argv[1], sys.argv[2] or None, sys.argv[3]
source = ogr.Open(zones_path)
zones = [rio.Zone(i, f.GetGeometryRef().ExportToWkb())
         for i, f in enumerate(source.GetLayer(0), start=1)]
plan = lc.plan_counts(lc.RasterInput(first), lc.RasterInput(second) if second else None, zones)
result = lc.run_counts(plan)
print(int(result.table["pixels"].sum()), file=sys.stderr)
"""


def measured(command, env=None):
    """(seconds, peak MB) of a command run as its own process, through GNU time: Linux
    carries a process's peak memory across fork and exec, so a child of this (large)
    script would report this script's peak."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        completed = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name, *command],
                                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
        if completed.returncode != 0:
            error = completed.stderr.decode(errors="replace")
            raise RuntimeError(f"{command[0]} failed:\n{error[-2000:]}")
        peak_kb = int(report.read().strip().splitlines()[-1])
    return seconds, peak_kb / 1024


def ensure_data(folder: Path, size: int) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    files = {name: folder / f"bench_{name}" for name in ("t1.tif", "t2.tif", "zones.gpkg")}
    if not all(path.exists() for path in files.values()):
        # DEFLATE-compressed tiled Byte GeoTIFFs, as CLCD's rasters are compressed
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample_landcover.py"),
                        "--bench", str(folder), "--size", str(size), "--compress", "DEFLATE"],
                       check=True)
    zones_tif = folder / "bench_zones.tif"
    if not zones_tif.exists():  # in a child process: GDAL's block cache stays out of ours
        subprocess.run([sys.executable, __file__, "--rasterise", str(files["zones.gpkg"]),
                        str(files["t1.tif"]), str(zones_tif)], check=True)
    files["zones.tif"] = zones_tif
    return files


def rasterise_zones(zones, like, output):
    from osgeo import gdal

    gdal.UseExceptions()
    reference = gdal.Open(str(like))
    x0, dx, _, y0, _, dy = reference.GetGeoTransform()
    width, height = reference.RasterXSize, reference.RasterYSize
    gdal.Rasterize(str(output), str(zones), format="GTiff", outputType=gdal.GDT_UInt16,
                   outputBounds=(x0, y0 + dy * height, x0 + dx * width, y0),
                   width=width, height=height, attribute="zone_id",
                   creationOptions=["TILED=YES", "COMPRESS=ZSTD"], noData=0)


def grass_command(files) -> list:
    script = (
        f"r.external input={files['t1.tif']} output=t1 -o --quiet && "
        f"r.external input={files['t2.tif']} output=t2 -o --quiet && "
        f"r.external input={files['zones.tif']} output=zones -o --quiet && "
        "g.region raster=t1 && r.stats -c input=zones,t1,t2 --quiet > /dev/null")
    return ["grass", "--tmp-location", str(files["t1.tif"]), "--exec", "bash", "-c", script]


def compression(path: Path) -> str:
    """How a GeoTIFF is stored, e.g. "DEFLATE, 256 x 256 tiles, Byte"."""
    from osgeo import gdal

    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    method = dataset.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION", "uncompressed")
    width, height = band.GetBlockSize()
    layout = f"{width} x {height} tiles" if width < dataset.RasterXSize else \
        f"strips of {height} rows"
    return f"{method}, {layout}, {gdal.GetDataTypeName(band.DataType)}"


def run_size(size: int, data: Path, skip_slow: bool, repeat: int = 1) -> list:
    files = ensure_data(data / str(size), size)
    python = sys.executable
    rows = []

    def add(name, command, env=None, times=repeat):
        runs = [measured(command, env) for _ in range(times)]
        seconds = statistics.median(run[0] for run in runs)
        peak = max(run[1] for run in runs)
        rows.append((name, seconds, peak))
        print(f"  {name:15s} {seconds:8.2f} s  {peak:7.0f} MB", flush=True)

    print(f"{size} x {size}, {compression(files['t1.tif'])}:", flush=True)
    add("floor", [python, "-c", FLOOR, str(files["t1.tif"]), str(files["t2.tif"]),
                  str(files["zones.tif"])])
    ours = OURS.format(root=str(ROOT))
    add("transitions", [python, "-c", ours, str(files["t1.tif"]), str(files["t2.tif"]),
                        str(files["zones.gpkg"])])
    add("sinks", [python, "-c", ours, str(files["t1.tif"]), "", str(files["zones.gpkg"])])
    add("r.stats", grass_command(files), times=1)
    if not skip_slow:
        env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=tempfile.mkdtemp())
        add("zonalhistogram", [str(QGIS_PROCESS), "run", "native:zonalhistogram", "--",
                               f"INPUT_RASTER={files['t1.tif']}", "RASTER_BAND=1",
                               f"INPUT_VECTOR={files['zones.gpkg']}",
                               f"OUTPUT={tempfile.mkdtemp()}/histogram.gpkg"], env, times=1)
    return rows


def table(size, rows, stored: str) -> str:
    floor = rows[0][1]
    lines = [f"| {size}² | {stored} | {name} | {seconds:.2f} | {peak:.0f} | "
             f"{seconds / floor:.1f}× |" for name, seconds, peak in rows]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, action="append")
    parser.add_argument("--data", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of floor, transitions and sinks (the median is shown)")
    parser.add_argument("--skip-slow", action="store_true",
                        help="leave out native:zonalhistogram (minutes at 20000²)")
    parser.add_argument("--rasterise", nargs=3, metavar=("ZONES", "LIKE", "OUTPUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rasterise:
        rasterise_zones(*args.rasterise)
        return
    sizes = args.size or [10000, 20000]
    header = ("| size | rasters | tool | wall s (median) | peak MB | × floor |\n"
              "|---|---|---|---|---|---|")
    sections = [table(size, run_size(size, args.data, args.skip_slow, args.repeat),
                      compression(args.data / str(size) / "bench_t1.tif"))
                for size in sizes]
    heading = machine_heading("cold: every tool a new process", f"median of {args.repeat}")
    report = f"\n{heading}\n\n{header}\n" + "\n".join(sections) + "\n"
    print(report)
    append(RESULTS, "# Land-cover benchmark results\n\nWritten by `make bench` "
           "(scripts/bench_landcover.py).\n", report)


if __name__ == "__main__":
    main()
