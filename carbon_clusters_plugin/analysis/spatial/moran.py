"""Global Moran's I per group and field, local Moran (LISA) clusters, Moran scatterplots.

Pure (numpy, pandas, esda, libpysal, shapely; matplotlib only for the scatterplot report).
Statistics come from esda with row-standardised weights from :mod:`.spatial_weights`. The
permutation test draws from numpy's generator seeded with ``seed`` for every group and field,
so a row does not depend on which other rows were computed; numpy's global random state is
restored afterwards.
"""

import math
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from . import libraries
from .spatial_weights import Weights, build_weights, to_libpysal

ALL = "ALL"
TABLE_COLUMNS = ["group", "field", "n", "moran_i", "expected_i", "z_norm", "p_norm",
                 "z_sim", "p_sim", "significance", "islands"]
LISA_COLUMNS = ["lisa_i", "lisa_p", "lisa_cluster"]
QUADRANTS = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
NOT_SIGNIFICANT = "ns"
UNDEFINED = "undefined"
MIN_FEATURES = 3

# Notes explaining NULL statistics (the adapter turns them into translated log lines).
TOO_FEW = "too_few"
CONSTANT = "constant"
NO_LINKS = "no_links"

CORRECTION_NONE, CORRECTION_BONFERRONI, CORRECTION_FDR = 0, 1, 2


@dataclass
class WeightsOptions:
    method: int = 0
    k: int = 4
    distance: float = 0.0
    geographic: bool = False
    tolerance: float = 0.0
    join_islands: bool = False


@dataclass
class GroupWeights:
    """Weights of one group's features for one field (positions index ``rows``)."""

    group: str
    rows: List[int]  # row numbers in the caller's table
    weights: Weights


@dataclass
class MoranRun:
    table: pd.DataFrame
    notes: List[dict] = field(default_factory=list)  # {"group", "field", "note", "n"}
    islands: List[dict] = field(default_factory=list)  # {"group", "field", "rows", "joined"}
    scatter: List[dict] = field(default_factory=list)  # {"group", "field", "z", "lag", "i"}
    thresholds: List[dict] = field(default_factory=list)  # automatic bands {"group", ...}


def significance_mark(p: Optional[float]) -> Optional[str]:
    """'**' below 0.05, '*' below 0.1, '' otherwise, None for a missing p."""
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return None
    return "**" if p < 0.05 else "*" if p < 0.1 else ""


@contextmanager
def seeded(seed: Optional[int]):
    """Seeds numpy's global generator (esda's Moran draws from it) and restores it after."""
    state = np.random.get_state()
    if seed is not None:
        np.random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(state)


def global_moran(values: Sequence[float], weights: Weights, permutations: int = 999,
                 seed: Optional[int] = 12345, use_p_norm: bool = False) -> dict:
    """One row of statistics (NaN where undefined) plus a ``note`` explaining NaNs."""
    esda = libraries.esda()

    y = np.asarray(values, dtype=float)
    n = len(y)
    row = {"n": n, "moran_i": math.nan, "expected_i": math.nan, "z_norm": math.nan,
           "p_norm": math.nan, "z_sim": math.nan, "p_sim": math.nan,
           "islands": len(weights.islands), "note": None}
    if n < MIN_FEATURES:
        row["note"] = TOO_FEW
    elif np.allclose(y, y[0], rtol=0, atol=0) or float(np.var(y)) == 0.0:
        row["note"] = CONSTANT
    elif weights.links == 0:
        row["note"] = NO_LINKS
    else:
        w = to_libpysal(weights.neighbours)
        with warnings.catch_warnings(), np.errstate(all="ignore"), seeded(seed):
            warnings.simplefilter("ignore")
            m = esda.Moran(y, w, transformation="r", permutations=permutations,
                           two_tailed=True)
        row.update(moran_i=m.I, expected_i=m.EI, z_norm=m.z_norm, p_norm=m.p_norm)
        if permutations:
            row.update(z_sim=m.z_sim, p_sim=m.p_sim)
    p = row["p_norm"] if use_p_norm or not permutations else row["p_sim"]
    row["significance"] = significance_mark(p)
    return {key: _finite(value) for key, value in row.items()}


def _finite(value):
    if isinstance(value, (float, np.floating)) and not np.isfinite(value):
        return math.nan
    return value.item() if hasattr(value, "item") else value


def _group_positions(groups: Optional[Sequence]) -> Dict[str, List[int]]:
    if groups is None:
        return {}
    positions: Dict[str, List[int]] = {}
    for row, group in enumerate(groups):
        if group is None:
            continue
        positions.setdefault(str(group), []).append(row)
    return positions


def moran_table(geometries: Sequence, values: Dict[str, Sequence[float]],
                groups: Optional[Sequence] = None, options: Optional[WeightsOptions] = None,
                permutations: int = 999, seed: Optional[int] = 12345,
                use_p_norm: bool = False, is_canceled=lambda: False,
                progress=lambda fraction: None, scatter: bool = False) -> MoranRun:
    """Global Moran's I of each field for all features (group ``ALL``) and for each group.

    ``geometries``: shapely geometries, None where missing; ``values``: {field: floats, NaN for
    NULL}; ``groups``: group of each feature (None = no group) or None for no grouping. For
    each field, features with a NULL value or no geometry are left out before the weights are
    built; group rows use neighbours within the group only.
    """
    options = options or WeightsOptions()
    run = MoranRun(table=pd.DataFrame(columns=TABLE_COLUMNS))
    group_rows = {ALL: list(range(len(geometries)))}
    group_rows.update(_group_positions(groups))
    cache: Dict[tuple, Weights] = {}
    rows = []
    steps = max(len(values) * len(group_rows), 1)
    done = 0
    for field_name, column in values.items():
        y = np.asarray(column, dtype=float)
        for group, members in group_rows.items():
            if is_canceled():
                return run
            used = [r for r in members if geometries[r] is not None and not math.isnan(y[r])]
            weights = _weights_for(used, geometries, options, cache)
            if weights.threshold is not None and options.distance <= 0:
                run.thresholds.append({"group": group, "field": field_name,
                                       "threshold": weights.threshold})
            stats = global_moran(y[used], weights, permutations, seed, use_p_norm)
            note = stats.pop("note")
            if note:
                run.notes.append({"group": group, "field": field_name, "note": note,
                                  "n": len(used)})
            if weights.islands or weights.joined:
                run.islands.append({"group": group, "field": field_name,
                                    "rows": [used[i] for i in weights.islands],
                                    "joined": [(used[a], used[b]) for a, b in weights.joined]})
            if scatter and not note:
                z, lag = moran_scatter(y[used], weights)
                run.scatter.append({"group": group, "field": field_name, "z": z, "lag": lag,
                                    "i": stats["moran_i"]})
            rows.append({"group": group, "field": field_name, **stats})
            done += 1
            progress(done / steps)
    run.table = pd.DataFrame(rows, columns=TABLE_COLUMNS)
    return run


def _weights_for(used: List[int], geometries, options: WeightsOptions, cache) -> Weights:
    key = tuple(used)
    if key not in cache:
        cache[key] = build_weights([geometries[r] for r in used], method=options.method,
                                   k=options.k, distance=options.distance,
                                   geographic=options.geographic, tolerance=options.tolerance,
                                   join_islands=options.join_islands)
    return cache[key]


def moran_scatter(values: Sequence[float], weights: Weights):
    """Standardised values and their row-standardised spatial lag (islands' lag is 0)."""
    y = np.asarray(values, dtype=float)
    z = (y - y.mean()) / y.std()
    lag = np.array([z[v].mean() if v else 0.0 for _, v in sorted(weights.neighbours.items())])
    return z, lag


def significant(p: np.ndarray, alpha: float = 0.05, correction: int = CORRECTION_NONE
                ) -> np.ndarray:
    """Which p-values (NaN = untested) are significant: plain p ≤ alpha, Bonferroni
    p ≤ alpha / m, or Benjamini–Hochberg false discovery rate at alpha (m = tested values)."""
    p = np.asarray(p, dtype=float)
    tested = ~np.isnan(p)
    m = int(tested.sum())
    result = np.zeros(len(p), dtype=bool)
    if m == 0:
        return result
    if correction == CORRECTION_BONFERRONI:
        result[tested] = p[tested] <= alpha / m
    elif correction == CORRECTION_FDR:
        ordered = np.sort(p[tested])
        passing = np.nonzero(ordered <= alpha * np.arange(1, m + 1) / m)[0]
        if passing.size:
            result[tested] = p[tested] <= ordered[passing[-1]]
    else:
        result[tested] = p[tested] <= alpha
    return result


def local_moran(values: Sequence[float], weights: Weights, permutations: int = 999,
                seed: Optional[int] = 12345, alpha: float = 0.05,
                correction: int = CORRECTION_NONE) -> pd.DataFrame:
    """``lisa_i``, ``lisa_p`` and ``lisa_cluster`` (HH, LH, LL, HL, ns; undefined for islands,
    a constant field or fewer than 3 features) of one group's features, in their order.

    esda's local Moran needs every feature to have a neighbour: an island is given a one-way
    link to another feature for the computation only (that changes no other feature's
    statistic: only the island's own row of the weights differs) and its results are
    discarded.
    """
    esda = libraries.esda()

    y = np.asarray(values, dtype=float)
    n = len(y)
    frame = pd.DataFrame({"lisa_i": np.full(n, np.nan), "lisa_p": np.full(n, np.nan),
                          "lisa_cluster": [UNDEFINED] * n})
    islands = set(weights.islands)
    if n < MIN_FEATURES or float(np.var(y)) == 0.0 or len(islands) == n:
        return frame
    neighbours = {i: (list(v) if v else [(i + 1) % n]) for i, v in weights.neighbours.items()}
    w = to_libpysal(neighbours)
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        local = esda.Moran_Local(y, w, transformation="r", permutations=max(permutations, 1),
                                 seed=seed, keep_simulations=True, n_jobs=1)
    defined = np.array([i not in islands for i in range(n)])
    lisa_i = np.where(defined, local.Is, np.nan)
    lisa_p = np.where(defined, local.p_sim, np.nan)
    marks = significant(lisa_p, alpha, correction)
    clusters = [UNDEFINED if not defined[i] else
                QUADRANTS[int(local.q[i])] if marks[i] else NOT_SIGNIFICANT for i in range(n)]
    frame["lisa_i"] = lisa_i
    frame["lisa_p"] = lisa_p
    frame["lisa_cluster"] = clusters
    return frame


def lisa_table(geometries: Sequence, values: Sequence[float], groups: Optional[Sequence] = None,
               options: Optional[WeightsOptions] = None, permutations: int = 999,
               seed: Optional[int] = 12345, alpha: float = 0.05,
               correction: int = CORRECTION_NONE, is_canceled=lambda: False,
               progress=lambda fraction: None) -> pd.DataFrame:
    """LISA columns for every feature (in input order): computed over the whole layer, or per
    group with neighbours within the group; NULL values, missing geometries, no group and
    islands give ``undefined``."""
    options = options or WeightsOptions()
    count = len(geometries)
    result = pd.DataFrame({"lisa_i": np.full(count, np.nan), "lisa_p": np.full(count, np.nan),
                           "lisa_cluster": [UNDEFINED] * count})
    y = np.asarray(values, dtype=float)
    members_of = _group_positions(groups) if groups is not None else {ALL: list(range(count))}
    for done, members in enumerate(members_of.values()):
        if is_canceled():  # the caller sees the flag and stops; nothing partial is returned
            break
        progress(done / max(len(members_of), 1))
        used = [r for r in members if geometries[r] is not None and not math.isnan(y[r])]
        if not used:
            continue
        weights = _weights_for(used, geometries, options, {})
        frame = local_moran(y[used], weights, permutations, seed, alpha, correction)
        result.loc[used, LISA_COLUMNS] = frame[LISA_COLUMNS].to_numpy()
    result["lisa_i"] = result["lisa_i"].astype(float)
    result["lisa_p"] = result["lisa_p"].astype(float)
    return result
