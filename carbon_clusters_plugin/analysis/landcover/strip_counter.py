"""Counting the pixels of one thread's strips by zone and class (pair) of byte rasters.

Each pixel's key is (zone slot, first class, second class) packed into one integer; the
counts go into a dense array per thread. With numba (optional: the numpy path gives the
same numbers) the key is computed and counted in one pass that releases the GIL, so two
threads count in parallel; numpy needs several passes and its bincount holds the GIL.
"""

from typing import List, Optional

import numpy as np
import pandas as pd

try:  # numba is optional: Debian and conda have it, QGIS's Windows installer does not
    from numba import njit
except ImportError:  # pragma: no cover - exercised where numba is absent
    njit = None

CLASS_BITS = 8  # byte rasters: 256 classes
DENSE_LIMIT = 64 * 1024 * 1024  # bytes of counts per thread before zones are compacted


def _count_numpy(zones, first, second, row_weights, lookup, counts, areas):
    key = lookup[zones].astype(np.intp) if zones is not None else \
        np.zeros(first.shape, np.intp)
    key <<= CLASS_BITS
    key += first
    if second is not None:
        key <<= CLASS_BITS
        key += second
    key = key.ravel()
    counts += np.bincount(key, minlength=counts.size)
    if row_weights is not None:
        weights = np.repeat(row_weights, first.shape[1])
        areas += np.bincount(key, weights=weights, minlength=areas.size)


if njit is not None:
    @njit(nogil=True, cache=True)
    def _count_numba(zones, first, second, row_weights, lookup, counts, areas):
        rows, cols = first.shape
        for i in range(rows):
            first_row = first[i]
            weight = 0.0
            if row_weights is not None:
                weight = row_weights[i]
            for j in range(cols):
                key = np.intp(0)
                if zones is not None:
                    key = np.intp(lookup[zones[i, j]])
                key = (key << 8) | np.intp(first_row[j])
                if second is not None:
                    key = (key << 8) | np.intp(second[i, j])
                counts[key] += 1
                if row_weights is not None:
                    areas[key] += weight
else:
    _count_numba = None


def accelerated() -> bool:
    return _count_numba is not None


class StripCounter:
    """Counts and (for geographic grids) areas by zone and class of byte strips.

    ``zone_count`` is the largest zone index (0 = outside); ``None`` means no zones.
    """

    def __init__(self, zone_count: Optional[int], paired: bool, weighted: bool,
                 use_numba: Optional[bool] = None):
        self.zone_count = zone_count
        self.paired = paired
        self.weighted = weighted
        self.class_bits = CLASS_BITS * (2 if paired else 1)
        self.use_numba = accelerated() if use_numba is None else use_numba
        slots = 1 if zone_count is None else zone_count + 1
        self.dense = slots << self.class_bits <= DENSE_LIMIT // 8
        self.frames: List[pd.DataFrame] = []
        self.identity = np.arange(slots, dtype=np.intp)
        if self.dense:
            self.counts = np.zeros(slots << self.class_bits, np.int64)
            self.areas = np.zeros(self.counts.size if weighted else 1)

    def add(self, first: np.ndarray, second: Optional[np.ndarray],
            zones: Optional[np.ndarray], row_weights: Optional[np.ndarray],
            zone_of_value: Optional[np.ndarray] = None) -> None:
        """``zones`` holds burnt values; ``zone_of_value[value]`` is the zone index."""
        if zones is None or zone_of_value is None:
            zone_of_value = self.identity if self.dense else None
        if self.dense:
            self._count(first, second, zones, row_weights, zone_of_value, self.counts,
                        self.areas)
            return
        present = np.flatnonzero(np.bincount(zones.ravel()))
        slot_of_value = np.zeros(int(present[-1]) + 1, np.intp)
        slot_of_value[present] = np.arange(len(present))
        counts = np.zeros(len(present) << self.class_bits, np.int64)
        areas = np.zeros(counts.size if self.weighted else 1)
        self._count(first, second, zones, row_weights, slot_of_value, counts, areas)
        self.frames.append(self._frame(counts, areas, zone_of_value[present]))

    def _count(self, first, second, zones, row_weights, lookup, counts, areas):
        weights = row_weights if self.weighted else None
        kernel = _count_numba if self.use_numba else _count_numpy
        kernel(zones, first, second if self.paired else None, weights, lookup, counts, areas)

    def _frame(self, counts, areas, zone_of_slot) -> pd.DataFrame:
        found = np.flatnonzero(counts)
        classes = found & ((1 << self.class_bits) - 1)
        frame = pd.DataFrame({"zone": zone_of_slot[found >> self.class_bits],
                              "pixels": counts[found]})
        if self.paired:
            frame["from_class"] = classes >> CLASS_BITS
            frame["to_class"] = classes & ((1 << CLASS_BITS) - 1)
        else:
            frame["from_class"] = classes
        if self.weighted:
            frame["area_km2"] = areas[found]
        return frame

    def result(self) -> pd.DataFrame:
        """Every non-zero count: zone (slot number when dense), from_class[, to_class],
        pixels[, area_km2]."""
        if self.dense:
            return self._frame(self.counts, self.areas, self.identity)
        if not self.frames:
            return self._frame(np.zeros(1, np.int64), np.zeros(1), np.zeros(1, np.intp))
        return pd.concat(self.frames, ignore_index=True)
