"""An HTML page with one transition matrix per zone and where each class's gains came from."""

import re
from dataclasses import dataclass
from html import escape
from typing import List, Mapping, Optional, Tuple

import numpy as np
import pandas as pd

from .land_accounting import gains_by_origin, transition_matrix

SHOWN_ORIGINS = 3


@dataclass(frozen=True)
class ReportLabels:
    """The page's texts, translated by the caller; {placeholders} as in the defaults."""

    title: str = "Land-use transitions"
    subtitle: str = "{first} → {second}; areas in km²"
    corner: str = "from \\ to"
    total: str = "Total"
    gains: str = "Where new land came from"
    gain: str = "new {name}: {origins}"
    origin: str = "{share:.0%} from {name}"
    no_change: str = "No class gained land."


STYLE = """
body { font-family: "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
       margin: 1.5em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: right; }
th { background: #eef2f5; }
th.row { text-align: left; }
td.same { background: #f3f3f3; font-weight: bold; }
td.total, th.total { background: #e3e9ee; font-weight: bold; }
p.note { color: #555; }
"""


def _label(names: Mapping[int, Tuple[str, str]], code: int) -> str:
    english, chinese = names.get(int(code), (str(code), ""))
    return f"{english} {chinese}".strip() if chinese and chinese != english else english


def matrix_html(matrix: pd.DataFrame, names, labels: ReportLabels) -> str:
    number = whole_or_decimal_format(matrix.to_numpy(), "{:,.2f}")
    header = "".join(f"<th>{escape(_label(names, c))}</th>" for c in matrix.columns)
    rows = []
    for code, row in matrix.iterrows():
        cells = "".join(
            f'<td class="{"same" if to == code else ""}">{number.format(value)}</td>'
            for to, value in row.items())
        rows.append(f'<tr><th class="row">{escape(_label(names, code))}</th>{cells}'
                    f'<td class="total">{number.format(row.sum())}</td></tr>')
    column_totals = "".join(f'<td class="total">{number.format(v)}</td>'
                            for v in matrix.sum())
    rows.append(f'<tr><th class="row total">{escape(labels.total)}</th>{column_totals}'
                f'<td class="total">{number.format(matrix.to_numpy().sum())}</td></tr>')
    return (f"<table><tr><th>{escape(labels.corner)}</th>{header}"
            f'<th class="total">{escape(labels.total)}</th></tr>{"".join(rows)}</table>')


def whole_or_decimal_format(values, template: str) -> str:
    """``template`` without its decimals when every finite value is a whole number (areas
    of whole km² read "92,795", not "92,795.00")."""
    numbers = np.asarray(values, dtype=float)
    numbers = numbers[np.isfinite(numbers)]
    if numbers.size and np.all(numbers == np.round(numbers)):
        return re.sub(r"\.\d+f", ".0f", template)
    return template


def gain_sentences(gains: pd.DataFrame, zone: str, names, labels: ReportLabels,
                   language: int = 0) -> List[str]:
    """E.g. "new built-up land: 71% from cropland, 18% from forest", largest gains first."""
    part = gains[gains["zone"] == zone]
    order = part.groupby("to_class")["area_km2"].sum().sort_values(ascending=False).index
    sentences = []
    for to_class in order:
        origins = part[part["to_class"] == to_class].head(SHOWN_ORIGINS)
        described = ", ".join(
            labels.origin.format(share=share, name=_lower(names, code, language))
            for code, share in zip(origins["from_class"], origins["share"]))
        sentences.append(labels.gain.format(name=_lower(names, to_class, language),
                                            origins=described))
    return sentences


def _lower(names, code, language: int) -> str:
    name = names.get(int(code), (str(code), str(code)))[language] or str(code)
    return name.lower() if language == 0 else name


def transitions_html(transitions: pd.DataFrame, names, first: str, second: str,
                     labels: Optional[ReportLabels] = None, language: int = 0) -> str:
    labels = labels or ReportLabels()
    gains = gains_by_origin(transitions)
    sections = []
    for zone in transitions["zone"].drop_duplicates():
        sentences = gain_sentences(gains, zone, names, labels, language)
        items = "".join(f"<li>{escape(s)}</li>" for s in sentences) or \
            f"<li>{escape(labels.no_change)}</li>"
        sections.append(
            f"<h2>{escape(str(zone))}</h2>"
            f"{matrix_html(transition_matrix(transitions, zone), names, labels)}"
            f"<h3>{escape(labels.gains)}</h3><ul>{items}</ul>")
    subtitle = labels.subtitle.format(first=first, second=second)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(labels.title)}'
            f"</title><style>{STYLE}</style></head><body><h1>{escape(labels.title)}</h1>"
            f'<p class="note">{escape(subtitle)}</p>{"".join(sections)}</body></html>')
