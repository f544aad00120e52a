"""Trajectory chart of carbonclusters:peakscenario: one panel per group, one line per scenario,
the observed years as points and each scenario's peak marked. PNG through matplotlib's Agg
canvas (no pyplot, no global backend switch, so it is safe inside QGIS too).

    from carbon_clusters_plugin.charts.scenarios import draw_trajectories
    draw_trajectories(pandas.read_csv("peak_trajectories.csv"), "trajectories.png")

or from a shell: ``python -m carbon_clusters_plugin.charts.scenarios
peak_trajectories.csv trajectories.png [group ...]``.
"""

import math
import sys
from pathlib import Path
from typing import Optional, Sequence

import pandas as pd

from ..analysis.scenarios.peak_scenario import find_peak
from .figures import thousands
from .fonts import font_families
from .translation import translate

COLOURS = {"baseline": "#444444", "industrial_upgrading": "#1f77b4",
           "compact_land_use": "#2ca02c", "building_standards": "#ff7f0e",
           "green_transport": "#9467bd", "all_levers": "#d62728"}
OTHER_COLOURS = ["#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"]


def draw_trajectories(
    table: pd.DataFrame,
    path,
    value: str = "emissions",
    groups: Optional[Sequence[str]] = None,
    scenarios: Optional[Sequence[str]] = None,
    title: Optional[str] = None,
    ylabel: Optional[str] = None,
    columns: int = 3,
    mark_peaks: bool = True,
    dpi: int = 150,
    observed_label: str = "observed",
) -> Path:
    """Draws ``value`` of the trajectory table (columns group, scenario, year, observed and
    ``value``) to a PNG at ``path``; returns the path. Groups and scenarios default to all, in
    the table's order; the peak of each line (as carbonclusters:peakscenario finds it) gets a
    marker, and a line still rising at its end gets an arrow instead. ``observed_label`` names
    the observed years in the legend (the report passes it translated)."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    missing = [c for c in ("group", "scenario", "year", value) if c not in table]
    if missing:
        raise ValueError(f"the trajectory table has no column {', '.join(missing)}")
    groups = list(groups) if groups else list(dict.fromkeys(table["group"]))
    scenarios = list(scenarios) if scenarios else list(dict.fromkeys(table["scenario"]))
    colours = _colours(scenarios)
    columns = max(1, min(columns, len(groups)))
    rows = math.ceil(len(groups) / columns)
    # A list of families: matplotlib falls back along it glyph by glyph (CJK, then ₂ and ⁴).
    with rc_context({"font.family": font_families(), "axes.unicode_minus": False}):
        figure = Figure(figsize=(4.6 * columns, 3.4 * rows + 0.8), dpi=dpi)
        FigureCanvasAgg(figure)
        axes = figure.subplots(rows, columns, squeeze=False)
        for panel, group in zip(axes.flat, groups):
            _draw_group(panel, table[table["group"] == group], group, scenarios, colours,
                        value, ylabel, mark_peaks, observed_label)
        for panel in list(axes.flat)[len(groups):]:
            panel.set_visible(False)
        handles, labels = axes.flat[0].get_legend_handles_labels()
        figure.legend(handles, labels, loc="lower center", ncol=min(len(labels), 4),
                      frameon=False, fontsize=8)
        if title:
            figure.suptitle(title)
        figure.tight_layout(rect=(0, 0.07 if rows == 1 else 0.04, 1, 1))
        path = Path(path)
        figure.savefig(path, format="png")
    return path


def tr(text: str) -> str:
    return translate("CarbonCharts", text)


def scenario_title(scenario: str) -> str:
    """A shipped preset's title in the user's language; other scenarios by their own name."""
    titles = {
        "baseline": tr("Baseline"),
        "industrial_upgrading": tr("Industrial upgrading"),
        "compact_land_use": tr("Compact land use"),
        "building_standards": tr("Building energy standards"),
        "green_transport": tr("Green transport"),
        "all_levers": tr("All levers combined"),
    }
    return titles.get(str(scenario), str(scenario))


def _draw_group(axes, table, group, scenarios, colours, value, ylabel, mark_peaks,
                observed_label):
    observed = table[table.get("observed", 0) == 1].drop_duplicates("year").sort_values("year")
    for scenario in scenarios:
        line = table[table["scenario"] == scenario].sort_values("year")
        if line.empty:
            continue
        future = line[line.get("observed", 0) != 1]
        base = observed.tail(1)
        shown = pd.concat([base, future]) if len(future) else line
        axes.plot(shown["year"], shown[value], color=colours[scenario], linewidth=1.6,
                  label=scenario_title(scenario))
        if not mark_peaks:
            continue
        year, peak, _ = find_peak(line["year"], line[value])
        if year is not None:
            axes.plot([year], [peak], marker="o", markersize=5, color=colours[scenario])
        else:
            last = line.iloc[-1]
            axes.annotate("", xy=(last["year"] + 1.5, last[value]),
                          xytext=(last["year"], last[value]),
                          arrowprops={"arrowstyle": "->", "color": colours[scenario]})
    if len(observed):
        axes.plot(observed["year"], observed[value], marker="s", markersize=3.5,
                  linestyle="-", color="black", linewidth=1.0, label=observed_label)
    axes.set_title(str(group), fontsize=10)
    axes.set_ylabel(ylabel or value, fontsize=8)
    thousands(axes.yaxis)
    axes.tick_params(labelsize=8)
    axes.grid(True, linewidth=0.3, alpha=0.6)


def _colours(scenarios):
    colours, others = {}, iter(OTHER_COLOURS * (len(scenarios) // len(OTHER_COLOURS) + 1))
    for scenario in scenarios:
        colours[scenario] = COLOURS.get(scenario) or next(others)
    return colours


def main(arguments=None) -> int:
    arguments = list(sys.argv[1:] if arguments is None else arguments)
    if len(arguments) < 2:
        sys.stderr.write("usage: python -m carbon_clusters_plugin.charts.scenarios "
                         "TRAJECTORIES.csv OUT.png [GROUP ...]\n")
        return 2
    table = pd.read_csv(arguments[0])
    draw_trajectories(table, arguments[1], groups=arguments[2:] or None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
