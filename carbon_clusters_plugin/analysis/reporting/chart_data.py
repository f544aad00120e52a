"""The tables behind the dock's charts, prepared from a plain DataFrame (no qgis, no Qt).

Every function takes the rows of a layer as a DataFrame (NULLs as None/NaN, the layer's field
names as columns), the names of the fields to use, and returns exactly what the chart draws,
with the group and year columns renamed to ``group`` and ``year``:

- radar: one row per group, one column per indicator, normalised per year;
- emissions vs sinks: ``group, year, emissions, sink`` ordered by group and year (the paths);
- composition: one row per (group, year), one column per component, as shares;
- trends: ``group, year`` and one column per indicator, ordered by group and year;
- grey relational grades: ``group, [year,] factor, grade``;
- industrial types: one row per group, one column per cluster (counts).

Rows without a group are left out, and so are rows without a year when others have one; a
value that is NULL or not a number is NaN and is left out of what it would have been drawn in.
Several rows of the same group and year (a layer of cities rather than an indicators table) are
averaged.
"""

from typing import Dict, Iterable, List, Optional, Sequence

import numpy as np
import pandas as pd

GROUP = "group"
YEAR = "year"
STUDY_INDICATORS = ("emissions", "per_gdp", "per_capita", "per_builtup")
TREND_INDICATORS = ("emissions", "per_capita", "per_gdp")
SHARE_PREFIX = "share_"
NORMALISATIONS = ("max", "minmax")

# The columns that make a table recognisable as the output of one of the plugin's algorithms.
_SIGNATURES = (
    ("indicators", {GROUP, YEAR, "emissions", "per_gdp", "per_capita", "per_builtup",
                    "emissions_norm"}),
    ("grey_relational", {GROUP, "factor", "grade", "rank"}),
    ("industry_counts", {GROUP, "cluster", "count"}),
    ("industry_profiles", {"cluster", "cluster_label", "size"}),
)


def table_kind(columns: Iterable[str]) -> str:
    """Which output a table with these columns is: ``indicators``, ``grey_relational``,
    ``industry_counts``, ``industry_profiles``, or ``other``."""
    present = set(columns)
    for kind, required in _SIGNATURES:
        if required <= present:
            return kind
    return "other"


def share_columns(columns: Iterable[str]) -> List[str]:
    """The component share columns of an indicators table, in table order."""
    return [c for c in columns if c.startswith(SHARE_PREFIX)]


def component_name(column: str) -> str:
    """``share_co2_transport`` -> ``co2_transport``."""
    return column[len(SHARE_PREFIX):] if column.startswith(SHARE_PREFIX) else column


def numeric_columns(table: pd.DataFrame) -> List[str]:
    """Columns holding at least one number (text that reads as a number counts)."""
    found = []
    for column in table.columns:
        values = pd.to_numeric(table[column], errors="coerce")
        if values.notna().any():
            found.append(column)
    return found


def years(table: pd.DataFrame, year: Optional[str] = YEAR) -> List[int]:
    """The distinct years of a table, ascending; empty without a year column."""
    if not year or year not in table:
        return []
    values = pd.to_numeric(table[year], errors="coerce").dropna()
    return sorted({int(v) for v in values if float(v).is_integer()})


def _tidy(table: pd.DataFrame, group: Optional[str], year: Optional[str],
          values: Sequence[str]) -> pd.DataFrame:
    """``group``, ``year`` (NaN when there is no year field) and numeric value columns."""
    values = list(dict.fromkeys(values))
    missing = [c for c in [group, year, *values] if c and c not in table]
    if missing:
        raise KeyError(", ".join(missing))
    tidy = pd.DataFrame(index=table.index)
    if group:
        tidy[GROUP] = table[group]
    else:
        tidy[GROUP] = "ALL"
    tidy[YEAR] = pd.to_numeric(table[year], errors="coerce") if year else np.nan
    for column in values:
        tidy[column] = pd.to_numeric(table[column], errors="coerce").astype(float)
    tidy = tidy[tidy[GROUP].notna() & (tidy[GROUP].astype(str).str.strip() != "")]
    if tidy[YEAR].notna().any():  # a row without a year has no place among the years
        tidy = tidy[tidy[YEAR].notna()]
    tidy[GROUP] = tidy[GROUP].astype(str)
    return tidy


def _one_row_per_group_year(tidy: pd.DataFrame, values: Sequence[str]) -> pd.DataFrame:
    keys = [tidy[GROUP], tidy[YEAR].fillna(-np.inf)]
    merged = tidy[list(values)].groupby(keys, sort=True).mean()
    merged.index.names = [GROUP, YEAR]
    merged = merged.reset_index()
    merged[YEAR] = merged[YEAR].replace(-np.inf, np.nan)
    return merged


def _year_as_int(frame: pd.DataFrame) -> pd.DataFrame:
    if YEAR in frame and frame[YEAR].notna().all() and len(frame):
        frame[YEAR] = frame[YEAR].astype(int)
    return frame


def _normalise(values: pd.Series, how: str) -> pd.Series:
    if how == "max":
        top = values.max()
        if not np.isfinite(top) or top <= 0:
            return values * np.nan
        return values / top
    if how == "minmax":
        low, high = values.min(), values.max()
        if not (np.isfinite(low) and np.isfinite(high)):
            return values * np.nan
        if high == low:  # every group equal: all on the outer ring
            return values.where(values.isna(), 1.0)
        return (values - low) / (high - low)
    raise ValueError(f"unknown normalisation {how!r}; use one of {NORMALISATIONS}")


def radar_values(table: pd.DataFrame, indicators: Sequence[str] = STUDY_INDICATORS,
                 year_value: Optional[int] = None, normalisation: str = "max",
                 group: Optional[str] = GROUP, year: Optional[str] = YEAR) -> pd.DataFrame:
    """One row per group, one column per indicator, each indicator divided by its maximum over
    the groups (``max``) or scaled to 0–1 between its minimum and maximum (``minmax``).

    The year is ``year_value`` or, when None and the table has years, the latest one.
    Groups with no value at all are left out.
    """
    indicators = list(indicators)
    tidy = _one_row_per_group_year(_tidy(table, group, year, indicators), indicators)
    known_years = tidy[YEAR].dropna()
    if len(known_years):
        chosen = known_years.max() if year_value is None else year_value
        tidy = tidy[tidy[YEAR] == chosen]
    radar = tidy.set_index(GROUP)[indicators]
    radar = radar.apply(lambda column: _normalise(column, normalisation))
    radar = radar.dropna(how="all")
    radar.columns.name = "indicator"
    return radar


def emission_sink_paths(table: pd.DataFrame, emissions: str = "emissions", sink: str = "sink",
                        group: Optional[str] = GROUP,
                        year: Optional[str] = YEAR) -> pd.DataFrame:
    """``group, year, emissions, sink`` for each group and year where both are known,
    ordered by group and year: each group's path through the years."""
    tidy = _one_row_per_group_year(_tidy(table, group, year, [emissions, sink]),
                                   [emissions, sink])
    tidy = tidy.rename(columns={emissions: "emissions", sink: "sink"})
    tidy = tidy.dropna(subset=["emissions", "sink"])
    tidy = tidy.sort_values([GROUP, YEAR]).reset_index(drop=True)
    return _year_as_int(tidy[[GROUP, YEAR, "emissions", "sink"]])


def composition_shares(table: pd.DataFrame, components: Sequence[str],
                       year_value: Optional[int] = None, normalise: bool = False,
                       group: Optional[str] = GROUP,
                       year: Optional[str] = YEAR) -> pd.DataFrame:
    """Shares of each component per group and year (index ``group, year``), for stacked bars.

    ``components`` are share columns (``normalise=False``) or amounts divided here by the sum of
    the components of the same row (``normalise=True``). Only ``year_value`` when given.
    Rows without any share are left out; the columns are named after the components
    (``share_`` dropped).
    """
    components = list(components)
    tidy = _one_row_per_group_year(_tidy(table, group, year, components), components)
    if year_value is not None:
        tidy = tidy[tidy[YEAR] == year_value]
    shares = tidy[components]
    if normalise:
        total = shares.sum(axis=1, min_count=1)
        shares = shares.div(total.where(total != 0), axis=0)
    shares = shares.rename(columns=component_name)
    shares.index = pd.MultiIndex.from_frame(_year_as_int(tidy[[GROUP, YEAR]].copy()))
    shares = shares.dropna(how="all")
    shares.columns.name = "component"
    return shares


def trends(table: pd.DataFrame, indicators: Sequence[str] = TREND_INDICATORS,
           group: Optional[str] = GROUP, year: Optional[str] = YEAR) -> pd.DataFrame:
    """``group, year`` and the indicators, ordered by group and year (one line per group
    in each indicator's panel); rows without a year or without any indicator left out."""
    indicators = list(indicators)
    tidy = _one_row_per_group_year(_tidy(table, group, year, indicators), indicators)
    tidy = tidy.dropna(subset=[YEAR]).dropna(subset=indicators, how="all")
    tidy = tidy.sort_values([GROUP, YEAR]).reset_index(drop=True)
    return _year_as_int(tidy)


def grey_grades(table: pd.DataFrame, year_value: Optional[int] = None) -> pd.DataFrame:
    """``group, [year,] factor, grade`` of a grey relational output, ordered; only
    ``year_value`` when given (the year column is then dropped)."""
    has_year = YEAR in table and pd.to_numeric(table[YEAR], errors="coerce").notna().any()
    tidy = _tidy(table, GROUP, YEAR if has_year else None, ["grade"])
    tidy["factor"] = table.loc[tidy.index, "factor"]
    tidy = tidy.dropna(subset=["factor", "grade"])
    tidy["factor"] = tidy["factor"].astype(str)
    if not has_year or year_value is not None:
        if has_year:
            tidy = tidy[tidy[YEAR] == year_value]
        tidy = tidy.drop(columns=YEAR)
        keys = [GROUP, "factor"]
    else:
        tidy = tidy.dropna(subset=[YEAR])
        keys = [GROUP, YEAR, "factor"]
    tidy = tidy.groupby(keys, sort=True)["grade"].mean().reset_index()
    return _year_as_int(tidy)


def industry_type_counts(counts: pd.DataFrame,
                         labels: Optional[Dict[int, str]] = None) -> pd.DataFrame:
    """Counts of cities per group (rows) and industrial type (columns, by cluster number,
    named ``"<n> <label>"`` when the profiles' labels are known); missing pairs count 0."""
    tidy = _tidy(counts, GROUP, None, ["cluster", "count"]).dropna(subset=["cluster"])
    tidy["cluster"] = tidy["cluster"].astype(int)
    table = tidy.pivot_table(index=GROUP, columns="cluster", values="count", aggfunc="sum",
                             fill_value=0)
    table = table.sort_index(axis=1)
    labels = labels or {}
    table.columns = [f"{c} {labels[c]}" if labels.get(c) else str(c) for c in table.columns]
    table.columns.name = "cluster"
    return table.astype(float)


def cluster_labels(profiles: pd.DataFrame) -> Dict[int, str]:
    """Cluster number -> label from an industrial profiles table."""
    labels = {}
    for cluster, label in zip(pd.to_numeric(profiles["cluster"], errors="coerce"),
                              profiles["cluster_label"]):
        if pd.notna(cluster) and isinstance(label, str) and label:
            labels[int(cluster)] = label
    return labels


def prepare(kind: str, table: pd.DataFrame, *, group: Optional[str] = GROUP,
            year: Optional[str] = YEAR, emissions: str = "emissions", sink: str = "sink",
            indicators: Sequence[str] = (), year_value: Optional[int] = None,
            normalisation: str = "max", labels: Optional[Dict[int, str]] = None,
            shares: Optional[bool] = None) -> pd.DataFrame:
    """The table behind chart ``kind`` (radar, emissions_sinks, composition, trends,
    grey_relational, industry_types), from the fields the user mapped.

    For composition, ``shares`` says whether the indicators already are shares; by default
    they are when every name starts with ``share_``.
    """
    if kind == "radar":
        return radar_values(table, indicators or STUDY_INDICATORS, year_value, normalisation,
                            group, year)
    if kind == "emissions_sinks":
        return emission_sink_paths(table, emissions, sink, group, year)
    if kind == "composition":
        indicators = list(indicators) or share_columns(table.columns)
        if shares is None:
            shares = all(c.startswith(SHARE_PREFIX) for c in indicators)
        return composition_shares(table, indicators, year_value, not shares, group, year)
    if kind == "trends":
        return trends(table, indicators or TREND_INDICATORS, group, year)
    if kind == "grey_relational":
        return grey_grades(table, year_value)
    if kind == "industry_types":
        return industry_type_counts(table, labels)
    raise ValueError(f"unknown chart {kind!r}")
