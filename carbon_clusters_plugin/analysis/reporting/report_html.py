"""The tables of the city-cluster carbon report and its HTML page (no qgis, no Qt).

Every function takes the outputs of the plugin's algorithms as DataFrames (their field names
as columns) and returns the table the report shows; ``report_page`` assembles the sections.
Texts are English templates marked with ``QT_TRANSLATE_NOOP("ReportTexts", …)``; the Processing
adapter passes them translated (``texts``), and charts as PNG files, embedded as base64.

The tables follow the reference study: built-up land per cluster and year, land-use transition
matrices, carbon sinks by land class, global Moran's I per cluster and year with ** (p < 0.05)
and * (p < 0.1), the indicators behind the radar, emissions against sinks, grey relational
grades, counts of industrial types, Tapio decoupling and the peaking scenarios.
"""

import base64
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..landcover.land_accounting import gains_by_origin, transition_matrix
from ..landcover.transition_report import ReportLabels, gain_sentences, matrix_html
from ..messages import QT_TRANSLATE_NOOP

CONTEXT = "ReportTexts"
ALL = "ALL"
T_PER_10K_T = 1e4

# Land classes counted as built-up land (城乡、工矿、居民用地) when no class codes are given:
# CAS LUCC 5 / 51-53, CLCD "Impervious", ESA "Built-up", GlobeLand30 "Artificial surfaces".
_BUILTUP_NAMES = re.compile(r"built|impervious|artificial|urban|settlement|construction|"
                            r"建设|城乡|城镇|工矿|居民|不透水|人造", re.IGNORECASE)
_NUMBER_LIKE = re.compile(r"^[+−-]?[\d,. ]*\d[\d,. ]*(%|\*{1,2})?$|^–$")
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")

TEXTS = {
    "title": QT_TRANSLATE_NOOP("ReportTexts", "City-cluster carbon profile"),
    "subtitle": QT_TRANSLATE_NOOP("ReportTexts", "城市群碳排放概况"),
    "contents": QT_TRANSLATE_NOOP("ReportTexts", "Contents"),
    "missing": QT_TRANSLATE_NOOP(
        "ReportTexts", "Not in this report: give the output of {algorithm} as {parameter}."),
    "units": QT_TRANSLATE_NOOP("ReportTexts", "Emissions in {unit}."),
    "indicators": QT_TRANSLATE_NOOP("ReportTexts", "Emission indicators and radar"),
    "indicators_note": QT_TRANSLATE_NOOP(
        "ReportTexts", "Totals and intensities per cluster in {year}; the radar divides each "
        "indicator by its maximum over the clusters."),
    "composition": QT_TRANSLATE_NOOP("ReportTexts", "Emission composition"),
    "trends": QT_TRANSLATE_NOOP("ReportTexts", "Trends"),
    "builtup": QT_TRANSLATE_NOOP("ReportTexts", "Built-up land by cluster and year"),
    "builtup_note": QT_TRANSLATE_NOOP(
        "ReportTexts", "Area (km²) of built-up land and its share of the cluster's land, from "
        "the rows of the land-cover tables' built-up classes: {classes}."),
    "transitions": QT_TRANSLATE_NOOP("ReportTexts", "Land-use transitions"),
    "transitions_note": QT_TRANSLATE_NOOP(
        "ReportTexts", "From (rows) → to (columns), km²{period}."),
    "sinks": QT_TRANSLATE_NOOP("ReportTexts", "Carbon sinks by land class"),
    "sinks_note": QT_TRANSLATE_NOOP(
        "ReportTexts", "Carbon sinks in 10⁴ t CO₂ per year, by cluster and land class."),
    "moran": QT_TRANSLATE_NOOP("ReportTexts", "Global Moran's I of city emissions"),
    "moran_note": QT_TRANSLATE_NOOP(
        "ReportTexts", "** p < 0.05, * p < 0.1 (permutation test unless the Moran run chose "
        "the normal approximation); n = number of cities."),
    "lisa_map": QT_TRANSLATE_NOOP("ReportTexts", "Local Moran (LISA) clusters"),
    "balance": QT_TRANSLATE_NOOP("ReportTexts", "Emissions and carbon sinks"),
    "balance_note": QT_TRANSLATE_NOOP(
        "ReportTexts", "Emissions against carbon sinks, both in {unit}; the dashed line is "
        "where sinks equal emissions."),
    "grey": QT_TRANSLATE_NOOP("ReportTexts", "Grey relational grades"),
    "grey_note": QT_TRANSLATE_NOOP(
        "ReportTexts", "Grade of each factor against city emissions (rank in brackets, 1 = "
        "closest relation)."),
    "industry": QT_TRANSLATE_NOOP("ReportTexts", "Industrial types"),
    "industry_note": QT_TRANSLATE_NOOP(
        "ReportTexts", "Number of cities of each industrial type (K-means) per cluster."),
    "decoupling": QT_TRANSLATE_NOOP("ReportTexts", "Decoupling of emissions from GDP"),
    "decoupling_note": QT_TRANSLATE_NOOP(
        "ReportTexts", "Tapio elasticity = relative change of emissions / relative change of "
        "GDP."),
    "scenarios": QT_TRANSLATE_NOOP("ReportTexts", "Peaking scenarios"),
    "scenarios_note": QT_TRANSLATE_NOOP(
        "ReportTexts", "Peak year and value of each scenario, emissions in 2030 and the "
        "cumulative reduction against the baseline."),
    "notes": QT_TRANSLATE_NOOP("ReportTexts", "Data sources and notes"),
    # column headings
    "cluster": QT_TRANSLATE_NOOP("ReportTexts", "Cluster"),
    "all_clusters": QT_TRANSLATE_NOOP("ReportTexts", "All clusters"),
    "year": QT_TRANSLATE_NOOP("ReportTexts", "Year"),
    "emissions": QT_TRANSLATE_NOOP("ReportTexts", "Emissions"),
    "per_gdp": QT_TRANSLATE_NOOP("ReportTexts", "Per GDP (t/10⁴ yuan)"),
    "per_capita": QT_TRANSLATE_NOOP("ReportTexts", "Per capita (t)"),
    "per_builtup": QT_TRANSLATE_NOOP("ReportTexts", "Per km² built-up"),
    "sink": QT_TRANSLATE_NOOP("ReportTexts", "Carbon sinks"),
    "net": QT_TRANSLATE_NOOP("ReportTexts", "Net emissions"),
    "sink_ratio": QT_TRANSLATE_NOOP("ReportTexts", "Sinks / emissions"),
    "area_km2": QT_TRANSLATE_NOOP("ReportTexts", "{year} km²"),
    "share": QT_TRANSLATE_NOOP("ReportTexts", "{year} share"),
    "change": QT_TRANSLATE_NOOP("ReportTexts", "Change"),
    "land_class": QT_TRANSLATE_NOOP("ReportTexts", "Land class"),
    "total": QT_TRANSLATE_NOOP("ReportTexts", "Total"),
    "period": QT_TRANSLATE_NOOP("ReportTexts", "Period"),
    "emission_change": QT_TRANSLATE_NOOP("ReportTexts", "Emission change"),
    "gdp_change": QT_TRANSLATE_NOOP("ReportTexts", "GDP change"),
    "elasticity": QT_TRANSLATE_NOOP("ReportTexts", "Elasticity"),
    "state": QT_TRANSLATE_NOOP("ReportTexts", "State"),
    "scenario": QT_TRANSLATE_NOOP("ReportTexts", "Scenario"),
    "peak_year": QT_TRANSLATE_NOOP("ReportTexts", "Peak year"),
    "peak_emissions": QT_TRANSLATE_NOOP("ReportTexts", "Peak emissions"),
    "emissions_2030": QT_TRANSLATE_NOOP("ReportTexts", "Emissions 2030"),
    "reduction": QT_TRANSLATE_NOOP("ReportTexts", "Reduction vs baseline"),
    "no_peak": QT_TRANSLATE_NOOP("ReportTexts", "no peak by the end year"),
    "from_to": QT_TRANSLATE_NOOP("ReportTexts", "from \\ to"),
    "gains": QT_TRANSLATE_NOOP("ReportTexts", "Where new land came from"),
    "gain": QT_TRANSLATE_NOOP("ReportTexts", "new {name}: {origins}"),
    "origin": QT_TRANSLATE_NOOP("ReportTexts", "{share:.0%} from {name}"),
    "no_change": QT_TRANSLATE_NOOP("ReportTexts", "No class gained land."),
}

STYLE = """
body { font-family: "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
       margin: 1.5em auto; max-width: 1100px; color: #222; line-height: 1.4; }
h1 { margin-bottom: 0; } p.subtitle { font-size: 1.3em; margin-top: 0.2em; color: #444; }
h2 { border-bottom: 2px solid #b2182b; padding-bottom: 0.2em; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; text-align: right; }
th { background: #eef2f5; } th.row, td.text { text-align: left; }
td.same { background: #f3f3f3; font-weight: bold; }
td.total, th.total { background: #e3e9ee; font-weight: bold; }
p.note, p.missing { color: #555; } p.missing { font-style: italic; }
img.chart { max-width: 100%; width: 760px; border: 1px solid #ddd; margin: 0.5em 0;
            display: block; }
img.chart.wide { width: 100%; }
"""


def texts_with(overrides: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
    texts = dict(TEXTS)
    texts.update(overrides or {})
    return texts


def year_in(text) -> Optional[int]:
    """The first year (1900–2099) in a layer or field name: ``sinks_2005`` → 2005."""
    match = _YEAR.search(str(text or ""))
    return int(match.group(1)) if match else None


def group_labels(groups: pd.Series, texts: Mapping[str, str]) -> pd.Series:
    """Group names as text, the whole layer's ``ALL`` as "All clusters"."""
    return groups.astype(str).replace({ALL: texts["all_clusters"]})


def is_builtup_class(name: str, name_zh: str = "") -> bool:
    return bool(_BUILTUP_NAMES.search(f"{name or ''} {name_zh or ''}"))


def _numeric(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    frame = frame.copy()
    for column in columns:
        if column in frame:
            frame[column] = pd.to_numeric(frame[column], errors="coerce")
    return frame


def sinks_frame(sinks: Mapping[int, pd.DataFrame]) -> pd.DataFrame:
    """The sink tables stacked with a ``year`` column."""
    parts = []
    for year, table in sinks.items():
        part = _numeric(table, ["class", "area_km2", "share", "sink_tco2", "pixels"])
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
        table[texts["change"] + f" {years[0]}–{years[-1]}"] = (last - first).map(
            lambda v: _signed(v, "{:+,.1f}"))
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
    frame = _numeric(moran, ["moran_i", "n"])
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
    frame = _numeric(indicators, ["year", "emissions", "per_gdp", "per_capita", "per_builtup",
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
            table[heading] = [_format(v, formats[column]) for v in rows[column]]
    return table.set_index(texts["cluster"])


def balance_rows(indicators: Optional[pd.DataFrame],
                 sinks: Optional[pd.DataFrame]) -> pd.DataFrame:
    """``group, year, emissions, sink``: the indicators' own sinks, or the sink tables' totals
    for the years both have."""
    if indicators is None:
        return pd.DataFrame(columns=["group", "year", "emissions", "sink"])
    frame = _numeric(indicators, ["year", "emissions", "sink"])
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
        "{} ({})".format(texts["emissions"], unit): [_format(v, "{:,.0f}")
                                                      for v in rows["emissions"]],
        "{} ({})".format(texts["sink"], unit): [_format(v, "{:,.1f}") for v in rows["sink"]],
        "{} ({})".format(texts["net"], unit): [_format(e - s, "{:,.0f}") for e, s in
                                               zip(rows["emissions"], rows["sink"])],
        texts["sink_ratio"]: [_format(s / e if e else np.nan, "{:.2%}") for e, s in
                              zip(rows["emissions"], rows["sink"])]})
    return table.set_index([texts["cluster"], texts["year"]])


def grey_table(grey: pd.DataFrame, texts: Mapping[str, str],
               factor_labels: Optional[Mapping[str, str]] = None) -> pd.DataFrame:
    """Rows group (and year), one column per factor: ``grade (rank)``."""
    frame = _numeric(grey, ["grade", "rank", "year"])
    frame["group"] = group_labels(frame["group"], texts)
    frame["cell"] = [_format(g, "{:.3f}") + ("" if not np.isfinite(r) else f" ({int(r)})")
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
    frame = _numeric(decoupling, ["start_year", "end_year", "emission_change", "gdp_change",
                                  "elasticity"])
    state = "state_zh" if chinese_states and "state_zh" in frame else "state"
    table = pd.DataFrame({
        texts["cluster"]: frame["group"].astype(str),
        texts["period"]: [f"{_integer(a)}–{_integer(b)}" for a, b in
                          zip(frame["start_year"], frame["end_year"])],
        texts["emission_change"]: [_format(v, "{:+.1%}") for v in frame["emission_change"]],
        texts["gdp_change"]: [_format(v, "{:+.1%}") for v in frame["gdp_change"]],
        texts["elasticity"]: [_format(v, "{:.3f}") for v in frame["elasticity"]],
        texts["state"]: [_text(v) for v in frame[state]]})
    return table.set_index([texts["cluster"], texts["period"]])


def peaks_table(peaks: pd.DataFrame, texts: Mapping[str, str], unit: str) -> pd.DataFrame:
    frame = _numeric(peaks, ["peak_year", "peak_emissions", "emissions_2030",
                             "reduction_vs_baseline"])
    for column in ("emissions_2030", "reduction_vs_baseline"):
        if column not in frame:
            frame[column] = np.nan
    table = pd.DataFrame({
        texts["cluster"]: group_labels(frame["group"], texts),
        texts["scenario"]: frame["scenario"].astype(str),
        texts["peak_year"]: [_integer(v) if np.isfinite(v) else texts["no_peak"]
                             for v in frame["peak_year"]],
        "{} ({})".format(texts["peak_emissions"], unit): [_format(v, "{:,.0f}")
                                                           for v in frame["peak_emissions"]],
        "{} ({})".format(texts["emissions_2030"], unit): [
            _format(v, "{:,.0f}") for v in frame["emissions_2030"]],
        texts["reduction"]: [_format(v, "{:.1%}") for v in frame["reduction_vs_baseline"]]})
    return table.set_index([texts["cluster"], texts["scenario"]])


def class_names(transitions: pd.DataFrame,
                sinks: Optional[pd.DataFrame] = None) -> Dict[int, Tuple[str, str]]:
    """Class code → (English, Chinese) from the transition table's names and the sink
    tables' (which carry the Chinese names)."""
    names: Dict[int, Tuple[str, str]] = {}
    for code_column, name_column in (("from_class", "from_name"), ("to_class", "to_name")):
        if code_column in transitions and name_column in transitions:
            for code, name in zip(transitions[code_column], transitions[name_column]):
                names.setdefault(int(code), (_text(name) or str(int(code)), ""))
    if sinks is not None and len(sinks):
        for code, name, name_zh in zip(sinks["class"], sinks["class_name"].fillna(""),
                                       sinks["class_name_zh"].fillna("")):
            if pd.notna(code):
                english = names.get(int(code), (str(name) or str(int(code)), ""))[0]
                names[int(code)] = (english, str(name_zh))
    return names


def transitions_body(transitions: pd.DataFrame, names, texts: Mapping[str, str]) -> str:
    frame = _numeric(transitions, ["from_class", "to_class", "area_km2"])
    frame["zone"] = frame["zone"].astype(str)
    frame = frame.dropna(subset=["from_class", "to_class"])
    frame = frame.assign(from_class=frame["from_class"].astype(int),
                         to_class=frame["to_class"].astype(int))
    labels = ReportLabels(corner=texts["from_to"], total=texts["total"], gains=texts["gains"],
                          gain=texts["gain"], origin=texts["origin"],
                          no_change=texts["no_change"])
    gains = gains_by_origin(frame)
    parts = []
    for zone in sorted(frame["zone"].unique()):
        sentences = gain_sentences(gains, zone, names, labels)
        items = "".join(f"<li>{escape(s)}</li>" for s in sentences) or \
            f"<li>{escape(labels.no_change)}</li>"
        parts.append(f"<h3>{escape(zone)}</h3>"
                     f"{matrix_html(transition_matrix(frame, zone), names, labels)}"
                     f"<p class=\"note\">{escape(labels.gains)}:</p><ul>{items}</ul>")
    return "".join(parts)


# ---------------------------------------------------------------------------- HTML

@dataclass
class Section:
    key: str
    heading: str
    note: str = ""
    body: str = ""
    # (PNG, alt text) or (PNG, alt text, "wide") for charts of several panels side by side
    charts: List[Tuple] = field(default_factory=list)
    missing: str = ""


def table_html(table: pd.DataFrame, float_format: str = "{:,.2f}") -> str:
    """A DataFrame as an HTML table: index levels as row headings, text cells left-aligned."""
    index_names = [n if n is not None else "" for n in table.index.names]
    head = "".join(f"<th>{escape(str(n))}</th>" for n in index_names) + "".join(
        f"<th>{escape(str(c))}</th>" for c in table.columns)
    rows = []
    for key, row in table.iterrows():
        keys = key if isinstance(key, tuple) else (key,)
        cells = "".join(f'<th class="row">{escape(str(k))}</th>' for k in keys)
        for value in row:
            if isinstance(value, (int, float, np.number)) and not isinstance(value, bool):
                cells += f"<td>{escape(_format(value, float_format))}</td>"
            elif _NUMBER_LIKE.match(_text(value)):  # formatted already: right-aligned
                cells += f"<td>{escape(_text(value))}</td>"
            else:
                cells += f'<td class="text">{escape(_text(value))}</td>'
        rows.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def image_html(path, alt: str, kind: str = "") -> str:
    data = base64.b64encode(Path(path).read_bytes()).decode("ascii")
    return (f'<img class="chart {escape(kind)}" alt="{escape(alt)}" title="{escape(alt)}" '
            f'src="data:image/png;base64,{data}"/>')


def report_page(sections: Sequence[Section], texts: Mapping[str, str],
                notes: Sequence[str] = (), lang: str = "en") -> str:
    """The whole HTML page: title, contents, one section each, data sources and notes."""
    toc = "".join(f'<li><a href="#{s.key}">{escape(s.heading)}</a></li>' for s in sections)
    body = []
    for section in sections:
        parts = [f'<section id="{section.key}"><h2>{escape(section.heading)}</h2>']
        if section.missing:
            parts.append(f'<p class="missing">{escape(section.missing)}</p>')
        else:
            if section.note:
                parts.append(f'<p class="note">{escape(section.note)}</p>')
            parts.append(section.body)
            parts.extend(image_html(*chart) for chart in section.charts
                         if chart[0] and Path(chart[0]).is_file())
        parts.append("</section>")
        body.append("".join(parts))
    notes_html = "".join(f"<li>{escape(n)}</li>" for n in notes)
    return (f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
            f"<title>{escape(texts['title'])}</title><style>{STYLE}</style></head><body>"
            f"<h1>{escape(texts['title'])}</h1>"
            f'<p class="subtitle">{escape(texts["subtitle"])}</p>'
            f"<nav><h2>{escape(texts['contents'])}</h2><ol>{toc}</ol></nav>"
            f"{''.join(body)}"
            f'<section id="notes"><h2>{escape(texts["notes"])}</h2><ul>{notes_html}</ul>'
            f"</section></body></html>")


# ---------------------------------------------------------------------------- formatting

def _format(value, template: str) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return _text(value)
    if not np.isfinite(number):
        return "–"
    return template.format(number)


def _signed(value, template: str) -> str:
    return _format(value, template)


def _percent(value) -> str:
    return _format(value, "{:.1%}")


def _integer(value) -> str:
    try:
        return str(int(value))
    except (TypeError, ValueError):
        return "–"


def _text(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(value)


def class_label(name: str, name_zh: str) -> str:
    name, name_zh = str(name or "").strip(), str(name_zh or "").strip()
    return f"{name} {name_zh}" if name_zh and name_zh != name else name
