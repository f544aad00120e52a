"""Benchmark of carbonclusters:gridtozones against QGIS's native:zonalstatisticsfb (sum).

    make bench        (or: .venv/bin/python scripts/bench_gridtozones.py)

Two grids, both summed over the 110 sample cities, each tool run through qgis_process in
its own process (wall time and peak memory from GNU time):
  china-1km   a 1 km grid over all of China (China Albers, 5 200 x 4 400 cells), 1 t per
              cell: the exact total of a city is its area in km²
  global-0.1  a 0.1° global grid (3 600 x 1 800), each cell holding its own ellipsoidal
              area in km²: the exact total of a city is again its area
The exact answer is the cities' areas (the grid's equal-area plane for the first, the
WGS 84 ellipsoid for the second); the table gives each tool's error against it:
zonalstatisticsfb gives a border pixel wholly to the city holding its centre.
Appended to bench/results_gridtozones.md.
"""

import csv
import datetime
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_landcover import measured  # noqa: E402

from carbon_clusters_plugin.analysis import raster_io as rio  # noqa: E402

SAMPLE = ROOT / "resources" / "sample" / "carbon_clusters_sample.gpkg"
QGIS_PROCESS = str(ROOT / "scripts" / "qgis_process")
RESULTS = ROOT / "bench" / "results_gridtozones.md"
ALBERS = ("+proj=aea +lat_0=0 +lon_0=105 +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 +ellps=WGS84 "
          "+units=m +no_defs")

gdal.UseExceptions()


def write_grid(path: Path, grid: rio.Grid, values_for_rows):
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), grid.width, grid.height, 1, gdal.GDT_Float32,
        ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(grid.wkt)
    band = dataset.GetRasterBand(1)
    for row in range(0, grid.height, 256):
        rows = min(256, grid.height - row)
        band.WriteArray(values_for_rows(row, rows), 0, row)
    dataset = None


def china_grid(folder: Path) -> Path:
    path = folder / "china_1km.tif"
    if not path.exists():
        srs = osr.SpatialReference()
        srs.ImportFromProj4(ALBERS)
        grid = rio.Grid(-2_700_000.0, 6_000_000.0, 1000.0, -1000.0, 5200, 4400,
                        srs.ExportToWkt())
        write_grid(path, grid, lambda row, rows: np.ones((rows, grid.width), np.float32))
    return path


def global_grid(folder: Path) -> Path:
    path = folder / "global_0.1deg.tif"
    if not path.exists():
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(4326)
        grid = rio.Grid(-180.0, 90.0, 0.1, -0.1, 3600, 1800, srs.ExportToWkt())
        areas = rio.geographic_row_areas_km2(grid, 0, grid.height)
        write_grid(path, grid, lambda row, rows: np.repeat(
            areas[row:row + rows, None], grid.width, axis=1).astype(np.float32))
    return path


def exact_areas(path: Path) -> dict:
    """Each city's exact area in km² as the grid sees it."""
    dataset = gdal.Open(str(path))
    target = osr.SpatialReference(wkt=dataset.GetProjection())
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = ogr.Open(str(SAMPLE))
    layer = source.GetLayerByName("cities")
    areas = {}
    if target.IsGeographic():
        import pyproj

        geod = pyproj.Geod(ellps="WGS84")
        for feature in layer:
            areas[feature.GetField("code")] = abs(geod.geometry_area_perimeter(
                _shapely(feature.GetGeometryRef()))[0]) / 1e6
        return areas
    transform = osr.CoordinateTransformation(layer.GetSpatialRef(), target)
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(transform)
        areas[feature.GetField("code")] = geometry.GetArea() / 1e6
    return areas


def _shapely(geometry):
    """Counter-clockwise parts: pyproj's areas are signed by ring orientation."""
    from shapely import wkb
    from shapely.geometry import MultiPolygon
    from shapely.geometry.polygon import orient

    shape = wkb.loads(bytes(geometry.ExportToWkb()))
    parts = shape.geoms if hasattr(shape, "geoms") else [shape]
    return MultiPolygon([orient(part, 1.0) for part in parts])


def read_sums(path: Path, zone_column: str, value_column: str) -> dict:
    with open(path, newline="", encoding="utf-8") as handle:
        return {row[zone_column]: float(row[value_column] or 0) for row in csv.DictReader(handle)}


def run(grid: Path, work: Path):
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(work / "profile"),
               QGIS_PLUGINPATH=str(ROOT / "build" / "plugins"))
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "carbon_clusters_plugin"], env=env,
                   capture_output=True)
    zones = f"{SAMPLE}|layername=cities"
    ours_csv, theirs_csv = work / f"{grid.stem}_ours.csv", work / f"{grid.stem}_fb.csv"
    ours = measured([QGIS_PROCESS, "run", "carbonclusters:gridtozones", "--",
                     f"INPUT={grid}", f"ZONES={zones}", "ZONE_FIELD=code",
                     f"OUTPUT={ours_csv}"], env)
    theirs = measured([QGIS_PROCESS, "run", "native:zonalstatisticsfb", "--",
                       f"INPUT={zones}", f"INPUT_RASTER={grid}", "RASTER_BAND=1",
                       "COLUMN_PREFIX=z_", "STATISTICS=1", f"OUTPUT={theirs_csv}"], env)
    exact = exact_areas(grid)
    field = grid.stem.lower().replace(".", "_")
    ours_sums = read_sums(ours_csv, "zone", "total")
    theirs_sums = read_sums(theirs_csv, "code", "z_sum")
    return {
        "ours": ours + (_error(ours_sums, exact),),
        "zonalstatisticsfb": theirs + (_error(theirs_sums, exact),),
        "field": field,
    }


def _error(sums: dict, exact: dict):
    """(largest relative error of a city, error of the sum over all cities)."""
    worst = max(abs(sums[code] / area - 1) for code, area in exact.items())
    total = abs(sum(sums[code] for code in exact) / sum(exact.values()) - 1)
    return worst, total


def main():
    folder = ROOT / "build" / "bench" / "gridtozones"
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for name, grid in (("china-1km", china_grid(folder)), ("global-0.1°", global_grid(folder))):
        with tempfile.TemporaryDirectory() as work:
            result = run(grid, Path(work))
        base = result["zonalstatisticsfb"][0]
        for tool in ("ours", "zonalstatisticsfb"):
            seconds, peak, (worst, total) = result[tool]
            lines.append(f"| {name} | {tool} | {seconds:.2f} | {peak:.0f} | "
                         f"{seconds / base:.2f}× | {worst:.2e} | {total:.2e} |")
            print(lines[-1], flush=True)
    report = (f"\n## {datetime.date.today()} · {platform.node()} · {os.cpu_count()} cores\n\n"
              "| grid | tool | wall s | peak MB | × zonalstatisticsfb | worst city error | "
              "error of the total |\n|---|---|---|---|---|---|---|\n" + "\n".join(lines) + "\n")
    print(report)
    if not RESULTS.exists():
        RESULTS.write_text(
            "# gridtozones benchmark results\n\nWritten by `make bench` "
            "(scripts/bench_gridtozones.py): both tools through qgis_process on the same grid "
            "and the 110 sample cities; errors are relative to the cities' exact areas, which "
            "these grids sum to exactly.\n", encoding="utf-8")
    with open(RESULTS, "a", encoding="utf-8") as handle:
        handle.write(report)


if __name__ == "__main__":
    main()
