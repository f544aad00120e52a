"""The "Carbon indicators" dock: picks a layer and its fields, draws the chosen chart.

The dock only adapts QGIS to the charts: the layer's rows become a DataFrame
(``layer_table``), ``analysis.reporting.chart_data`` prepares the table a chart draws and
``charts.figures`` draws it. matplotlib and pandas are imported when the dock is built, so
that a QGIS without them still loads the plugin; the dock then says which package is missing.
"""

import traceback
from typing import Dict, List, Optional, Set

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsDockWidget,
)
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from .dock_controls import DockControlsMixin
from .dock_texts import CHART_TABLE, LOG_TAG, SPECIAL_TABLES, DockTextsMixin

ALL = "ALL"  # the group of the whole layer in the algorithms' tables
REDRAW_DELAY_MS = 200


def type_label_in_ui_language(label: str) -> str:
    """An industrial type's label as this QGIS speaks: a table made by an English run
    ("light industry") shows as 轻工业 in a Chinese QGIS; other labels are kept as written."""
    context = "IndustryClustersAlgorithm"
    if label.startswith("high ") and " " not in label[5:]:
        return QCoreApplication.translate(context, "high {field}").format(field=label[5:])
    return QCoreApplication.translate(context, label)


def tr(text: str) -> str:
    return QCoreApplication.translate("CarbonIndicatorsDock", text)


class CarbonIndicatorsDock(DockControlsMixin, DockTextsMixin, QgsDockWidget):
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
        self._names: Dict[str, str] = {}
        self._names_key = None

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
            year_field = "year" if self.table_kind in SPECIAL_TABLES else \
                (self.year_field.currentField() or None)
            years = chart_data.years(self.table, year_field) if self.table is not None else []
            # No year chosen: the radar, composition and grey charts draw the latest one.
            self.year_combo.addItem(tr("Latest ({year})").format(year=max(years))
                                    if years else tr("All years"), None)
            for year in years:
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
        # Counts may be split by group plus an ALL group: compare with the groups only.
        split = counts[counts["group"].astype(str) != ALL]
        for layer in QgsProject.instance().mapLayers().values():
            if not isinstance(layer, QgsVectorLayer):
                continue
            names = layer.fields().names()
            if chart_data.table_kind(names) == "industry_profiles":
                profiles = read_table(layer, ["cluster", "cluster_label", "size"])
                size = profiles["size"].sum()
            elif {"cluster", "cluster_label", "silhouette"} <= set(names):
                # the typed features themselves (industryclusters' OUTPUT)
                profiles = read_table(layer, ["cluster", "cluster_label"])
                size = len(profiles)
            else:
                continue
            same_clusters = set(profiles["cluster"].dropna().astype(int)) == clusters
            if same_clusters and abs(size - split["count"].sum()) < 0.5:
                return {cluster: type_label_in_ui_language(label)
                        for cluster, label in chart_data.cluster_labels(profiles).items()}
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
        self._draw_chart()
        # nothing to export or copy while the dock shows a message instead of a chart
        for button in (self.png_button, self.svg_button, self.copy_button):
            button.setEnabled(self.canvas.data is not None)

    def _draw_chart(self) -> None:
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
        except KeyError as error:  # a column the chart needs, under its output name
            data, problem = None, tr(
                'The layer {layer} has no field "{field}", which this chart needs: open '
                "Fields below and choose the layer's field for it, or load the output of the "
                "indicators algorithm.").format(layer=self.layer.name(),
                                                field=str(error).strip("'\""))
            self.fields_box.setCollapsed(False)
        except (ValueError, TypeError) as error:
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
            names = self._group_names()
            self.canvas.plot(kind, data, self._title(kind),
                             {names.get(group, group) for group in self.highlight},
                             indicators=self._trend_indicators(), unit=self.emission_unit())
        except Exception as error:  # noqa: BLE001 a chart must never take QGIS down
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            self.message = tr("The chart could not be drawn: {error}").format(error=error)
            self.canvas.show_message(self.message)

    def _prepare(self, kind: str):
        from ..analysis.reporting import chart_data

        labels = self._cluster_labels() if kind == "industry_types" else None
        special = self.table_kind in SPECIAL_TABLES
        return chart_data.prepare(
            kind, self._named_table(),
            group=self.group_field.currentField() or None,
            year=None if special else (self.year_field.currentField() or None),
            emissions=self.emission_field.currentField(),
            sink=self.sink_field.currentField() or "",
            indicators=self._indicators_for(kind),
            year_value=self.year_value(),
            normalisation=self.normalisation_combo.currentData(),
            labels=labels)

    def _group_names(self) -> Dict[str, str]:
        """{group: name} as a loaded map layer labels the groups (京津冀 for BTH), so that
        charts and map name the clusters alike; {} when no layer names them."""
        from .layer_table import group_names

        layers = [layer for layer in QgsProject.instance().mapLayers().values()
                  if layer is not self.layer]
        language = QgsApplication.locale()[:2]
        key = (tuple(sorted(layer.id() for layer in layers)), tuple(self._groups()), language)
        if self._names_key != key:
            self._names_key = key
            groups = [group for group in self._groups() if group != ALL]
            self._names = group_names(layers, groups, language)
            self._names[ALL] = tr("All clusters")  # the whole layer's group
        return self._names

    def _named_table(self):
        """The table with its groups named as on the map (the group values otherwise)."""
        names, field = self._group_names(), self._group_field()
        if not names or self.table is None or field not in self.table:
            return self.table
        table = self.table.copy()
        table[field] = [names.get(str(g), g) if g is not None else g for g in table[field]]
        return table

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


def _first(names: List[str], candidates) -> Optional[str]:
    lower = {n.lower(): n for n in names}
    for candidate in candidates:
        if candidate in lower:
            return lower[candidate]
    return None
