"""Map products: the shipped styles, the print layout template and carbonclusters:report, run on
outputs the fixture computes from the sample data (so a fresh clone without out/ passes)."""

import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, SAMPLE
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from test_qgis_process import call, environment  # noqa: F401 (environment: a fixture)

SAMPLE_DIR = ROOT / "resources" / "sample"
CLUSTER_NAMES = ("YRD", "BTH", "PRD", "CY", "MY")
CLUSTERS_ZH = {"YRD": "长三角", "BTH": "京津冀", "PRD": "珠三角", "CY": "成渝", "MY": "长江中游"}
COMPONENTS = ["co2_ind_energy", "co2_ind_process", "co2_agriculture", "co2_services",
              "co2_hh_urban", "co2_hh_rural", "co2_transport", "co2_indirect"]


def layer(path, name=None):
    loaded = QgsVectorLayer(str(path), name or Path(str(path).split("|")[0]).stem, "ogr")
    assert loaded.isValid(), path
    return loaded


@pytest.fixture(scope="module")
def outputs(plugin, tmp_path_factory):
    """The outputs of every algorithm the report reads, one GeoPackage each, from the sample:
    {parameter of carbonclusters:report: path}."""
    from qgis import processing

    folder = tmp_path_factory.mktemp("study")
    rasters = folder / "rasters"
    rasters.mkdir()
    for year in (2005, 2020):  # copies: reading a raster may leave .aux.xml files beside it
        shutil.copy2(SAMPLE_DIR / f"landcover_{year}.tif", rasters)
    city_year = f"{SAMPLE}|layername=city_year"
    cities = f"{SAMPLE}|layername=cities"
    clusters = f"{SAMPLE}|layername=clusters"

    def run(algorithm, parameters, **destinations):
        for output, name in destinations.items():
            parameters[output] = str(folder / f"{name}.gpkg")
        processing.run(algorithm, parameters, context=QgsProcessingContext(),
                       feedback=QgsProcessingFeedback())
        return {output: str(folder / f"{name}.gpkg") for output, name in destinations.items()}

    made = {}
    made["INDICATORS"] = run("carbonclusters:indicators", {
        "INPUT": city_year, "GROUP_FIELD": "cluster", "YEAR_FIELD": "year",
        "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp", "POPULATION_FIELD": "population",
        "AREA_FIELD": "area_km2", "BUILTUP_FIELD": "builtup_km2",
        "COMPONENT_FIELDS": COMPONENTS}, OUTPUT="indicators")["OUTPUT"]
    moran = run("carbonclusters:moransi", {
        "INPUT": cities, "FIELD": ["co2_2020", "co2_2005", "co2_2010", "co2_2015"],
        "GROUP_FIELD": "cluster", "LABEL_FIELD": "name_en", "PERMUTATIONS": 199},
        OUTPUT="moran", OUTPUT_LISA="lisa_co2_2020")
    made["MORAN"], made["LISA"] = moran["OUTPUT"], moran["OUTPUT_LISA"]
    made["GREY"] = run("carbonclusters:greyrelational", {
        "INPUT": city_year, "REFERENCE_FIELD": "co2_total",
        "COMPARISON_FIELDS": ["gdp", "population", "secondary_share", "urbanisation"],
        "GROUP_FIELD": "cluster", "YEAR_FIELD": "year"}, OUTPUT="grey_relational")["OUTPUT"]
    industry = run("carbonclusters:industryclusters", {
        "INPUT": f'{city_year}|subset="year" = 2020',
        "FIELDS": ["share_energy", "share_heavy", "share_light", "share_hightech"],
        "GROUP_FIELD": "cluster"}, OUTPUT="industry_types", OUTPUT_PROFILES="industry_profiles",
        OUTPUT_COUNTS="industry_counts")
    made["INDUSTRY_COUNTS"] = industry["OUTPUT_COUNTS"]
    made["INDUSTRY_PROFILES"] = industry["OUTPUT_PROFILES"]
    made["DECOUPLING"] = run("carbonclusters:decoupling", {
        "INPUT": city_year, "GROUP_FIELD": "cluster", "YEAR_FIELD": "year",
        "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp"}, OUTPUT="decoupling")["OUTPUT"]
    made["SINKS"] = [run("carbonclusters:sinkaccounting", {
        "INPUT": str(rasters / f"landcover_{year}.tif"), "ZONES": clusters,
        "ZONE_FIELD": "cluster",
        "COEFFICIENTS": str(SAMPLE_DIR / "landcover_coefficients.csv")},
        OUTPUT=f"sinks_{year}")["OUTPUT"] for year in (2005, 2020)]
    made["TRANSITIONS"] = run("carbonclusters:landtransition", {
        "FROM_RASTER": str(rasters / "landcover_2005.tif"),
        "TO_RASTER": str(rasters / "landcover_2020.tif"), "ZONES": clusters,
        "ZONE_FIELD": "cluster"}, OUTPUT="transitions_2005_2020")["OUTPUT"]
    peaks = run("carbonclusters:peakscenario", {
        "INPUT": city_year, "GROUP_FIELD": "cluster", "YEAR_FIELD": "year",
        "BASE_YEAR": 2020, "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp",
        "POPULATION_FIELD": "population", "BUILTUP_FIELD": "builtup_km2",
        "INDUSTRY_SHARE_FIELD": "secondary_share", "URBANISATION_FIELD": "urbanisation",
        "BUILDINGS_FIELDS": ["co2_services", "co2_hh_urban", "co2_hh_rural"],
        "TRANSPORT_FIELDS": ["co2_transport"], "END_YEAR": 2060},
        OUTPUT="scenarios", OUTPUT_PEAKS="peaks")
    made["SCENARIOS"], made["PEAKS"] = peaks["OUTPUT"], peaks["OUTPUT_PEAKS"]
    made["CLUSTERS"] = clusters
    return made


@pytest.fixture(scope="module")
def report(outputs, tmp_path_factory):
    """carbonclusters:report on every output, in a project of its own."""
    from qgis import processing

    folder = tmp_path_factory.mktemp("report")
    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    parameters = dict(outputs, CLUSTER_FIELD="cluster", LABEL_FIELD="cluster_zh",
                      OUTPUT_PDF=str(folder / "profile.pdf"),
                      OUTPUT_PNG=str(folder / "profile.png"),
                      OUTPUT_HTML=str(folder / "report.html"))
    result = processing.run("carbonclusters:report", parameters, context=context,
                            feedback=QgsProcessingFeedback())
    return result, project, folder


# ---------------------------------------------------------------------------- template

def test_template_loads_with_its_items(plugin):
    from carbon_clusters_plugin.processing.report import profile_layout

    layout = profile_layout.load_template(QgsProject())
    kinds = {"map": QgsLayoutItemMap, "legend": QgsLayoutItemLegend,
             "scalebar": QgsLayoutItemScaleBar, "north_arrow": QgsLayoutItemPicture,
             "radar_chart": QgsLayoutItemPicture, "indicator_table": QgsLayoutFrame,
             "title_zh": QgsLayoutItemLabel, "title_en": QgsLayoutItemLabel,
             "sources": QgsLayoutItemLabel, "notes": QgsLayoutItemLabel}
    for item_id in profile_layout.ITEM_IDS:
        assert layout.itemById(item_id) is not None, item_id
    for item_id, kind in kinds.items():
        assert isinstance(layout.itemById(item_id), kind), item_id
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == (420, 297)  # A3 landscape
    assert layout.itemById("title_zh").text() == "城市群碳排放概况"
    assert layout.itemById("title_en").text() == "City-cluster carbon profile"
    assert layout.itemById("map").crs().isValid()
    assert "Noto Sans CJK SC" in (ROOT / "resources" / "layouts" /
                                  "city_cluster_carbon_profile.qpt").read_text("utf-8")


def test_build_profile_layout_fills_the_items(plugin, tmp_path):
    from carbon_clusters_plugin.processing.report import profile_layout

    project = QgsProject()
    clusters = layer(f"{SAMPLE}|layername=clusters", "clusters")
    values = {name: {"per_capita": float(i + 4), "emissions": 1000.0 * (i + 1)}
              for i, name in enumerate(CLUSTER_NAMES)}
    choropleth = profile_layout.choropleth_layer(clusters, "cluster", values)
    layout = profile_layout.build_profile_layout(
        project, [choropleth], table=(["a", "b"], [["YRD", "1"], ["BTH", "2"]]),
        texts={"subtitle": "subtitle text", "legend": "legend title"})
    assert project.layoutManager().layoutByName(profile_layout.LAYOUT_NAME) is layout
    assert project.mapLayer(choropleth.id()) is choropleth
    assert layout.itemById("map").layers() == [choropleth]
    assert layout.itemById("subtitle").text() == "subtitle text"
    assert layout.itemById("legend").title() == "legend title"
    table = layout.itemById("indicator_table").multiFrame()
    contents = table.tableContents()
    assert [c.content() for c in contents[0]] == ["a", "b"]
    assert [[c.content() for c in row] for row in contents[1:]] == [["YRD", "1"], ["BTH", "2"]]
    errors = profile_layout.export_layout(layout, png=str(tmp_path / "layout.png"), dpi=40)
    assert errors == {} and (tmp_path / "layout.png").stat().st_size > 10000


# ---------------------------------------------------------------------------- report

def test_report_writes_pdf_png_and_html(report):
    result, project, folder = report
    pdf, png, html = (Path(result[k]) for k in ("OUTPUT_PDF", "OUTPUT_PNG", "OUTPUT_HTML"))
    assert pdf.read_bytes()[:4] == b"%PDF" and pdf.stat().st_size > 50000
    # the PDF's author is the plugin, not the machine's login ("root" on a server)
    assert b"/Author (Carbon Clusters " in pdf.read_bytes()
    assert b"/Author (root)" not in pdf.read_bytes()
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 50000
    assert (folder / "profile_radar.png").is_file()
    assert result["LAYOUT"] == "City-cluster carbon profile"
    layout = project.layoutManager().layoutByName(result["LAYOUT"])
    assert layout is not None
    map_layers = layout.itemById("map").layers()
    assert len(map_layers) == 1 and map_layers[0].renderer().type() == "graduatedSymbol"
    assert map_layers[0].renderer().classAttribute() == "per_capita"
    assert layout.itemById("radar_chart").picturePath().endswith("profile_radar.png")
    # the north arrow's N in the dark of the texts, not white on the pale map
    assert layout.itemById("north_arrow").svgFillColor().name() == "#222222"
    rows = layout.itemById("indicator_table").multiFrame().tableContents()
    # the clusters by the map's label field (cluster_zh) in the table too, not by their codes
    assert sorted(row[0].content() for row in rows[1:]) == sorted(CLUSTERS_ZH.values())
    assert "2020" in layout.itemById("subtitle").text()
    assert "synthetic" in layout.itemById("sources").text().lower()
    assert "**" in layout.itemById("key_figures").text()


def test_report_html_has_every_section_and_the_moran_marks(report):
    result, _project, _folder = report
    page = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    for heading in ("Emission indicators and radar", "Built-up land by cluster and year",
                    "Land-use transitions", "Carbon sinks by land class",
                    "Global Moran&#x27;s I of city emissions", "Emissions and carbon sinks",
                    "Grey relational grades", "Industrial types",
                    "Decoupling of emissions from GDP", "Peaking scenarios"):
        assert f"<h2>{heading}</h2>" in page, heading
    assert "Not in this report" not in page
    # one name per cluster, the map's (cluster_zh), in every table: built-up land, sinks…
    for code, name in CLUSTERS_ZH.items():
        assert f'<th class="row">{name}</th>' in page, name
        assert f'<th class="row">{code}</th>' not in page and f"<h3>{code}</h3>" not in page
    transitions = page[page.index('id="transitions"'):page.index('id="sinks"')]
    assert "<h3>长三角</h3>" in transitions
    assert ".00<" not in transitions  # the sample's whole km² without ".00"
    moran = page[page.index('id="moran"'):page.index('id="balance"')]
    assert "**</td>" in moran  # the whole layer's I is significant at 0.05 on the sample
    assert "All clusters" in moran and ">2005<" in moran and ">2020<" in moran
    assert page.count("data:image/png;base64,") >= 8  # radar, composition, trends, LISA, ...
    assert "城乡、工矿、居民用地" in page  # built-up class names from the sink tables
    builtup = page[page.index('id="builtup"'):page.index('id="transitions"')]
    assert "2005 km²" in builtup and "2020 share" in builtup
    assert "synthetic" in page.lower()


def test_report_html_only_says_what_is_missing(plugin, outputs, tmp_path):
    from qgis import processing

    html = tmp_path / "partial.html"
    result = processing.run("carbonclusters:report", {
        "MORAN": outputs["MORAN"], "OUTPUT_HTML": str(html)},
        context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
    page = html.read_text(encoding="utf-8")
    assert result["OUTPUT_PDF"] is None and result["OUTPUT_PNG"] is None
    assert "0.1" in page and page.count("Not in this report") == 9
    assert "INDICATORS" in page and "SINKS" in page


def test_report_needs_an_output(plugin, outputs):
    from qgis import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        processing.run("carbonclusters:report", {"MORAN": outputs["MORAN"]},
                       context=QgsProcessingContext(), feedback=QgsProcessingFeedback())


def test_report_tables_against_the_sample(outputs):
    from carbon_clusters_plugin.analysis.reporting import report_html as rh
    from carbon_clusters_plugin.analysis.reporting import report_tables as rt

    sinks = {year: _frame(path) for year, path in zip((2005, 2020), outputs["SINKS"])}
    builtup = rt.builtup_by_year(sinks).set_index(["zone", "year"])["area_km2"]
    # the sample's built-up land is calibrated to the reference study's areas (km²)
    assert builtup[("YRD", 2020)] == pytest.approx(49120.2, rel=0.01)
    assert builtup[("CY", 2005)] == pytest.approx(3858.0, rel=0.01)
    moran = rt.moran_table(_frame(outputs["MORAN"]), rh.TEXTS)
    assert list(moran.columns) == ["n", "2005", "2010", "2015", "2020"]
    assert moran.index[0] == "All clusters" and moran.iloc[0]["n"] == "110"
    assert moran.iloc[0]["2020"].endswith("**")


def _frame(path):
    source = layer(path)
    names = source.fields().names()
    return pd.DataFrame([[None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
                          for v in f.attributes()] for f in source.getFeatures()],
                        columns=names)


# ---------------------------------------------------------------------------- styles

def test_lisa_and_industry_styles_load_on_their_layers(outputs, tmp_path):
    from carbon_clusters_plugin.processing.common import styles

    lisa = layer(outputs["LISA"])
    assert styles.apply_style(lisa, styles.LISA)
    assert lisa.renderer().type() == "categorizedSymbol"
    assert lisa.renderer().classAttribute() == "lisa_cluster"
    assert {c.value() for c in lisa.renderer().categories()} == \
        {"HH", "LL", "LH", "HL", "ns", "undefined"}
    polygons = layer(outputs["LISA"])
    polygons.startEditing()  # a polygon layer with a cluster field, as industryclusters writes
    from carbon_clusters_plugin.compat import make_field

    polygons.addAttribute(make_field("cluster", "int"))
    polygons.commitChanges()
    assert styles.apply_style(polygons, styles.INDUSTRY)
    assert polygons.renderer().type() == "categorizedSymbol"
    assert polygons.renderer().classAttribute() == "cluster"


def test_graduated_styles_reclassify_on_the_layer(plugin):
    from carbon_clusters_plugin.processing.common import styles

    zones = QgsVectorLayer("Polygon?crs=EPSG:4326&field=zone:string&field=total:double",
                           "zones", "memory")
    features = []
    for i in range(20):
        feature = QgsFeature(zones.fields())
        feature.setAttributes([f"z{i}", float(i * i)])
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 1,{i} 0))"))
        features.append(feature)
    zones.dataProvider().addFeatures(features)
    processor = styles.StylePostProcessor.create(styles.EMISSIONS, "total")
    processor.postProcessLayer(zones, QgsProcessingContext(), QgsProcessingFeedback())
    renderer = zones.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "total"
    ranges = renderer.ranges()
    assert len(ranges) == 5
    assert ranges[0].lowerValue() == 0 and ranges[-1].upperValue() == 361
    assert styles.graduated_style_for("per_capita") == styles.INTENSITY
    assert styles.apply_style(zones, styles.INTENSITY, "total", classes=3, method="pretty")
    assert zones.renderer().classAttribute() == "total"
    assert not styles.apply_style(zones, styles.INTENSITY)  # no per_capita field


def test_gridtozones_zone_layer_loads_graduated(plugin, loads_results, tmp_path):
    pytest.importorskip("exactextract")
    from qgis import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    grid = tmp_path / "grid.tif"
    shutil.copy2(SAMPLE_DIR / "emissions_2020_1km.tif", grid)
    processing.runAndLoadResults("carbonclusters:gridtozones", {
        "INPUT": [str(grid)], "ZONES": f"{SAMPLE}|layername=clusters",
        "ZONE_FIELD": "cluster", "SCALE": 0.0001, "OUTPUT": "memory:",
        "OUTPUT_ZONES": str(tmp_path / "zones.gpkg")})
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        zones = [lyr for lyr in added if lyr.fields().lookupField("covered_share") >= 0 and
                 lyr.isSpatial()]
        assert len(zones) == 1
        assert zones[0].renderer().type() == "graduatedSymbol"
        assert zones[0].renderer().classAttribute() == "total"
    finally:
        project.removeMapLayers([lyr.id() for lyr in added])


@pytest.mark.parametrize("preset", ["cas_lucc_level1", "cas_lucc_level2", "clcd",
                                    "esa_worldcover", "globeland30"])
def test_landcover_styles_match_the_preset_colours(plugin, preset, tmp_path):
    from carbon_clusters_plugin.analysis.landcover.coefficients import read_class_table
    from carbon_clusters_plugin.analysis.landcover.raster_styles import paletted_qml
    from carbon_clusters_plugin.processing.common import styles

    table = read_class_table(ROOT / "resources" / "presets" / f"{preset}.csv")
    shipped = styles.landcover_style(f"{preset}.csv")
    assert shipped.read_text(encoding="utf-8").split("-->", 1)[1] == \
        paletted_qml(table).split("-->", 1)[1]  # the shipped file is what the script writes
    raster = tmp_path / "landcover.tif"
    shutil.copy2(SAMPLE_DIR / "landcover_2020.tif", raster)
    loaded = QgsRasterLayer(str(raster), "landcover", "gdal")
    assert styles.apply_style(loaded, shipped)
    renderer = loaded.renderer()
    assert renderer.type() == "paletted"
    colours = {c.value: c.color.name() for c in renderer.classes()}
    assert colours == {int(c): k.lower() for c, k in zip(table["class"], table["color"])}
    labels = {c.value: c.label for c in renderer.classes()}
    first = table.iloc[0]
    assert labels[int(first["class"])] == f"{first['name']} {first['name_zh']}"


# ---------------------------------------------------------------------------- qgis_process

@pytest.mark.qgis_process
def test_report_under_qgis_process(outputs, environment, tmp_path):  # noqa: F811
    """Headless, as a scripting user runs it: the packaged plugin (make package) in a fresh
    profile, the layout in qgis_process's own project, clean JSON on stdout."""
    import json

    arguments = [f"{name}={value}" for name, value in outputs.items() if name != "SINKS"]
    arguments += [f"SINKS={path}" for path in outputs["SINKS"]]
    stdout = call(environment, "run", "carbonclusters:report", "--json", "--", *arguments,
                  "LABEL_FIELD=cluster_zh", f"OUTPUT_PDF={tmp_path / 'profile.pdf'}",
                  f"OUTPUT_HTML={tmp_path / 'report.html'}")
    results = json.loads(stdout)["results"]
    assert Path(results["OUTPUT_PDF"]).read_bytes()[:4] == b"%PDF"
    assert "<h2>Peaking scenarios</h2>" in Path(results["OUTPUT_HTML"]).read_text("utf-8")
    assert results["LAYOUT"] == "City-cluster carbon profile"
