"""Sink accounting and transition tables from class counts (see land_counts)."""

from typing import Dict, Mapping, Tuple

import numpy as np
import pandas as pd

SINK_COLUMNS = ["zone", "class", "class_name", "class_name_zh", "pixels", "area_km2", "share",
                "sink_tco2"]
TRANSITION_COLUMNS = ["zone", "from_class", "to_class", "from_name", "to_name", "pixels",
                      "area_km2"]

Names = Mapping[int, Tuple[str, str]]


def _name(names: Names, code: int, language: int = 0) -> str:
    return names.get(int(code), (str(code), str(code)))[language] or str(code)


def sink_table(counts: pd.DataFrame, names: Names, coefficients: Mapping[int, float],
               zone_labels: Mapping[int, str]) -> pd.DataFrame:
    """One row per zone and class: pixels, km², share of the zone's valid area and the sink
    (t CO2/yr; NaN for a class without coefficient). ``counts`` has zone, from_class,
    pixels, area_km2."""
    table = counts.rename(columns={"from_class": "class"}).copy()
    table["zone"] = table["zone"].map(zone_labels)
    table["class_name"] = [_name(names, c) for c in table["class"]]
    table["class_name_zh"] = [_name(names, c, 1) for c in table["class"]]
    zone_area = table.groupby("zone")["area_km2"].transform("sum")
    table["share"] = table["area_km2"] / zone_area
    coefficient = table["class"].map(lambda code: coefficients.get(int(code), np.nan))
    table["sink_tco2"] = table["area_km2"] * coefficient
    return table.sort_values(["zone", "class"])[SINK_COLUMNS].reset_index(drop=True)


def transition_table(counts: pd.DataFrame, names: Names,
                     zone_labels: Mapping[int, str]) -> pd.DataFrame:
    table = counts.copy()
    table["zone"] = table["zone"].map(zone_labels)
    table["from_name"] = [_name(names, c) for c in table["from_class"]]
    table["to_name"] = [_name(names, c) for c in table["to_class"]]
    return table.sort_values(["zone", "from_class", "to_class"])[TRANSITION_COLUMNS] \
        .reset_index(drop=True)


def transition_matrix(transitions: pd.DataFrame, zone: str) -> pd.DataFrame:
    """km² from (rows) → to (columns) of one zone, every class of either date on both axes."""
    part = transitions[transitions["zone"] == zone]
    classes = sorted(set(part["from_class"]) | set(part["to_class"]))
    matrix = part.pivot_table(index="from_class", columns="to_class", values="area_km2",
                              aggfunc="sum", fill_value=0.0)
    return matrix.reindex(index=classes, columns=classes, fill_value=0.0)


def gains_by_origin(transitions: pd.DataFrame) -> pd.DataFrame:
    """Where each class's new land came from: zone, to_class, from_class, area_km2 and
    share of that class's total gain, largest first."""
    changed = transitions[transitions["from_class"] != transitions["to_class"]]
    gains = changed.groupby(["zone", "to_class", "from_class"], as_index=False)["area_km2"].sum()
    total = gains.groupby(["zone", "to_class"])["area_km2"].transform("sum")
    gains["share"] = gains["area_km2"] / total
    return gains.sort_values(["zone", "to_class", "area_km2"],
                             ascending=[True, True, False]).reset_index(drop=True)


def totals(table: pd.DataFrame) -> Dict[str, float]:
    return {"area_km2": float(table["area_km2"].sum()),
            "sink_tco2": float(table["sink_tco2"].sum(min_count=1))
            if "sink_tco2" in table else float("nan")}
