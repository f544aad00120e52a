"""The Qt canvas that shows a chart of ``charts.figures`` in the dock; export and copy.

Imported only when the dock opens, so that a QGIS without matplotlib still loads the plugin.
"""

from pathlib import Path
from typing import Optional, Sequence, Set

import matplotlib
from matplotlib.figure import Figure
from qgis.PyQt.QtWidgets import QApplication, QSizePolicy

from ..charts.figures import (
    draw_composition,
    draw_emissions_sinks,
    draw_grey,
    draw_industry,
    draw_radar,
    draw_trends,
    keep_room_for_legend,
    wrap_text,
)
from ..charts.fonts import chart_style

try:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
except ImportError:  # matplotlib < 3.5
    from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg, NavigationToolbar2QT


class ChartCanvas(FigureCanvasQTAgg):
    """A figure in a Qt widget that remembers the table it shows."""

    def __init__(self, parent=None):
        with matplotlib.rc_context(chart_style()):
            figure = Figure(figsize=(5, 5), layout="constrained")
        super().__init__(figure)
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 260)
        self.kind: Optional[str] = None
        self.data = None
        self.title = ""
        self.title_text = None  # the drawn title, rewrapped when the canvas is resized

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        # w / dpi * dpi can come out a hair below w (451.99999 for 452), and the image is then
        # one pixel narrower than the widget, leaving a column of stale pixels at its edge.
        dpi = self.figure.dpi
        width, height = self.figure.get_size_inches() * dpi
        if int(width) < round(width) or int(height) < round(height):
            self.figure.set_size_inches((round(width) + 1e-3) / dpi,
                                        (round(height) + 1e-3) / dpi, forward=False)
        if self.title_text is not None:
            self.title_text.set_text(self._wrapped_title())

    def _wrapped_title(self) -> str:
        """The title in lines as wide as the figure: a narrow dock must not cut it off."""
        characters = int(self.figure.get_figwidth() * 72 / (9 * 0.62))  # 9 pt, 0.62 em a letter
        return wrap_text(self.title, max(characters, 20))

    def draw(self):
        # Tick labels are made while drawing: the fonts must be in effect then too.
        with matplotlib.rc_context(chart_style()):
            keep_room_for_legend(self.figure)
            super().draw()

    def show_message(self, text: str) -> None:
        self.kind, self.data, self.title_text = None, None, None
        with matplotlib.rc_context(chart_style()):
            self.figure.clear()
            self.figure.legend_inches = 0.0
            self.figure.text(0.5, 0.5, wrap_text(text, 40), ha="center", va="center",
                             color="grey", wrap=True)
        self.draw_idle()

    def plot(self, kind: str, data, title: str = "", highlight: Optional[Set[str]] = None,
             indicators: Sequence[str] = (), unit: str = "") -> None:
        """Draws the prepared table ``data`` as chart ``kind`` (one of KINDS); ``unit`` is
        the emissions' and sinks'."""
        highlight = set(highlight or ())
        with matplotlib.rc_context(chart_style()):
            self.figure.clear()
            self.figure.legend_inches = 0.0
            if kind == "radar":
                draw_radar(self.figure, data, highlight)
            elif kind == "emissions_sinks":
                draw_emissions_sinks(self.figure, data, highlight, unit=unit)
            elif kind == "composition":
                draw_composition(self.figure, data, highlight)
            elif kind == "trends":
                draw_trends(self.figure, data, list(indicators), highlight, unit=unit)
            elif kind == "grey_relational":
                draw_grey(self.figure, data, highlight)
            elif kind == "industry_types":
                draw_industry(self.figure, data, highlight)
            else:
                raise ValueError(kind)
            self.title = title
            self.title_text = self.figure.suptitle(self._wrapped_title(), fontsize=9) \
                if title else None
        self.kind, self.data = kind, data
        self.draw_idle()

    def navigation_toolbar(self, parent):
        """Zoom, pan and home for this chart (matplotlib's toolbar, without its own save
        button and coordinates: the dock exports)."""
        toolbar = NavigationToolbar2QT(self, parent, coordinates=False)
        for action in toolbar.actions():
            if action.text() in ("Save", "Customize", "Subplots"):
                toolbar.removeAction(action)
        return toolbar

    def export(self, path) -> Path:
        """Saves the chart as PNG (300 dpi) or SVG (text kept as text), by the file suffix."""
        path = Path(path)
        fmt = path.suffix.lower().lstrip(".") or "png"
        with matplotlib.rc_context(chart_style()):
            keep_room_for_legend(self.figure)
            self.figure.savefig(str(path), format=fmt, dpi=300, facecolor="white")
        return path

    def data_csv(self) -> str:
        if self.data is None:
            return ""
        import pandas as pd

        keep_index = not isinstance(self.data.index, pd.RangeIndex)
        return self.data.to_csv(index=keep_index, float_format="%.6g")

    def copy_data(self) -> str:
        text = self.data_csv()
        QApplication.clipboard().setText(text)
        return text
