"""The dock's and the report's charts, drawn with matplotlib onto a Figure from the tables that
``analysis.reporting.chart_data`` prepares. No Qt: the dock wraps a figure in its canvas
widget, ``charts.export`` renders one headless to PNG."""

import math
import re
import unicodedata
from typing import Dict, Sequence, Set

import matplotlib
import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, PercentFormatter

from .translation import translate

KINDS = ("radar", "emissions_sinks", "composition", "trends", "grey_relational",
         "industry_types")


def tr(text: str) -> str:
    return translate("CarbonCharts", text)


def indicator_label(column: str) -> str:
    """A readable, translated name for an indicator, component or factor column."""
    labels = {
        "emissions": tr("Total emissions"),
        "per_gdp": tr("Per GDP (t CO₂/10⁴ yuan)"),
        "per_capita": tr("Per capita (t CO₂)"),
        "per_area": tr("Per km² of area"),
        "per_builtup": tr("Per km² of built-up land"),
        "sink": tr("Carbon sinks"),
        "net": tr("Net emissions"),
        "sink_ratio": tr("Sinks / emissions"),
        "gdp": tr("GDP"),
        "population": tr("Population"),
        "builtup_km2": tr("Built-up land (km²)"),
        "builtup_share": tr("Built-up share"),
        "co2_ind_energy": tr("Industry: energy"),
        "co2_ind_process": tr("Industry: processes"),
        "co2_agriculture": tr("Agriculture"),
        "co2_services": tr("Services"),
        "co2_hh_urban": tr("Urban households"),
        "co2_hh_rural": tr("Rural households"),
        "co2_transport": tr("Transport"),
        "co2_indirect": tr("Indirect (electricity, heat)"),
        "gdp_per_capita": tr("GDP per capita"),
        "secondary_share": tr("Secondary industry share"),
        "urbanisation": tr("Urbanisation rate"),
    }
    return labels.get(column, column)


def group_colours(groups: Sequence[str]) -> Dict[str, tuple]:
    palette = matplotlib.colormaps["tab10"] if hasattr(matplotlib, "colormaps") \
        else matplotlib.cm.get_cmap("tab10")
    return {g: palette(i % 10) for i, g in enumerate(sorted(groups))}


def _emphasis(group: str, highlight: Set[str]) -> Dict[str, float]:
    if not highlight:
        return {"alpha": 0.9, "linewidth": 1.6}
    if group in highlight:
        return {"alpha": 1.0, "linewidth": 3.0}
    return {"alpha": 0.2, "linewidth": 1.0}


def _legend_below(ax, columns: int = 3) -> None:
    """The legend of ``ax`` under all the panels, in room kept free by the layout."""
    handles, labels = ax.get_legend_handles_labels()
    if not handles:
        return
    figure = ax.get_figure()
    columns = max(1, min(columns, len(handles), _legend_columns_that_fit(figure, labels)))
    figure.legend(handles, labels, loc="lower center", ncol=columns, frameon=False,
                  handlelength=1.5, columnspacing=1.0)
    rows = math.ceil(len(handles) / columns)
    figure.legend_inches = rows * 0.16 + 0.1


def _legend_columns_that_fit(figure: Figure, labels: Sequence[str]) -> int:
    """How many legend entries fit side by side in the figure's width (a narrow dock)."""
    from matplotlib.font_manager import FontProperties

    size = FontProperties(size=matplotlib.rcParams["legend.fontsize"]).get_size_in_points()
    longest = max((_text_width(str(label)) for label in labels), default=1)
    entry_points = (longest * 0.62 + 3.5) * size  # text, handle and spacing
    return max(1, int(figure.get_figwidth() * 72 // entry_points))


def keep_room_for_legend(figure: Figure) -> None:
    """Shrinks the layout's area so the figure legend fits under it at the current size."""
    inches = getattr(figure, "legend_inches", 0.0)
    engine = figure.get_layout_engine() if hasattr(figure, "get_layout_engine") else None
    if engine is None or not hasattr(engine, "set"):
        return
    try:
        share = min(0.4, inches / max(figure.get_size_inches()[1], 0.1))
        engine.set(rect=(0, share, 1, 1 - share))
    except TypeError:  # matplotlib without the rect setting: the legend may overlap a bit
        pass


def draw_radar(figure: Figure, radar, highlight: Set[str]) -> None:
    ax = figure.add_subplot(projection="polar")
    indicators = list(radar.columns)
    angles = np.linspace(0, 2 * math.pi, len(indicators), endpoint=False).tolist()
    colours = group_colours(radar.index)
    for group, row in radar.iterrows():
        values = row.tolist()
        style = _emphasis(group, highlight)
        line, = ax.plot(angles + angles[:1], values + values[:1], color=colours[group],
                        label=group, marker="o", markersize=3, **style)
        line.set_gid(group)
        ax.fill(angles + angles[:1], np.nan_to_num(values + values[:1]), color=colours[group],
                alpha=0.08 if not highlight or group in highlight else 0.02)
    ax.set_theta_offset(math.pi / 2)  # first indicator at the top, then clockwise
    ax.set_theta_direction(-1)
    ax.set_xticks(angles)
    ax.set_xticklabels([wrap_text(indicator_label(i), 14) for i in indicators])
    for label, angle in zip(ax.get_xticklabels(), angles):
        # Labels on the sides grow away from the circle instead of across it.
        side = math.sin(angle)
        label.set_horizontalalignment("left" if side > 0.1 else "right" if side < -0.1
                                      else "center")
    ax.tick_params(axis="x", pad=4)
    top = max(1.0, float(np.nanmax(radar.values)) if radar.size else 1.0)
    ax.set_ylim(0, top * 1.05)
    ax.set_yticks([0.25, 0.5, 0.75, 1.0])
    # on a white ground, so that the groups' lines do not cross them out
    ax.set_yticklabels(["0.25", "0.5", "0.75", "1"], fontsize=6, color="grey",
                       bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8,
                             "pad": 0.6})
    ax.set_rlabel_position(180 / max(len(indicators), 1))
    _legend_below(ax, columns=min(len(radar.index), 5))


def thousands(axis) -> None:
    """Tick labels with thousands separators (215,154 rather than 215154)."""
    axis.set_major_formatter(FuncFormatter(
        lambda value, _: f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"))


def with_unit(label: str, unit: str) -> str:
    return f"{label} ({unit})" if unit else label


def draw_emissions_sinks(figure: Figure, paths, highlight: Set[str], unit: str = "") -> None:
    ax = figure.add_subplot()
    colours = group_colours(paths["group"].unique())
    for group, rows in paths.groupby("group", sort=True):
        style = _emphasis(group, highlight)
        line, = ax.plot(rows["emissions"], rows["sink"], marker="o", markersize=4,
                        color=colours[group], label=group, **style)
        line.set_gid(group)
        if len(rows) > 1:
            ax.annotate("", xy=(rows["emissions"].iloc[-1], rows["sink"].iloc[-1]),
                        xytext=(rows["emissions"].iloc[-2], rows["sink"].iloc[-2]),
                        arrowprops={"arrowstyle": "->", "color": colours[group],
                                    "alpha": style["alpha"]})
        for end in ({0, len(rows) - 1} if rows["year"].notna().all() else set()):
            # The first year below left of its point, the last one above right: off the path.
            first = end == 0 and len(rows) > 1
            ax.annotate(str(rows["year"].iloc[end]),
                        (rows["emissions"].iloc[end], rows["sink"].iloc[end]),
                        textcoords="offset points", xytext=(-4, -9) if first else (4, 4),
                        ha="right" if first else "left", fontsize=6,
                        color=colours[group], alpha=style["alpha"])
    ax.axline((0, 0), slope=1, color="grey", linestyle="--", linewidth=1,
              label=tr("Emissions = sinks"))
    ax.set_xlim(0, paths["emissions"].max() * 1.08)
    ax.set_ylim(0, paths["sink"].max() * 1.15)
    _share_guides(ax, paths["sink"] / paths["emissions"])
    ax.set_xlabel(with_unit(tr("Emissions"), unit))
    ax.set_ylabel(with_unit(tr("Carbon sinks"), unit))
    thousands(ax.xaxis)
    thousands(ax.yaxis)
    ax.grid(alpha=0.3)
    _legend_below(ax, columns=3)


SINK_SHARE_GUIDES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5)


def _share_guides(ax, ratios) -> None:
    """Dotted lines where sinks are 1%, 2%, 5%… of emissions, around the clusters' own
    shares: city clusters' sinks are a few per cent of their emissions, so the line of
    neutrality alone runs up the sinks axis and says little."""
    ratios = ratios[np.isfinite(ratios) & (ratios > 0)]
    if ratios.empty or ratios.max() >= 0.5:
        return
    shown = [r for r in SINK_SHARE_GUIDES if ratios.min() / 2 <= r <= ratios.max() * 2][:4]
    (_, x_max), (_, y_max) = ax.get_xlim(), ax.get_ylim()
    for number, ratio in enumerate(shown):
        ax.axline((0, 0), slope=ratio, color="grey", linestyle=":", linewidth=0.8,
                  label=tr("Sinks as a share of emissions") if number == 0 else None)
        x, y = (x_max, ratio * x_max) if ratio * x_max <= y_max else (y_max / ratio, y_max)
        ax.annotate(f"{ratio:.0%}", (x, y), textcoords="offset points", xytext=(-2, -2),
                    ha="right", va="top", fontsize=6, color="grey")


def draw_composition(figure: Figure, shares, highlight: Set[str]) -> None:
    ax = figure.add_subplot()
    groups = [key[0] for key in shares.index]
    by_year = len(set(groups)) < len(groups)
    positions, ticks, block_centres, block_names = [], [], [], []
    x = 0.0
    previous = None
    for group, year in shares.index:
        if previous is not None and group != previous:
            x += 0.6  # a gap between groups
        positions.append(x)
        ticks.append(str(year) if by_year else group)
        previous = group
        x += 1
    for group in dict.fromkeys(groups):
        xs = [p for p, g in zip(positions, groups) if g == group]
        block_centres.append(sum(xs) / len(xs))
        block_names.append(group)
    colours = matplotlib.colormaps["tab20"] if hasattr(matplotlib, "colormaps") \
        else matplotlib.cm.get_cmap("tab20")
    bottom = np.zeros(len(shares))
    alphas = [1.0 if not highlight or g in highlight else 0.25 for g in groups]
    for i, component in enumerate(shares.columns):
        values = np.nan_to_num(shares[component].to_numpy(dtype=float))
        bars = ax.bar(positions, values, bottom=bottom, width=0.8, color=colours(i % 20),
                      label=indicator_label(component), edgecolor="white", linewidth=0.3)
        bars.key = component  # which series, for tests and tools
        for bar, alpha in zip(bars, alphas):
            bar.set_alpha(alpha)
        bottom += values
    ax.set_xticks(positions)
    size = matplotlib.rcParams["font.size"]  # the style's, larger in the report
    ax.set_xticklabels(ticks, rotation=90 if by_year else 0,
                       fontsize=size * 0.85 if by_year else size)
    if by_year:
        groups_axis = ax.secondary_xaxis(location="bottom")
        groups_axis.set_xticks(block_centres)
        groups_axis.set_xticklabels(block_names)
        groups_axis.tick_params(length=0, pad=3.2 * size)  # below the rotated years
        groups_axis.spines["bottom"].set_visible(False)
        _bold_highlighted(groups_axis.get_xticklabels(), highlight)
    else:
        _bold_highlighted(ax.get_xticklabels(), highlight)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_ylim(0, max(1.0, float(bottom.max()) if len(bottom) else 1.0))
    ax.set_ylabel(tr("Share of total emissions"))
    _legend_below(ax, columns=2)
    if by_year:  # room for the group names under the years
        figure.legend_inches = getattr(figure, "legend_inches", 0.0) + 1.6 * size / 72


EMISSION_UNIT_COLUMNS = ("emissions", "sink", "net")


def draw_trends(figure: Figure, lines, indicators: Sequence[str],
                highlight: Set[str], unit: str = "") -> None:
    """One panel per indicator; ``unit`` is that of emissions and sinks (the indicators'
    input unit; the intensities carry their own)."""
    axes = figure.subplots(len(indicators), 1, sharex=True, squeeze=False)[:, 0]
    colours = group_colours(lines["group"].unique())
    for ax, indicator in zip(axes, indicators):
        for group, rows in lines.groupby("group", sort=True):
            rows = rows.dropna(subset=[indicator])
            line, = ax.plot(rows["year"], rows[indicator], marker="o", markersize=3,
                            color=colours[group], label=group, **_emphasis(group, highlight))
            line.set_gid(group)
        label = indicator_label(indicator)
        ax.set_title(with_unit(label, unit) if indicator in EMISSION_UNIT_COLUMNS else label,
                     loc="left")
        thousands(ax.yaxis)
        ax.grid(alpha=0.3)
    years = sorted(lines["year"].unique())
    axes[-1].set_xticks(years)
    axes[-1].set_xticklabels([str(y) for y in years])
    _legend_below(axes[-1], columns=min(lines["group"].nunique(), 6))


def draw_grey(figure: Figure, grey, highlight: Set[str]) -> None:
    factors = sorted(grey["factor"].unique())
    colours = group_colours(factors)
    if "year" not in grey:
        ax = figure.add_subplot()
        groups = sorted(grey["group"].unique())
        width = 0.8 / max(len(factors), 1)
        table = grey.pivot_table(index="group", columns="factor", values="grade")
        for i, factor in enumerate(factors):
            xs = np.arange(len(groups)) + (i - (len(factors) - 1) / 2) * width
            bars = ax.bar(xs, table.reindex(groups)[factor].to_numpy(dtype=float), width,
                          color=colours[factor], label=indicator_label(factor))
            bars.key = factor  # which series, for tests and tools
            for bar, group in zip(bars, groups):
                bar.set_alpha(1.0 if not highlight or group in highlight else 0.25)
        ax.set_xticks(np.arange(len(groups)))
        ax.set_xticklabels(groups)
        _bold_highlighted(ax.get_xticklabels(), highlight)
        ax.set_ylim(0, 1)
        ax.set_ylabel(tr("Grey relational grade"))
        _legend_below(ax, columns=2)
        return
    groups = sorted(grey["group"].unique())
    columns = 2 if len(groups) > 1 else 1
    rows = math.ceil(len(groups) / columns)
    axes = figure.subplots(rows, columns, sharex=True, sharey=True, squeeze=False).ravel()
    years = sorted(grey["year"].unique())
    for ax, group in zip(axes, groups):
        part = grey[grey["group"] == group]
        for factor in factors:
            series = part[part["factor"] == factor]
            line, = ax.plot(series["year"], series["grade"], marker="o", markersize=3,
                            color=colours[factor], label=indicator_label(factor))
            line.set_gid(f"{group}|{factor}")
        title = ax.set_title(group, loc="left")
        if highlight and group in highlight:
            title.set_fontweight("bold")
            ax.set_facecolor("#fff6d5")
        ax.grid(alpha=0.3)
        ax.set_xticks(years)
        ax.set_xticklabels([str(y) for y in years])
    for ax in axes[len(groups):]:
        ax.set_visible(False)
    _legend_below(axes[0], columns=2)
    figure.supylabel(tr("Grey relational grade"), fontsize=8)


# The colours of industrial types 1, 2, 3… in resources/styles/industry_clusters.qml: a type
# has one colour on the map and in the charts.
INDUSTRY_COLOURS = ("#d7301f", "#2c7fb8", "#31a354", "#fdae61", "#756bb1", "#969696",
                    "#e7298a", "#66c2a5")


def industry_colour(column, position: int) -> str:
    """The colour of the type a counts column stands for ("2 high-tech" or 2)."""
    match = re.match(r"\s*(\d+)", str(column))
    number = int(match.group(1)) if match else position + 1
    return INDUSTRY_COLOURS[(number - 1) % len(INDUSTRY_COLOURS)]


def draw_industry(figure: Figure, counts, highlight: Set[str]) -> None:
    ax = figure.add_subplot()
    groups = list(counts.index)
    left = np.zeros(len(groups))
    ys = np.arange(len(groups))
    for i, cluster in enumerate(counts.columns):
        values = counts[cluster].to_numpy(dtype=float)
        bars = ax.barh(ys, values, left=left, color=industry_colour(cluster, i), label=cluster,
                       edgecolor="white", linewidth=0.5)
        bars.key = cluster  # which series, for tests and tools
        for bar, group in zip(bars, groups):
            bar.set_alpha(1.0 if not highlight or group in highlight else 0.25)
        for y, start, value in zip(ys, left, values):
            if value > 0:
                ax.text(start + value / 2, y, f"{value:g}", ha="center", va="center",
                        fontsize=7)
        left += values
    ax.set_yticks(ys)
    ax.set_yticklabels(groups)
    ax.invert_yaxis()
    _bold_highlighted(ax.get_yticklabels(), highlight)
    ax.set_xlabel(tr("Number of cities"))
    _legend_below(ax, columns=2)


def _bold_highlighted(labels, highlight: Set[str]) -> None:
    for label in labels:
        if label.get_text() in highlight:
            label.set_fontweight("bold")


NO_BREAK_SPACE = "\u00a0"


_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"  # Chinese characters and punctuation
# a bracketed unit, one Chinese character, a run of other letters, or spaces
_TOKENS = re.compile(rf"[(（][^()（）]*[)）]|[{_WIDE}]|[^\s(（{_WIDE}]+|\s+")
_NO_LINE_START = set("，。、：；！？）」』》")


def _text_width(text: str) -> int:
    """Width in Latin letters: a Chinese character is about two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_text(text: str, width: int) -> str:
    """Lines of about ``width`` Latin letters (a Chinese character counts two), broken at
    spaces or between Chinese characters, never inside brackets: a unit such as
    "(t CO₂/10⁴ yuan)" or "（t CO₂/万元）" stays on one line."""
    text = re.sub(r"[(（][^()（）]*[)）]",
                  lambda unit: unit.group(0).replace(" ", NO_BREAK_SPACE), text)
    if _text_width(text) <= width:
        return text
    lines, current, space = [], "", False
    for token in _TOKENS.findall(text):
        if token.isspace():
            space = bool(current)
            continue
        joined = current + (" " if space else "") + token
        if current and _text_width(joined) > width and token[0] not in _NO_LINE_START:
            lines.append(current)
            current = token
        else:
            current = joined
        space = False
    lines.append(current)
    return "\n".join(lines)
