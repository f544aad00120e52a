"""Counting the from→to class pairs of a land-cover series, every pair in one pass per strip.

A series of N rasters needs N−1 consecutive pairs and first→last. One numba kernel visits
each pixel once and adds it to every pair's dense counts, keyed (pair, zone, from, to). The
classes are renumbered compactly as they are met (at most MAX_CLASSES distinct values in the
whole series: every preset's codes and nodata fit), so that the counts stay small for many
years and zones. ``add`` says False when a strip cannot be counted here (more classes, no
numba); the caller then counts it another way (land_counts' per-pair counters), which gives
the same numbers.
"""

from typing import List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .strip_counter import njit

CODE_BITS = 5
MAX_CLASSES = 1 << CODE_BITS
DENSE_LIMIT = 128 * 1024 * 1024  # bytes of counts per thread


if njit is not None:
    @njit(nogil=True, cache=True)
    def _count_pairs(stack, zones, lookup, firsts, seconds, compact, class_of, used,
                     row_weights, counts, areas):
        """Counts runs of equal pixels (same zone, same class in every raster: most of a
        land-cover row) with one addition per pair. A value without a compact code gets
        one; when they run out, returns the flat index of the first pixel not counted
        (every pixel before it is counted), else -1."""
        rasters, rows, cols = stack.shape
        codes = np.empty(rasters, np.intp)
        for i in range(rows):
            weight = 0.0
            if row_weights is not None:
                weight = row_weights[i]
            run, slot = 0, 0
            for j in range(cols):
                if run > 0:
                    same = zones is None or zones[i, j] == zones[i, j - 1]
                    k = 0
                    while same and k < rasters:
                        same = stack[k, i, j] == stack[k, i, j - 1]
                        k += 1
                    if same:
                        run += 1
                        continue
                    _add_run(codes, slot, run, weight, firsts, seconds, counts, areas,
                             row_weights is not None)
                for k in range(rasters):
                    value = stack[k, i, j]
                    if compact[value] < 0:
                        if used[0] >= class_of.size:
                            return i * cols + j
                        compact[value] = used[0]
                        class_of[used[0]] = value
                        used[0] += 1
                    codes[k] = compact[value]
                slot = 0
                if zones is not None:
                    slot = lookup[zones[i, j]]
                run = 1
            if run > 0:
                _add_run(codes, slot, run, weight, firsts, seconds, counts, areas,
                         row_weights is not None)
        return -1

    @njit(nogil=True, cache=True, inline="always")
    def _add_run(codes, slot, run, weight, firsts, seconds, counts, areas, weighted):
        for p in range(firsts.size):
            key = (codes[firsts[p]] << 5) | codes[seconds[p]]
            counts[p, slot, key] += run
            if weighted:
                areas[p, slot, key] += weight * run
else:  # pragma: no cover - exercised where numba is absent
    _count_pairs = None


class PairCounter:
    """Counts (and, for geographic grids, areas) of every pair by zone and class pair.

    ``zone_count`` is the largest zone index (None: no zones); with ``union`` a second set of
    counts takes the pixels inside any zone (1) or none (0), for overlapping zones.
    """

    def __init__(self, zone_count: Optional[int], pairs: Sequence[Tuple[int, int]],
                 weighted: bool, union: bool = False):
        self.firsts = np.array([first for first, _ in pairs], np.intp)
        self.seconds = np.array([second for _, second in pairs], np.intp)
        self.weighted = weighted
        self.compact = np.full(256, -1, np.intp)
        self.class_of = np.zeros(MAX_CLASSES, np.intp)
        self.used = np.zeros(1, np.intp)
        slots = 1 if zone_count is None else zone_count + 1
        self.counts, self.areas = self._arrays(len(pairs), slots)
        self.union_counts, self.union_areas = self._arrays(len(pairs), 2) if union \
            else (None, None)

    @staticmethod
    def usable(zone_count: Optional[int], pairs: int, weighted: bool) -> bool:
        slots = 1 if zone_count is None else zone_count + 1
        return _count_pairs is not None and \
            pairs * (slots + 2) * MAX_CLASSES ** 2 * 8 * (2 if weighted else 1) <= DENSE_LIMIT

    def _arrays(self, pairs: int, slots: int):
        counts = np.zeros((pairs, slots, MAX_CLASSES ** 2), np.int64)
        return counts, np.zeros(counts.shape if self.weighted else (1, 1, 1))

    def add(self, stack: np.ndarray, zone_layers: List[Optional[np.ndarray]],
            lookups: List[Optional[np.ndarray]], inside: Optional[np.ndarray],
            row_weights: Optional[np.ndarray]) -> int:
        """``stack``: the series' byte strips (rasters x rows x cols); ``zone_layers``: burnt
        values, ``lookups[layer][value]`` their zone index. Returns -1 when every pixel is
        counted; else, with more classes than compact codes, the flat index of the first
        pixel not counted (of the first layer; none of the others is counted then)."""
        weights = row_weights if self.weighted else None
        targets = [(zones, lookup, self.counts, self.areas)
                   for zones, lookup in zip(zone_layers, lookups)]
        if inside is not None:
            targets.append((inside, np.arange(2, dtype=np.intp), self.union_counts,
                            self.union_areas))
        if len(targets) > 1:  # codes for every value first: the layers then all succeed
            stopped = _count_pairs(stack, None, None, self.firsts[:0], self.seconds[:0],
                                   self.compact, self.class_of, self.used, None,
                                   self.counts[:0], self.areas)
            if stopped >= 0:
                return 0
        for zones, lookup, counts, areas in targets:
            stopped = _count_pairs(stack, zones, lookup, self.firsts, self.seconds,
                                   self.compact, self.class_of, self.used, weights, counts,
                                   areas)
            if stopped >= 0:
                return stopped
        return -1

    def result(self, pair: int) -> Tuple[pd.DataFrame, Optional[pd.DataFrame]]:
        """Every non-zero count of one pair: zone, from_class, to_class, pixels[, area_km2];
        and the union's (zone 0 outside, 1 inside any) when counted."""
        union = None
        if self.union_counts is not None:
            union = self._frame(self.union_counts[pair], self.union_areas, pair)
        return self._frame(self.counts[pair], self.areas, pair), union

    def _frame(self, counts: np.ndarray, areas: np.ndarray, pair: int) -> pd.DataFrame:
        slots, keys = np.nonzero(counts)
        frame = pd.DataFrame({"zone": slots, "pixels": counts[slots, keys],
                              "from_class": self.class_of[keys >> CODE_BITS],
                              "to_class": self.class_of[keys & (MAX_CLASSES - 1)]})
        if self.weighted:
            frame["area_km2"] = areas[pair][slots, keys]
        return frame
