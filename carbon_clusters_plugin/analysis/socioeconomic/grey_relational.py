"""Deng's grey relational analysis of comparison series against a reference series.

The series run over the features of a group (cities of a cluster, or years of one place), in
the layer's order or sorted by an order column. Every series is made dimensionless first:

    mean           x(k) / mean(x)
    initial value  x(k) / x(1)          (x(1): the first feature in that order)
    min-max        (x(k) - min x) / (max x - min x)

then, with Δi(k) = |x0(k) - xi(k)| and Δmin, Δmax the smallest and largest Δ over all factors
and features together (Deng's two-level, global minimum and maximum),

    coefficient ξi(k) = (Δmin + ρ Δmax) / (Δi(k) + ρ Δmax)
    grade       γi    = mean over k of ξi(k)

and rank 1 is the highest grade. When every Δ is zero the series coincide and all
coefficients are 1.
"""

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

ALL = "ALL"
GROUP = "group"
YEAR = "year"
ORDER = "order"
MEAN, INITIAL, MINMAX = "mean", "initial", "minmax"
NORMALIZATIONS = (MEAN, INITIAL, MINMAX)


class GreyInputError(ValueError):
    """Data the method cannot use. ``kind`` is one of missing, constant, zero_mean,
    zero_initial, too_few; ``field`` the field at fault, ``group``/``year`` where."""

    def __init__(self, kind: str, field: Optional[str] = None, group=None, year=None,
                 count: int = 0):
        self.kind, self.field, self.group, self.year, self.count = kind, field, group, year, count
        super().__init__(f"{kind}: field {field!r}, group {group!r}, year {year!r}, "
                         f"{count} value(s)")


def normalise(values: np.ndarray, method: str, field: str = "", group=None,
              year=None) -> np.ndarray:
    """The dimensionless series; GreyInputError naming the field for a zero divisor."""
    values = np.asarray(values, dtype=float)
    if method == MEAN:
        divisor = values.mean()
        if divisor == 0:
            raise GreyInputError("zero_mean", field, group, year)
        return values / divisor
    if method == INITIAL:
        if values[0] == 0:
            raise GreyInputError("zero_initial", field, group, year)
        return values / values[0]
    if method == MINMAX:
        span = values.max() - values.min()
        if span == 0:
            raise GreyInputError("constant", field, group, year)
        return (values - values.min()) / span
    raise ValueError(f"unknown normalisation {method!r}; use one of {NORMALIZATIONS}")


def relational_coefficients(reference: np.ndarray, comparisons: np.ndarray,
                            rho: float = 0.5) -> Tuple[np.ndarray, float, float]:
    """Coefficients (features x factors) of normalised series, with the global Δmin, Δmax."""
    delta = np.abs(np.asarray(comparisons, float) - np.asarray(reference, float)[:, None])
    delta_min, delta_max = float(delta.min()), float(delta.max())
    if delta_max == 0:
        return np.ones_like(delta), delta_min, delta_max
    return (delta_min + rho * delta_max) / (delta + rho * delta_max), delta_min, delta_max


def grades_of(coefficients: np.ndarray) -> np.ndarray:
    return coefficients.mean(axis=0)


def ranks_of(grades: Sequence[float]) -> List[int]:
    """1 for the highest grade; ties share the best rank."""
    return pd.Series(list(grades)).rank(method="min", ascending=False).astype(int).tolist()


@dataclass
class GreyResult:
    grades: pd.DataFrame        # group, [year], factor, grade, rank, features
    coefficients: pd.DataFrame  # fid, group, [year], factor, reference_norm, factor_norm,
    #                             coefficient
    extremes: pd.DataFrame      # group, [year], delta_min, delta_max


def grade_columns(with_year: bool) -> List[str]:
    return [GROUP] + ([YEAR] if with_year else []) + ["factor", "grade", "rank"]


def coefficient_columns(with_year: bool) -> List[str]:
    return (["fid", GROUP] + ([YEAR] if with_year else [])
            + ["factor", "reference_norm", "factor_norm", "coefficient"])


def grey_relational(features: pd.DataFrame, reference: str, factors: Sequence[str],
                    normalization: str = MEAN, rho: float = 0.5, with_year: bool = False,
                    with_all: bool = True, check=lambda: None) -> GreyResult:
    """Grades of ``factors`` against ``reference`` per group (and ``ALL``), per year if asked.

    ``features`` has the columns fid, group, [year], [order], reference and factors, one row
    per feature in the layer's order. ``check`` is called between groups (to cancel).
    Raises GreyInputError for missing values, constant series, zero divisors and groups of
    fewer than two features.
    """
    if not 0 < rho <= 1:
        raise ValueError(f"rho must be in (0, 1], not {rho}")
    if normalization not in NORMALIZATIONS:
        raise ValueError(f"unknown normalisation {normalization!r}")
    if reference in factors:
        factors = [f for f in factors if f != reference]
    for field in [reference, *factors]:
        missing = features[field].isna()
        if missing.any():
            raise GreyInputError("missing", field, count=int(missing.sum()))
    if ORDER in features:
        features = features.sort_values(ORDER, kind="stable")

    batches = []
    groups = sorted(features[GROUP].unique(), key=str)
    keys = [(g, features[features[GROUP] == g]) for g in groups]
    if with_all and (len(groups) > 1 or groups[0] != ALL):
        keys.append((ALL, features))
    for group, rows in keys:
        if with_year:
            for year in sorted(rows[YEAR].unique()):
                batches.append((group, year, rows[rows[YEAR] == year]))
        else:
            batches.append((group, None, rows))

    grade_rows, coefficient_rows, extreme_rows = [], [], []
    for group, year, rows in batches:
        check()
        if len(rows) < 2:
            raise GreyInputError("too_few", None, group, year, len(rows))
        x0 = normalise(rows[reference].to_numpy(), normalization, reference, group, year)
        xs = np.column_stack([normalise(rows[f].to_numpy(), normalization, f, group, year)
                              for f in factors])
        for field in [reference, *factors]:
            if rows[field].nunique() == 1:
                raise GreyInputError("constant", field, group, year)
        coefficients, delta_min, delta_max = relational_coefficients(x0, xs, rho)
        grades = grades_of(coefficients)
        where = {GROUP: group, **({YEAR: year} if with_year else {})}
        for factor, grade, rank in zip(factors, grades, ranks_of(grades)):
            grade_rows.append({**where, "factor": factor, "grade": float(grade),
                               "rank": rank, "features": len(rows)})
        extreme_rows.append({**where, "delta_min": delta_min, "delta_max": delta_max})
        fids = rows["fid"].tolist() if "fid" in rows else list(range(len(rows)))
        for j, factor in enumerate(factors):
            for k, fid in enumerate(fids):
                coefficient_rows.append({"fid": fid, **where, "factor": factor,
                                         "reference_norm": float(x0[k]),
                                         "factor_norm": float(xs[k, j]),
                                         "coefficient": float(coefficients[k, j])})
    return GreyResult(pd.DataFrame(grade_rows), pd.DataFrame(coefficient_rows),
                      pd.DataFrame(extreme_rows))
