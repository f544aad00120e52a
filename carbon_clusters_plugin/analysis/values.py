"""Turning raw attribute values (numbers, numeric text, NULLs) into floats."""

import math
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Sequence


@dataclass
class NumericColumn:
    """Floats of one field, NaN for NULL, with the values that were not numbers."""

    values: List[float]
    null_rows: List[int] = field(default_factory=list)
    bad_rows: List[int] = field(default_factory=list)
    bad_values: List[Any] = field(default_factory=list)


def to_float(value: Any) -> float:
    """Float of a number or numeric text; NaN for NULL/empty; ValueError for other text.

    Accepts QVariant-like NULLs (objects whose isNull() is true) without importing Qt.
    """
    if value is None:
        return math.nan
    is_null = getattr(value, "isNull", None)
    if callable(is_null) and is_null():
        return math.nan
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace(",", "")
    if text == "" or text.upper() in ("NULL", "NA", "NAN", "N/A", "-"):
        return math.nan
    return float(text)


def numeric_column(raw_values: Iterable[Any]) -> NumericColumn:
    column = NumericColumn(values=[])
    for row, raw in enumerate(raw_values):
        try:
            number = to_float(raw)
        except (TypeError, ValueError):
            column.bad_rows.append(row)
            column.bad_values.append(raw)
            column.values.append(math.nan)
            continue
        if math.isnan(number):
            column.null_rows.append(row)
        column.values.append(number)
    return column


def plain(value: Any) -> Any:
    """A plain Python value for a QGIS attribute: QGIS silently drops features holding numpy
    scalars, and NaN must become NULL."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def plain_records(table, columns: Sequence[str]) -> List[Dict[str, Any]]:
    """Rows of a DataFrame as dicts of plain Python values, in the given column order."""
    return [{key: plain(value) for key, value in record.items()}
            for record in table[list(columns)].to_dict("records")]
