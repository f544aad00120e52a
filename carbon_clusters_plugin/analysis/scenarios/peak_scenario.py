"""Emission trajectories, peak years and peak values of groups (city clusters or cities) under
planning scenarios: industrial upgrading, compact land use, building standards, green transport.

State of a group
----------------
Features are summed per group and year (emissions, GDP, population, built-up land and the sector
components); the secondary-industry share is averaged weighted by GDP and the urbanisation rate
weighted by population. The base year (default: the latest year) starts the projection; earlier
years are the observed history.

Emissions are split into three disjoint parts, so that no lever acts twice on the same tonne:

    buildings  B  = services + urban households + rural households   (BUILDINGS components)
    transport  T  = transport                                        (TRANSPORT components)
    industry   N  = emissions − B − T    (industry, process, agriculture, indirect: the rest)

Without components the whole of the emissions is N. Each part has an intensity per unit of GDP,
I_k = E_k / GDP, in the base year.

Equations, for every year t after the base year (rates of the scenario period that holds t)
-------------------------------------------------------------------------------------------
    GDP_t  = GDP_t−1 × (1 + gdp_growth)
    P_t    = P_t−1 × (1 + population_growth)
    L_t    = L_t−1 × (1 + builtup_growth)                           built-up land, km²
    s_t    = s_t−1 + share_change                                   secondary share, % points
    I_N,t  = I_N,t−1 × (1 + intensity_change) × (1 + share_elasticity × Δs_t / 100)
    I_B,t  = I_B,t−1 × (1 + intensity_change) × (1 + buildings_change)
    I_T,t  = I_T,t−1 × (1 + intensity_change) × (1 + transport_change)
    A_t    = GDP_t × (I_N,t + I_B,t + I_T,t)                        activity-driven emissions
    E_t    = A_t × (L_t / L*_t) ^ land_elasticity                   emissions

where Δs_t is the share change actually applied (the share stays within 0–100 %) and L*_t is the
built-up land of the group on the baseline scenario's path. So:

- industrial upgrading: a fall of the secondary share by 1 point with elasticity 1 lowers the
  industrial intensity by 1 % (the reference: one point of share ≈ one point of energy
  intensity); with no components that is the whole GDP intensity;
- building standards and green transport act only on their own sectors, on top of the common
  autonomous intensity_change;
- compact land use: with land_elasticity λ = 1 each group keeps, every year, the emissions per km²
  of built-up land of its baseline path, d_t = A_t / L*_t, so E_t = L_t × d_t and a cluster's
  emissions are Σ area × intensity over its cities; λ < 1 says that only part of the emissions
  moves with the land (λ = 0: no land lever). It scales what the other levers leave, so the
  four levers multiply and nothing is counted twice.

The shipped compact-land-use preset reproduces the Changsha–Zhuzhou–Xiangtan case: built-up
land 28 % (2020) and 33 % (2030) below the baseline from a 2010 base, and λ = 0.6, so emissions
are 0.72^0.6 = 0.821 and 0.67^0.6 = 0.786 of the baseline's, about 20 % lower.

``emissions_per_km2`` (per group) gives base-year emissions L_0 × d to a group whose emissions
are missing in the input (e.g. cities known only by their built-up land); where the input has
emissions it is not used and the difference is reported.

Peaks
-----
The peak is the largest value of observed and projected emissions up to the end year. When that
value is the end year itself and the trajectory still rises into it, the peak lies after the
horizon: peak year and value are missing, never invented.
"""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..messages import QT_TRANSLATE_NOOP, AnalysisError, Message
from .scenario_table import EVERY_GROUP, baseline_name, density_of, yearly_rates

GROUP = "group"
YEAR = "year"
ALL = "ALL"

INPUT_SUMS = ("emissions", "gdp", "population", "builtup_km2", "buildings", "transport")
SECTORS = ("industry", "buildings", "transport")

TRAJECTORY_COLUMNS = (
    "group", "scenario", "year", "observed", "emissions", "gdp", "population", "intensity",
    "builtup_km2", "per_builtup", "secondary_share", "urbanisation", "industry", "buildings",
    "transport",
)
PEAK_COLUMNS = (
    "group", "scenario", "peak_year", "peak_emissions", "peaks_by_2030", "emissions_2030",
    "emissions_end", "cumulative", "reduction_vs_baseline", "reduction_2030", "base_year",
    "base_emissions", "peak_note",
)
PEAK_WITHIN = "within horizon"
PEAK_AT_START = "at or before the base year"
PEAK_AFTER = "after the end year"
PEAK_NONE = "no emissions"


# ---------------------------------------------------------------- input state


def group_year_state(features: pd.DataFrame) -> pd.DataFrame:
    """Per group and year: sums of INPUT_SUMS (NaN when a feature lacks the value), the
    GDP-weighted secondary share and the population-weighted urbanisation."""
    features = features.copy()
    for column in INPUT_SUMS + ("secondary_share", "urbanisation"):
        if column not in features:
            features[column] = np.nan
    keys = [features[GROUP], features[YEAR]]
    sums = features[list(INPUT_SUMS)].groupby(keys).sum(min_count=1)
    sums = sums.mask(features[list(INPUT_SUMS)].isna().groupby(keys).any())
    sums["secondary_share"] = _weighted_mean(features, "secondary_share", "gdp", keys)
    sums["urbanisation"] = _weighted_mean(features, "urbanisation", "population", keys)
    sums.index.names = [GROUP, YEAR]
    return sums.reset_index().sort_values([GROUP, YEAR]).reset_index(drop=True)


def _weighted_mean(features, column, weight, keys):
    value = features[column]
    weights = features[weight].where(features[weight].notna() & value.notna(), np.nan)
    weighted = (value * weights).groupby(keys).sum(min_count=1) / \
        weights.groupby(keys).sum(min_count=1)
    plain = value.groupby(keys).mean()
    return weighted.where(weighted.notna(), plain)


@dataclass
class Projection:
    trajectories: pd.DataFrame
    peaks: pd.DataFrame
    baseline: str
    base_year: int
    messages: List[Message] = field(default_factory=list)


# ---------------------------------------------------------------- projection


def project(state: pd.DataFrame, scenarios: pd.DataFrame, end_year: int,
            base_year: Optional[int] = None, intensity_factor: float = 1.0,
            add_total: bool = True, history: bool = True) -> Projection:
    """Trajectories and peaks of every group under every scenario.

    ``state`` comes from ``group_year_state``. ``intensity_factor`` turns emissions per GDP in
    the input units into the reported intensity (1e4 for 10⁴ t per 10⁴ yuan → t per 10⁴ yuan).
    """
    messages: List[Message] = []
    base_year = int(state[YEAR].max()) if base_year is None else int(base_year)
    if end_year <= base_year:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "The end year {end} must come after the base year {base}."),
            end=end_year, base=base_year)
    groups = list(dict.fromkeys(state[GROUP]))
    base = state[state[YEAR] == base_year].set_index(GROUP)
    lacking = [g for g in groups if g not in base.index]
    if lacking:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "Group {group} has no data for the base year {year}."),
            group=lacking[0], year=base_year)
    names = list(dict.fromkeys(scenarios["scenario"]))
    reference = baseline_name(scenarios)
    unknown = sorted(set(scenarios["group"]) - set(groups) - {EVERY_GROUP})
    if unknown:
        messages.append(Message(QT_TRANSLATE_NOOP(
            "Messages", "The scenario table names group(s) not in the input, left unused: "
            "{groups}."), {"groups": ", ".join(unknown)}))
    years = list(range(base_year + 1, end_year + 1))
    frames = []
    for group in groups:
        start = _base_values(base.loc[group], group, base_year, scenarios, names, messages)
        reference_land = _land_path(start, yearly_rates(scenarios, reference, group, years))
        for name in names:
            rates = yearly_rates(scenarios, name, group, years)
            values = start[name]
            if (rates["land_elasticity"] != 0).any() and not values["builtup_km2"] > 0:
                raise AnalysisError(QT_TRANSLATE_NOOP(
                    "Messages", "Scenario {scenario} uses the land lever (land_elasticity) but "
                    "group {group} has no built-up land in {year}: give the built-up land "
                    "field or set land_elasticity to 0."), scenario=name, group=group,
                    year=base_year)
            projected = _trajectory(values, rates, reference_land, years)
            observed = _observed(state, group, base_year, values) if history else \
                _observed(state, group, base_year, values).tail(1)
            table = pd.concat([observed, projected], ignore_index=True)
            table.insert(0, "scenario", name)
            table.insert(0, GROUP, group)
            frames.append(table)
    trajectories = pd.concat(frames, ignore_index=True)
    if add_total and len(groups) > 1:
        if ALL in groups:
            messages.append(Message(QT_TRANSLATE_NOOP(
                "Messages", "A group is called {name}: no total over the groups is added."),
                {"name": ALL}))
        else:
            trajectories = pd.concat([trajectories, _total(trajectories, len(groups))],
                                     ignore_index=True)
    _finish(trajectories, intensity_factor)
    peaks = peak_table(trajectories, reference, base_year, end_year)
    return Projection(trajectories[list(TRAJECTORY_COLUMNS)], peaks, reference, base_year,
                      messages)


def _base_values(row, group, base_year, scenarios, names, messages) -> Dict[str, Dict]:
    """Base-year values of a group for each scenario (they differ only when a scenario's
    emissions_per_km2 fills in missing emissions)."""
    gdp = row["gdp"]
    if not gdp > 0:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "Group {group} has no positive GDP in the base year {year} (GDP: "
            "{value})."), group=group, year=base_year, value=_shown(gdp))
    buildings = 0.0 if math.isnan(row["buildings"]) else float(row["buildings"])
    transport = 0.0 if math.isnan(row["transport"]) else float(row["transport"])
    out = {}
    for name in names:
        emissions = float(row["emissions"])
        density = density_of(scenarios, name, group)
        land = float(row["builtup_km2"])
        if math.isnan(emissions):
            if math.isnan(density) or not land > 0:
                raise AnalysisError(QT_TRANSLATE_NOOP(
                    "Messages", "Group {group} has no emissions in the base year {year}, and "
                    "scenario {scenario} gives no emissions_per_km2 with built-up land to "
                    "fill them in."), group=group, year=base_year, scenario=name)
            emissions = land * density
            b, t = 0.0, 0.0  # no components without emissions: everything is "industry"
        else:
            if not math.isnan(density) and land > 0 and \
                    abs(emissions / land - density) > 0.05 * density:
                message = Message(QT_TRANSLATE_NOOP(
                    "Messages", "{group}: emissions_per_km2 {density:g} of the scenario table is "
                    "not used, the input gives emissions ({per_km2:.3g} per km² of built-up "
                    "land)."), {"group": group, "density": density,
                                "per_km2": emissions / land})
                if message not in messages:
                    messages.append(message)
            b, t = buildings, transport
        if b + t > emissions * (1 + 1e-9):
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "Group {group}, {year}: buildings ({buildings:g}) and transport "
                "({transport:g}) add up to more than the emissions ({emissions:g})."),
                group=group, year=base_year, buildings=b, transport=t, emissions=emissions)
        out[name] = {
            "year": base_year, "emissions": emissions, "gdp": float(gdp),
            "population": float(row["population"]), "builtup_km2": land,
            "secondary_share": float(row["secondary_share"]),
            "urbanisation": float(row["urbanisation"]),
            "industry": emissions - b - t, "buildings": b, "transport": t,
        }
    return out


def _land_path(start_by_scenario: Dict[str, Dict], rates: pd.DataFrame) -> np.ndarray:
    land = next(iter(start_by_scenario.values()))["builtup_km2"]
    return land * np.cumprod(1.0 + rates["builtup_growth"].to_numpy())


def _trajectory(start: Dict, rates: pd.DataFrame, reference_land: np.ndarray,
                years: Sequence[int]) -> pd.DataFrame:
    gdp = start["gdp"] * np.cumprod(1.0 + rates["gdp_growth"].to_numpy())
    population = start["population"] * np.cumprod(1.0 + rates["population_growth"].to_numpy())
    land = start["builtup_km2"] * np.cumprod(1.0 + rates["builtup_growth"].to_numpy())
    share = start["secondary_share"]
    applied = []
    for change in rates["share_change"].to_numpy():
        if math.isnan(share):
            applied.append(change)
            continue
        new = min(max(share + change, 0.0), 100.0)
        applied.append(new - share)
        share = new
    applied = np.array(applied)
    shares = start["secondary_share"] + np.cumsum(applied)
    common = 1.0 + rates["intensity_change"].to_numpy()
    structure = 1.0 + rates["share_elasticity"].to_numpy() * applied / 100.0
    intensity = {
        "industry": start["industry"] / start["gdp"] * np.cumprod(common * structure),
        "buildings": start["buildings"] / start["gdp"] * np.cumprod(
            common * (1.0 + rates["buildings_change"].to_numpy())),
        "transport": start["transport"] / start["gdp"] * np.cumprod(
            common * (1.0 + rates["transport_change"].to_numpy())),
    }
    elasticity = rates["land_elasticity"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        land_factor = np.where(elasticity != 0, (land / reference_land) ** elasticity, 1.0)
    urbanisation = np.clip(start["urbanisation"] + np.cumsum(
        rates["urbanisation_change"].to_numpy()), 0.0, 100.0)
    table = pd.DataFrame({YEAR: list(years), "observed": 0, "gdp": gdp,
                          "population": population, "builtup_km2": land,
                          "secondary_share": shares, "urbanisation": urbanisation})
    for sector in SECTORS:
        table[sector] = gdp * intensity[sector] * land_factor
    table["emissions"] = table[list(SECTORS)].sum(axis=1)
    return table


def _observed(state, group, base_year, start) -> pd.DataFrame:
    rows = state[(state[GROUP] == group) & (state[YEAR] <= base_year)].copy()
    rows = rows.sort_values(YEAR)
    rows["industry"] = rows["emissions"] - rows["buildings"].fillna(0) - \
        rows["transport"].fillna(0)
    rows[["buildings", "transport"]] = rows[["buildings", "transport"]].fillna(0)
    base = rows[YEAR] == base_year
    for column in ("emissions", "industry", "buildings", "transport"):
        rows.loc[base, column] = start[column]
    rows["observed"] = 1
    return rows[[YEAR, "observed", "emissions", "gdp", "population", "builtup_km2",
                 "secondary_share", "urbanisation", "industry", "buildings", "transport"]]


def _total(trajectories: pd.DataFrame, group_count: int) -> pd.DataFrame:
    """Sums over the groups (group ALL) for the years every group has."""
    frame = trajectories.copy()
    frame["share_gdp"] = frame["secondary_share"] * frame["gdp"]
    frame["urban_pop"] = frame["urbanisation"] * frame["population"]
    keys = ["scenario", YEAR]
    sums = frame.groupby(keys, sort=False)[
        ["emissions", "gdp", "population", "builtup_km2", "share_gdp", "urban_pop",
         "industry", "buildings", "transport"]].sum(min_count=group_count)
    counts = frame.groupby(keys, sort=False).size()
    sums = sums[counts == group_count]
    sums["observed"] = frame.groupby(keys, sort=False)["observed"].min()
    sums["secondary_share"] = sums["share_gdp"] / sums["gdp"]
    sums["urbanisation"] = sums["urban_pop"] / sums["population"]
    sums = sums.drop(columns=["share_gdp", "urban_pop"]).reset_index()
    sums.insert(0, GROUP, ALL)
    return sums


def _finish(table: pd.DataFrame, intensity_factor: float) -> None:
    with np.errstate(divide="ignore", invalid="ignore"):
        table["intensity"] = np.where(table["gdp"] > 0, table["emissions"] / table["gdp"],
                                      np.nan) * intensity_factor
        table["per_builtup"] = np.where(table["builtup_km2"] > 0,
                                        table["emissions"] / table["builtup_km2"], np.nan)
    table["year"] = table["year"].astype(int)
    table["observed"] = table["observed"].astype(int)


# ---------------------------------------------------------------- peaks


def find_peak(years: Sequence[int], emissions: Sequence[float]) -> Tuple[Optional[int],
                                                                        float, str]:
    """(peak year, peak value, note). The first year of the largest value; no peak (None,
    NaN) when that is the last year and the series still rises into it."""
    years = list(years)
    values = np.asarray(emissions, dtype=float)
    usable = ~np.isnan(values)
    if not usable.any():
        return None, math.nan, PEAK_NONE
    index = int(np.nanargmax(values))
    last = len(values) - 1
    if index == last and last > 0 and values[last] > values[last - 1]:
        return None, math.nan, PEAK_AFTER
    return int(years[index]), float(values[index]), PEAK_WITHIN


def peak_table(trajectories: pd.DataFrame, reference: str, base_year: int,
               end_year: int) -> pd.DataFrame:
    rows = []
    baseline = {}
    for (group, scenario), table in trajectories.groupby([GROUP, "scenario"], sort=False):
        table = table.sort_values(YEAR)
        year, value, note = find_peak(table[YEAR], table["emissions"])
        if year is not None and year <= base_year:
            note = PEAK_AT_START
        by_year = table.set_index(YEAR)["emissions"]
        future = table.loc[table[YEAR] > base_year, "emissions"]
        if year is not None:
            by_2030 = int(year <= 2030)
        else:
            by_2030 = 0 if end_year >= 2030 else None
        rows.append({
            "group": group, "scenario": scenario, "peak_year": year,
            "peak_emissions": value, "peaks_by_2030": by_2030,
            "emissions_2030": float(by_year.get(2030, math.nan)),
            "emissions_end": float(by_year.get(end_year, math.nan)),
            "cumulative": float(future.sum(min_count=1)),
            "base_year": base_year, "base_emissions": float(by_year.get(base_year, math.nan)),
            "peak_note": note,
        })
        if scenario == reference:
            baseline[group] = rows[-1]
    for row in rows:
        ref = baseline.get(row["group"])
        row["reduction_vs_baseline"] = _reduction(row["cumulative"], ref and ref["cumulative"])
        row["reduction_2030"] = _reduction(row["emissions_2030"],
                                           ref and ref["emissions_2030"])
    # object columns keep whole years as int and a missing peak as None
    return pd.DataFrame(rows, columns=list(PEAK_COLUMNS)).astype(
        {"peak_year": object, "peaks_by_2030": object})


def _reduction(value, reference) -> float:
    if reference is None or reference == 0 or math.isnan(reference) or math.isnan(value):
        return math.nan
    return 1.0 - value / reference


def _shown(value) -> str:
    return "NULL" if value is None or (isinstance(value, float) and math.isnan(value)) \
        else f"{value:g}"
