"""STIRPAT fit by ridge regression, and projection of emissions with scenario drivers.

    ln I = a + b·ln P + c·ln A + d·ln T [+ e·ln U] + ε

I: emissions; P: population; A: affluence, GDP per person; T: technology, the
secondary-industry share (%); U: the urbanisation rate (%), when the input has it. b, c, d, e
are elasticities: +1 % of the driver gives about +b % of emissions. (With T = emissions / GDP
the model would be the Kaya identity, every elasticity exactly 1, so the technology term is the
industrial structure.)

The drivers move together (population, income and urbanisation all grow), so the least-squares
elasticities are unstable; ridge regression on the standardised logs shrinks them. The fit
pools every group and observed year (rows with a missing or non-positive value are left out);
the ridge strength ``alpha`` is chosen by leave-one-out cross-validation (scikit-learn's
RidgeCV) unless given. The coefficients are returned to the scale of the logs, so they are
elasticities.

A projection anchors each group at its base year: ln E_t = ln E_0 + Σ_j b_j (ln X_j,t − ln X_j,0).
"""

import math
from dataclasses import dataclass
from typing import Dict, Optional, Sequence

import numpy as np
import pandas as pd

from ..messages import QT_TRANSLATE_NOOP, AnalysisError

DRIVERS = ("population", "affluence", "technology", "urbanisation")
ALPHAS = tuple(np.logspace(-4, 3, 36))
STIRPAT_COLUMNS = ("group", "n", "alpha", "r2", "constant", "e_population", "e_affluence",
                   "e_technology", "e_urbanisation")


@dataclass
class StirpatFit:
    elasticities: Dict[str, float]
    constant: float
    alpha: float
    r2: float
    n: int

    def as_row(self, group: str = "ALL") -> dict:
        row = {"group": group, "n": self.n, "alpha": self.alpha, "r2": self.r2,
               "constant": self.constant}
        for driver in DRIVERS:
            row[f"e_{driver}"] = self.elasticities.get(driver, math.nan)
        return row


def driver_logs(table: pd.DataFrame, drivers: Sequence[str]) -> pd.DataFrame:
    """ln of the drivers (and of emissions) of rows with emissions, gdp, population, ..."""
    values = {
        "emissions": table["emissions"],
        "population": table["population"],
        "affluence": table["gdp"] / table["population"],
        "technology": table["secondary_share"],
        "urbanisation": table.get("urbanisation", pd.Series(np.nan, index=table.index)),
    }
    frame = pd.DataFrame({k: values[k] for k in ("emissions",) + tuple(drivers)})
    frame = frame.where(frame > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.log(frame)


def usable_drivers(table: pd.DataFrame) -> list:
    """The drivers the observed rows have (urbanisation only when given)."""
    drivers = ["population", "affluence", "technology"]
    if "urbanisation" in table and table["urbanisation"].notna().any():
        drivers.append("urbanisation")
    return drivers


def fit_stirpat(table: pd.DataFrame, drivers: Optional[Sequence[str]] = None,
                alpha: Optional[float] = None) -> StirpatFit:
    """Ridge fit of ln emissions on the drivers' logs over the rows of ``table`` (columns
    emissions, gdp, population, secondary_share and optionally urbanisation)."""
    from sklearn.linear_model import Ridge, RidgeCV
    from sklearn.preprocessing import StandardScaler

    drivers = list(drivers or usable_drivers(table))
    logs = driver_logs(table, drivers).dropna()
    if len(logs) < len(drivers) + 2:
        # Two whole sentences, not a fragment as a value: values are not translated.
        template = QT_TRANSLATE_NOOP(
            "Messages", "The STIRPAT fit needs at least {needed} group-years with positive "
            "emissions, GDP, population, secondary share and urbanisation; there are {count}."
        ) if "urbanisation" in drivers else QT_TRANSLATE_NOOP(
            "Messages", "The STIRPAT fit needs at least {needed} group-years with positive "
            "emissions, GDP, population, secondary share; there are {count}.")
        raise AnalysisError(template, needed=len(drivers) + 2, count=len(logs))
    x = logs[drivers].to_numpy()
    y = logs["emissions"].to_numpy()
    constant_drivers = [d for d, sd in zip(drivers, x.std(axis=0)) if sd == 0]
    if constant_drivers:
        raise AnalysisError(QT_TRANSLATE_NOOP(
            "Messages", "The STIRPAT fit cannot use {driver}: it has the same value in every "
            "group-year."), driver=", ".join(constant_drivers))
    scaler = StandardScaler().fit(x)
    z = scaler.transform(x)
    if alpha is None or alpha <= 0:
        model = RidgeCV(alphas=ALPHAS).fit(z, y)
        chosen = float(model.alpha_)
    else:
        model = Ridge(alpha=float(alpha)).fit(z, y)
        chosen = float(alpha)
    slopes = model.coef_ / scaler.scale_
    constant = float(model.intercept_ - np.sum(slopes * scaler.mean_))
    return StirpatFit({d: float(b) for d, b in zip(drivers, slopes)}, constant, chosen,
                      float(model.score(z, y)), int(len(y)))


def project_stirpat(trajectories: pd.DataFrame, fit: StirpatFit,
                    base_year: int) -> pd.Series:
    """STIRPAT emissions for every row of ``trajectories`` (group, scenario, year, drivers),
    anchored at each group and scenario's base-year emissions."""
    drivers = list(fit.elasticities)
    logs = driver_logs(trajectories, drivers)
    slopes = np.array([fit.elasticities[d] for d in drivers])
    keys = [trajectories["group"], trajectories["scenario"]]
    is_base = trajectories["year"] == base_year
    base = logs.where(is_base, np.nan).groupby(keys).transform("first")
    change = (logs[drivers] - base[drivers]).to_numpy() @ slopes
    out = np.exp(base["emissions"].to_numpy() + change)
    out[(trajectories["year"] < base_year).to_numpy()] = np.nan
    return pd.Series(out, index=trajectories.index)
