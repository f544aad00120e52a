"""Class areas and from→to transitions of a land-cover series (one raster a year), every
raster read once.

The series is counted on the first raster's grid, as landtransition counts a pair: later
rasters on the same grid are read in place (the intersection of all extents is counted), on
other grids resampled by nearest neighbour while they are read. For each strip every raster
is read, the zones are burnt once, and every pair (consecutive years, and first→last) is
counted in one pass (series_counter). A year's class counts are a pair's counts summed over
the other year's classes, nodata included, so they equal a count of that raster alone.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .. import raster_io as rio
from ..messages import QT_TRANSLATE_NOOP, AnalysisError, Message
from . import land_counts as lc
from .series_counter import PairCounter
from .strip_runner import WORKERS, run_strips

# A year in a file name: four digits 1900–2199 not part of a longer number
# (landcover_2005.tif, CLCD_v01_2005_albert_province.tif).
YEAR_IN_NAME = re.compile(r"(?<!\d)(19\d\d|2[01]\d\d)(?!\d)")


# --- years --------------------------------------------------------------------------------

def years_from_names(paths: Sequence[str]) -> List[int]:
    years = []
    for path in paths:
        found = sorted(set(YEAR_IN_NAME.findall(Path(path).name)))
        if len(found) != 1:
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "No single year in the file name of {path} ({found}): give the "
                "years as a comma list, one per raster."),
                path=path, found=", ".join(found) or "none")
        years.append(int(found[0]))
    return years


def parse_years(text: str, count: int) -> List[int]:
    """Years from a comma list, one per raster."""
    parts = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    years = []
    for part in parts:
        if not re.fullmatch(r"[1-9]\d{0,3}", part):
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "\"{value}\" in the years \"{text}\" is not a year."),
                value=part, text=text)
        years.append(int(part))
    if len(years) != count:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "{years} years are given ({text}) for {rasters} rasters: give one "
            "year per raster, in the rasters' order."),
            years=len(years), text=text, rasters=count)
    return years


def in_time_order(paths: Sequence[str], years: Sequence[int]) -> List[int]:
    """Positions of the rasters from the earliest year to the latest; two rasters of one year
    are an error."""
    seen: Dict[int, str] = {}
    for path, year in zip(paths, years):
        if year in seen:
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "{first} and {second} are both of {year}: give one raster a "
                "year."), first=seen[year], second=path, year=year)
        seen[year] = path
    return sorted(range(len(years)), key=lambda position: years[position])


# --- the plan -----------------------------------------------------------------------------

@dataclass
class SeriesPlan:
    rasters: List[lc.RasterInput]
    years: List[int]
    first_grid: rio.Grid
    window: Tuple[int, int, int, int]
    offsets: List[Tuple[int, int]]  # each raster's origin in the first grid's pixels
    warped: List[bool]
    zone_layers: List[List[rio.Zone]]
    nodata: List[Optional[float]]
    notes: List[Message] = field(default_factory=list)

    @property
    def grid(self) -> rio.Grid:
        return self.first_grid.window(*self.window)

    @property
    def pairs(self) -> List[Tuple[int, int]]:
        """Consecutive pairs, then first→last (when not already one of them)."""
        last = len(self.rasters) - 1
        pairs = [(k, k + 1) for k in range(last)]
        return pairs + ([(0, last)] if last > 1 else [])

    def count_plan(self, first: int, second: Optional[int] = None) -> lc.CountPlan:
        """The plan landtransition (or, for one raster, sinkaccounting) would count."""
        return lc.CountPlan(
            self.rasters[first], None if second is None else self.rasters[second],
            self.first_grid, self.window, None, False, self.zone_layers,
            (self.nodata[first], None if second is None else self.nodata[second]))


def plan_series(rasters: Sequence[lc.RasterInput], years: Sequence[int],
                zones: Optional[Sequence[rio.Zone]] = None,
                resample: bool = True) -> SeriesPlan:
    if len(rasters) < 2:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "A land-cover series needs at least two rasters ({count} given)."),
            count=len(rasters))
    first = rasters[0]
    single = lc.plan_counts(first)
    window, notes = single.window, []
    offsets, warped, nodata = [(0, 0)], [False], [single.nodata[0]]
    for raster in rasters[1:]:
        pair = lc.plan_counts(first, raster, resample=resample)
        notes.extend(note for note in pair.notes if note not in notes)
        window = _intersection(window, pair.window)
        offsets.append(pair.second_offset or (0, 0))
        warped.append(pair.second_warped)
        nodata.append(pair.nodata[1])
    if window is None:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "The rasters of the series have no part in common."))
    zone_layers = []
    if zones:
        window = lc.zones_window(single.first_grid, window, zones)
        zone_layers = rio.non_overlapping_layers(zones, single.first_grid)
        if len(zone_layers) > 1:
            notes.append(Message(QT_TRANSLATE_NOOP(
                "Messages", "Zones overlap: each zone counts all its pixels ({layers} "
                "passes)."), dict(layers=len(zone_layers))))
    return SeriesPlan(list(rasters), list(years), single.first_grid, window, offsets, warped,
                      zone_layers, nodata, notes)


def _intersection(one, other):
    if one is None:
        return None
    col0, row0 = max(one[0], other[0]), max(one[1], other[1])
    col1 = min(one[0] + one[2], other[0] + other[2])
    row1 = min(one[1] + one[3], other[1] + other[3])
    return (col0, row0, col1 - col0, row1 - row0) if col1 > col0 and row1 > row0 else None


# --- reading ------------------------------------------------------------------------------

class _SeriesReader:
    """One thread's datasets: every raster of the series (warped where needed) and zones."""

    def __init__(self, plan: SeriesPlan):
        self.plan = plan
        self.datasets, self.bands = [], []
        for raster, warped in zip(plan.rasters, plan.warped):
            dataset = rio.open_raster(raster.path)
            if warped:
                dataset = rio.warp_onto(dataset, plan.first_grid)
            self.datasets.append(dataset)
            self.bands.append(dataset.GetRasterBand(raster.band))
        self.bytes = all(band.DataType == rio.gdal.GDT_Byte for band in self.bands)
        self.zones = rio.ZoneRasteriser(plan.zone_layers, plan.first_grid.wkt) \
            if plan.zone_layers else None
        self.zone_lookups = self.zones.lookups if self.zones is not None else []

    def read(self, first_row: int, rows: int):
        """(one strip per raster, the same as one byte array or None, burnt zones)."""
        col, row, width, _ = self.plan.window
        stack = np.empty((len(self.bands), rows, width), np.uint8) if self.bytes else None
        strips = []
        for number, (band, offset) in enumerate(zip(self.bands, self.plan.offsets)):
            out = stack[number] if stack is not None else None
            strips.append(rio.read_strip(band, col - offset[0], row + first_row - offset[1],
                                         width, rows, out))
        zones = []
        if self.zones is not None:
            zones = self.zones.burn(self.plan.grid.window(0, first_row, width, rows))
        return strips, stack, zones


class _SeriesCounts:
    """One thread's counts of every pair: one pass per byte strip (PairCounter), else (other
    data types, no numba, too many classes or zones) land_counts' counters pair by pair."""

    def __init__(self, plan: SeriesPlan, weighted: bool, zone_lookups, use_numba: bool):
        self.plan = plan
        self.weighted = weighted
        self.zone_lookups = zone_lookups
        self.pair_plans = [plan.count_plan(first, second) for first, second in plan.pairs]
        zone_count = max((zone.index for layer in plan.zone_layers for zone in layer),
                         default=None)
        overlapping = len(plan.zone_layers) > 1
        self.fast = PairCounter(zone_count, plan.pairs, weighted, overlapping) \
            if use_numba and PairCounter.usable(zone_count, len(plan.pairs), weighted) else None
        self.slow = None

    def add(self, strips, stack, zones, row_areas) -> None:
        if self.fast is not None and stack is not None and self.slow is None:
            inside = None
            if len(zones) > 1:
                inside = np.zeros(stack.shape[1:], np.uint8)
                for layer in zones:
                    inside |= layer > 0
            stopped = self.fast.add(stack, zones or [None], self.zone_lookups or [None],
                                    inside, row_areas)
            if stopped < 0:
                return
            # more classes than compact codes: the rest of the strip, and every later
            # strip, pair by pair
            row, col = divmod(stopped, stack.shape[2])
            self._add_slowly(strips, zones, row_areas, row, slice(col, None))
            self._add_slowly(strips, zones, row_areas, row + 1, slice(None))
            return
        self._add_slowly(strips, zones, row_areas, 0, slice(None))

    def _add_slowly(self, strips, zones, row_areas, row, cols) -> None:
        """Pair by pair, from ``row`` on (only ``cols`` of that row when it is not whole)."""
        rows = slice(row, row + 1) if cols != slice(None) else slice(row, None)
        self._start_slowly()
        if row >= strips[0].shape[0]:
            return
        zones = [layer[rows, cols] for layer in zones]
        areas = row_areas[rows] if row_areas is not None else None
        for (first, second), counts in zip(self.plan.pairs, self.slow):
            counts.add(strips[first][rows, cols], strips[second][rows, cols], zones, areas)

    def _start_slowly(self) -> None:
        if self.slow is None:
            self.slow = [lc._ThreadCounts(pair_plan, self.weighted, self.zone_lookups)
                         for pair_plan in self.pair_plans]

    def result(self) -> List[pd.DataFrame]:
        if self.fast is None:
            self._start_slowly()  # a thread that counted no strip
        results = []
        for number in range(len(self.plan.pairs)):
            frames = []
            if self.fast is not None:
                counted, union = self.fast.result(number)
                frames.append(lc.finish_counts([], counted, union, self.plan.zone_layers))
            if self.slow is not None:
                frames.append(self.slow[number].result())
            results.append(pd.concat(frames, ignore_index=True))
        return results


# --- the run ------------------------------------------------------------------------------

@dataclass
class SeriesResult:
    plan: SeriesPlan
    years: List[lc.CountResult]  # one per raster: zone, from_class, pixels, area_km2
    transitions: List[Tuple[int, int, lc.CountResult]]  # (first, second, pair counts)


SeriesHook = Callable[[int, List[np.ndarray], List[np.ndarray]], None]


def run_series(plan: SeriesPlan, progress: Callable[[float], None] = lambda f: None,
               is_cancelled: Callable[[], bool] = lambda: False,
               strip_hook: Optional[SeriesHook] = None, use_numba: Optional[bool] = None,
               workers: int = WORKERS) -> SeriesResult:
    """Counts every pair of the series; ``strip_hook(row, strips, zones)`` lets a caller
    write a per-pixel output from the same reads."""
    grid = plan.grid
    geographic = grid.is_geographic()
    use_numba = PairCounter.usable(None, 1, False) if use_numba is None else use_numba

    def worker():
        reader = _SeriesReader(plan)
        counts = _SeriesCounts(plan, geographic, reader.zone_lookups, use_numba)

        def count(first_row, rows):
            strips, stack, zones = reader.read(first_row, rows)
            areas = rio.geographic_row_areas_km2(grid, first_row, rows) if geographic else None
            counts.add(strips, stack, zones, areas)
            if strip_hook is not None:
                strip_hook(first_row, strips, zones)
        return count, counts.result

    # strips of a few million pixels in all, whatever the number of rasters
    pixels = max(rio.STRIP_PIXELS * 2 // len(plan.rasters), 1)
    jobs = lc.strip_jobs(plan.rasters[0], grid, pixels)
    by_thread = run_strips(jobs, worker, progress, is_cancelled, workers)
    transitions = [(first, second, lc.summarise(plan.count_plan(first, second),
                                                [thread[number] for thread in by_thread],
                                                geographic))
                   for number, (first, second) in enumerate(plan.pairs)]
    years = [lc.summarise(plan.count_plan(raster),
                          [_one_side(thread, plan.pairs, raster) for thread in by_thread],
                          geographic)
             for raster in range(len(plan.rasters))]
    return SeriesResult(plan, years, transitions)


def _one_side(pair_counts: List[pd.DataFrame], pairs, raster: int) -> pd.DataFrame:
    """One raster's class counts from a pair that holds it, summed over the other raster's
    classes (nodata included)."""
    number, side = next((n, side) for n, pair in enumerate(pairs)
                        for side in (0, 1) if pair[side] == raster)
    column = ("from_class", "to_class")[side]
    counts = pair_counts[number].drop(columns=[("to_class", "from_class")[side]])
    return counts.groupby(["zone", column], as_index=False).sum() \
        .rename(columns={column: "from_class"})
