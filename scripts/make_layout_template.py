"""Writes resources/layouts/city_cluster_carbon_profile.qpt, the A3 landscape print layout
"City-cluster carbon profile / 城市群碳排放概况" that carbonclusters:report and
``processing.profile_layout.build_profile_layout`` fill.

Items carry ids so code finds them (layout.itemById): title_zh, title_en, subtitle, map,
legend, scalebar, north_arrow, radar_title, radar_chart, table_title, indicator_table (the
frame of a manual table), table_note, key_figures, sources_title, sources, notes_title,
notes, footer. The texts saved here are placeholders; the map has no layers. Edit the
template in QGIS's layout designer if you like, keeping the ids.

    python scripts/make_layout_template.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from carbon_clusters_plugin import compat  # noqa: E402

TEMPLATE = ROOT / "resources" / "layouts" / "city_cluster_carbon_profile.qpt"
FONT = "Noto Sans CJK SC"
DARK = "#222222"
ACCENT = "#b2182b"
# An equal-area conic for China (the Albers of the land-cover rasters), in metres.
CHINA_ALBERS = ("+proj=aea +lat_0=0 +lon_0=105 +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 "
                "+datum=WGS84 +units=m +no_defs")


def main():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        write_template(TEMPLATE)
    finally:
        app.exitQgis()


def text_format(size, bold=False, colour=DARK):
    from qgis.core import QgsTextFormat
    from qgis.PyQt.QtGui import QColor, QFont

    font = QFont(FONT)
    font.setBold(bold)
    font.setPointSizeF(size)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size)
    text.setSizeUnit(compat.RENDER_UNIT_POINTS)
    text.setColor(QColor(colour))
    return text


def add_label(layout, item_id, text, rect, size, bold=False, colour=DARK, align=None,
              valign=None):
    from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QFont

    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    if hasattr(label, "setTextFormat"):  # QGIS 3.24+
        label.setTextFormat(text_format(size, bold, colour))
    else:
        font = QFont(FONT)
        font.setBold(bold)
        font.setPointSizeF(size)
        label.setFont(font)
        label.setFontColor(QColor(colour))
    label.setHAlign(align or Qt.AlignmentFlag.AlignLeft)
    label.setVAlign(valign or Qt.AlignmentFlag.AlignTop)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(rect[0], rect[1]))
    label.attemptResize(QgsLayoutSize(rect[2], rect[3]))
    return label


def place(item, rect):
    from qgis.core import QgsLayoutPoint, QgsLayoutSize

    item.attemptMove(QgsLayoutPoint(rect[0], rect[1]))
    item.attemptResize(QgsLayoutSize(rect[2], rect[3]))


def write_template(path):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFillSymbol,
        QgsLayoutFrame,
        QgsLayoutItemLegend,
        QgsLayoutItemManualTable,
        QgsLayoutItemMap,
        QgsLayoutItemPage,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutItemShape,
        QgsLayoutMultiFrame,
        QgsLayoutTable,
        QgsLayoutTableColumn,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
        QgsRectangle,
        QgsTableCell,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QFont

    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("City-cluster carbon profile")
    page = layout.pageCollection().page(0)
    page.setPageSize("A3", QgsLayoutItemPage.Orientation.Landscape)  # 420 x 297 mm

    # Header
    add_label(layout, "title_zh", "城市群碳排放概况", (12, 9, 300, 12), 24, bold=True)
    add_label(layout, "title_en", "City-cluster carbon profile", (12, 22, 300, 8), 15,
              colour="#444444")
    add_label(layout, "subtitle", "Per-capita CO₂ emissions · 人均碳排放", (12, 31, 396, 6), 10,
              colour="#444444")
    rule = QgsLayoutItemShape(layout)
    rule.setId("header_rule")
    rule.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    rule.setSymbol(QgsFillSymbol.createSimple({"color": ACCENT, "outline_style": "no"}))
    layout.addLayoutItem(rule)
    place(rule, (12, 38.5, 396, 0.8))

    # Map with legend, scale bar and north arrow
    map_item = QgsLayoutItemMap(layout)
    map_item.setId("map")
    layout.addLayoutItem(map_item)
    place(map_item, (12, 43, 252, 215))
    map_item.setCrs(QgsCoordinateReferenceSystem.fromProj(CHINA_ALBERS))
    # An extent of the item's own aspect ratio (setExtent would resize the item otherwise).
    half_width = 2500000 * 252 / 215 / 2
    map_item.setExtent(QgsRectangle(750000 - half_width, 2300000, 750000 + half_width, 4800000))
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor("#888888"))
    map_item.setBackgroundColor(QColor("#f4f7fa"))

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Per-capita emissions (t CO₂)\n人均碳排放（吨）")
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    for style, size, bold in ((compat.LEGEND_TITLE, 9, True),
                              (compat.LEGEND_GROUP, 8, True),
                              (compat.LEGEND_SUBGROUP, 8, False),
                              (compat.LEGEND_SYMBOL_LABEL, 8, False)):
        font = QFont(FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        legend.rstyle(style).setFont(font)
    legend.setSymbolWidth(8)
    legend.setSymbolHeight(4.5)
    legend.setBoxSpace(2.5)
    legend.setBackgroundEnabled(True)
    legend.setBackgroundColor(QColor(255, 255, 255, 230))
    legend.setFrameEnabled(True)
    legend.setFrameStrokeColor(QColor("#aaaaaa"))
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)
    place(legend, (16, 47, 60, 50))

    north = QgsLayoutItemPicture(layout)
    north.setId("north_arrow")
    north.setPicturePath(str(Path(default_svg_dir(), "arrows", "NorthArrow_02.svg")))
    north.setLinkedMap(map_item)
    north.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    # The arrow's "N" takes the fill colour, white by default: invisible on the pale map.
    north.setSvgFillColor(QColor(DARK))
    north.setSvgStrokeColor(QColor(DARK))
    layout.addLayoutItem(north)
    place(north, (248, 47, 12, 16))

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(compat.DISTANCE_KILOMETERS)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(200)
    scalebar.setSegmentSizeMode(compat.SCALEBAR_SEGMENTS_FIT_WIDTH)
    scalebar.setMinimumBarWidth(30)
    scalebar.setMaximumBarWidth(60)
    scalebar.setHeight(2.5)
    scalebar.setTextFormat(text_format(8))
    scalebar.setBackgroundEnabled(False)
    layout.addLayoutItem(scalebar)
    place(scalebar, (190, 244, 70, 10))

    # Right column: radar chart and indicator table
    add_label(layout, "radar_title", "Indicator radar · 指标雷达图", (272, 43, 136, 6), 11,
              bold=True)
    radar = QgsLayoutItemPicture(layout)
    radar.setId("radar_chart")
    radar.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    layout.addLayoutItem(radar)
    place(radar, (272, 50, 136, 100))

    add_label(layout, "table_title", "Indicators · 指标", (272, 155, 136, 6), 11, bold=True)
    table = QgsLayoutItemManualTable.create(layout)
    # The headings are the first row of the contents (bold, shaded): QGIS 3.22 sizes the
    # header row for one line, and the headings are two (English, Chinese).
    columns, headings = [], []
    for heading, width in (("Cluster\n城市群", 20), ("Emissions\n排放总量", 25),
                           ("Per GDP\n单位GDP", 24), ("Per capita\n人均", 22),
                           ("Per km² built-up\n单位建设用地", 33)):
        column = QgsLayoutTableColumn(heading)
        column.setWidth(width)
        column.setHAlignment(Qt.AlignmentFlag.AlignRight)
        columns.append(column)
        headings.append(heading)
    columns[0].setHAlignment(Qt.AlignmentFlag.AlignLeft)
    table.setHeaders(columns)
    heading_cells = []
    for heading in headings:
        cell = QgsTableCell(heading)
        cell.setTextFormat(text_format(8, bold=True))
        cell.setBackgroundColor(QColor("#eef2f5"))
        heading_cells.append(cell)
    table.setTableContents([heading_cells, [QgsTableCell("—") for _ in headings]])
    table.setIncludeTableHeader(False)
    table.setColumnWidths([column.width() for column in columns])
    table.setHeaderTextFormat(text_format(8, bold=True))
    table.setContentTextFormat(text_format(8))
    table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setCellMargin(1.2)
    table.setGridStrokeWidth(0.2)
    table.setGridColor(QColor("#999999"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setBackgroundColor(QColor("#ffffff"))
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("indicator_table")
    place(frame, (272, 162, 136, 50))
    table.addFrame(frame)
    add_label(layout, "table_note", "Emissions in 10⁴ t CO₂", (272, 213, 136, 9), 7,
              colour="#555555")
    add_label(layout, "key_figures", "", (272, 224, 136, 22), 8, colour="#222222")

    # Footer: data sources and notes
    add_label(layout, "sources_title", "Data sources · 数据来源", (12, 263, 195, 5), 9,
              bold=True)
    add_label(layout, "sources", "…", (12, 269, 195, 19), 8.5, colour="#333333")
    add_label(layout, "notes_title", "Notes · 说明", (213, 263, 195, 5), 9, bold=True)
    add_label(layout, "notes", "…", (213, 269, 195, 19), 8.5, colour="#333333")
    add_label(layout, "footer", "Carbon Clusters", (12, 289, 396, 4), 6.5,
              colour="#777777", align=Qt.AlignmentFlag.AlignRight)

    path.parent.mkdir(parents=True, exist_ok=True)
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        sys.exit(f"cannot write {path}")
    print(f"wrote {path.relative_to(ROOT)}")


def default_svg_dir():
    from qgis.core import QgsApplication

    return QgsApplication.svgPaths()[0]


if __name__ == "__main__":
    main()
