"""Builds out/demo/demo.qgz from the demo's results: styled layers, the carbon-profile layout,
and the report (PDF, PNG, HTML) written by carbonclusters:report into that same project.

Run by scripts/demo.py with QGIS's Python (headless), after the study model has written
out/demo/carbon_clusters_demo.gpkg:
    QT_QPA_PLATFORM=offscreen python3 scripts/make_demo_project.py out/demo
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PLUGINS = ROOT / "build" / "plugins"


def start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    sys.path.insert(0, str(PLUGINS))
    from processing.core.Processing import Processing

    Processing.initialize()
    from carbon_clusters_plugin.processing.provider import CarbonClustersProvider

    provider = CarbonClustersProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def gpkg_layer(gpkg: Path, table: str, name: str):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername={table}", name, "ogr")
    if not layer.isValid():
        raise SystemExit(f"{gpkg}: no layer {table}")
    return layer


# The study's tables in the project, by what they hold (the GeoPackage keeps the table names).
TABLE_NAMES = {
    "indicators": "Indicators per cluster and year · 城市群指标",
    "moran": "Moran's I · 全局莫兰指数",
    "grey_relational": "Grey relational grades · 灰色关联度",
    "industry_types_2020": "Industrial types of the cities 2020 (table) · 城市产业类型",
    "industry_profiles": "Industrial type profiles · 产业类型特征",
    "industry_counts": "Industrial types per cluster · 各城市群产业类型数",
    "decoupling": "Tapio decoupling · 脱钩状态",
    "sinks_2005": "Land classes and sinks 2005 · 土地类型与碳汇",
    "sinks_2020": "Land classes and sinks 2020 · 土地类型与碳汇",
    "transitions_2005_2020": "Land-use transitions 2005→2020 · 土地利用转移",
    "peaks_clusters": "Emission peaks by scenario · 情景达峰",
    "scenarios_clusters": "Scenario trajectories · 情景排放路径",
    "yearbook_gdp": "Yearbook GDP joined to the cities · 年鉴GDP（已连接城市）",
    "yearbook_gdp_unmatched": "Yearbook rows without a city (UNMATCHED) · 年鉴未匹配行",
}


def add_layers(project, folder: Path):
    """The map layers a planner opens first, styled, plus every table."""
    from qgis.core import QgsRasterLayer

    from carbon_clusters_plugin.processing.common import styles

    gpkg = folder / "carbon_clusters_demo.gpkg"
    inputs = folder / "input"
    lisa = gpkg_layer(gpkg, "lisa_co2_2020", "LISA clusters, CO₂ 2020 · 局部空间自相关")
    styles.apply_style(lisa, styles.LISA)
    from_grid = gpkg_layer(gpkg, "cities_from_grid",
                           "City CO₂ from the 1 km grid (10⁴ t) · 网格汇总（万吨）")
    styles.apply_style(from_grid, styles.EMISSIONS, field="total")
    later = QgsRasterLayer(str(inputs / "landcover_2020.tif"), "Land cover 2020 · 土地覆被")
    later.loadNamedStyle(str(styles.landcover_style("cas_lucc_level1.csv")))
    change = QgsRasterLayer(str(folder / "change_2005_2020.tif"),
                            "Land-use change 2005→2020 · 土地利用变化")
    types = typed_cities(gpkg_layer(gpkg, "industry_types_2020", "types"),
                         gpkg_layer(inputs / "carbon_clusters_sample.gpkg", "cities", "cities"))
    styles.apply_style(types, styles.INDUSTRY)  # categories named by the types
    for layer in (types, lisa, from_grid, change, later):
        project.addMapLayer(layer)
    # The land cover's equal-area Albers for China: the vectors (EPSG:4326) are drawn in it
    # too, and areas measured on the map are true.
    project.setCrs(later.crs())
    for table, name in TABLE_NAMES.items():
        project.addMapLayer(gpkg_layer(gpkg, table, name))


def typed_cities(types, cities):
    """The city polygons with their 2020 industrial type: the model types the rows of the
    city-year table, which have no geometry, so the map layer joins them to the cities by
    code (a memory layer, saved into the demo GeoPackage with the project)."""
    from qgis.core import QgsFeature, QgsVectorLayer

    by_code = {f["code"]: (f["cluster"], f["cluster_label"]) for f in types.getFeatures()}
    layer = QgsVectorLayer(
        f"MultiPolygon?crs={cities.crs().authid()}&field=code:string&field=name_zh:string"
        "&field=name_en:string&field=cluster:integer&field=cluster_label:string",
        "Industrial types 2020 · 产业类型", "memory")
    features = []
    for city in cities.getFeatures():
        cluster, label = by_code.get(city["code"], (None, None))
        feature = QgsFeature(layer.fields())
        feature.setGeometry(city.geometry())
        feature.setAttributes([city["code"], city["name_zh"], city["name_en"], cluster, label])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def label_city_names(layer):
    """City names (name_zh) on the polygons once the map is zoomed in to a few provinces."""
    from qgis.core import QgsPalLayerSettings, QgsVectorLayerSimpleLabeling

    # the built plugin's (start_qgis put it on the path)
    from carbon_clusters_plugin import compat
    from carbon_clusters_plugin.processing.report.profile_layout import halo_text_format

    settings = QgsPalLayerSettings()
    settings.fieldName = "name_zh"
    settings.placement = compat.LABEL_PLACEMENT_OVER_POINT
    settings.scaleVisibility = True
    settings.minimumScale = 8_000_000  # QGIS's "minimum": the most zoomed-out scale
    settings.maximumScale = 1
    settings.setFormat(halo_text_format(7, halo=0.8))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def check_layers_overlap(project):
    """Every map layer, in the project's CRS, lies over the land cover: no layer at a dot near
    the origin because of a missing or wrong CRS."""
    from qgis.core import QgsCoordinateTransform

    crs = project.crs()
    if not crs.isValid():
        raise SystemExit("demo.qgz: the project has no CRS")
    spatial = [layer for layer in project.mapLayers().values() if layer.isSpatial()]
    extents = {}
    for layer in spatial:
        transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
        extents[layer.name()] = transform.transformBoundingBox(layer.extent())
    reference = next(e for name, e in extents.items() if name.startswith("Land cover"))
    for name, extent in extents.items():
        overlap = extent.intersect(reference)
        if overlap.isEmpty() or overlap.area() < 0.5 * min(extent.area(), reference.area()):
            raise SystemExit(f"demo.qgz: layer {name!r} does not lie over the land cover in "
                             f"{crs.authid() or crs.description()}")


def arrange_for_opening(project):
    """What a user sees on opening demo.qgz: the whole study area, one map drawn (the
    per-capita choropleth over the land cover; the other maps a click away) and the tables
    in a collapsed group of their own below the maps."""
    from qgis.core import QgsCoordinateTransform, QgsReferencedRectangle

    root = project.layerTreeRoot()
    tables = root.addGroup("Tables · 表")
    for node in list(root.findLayers()):
        layer = node.layer()
        if layer is None or node.parent() is tables:
            continue
        if not layer.isSpatial():
            tables.addLayer(layer)
            node.parent().removeChildNode(node)
            continue
        node.setItemVisibilityChecked(layer.name().startswith(("Per-capita", "Land cover")))
        if layer.name().startswith("Industrial types"):
            label_city_names(layer)  # once the layer is in the GeoPackage
    tables.setExpanded(False)  # added last, so below every map layer
    extent = None
    for layer in project.mapLayers().values():
        if layer.isSpatial():
            box = QgsCoordinateTransform(layer.crs(), project.crs(),
                                         project.transformContext()).transformBoundingBox(
                layer.extent())
            if extent is None:
                extent = box
            else:
                extent.combineExtentWith(box)
    if extent is not None:
        extent.scale(1.05)
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent,
                                                                           project.crs()))


def run_report(project, folder: Path):
    """carbonclusters:report with the project as its context: the layout stays in it."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    gpkg = folder / "carbon_clusters_demo.gpkg"
    context = QgsProcessingContext()
    context.setProject(project)

    def table(name):
        return f"{gpkg}|layername={name}"

    return processing.run("carbonclusters:report", {
        "CLUSTERS": f"{folder / 'input' / 'carbon_clusters_sample.gpkg'}|layername=clusters",
        "CLUSTER_FIELD": "cluster", "LABEL_FIELD": "cluster_zh",
        "INDICATORS": table("indicators"), "MORAN": table("moran"),
        "LISA": table("lisa_co2_2020"), "SINKS": [table("sinks_2005"), table("sinks_2020")],
        "SINK_YEARS": "2005;2020", "TRANSITIONS": table("transitions_2005_2020"),
        "GREY": table("grey_relational"), "INDUSTRY_COUNTS": table("industry_counts"),
        "INDUSTRY_PROFILES": table("industry_profiles"), "DECOUPLING": table("decoupling"),
        "PEAKS": table("peaks_clusters"), "SCENARIOS": table("scenarios_clusters"),
        "OUTPUT_PDF": str(folder / "report.pdf"), "OUTPUT_PNG": str(folder / "report.png"),
        "OUTPUT_HTML": str(folder / "report.html"),
    }, context=context, feedback=QgsProcessingFeedback())


def persist_memory_layers(project, gpkg: Path):
    """The report's choropleth is a memory layer, which a saved project would lose: write it
    into the demo GeoPackage and point the layer (and its style) there."""
    from qgis.core import QgsVectorFileWriter

    for layer in list(project.mapLayers().values()):
        if layer.providerType() != "memory":
            continue
        table = "".join(c if c.isalnum() else "_" for c in layer.name().lower()).strip("_")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.actionOnExistingFile = \
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        error = QgsVectorFileWriter.writeAsVectorFormatV2(
            layer, str(gpkg), project.transformContext(), options)
        if error[0] != QgsVectorFileWriter.WriterError.NoError:
            raise SystemExit(f"Could not save {layer.name()}: {error}")
        layer.setDataSource(f"{gpkg}|layername={table}", layer.name(), "ogr")


def main(folder: Path):
    folder = folder.resolve()
    app, _provider = start_qgis()
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.setTitle("City-cluster carbon study · 城市群碳排放研究 (sample data)")
    add_layers(project, folder)
    check_layers_overlap(project)
    results = run_report(project, folder)
    persist_memory_layers(project, folder / "carbon_clusters_demo.gpkg")
    arrange_for_opening(project)
    project.setFilePathStorage(project.filePathStorage())  # relative paths (the default)
    if not project.write(str(folder / "demo.qgz")):
        raise SystemExit(f"Could not write {folder / 'demo.qgz'}: {project.error()}")
    files = ", ".join(Path(results[k]).name for k in ("OUTPUT_PDF", "OUTPUT_PNG", "OUTPUT_HTML"))
    print(f"report -> {files}; project -> demo.qgz with the layout {results['LAYOUT']!r}")
    project.clear()
    app.exitQgis()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "out" / "demo"))
