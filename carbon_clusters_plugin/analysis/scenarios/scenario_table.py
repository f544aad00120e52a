"""Scenario tables of carbonclusters:peakscenario: the columns a scenario has (growth rates,
levers, elasticities, per scenario, group and period), read from a CSV file, a Processing matrix
or the shipped presets, checked, and turned into the yearly rates of a group. The equations
that use them are in ``peak_scenario``."""

import csv
import math
from pathlib import Path
from typing import Dict, Iterable, List, Sequence, Tuple

import numpy as np
import pandas as pd

from ..messages import QT_TRANSLATE_NOOP, AnalysisError, Message

EVERY_GROUP = "*"
BASELINE = "baseline"

# Scenario columns: name -> default (None: required in the table, NaN: no default).
RATE_COLUMNS = {
    "gdp_growth": None,
    "population_growth": 0.0,
    "intensity_change": 0.0,
    "share_change": 0.0,
    "share_elasticity": 1.0,
    "builtup_growth": 0.0,
    "land_elasticity": 0.0,
    "buildings_change": 0.0,
    "transport_change": 0.0,
    "urbanisation_change": 0.0,
}
NUMBER_COLUMNS = ("start_year", "end_year") + tuple(RATE_COLUMNS) + ("emissions_per_km2",)
TEXT_COLUMNS = ("scenario", "group", "description")
REQUIRED_COLUMNS = ("scenario", "gdp_growth")
SCENARIO_COLUMNS = ("scenario", "group", "start_year", "end_year") + tuple(RATE_COLUMNS) + (
    "emissions_per_km2", "description")

# (file in resources/scenarios, English label). Order of the PRESET parameter after "all".
PRESETS = (
    ("baseline.csv", "Baseline"),
    ("industrial_upgrading.csv", "Industrial upgrading"),
    ("compact_land_use.csv", "Compact land use"),
    ("building_standards.csv", "Building energy standards"),
    ("green_transport.csv", "Green transport"),
    ("all_levers.csv", "All levers combined"),
)


# ---------------------------------------------------------------- scenario tables


def read_scenario_csv(path) -> List[Tuple[int, Dict[str, str]]]:
    """(line number, {column: text}) of every data row of a scenario CSV."""
    path = Path(path)
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle)
            lines = [(reader.line_num, row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "Cannot read the scenario table {source}: {error}"),
            source=path, error=error) from None
    lines = [(n, row) for n, row in lines if any(cell.strip() for cell in row)
             and not row[0].strip().startswith("#")]
    if not lines:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "The scenario table {source} is empty."), source=path)
    (_, header), rows = lines[0], lines[1:]
    return records_from_rows(header, rows, path)


def records_from_matrix(headers: Sequence[str], values: Sequence) -> List[Tuple[int, Dict]]:
    """Rows of a Processing matrix (a flat list, row by row) as numbered records."""
    width = len(headers)
    cells = ["" if v is None else str(v) for v in values]
    rows = [(n + 1, cells[i:i + width]) for n, i in enumerate(range(0, len(cells), width))]
    rows = [(n, row) for n, row in rows if any(c.strip() for c in row)]
    return records_from_rows(list(headers), rows, "the scenario matrix")


def records_from_rows(header, rows, source) -> List[Tuple[int, Dict[str, str]]]:
    names = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if missing:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "The scenario table {source} has no column {column} (columns: "
            "{columns})."), source=source, column=", ".join(missing),
            columns=", ".join(n for n in names if n))
    unknown = [n for n in names if n and n not in SCENARIO_COLUMNS]
    if unknown:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "The scenario table {source} has an unknown column {column}; the columns "
            "are {columns}."), source=source, column=", ".join(unknown),
            columns=", ".join(SCENARIO_COLUMNS))
    records = []
    for line, row in rows:
        if len(row) > len(names):
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "Line {line} of {source} has {count} values for {columns} columns."),
                line=line, source=source, count=len(row), columns=len(names))
        records.append((line, {name: (row[i].strip() if i < len(row) else "")
                               for i, name in enumerate(names) if name}))
    return records


def parse_scenarios(records: Iterable[Tuple[int, Dict[str, str]]], source) -> pd.DataFrame:
    """Scenario rows with numbers (NaN where empty); ``line`` keeps the source line."""
    rows = []
    for line, record in records:
        scenario = record.get("scenario", "")
        if not scenario:
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "Line {line} of {source}: the column scenario is empty."),
                line=line, source=source)
        row = {"line": line, "scenario": scenario,
               "group": record.get("group", "") or EVERY_GROUP,
               "description": record.get("description", "")}
        for column in NUMBER_COLUMNS:
            row[column] = _number(record.get(column, ""), column, line, source)
        for column in ("start_year", "end_year"):
            if not math.isnan(row[column]) and not float(row[column]).is_integer():
                raise AnalysisError(QT_TRANSLATE_NOOP(
                    "Messages", "Line {line} of {source}: {column} \"{value}\" is not a year."),
                    line=line, source=source, column=column, value=record.get(column))
        if row["start_year"] > row["end_year"]:
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "Line {line} of {source}: start_year {start} is after end_year "
                "{end}."), line=line, source=source, start=int(row["start_year"]),
                end=int(row["end_year"]))
        rows.append(row)
    if not rows:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "The scenario table {source} has no scenario rows."), source=source)
    return pd.DataFrame(rows, columns=["line", "scenario", "group", "description"]
                        + list(NUMBER_COLUMNS))


# Rates given as fractions a year; beyond this size they are probably percentages (5 for 5 %).
FRACTION_RATES = ("gdp_growth", "population_growth", "intensity_change", "builtup_growth",
                  "buildings_change", "transport_change")
PLAUSIBLE_RATE = 0.5


def scenario_warnings(scenarios: pd.DataFrame, source) -> List[Message]:
    """What a scenario table says that is probably not meant: the same scenario, group and
    period on several lines (the last is used), and rates too large to be fractions."""
    warnings = []
    keys = ["scenario", "group", "start_year", "end_year"]
    periods = scenarios[keys].astype(str).agg("|".join, axis=1)
    for key in dict.fromkeys(periods[periods.duplicated(keep=False)]):
        lines = scenarios.loc[periods == key, "line"].tolist()
        first = scenarios.loc[periods == key].iloc[0]
        warnings.append(Message(QT_TRANSLATE_NOOP(
            "Messages", "{source}: lines {lines} give scenario {scenario} for group {group} "
            "over the same years; only line {used} is used."), {
            "source": source, "lines": ", ".join(map(str, lines)),
            "scenario": first["scenario"], "group": first["group"], "used": lines[-1]}))
    for column in FRACTION_RATES:
        for line, value in zip(scenarios["line"], scenarios[column]):
            if abs(value) > PLAUSIBLE_RATE:  # NaN passes
                warnings.append(Message(QT_TRANSLATE_NOOP(
                    "Messages", "Line {line} of {source}: {column} {value:g} means "
                    "{percent:,.0f} % a year. Rates are fractions (0.05 is 5 %)."), {
                    "line": line, "source": source, "column": column, "value": value,
                    "percent": value * 100}))
    return warnings


def _number(text: str, column: str, line: int, source) -> float:
    text = (text or "").strip()
    if text == "":
        return math.nan
    try:
        value = float(text.replace("%", "")) / (100.0 if text.endswith("%") else 1.0)
    except ValueError:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "Line {line} of {source}: {column} \"{value}\" is not a number."),
            line=line, source=source, column=column, value=text) from None
    if not math.isfinite(value):
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "Line {line} of {source}: {column} \"{value}\" is not a finite number."),
            line=line, source=source, column=column, value=text)
    return value


def load_scenarios(path) -> pd.DataFrame:
    return parse_scenarios(read_scenario_csv(path), Path(path))


def load_presets(folder, files: Sequence[str]) -> pd.DataFrame:
    """The named preset CSVs of ``folder`` as one scenario table."""
    return pd.concat([load_scenarios(Path(folder) / name) for name in files],
                     ignore_index=True)


def baseline_name(scenarios: pd.DataFrame) -> str:
    """The scenario called "baseline" (any case), else the first one listed."""
    names = list(dict.fromkeys(scenarios["scenario"]))
    for name in names:
        if name.strip().lower() == BASELINE:
            return name
    return names[0]


def yearly_rates(scenarios: pd.DataFrame, scenario: str, group: str,
                 years: Sequence[int]) -> pd.DataFrame:
    """The rates of every year for one scenario and group (index: year).

    Column by column, among the rows of the scenario that give a value: the group's own rows
    before the ``*`` rows, a row whose period holds the year (empty start/end: open; the later
    row when several do); a year outside every such period takes the nearest period's value;
    a column no row gives takes its default.
    """
    rows = scenarios[(scenarios["scenario"] == scenario)
                     & scenarios["group"].isin([EVERY_GROUP, group])]
    start = rows["start_year"].fillna(-np.inf).to_numpy()
    end = rows["end_year"].fillna(np.inf).to_numpy()
    own = (rows["group"] == group).to_numpy() & (group != EVERY_GROUP)
    table = {year: {} for year in years}
    for column, default in RATE_COLUMNS.items():
        cells = rows[column].to_numpy(dtype=float)
        given = ~np.isnan(cells)
        for year in years:
            distance = np.maximum(start - year, 0) + np.maximum(year - end, 0)
            value = math.nan
            for subset in (given & own & (distance == 0), given & ~own & (distance == 0)):
                if subset.any():
                    value = float(cells[subset][-1])
                    break
            else:
                if given.any():
                    nearest = given & (distance == distance[given].min())
                    preferred = nearest & own if (nearest & own).any() else nearest
                    value = float(cells[preferred][-1])
            if math.isnan(value):
                if default is None:
                    raise AnalysisError(QT_TRANSLATE_NOOP(
                        "Messages", "Scenario {scenario} gives no {column} for {group} in "
                        "{year}."), scenario=scenario, column=column, group=group, year=year)
                value = default
            table[year][column] = value
    return pd.DataFrame.from_dict(table, orient="index")


def density_of(scenarios: pd.DataFrame, scenario: str, group: str) -> float:
    """emissions_per_km2 of a group in a scenario (its own rows first, then ``*``); NaN."""
    rows = scenarios[scenarios["scenario"] == scenario]
    for key in (group, EVERY_GROUP):
        values = rows.loc[rows["group"] == key, "emissions_per_km2"].dropna()
        if len(values):
            return float(values.iloc[-1])
    return math.nan
