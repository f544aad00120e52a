"""Emission totals, intensities, sinks, composition and radar values per group and year.

Input is one row per feature with the columns named in ``INPUT_COLUMNS`` (missing optional
columns are simply absent); features are summed per group and year, then the indicators are
ratios of the sums, so a cluster's per-capita value is its total over its population, not a
mean of its cities' values.
"""

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

GROUP = "group"
YEAR = "year"
INPUT_COLUMNS = ("emissions", "gdp", "population", "area_km2", "builtup_km2", "sink")
NORMALISED = ("emissions", "per_gdp", "per_capita", "per_area", "per_builtup")
GROWTH = ("emissions", "gdp", "population", "per_gdp", "per_capita", "per_builtup")

# Stands in for "no year" while grouping: pandas drops NaN keys from groups.
_NO_YEAR = -(10**9)


@dataclass(frozen=True)
class Units:
    """How many base units (t CO2, yuan, persons, km²) one unit of each input field holds."""

    emission_t: float = 1e4
    gdp_yuan: float = 1e4
    population_persons: float = 1e4
    area_km2: float = 1.0


def safe_ratio(numerator, denominator) -> np.ndarray:
    """numerator / denominator, NaN where the denominator is zero or missing."""
    num = np.asarray(numerator, dtype=float)
    den = np.asarray(denominator, dtype=float)
    out = np.full(np.broadcast(num, den).shape, np.nan)
    usable = np.isfinite(den) & (den != 0)
    np.divide(num, den, out=out, where=usable)
    return out


def sum_by_group_year(features: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """Sums per group and year; a sum is NaN when any of its features lacks the value."""
    keys = [features[GROUP], features[YEAR].fillna(_NO_YEAR)]
    grouped = features[list(columns)].groupby(keys)
    sums = grouped.sum()
    sums = sums.mask(features[list(columns)].isna().groupby(keys).any())
    sums["features"] = grouped.size()
    sums.index.names = [GROUP, YEAR]
    return sums.reset_index()


def add_intensities(table: pd.DataFrame, units: Units) -> None:
    emissions_t = table["emissions"] * units.emission_t
    table["per_gdp"] = safe_ratio(emissions_t, table["gdp"] * units.gdp_yuan / 1e4)
    table["per_capita"] = safe_ratio(emissions_t, table["population"] * units.population_persons)
    table["per_area"] = safe_ratio(table["emissions"], table["area_km2"])
    table["per_builtup"] = safe_ratio(table["emissions"], table["builtup_km2"])
    table["builtup_share"] = safe_ratio(table["builtup_km2"], table["area_km2"])


def add_sink_balance(table: pd.DataFrame) -> None:
    table["net"] = table["emissions"] - table["sink"]
    table["sink_ratio"] = safe_ratio(table["sink"], table["emissions"])


def add_component_shares(table: pd.DataFrame, components: Sequence[str]) -> None:
    for component in components:
        table[share_field(component)] = safe_ratio(table[component], table["emissions"])


def share_field(component: str) -> str:
    return f"share_{component}"


def add_year_max_normalisation(table: pd.DataFrame, columns: Sequence[str]) -> None:
    """``<column>_norm``: the value over the largest value among the groups of the same year."""
    for column in columns:
        year_max = table.groupby(YEAR)[column].transform("max")
        table[f"{column}_norm"] = safe_ratio(table[column], year_max.where(year_max > 0))


def add_growth_since_first_year(table: pd.DataFrame, columns: Sequence[str]) -> None:
    """``<column>_growth``: relative change against the group's first year (0.05 = +5%)."""
    is_first_year = table[YEAR] == table.groupby(GROUP)[YEAR].transform("min")
    for column in columns:
        base = table[column].where(is_first_year).groupby(table[GROUP]).transform("first")
        table[f"{column}_growth"] = safe_ratio(table[column] - base, base.abs())


# Totals that cannot be negative (sinks and net emissions can be).
NON_NEGATIVE = ("emissions", "gdp", "population", "area_km2", "builtup_km2")


def infinite_rows(table: pd.DataFrame, columns: Sequence[str]) -> Dict[str, List[int]]:
    """{column: row positions holding ±inf} for the columns present."""
    found = {}
    for column in columns:
        if column in table:
            rows = np.flatnonzero(np.isinf(table[column].to_numpy(dtype=float)))
            if len(rows):
                found[column] = rows.tolist()
    return found


def negative_rows(table: pd.DataFrame, columns: Sequence[str] = NON_NEGATIVE
                  ) -> Dict[str, List[int]]:
    """{column: row positions with a negative value} for the columns present."""
    found = {}
    for column in columns:
        if column in table:
            rows = np.flatnonzero(table[column].to_numpy(dtype=float) < 0)
            if len(rows):
                found[column] = rows.tolist()
    return found


def duplicate_rows(table: pd.DataFrame, columns: Sequence[str]) -> List[List[int]]:
    """Sets of row positions (two or more) equal in every one of ``columns``: the same city
    entered twice, which summing per group and year would count twice."""
    present = [c for c in columns if c in table]
    if not present:
        return []
    keys = table[present].astype(str).agg("\x1f".join, axis=1)
    repeated = keys[keys.duplicated(keep=False)]
    return [list(map(int, np.flatnonzero((keys == key).to_numpy())))
            for key in dict.fromkeys(repeated)]


def compute_indicators(
    features: pd.DataFrame, components: Sequence[str] = (), units: Optional[Units] = None,
    area_in_km2: bool = False,
) -> pd.DataFrame:
    """Indicators per group and year from per-feature values.

    ``features`` has ``group``, ``year`` (may be all NaN), ``emissions`` and any of the other
    ``INPUT_COLUMNS`` plus the component columns, all in the units described by ``units``.
    Output units: emissions, sink, net and the components in the emission unit; per_gdp in
    t CO2 per 10⁴ yuan; per_capita in t CO2 per person; per_area and per_builtup in the
    emission unit per km²; shares, ratios and growth as fractions.
    """
    units = units or Units()
    has_sink = "sink" in features  # a sink field was given, even if all its values are NULL
    features = features.copy()
    for column in INPUT_COLUMNS:
        if column not in features:
            features[column] = np.nan
    # ``area_in_km2``: the total area comes from the geometries, already in km²; the area
    # unit is that of the area fields only.
    scaled = ["builtup_km2"] if area_in_km2 else ["area_km2", "builtup_km2"]
    features[scaled] *= units.area_km2
    summed_columns = list(INPUT_COLUMNS) + [c for c in components if c not in INPUT_COLUMNS]
    table = sum_by_group_year(features, summed_columns)
    add_intensities(table, units)
    add_sink_balance(table)
    add_component_shares(table, components)
    add_year_max_normalisation(table, NORMALISED + (("sink",) if has_sink else ()))
    table[YEAR] = table[YEAR].where(table[YEAR] != _NO_YEAR)
    add_growth_since_first_year(table, GROWTH)
    return table.sort_values([GROUP, YEAR]).reset_index(drop=True)


def output_columns(components: Sequence[str], has_sink: bool) -> List[str]:
    """The output fields in the order they are written."""
    base = [GROUP, YEAR, "features", "emissions", "gdp", "population", "area_km2",
            "builtup_km2", "builtup_share", "per_gdp", "per_capita", "per_area", "per_builtup",
            "sink", "net", "sink_ratio"]
    norms = [f"{c}_norm" for c in NORMALISED + (("sink",) if has_sink else ())]
    growth = [f"{c}_growth" for c in GROWTH]
    return base + norms + list(components) + [share_field(c) for c in components] + growth
