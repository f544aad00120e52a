"""Benchmark of carbonclusters:moransi against esda + libpysal called directly, in one script.

    .venv/bin/python scripts/bench_moran.py [--side 55] [--data DIR] [--repeat 5]
                                            [--skip-qgis-process]

Generates (or reuses, under build/bench/moran) a GeoPackage of side² polygons (default
55² = 3 025): a 1 km grid in UTM 50N whose shared corners and edge midpoints are jittered, so
neighbours share (crooked) edges exactly, with a field ``value`` that has spatial structure
(two waves plus noise). The features are read once with OGR (WKB and values, not timed); then,
in this process, each measurement is repeated (ours and the direct calls alternately) and
the shortest wall time kept:

  ours moran        WKB -> shapely, automatic snapping tolerance, queen weights and global
                    Moran's I with 999 permutations through analysis.moran.moran_table, the
                    way the Processing algorithm calls it
  direct moran      WKB -> shapely, libpysal.weights.Queen.from_iterable, row-standardised,
                    esda.Moran(permutations=999): the floor for the same statistics
  ours queen        WKB -> shapely, automatic tolerance, spatial_weights.build_weights(QUEEN)
  libpysal queen    WKB -> shapely, libpysal.weights.Queen.from_iterable
  processing.run    carbonclusters:moransi on the GeoPackage through PyQGIS processing.run in
                    this process (reading the layer included; QGIS already started)
  qgis_process      `qgis_process run carbonclusters:moransi` on the same file, a new process:
                    QGIS start-up included (a fresh copy of the plugin, a profile of its own)

Ratios are to the direct esda + libpysal time of the same work (the issue's goal: Moran at
most 1.5x, queen weights in a few seconds). The table is printed and appended to
bench/results_moran.md.
"""

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results_moran.md"
QGIS_PROCESS = ROOT / "scripts" / "qgis_process"
PLUGIN = "carbon_clusters_plugin"
PERMUTATIONS = 999
SEED = 12345
CELL = 1000.0  # m
ORIGIN = (400000.0, 3400000.0)  # UTM 50N (EPSG:32650)

HEADER = """# Moran benchmark results

Written by `scripts/bench_moran.py` (see its docstring). One process; wall times in seconds,
the shortest of 5 runs (ours and direct alternating); the layer is read once with OGR
beforehand (not timed).

* **ours moran**: WKB to shapely, automatic snapping tolerance, queen weights and global
  Moran's I with 999 permutations through `analysis.moran.moran_table` (what the Processing
  algorithm calls); **direct moran**: the same with `libpysal.weights.Queen.from_iterable`
  and `esda.Moran(permutations=999)` called directly.
* **ours queen** / **libpysal queen**: the queen weights alone from the geometries.
* **processing.run**: `carbonclusters:moransi` through PyQGIS in this process, reading the
  GeoPackage included; **qgis_process**: the same from the command line in a new process,
  QGIS start-up included.
* **× direct**: wall time over the direct esda + libpysal time of the same work (Moran rows
  over "direct moran", weights rows over "libpysal queen"). The issue's goal: at most 1.5×
  for Moran, queen weights in a few seconds.
"""


# ------------------------------------------------------------------ data


def make_grid(path: Path, side: int, seed: int = 42):
    """A side x side grid of polygons with jittered shared vertices, and a structured field."""
    from osgeo import ogr, osr

    rng = np.random.default_rng(seed)
    x0, y0 = ORIGIN
    # Corners: (side+1)² points, interior ones moved by up to 0.25 cell in x and y.
    cx = x0 + CELL * np.arange(side + 1)[None, :] + np.zeros((side + 1, 1))
    cy = y0 + CELL * np.arange(side + 1)[:, None] + np.zeros((1, side + 1))
    jitter = rng.uniform(-0.25, 0.25, size=(2, side + 1, side + 1)) * CELL
    jitter[:, [0, -1], :] = 0
    jitter[:, :, [0, -1]] = 0
    cx, cy = cx + jitter[0], cy + jitter[1]
    # Edge midpoints, moved across the edge by up to 0.15 cell (shared by both cells).
    h_off = rng.uniform(-0.15, 0.15, size=(side + 1, side)) * CELL  # horizontal edges
    v_off = rng.uniform(-0.15, 0.15, size=(side, side + 1)) * CELL  # vertical edges
    h_off[[0, -1], :] = 0
    v_off[:, [0, -1]] = 0

    def h_mid(r, c):
        return ((cx[r, c] + cx[r, c + 1]) / 2, (cy[r, c] + cy[r, c + 1]) / 2 + h_off[r, c])

    def v_mid(r, c):
        return ((cx[r, c] + cx[r + 1, c]) / 2 + v_off[r, c], (cy[r, c] + cy[r + 1, c]) / 2)

    path.parent.mkdir(parents=True, exist_ok=True)
    driver = ogr.GetDriverByName("GPKG")
    if path.exists():
        driver.DeleteDataSource(str(path))
    source = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    layer = source.CreateLayer("grid", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("cell", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTReal))
    layer.StartTransaction()
    for r in range(side):
        for c in range(side):
            ring = [(cx[r, c], cy[r, c]), h_mid(r, c), (cx[r, c + 1], cy[r, c + 1]),
                    v_mid(r, c + 1), (cx[r + 1, c + 1], cy[r + 1, c + 1]), h_mid(r + 1, c),
                    (cx[r + 1, c], cy[r + 1, c]), v_mid(r, c), (cx[r, c], cy[r, c])]
            wkt = "POLYGON((" + ",".join(f"{x:.3f} {y:.3f}" for x, y in ring) + "))"
            u, v = (c + 0.5) / side, (r + 0.5) / side
            value = (10 + 3 * np.sin(2.5 * np.pi * u) * np.cos(1.7 * np.pi * v)
                     + 2 * u + rng.normal(0, 1.0))
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("cell", r * side + c)
            feature.SetField("value", float(value))
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None


def ensure_data(folder: Path, side: int) -> Path:
    path = folder / f"grid_{side * side}.gpkg"
    if not path.exists():
        make_grid(path, side)
    return path


def read_layer(path: Path):
    from osgeo import ogr

    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    wkbs, values = [], []
    for feature in layer:
        wkbs.append(bytes(feature.GetGeometryRef().ExportToWkb()))
        values.append(feature.GetField("value"))
    return wkbs, np.array(values, dtype=float)


# ------------------------------------------------------------------ measurements


def ours_queen(wkbs):
    from carbon_clusters_plugin.analysis.spatial.spatial_weights import (
        QUEEN,
        automatic_tolerance,
        build_weights,
        geometries_from_wkb,
    )

    geometries = geometries_from_wkb(wkbs)
    return build_weights(geometries, QUEEN, tolerance=automatic_tolerance(geometries))


def libpysal_queen(wkbs):
    from libpysal.weights import Queen
    from shapely import wkb

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Queen.from_iterable([wkb.loads(b) for b in wkbs])


def ours_moran(wkbs, values):
    from carbon_clusters_plugin.analysis.spatial import moran
    from carbon_clusters_plugin.analysis.spatial.spatial_weights import (
        QUEEN,
        automatic_tolerance,
        geometries_from_wkb,
    )

    geometries = geometries_from_wkb(wkbs)
    options = moran.WeightsOptions(method=QUEEN, tolerance=automatic_tolerance(geometries))
    run = moran.moran_table(geometries, {"value": values}, None, options, PERMUTATIONS, SEED)
    return run.table.iloc[0]


def direct_moran(wkbs, values):
    import esda

    w = libpysal_queen(wkbs)
    w.transform = "r"
    np.random.seed(SEED)
    return esda.Moran(values, w, transformation="r", permutations=PERMUTATIONS)


class InProcessQgis:
    """QGIS, Processing and our provider started once in this process."""

    def __init__(self):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from qgis.core import QgsApplication

        self.app = QgsApplication([], False)
        self.app.initQgis()
        plugins = Path(QgsApplication.pkgDataPath()) / "python" / "plugins"
        if str(plugins) not in sys.path:  # where QGIS keeps its Processing plugin
            sys.path.append(str(plugins))
        from processing.core.Processing import Processing

        Processing.initialize()
        from carbon_clusters_plugin.processing.provider import CarbonClustersProvider

        self.provider = CarbonClustersProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def run(self, path: Path):
        from qgis import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback

        result = processing.run("carbonclusters:moransi", {
            "INPUT": str(path), "FIELD": ["value"], "WEIGHTS": 0,
            "PERMUTATIONS": PERMUTATIONS, "SEED": SEED, "OUTPUT": "memory:"},
            context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
        feature = next(result["OUTPUT"].getFeatures())
        return feature["moran_i"]


def stage_plugin(folder: Path) -> Path:
    """The plugin as `make build` lays it out, from the working tree."""
    target = folder / "plugins" / PLUGIN
    shutil.copytree(ROOT / PLUGIN, target,
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("metadata.txt", "LICENSE"):
        shutil.copy(ROOT / name, target / name)
    for name in ("icons", "presets", "styles", "i18n"):
        if (ROOT / "resources" / name).is_dir():
            shutil.copytree(ROOT / "resources" / name, target / "resources" / name)
    return target.parent


def qgis_process_command(path: Path, workdir: Path):
    plugins = workdir / "plugins"
    if not plugins.exists():
        stage_plugin(workdir)
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins),
               QGIS_CUSTOM_CONFIG_PATH=str(workdir / "profile"))
    listed = subprocess.run([str(QGIS_PROCESS), "plugins"], env=env, capture_output=True,
                            text=True).stdout
    if not any(line.strip().startswith("*") and line.split()[-1] == PLUGIN
               for line in listed.splitlines()):
        subprocess.run([str(QGIS_PROCESS), "plugins", "enable", PLUGIN], env=env, check=True,
                       capture_output=True)
    command = [str(QGIS_PROCESS), "run", "carbonclusters:moransi", "--",
               f"INPUT={path}", "FIELD=value", "WEIGHTS=0", f"PERMUTATIONS={PERMUTATIONS}",
               f"SEED={SEED}", f"OUTPUT={workdir / 'moran.csv'}"]
    return command, env


def timed(function, repeat):
    """The shortest of ``repeat`` wall times (the least disturbed by other work on the
    machine) and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def timed_pair(first, second, repeat):
    """Like :func:`timed` for two functions run alternately, so that both meet the same
    conditions."""
    times, results = ([], []), [None, None]
    for _ in range(repeat):
        for k, function in enumerate((first, second)):
            start = time.perf_counter()
            results[k] = function()
            times[k].append(time.perf_counter() - start)
    return (min(times[0]), results[0]), (min(times[1]), results[1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--side", type=int, default=55, help="grid side (default 55: 3 025)")
    parser.add_argument("--data", type=Path, default=ROOT / "build" / "bench" / "moran")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-qgis-process", action="store_true")
    args = parser.parse_args()

    path = ensure_data(args.data, args.side)
    wkbs, values = read_layer(path)
    n = len(wkbs)
    print(f"{path.name}: {n} polygons", flush=True)
    # Warm up: imports and first-call costs stay out of the timings.
    import esda  # noqa: F401
    ours_queen(wkbs[:50])
    libpysal_queen(wkbs[:50])

    rows = {}

    def add(name, seconds, reference):
        rows[name] = (seconds, reference)
        print(f"  {name:16s} {seconds:8.2f} s", flush=True)

    (seconds, direct), (ours_seconds, ours) = timed_pair(
        lambda: direct_moran(wkbs, values), lambda: ours_moran(wkbs, values), args.repeat)
    add("direct moran", seconds, "direct moran")
    add("ours moran", ours_seconds, "direct moran")
    if abs(ours["moran_i"] - direct.I) > 1e-9 * max(1.0, abs(direct.I)):
        sys.exit(f"Moran's I differs: ours {ours['moran_i']}, esda {direct.I}")
    (seconds, reference), (ours_seconds, weights) = timed_pair(
        lambda: libpysal_queen(wkbs), lambda: ours_queen(wkbs), args.repeat)
    add("libpysal queen", seconds, "libpysal queen")
    add("ours queen", ours_seconds, "libpysal queen")
    if {i: sorted(v) for i, v in weights.neighbours.items()} != \
            {i: sorted(reference.neighbors[i]) for i in range(n)}:
        sys.exit("our queen weights differ from libpysal's")

    qgis = InProcessQgis()
    qgis.run(path)  # warm-up: the provider's first run imports esda and friends
    seconds, moran_i = timed(lambda: qgis.run(path), args.repeat)
    add("processing.run", seconds, "direct moran")
    if abs(moran_i - direct.I) > 1e-9 * max(1.0, abs(direct.I)):
        sys.exit(f"processing.run Moran's I differs: {moran_i} vs {direct.I}")
    if not args.skip_qgis_process:
        with tempfile.TemporaryDirectory(prefix="bench-moran-") as workdir:
            command, env = qgis_process_command(path, Path(workdir))
            seconds, completed = timed(lambda: subprocess.run(
                command, env=env, capture_output=True, text=True), args.repeat)
            if completed.returncode != 0:
                sys.exit(f"qgis_process failed:\n{completed.stdout}\n{completed.stderr}")
            add("qgis_process", seconds, "direct moran")

    lines = [f"| {n} | {name} | {seconds:.2f} | {seconds / rows[ref][0]:.2f}× |"
             for name, (seconds, ref) in rows.items()]
    report = (f"\n## {datetime.date.today()} · {platform.node()} · {os.cpu_count()} cores · "
              f"I = {direct.I:.4f}, {PERMUTATIONS} permutations\n\n"
              "| polygons | tool | wall s | × direct |\n|---|---|---|---|\n"
              + "\n".join(lines) + "\n")
    print(report)
    RESULTS.parent.mkdir(exist_ok=True)
    if not RESULTS.exists():
        RESULTS.write_text(HEADER, encoding="utf-8")
    with open(RESULTS, "a", encoding="utf-8") as handle:
        handle.write(report)


if __name__ == "__main__":
    main()
