"""The "City-cluster carbon profile" print layout: loaded from
resources/layouts/city_cluster_carbon_profile.qpt, filled and exported.

    layer = choropleth_layer(clusters, "cluster", indicator_rows, label_field="cluster_zh")
    layout = build_profile_layout(project, [layer], radar_png="radar.png",
                                  table=(headers, rows), texts={"subtitle": "…"})
    export_layout(layout, pdf="profile.pdf", png="profile.png")

``build_profile_layout`` adds the layers to ``project`` when they are not in it yet, and the
layout to its layout manager (replacing one of the same name), so a saved project keeps it.
The template's items are found by id (``ITEM_IDS``); a template edited in QGIS's designer keeps
working as long as it keeps them.
"""

from contextlib import contextmanager
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsMemoryProviderUtils,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTableCell,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ...compat import LABEL_PLACEMENT_OVER_POINT, LEGEND_HIDDEN, RENDER_UNIT_POINTS, make_field
from ...paths import plugin_version, resource
from ..common import styles

TEMPLATE = ("layouts", "city_cluster_carbon_profile.qpt")
LAYOUT_NAME = "City-cluster carbon profile"
FONT = "Noto Sans CJK SC"
ITEM_IDS = ("title_zh", "title_en", "subtitle", "map", "legend", "scalebar", "north_arrow",
            "radar_title", "radar_chart", "table_title", "indicator_table", "table_note",
            "key_figures",
            "sources_title", "sources", "notes_title", "notes", "footer")
INDICATOR_FIELDS = ("emissions", "per_gdp", "per_capita", "per_builtup")


class TemplateError(RuntimeError):
    """The layout template is missing, unreadable or lacks an item."""


def template_path():
    return resource(*TEMPLATE)


def load_template(project, path=None, name: str = LAYOUT_NAME) -> QgsPrintLayout:
    """A new print layout of ``project`` from the template (not yet added to the project)."""
    path = path or template_path()
    document = QDomDocument()
    try:
        with open(path, encoding="utf-8") as handle:
            ok = document.setContent(handle.read())
    except OSError as error:
        raise TemplateError(f"cannot read the layout template {path}: {error}") from None
    ok = ok[0] if isinstance(ok, tuple) else ok
    if not ok:
        raise TemplateError(f"the layout template {path} is not valid XML")
    layout = QgsPrintLayout(project)
    _items, loaded = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not loaded:
        raise TemplateError(f"QGIS cannot load the layout template {path}")
    layout.setName(name)
    missing = [item_id for item_id in ITEM_IDS if layout.itemById(item_id) is None]
    if missing:
        raise TemplateError("the layout template {} has no item {}".format(
            path, ", ".join(missing)))
    return layout


def choropleth_layer(clusters, join_field: str, values: Mapping[str, Mapping[str, float]],
                     field: str = "per_capita", label_field: Optional[str] = None,
                     name: str = "Per-capita emissions", decimals: int = 1,
                     crs: Optional[QgsCoordinateReferenceSystem] = None):
    """A memory polygon layer: the features of ``clusters`` (a vector layer or feature
    source) with the indicators of ``values`` (group → {indicator: value}) joined by
    ``join_field``, graduated on ``field`` (the intensity style, pretty breaks) and labelled
    with ``label_field`` (or the join field) and the value."""
    fields = QgsFields()
    for source_field in clusters.fields():
        fields.append(QgsField(source_field))
    added = [f for f in INDICATOR_FIELDS if f != field] + [field]
    for indicator in dict.fromkeys(added):
        if fields.lookupField(indicator) < 0:
            fields.append(make_field(indicator, "double"))
    crs = crs or (clusters.crs() if hasattr(clusters, "crs") else clusters.sourceCrs())
    layer = QgsMemoryProviderUtils.createMemoryLayer(name, fields, clusters.wkbType(), crs)
    features = []
    for feature in clusters.getFeatures():
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        attributes = list(feature.attributes()) + [None] * (len(fields) - len(feature.fields()))
        row = values.get(str(feature[join_field]), {})
        for indicator in dict.fromkeys(added):
            value = row.get(indicator)
            if value is not None and value == value:
                attributes[fields.lookupField(indicator)] = float(value)
        out.setAttributes(attributes)
        features.append(out)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    styles.apply_style(layer, styles.graduated_style_for(field), field,
                       classes=max(2, min(5, len(values) - 1)), method="pretty")
    label_cluster(layer, label_field or join_field, field, decimals)
    return layer


def label_cluster(layer, name_field: str, value_field: str, decimals: int = 1):
    """Labels each polygon with its name and value on a second line (white halo)."""
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = ('"{name}" || \'\\n\' || format_number("{value}", {decimals})'
                          .format(name=name_field, value=value_field, decimals=decimals))
    settings.setFormat(halo_text_format(9, bold=True, halo=1.0))
    settings.placement = LABEL_PLACEMENT_OVER_POINT
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def halo_text_format(size: float, bold: bool = False, halo: float = 1.0) -> QgsTextFormat:
    """Dark map-label text in the CJK font, ``size`` points, with a white halo."""
    text = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setSizeUnit(RENDER_UNIT_POINTS)
    text.setColor(QColor("#222222"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    return text


def build_profile_layout(project, map_layers: Sequence, radar_png: Optional[str] = None,
                         table: Optional[Tuple[Sequence[str], Sequence[Sequence[str]]]] = None,
                         texts: Optional[Mapping[str, str]] = None,
                         legend_layers: Optional[Sequence] = None, name: str = LAYOUT_NAME,
                         template=None) -> QgsPrintLayout:
    """The carbon-profile layout of ``project``, filled:

    - ``map_layers``: the map's layers, top first (the first is the choropleth); added to the
      project if not in it; the map zooms to their extent;
    - ``radar_png``: the radar chart picture (``charts.export.render_chart("radar", …)``);
    - ``table``: (column headings, rows of cell texts) for the indicator table;
    - ``texts``: item id → text for labels (title_zh, title_en, subtitle, radar_title,
      table_title, table_note, key_figures, sources_title, sources, notes_title, notes,
      footer) and
      ``legend`` for the legend title;
    - ``legend_layers``: the layers the legend shows (default: the first map layer).

    The layout is added to the project's layout manager, replacing one named ``name``."""
    project = project or QgsProject.instance()
    for layer in map_layers:
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer)
    layout = load_template(project, template, name)
    texts = dict(texts or {})

    map_item = _item(layout, "map", QgsLayoutItemMap)
    map_item.setLayers(list(map_layers))
    map_item.setKeepLayerSet(True)
    extent = _extent(map_layers, map_item.crs(), project)
    if extent is not None:
        map_item.zoomToExtent(extent)

    legend = _item(layout, "legend", QgsLayoutItemLegend)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in legend_layers if legend_layers is not None else list(map_layers)[:1]:
        node = root.addLayer(layer)
        QgsLegendRenderer.setNodeLegendStyle(node, LEGEND_HIDDEN)
    if "legend" in texts:
        legend.setTitle(texts.pop("legend"))
    legend.adjustBoxSize()
    legend.refresh()

    picture = _item(layout, "radar_chart", QgsLayoutItemPicture)
    if radar_png:
        picture.setPicturePath(str(radar_png))
    for item_id, text in texts.items():
        label = layout.itemById(item_id)
        if isinstance(label, QgsLayoutItemLabel):
            label.setText(text)
    if table is not None:
        fill_table(layout, *table)

    manager = project.layoutManager()
    existing = manager.layoutByName(name)
    if existing is not None:
        manager.removeLayout(existing)
    manager.addLayout(layout)
    layout.refresh()
    return layout


def fill_table(layout, headings: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Fills the indicator table: ``headings`` as its first row, styled like the template's
    first row (QGIS 3.22 sizes a header row for one line only; headings take two), then
    ``rows``. Column widths and alignments stay the template's when the counts match."""
    frame = layout.itemById("indicator_table")
    table = frame.multiFrame() if isinstance(frame, QgsLayoutFrame) else None
    if table is None:
        raise TemplateError("the layout has no indicator_table frame")
    columns: List[QgsLayoutTableColumn] = list(table.headers())
    if len(columns) != len(headings):
        columns = [QgsLayoutTableColumn() for _ in headings]
    for column, heading in zip(columns, headings):
        column.setHeading(heading.replace("\n", " "))
    table.setHeaders(columns)
    template_rows = table.tableContents()
    heading_style = template_rows[0][0] if template_rows and template_rows[0] else None
    heading_cells = []
    for column, heading in zip(columns, headings):
        cell = QgsTableCell(heading)
        cell.setHorizontalAlignment(column.hAlignment())
        if heading_style is not None:
            cell.setTextFormat(heading_style.textFormat())
            cell.setBackgroundColor(heading_style.backgroundColor())
        heading_cells.append(cell)
    body = []
    for row in rows:
        cells = []
        for index, text in enumerate(row):
            cell = QgsTableCell(str(text))
            if index < len(columns):
                cell.setHorizontalAlignment(columns[index].hAlignment())
            cells.append(cell)
        body.append(cells)
    table.setTableContents([heading_cells] + body)
    table.refresh()


def export_layout(layout, pdf: Optional[str] = None, png: Optional[str] = None,
                  dpi: int = 150) -> Dict[str, str]:
    """Exports the first page to PDF (vector, fonts embedded) and PNG; returns
    {format: error message} for the exports that failed (empty when all worked)."""
    exporter = QgsLayoutExporter(layout)
    errors = {}
    if pdf:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 300
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = True
        with _report_author(layout.project()):
            result = exporter.exportToPdf(str(pdf), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            errors["pdf"] = exporter.errorMessage() or str(result)
    if png:
        # Rendered and saved by Qt: exportToImage would also try to georeference the PNG
        # through GDAL, whose PNG driver cannot update a file (an error on stderr).
        image = exporter.renderPageToImage(0, QSize(), dpi)
        if image.isNull() or not image.save(str(png), "PNG"):
            errors["png"] = "cannot render or write {}".format(png)
    return errors


@contextmanager
def _report_author(project):
    """The PDF's Author: the project's author where the user set one, else the plugin (QGIS
    fills a new project's author with the machine's login, "root" on a server)."""
    metadata = project.metadata()
    author = metadata.author()
    machine = {QgsApplication.userLoginName(), QgsApplication.userFullName(), ""}
    if author.strip() in machine:
        metadata.setAuthor("Carbon Clusters {version}".format(version=plugin_version()))
        project.setMetadata(metadata)
    try:
        yield
    finally:
        metadata.setAuthor(author)
        project.setMetadata(metadata)


def _item(layout, item_id, kind):
    item = layout.itemById(item_id)
    if not isinstance(item, kind):
        raise TemplateError(f"the layout's item {item_id} is not a {kind.__name__}")
    return item


def _extent(layers, crs, project) -> Optional[QgsRectangle]:
    extent = None
    for layer in layers:
        layer_extent = layer.extent()
        if layer_extent.isEmpty():
            continue
        transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
        try:
            layer_extent = transform.transformBoundingBox(layer_extent)
        except QgsCsException:  # keep the template's extent
            continue
        if extent is None:
            extent = QgsRectangle(layer_extent)
        else:
            extent.combineExtentWith(layer_extent)
    if extent is not None:
        extent.scale(1.06)
    return extent
