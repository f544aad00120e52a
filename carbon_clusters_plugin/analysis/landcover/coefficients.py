"""Land-cover class tables: presets and coefficient CSVs, and their sink units.

Importable without pandas (the Processing dialogs list the presets and units even where
pandas is missing); reading a table needs it.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List

from ..messages import QT_TRANSLATE_NOOP, AnalysisError

if TYPE_CHECKING:
    import pandas as pd

# Sink coefficient units, as t CO2 per km² per year for one unit.
CO2_PER_C = 44 / 12
UNIT_TCO2_PER_KM2 = (
    ("t C/hm²/yr", 100 * CO2_PER_C),
    ("t CO₂/hm²/yr", 100.0),
    ("t CO₂/km²/yr", 1.0),
)

# (file in resources/presets, English label). The order is the PRESET parameter's. The labels
# are translated by the land-cover adapters in the "LandCover" context.
PRESETS = (
    ("cas_lucc_level1.csv", QT_TRANSLATE_NOOP("LandCover", "CAS/RESDC LUCC, first level (1–6)")),
    ("cas_lucc_level2.csv",
     QT_TRANSLATE_NOOP("LandCover", "CAS/RESDC LUCC, second level (11–67)")),
    ("clcd.csv", QT_TRANSLATE_NOOP("LandCover", "CLCD, China Land Cover Dataset (1–9)")),
    ("esa_worldcover.csv", QT_TRANSLATE_NOOP("LandCover", "ESA WorldCover (10–100)")),
    ("globeland30.csv", QT_TRANSLATE_NOOP("LandCover", "GlobeLand30 (10–100)")),
)

# The built-up class of each preset (the study's 城乡、工矿、居民用地; urban land in CAS's second
# level), by file: the default built-up class of a land-cover series.
BUILTUP_CLASS = {"cas_lucc_level1.csv": 5, "cas_lucc_level2.csv": 51, "clcd.csv": 8,
                 "esa_worldcover.csv": 50, "globeland30.csv": 80}

REQUIRED_COLUMNS = ("class", "name", "coefficient")
# Largest sink coefficient accepted, t CO₂/km²/yr: 100 times the densest forest's (about
# 100 t CO₂/hm²/yr); anything above is a unit or typing mistake.
MAX_TCO2_PER_KM2 = 1e6


def read_class_table(path: Path, with_coefficients: bool = True) -> pd.DataFrame:
    """class (int), name, name_zh, coefficient (float, NaN when empty), source, color.
    Without ``with_coefficients`` (class names only, for transitions) the coefficient column
    may be absent."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise AnalysisError(QT_TRANSLATE_NOOP("Messages", "Cannot read the class table {path}: "
                                              "{error}"), path=path, error=error) from None
    columns = [c.strip().lower() for c in (rows[0].keys() if rows else [])]
    required = REQUIRED_COLUMNS if with_coefficients else REQUIRED_COLUMNS[:2]
    missing = [c for c in required if c not in columns]
    if not rows or missing:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "The class table {path} needs the columns {columns} (missing: "
            "{missing})."), path=path, columns=", ".join(required),
            missing=", ".join(missing) or "all rows")
    records = [{k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
               for row in rows]
    import pandas as pd

    table = pd.DataFrame({
        "class": [_integer_class(r["class"], path, n) for n, r in enumerate(records, 2)],
        "name": [r["name"] for r in records],
        "name_zh": [r.get("name_zh", "") for r in records],
        "coefficient": [_coefficient(r.get("coefficient", ""), path, n)
                        for n, r in enumerate(records, 2)],
        "source": [r.get("source", "") for r in records],
        "color": [r.get("color", "") for r in records],
    })
    duplicated = table.loc[table["class"].duplicated(), "class"].tolist()
    if duplicated:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "The class table {path} lists class {code} more than once."),
            path=path, code=duplicated[0])
    return table


def _integer_class(text: str, path, line: int) -> int:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not value.is_integer():
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "Line {line} of {path}: class \"{value}\" is not a whole number."),
            line=line, path=path, value=text)
    return int(value)


def _coefficient(text: str, path, line: int) -> float:
    if text == "":
        return math.nan
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "Line {line} of {path}: coefficient \"{value}\" is not a number."),
            line=line, path=path, value=text)
    return value


def coefficients_tco2_per_km2(table: pd.DataFrame, unit_index: int) -> Dict[int, float]:
    """Class → t CO2 per km² per year (NaN where the table gives none)."""
    unit, factor = UNIT_TCO2_PER_KM2[unit_index]
    converted = {}
    for code, coefficient in zip(table["class"], table["coefficient"]):
        value = float(coefficient) * factor
        if abs(value) > MAX_TCO2_PER_KM2:  # NaN (no coefficient) passes
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "The sink coefficient of class {code} is {value:g} {unit}, which is "
                "not plausible: check the coefficient and its unit."),
                code=int(code), value=float(coefficient), unit=unit)
        converted[int(code)] = value
    return converted


def class_names(table: pd.DataFrame) -> Dict[int, tuple]:
    return {int(c): (n, z) for c, n, z in zip(table["class"], table["name"], table["name_zh"])}


def unknown_classes(codes, table: pd.DataFrame) -> List[int]:
    known = set(table["class"].tolist())
    return sorted(int(code) for code in codes if int(code) not in known)
