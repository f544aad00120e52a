"""Sums of gridded emissions over zones with exact partial-pixel weights.

Each pixel's value is shared among the zones in proportion to the exact part of the pixel
each zone covers: the coverage fractions come from exactextract (GEOS-exact, reading one
feature's window at a time, so memory does not grow with the grid). A value is read as

* a quantity per pixel (t per cell): zone total = Σ value × coverage;
* a density (t per km²): zone total = Σ value × coverage × true pixel area (km²), the
  ellipsoidal area of each row for grids in degrees;
* a flux in kg m⁻² s⁻¹ (EDGAR, ODIAC): as a density of 3.1536e10 t per km² and year
  (kg → t, m² → km², 365-day year);

each times ``scale``. The reconciliation compares the grid's total within the zones' extent
with the total inside the union of the zones (exact as well) and the sum of the zones.
"""

import os
import sys
from dataclasses import dataclass
from typing import Callable, Dict, List, Sequence

import numpy as np
from osgeo import ogr

from .. import raster_io as rio
from ..messages import QT_TRANSLATE_NOOP, AnalysisError, Cancelled

QUANTITY, DENSITY_KM2, FLUX_KG_M2_S = 0, 1, 2
FLUX_TO_T_PER_KM2_YEAR = 1e-3 * 1e6 * 365 * 86400
UNION = 0  # zone index of the union of all zones


@dataclass(frozen=True)
class GridBand:
    path: str
    band: int
    field: str  # output field named after the layer (and band)
    value_type: int = QUANTITY
    scale: float = 1.0


@dataclass
class BandResult:
    """``zones``: columns zone, total, covered_km2 (lists, one item per zone index);
    totals of the reconciliation."""

    zones: Dict[str, List[float]]
    grid_total: float
    inside_total: float

    @property
    def zones_total(self) -> float:
        return float(sum(self.zones["total"]))

    @property
    def outside_total(self) -> float:
        return self.grid_total - self.inside_total


def _exactextract():
    _import_with_own_geos()
    from exactextract import exact_extract
    from exactextract.feature import GDALFeatureSource
    from exactextract.raster import GDALRasterSource

    return exact_extract, GDALFeatureSource, GDALRasterSource


def _import_with_own_geos() -> None:
    """exactextract's wheel bundles a newer GEOS than QGIS's. Inside QGIS on Linux, QGIS's
    GEOS is already in the global symbol scope, and the wheel's C++ calls would bind to it
    and crash; RTLD_DEEPBIND makes the extension use the GEOS it ships with."""
    if "exactextract" in sys.modules or not hasattr(os, "RTLD_DEEPBIND"):
        return
    previous = sys.getdlopenflags()
    sys.setdlopenflags(os.RTLD_NOW | os.RTLD_LOCAL | os.RTLD_DEEPBIND)
    try:
        import exactextract  # noqa: F401
    finally:
        sys.setdlopenflags(previous)


def union_zone(zones: Sequence[rio.Zone]) -> rio.Zone:
    collection = ogr.Geometry(ogr.wkbMultiPolygon)
    for zone in zones:
        geometry = ogr.CreateGeometryFromWkb(zone.wkb)
        for part in (geometry if geometry.GetGeometryType() in (
                ogr.wkbMultiPolygon, ogr.wkbMultiPolygon25D) else [geometry]):
            collection.AddGeometry(part)
    return rio.Zone(UNION, bytes(collection.UnionCascaded().ExportToWkb()))


class PixelWeights:
    """What one unit of a pixel's value is worth in t (or the output unit), by grid row."""

    def __init__(self, band: GridBand, grid: rio.Grid):
        self.grid = grid
        if grid.is_geographic():
            self.area_by_row = rio.geographic_row_areas_km2(grid, 0, grid.height)
        else:
            self.area_by_row = np.full(grid.height, rio.projected_pixel_area_km2(grid))
        if band.value_type == QUANTITY:
            self.value_by_row = np.full(grid.height, band.scale)
        else:
            flux = FLUX_TO_T_PER_KM2_YEAR if band.value_type == FLUX_KG_M2_S else 1.0
            self.value_by_row = self.area_by_row * flux * band.scale

    def rows(self, cell_ids: np.ndarray) -> np.ndarray:
        return cell_ids // self.grid.width


ZONES_PER_BATCH = 16


def band_totals(band: GridBand, zones: Sequence[rio.Zone],
                progress: Callable[[float], None] = lambda f: None,
                is_cancelled: Callable[[], bool] = lambda: False) -> BandResult:
    """Totals and covered km² of one band over each zone (zones in the grid's CRS), with the
    union of the zones as zone 0, in one pass of exactextract."""
    exact_extract, feature_source, raster_source = _exactextract()
    dataset = rio.open_raster(band.path)
    rio.check_band(dataset, band.band)
    grid = rio.grid_of(dataset)
    weights = PixelWeights(band, grid)
    # The total inside the zones is their sum unless they overlap; then the union is summed.
    overlapping = len(rio.non_overlapping_layers(zones)) > 1
    all_zones = ([union_zone(zones)] if overlapping else []) + list(zones)
    uniform = not grid.is_geographic()
    operations = ["sum", "count"] if uniform else ["cell_id", "coverage", "values"]
    # Neighbouring zones in batches: a cancel is seen between two batches, and each batch
    # reads only its part of the grid. A zone's sums do not depend on its batch.
    batches = rio.spatial_batches(all_zones, ZONES_PER_BATCH)
    found = []
    for done, batch in enumerate(batches):
        if is_cancelled():
            raise Cancelled()
        source, layer = rio.zones_layer([all_zones[i] for i in batch], grid.wkt,
                                        field="position", values=batch)
        with rio.no_sidecar_files():
            result = exact_extract(raster_source(dataset, band.band), feature_source(layer),
                                   operations, include_cols=["position"], output="geojson",
                                   strategy="raster-sequential", max_cells_in_memory=4_000_000)
        del layer, source
        found.extend(f["properties"] for f in result)
        progress(0.8 * (done + 1) / len(batches))
    by_position = sorted(found, key=lambda p: p["position"])
    sums = [_uniform_sums(p, weights) if uniform else _weighted_sums(p, weights)
            for p in by_position]
    grid_total = window_total(band, dataset, weights, zones, is_cancelled)
    progress(1.0)
    per_zone = [(zone.index, total, covered)
                for zone, (total, covered) in zip(all_zones, sums) if zone.index != UNION]
    columns = {"zone": [z for z, _, _ in per_zone], "total": [t for _, t, _ in per_zone],
               "covered_km2": [c for _, _, c in per_zone]}
    if not any(covered > 0 for covered in columns["covered_km2"]):
        # all zeros would look like a result: the zones and the grid do not meet
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "The grid {path} has no valid pixel in any of the {count} zones: check "
            "that they overlap (their CRS and extents)."), path=band.path, count=len(zones))
    inside = sums[0][0] if overlapping else float(sum(columns["total"]))
    return BandResult(columns, grid_total, inside)


def _uniform_sums(properties, weights: PixelWeights):
    """(total, covered km²) of a zone on a grid of equal pixels: exactextract's sums."""
    return (float(properties["sum"] or 0.0) * float(weights.value_by_row[0]),
            float(properties["count"] or 0.0) * float(weights.area_by_row[0]))


def _weighted_sums(properties, weights: PixelWeights):
    """(Σ value × coverage × weight of the pixel's row, Σ coverage × row area)."""
    rows = weights.rows(np.asarray(properties["cell_id"], dtype=np.int64))
    coverage = np.asarray(properties["coverage"], dtype=float)
    values = np.asarray(properties["values"], dtype=float)
    return (float(np.sum(values * coverage * weights.value_by_row[rows])),
            float(np.sum(coverage * weights.area_by_row[rows])))


def window_total(band: GridBand, dataset, weights: PixelWeights, zones, is_cancelled) -> float:
    """The grid's total over the pixels within the zones' bounding box, strip by strip."""
    grid = weights.grid
    window = rio.window_of_extent(grid, rio.zones_extent(zones), margin=0.0)
    if window is None:
        return 0.0
    col, row, width, height = window
    raster_band = dataset.GetRasterBand(band.band)
    nodata = raster_band.GetNoDataValue()
    total = 0.0
    for first_row, rows in rio.strips(height, rio.strip_rows(width)):
        if is_cancelled():
            raise Cancelled()
        values = rio.read_strip(raster_band, col, row + first_row, width, rows).astype(float)
        invalid = ~np.isfinite(values)
        if nodata is not None:
            invalid |= values == nodata
        values[invalid] = 0.0
        by_row = weights.value_by_row[row + first_row:row + first_row + rows]
        total += float(values.sum(axis=1) @ by_row)
    return total


def combine_bands(results: Dict[str, BandResult], zone_area_km2: Dict[int, float],
                  labels: Dict[int, str]) -> List[Dict[str, object]]:
    """One row per zone, in the order of their index: zone, total (sum of the bands),
    covered_share (the smallest over the bands; None without an area), one value per band."""
    per_band = {field: {zone: (total, covered) for zone, total, covered in zip(
        result.zones["zone"], result.zones["total"], result.zones["covered_km2"])}
        for field, result in results.items()}
    rows = []
    for index in sorted(labels):
        values = {field: per_band[field].get(index, (0.0, 0.0)) for field in results}
        area = zone_area_km2.get(index) or 0.0
        smallest_cover = min(covered for _, covered in values.values())
        row = {"zone": labels[index], "total": sum(total for total, _ in values.values()),
               "covered_share": smallest_cover / area if area > 0 else None}
        row.update({field: total for field, (total, _) in values.items()})
        rows.append(row)
    return rows


def check_fields(bands: Sequence[GridBand]) -> None:
    seen = set()
    for band in bands:
        if band.field in seen:
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "Two inputs would write the field {field}; rename a layer."),
                field=band.field)
        seen.add(band.field)


def field_name(layer_name: str, band: int, band_count: int, taken: List[str]) -> str:
    """A field name from the layer name (and band): lower case, letters, digits and _."""
    base = "".join(c if c.isalnum() else "_" for c in layer_name.strip().lower()).strip("_")
    base = base or "grid"
    if base[0].isdigit():
        base = f"g_{base}"
    name = f"{base}_b{band}" if band_count > 1 else base
    candidate, number = name, 2
    while candidate in taken or candidate in ("zone", "total", "covered_share"):
        candidate, number = f"{name}_{number}", number + 1
    return candidate
