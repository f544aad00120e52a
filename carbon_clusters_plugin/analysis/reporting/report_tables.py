"""The tables of the city-cluster carbon report (no qgis, no Qt): every function takes the
outputs of the plugin's algorithms as DataFrames (their field names as columns) and returns the
table the report shows, its labels from ``texts`` (``report_html.TEXTS``, translated).

The tables follow the reference study: built-up land per cluster and year, carbon sinks by land
class, global Moran's I per cluster and year with ** (p < 0.05) and * (p < 0.1), the indicators
behind the radar, emissions against sinks, grey relational grades, Tapio decoupling and the
peaking scenarios.
"""

import re
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..landcover.transition_report import whole_or_decimal_format

ALL = "ALL"
T_PER_10K_T = 1e4

# Land classes counted as built-up land (城乡、工矿、居民用地) when no class codes are given:
# CAS LUCC 5 / 51-53, CLCD "Impervious", ESA "Built-up", GlobeLand30 "Artificial surfaces".
_BUILTUP_NAMES = re.compile(r"built|impervious|artificial|urban|settlement|construction|"
                            r"建设|城乡|城镇|工矿|居民|不透水|人造", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def year_in(text) -> Optional[int]:
    """The first year (1900–2099) in a layer or field name: ``sinks_2005`` → 2005."""
    match = _YEAR.search(str(text or ""))
    return int(match.group(1)) if match else None


def group_labels(groups: pd.Series, texts: Mapping[str, str]) -> pd.Series:
    """Group names as text, the whole layer's ``ALL`` as "All clusters"."""
    return groups.astype(str).replace({ALL: texts["all_clusters"]})


def is_builtup_class(name: str, name_zh: str = "") -> bool:
    return bool(_BUILTUP_NAMES.search(f"{name or ''} {name_zh or ''}"))


def numeric_frame(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    frame = frame.copy()
    for column in columns:
        if column in frame:
            frame[column] = pd.to_numeric(frame[column], errors="coerce")
    return frame


def sinks_frame(sinks: Mapping[int, pd.DataFrame]) -> pd.DataFrame:
    """The sink tables stacked with a ``year`` column."""
    parts = []
    for year, table in sinks.items():
        part = numeric_frame(table, ["class", "area_km2", "share", "sink_tco2", "pixels"])
        part["zone"] = part["zone"].astype(str)
        part["year"] = year
        for column in ("class_name", "class_name_zh"):
            if column not in part:
                part[column] = ""
        parts.append(part)
    if not parts:
        return pd.DataFrame(columns=["zone", "year", "class", "class_name", "class_name_zh",
                                     "area_km2", "share", "sink_tco2"])
    return pd.concat(parts, ignore_index=True)


def builtup_classes(sinks: Mapping[int, pd.DataFrame]) -> List[int]:
    """Class codes whose names say built-up land, over all the sink tables."""
    frame = sinks_frame(sinks)
    found = frame[[is_builtup_class(n, z) for n, z in
                   zip(frame["class_name"].fillna(""), frame["class_name_zh"].fillna(""))]]
    return sorted({int(c) for c in found["class"].dropna()})


def builtup_by_year(sinks: Mapping[int, pd.DataFrame],
                    classes: Optional[Sequence[int]] = None) -> pd.DataFrame:
    """``zone, year, area_km2, share``: built-up land per zone and year (the rows of the
    built-up classes of each year's sink table, summed)."""
    frame = sinks_frame(sinks)
    classes = list(classes) if classes else builtup_classes(sinks)
    totals = frame.groupby(["zone", "year"])["area_km2"].sum()
    built = frame[frame["class"].isin(classes)].groupby(["zone", "year"])["area_km2"].sum()
    table = pd.DataFrame({"area_km2": built.reindex(totals.index, fill_value=0.0)})
    table["share"] = table["area_km2"] / totals.where(totals > 0)
    return table.reset_index().sort_values(["zone", "year"]).reset_index(drop=True)


def builtup_table(builtup: pd.DataFrame, texts: Mapping[str, str]) -> pd.DataFrame:
    """One row per zone; per year its built-up km² and share, then the change in km²."""
    years = sorted(builtup["year"].unique())
    table = pd.DataFrame(index=sorted(builtup["zone"].unique()))
    for year in years:
        part = builtup[builtup["year"] == year].set_index("zone")
        table[texts["area_km2"].format(year=year)] = part["area_km2"]
        table[texts["share"].format(year=year)] = part["share"].map(_percent)
    if len(years) > 1:
        first = builtup[builtup["year"] == years[0]].set_index("zone")["area_km2"]
        last = builtup[builtup["year"] == years[-1]].set_index("zone")["area_km2"]
        change = last - first
        template = whole_or_decimal_format(change.to_numpy(), "{:+,.1f}")
        table[texts["change"] + f" {years[0]}–{years[-1]}"] = change.map(
            lambda v: _signed(v, template))
    table.index.name = texts["cluster"]
    return table


def sink_totals(sinks: Mapping[int, pd.DataFrame], tonnes_per_unit: float) -> pd.DataFrame:
    """``group, year, sink``: every class's sink summed per zone and year, in the emission
    unit (``tonnes_per_unit`` t CO₂ each)."""
    frame = sinks_frame(sinks)
    totals = frame.groupby(["zone", "year"])["sink_tco2"].sum(min_count=1) / tonnes_per_unit
    totals = totals.reset_index().rename(columns={"zone": "group", "sink_tco2": "sink"})
    return totals


def sink_table(sinks: Mapping[int, pd.DataFrame], texts: Mapping[str, str]) -> pd.DataFrame:
    """Rows zone × land class (classes with a sink in some year), one column per year in
    10⁴ t CO₂, and the change between the first and the last year; a total row per zone."""
    frame = sinks_frame(sinks)
    frame["label"] = [class_label(n, z) for n, z in
                      zip(frame["class_name"].fillna(""), frame["class_name_zh"].fillna(""))]
    frame["sink"] = frame["sink_tco2"] / T_PER_10K_T
    years = sorted(frame["year"].unique())
    pivot = frame.pivot_table(index=["zone", "class", "label"], columns="year", values="sink",
                              aggfunc="sum")
    pivot = pivot[(pivot.fillna(0) != 0).any(axis=1)]
    rows = []
    for zone, part in pivot.groupby(level="zone", sort=True):
        for (_, _, label), values in part.iterrows():
            rows.append([zone, label, *values.tolist()])
        rows.append([zone, texts["total"], *part.sum(min_count=1).tolist()])
    table = pd.DataFrame(rows, columns=[texts["cluster"], texts["land_class"], *years])
    if len(years) > 1:
        table[texts["change"] + f" {years[0]}–{years[-1]}"] = \
            table[years[-1]] - table[years[0]]
    return table.set_index([texts["cluster"], texts["land_class"]])


def moran_table(moran: pd.DataFrame, texts: Mapping[str, str]) -> pd.DataFrame:
    """Groups (all clusters first) × years (from the field names: ``co2_2020`` → 2020) of
    Moran's I with its significance mark, e.g. ``0.195**``."""
    frame = numeric_frame(moran, ["moran_i", "n"])
    if "field" not in frame:
        frame["field"] = ""
    frame["column"] = [year_in(f) or f for f in frame["field"]]
    frame["cell"] = [_moran_cell(i, mark) for i, mark in
                     zip(frame["moran_i"], frame.get("significance", [""] * len(frame)))]
    table = frame.pivot_table(index="group", columns="column", values="cell", aggfunc="first")
    table = table.reindex(columns=sorted(table.columns, key=lambda c: (isinstance(c, str), c)))
    order = [g for g in table.index if g == ALL] + sorted(g for g in table.index if g != ALL)
    table = table.reindex(order)
    table.index = [texts["all_clusters"] if g == ALL else g for g in table.index]
    table.index.name = texts["cluster"]
    table.columns = [str(c) for c in table.columns]
    n = frame.groupby("group")["n"].max().reindex(order)
    table.insert(0, "n", [_integer(v) for v in n])
    return table


def _moran_cell(value, mark) -> str:
    if value is None or not np.isfinite(value):
        return "–"
    mark = "" if mark is None or (isinstance(mark, float) and np.isnan(mark)) else str(mark)
    return f"{value:.3f}{mark}"


def latest_year(indicators: pd.DataFrame) -> Optional[int]:
    years = pd.to_numeric(indicators.get("year", pd.Series(dtype=float)), errors="coerce")
    years = years.dropna()
    return int(years.max()) if len(years) else None


def indicator_rows(indicators: pd.DataFrame, year: Optional[int] = None,
                   sinks: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """``group, emissions, per_gdp, per_capita, per_builtup[, sink, sink_ratio]`` of ``year``
    (the latest by default), one row per group; sinks from ``sink_totals`` fill in where the
    indicators table has none."""
    frame = numeric_frame(indicators, ["year", "emissions", "per_gdp", "per_capita", "per_builtup",
                                  "sink"])
    year = latest_year(frame) if year is None else year
    if year is not None and "year" in frame:
        frame = frame[frame["year"] == year]
    frame = frame.assign(group=frame["group"].astype(str))
    columns = ["group", "emissions", "per_gdp", "per_capita", "per_builtup"]
    rows = frame.groupby("group", sort=True)[columns[1:]].sum(min_count=1).reset_index()
    has_sink = "sink" in frame and frame["sink"].notna().any()
    if has_sink:
        rows["sink"] = frame.groupby("group", sort=True)["sink"].sum(min_count=1).values
    elif sinks is not None and len(sinks):
        part = sinks[sinks["year"] == year] if year in set(sinks["year"]) else \
            sinks[sinks["year"] == sinks["year"].max()]
        rows["sink"] = rows["group"].map(part.set_index("group")["sink"])
    if "sink" in rows:
        rows["sink_ratio"] = rows["sink"] / rows["emissions"].where(rows["emissions"] != 0)
    return rows


def indicator_table(rows: pd.DataFrame, texts: Mapping[str, str], unit: str) -> pd.DataFrame:
    """``indicator_rows`` with headings and formatted numbers, for HTML and the layout."""
    headings = {"emissions": "{} ({})".format(texts["emissions"], unit),
                "per_gdp": texts["per_gdp"], "per_capita": texts["per_capita"],
                "per_builtup": "{} ({}/km²)".format(texts["per_builtup"], unit),
                "sink": "{} ({})".format(texts["sink"], unit),
                "sink_ratio": texts["sink_ratio"]}
    formats = {"emissions": "{:,.0f}", "per_gdp": "{:.2f}", "per_capita": "{:.1f}",
               "per_builtup": "{:.2f}", "sink": "{:,.1f}", "sink_ratio": "{:.1%}"}
    table = pd.DataFrame({texts["cluster"]: rows["group"]})
    for column, heading in headings.items():
        if column in rows:
            table[heading] = [format_value(v, formats[column]) for v in rows[column]]
    return table.set_index(texts["cluster"])


def balance_rows(indicators: Optional[pd.DataFrame],
                 sinks: Optional[pd.DataFrame]) -> pd.DataFrame:
    """``group, year, emissions, sink``: the indicators' own sinks, or the sink tables' totals
    for the years both have."""
    if indicators is None:
        return pd.DataFrame(columns=["group", "year", "emissions", "sink"])
    frame = numeric_frame(indicators, ["year", "emissions", "sink"])
    frame["group"] = frame["group"].astype(str)
    if "sink" in frame and frame["sink"].notna().any():
        rows = frame[["group", "year", "emissions", "sink"]]
    elif sinks is not None and len(sinks):
        rows = frame[["group", "year", "emissions"]].merge(sinks, on=["group", "year"])
    else:
        return pd.DataFrame(columns=["group", "year", "emissions", "sink"])
    rows = rows.dropna(subset=["emissions", "sink"])
    rows = rows.assign(year=rows["year"].astype(int))
    return rows.sort_values(["group", "year"]).reset_index(drop=True)


def balance_table(rows: pd.DataFrame, texts: Mapping[str, str], unit: str) -> pd.DataFrame:
    table = pd.DataFrame({
        texts["cluster"]: rows["group"], texts["year"]: rows["year"].astype(str),
        "{} ({})".format(texts["emissions"], unit): [format_value(v, "{:,.0f}")
                                                      for v in rows["emissions"]],
        "{} ({})".format(texts["sink"], unit): [format_value(v, "{:,.1f}") for v in rows["sink"]],
        "{} ({})".format(texts["net"], unit): [format_value(e - s, "{:,.0f}") for e, s in
                                               zip(rows["emissions"], rows["sink"])],
        texts["sink_ratio"]: [format_value(s / e if e else np.nan, "{:.2%}") for e, s in
                              zip(rows["emissions"], rows["sink"])]})
    return table.set_index([texts["cluster"], texts["year"]])


def grey_table(grey: pd.DataFrame, texts: Mapping[str, str],
               factor_labels: Optional[Mapping[str, str]] = None) -> pd.DataFrame:
    """Rows group (and year), one column per factor: ``grade (rank)``."""
    frame = numeric_frame(grey, ["grade", "rank", "year"])
    frame["group"] = group_labels(frame["group"], texts)
    frame["cell"] = [format_value(g, "{:.3f}") + ("" if not np.isfinite(r) else f" ({int(r)})")
                     for g, r in zip(frame["grade"], frame.get("rank", np.nan * frame["grade"]))]
    index = ["group", "year"] if "year" in frame and frame["year"].notna().any() else ["group"]
    if "year" in index:
        frame["year"] = frame["year"].astype("Int64").astype(str)
    table = frame.pivot_table(index=index, columns="factor", values="cell", aggfunc="first")
    labels = factor_labels or {}
    table.columns = [labels.get(c, c) for c in table.columns]
    table.index.names = [texts["cluster"], texts["year"]][:len(index)]
    return table


def decoupling_table(decoupling: pd.DataFrame, texts: Mapping[str, str],
                     chinese_states: bool = False) -> pd.DataFrame:
    frame = numeric_frame(decoupling, ["start_year", "end_year", "emission_change", "gdp_change",
                                  "elasticity"])
    state = "state_zh" if chinese_states and "state_zh" in frame else "state"
    table = pd.DataFrame({
        texts["cluster"]: frame["group"].astype(str),
        texts["period"]: [f"{_integer(a)}–{_integer(b)}" for a, b in
                          zip(frame["start_year"], frame["end_year"])],
        texts["emission_change"]: [format_value(v, "{:+.1%}") for v in frame["emission_change"]],
        texts["gdp_change"]: [format_value(v, "{:+.1%}") for v in frame["gdp_change"]],
        texts["elasticity"]: [format_value(v, "{:.3f}") for v in frame["elasticity"]],
        texts["state"]: [text_value(v) for v in frame[state]]})
    return table.set_index([texts["cluster"], texts["period"]])


def peaks_table(peaks: pd.DataFrame, texts: Mapping[str, str], unit: str) -> pd.DataFrame:
    frame = numeric_frame(peaks, ["peak_year", "peak_emissions", "emissions_2030",
                             "reduction_vs_baseline"])
    for column in ("emissions_2030", "reduction_vs_baseline"):
        if column not in frame:
            frame[column] = np.nan
    table = pd.DataFrame({
        texts["cluster"]: group_labels(frame["group"], texts),
        texts["scenario"]: frame["scenario"].astype(str),
        texts["peak_year"]: [_integer(v) if np.isfinite(v) else texts["no_peak"]
                             for v in frame["peak_year"]],
        "{} ({})".format(texts["peak_emissions"], unit): [format_value(v, "{:,.0f}")
                                                           for v in frame["peak_emissions"]],
        "{} ({})".format(texts["emissions_2030"], unit): [
            format_value(v, "{:,.0f}") for v in frame["emissions_2030"]],
        texts["reduction"]: [format_value(v, "{:.1%}") for v in frame["reduction_vs_baseline"]]})
    return table.set_index([texts["cluster"], texts["scenario"]])


def class_names(transitions: pd.DataFrame,
                sinks: Optional[pd.DataFrame] = None) -> Dict[int, Tuple[str, str]]:
    """Class code → (English, Chinese) from the transition table's names and the sink
    tables' (which carry the Chinese names)."""
    names: Dict[int, Tuple[str, str]] = {}
    for code_column, name_column in (("from_class", "from_name"), ("to_class", "to_name")):
        if code_column in transitions and name_column in transitions:
            for code, name in zip(transitions[code_column], transitions[name_column]):
                names.setdefault(int(code), (text_value(name) or str(int(code)), ""))
    if sinks is not None and len(sinks):
        for code, name, name_zh in zip(sinks["class"], sinks["class_name"].fillna(""),
                                       sinks["class_name_zh"].fillna("")):
            if pd.notna(code):
                english = names.get(int(code), (str(name) or str(int(code)), ""))[0]
                names[int(code)] = (english, str(name_zh))
    return names


# ---------------------------------------------------------------------------- formatting

def format_value(value, template: str) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return text_value(value)
    if not np.isfinite(number):
        return "–"
    return template.format(number)


def _signed(value, template: str) -> str:
    return format_value(value, template)


def _percent(value) -> str:
    return format_value(value, "{:.1%}")


def _integer(value) -> str:
    try:
        return str(int(value))
    except (TypeError, ValueError):
        return "–"


def text_value(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(value)


def class_label(name: str, name_zh: str) -> str:
    name, name_zh = str(name or "").strip(), str(name_zh or "").strip()
    return f"{name} {name_zh}" if name_zh and name_zh != name else name
