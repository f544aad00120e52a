"""carbonclusters:report, the print layout: the choropleth, radar, indicator table and key
figures of the city-cluster carbon profile, exported to PDF and PNG; and the LISA map picture."""

from pathlib import Path

from qgis.core import (
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication, QSize
from qgis.PyQt.QtGui import QColor

from ...paths import plugin_version
from ..common import styles
from . import profile_layout


# The algorithm's own context: these methods are the algorithm's, split out for size.
def tr(text: str) -> str:
    return QCoreApplication.translate("ReportAlgorithm", text)


def _draw_legend(image, renderer) -> None:
    """The categories of ``renderer`` (colour and label) in the top left of ``image``."""
    from qgis.PyQt.QtCore import QRect, Qt
    from qgis.PyQt.QtGui import QFont, QPainter

    categories = [c for c in renderer.categories() if c.renderState()]
    if not categories:
        return
    painter = QPainter(image)
    try:
        font = QFont("Noto Sans CJK SC")
        font.setPixelSize(22)
        painter.setFont(font)
        row, swatch, margin = 34, 24, 16
        width = max(painter.fontMetrics().horizontalAdvance(c.label()) for c in categories)
        box = QRect(margin, margin, width + swatch + 3 * margin, row * len(categories) + margin)
        painter.fillRect(box, QColor(255, 255, 255, 230))
        for index, category in enumerate(categories):
            top = margin + margin // 2 + index * row
            painter.fillRect(QRect(2 * margin, top, swatch, swatch),
                             category.symbol().color())
            painter.setPen(QColor("#222222"))
            painter.drawText(QRect(3 * margin + swatch, top - 4, width + margin, row),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             category.label())
    finally:
        painter.end()


def named_groups(table, names):
    """``table`` with its groups or zones renamed by ``names`` (others, and the whole,
    unchanged)."""
    columns = [c for c in ("group", "zone") if c in table]
    if not names or not columns:
        return table
    renamed = table.copy()
    for column in columns:
        renamed[column] = [names.get(str(group), group) for group in renamed[column]]
    return renamed


class ReportLayoutMixin:
    """The layout side of ReportAlgorithm."""

    def _layout(self, parameters, context, feedback, tables, rows, year, unit, texts,
                sources, notes, pdf, png, html):
        from ...analysis.reporting import chart_data
        from ...analysis.reporting import report_tables as rt
        from ...charts.export import render_chart

        clusters = self.parameterAsVectorLayer(parameters, self.CLUSTERS, context)
        if clusters is None or rows is None:
            # asked for a PDF or PNG: no success without it
            raise QgsProcessingException(tr(
                "No layout: the PDF and PNG need the cluster polygons (CLUSTERS) and the "
                "indicators (INDICATORS)."))
        join = self.parameterAsString(parameters, self.CLUSTER_FIELD, context) or "cluster"
        if clusters.fields().lookupField(join) < 0:
            raise QgsProcessingException(tr(
                'Layer "{layer}" has no field "{field}" to join the tables on.').format(
                layer=clusters.name(), field=join))
        label = self.parameterAsString(parameters, self.LABEL_FIELD, context) or join
        values = {str(r["group"]): r for r in rows.to_dict("records")}
        unmatched = sorted(set(values) - {str(f[join]) for f in clusters.getFeatures()})
        if unmatched:
            feedback.pushWarning(tr(
                'Groups of the indicators without a polygon in "{layer}": {groups}.').format(
                layer=clusters.name(), groups=", ".join(unmatched)))
        layer = profile_layout.choropleth_layer(
            clusters, join, values, "per_capita", label,
            name=tr("Per-capita emissions {year} (t CO₂)").format(year=year))

        # One name per cluster in map, radar and table: the label field's (京津冀, not BTH).
        names = self._cluster_names(parameters, context)
        radar = chart_data.radar_values(
            named_groups(tables[self.INDICATORS], names), year_value=year)
        base = Path(pdf or png or html)
        radar_png = base.with_name(base.stem + "_radar.png")
        render_chart("radar", radar, radar_png, size_mm=(136, 100), dpi=250, font_size=9)

        table = rt.indicator_table(named_groups(rows, names), texts, unit)
        # each heading with its unit, where the reader looks for it
        units = ["", unit, "t CO₂/10⁴ yuan", "t CO₂", f"{unit}/km²"]
        headings = [heading + (f"\n({column_unit})" if column_unit else "")
                    for heading, column_unit in zip(
                        [tr("Cluster\n城市群"), tr("Emissions\n排放总量"),
                         tr("Per GDP\n单位GDP"), tr("Per capita\n人均"),
                         tr("Per km² built-up\n单位建设用地")], units)]
        cells = [[group] + list(values_)[:4] for group, values_ in
                 zip(table.index, table.to_numpy().tolist())]
        layout_texts = {
            "subtitle": tr("Per-capita CO₂ emissions of the city clusters, {year} · "
                                "{year}年城市群人均碳排放").format(year=year),
            "legend": tr("Per-capita emissions {year} (t CO₂)\n"
                              "{year}年人均碳排放（吨）").format(year=year),
            "radar_title": tr("Indicator radar, {year} · 指标雷达图").format(year=year),
            "table_title": tr("Indicators, {year} · 主要指标").format(year=year),
            "table_note": tr(
                "Emissions in {unit}; per GDP in t CO₂/10⁴ yuan; per capita in t CO₂; per km² "
                "of built-up land in {unit}/km².").format(unit=unit),
            "key_figures": self._key_figures(tables, rows, year, unit),
            "sources": sources, "notes": notes,
            "footer": tr("Made with Carbon Clusters {version} for QGIS").format(
                version=plugin_version()),
        }
        project = context.project()
        if project is None:
            project = self._own_project = QgsProject()
        layout = profile_layout.build_profile_layout(
            project, [layer], radar_png=str(radar_png), table=(headings, cells),
            texts=layout_texts)
        feedback.pushInfo(tr('Layout "{name}" added to the project.').format(
            name=layout.name()))
        errors = profile_layout.export_layout(layout, pdf=pdf, png=png)
        for kind, error in errors.items():
            raise QgsProcessingException(tr("The {kind} export failed: {error}").format(
                kind=kind.upper(), error=error))
        return {self.OUTPUT_PDF: pdf or None, self.OUTPUT_PNG: png or None,
                self.LAYOUT: layout.name()}

    def _cluster_names(self, parameters, context):
        """{group: name} from the clusters layer's label field ({} without one): the names
        the map shows, used in the charts and tables too."""
        clusters = self.parameterAsVectorLayer(parameters, self.CLUSTERS, context)
        if clusters is None:
            return {}
        join = self.parameterAsString(parameters, self.CLUSTER_FIELD, context) or "cluster"
        label = self.parameterAsString(parameters, self.LABEL_FIELD, context) or join
        fields = clusters.fields()
        if label == join or fields.lookupField(join) < 0 or fields.lookupField(label) < 0:
            return {}
        return {str(f[join]): str(f[label]) for f in clusters.getFeatures()
                if f[label] not in (None, "")}

    def _key_figures(self, tables, rows, year, unit):
        import pandas as pd

        lines = []
        moran = tables.get(self.MORAN)
        if moran is not None:
            from ...analysis.reporting.report_tables import year_in

            whole = moran[moran["group"] == "ALL"]
            whole = whole[[year_in(f) == year for f in whole.get("field", [""] * len(whole))]] \
                if "field" in whole else whole
            if len(whole):
                row = whole.iloc[0]
                value = pd.to_numeric(pd.Series([row["moran_i"]]), errors="coerce").iloc[0]
                if pd.notna(value):
                    lines.append(tr(
                        "Global Moran's I of city emissions, all clusters, {year}: "
                        "{value:.3f}{mark} · 全局莫兰指数").format(
                        year=year, value=value, mark=row.get("significance") or ""))
        total = pd.to_numeric(rows["emissions"], errors="coerce").sum()
        lines.append(tr("Emissions of the clusters, {year}: {total:,.0f} {unit} · "
                             "排放总量").format(year=year, total=total, unit=unit))
        if "sink" in rows and rows["sink"].notna().any():
            sink = rows["sink"].sum()
            lines.append(tr("Carbon sinks: {sink:,.0f} {unit} ({share:.1%} of "
                                 "emissions) · 碳汇").format(
                sink=sink, unit=unit, share=sink / total if total else float("nan")))
        return "\n".join(lines)


    def _lisa_map(self, parameters, context, path, feedback):
        """The LISA layer in its cluster colours, drawn to a PNG."""
        source = self.parameterAsVectorLayer(parameters, self.LISA, context)
        if source is None:
            return None
        layer = source.clone()
        if layer.fields().lookupField("lisa_cluster") < 0 or \
                not styles.apply_style(layer, styles.LISA):
            feedback.pushWarning(tr("The LISA layer has no lisa_cluster field; no map."))
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
        if image.isNull():
            return None
        _draw_legend(image, layer.renderer())
        if not image.save(str(path), "PNG"):
            return None
        return path
