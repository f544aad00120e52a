"""Tapio decoupling of emissions from GDP between years, per group.

Features are first summed per group and year (a sum is missing when any of its features lacks
the value). For every pair of consecutive years, and for the first against the last year, the
relative changes are fractions (0.05 = +5 %) and the elasticity is

    e = emission_change / gdp_change

Tapio's (2005) eight states, with coupling for 0.8 <= e <= 1.2:

    GDP grows   (gdp_change > 0)   emissions fall (< 0) ............ strong decoupling
                                   e < 0.8 ......................... weak decoupling
                                   0.8 <= e <= 1.2 ................. expansive coupling
                                   e > 1.2 ......................... expansive negative decoupling
    GDP shrinks (gdp_change < 0)   emissions grow (> 0) ............ strong negative decoupling
                                   e < 0.8 ......................... weak negative decoupling
                                   0.8 <= e <= 1.2 ................. recessive coupling
                                   e > 1.2 ......................... recessive decoupling

Defined edge cases: an unchanged GDP (gdp_change == 0), a start value of zero (no relative
change) or a missing sum give a NULL elasticity and state; emissions unchanged while GDP
changes give e = 0 (weak decoupling, or weak negative decoupling when GDP shrinks). An
elasticity within 1e-9 of 0.8 or 1.2 counts as on the threshold (floating-point noise).
"""

import math
from typing import Optional, Tuple

import pandas as pd

GROUP = "group"
YEAR = "year"
EMISSIONS = "emissions"
GDP = "gdp"

LOWER = 0.8
UPPER = 1.2
# Elasticities within this of a threshold count as on it (0.08 / 0.10 is 0.7999999999999999).
TOLERANCE = 1e-9

OUTPUT_COLUMNS = ("group", "start_year", "end_year", "emission_change", "gdp_change",
                  "elasticity", "state", "state_zh")

STRONG_DECOUPLING = "strong decoupling"
WEAK_DECOUPLING = "weak decoupling"
EXPANSIVE_COUPLING = "expansive coupling"
EXPANSIVE_NEGATIVE_DECOUPLING = "expansive negative decoupling"
STRONG_NEGATIVE_DECOUPLING = "strong negative decoupling"
WEAK_NEGATIVE_DECOUPLING = "weak negative decoupling"
RECESSIVE_COUPLING = "recessive coupling"
RECESSIVE_DECOUPLING = "recessive decoupling"

CHINESE = {
    STRONG_DECOUPLING: "强脱钩",
    WEAK_DECOUPLING: "弱脱钩",
    EXPANSIVE_COUPLING: "扩张连接",
    EXPANSIVE_NEGATIVE_DECOUPLING: "扩张负脱钩",
    STRONG_NEGATIVE_DECOUPLING: "强负脱钩",
    WEAK_NEGATIVE_DECOUPLING: "弱负脱钩",
    RECESSIVE_COUPLING: "衰退连接",
    RECESSIVE_DECOUPLING: "衰退脱钩",
}
STATES = tuple(CHINESE)


def relative_change(start: float, end: float) -> float:
    """(end - start) / start; NaN when start is zero or either value is missing."""
    if start is None or end is None or math.isnan(start) or math.isnan(end) or start == 0:
        return math.nan
    return (end - start) / abs(start)


def tapio_state(emission_change: float, gdp_change: float) -> Tuple[float, Optional[str]]:
    """(elasticity, English state name); (NaN, None) when GDP is unchanged or a change is
    undefined."""
    if math.isnan(emission_change) or math.isnan(gdp_change) or gdp_change == 0:
        return math.nan, None
    elasticity = emission_change / gdp_change
    if gdp_change > 0:
        if emission_change < 0:
            state = STRONG_DECOUPLING
        elif elasticity < LOWER - TOLERANCE:
            state = WEAK_DECOUPLING
        elif elasticity <= UPPER + TOLERANCE:
            state = EXPANSIVE_COUPLING
        else:
            state = EXPANSIVE_NEGATIVE_DECOUPLING
    else:
        if emission_change > 0:
            state = STRONG_NEGATIVE_DECOUPLING
        elif elasticity < LOWER - TOLERANCE:
            state = WEAK_NEGATIVE_DECOUPLING
        elif elasticity <= UPPER + TOLERANCE:
            state = RECESSIVE_COUPLING
        else:
            state = RECESSIVE_DECOUPLING
    return elasticity, state


def sums_by_group_year(features: pd.DataFrame) -> pd.DataFrame:
    """Emissions and GDP summed per group and year; NaN where a feature lacks the value."""
    keys = [features[GROUP], features[YEAR]]
    values = features[[EMISSIONS, GDP]]
    sums = values.groupby(keys).sum().mask(values.isna().groupby(keys).any())
    sums.index.names = [GROUP, YEAR]
    return sums.reset_index().sort_values([GROUP, YEAR], kind="stable")


def periods(years) -> list:
    """Consecutive pairs of the sorted years, then first -> last when that is a new pair."""
    years = sorted(years)
    pairs = list(zip(years[:-1], years[1:]))
    if len(years) > 2:
        pairs.append((years[0], years[-1]))
    return pairs


def decoupling(features: pd.DataFrame) -> pd.DataFrame:
    """One row per group and period, columns ``OUTPUT_COLUMNS``.

    ``features`` has the columns group, year, emissions, gdp (one row per feature).
    """
    sums = sums_by_group_year(features)
    rows = []
    for group, table in sums.groupby(GROUP, sort=True):
        by_year = table.set_index(YEAR)
        for start, end in periods(by_year.index.tolist()):
            emission_change = relative_change(by_year.at[start, EMISSIONS],
                                              by_year.at[end, EMISSIONS])
            gdp_change = relative_change(by_year.at[start, GDP], by_year.at[end, GDP])
            elasticity, state = tapio_state(emission_change, gdp_change)
            rows.append({
                "group": group, "start_year": int(start), "end_year": int(end),
                "emission_change": emission_change, "gdp_change": gdp_change,
                "elasticity": elasticity, "state": state,
                "state_zh": CHINESE.get(state) if state else None,
            })
    return pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS))
