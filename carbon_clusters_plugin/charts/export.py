"""The dock's charts drawn headless to PNG (matplotlib's Agg canvas, no window, no pyplot):
for the report, the print layout and scripts.

    from carbon_clusters_plugin.analysis.reporting.chart_data import radar_values
    from carbon_clusters_plugin.charts.export import render_chart
    render_chart("radar", radar_values(indicators), "radar.png", size_mm=(136, 105))

The drawing is charts.figures', the dock's too, so a chart in the report looks like the one in
the dock.
"""

from pathlib import Path
from typing import Optional, Sequence, Set, Tuple

MM_PER_INCH = 25.4


def render_chart(kind: str, data, path, title: str = "",
                 size_mm: Tuple[float, float] = (160.0, 120.0), dpi: int = 200,
                 indicators: Sequence[str] = (), highlight: Optional[Set[str]] = None,
                 font_size: Optional[float] = None, unit: str = "") -> Path:
    """Draws the table ``data`` prepared by analysis.chart_data as chart ``kind`` (one of
    charts.figures.KINDS) into a PNG of ``size_mm`` at ``dpi``; returns the path."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from . import figures as charts
    from .fonts import chart_style

    drawers = {
        "radar": lambda figure: charts.draw_radar(figure, data, set(highlight or ())),
        "emissions_sinks": lambda figure: charts.draw_emissions_sinks(
            figure, data, set(highlight or ()), unit),
        "composition": lambda figure: charts.draw_composition(figure, data,
                                                              set(highlight or ())),
        "trends": lambda figure: charts.draw_trends(figure, data, list(indicators),
                                                    set(highlight or ()), unit),
        "grey_relational": lambda figure: charts.draw_grey(figure, data, set(highlight or ())),
        "industry_types": lambda figure: charts.draw_industry(figure, data,
                                                              set(highlight or ())),
    }
    if kind not in drawers:
        raise ValueError(f"unknown chart {kind!r}; use one of {tuple(drawers)}")
    style = chart_style()
    if font_size:
        style.update({"font.size": font_size, "axes.titlesize": font_size + 1,
                      "legend.fontsize": font_size - 1})
    path = Path(path)
    with matplotlib.rc_context(style):
        figure = Figure(figsize=(size_mm[0] / MM_PER_INCH, size_mm[1] / MM_PER_INCH),
                        dpi=dpi, layout="constrained")
        FigureCanvasAgg(figure)
        figure.legend_inches = 0.0
        drawers[kind](figure)
        if title:
            figure.suptitle(title, fontsize=style["axes.titlesize"])
        charts.keep_room_for_legend(figure)
        figure.savefig(str(path), format="png", dpi=dpi, facecolor="white")
    return path
