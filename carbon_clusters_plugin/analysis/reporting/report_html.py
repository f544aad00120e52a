"""The HTML page of the city-cluster carbon report (no qgis, no Qt): its texts, sections,
HTML tables, the land-use transition matrices and the page that assembles them; the tables
themselves come from ``report_tables``.

Texts are English templates marked with ``QT_TRANSLATE_NOOP("ReportTexts", …)``; the Processing
adapter passes them translated (``texts``), and charts as PNG files, embedded as base64.
"""

import base64
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..landcover.land_accounting import gains_by_origin, transition_matrix
from ..landcover.transition_report import (
    ReportLabels,
    gain_sentences,
    matrix_html,
    whole_or_decimal_format,
)
from ..messages import QT_TRANSLATE_NOOP
from .report_tables import format_value, numeric_frame, text_value

CONTEXT = "ReportTexts"
_NUMBER_LIKE = re.compile(r"^[+−-]?[\d,. ]*\d[\d,. ]*(%|\*{1,2})?$|^–$")

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
figure.chart { margin: 0.5em 0 1.2em 0; }
figcaption { color: #555; font-size: 0.9em; }
"""


def texts_with(overrides: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
    texts = dict(TEXTS)
    texts.update(overrides or {})
    return texts


def transitions_body(transitions: pd.DataFrame, names, texts: Mapping[str, str]) -> str:
    frame = numeric_frame(transitions, ["from_class", "to_class", "area_km2"])
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
    numbers = [v for v in table.to_numpy().ravel()
               if isinstance(v, (int, float, np.number)) and not isinstance(v, bool)]
    float_format = whole_or_decimal_format(numbers, float_format)
    index_names = [n if n is not None else "" for n in table.index.names]
    head = "".join(f"<th>{escape(str(n))}</th>" for n in index_names) + "".join(
        f"<th>{escape(str(c))}</th>" for c in table.columns)
    rows = []
    for key, row in table.iterrows():
        keys = key if isinstance(key, tuple) else (key,)
        cells = "".join(f'<th class="row">{escape(str(k))}</th>' for k in keys)
        for value in row:
            if isinstance(value, (int, float, np.number)) and not isinstance(value, bool):
                cells += f"<td>{escape(format_value(value, float_format))}</td>"
            elif _NUMBER_LIKE.match(text_value(value)):  # formatted already: right-aligned
                cells += f"<td>{escape(text_value(value))}</td>"
            else:
                cells += f'<td class="text">{escape(text_value(value))}</td>'
        rows.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def image_html(path, alt: str, kind: str = "") -> str:
    """A chart as a figure with its caption (``alt``), the PNG embedded."""
    data = base64.b64encode(Path(path).read_bytes()).decode("ascii")
    return (f'<figure class="chart {escape(kind)}"><img class="chart {escape(kind)}" '
            f'alt="{escape(alt)}" src="data:image/png;base64,{data}"/>'
            f"<figcaption>{escape(alt)}</figcaption></figure>")


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


