"""Pixel counts and true areas of land-cover classes (or from→to class pairs) per zone.

The work is planned first (grids checked, the second raster aligned or warped, zones split
into non-overlapping layers), so problems are reported before any pixel is read; then the
strips are counted by two threads. GDAL reads and numpy's arithmetic release the GIL, so
the threads overlap; each keeps its own datasets, as GDAL datasets are not thread-safe.
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .. import raster_io as rio
from ..messages import (
    QT_TRANSLATE_NOOP,
    AnalysisError,
    Cancelled,  # noqa: F401 (the adapters catch lc.Cancelled)
    Message,
)
from .strip_counter import StripCounter
from .strip_runner import WORKERS, run_strips

OUTSIDE = 0  # zone index of pixels outside every zone
WHOLE_RASTER = -1  # zone index when no zones are given
UNION = -2  # rows of pixels inside any zone, for the log when zones overlap


@dataclass(frozen=True)
class RasterInput:
    path: str
    band: int = 1


@dataclass
class CountPlan:
    """Everything decided before reading: grids, window, alignment, zones and notes."""

    first: RasterInput
    second: Optional[RasterInput]
    first_grid: rio.Grid
    window: Tuple[int, int, int, int]  # col, row, width, height in the first raster
    second_offset: Optional[Tuple[int, int]]  # aligned second raster: its pixel offset
    second_warped: bool
    zone_layers: List[List[rio.Zone]]
    nodata: Tuple[Optional[float], Optional[float]]
    notes: List[Message] = field(default_factory=list)

    @property
    def unread_pixels(self) -> int:
        """Pixels of the first raster outside the window (beyond the zones or the other
        raster): never read."""
        return self.first_grid.width * self.first_grid.height - self.window[2] * self.window[3]

    @property
    def grid(self) -> rio.Grid:
        """The grid of the window that is read (a part of the first raster's grid)."""
        col, row, width, height = self.window
        return self.first_grid.window(col, row, width, height)


@dataclass
class CountResult:
    """``table``: zone, from_class[, to_class], pixels, area_km2 (zone 0 = outside)."""

    table: pd.DataFrame
    plan: CountPlan
    nodata_pixels: int
    outside_pixels: int


def plan_counts(first: RasterInput, second: Optional[RasterInput] = None,
                zones: Optional[Sequence[rio.Zone]] = None,
                resample: bool = True) -> CountPlan:
    first_dataset = rio.open_raster(first.path)
    first_band = rio.check_band(first_dataset, first.band)
    grid = rio.grid_of(first_dataset)
    notes: List[Message] = []
    window = (0, 0, grid.width, grid.height)
    second_offset, warped, second_nodata = None, False, None
    if second is not None:
        second_dataset = rio.open_raster(second.path)
        second_nodata = rio.check_band(second_dataset, second.band).GetNoDataValue()
        second_grid = rio.grid_of(second_dataset)
        if rio.is_aligned(grid, second_grid):
            window = _aligned_window(grid, second_grid, first, second, notes)
            second_offset = rio.pixel_offset(grid, second_grid)
        elif resample:
            warped = True
            notes.append(Message(QT_TRANSLATE_NOOP(
                "Messages", "The grids differ: {second} ({second_grid}) is resampled by nearest "
                "neighbour onto the grid of {first} ({first_grid})."),
                dict(first=first.path, second=second.path, first_grid=grid.describe(),
                     second_grid=second_grid.describe())))
        else:
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "The grids differ: {first} ({first_grid}) and {second} "
                "({second_grid}). Allow resampling or align the rasters first."),
                first=first.path, second=second.path, first_grid=grid.describe(),
                second_grid=second_grid.describe())
    zone_layers = []
    if zones:
        window = zones_window(grid, window, zones)
        zone_layers = rio.non_overlapping_layers(zones, grid)
        if len(zone_layers) > 1:
            notes.append(Message(QT_TRANSLATE_NOOP(
                "Messages", "Zones overlap: each zone counts all its pixels ({layers} passes)."),
                dict(layers=len(zone_layers))))
    return CountPlan(first, second, grid, window, second_offset, warped, zone_layers,
                     (first_band.GetNoDataValue(), second_nodata), notes)


def _aligned_window(grid, second_grid, first, second, notes):
    overlap = rio.intersect_windows(grid, second_grid)
    if overlap is None:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "The rasters {first} and {second} do not overlap."),
            first=first.path, second=second.path)
    if overlap != (0, 0, grid.width, grid.height) or \
            (second_grid.width, second_grid.height) != (overlap[2], overlap[3]):
        notes.append(Message(QT_TRANSLATE_NOOP(
            "Messages", "The rasters cover different extents on the same grid: only their "
            "intersection ({width} x {height} pixels) is counted."),
            dict(width=overlap[2], height=overlap[3])))
    return overlap


def zones_window(grid, window, zones):
    zone_window = rio.window_of_extent(grid, rio.zones_extent(zones))
    if zone_window is None:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "No zone overlaps the raster: check the zones and the raster's CRS."))
    col0 = max(window[0], zone_window[0])
    row0 = max(window[1], zone_window[1])
    col1 = min(window[0] + window[2], zone_window[0] + zone_window[2])
    row1 = min(window[1] + window[3], zone_window[1] + zone_window[3])
    if col1 <= col0 or row1 <= row0:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "No zone overlaps the part of the rasters that is counted."))
    return (col0, row0, col1 - col0, row1 - row0)


# --- per-strip arithmetic -----------------------------------------------------------------

def dense_codes(values: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """(index of each pixel's code, the codes). Byte rasters index by value directly."""
    if values.dtype == np.uint8:
        return values, np.arange(256)
    codes, inverse = np.unique(values, return_inverse=True)
    return inverse.reshape(values.shape), codes


def count_strip(first: np.ndarray, second: Optional[np.ndarray],
                zone_layers: Sequence[np.ndarray],
                row_areas_km2: Optional[np.ndarray]) -> pd.DataFrame:
    """Pixels (and areas, for geographic rows) per zone and class (pair) of one strip."""
    index_a, codes_a = dense_codes(first)
    if second is None:
        index_b, codes_b = np.zeros(1, np.uint8), np.zeros(1)
    else:
        index_b, codes_b = dense_codes(second)
    classes_a, classes_b = len(codes_a), len(codes_b)
    pair = index_a.astype(np.int64) * classes_b
    if second is not None:
        pair += index_b
    weights = None
    if row_areas_km2 is not None:
        weights = np.repeat(row_areas_km2, first.shape[1])
    pairs = classes_a * classes_b
    frames = [_count_zones(zones, pair, pairs, weights) for zones in zone_layers or [None]]
    if len(zone_layers) > 1:
        frames = [frame[frame["zone"] != OUTSIDE] for frame in frames]
        frames.append(_count_union(zone_layers, pair, pairs, weights))
    counts = pd.concat(frames, ignore_index=True)
    pair_index = counts.pop("pair").to_numpy()
    counts["from_class"] = codes_a[pair_index // classes_b]
    if second is not None:
        counts["to_class"] = codes_b[pair_index % classes_b]
    return counts


def _count_union(zone_layers, pair, pairs, weights) -> pd.DataFrame:
    """Pixels outside every zone (zone 0) and inside any (UNION), when zones overlap."""
    inside = np.zeros(zone_layers[0].shape, np.uint8)
    for zones in zone_layers:
        inside |= zones > 0
    frame = _count_zones(inside, pair, pairs, weights)
    frame.loc[frame["zone"] == 1, "zone"] = UNION
    return frame


def _count_zones(zones, pair, pairs, weights) -> pd.DataFrame:
    if zones is None:
        key, zone_codes = pair.ravel(), np.array([WHOLE_RASTER])
    else:
        present = np.flatnonzero(np.bincount(zones.ravel()))
        lookup = np.zeros(int(present[-1]) + 1, np.int64)
        lookup[present] = np.arange(len(present))
        local_zone = lookup[zones]
        local_zone *= pairs
        local_zone += pair
        key, zone_codes = local_zone.ravel(), present
    size = len(zone_codes) * pairs
    pixels = np.bincount(key, minlength=size)
    found = np.flatnonzero(pixels)
    frame = pd.DataFrame({"zone": zone_codes[found // pairs], "pair": found % pairs,
                          "pixels": pixels[found]})
    if weights is not None:
        frame["area_km2"] = np.bincount(key, weights=weights, minlength=size)[found]
    return frame


# --- the run ------------------------------------------------------------------------------

class _Reader:
    """One thread's datasets: the first raster, the second (aligned or warped) and zones."""

    def __init__(self, plan: CountPlan):
        self.plan = plan
        self.first_dataset = rio.open_raster(plan.first.path)
        self.first_band = self.first_dataset.GetRasterBand(plan.first.band)
        self.second_band = None
        if plan.second is not None:
            self.second_dataset = rio.open_raster(plan.second.path)
            if plan.second_warped:
                self.second_dataset = rio.warp_onto(self.second_dataset, plan.first_grid)
            self.second_band = self.second_dataset.GetRasterBand(plan.second.band)
        self.zones = rio.ZoneRasteriser(plan.zone_layers, plan.first_grid.wkt) \
            if plan.zone_layers else None
        self.zone_lookups = self.zones.lookups if self.zones is not None else []

    def read(self, first_row: int, rows: int):
        col, row, width, _ = self.plan.window
        first = rio.read_strip(self.first_band, col, row + first_row, width, rows)
        second = None
        if self.second_band is not None:
            second_col, second_row = col, row + first_row
            if self.plan.second_offset is not None:
                second_col -= self.plan.second_offset[0]
                second_row -= self.plan.second_offset[1]
            second = rio.read_strip(self.second_band, second_col, second_row, width, rows)
        zones = []
        if self.zones is not None:
            zones = self.zones.burn(self.plan.grid.window(0, first_row, width, rows))
        return first, second, zones


StripHook = Callable[[int, np.ndarray, Optional[np.ndarray], List[np.ndarray]], None]


def run_counts(plan: CountPlan, progress: Callable[[float], None] = lambda f: None,
               is_cancelled: Callable[[], bool] = lambda: False,
               strip_hook: Optional[StripHook] = None,
               workers: int = WORKERS) -> CountResult:
    """Counts every strip of the plan's window; ``strip_hook(row, first, second, zones)``
    lets a caller write a per-pixel output from the same reads."""
    grid = plan.grid
    geographic = grid.is_geographic()

    def worker():
        reader = _Reader(plan)
        counts = _ThreadCounts(plan, geographic, reader.zone_lookups)

        def count(first_row, rows):
            first, second, zones = reader.read(first_row, rows)
            areas = rio.geographic_row_areas_km2(grid, first_row, rows) if geographic else None
            counts.add(first, second, zones, areas)
            if strip_hook is not None:
                strip_hook(first_row, first, second, zones)
        return count, counts.result

    jobs = strip_jobs(plan.first, grid)
    results = run_strips(jobs, worker, progress, is_cancelled, workers)
    return summarise(plan, results, geographic)


def strip_jobs(first: RasterInput, grid: rio.Grid, pixels: Optional[int] = None):
    """(first row, rows) of the strips of ``grid``, whole blocks of the first raster."""
    dataset = rio.open_raster(first.path)  # keeps the band below valid
    block_height = dataset.GetRasterBand(first.band).GetBlockSize()[1]
    return rio.strips(grid.height, rio.strip_rows(grid.width, block_height, pixels))


class _ThreadCounts:
    """One thread's counts: byte rasters through StripCounter, other types per strip."""

    def __init__(self, plan: CountPlan, weighted: bool, zone_lookups: List[np.ndarray]):
        self.plan = plan
        self.zone_lookups = zone_lookups
        self.weighted = weighted
        self.overlapping = len(plan.zone_layers) > 1
        zone_count = max((zone.index for layer in plan.zone_layers for zone in layer),
                         default=None)
        paired = plan.second is not None
        self.counter = StripCounter(zone_count, paired, weighted)
        self.union = StripCounter(1, paired, weighted) if self.overlapping else None
        self.frames: List[pd.DataFrame] = []

    def add(self, first, second, zones, row_areas) -> None:
        if first.dtype != np.uint8 or (second is not None and second.dtype != np.uint8):
            indices = [lookup[layer] for layer, lookup in zip(zones, self.zone_lookups)]
            self.frames.append(count_strip(first, second, indices, row_areas))
            return
        for layer, lookup in zip(zones, self.zone_lookups) if zones else [(None, None)]:
            self.counter.add(first, second, layer, row_areas, lookup)
        if self.union is not None:
            inside = np.zeros(first.shape, np.uint8)
            for layer in zones:
                inside |= layer > 0
            self.union.add(first, second, inside, row_areas, np.arange(2))

    def result(self) -> pd.DataFrame:
        union = self.union.result() if self.union is not None else None
        return finish_counts(self.frames, self.counter.result(), union, self.plan.zone_layers)


def finish_counts(frames: List[pd.DataFrame], counted: pd.DataFrame,
                  union: Optional[pd.DataFrame], zone_layers) -> pd.DataFrame:
    """A thread's counts with their zones named: WHOLE_RASTER without zones; with overlapping
    zones, the layers' outside rows dropped and the union's inside rows as UNION."""
    frames = list(frames)
    if not zone_layers:
        counted["zone"] = WHOLE_RASTER
    elif len(zone_layers) > 1:
        counted = counted[counted["zone"] != OUTSIDE]
    frames.append(counted)
    if union is not None:
        union.loc[union["zone"] == 1, "zone"] = UNION
        frames.append(union)
    return pd.concat(frames, ignore_index=True)


def summarise(plan: CountPlan, results: List[pd.DataFrame], geographic: bool) -> CountResult:
    keys = ["zone", "from_class"] + (["to_class"] if plan.second is not None else [])
    table = pd.concat(results, ignore_index=True).groupby(keys, as_index=False).sum()
    if not geographic:
        table["area_km2"] = table["pixels"] * rio.projected_pixel_area_km2(plan.grid)
    nodata = _is_nodata(table["from_class"], plan.nodata[0])
    if plan.second is not None:
        nodata |= _is_nodata(table["to_class"], plan.nodata[1])
    outside = table["zone"] == OUTSIDE
    counted_once = table["zone"] == UNION if len(plan.zone_layers) > 1 else ~outside
    nodata_pixels = int(table.loc[nodata & counted_once, "pixels"].sum())
    outside_pixels = int(table.loc[outside & ~nodata, "pixels"].sum())
    table = table[~nodata & ~outside & (table["zone"] != UNION)].reset_index(drop=True)
    for column, raster in (("from_class", plan.first), ("to_class", plan.second)):
        if column not in table:
            continue
        if not _all_integral(table[column]):
            # 2.5 would be labelled and weighted as class 2 or 3: refuse rather than guess.
            value = next(v for v in table[column] if v % 1)
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "Raster {raster} holds values that are not whole numbers, such as "
                "{value}: land-cover classes must be whole numbers."),
                raster=raster.path, value=f"{value:g}")
        table[column] = table[column].astype(np.int64)
    return CountResult(table, plan, nodata_pixels, outside_pixels)


def _is_nodata(codes: pd.Series, nodata: Optional[float]) -> pd.Series:
    missing = codes.isna()
    if nodata is not None:
        missing |= codes == nodata
    return missing


def _all_integral(values: pd.Series) -> bool:
    return bool(np.all(np.mod(values.to_numpy(dtype=float), 1) == 0))


def likely_classes(raster: RasterInput) -> List[int]:
    """Classes seen in a quick sample of a byte raster (GDAL's approximate histogram, from
    overviews or every few lines), so that gaps in a class table show before the run;
    nodata excluded. Empty for other data types, which are only known after counting."""
    dataset = rio.open_raster(raster.path)
    band = rio.check_band(dataset, raster.band)
    if band.DataType != rio.gdal.GDT_Byte:
        return []
    with rio.no_sidecar_files():
        histogram = band.GetHistogram(-0.5, 255.5, 256, include_out_of_range=0, approx_ok=1)
    nodata = band.GetNoDataValue()
    return [code for code, count in enumerate(histogram) if count and code != nodata]


def classes_present(result: CountResult) -> Dict[str, List]:
    columns = ["from_class"] + (["to_class"] if "to_class" in result.table else [])
    return {column: sorted(result.table[column].unique().tolist()) for column in columns}
