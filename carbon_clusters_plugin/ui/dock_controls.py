"""The controls of the "Carbon indicators" dock: the layer, chart and year choices, the field
mapping, the export buttons and what they do. A part of CarbonIndicatorsDock, split out."""

import re
from typing import Optional

from qgis.core import Qgis
from qgis.gui import (
    QgsCheckableComboBox,
    QgsCollapsibleGroupBox,
    QgsFieldComboBox,
    QgsMapLayerComboBox,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from .. import compat
from ..processing.indicators import EMISSION_UNITS
from .dock_texts import LOG_TAG, chart_titles, missing_package_message


def tr(text: str) -> str:
    return QCoreApplication.translate("CarbonIndicatorsDock", text)


class DockControlsMixin:
    def _build_choices(self):
        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setFilters(compat.LAYER_FILTER_VECTOR)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.layerChanged.connect(self.set_layer)
        self.layer_combo.setToolTip(tr(
            "The table to chart: the output of the indicators algorithm (or of grey relational "
            "analysis or industrial clustering), or any layer with a group and numeric fields"))
        form.addRow(tr("Layer"), self.layer_combo)

        self.chart_combo = QComboBox(self)
        for kind, title in chart_titles().items():
            self.chart_combo.addItem(title, kind)
        self.chart_combo.currentIndexChanged.connect(self._chart_changed)
        self.chart_combo.setToolTip(tr("The chart to draw from the layer"))
        form.addRow(tr("Chart"), self.chart_combo)

        self.year_combo = QComboBox(self)
        self.year_combo.currentIndexChanged.connect(self._option_changed)
        self.year_combo.setToolTip(tr(
            "The year of the radar, composition and grey relational charts"))
        form.addRow(tr("Year"), self.year_combo)

        self.normalisation_combo = QComboBox(self)
        self.normalisation_combo.addItem(tr("Divided by the maximum"), "max")
        self.normalisation_combo.addItem(tr("Min–max (0 to 1)"), "minmax")
        self.normalisation_combo.currentIndexChanged.connect(self._option_changed)
        self.normalisation_combo.setToolTip(tr(
            "How the radar scales each indicator: by its largest value among the groups, or "
            "from its smallest (0) to its largest (1)"))
        self.normalisation_label = QLabel(tr("Normalisation"), self)
        form.addRow(self.normalisation_label, self.normalisation_combo)
        return form

    def _build_fields(self):
        self.fields_box = QgsCollapsibleGroupBox(tr("Fields"), self)
        form = QFormLayout(self.fields_box)
        self.group_field = QgsFieldComboBox(self)
        self.group_field.setAllowEmptyFieldName(True)
        self.year_field = QgsFieldComboBox(self)
        self.year_field.setAllowEmptyFieldName(True)
        self.emission_field = QgsFieldComboBox(self)
        self.emission_field.setFilters(compat.FIELD_FILTER_NUMERIC)
        self.sink_field = QgsFieldComboBox(self)
        self.sink_field.setFilters(compat.FIELD_FILTER_NUMERIC)
        self.sink_field.setAllowEmptyFieldName(True)
        self.indicator_fields = QgsCheckableComboBox(self)
        self.indicator_fields.setDefaultText(tr("(the chart's defaults)"))
        self.group_field.setToolTip(tr("The field naming each line or polygon of a chart "
                                       "(the city cluster)"))
        self.year_field.setToolTip(tr("The field holding the year"))
        self.emission_field.setToolTip(tr("The field of total emissions"))
        self.sink_field.setToolTip(tr("The field of carbon sinks (emissions vs sinks chart)"))
        self.indicator_fields.setToolTip(tr("The fields the radar and trend charts show"))
        self.unit_combo = QComboBox(self)
        for label, _factor in EMISSION_UNITS:
            self.unit_combo.addItem(QCoreApplication.translate("Units", label))
        self.unit_combo.setCurrentIndex(1)  # the indicators algorithm's default, 10⁴ t
        self.unit_combo.setToolTip(tr("The unit of the emissions and sinks in the layer (the "
                                      "unit chosen in the indicators algorithm), for the axes"))
        self.unit_combo.currentIndexChanged.connect(self._option_changed)
        form.addRow(tr("Group"), self.group_field)
        form.addRow(tr("Year"), self.year_field)
        form.addRow(tr("Emissions"), self.emission_field)
        form.addRow(tr("Sinks"), self.sink_field)
        form.addRow(tr("Indicators"), self.indicator_fields)
        form.addRow(tr("Unit"), self.unit_combo)
        for combo in (self.group_field, self.year_field, self.emission_field, self.sink_field):
            combo.fieldChanged.connect(self._fields_changed)
        self.indicator_fields.checkedItemsChanged.connect(self._indicators_changed)
        return self.fields_box

    def emission_unit(self) -> str:
        """The chosen unit without its bracketed gloss: "10⁴ t CO₂", "万吨 CO₂"."""
        return re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", self.unit_combo.currentText())

    def _build_buttons(self):
        row = QHBoxLayout()
        self.png_button = QPushButton(tr("PNG…"), self)
        self.png_button.setToolTip(tr("Save the chart as a PNG image at 300 dpi"))
        self.png_button.clicked.connect(lambda: self.export("png"))
        self.svg_button = QPushButton(tr("SVG…"), self)
        self.svg_button.setToolTip(tr("Save the chart as an SVG drawing"))
        self.svg_button.clicked.connect(lambda: self.export("svg"))
        self.copy_button = QPushButton(tr("Copy data"), self)
        self.copy_button.setToolTip(tr("Copy the chart's data to the clipboard as CSV"))
        self.copy_button.clicked.connect(self.copy_data)
        for button in (self.png_button, self.svg_button, self.copy_button):
            row.addWidget(button)
        return row

    def _build_canvas(self):
        try:
            import pandas  # noqa: F401
        except ImportError as error:
            return self._no_charts(missing_package_message("pandas", error))
        try:
            from .charts import ChartCanvas
        except ImportError as error:
            return self._no_charts(missing_package_message("matplotlib", error))
        self.canvas = ChartCanvas(self)
        # matplotlib's own zoom, pan and home buttons over the chart
        self.chart_area.addWidget(self.canvas.navigation_toolbar(self))
        self.chart_area.addWidget(self.canvas)
        return None

    def _no_charts(self, text: str):
        self.message = text
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.chart_area.addWidget(label)
        self.chart_area.addStretch(1)
        for button in (self.png_button, self.svg_button, self.copy_button):
            button.setEnabled(False)

    def export(self, fmt: str, path: Optional[str] = None) -> Optional[str]:
        """Saves the chart as PNG or SVG; asks for the file when no path is given."""
        if self.canvas is None or self.canvas.data is None:
            self._tell(tr("There is no chart to export."), Qgis.MessageLevel.Warning)
            return None
        if path is None:
            filters = {"png": tr("PNG image (*.png)"), "svg": tr("SVG drawing (*.svg)")}
            path, _ = QFileDialog.getSaveFileName(self, tr("Export the chart"),
                                                  "{}.{}".format(self.chart_kind(), fmt),
                                                  filters[fmt])
            if not path:
                return None
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
        saved = self.canvas.export(path)
        self._tell(tr("Chart saved to {path}").format(path=saved), Qgis.MessageLevel.Success)
        return str(saved)

    def copy_data(self) -> str:
        if self.canvas is None or self.canvas.data is None:
            return ""
        text = self.canvas.copy_data()
        self._tell(tr("The chart's data is on the clipboard (CSV)."), Qgis.MessageLevel.Info)
        return text

    def _tell(self, text: str, level) -> None:
        if self.iface is not None:
            self.iface.messageBar().pushMessage(LOG_TAG, text, level, 5)

