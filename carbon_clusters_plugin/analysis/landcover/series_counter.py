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
    def _renumber(stack, compact, class_of, used):
        """Gives every value of the strip a compact code; False when they run out."""
        rasters, rows, cols = stack.shape
        for k in range(rasters):
            for i in range(rows):
                for j in range(cols):
                    value = stack[k, i, j]
                    if compact[value] < 0:
                        if used[0] >= class_of.size:
                            return False
                        compact[value] = used[0]
                        class_of[used[0]] = value
                        used[0] += 1
        return True

    @njit(nogil=True, cache=True)
    def _count_pairs(stack, zones, lookup, firsts, seconds, compact, row_weights, counts,
                     areas):
        rasters, rows, cols = stack.shape
        codes = np.empty(rasters, np.intp)
        for i in range(rows):
            weight = 0.0
            if row_weights is not None:
                weight = row_weights[i]
            for j in range(cols):
                slot = 0
                if zones is not None:
                    slot = lookup[zones[i, j]]
                for k in range(rasters):
                    codes[k] = compact[stack[k, i, j]]
                for p in range(firsts.size):
                    key = (codes[firsts[p]] << 5) | codes[seconds[p]]
                    counts[p, slot, key] += 1
                    if row_weights is not None:
                        areas[p, slot, key] += weight
else:  # pragma: no cover - exercised where numba is absent
    _renumber = _count_pairs = None


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
            row_weights: Optional[np.ndarray]) -> bool:
        """``stack``: the series' byte strips (rasters x rows x cols); ``zone_layers``: burnt
        values, ``lookups[layer][value]`` their zone index. False: not counted."""
        if not _renumber(stack, self.compact, self.class_of, self.used):
            return False
        weights = row_weights if self.weighted else None
        for zones, lookup in zip(zone_layers, lookups):
            _count_pairs(stack, zones, lookup, self.firsts, self.seconds, self.compact,
                         weights, self.counts, self.areas)
        if inside is not None:
            _count_pairs(stack, inside, np.arange(2, dtype=np.intp), self.firsts,
                         self.seconds, self.compact, weights, self.union_counts,
                         self.union_areas)
        return True

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
