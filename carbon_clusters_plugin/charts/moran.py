"""Moran scatterplots (standardised value against its spatial lag, slope I) as an HTML page with
the PNGs embedded, in the fonts of the other charts, so Chinese labels draw."""

import base64
import html
import io
from typing import Dict, List

import numpy as np

from .fonts import chart_style


def scatter_report(scatter: List[dict], title: str, labels: Dict[str, str]) -> str:
    """An HTML page with one Moran scatterplot (PNG embedded) per group and field.

    ``labels``: translated texts for keys "x", "y", "group", "field", "slope", "none".
    """
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>",
             html.escape(title), "</title></head><body><h1>", html.escape(title), "</h1>"]
    if not scatter:
        parts.append("<p>" + html.escape(labels["none"]) + "</p>")
    for item in scatter:
        import matplotlib  # only when there is something to draw: it is optional

        with matplotlib.rc_context(chart_style()):
            parts.append(_scatterplot(item, labels))
    parts.append("</body></html>")
    return "".join(parts)


def _scatterplot(item: dict, labels: Dict[str, str]) -> str:
    """One scatterplot as an HTML figure with the PNG embedded."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4.5, 4.5), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    z, lag = np.asarray(item["z"]), np.asarray(item["lag"])
    axes.scatter(z, lag, s=14, color="#3b6ea5", alpha=0.8)
    axes.axhline(0, color="grey", linewidth=0.8)
    axes.axvline(0, color="grey", linewidth=0.8)
    span = np.array([z.min(), z.max()])
    axes.plot(span, item["i"] * span, color="#c0392b", linewidth=1.2)
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.set_title("{g} · {f} · I = {i:.3f}".format(g=item["group"], f=item["field"],
                                                     i=item["i"]))
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return ("<figure style='display:inline-block;margin:8px'><img alt='{alt}' "
            "src='data:image/png;base64,{data}'/><figcaption>{caption}</figcaption>"
            "</figure>").format(
        alt=html.escape("{} {}".format(item["group"], item["field"])),
        data=encoded,
        caption=html.escape("{}: {}, {}: {}, {}".format(
            labels["group"], item["group"], labels["field"], item["field"], labels["slope"])))
