"""A yearbook or inventory table joined to the city layer (carbonclusters:citytable).

The table comes in as rows of raw values (as QGIS reads them) and leaves as two tables: the
matched rows under the city layer's code and names, one row per city (and year), and the rows
that matched nothing, each with a reason and, for a near miss, a suggestion.
"""

import math
from dataclasses import dataclass, field
from typing import Any, Dict, List, Sequence, Tuple

import pandas as pd

from ..messages import QT_TRANSLATE_NOOP, AnalysisError, Cancelled, Message
from ..values import numeric_column
from .city_crosswalk import MERGED, Change
from .city_matching import CityIndex
from .city_names import normalised, year_of_column

CITY_COLUMNS = ("code", "name_zh", "name_en", "province_zh", "cluster", "cluster_zh")
UNMATCHED_COLUMNS = ("row", "value", "reason", "suggestion")

# (label, factor to the output unit, output unit): the labels are translated in "Units".
VALUE_UNITS = (
    (QT_TRANSLATE_NOOP("Units", "as written (no conversion)"), 1.0, ""),
    (QT_TRANSLATE_NOOP("Units", "10⁴ yuan (万元)"), 1.0, "10⁴ yuan"),
    (QT_TRANSLATE_NOOP("Units", "10⁸ yuan (亿元)"), 1e4, "10⁴ yuan"),
    (QT_TRANSLATE_NOOP("Units", "yuan (元)"), 1e-4, "10⁴ yuan"),
    (QT_TRANSLATE_NOOP("Units", "10⁴ t (万吨)"), 1.0, "10⁴ t"),
    (QT_TRANSLATE_NOOP("Units", "t (吨)"), 1e-4, "10⁴ t"),
    (QT_TRANSLATE_NOOP("Units", "Mt (百万吨)"), 100.0, "10⁴ t"),
)
# How yearbooks mark a missing value.
MISSING_MARKS = {"…", "……", "...", "—", "——", "－", "-", "/", "／", "NA", "N/A", "NULL", "NAN",
                 "无", "空"}

RESERVED = (*CITY_COLUMNS, "year")
ROW = "_row"
ORIGIN = "_origin"


@dataclass
class Mapping:
    """A row the crosswalk sent to today's unit: for the log."""

    row: int
    value: str
    change: Change
    unit: Dict


@dataclass
class JoinedTable:
    table: pd.DataFrame            # CITY_COLUMNS, year (if any), value columns
    unmatched: pd.DataFrame        # UNMATCHED_COLUMNS, reason as Message
    value_columns: List[str]
    text_columns: List[str]
    has_year: bool
    mapped: List[Mapping] = field(default_factory=list)
    summed: List[Tuple[Dict, List[int]]] = field(default_factory=list)  # merged units added
    left_out_columns: List[str] = field(default_factory=list)


def join_city_table(rows: Sequence[Dict[str, Any]], columns: Sequence[str], index: CityIndex,
                    city_field: str, province_field: str = "", year_field: str = "",
                    value_name: str = "value", factor: float = 1.0,
                    add_merged: bool = True, cancelled=lambda: False) -> JoinedTable:
    """``rows``: the input's raw values by column, in input order (row 1 first)."""
    keys = [c for c in (city_field, province_field, year_field) if c]
    years = {} if year_field else _year_columns(columns, keys)
    if years:
        value_columns = [value_name]
        left_out = [c for c in columns if c not in keys and c not in years]
    else:
        value_columns = [c for c in columns if c not in keys]
        left_out = []
    if value_name in RESERVED:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", 'The value name "{name}" is a field of the city layer: choose another.'),
            name=value_name)
    # An input column named like a city-layer field keeps its values under another name.
    renamed = {c: f"{c}_input" if c in RESERVED else c for c in value_columns}
    records, unmatched, mapped = [], [], []
    numeric = _numeric_columns(rows, value_columns, years, factor)
    for position, raw in enumerate(rows, start=1):
        if cancelled():
            raise _cancelled()
        written = "" if raw.get(city_field) is None else str(raw.get(city_field))
        match = index.match(raw.get(city_field),
                            raw.get(province_field) if province_field else None)
        if match.unit is None:
            unmatched.append((position, written, match.reason, match.suggestion))
            continue
        origin = ""
        if match.change is not None:
            if match.change.change == MERGED:
                if not add_merged:
                    unmatched.append((position, written, _merged_not_added(match.change),
                                      match.change.new_name))
                    continue
                origin = match.change.old_name
            mapped.append(Mapping(position, written, match.change, match.unit))
        base = {name: match.unit.get(name) for name in CITY_COLUMNS}
        base.update({ROW: position, ORIGIN: origin})
        if years:
            for column, year in years.items():
                records.append({**base, "year": year, value_name: numeric[column][position - 1]})
        else:
            record = dict(base)
            if year_field:
                record["year"] = _year_value(raw.get(year_field), year_field, position)
            for column in value_columns:
                record[renamed[column]] = (numeric[column][position - 1] if column in numeric
                                           else raw.get(column))
            records.append(record)
    has_year = bool(years or year_field)
    text_columns = [renamed[c] for c in value_columns if c not in numeric and not years]
    value_columns = [renamed[c] for c in value_columns]
    table = pd.DataFrame(records, columns=[*CITY_COLUMNS, *(["year"] if has_year else []),
                                           *value_columns, ROW, ORIGIN])
    _refuse_duplicates(table, has_year, rows, city_field)
    table, summed = _add_merged_units(table, has_year, value_columns, text_columns)
    table = table.sort_values(["code", "year"] if has_year else ["code"], kind="stable")
    return JoinedTable(
        table=table.drop(columns=[ROW, ORIGIN]).reset_index(drop=True),
        unmatched=pd.DataFrame(unmatched, columns=list(UNMATCHED_COLUMNS)),
        value_columns=value_columns, text_columns=text_columns, has_year=has_year,
        mapped=mapped, summed=summed, left_out_columns=left_out)


def _year_columns(columns: Sequence[str], keys: Sequence[str]) -> Dict[str, int]:
    years = {c: year_of_column(c) for c in columns if c not in keys}
    years = {c: y for c, y in years.items() if y is not None}
    seen: Dict[int, str] = {}
    for column, year in years.items():
        if year in seen:
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", 'Columns "{first}" and "{second}" are both the year {year}: keep '
                "one of them."), first=seen[year], second=column, year=year)
        seen[year] = column
    return years


def _without_missing_marks(value):
    if isinstance(value, str) and normalised(value).upper() in MISSING_MARKS:
        return None
    return value


def _numeric_columns(rows, value_columns, years, factor) -> Dict[str, List[float]]:
    """Numbers (times ``factor``) of every column whose values are all numbers or missing;
    year columns must be, and a value that is not a number is named."""
    sources = list(years) if years else list(value_columns)
    numeric = {}
    for column in sources:
        values = numeric_column(_without_missing_marks(r.get(column)) for r in rows)
        if values.bad_rows:
            if years:
                raise AnalysisError(QT_TRANSLATE_NOOP(
                    "Messages", 'Column "{column}" holds "{value}" in row {row}, which is not a '
                    "number."), column=column, value=values.bad_values[0],
                    row=values.bad_rows[0] + 1)
            continue
        numeric[column] = [v * factor for v in values.values]
    return numeric


def _year_value(raw, year_field: str, position: int) -> int:
    values = numeric_column([raw])
    year = values.values[0]
    if values.bad_rows or math.isnan(year) or not float(year).is_integer():
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", 'Row {row} has no year in "{field}" ("{value}").'),
            row=position, field=year_field, value="" if raw is None else raw)
    return int(year)


def _refuse_duplicates(table: pd.DataFrame, has_year: bool, rows, city_field: str) -> None:
    """Two input rows for the same city (and year) are an error naming both; rows of a unit
    merged into another are added to it later, not duplicates of it."""
    keys = ["code", ORIGIN] + (["year"] if has_year else [])
    repeated = table[table.duplicated(keys, keep=False)]
    if repeated.empty:
        return
    first = repeated.iloc[0]
    same = repeated
    for key in keys:
        same = same[same[key] == first[key]]
    a, b = (int(r) for r in same[ROW].iloc[:2])
    template = (QT_TRANSLATE_NOOP(
        "Messages", 'Rows {first} ("{first_value}") and {second} ("{second_value}") are both '
        "{city} ({code}) in {year}: keep one of them.") if has_year else QT_TRANSLATE_NOOP(
        "Messages", 'Rows {first} ("{first_value}") and {second} ("{second_value}") are both '
        "{city} ({code}): keep one of them."))
    raise AnalysisError(template, first=a, second=b,
                        first_value=rows[a - 1].get(city_field),
                        second_value=rows[b - 1].get(city_field), city=first["name_zh"],
                        code=first["code"], year=first["year"] if has_year else "")


def _add_merged_units(table, has_year, value_columns, text_columns):
    """Rows of a unit merged into another (莱芜 → 济南) added to that unit's row of the same
    year: numbers summed (NULL when one part is missing), text kept from today's unit."""
    if not (table[ORIGIN] != "").any():
        return table, []
    keys = ["code"] + (["year"] if has_year else [])
    numbers = [c for c in value_columns if c not in text_columns]
    merged_rows, summed = [], []
    for _, group in table.groupby(keys, sort=False, dropna=False):
        if len(group) == 1:
            merged_rows.append(group.iloc[0].to_dict())
            continue
        own = group[group[ORIGIN] == ""]
        row = (own if not own.empty else group).iloc[0].to_dict()
        for column in numbers:
            row[column] = group[column].sum() if group[column].notna().all() else math.nan
        summed.append((row, [int(r) for r in group[ROW]]))
        merged_rows.append(row)
    return pd.DataFrame(merged_rows, columns=table.columns), summed


def _merged_not_added(change: Change) -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "{old} was merged into {new} in {year} ({approval}); merged units are "
        "not added to their successor in this run"), dict(
        old=change.old_name, new=change.new_name, year=change.year, approval=change.approval))


def _cancelled() -> Exception:
    return Cancelled()
