"""The "Carbon indicators" dock: picks a layer and its fields, draws the chosen chart.

The dock only adapts QGIS to the charts: the layer's rows become a DataFrame
(``layer_table``), ``analysis.chart_data`` prepares the table a chart draws and ``charts``
draws it. matplotlib and pandas are imported when the dock is built, so that a QGIS without
them still loads the plugin; the dock then says which package is missing.
"""

import traceback
from typing import Dict, List, Optional, Set

from qgis.core import (
    Qgis,
    QgsMessageLog,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsCheckableComboBox,
    QgsCollapsibleGroupBox,
    QgsDockWidget,
    QgsFieldComboBox,
    QgsMapLayerComboBox,
)
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import compat

LOG_TAG = "Carbon Clusters"
REDRAW_DELAY_MS = 200
# The kind of table (chart_data.table_kind) each chart reads; None: indicators or any layer.
CHART_TABLE = {"radar": None, "emissions_sinks": None, "composition": None, "trends": None,
               "grey_relational": "grey_relational", "industry_types": "industry_counts"}
SPECIAL_TABLES = ("grey_relational", "industry_counts", "industry_profiles")


def tr(text: str) -> str:
    return QCoreApplication.translate("CarbonIndicatorsDock", text)


def missing_package_message(package: str, error: Exception) -> str:
    return tr("The charts need the Python package {package}, which QGIS cannot import "
              "({error}). Install it with the plugin's menu entry \"Install missing Python "
              "packages…\" or with QGIS's Python: python -m pip install {package}").format(
        package=package, error=error)


class CarbonIndicatorsDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Carbon indicators"), parent)
        self.setObjectName("CarbonClustersIndicatorsDock")
        self.iface = iface
        self.layer: Optional[QgsVectorLayer] = None
        self.table = None  # the layer's rows (pandas DataFrame)
        self.table_kind = "other"
        self.highlight: Set[str] = set()
        self._other_selection: Set[str] = set()
        self._chosen: Dict[str, List[str]] = {}
        self._filling = False
        self._stale = False
        self.canvas = None
        self.message = ""

        self.redraw_timer = QTimer(self)
        self.redraw_timer.setSingleShot(True)
        self.redraw_timer.setInterval(REDRAW_DELAY_MS)
        self.redraw_timer.timeout.connect(self.reload)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._build_choices())
        layout.addWidget(self._build_fields())
        self.chart_area = QVBoxLayout()
        layout.addLayout(self.chart_area, 1)
        layout.addLayout(self._build_buttons())
        self.setWidget(body)
        self._build_canvas()

        canvas = iface.mapCanvas() if iface is not None else None
        if canvas is not None:
            canvas.selectionChanged.connect(self._selection_elsewhere)
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_removed)
        self.set_layer(self._loaded_layer(None) or self.layer_combo.currentLayer())

    # --- widgets ---------------------------------------------------------------------------

    def _build_choices(self):
        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setFilters(compat.LAYER_FILTER_VECTOR)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.layerChanged.connect(self.set_layer)
        form.addRow(tr("Layer"), self.layer_combo)

        self.chart_combo = QComboBox(self)
        for kind, title in _chart_titles().items():
            self.chart_combo.addItem(title, kind)
        self.chart_combo.currentIndexChanged.connect(self._chart_changed)
        form.addRow(tr("Chart"), self.chart_combo)

        self.year_combo = QComboBox(self)
        self.year_combo.currentIndexChanged.connect(self._option_changed)
        form.addRow(tr("Year"), self.year_combo)

        self.normalisation_combo = QComboBox(self)
        self.normalisation_combo.addItem(tr("Divided by the maximum"), "max")
        self.normalisation_combo.addItem(tr("Min–max (0 to 1)"), "minmax")
        self.normalisation_combo.currentIndexChanged.connect(self._option_changed)
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
        form.addRow(tr("Group"), self.group_field)
        form.addRow(tr("Year"), self.year_field)
        form.addRow(tr("Emissions"), self.emission_field)
        form.addRow(tr("Sinks"), self.sink_field)
        form.addRow(tr("Indicators"), self.indicator_fields)
        for combo in (self.group_field, self.year_field, self.emission_field, self.sink_field):
            combo.fieldChanged.connect(self._fields_changed)
        self.indicator_fields.checkedItemsChanged.connect(self._indicators_changed)
        return self.fields_box

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

    # --- state -----------------------------------------------------------------------------

    def chart_kind(self) -> str:
        return self.chart_combo.currentData()

    def year_value(self) -> Optional[int]:
        return self.year_combo.currentData()

    def set_chart(self, kind: str) -> None:
        self.chart_combo.setCurrentIndex(self.chart_combo.findData(kind))

    def set_year(self, year: Optional[int]) -> None:
        index = self.year_combo.findData(year)
        if index >= 0:
            self.year_combo.setCurrentIndex(index)

    def set_layer(self, layer) -> None:
        """Shows ``layer`` (None clears the dock); called when the combo box changes."""
        self._disconnect_layer()
        self.layer = layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None
        if self.layer is not None:
            if self.layer_combo.currentLayer() is not self.layer:
                self.layer_combo.setLayer(self.layer)
            self.layer.selectionChanged.connect(self._selection_changed)
            for signal in (self.layer.attributeValueChanged, self.layer.featureAdded,
                           self.layer.featuresDeleted, self.layer.updatedFields,
                           self.layer.afterRollBack, self.layer.dataChanged):
                signal.connect(self.schedule_reload)
        self.reload(fill_fields=True)

    def _disconnect_layer(self) -> None:
        layer, self.layer = self.layer, None
        if layer is None:
            return
        try:
            layer.selectionChanged.disconnect(self._selection_changed)
            for signal in (layer.attributeValueChanged, layer.featureAdded,
                           layer.featuresDeleted, layer.updatedFields, layer.afterRollBack,
                           layer.dataChanged):
                signal.disconnect(self.schedule_reload)
        except (RuntimeError, TypeError):  # already deleted or never connected
            pass

    def _layers_removed(self, layer_ids) -> None:
        if self.layer is not None and self._layer_id() in layer_ids:
            self.redraw_timer.stop()
            self._disconnect_layer()
            self.table = None
            self.redraw()

    def _layer_id(self) -> Optional[str]:
        try:
            return self.layer.id()
        except RuntimeError:
            return None

    def schedule_reload(self, *args) -> None:
        """Edits come in bursts: redraw once they stop for a moment."""
        self.redraw_timer.start()

    def reload(self, fill_fields: bool = False) -> None:
        """Reads the layer again and redraws."""
        from ..analysis.reporting import chart_data
        from .layer_table import read_table

        self.table, self.table_kind = None, "other"
        if self.layer is not None and self._layer_id() is not None:
            self.table = read_table(self.layer)
            self.table_kind = chart_data.table_kind(self.table.columns)
        if fill_fields:
            self._fill_fields()
        self._fill_years()
        self._update_highlight()
        self.redraw()

    def _fill_fields(self) -> None:
        from ..analysis.reporting import chart_data

        self._filling = True
        try:
            self._chosen = {}
            for combo in (self.group_field, self.year_field, self.emission_field,
                          self.sink_field):
                combo.setLayer(self.layer)
            self.indicator_fields.clear()
            if self.table is None:
                return
            numeric = chart_data.numeric_columns(self.table)
            self.indicator_fields.addItems(numeric)
            names = list(self.table.columns)
            self.group_field.setField(_first(names, ("group", "cluster", "zone")) or "")
            self.year_field.setField(_first(names, ("year", "年份")) or "")
            self.emission_field.setField(
                _first(names, ("emissions", "co2_total", "co2", "emission")) or "")
            self.sink_field.setField(_first(names, ("sink", "sink_tco2")) or "")
            recognised = self.table_kind != "other"
            self.fields_box.setCollapsed(recognised)
            wanted = CHART_TABLE[self.chart_kind()]
            if recognised and self.table_kind in SPECIAL_TABLES and wanted != self.table_kind:
                self.set_chart({"grey_relational": "grey_relational"}.get(
                    self.table_kind, "industry_types"))
            elif self.table_kind == "indicators" and wanted is not None:
                self.set_chart("radar")
        finally:
            self._filling = False
        self._show_chosen_indicators()

    def _fill_years(self) -> None:
        from ..analysis.reporting import chart_data

        previous = self.year_value()
        self._filling = True
        try:
            self.year_combo.clear()
            self.year_combo.addItem(tr("All years"), None)
            year_field = "year" if self.table_kind in SPECIAL_TABLES else \
                (self.year_field.currentField() or None)
            if self.table is not None:
                for year in chart_data.years(self.table, year_field):
                    self.year_combo.addItem(str(year), year)
            self.set_year(previous)
        finally:
            self._filling = False

    def _show_chosen_indicators(self) -> None:
        """Ticks the indicators the user chose for this chart, or the chart's defaults."""
        from ..analysis.reporting import chart_data

        kind = self.chart_kind()
        chosen = self._chosen.get(kind)
        if chosen is None and self.table is not None and self.table_kind == "indicators":
            chosen = {"radar": list(chart_data.STUDY_INDICATORS),
                      "composition": chart_data.share_columns(self.table.columns),
                      "trends": list(chart_data.TREND_INDICATORS)}.get(kind, [])
        self._check_only(chosen or [])

    def _check_only(self, names: List[str]) -> None:
        self._filling = True
        try:
            self.indicator_fields.deselectAllOptions()
            self.indicator_fields.setCheckedItems(names)
        finally:
            self._filling = False

    def set_indicators(self, names: List[str]) -> None:
        """Ticks exactly ``names`` for the current chart and redraws."""
        self._check_only(list(names))
        self._chosen[self.chart_kind()] = self.indicator_fields.checkedItems()
        self.redraw()

    # --- reactions -------------------------------------------------------------------------

    def _chart_changed(self) -> None:
        if self._filling:
            return
        wanted = CHART_TABLE[self.chart_kind()]
        suits = (self.table_kind == wanted) if wanted else \
            (self.table_kind not in SPECIAL_TABLES)
        if not suits:
            other = self._loaded_layer(wanted)
            if other is not None:
                self.layer_combo.setLayer(other)  # -> set_layer -> redraw
                return
        self._show_chosen_indicators()
        self.redraw()

    def _option_changed(self) -> None:
        if not self._filling:
            self.redraw()

    def _fields_changed(self) -> None:
        if not self._filling:
            self._fill_years()
            self.redraw()

    def _indicators_changed(self, items) -> None:
        if not self._filling:
            self._chosen[self.chart_kind()] = list(items)
            self.redraw()

    def _selection_changed(self, *args) -> None:
        self._update_highlight()
        self.redraw()

    def _selection_elsewhere(self, layer) -> None:
        """Features selected on another layer (cities on the map) highlight their groups."""
        if layer is None or layer is self.layer or self.table is None:
            return
        from .layer_table import selected_groups

        self._other_selection = selected_groups(layer, self._groups())
        self._update_highlight()
        self.redraw()

    def _update_highlight(self) -> None:
        from .layer_table import selected_groups

        own = set()
        if self.layer is not None and self.table is not None:
            own = selected_groups(self.layer, self._groups(), self._group_field())
        self.highlight = own | (self._other_selection & set(self._groups()))

    def _group_field(self) -> Optional[str]:
        if self.table_kind in SPECIAL_TABLES:
            return "group"
        return self.group_field.currentField() or None

    def _groups(self) -> List[str]:
        field = self._group_field()
        if self.table is None or not field or field not in self.table:
            return []
        return [str(g) for g in self.table[field].dropna().unique()]

    def _loaded_layer(self, kind: Optional[str]):
        """A loaded layer holding a table of ``kind`` (None: an indicators output); among
        several, the one sharing most groups with the layer shown, then the last loaded."""
        from ..analysis.reporting import chart_data

        wanted = kind or "indicators"
        groups = set(self._groups())
        best, best_score = None, -1
        for layer in QgsProject.instance().mapLayers().values():
            if not isinstance(layer, QgsVectorLayer) or \
                    chart_data.table_kind(layer.fields().names()) != wanted:
                continue
            index = layer.fields().indexOf("group")
            values = {str(v) for v in layer.uniqueValues(index)} if index >= 0 else set()
            score = len(values & groups)
            if score >= best_score:
                best, best_score = layer, score
        return best

    def _cluster_labels(self) -> Optional[Dict[int, str]]:
        """Labels of the industrial types from a loaded profiles table of the same run:
        the same clusters and as many cities as the counts shown (else numbers only)."""
        from ..analysis.reporting import chart_data
        from .layer_table import read_table

        counts = self.table
        clusters = set(counts["cluster"].dropna().astype(int))
        for layer in QgsProject.instance().mapLayers().values():
            if not isinstance(layer, QgsVectorLayer) or \
                    chart_data.table_kind(layer.fields().names()) != "industry_profiles":
                continue
            profiles = read_table(layer, ["cluster", "cluster_label", "size"])
            same_clusters = set(profiles["cluster"].dropna().astype(int)) == clusters
            if not same_clusters:
                continue
            # Counts may be split by group plus an ALL group: compare with the groups only.
            split = counts[counts["group"].astype(str) != "ALL"]
            if abs(profiles["size"].sum() - split["count"].sum()) < 0.5:
                return chart_data.cluster_labels(profiles)
        return None

    # --- drawing ---------------------------------------------------------------------------

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def redraw(self) -> None:
        if self.canvas is None:
            return
        if not self.isVisible():  # a hidden dock draws when it is shown again
            self._stale = True
            return
        self._stale = False
        kind = self.chart_kind()
        show_normalisation = kind == "radar"
        self.normalisation_combo.setVisible(show_normalisation)
        self.normalisation_label.setVisible(show_normalisation)
        self.year_combo.setEnabled(kind in ("radar", "composition", "grey_relational"))
        problem = self._problem(kind)
        if problem:
            self.message = problem
            self.canvas.show_message(problem)
            return
        try:
            data = self._prepare(kind)
        except (KeyError, ValueError, TypeError) as error:
            data, problem = None, tr("This chart cannot be drawn from the chosen fields "
                                     "({error}).").format(error=error)
        if data is not None and data.empty:
            problem = self._empty_message(kind)
        if problem:
            self.message = problem
            self.canvas.show_message(problem)
            return
        self.message = ""
        try:
            self.canvas.plot(kind, data, self._title(kind), self.highlight,
                             indicators=self._trend_indicators())
        except Exception as error:  # noqa: BLE001 a chart must never take QGIS down
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            self.message = tr("The chart could not be drawn: {error}").format(error=error)
            self.canvas.show_message(self.message)

    def _problem(self, kind: str) -> str:
        if self.layer is None or self.table is None:
            return tr("Choose a layer: the output of the indicators algorithm, or any layer "
                      "with a group field and numeric fields.")
        if self.table.empty:
            return tr("The layer {name} has no features.").format(name=self.layer.name())
        wanted = CHART_TABLE[kind]
        if wanted == "grey_relational" and self.table_kind != wanted:
            return tr("Load the output of the grey relational algorithm (fields group, "
                      "factor, grade, rank) to see its grades.")
        if wanted == "industry_counts" and self.table_kind != wanted:
            return tr("Load the counts output of the industrial clustering algorithm (fields "
                      "group, cluster, count) to see the industrial types.")
        if wanted is None and self.table_kind in SPECIAL_TABLES:
            return tr("This layer is not an indicators table: choose the output of the "
                      "indicators algorithm or map the fields below.")
        if wanted is None and not self.indicator_fields.count():
            return tr("The layer {name} has no numeric fields to chart.").format(
                name=self.layer.name())
        return ""

    def _empty_message(self, kind: str) -> str:
        if kind == "emissions_sinks":
            return tr("No group has both emissions and sinks: choose a sink field (run the "
                      "indicators algorithm with a sink field).")
        return tr("Nothing to draw: the chosen fields have no values here.")

    def _prepare(self, kind: str):
        from ..analysis.reporting import chart_data

        labels = self._cluster_labels() if kind == "industry_types" else None
        special = self.table_kind in SPECIAL_TABLES
        return chart_data.prepare(
            kind, self.table,
            group=self.group_field.currentField() or None,
            year=None if special else (self.year_field.currentField() or None),
            emissions=self.emission_field.currentField(),
            sink=self.sink_field.currentField() or "",
            indicators=self._indicators_for(kind),
            year_value=self.year_value(),
            normalisation=self.normalisation_combo.currentData(),
            labels=labels)

    def _indicators_for(self, kind: str) -> List[str]:
        checked = self.indicator_fields.checkedItems()
        if checked:
            return checked
        if kind == "trends" and self.table_kind != "indicators":
            return [self.emission_field.currentField()] if \
                self.emission_field.currentField() else []
        return []

    def _trend_indicators(self) -> List[str]:
        from ..analysis.reporting import chart_data

        return self._indicators_for("trends") or list(chart_data.TREND_INDICATORS)

    def _title(self, kind: str) -> str:
        year = self.year_value()
        if kind == "radar":
            if year is None:
                years = [y for y in (self.year_combo.itemData(i)
                                     for i in range(self.year_combo.count())) if y]
                year = max(years) if years else None
            how = self.normalisation_combo.currentText().lower()
            return tr("Indicators per group, {how}").format(how=how) + (
                " — {}".format(year) if year else "")
        title = _chart_titles()[kind]
        if kind in ("composition", "grey_relational") and year is not None:
            title += " — {}".format(year)
        return title

    # --- export ----------------------------------------------------------------------------

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

    def closeEvent(self, event):  # noqa: N802
        self.redraw_timer.stop()
        super().closeEvent(event)

    def cleanup(self) -> None:
        """Disconnects from the project, the map canvas and the layer (plugin unload)."""
        self.redraw_timer.stop()
        self._disconnect_layer()
        try:
            QgsProject.instance().layersWillBeRemoved.disconnect(self._layers_removed)
            if self.iface is not None and self.iface.mapCanvas() is not None:
                self.iface.mapCanvas().selectionChanged.disconnect(self._selection_elsewhere)
        except (RuntimeError, TypeError):
            pass


def _chart_titles() -> Dict[str, str]:
    return {
        "radar": tr("Radar of indicators"),
        "emissions_sinks": tr("Emissions vs sinks"),
        "composition": tr("Emission composition"),
        "trends": tr("Trends"),
        "grey_relational": tr("Grey relational grades"),
        "industry_types": tr("Industrial types"),
    }


def _first(names: List[str], candidates) -> Optional[str]:
    lower = {n.lower(): n for n in names}
    for candidate in candidates:
        if candidate in lower:
            return lower[candidate]
    return None
