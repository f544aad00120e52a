"""Writes resources/sample/emissions_2020_1km.tif: a synthetic 1 km CO2 grid (t per cell).

Its sums over the sample cities with exact partial-pixel weights (carbonclusters:gridtozones)
reproduce the cities' 2020 totals of the `city_year` layer, so the demo can go from a
gridded inventory to the city table. The pixels are spread like an inventory's: most on
built-up land of the 2020 land-cover raster, some on cropland, little elsewhere, with noise
(fixed seed). Border pixels shared by two cities are fitted by iterative proportional
scaling on the exact coverage fractions (exactextract) until every city's sum matches.

    .venv/bin/python scripts/make_sample_emission_grid.py
"""

import sqlite3
import sys
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from carbon_clusters_plugin.analysis import raster_io as rio  # noqa: E402

SAMPLE = ROOT / "resources" / "sample"
GPKG = SAMPLE / "carbon_clusters_sample.gpkg"
LANDCOVER = SAMPLE / "landcover_2020.tif"
OUTPUT = SAMPLE / "emissions_2020_1km.tif"
SEED = 20201231 + 6
# Relative emission weight of a pixel by CAS LUCC class (0 = outside the land cover)
CLASS_WEIGHT = {0: 0.02, 1: 0.06, 2: 0.01, 3: 0.01, 4: 0.005, 5: 1.0, 6: 0.01}
NODATA = -1.0

gdal.UseExceptions()
ogr.UseExceptions()


def city_totals_t():
    """{code: 2020 total in t CO2} from the sample's city_year table (10^4 t)."""
    with sqlite3.connect(GPKG) as db:
        rows = db.execute("SELECT code, co2_total FROM city_year WHERE year = 2020").fetchall()
    return {code: total * 1e4 for code, total in rows}


def city_zones(grid: rio.Grid):
    """Cities as zones in the grid's CRS, in code order: (codes, zones)."""
    source = ogr.Open(str(GPKG))
    layer = source.GetLayerByName("cities")
    target = grid.srs()
    transform = osr.CoordinateTransformation(layer.GetSpatialRef(), target)
    codes, zones = [], []
    for index, feature in enumerate(sorted(layer, key=lambda f: f.GetField("code")), 1):
        geometry = feature.GetGeometryRef().Clone()
        geometry.AssignSpatialReference(layer.GetSpatialRef())
        geometry.Transform(transform)
        codes.append(feature.GetField("code"))
        zones.append(rio.Zone(index, bytes(geometry.ExportToWkb())))
    return codes, zones


def coverage_by_city(grid_path: str, zones):
    """For each zone: (cell ids, coverage fractions) of every cell it touches."""
    from exactextract import exact_extract
    from exactextract.feature import GDALFeatureSource
    from exactextract.raster import GDALRasterSource

    dataset = gdal.Open(grid_path)
    cover = []
    for zone in zones:
        source, layer = rio.zones_layer([zone], dataset.GetProjection())
        result = exact_extract(GDALRasterSource(dataset, 1), GDALFeatureSource(layer),
                               ["cell_id", "coverage"], output="pandas")
        cover.append((np.asarray(result["cell_id"].iloc[0], np.int64),
                      np.asarray(result["coverage"].iloc[0], float)))
        del layer, source
    return cover


def base_weights(landcover: np.ndarray, rng) -> np.ndarray:
    """Class weights times a smooth random field (a smooth field also keeps the file small)."""
    from scipy.ndimage import gaussian_filter

    weights = np.zeros(landcover.shape)
    for code, weight in CLASS_WEIGHT.items():
        weights[landcover == code] = weight
    field = gaussian_filter(rng.normal(0.0, 1.0, size=landcover.shape), sigma=4)
    return weights * np.exp(field / field.std() * 0.5)


def fit(weights: np.ndarray, cover, targets: np.ndarray, iterations=200) -> np.ndarray:
    """Pixel values v = w × (coverage-weighted mean of the city factors) whose exact sums
    over the cities equal the targets (iterative proportional scaling)."""
    flat = weights.ravel().copy()
    factors = np.ones(len(cover))
    touched = np.zeros(flat.size)
    for cells, coverage in cover:
        touched[cells] += coverage
    for _ in range(iterations):
        numerator = np.zeros(flat.size)
        for factor, (cells, coverage) in zip(factors, cover):
            numerator[cells] += coverage * factor
        values = np.where(touched > 0, flat * numerator / np.maximum(touched, 1e-12), 0.0)
        sums = np.array([np.sum(values[cells] * coverage) for cells, coverage in cover])
        if np.max(np.abs(sums / targets - 1)) < 1e-10:
            break
        factors *= targets / sums
    return values.reshape(weights.shape)


def coarsen(values: np.ndarray, dropped_bits: int = 12) -> np.ndarray:
    """Float32 with the lowest mantissa bits cleared (about 4 significant digits): an
    inventory's precision, and a file a tenth of the size."""
    mask = np.uint32(0xFFFFFFFF ^ ((1 << dropped_bits) - 1))
    bits = values.astype(np.float32).view(np.uint32) & mask
    return bits.view(np.float32)


def settle(values: np.ndarray, cover, targets: np.ndarray) -> np.ndarray:
    """Puts each city's rounding residual on its largest pixel lying wholly inside it."""
    flat = values.ravel()
    for (cells, coverage), target in zip(cover, targets):
        inner = cells[coverage == 1.0]
        largest = inner[np.argmax(flat[inner])]
        residual = target - np.sum(flat[cells].astype(float) * coverage)
        flat[largest] = np.float32(float(flat[largest]) + residual)
    return flat.reshape(values.shape)


def main():
    landcover_dataset = gdal.Open(str(LANDCOVER))
    grid = rio.grid_of(landcover_dataset)
    landcover = landcover_dataset.GetRasterBand(1).ReadAsArray()
    codes, zones = city_zones(grid)
    totals = city_totals_t()
    targets = np.array([totals[code] for code in codes])
    cover = coverage_by_city(str(LANDCOVER), zones)
    weights = base_weights(landcover, np.random.default_rng(SEED))
    for cells, _ in cover:  # every pixel a city touches can carry emissions
        flat = weights.ravel()
        flat[cells] = np.maximum(flat[cells], CLASS_WEIGHT[0] * 0.5)
    values = settle(coarsen(fit(weights, cover, targets)), cover, targets)
    values[values == 0] = NODATA
    write(values, grid)
    check(codes, zones, totals)


def write(values: np.ndarray, grid: rio.Grid):
    OUTPUT.unlink(missing_ok=True)
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(OUTPUT), grid.width, grid.height, 1, gdal.GDT_Float32,
        ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=3", "ZLEVEL=9"])
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(grid.wkt)
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.SetDescription("CO2 emissions 2020, t per 1 km cell (synthetic)")
    band.WriteArray(values)
    dataset.SetMetadata({"UNITS": "t CO2 per cell", "SOURCE": "synthetic, "
                         "scripts/make_sample_emission_grid.py"})
    dataset = None


def check(codes, zones, totals):
    from carbon_clusters_plugin.analysis.grids import grid_zones as gz

    result = gz.band_totals(gz.GridBand(str(OUTPUT), 1, "co2"), zones)
    worst = max(abs(total / totals[code] - 1)
                for code, total in zip(codes, result.zones["total"]))
    print(f"{OUTPUT.name}: {OUTPUT.stat().st_size / 1e6:.2f} MB; largest relative "
          f"difference of a city sum from its total: {worst:.2e}; outside every city "
          f"{result.outside_total:,.0f} t of {result.grid_total:,.0f} t")


if __name__ == "__main__":
    main()
