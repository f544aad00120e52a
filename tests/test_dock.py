"""The "Carbon indicators" dock on real algorithm outputs: what each chart is drawn from."""

import math
import xml.etree.ElementTree as ElementTree

import pytest
from conftest import SAMPLE
from qgis.core import QgsFeature, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QApplication, QLabel

from carbon_clusters_plugin.analysis.reporting import chart_data

COMPONENTS = ["co2_ind_energy", "co2_ind_process", "co2_agriculture", "co2_services",
              "co2_hh_urban", "co2_hh_rural", "co2_transport", "co2_indirect"]
CLUSTERS = ["BTH", "CY", "MY", "PRD", "YRD"]
# Reference sinks (10⁴ t) 2005 -> 2020 per cluster (DESIGN.md), spread over the cities by area.
SINKS = {"YRD": (1064.4, 1033.4), "BTH": (408.6, 418.1), "PRD": (261.9, 255.4),
         "CY": (547.4, 611.9), "MY": (1306.3, 1296.9)}

pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="sample data not generated")


def city_year_with_sinks(run_algorithm):
    """The sample's city_year table plus a ``sink`` field (the sample has none)."""
    city_year = QgsVectorLayer(f"{SAMPLE}|layername=city_year", "city_year", "ogr")
    cases = " ".join(
        f"WHEN \"cluster\" = '{c}' THEN {a} + ({b} - {a}) * (\"year\" - 2005) / 15" for c, (a, b) in
        SINKS.items())
    formula = (f"(CASE {cases} END) * \"area_km2\" / "
               "sum(\"area_km2\", group_by:=\"cluster\" || \"year\")")
    from qgis.core import QgsApplication

    calculator = "native:fieldcalculator"  # QGIS >= 3.24; before it, the Python one
    if QgsApplication.processingRegistry().algorithmById(calculator) is None:
        calculator = "qgis:fieldcalculator"
    return run_algorithm(calculator, {
        "INPUT": city_year, "FIELD_NAME": "sink", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
        "FIELD_PRECISION": 6, "NEW_FIELD": True, "FORMULA": formula, "OUTPUT": "memory:"})["OUTPUT"]


def run_indicators(run_algorithm, source, group="cluster", sink=True):
    params = {"INPUT": source, "GROUP_FIELD": group, "YEAR_FIELD": "year",
              "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp",
              "POPULATION_FIELD": "population", "AREA_FIELD": "area_km2",
              "BUILTUP_FIELD": "builtup_km2", "COMPONENT_FIELDS": COMPONENTS,
              "OUTPUT": "memory:"}
    if sink:
        params["SINK_FIELD"] = "sink"
    layer = run_algorithm("carbonclusters:indicators", params)["OUTPUT"]
    layer.setName("indicators")
    return layer


@pytest.fixture
def project():
    added = []

    def add(layer):
        QgsProject.instance().addMapLayer(layer)
        added.append(layer.id())
        return layer

    yield add
    for layer_id in added:
        if QgsProject.instance().mapLayer(layer_id) is not None:
            QgsProject.instance().removeMapLayer(layer_id)


@pytest.fixture
def dock(plugin, qgis_iface):
    from carbon_clusters_plugin.ui.dock import CarbonIndicatorsDock

    widget = CarbonIndicatorsDock(qgis_iface)
    widget.resize(480, 820)
    widget.show()  # a hidden dock waits until it is shown to draw
    yield widget
    widget.cleanup()
    widget.deleteLater()


@pytest.fixture
def indicators(run_algorithm, project):
    return project(run_indicators(run_algorithm, city_year_with_sinks(run_algorithm)))


def industrial_types_2020(run_algorithm):
    """industryclusters on the sample cities of 2020, every output in memory."""
    cities = QgsVectorLayer(f"{SAMPLE}|layername=city_year", "cities", "ogr")
    cities.setSubsetString("\"year\" = 2020")
    return run_algorithm("carbonclusters:industryclusters", {
        "INPUT": cities, "FIELDS": ["share_energy", "share_heavy", "share_light",
                                    "share_hightech"],
        "GROUP_FIELD": "cluster", "K": 4, "OUTPUT": "memory:", "OUTPUT_PROFILES": "memory:",
        "OUTPUT_COUNTS": "memory:"})


def lines_by_group(axes):
    return {line.get_gid(): line for line in axes.get_lines() if line.get_gid()}


def test_toolbar_action_opens_and_hides_the_dock(plugin):
    assert plugin.dock is None  # built on first use only
    plugin.dock_action.setChecked(True)
    assert plugin.dock is not None and not plugin.dock.isHidden()
    assert plugin.dock.windowTitle() == "Carbon indicators"
    plugin.dock_action.setChecked(False)
    assert plugin.dock.isHidden()


def test_dock_recognises_the_indicators_output(dock, indicators):
    dock.layer_combo.setLayer(indicators)
    assert dock.layer is indicators
    assert dock.table_kind == "indicators"
    assert dock.group_field.currentField() == "group"
    assert dock.year_field.currentField() == "year"
    assert dock.emission_field.currentField() == "emissions"
    assert dock.sink_field.currentField() == "sink"
    assert dock.fields_box.isCollapsed()
    years = [dock.year_combo.itemData(i) for i in range(dock.year_combo.count())]
    assert years == [None, 2005, 2010, 2015, 2020]
    assert dock.chart_kind() == "radar"
    assert dock.indicator_fields.checkedItems() == list(chart_data.STUDY_INDICATORS)


def test_radar_is_the_max_normalised_study_indicators(dock, indicators):
    dock.layer_combo.setLayer(indicators)
    dock.set_year(2020)
    radar = dock.canvas.data
    assert list(radar.index) == CLUSTERS
    assert list(radar.columns) == list(chart_data.STUDY_INDICATORS)
    rows = {f["group"]: f for f in indicators.getFeatures() if f["year"] == 2020}
    for group in CLUSTERS:
        for indicator in chart_data.STUDY_INDICATORS:
            # The algorithm's own max normalisation gives the same numbers.
            assert radar.loc[group, indicator] == pytest.approx(
                rows[group][f"{indicator}_norm"])
    lines = lines_by_group(dock.canvas.figure.axes[0])
    assert set(lines) == set(CLUSTERS)
    yrd = list(lines["YRD"].get_ydata())
    assert yrd[0] == 1.0 and yrd[0] == yrd[-1]  # largest total, outline closed
    assert "2020" in dock.canvas.figure._suptitle.get_text()

    dock.normalisation_combo.setCurrentIndex(dock.normalisation_combo.findData("minmax"))
    radar = dock.canvas.data
    for indicator in chart_data.STUDY_INDICATORS:
        assert radar[indicator].min() == 0.0 and radar[indicator].max() == 1.0


def test_radar_with_a_chosen_set_of_indicators(dock, indicators):
    dock.layer_combo.setLayer(indicators)
    dock.set_indicators(["per_area", "builtup_share", "sink"])
    # In the layer's field order.
    assert list(dock.canvas.data.columns) == ["builtup_share", "per_area", "sink"]
    assert len(lines_by_group(dock.canvas.figure.axes[0])["BTH"].get_ydata()) == 4


def test_emissions_against_sinks_follow_the_years(dock, indicators):
    dock.layer_combo.setLayer(indicators)
    dock.set_chart("emissions_sinks")
    paths = dock.canvas.data
    assert len(paths) == 20
    lines = lines_by_group(dock.canvas.figure.axes[0])
    cy = lines["CY"]
    assert list(cy.get_ydata()) == pytest.approx([547.4, 568.9, 590.4, 611.9])
    emissions = {(f["group"], f["year"]): f["emissions"] for f in indicators.getFeatures()}
    assert list(cy.get_xdata()) == pytest.approx(
        [emissions[("CY", y)] for y in (2005, 2010, 2015, 2020)])
    labels = [line.get_label() for line in dock.canvas.figure.axes[0].get_lines()]
    assert "Emissions = sinks" in labels


def test_composition_stacks_the_component_shares(dock, indicators):
    dock.layer_combo.setLayer(indicators)
    dock.set_chart("composition")
    shares = dock.canvas.data
    assert list(shares.columns) == COMPONENTS
    assert len(shares) == 20
    assert shares.sum(axis=1).tolist() == pytest.approx([1.0] * 20)
    ax = dock.canvas.figure.axes[0]
    transport = next(c for c in ax.containers if getattr(c, "key", None) == "co2_transport")
    assert [bar.get_height() for bar in transport] == pytest.approx(
        shares["co2_transport"].tolist())
    dock.set_year(2005)
    assert [key[1] for key in dock.canvas.data.index] == [2005] * 5


def test_trends_show_totals_per_capita_and_per_gdp(dock, indicators):
    dock.layer_combo.setLayer(indicators)
    dock.set_chart("trends")
    axes = dock.canvas.figure.axes
    assert len(axes) == 3
    rows = {(f["group"], f["year"]): f for f in indicators.getFeatures()}
    drawn = list(dock.canvas.data.columns[2:])
    assert set(drawn) == set(chart_data.TREND_INDICATORS)
    for ax, indicator in zip(axes, drawn):
        line = lines_by_group(ax)["PRD"]
        assert list(line.get_xdata()) == [2005, 2010, 2015, 2020]
        assert list(line.get_ydata()) == pytest.approx(
            [rows[("PRD", y)][indicator] for y in (2005, 2010, 2015, 2020)])


def test_grey_grades_and_industrial_types_from_loaded_outputs(dock, run_algorithm, project,
                                                               indicators):
    city_year = QgsVectorLayer(f"{SAMPLE}|layername=city_year", "city_year", "ogr")
    grey = project(run_algorithm("carbonclusters:greyrelational", {
        "INPUT": city_year, "REFERENCE_FIELD": "co2_total",
        "COMPARISON_FIELDS": ["gdp", "population", "secondary_share", "urbanisation"],
        "GROUP_FIELD": "cluster", "YEAR_FIELD": "year", "OUTPUT": "memory:"})["OUTPUT"])
    industry = industrial_types_2020(run_algorithm)
    counts = project(industry["OUTPUT_COUNTS"])
    project(industry["OUTPUT_PROFILES"])

    dock.layer_combo.setLayer(indicators)
    dock.set_chart("grey_relational")  # finds the loaded grey relational output
    assert dock.layer is grey and dock.chart_kind() == "grey_relational"
    data = dock.canvas.data
    assert list(data.columns) == ["group", "year", "factor", "grade"]
    expected = {(f["group"], f["year"], f["factor"]): f["grade"] for f in grey.getFeatures()}
    axes = [ax for ax in dock.canvas.figure.axes if ax.get_visible()]
    assert len(axes) == len(set(data["group"]))
    gdp_bth = next(line for ax in axes for line in ax.get_lines()
                   if line.get_gid() == "BTH|gdp")
    assert list(gdp_bth.get_ydata()) == pytest.approx(
        [expected[("BTH", y, "gdp")] for y in (2005, 2010, 2015, 2020)])
    dock.set_year(2020)
    assert dock.canvas.data["grade"].tolist() == pytest.approx(
        [expected[(g, y, f)] for (g, y, f) in sorted(expected) if y == 2020])

    dock.layer_combo.setLayer(counts)
    assert dock.chart_kind() == "industry_types"
    table = dock.canvas.data
    assert all(" " in str(column) for column in table.columns)  # "1 mixed", ...
    totals = {}
    for feature in counts.getFeatures():
        totals[feature["group"]] = totals.get(feature["group"], 0) + feature["count"]
    assert table.sum(axis=1).to_dict() == totals


def test_hidden_dock_draws_when_shown(dock, indicators):
    dock.hide()
    dock.layer_combo.setLayer(indicators)
    assert dock.canvas.data is None
    dock.show()
    assert list(dock.canvas.data.index) == CLUSTERS


def test_selection_highlights_groups_and_edits_redraw(dock, indicators, qgis_iface):
    dock.layer_combo.setLayer(indicators)
    prd = [f.id() for f in indicators.getFeatures() if f["group"] == "PRD"]
    indicators.selectByIds(prd[:1])
    assert dock.highlight == {"PRD"}
    lines = lines_by_group(dock.canvas.figure.axes[0])
    assert lines["PRD"].get_linewidth() > lines["BTH"].get_linewidth()
    indicators.removeSelection()
    assert dock.highlight == set()

    # Cities selected on another layer highlight their cluster.
    cities = QgsVectorLayer(f"{SAMPLE}|layername=cities", "cities", "ogr")
    cities.selectByExpression("\"cluster\" = 'CY'")
    qgis_iface.mapCanvas().selectionChanged.emit(cities)
    assert dock.highlight == {"CY"}

    feature = next(f for f in indicators.getFeatures() if f["group"] == "BTH"
                   and f["year"] == 2020)
    indicators.startEditing()
    indicators.changeAttributeValue(feature.id(), indicators.fields().indexOf("per_gdp"), 100.0)
    assert dock.redraw_timer.isActive()
    dock.redraw_timer.timeout.emit()
    indicators.rollBack()
    dock.reload()
    assert dock.canvas.data.loc["BTH", "per_gdp"] == 1.0


def test_export_png_svg_and_copy_csv(dock, indicators, tmp_path):
    dock.layer_combo.setLayer(indicators)
    for kind in ("radar", "composition"):
        dock.set_chart(kind)
        png = dock.export("png", str(tmp_path / f"{kind}.png"))
        assert open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n"
        svg = dock.export("svg", str(tmp_path / f"{kind}.svg"))
        root = ElementTree.parse(svg).getroot()
        texts = [t for t in root.iter("{http://www.w3.org/2000/svg}text")]
        assert texts and any("BTH" in "".join(t.itertext()) for t in texts)
    text = dock.copy_data()
    assert QApplication.clipboard().text() == text
    assert text.splitlines()[0].startswith("group,year,co2_ind_energy")


def test_png_export_is_print_resolution(dock, indicators, tmp_path):
    from qgis.PyQt.QtGui import QImage

    dock.layer_combo.setLayer(indicators)
    image = QImage(dock.export("png", str(tmp_path / "radar.png")))
    inches = dock.canvas.figure.get_size_inches()
    assert image.width() == pytest.approx(inches[0] * 300, abs=2)


def memory_table(fields, rows, name="table"):
    layer = QgsVectorLayer("None?" + "&".join(f"field={f}" for f in fields), name, "memory")
    features = []
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_empty_layer_and_layer_without_numbers(dock, project):
    empty = project(memory_table(["group:string", "year:integer", "emissions:double"], [],
                                 "empty"))
    dock.layer_combo.setLayer(empty)
    assert dock.canvas.data is None and "no features" in dock.message
    for kind in chart_data_kinds():
        dock.set_chart(kind)
        assert dock.canvas.data is None and dock.message
    dock.set_chart("radar")
    names = project(memory_table(["name:string", "note:string"], [("a", "x"), ("b", None)],
                                 "names"))
    dock.layer_combo.setLayer(names)
    assert dock.table_kind == "other"
    assert "no numeric fields" in dock.message
    assert dock.export("png", "unused.png") is None


def chart_data_kinds():
    from carbon_clusters_plugin.ui.dock_texts import CHART_TABLE

    return list(CHART_TABLE)


def test_nulls_are_gaps_not_errors(dock, project):
    from qgis.core import NULL as null  # noqa: N811
    table = project(memory_table(
        ["group:string", "year:integer", "emissions:double", "per_gdp:double",
         "per_capita:double", "per_builtup:double", "emissions_norm:double", "sink:double",
         "share_a:double", "share_b:double"],
        [("A", 2020, 10.0, 1.0, null, 2.0, 1.0, 5.0, 0.5, 0.5),
         ("B", 2020, 5.0, null, 4.0, 4.0, 0.5, null, null, null),
         (null, 2020, 99.0, 9.0, 9.0, 9.0, 1.0, 9.0, 0.1, 0.9),
         ("B", null, 7.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.2, 0.8)]))
    dock.layer_combo.setLayer(table)
    assert dock.table_kind == "indicators"
    dock.set_year(2020)
    radar = dock.canvas.data
    assert list(radar.index) == ["A", "B"]
    assert radar.loc["A", "emissions"] == 1.0 and radar.loc["B", "emissions"] == 0.5
    assert math.isnan(radar.loc["B", "per_gdp"])
    dock.set_chart("emissions_sinks")
    assert dock.canvas.data[["group", "emissions", "sink"]].values.tolist() == [
        ["A", 10.0, 5.0]]
    dock.set_chart("composition")
    assert list(dock.canvas.data.index) == [("A", 2020)]
    dock.set_chart("trends")
    assert dock.canvas.data["group"].tolist() == ["A", "B"]


def test_layer_removed_while_shown_clears_the_dock(dock, indicators):
    dock.layer_combo.setLayer(indicators)
    dock.set_chart("trends")
    assert dock.canvas.data is not None
    indicators.startEditing()
    indicators.changeAttributeValue(next(indicators.getFeatures()).id(), 3, 1.0)
    QgsProject.instance().removeMapLayer(indicators.id())
    QApplication.processEvents()
    dock.redraw_timer.timeout.emit()  # a redraw queued before the removal finds no layer
    assert dock.layer is None or dock.layer.id() != "gone"
    assert dock.canvas.data is None and dock.message


def test_generic_layer_with_mapped_fields(dock, project):
    """A plain city table (not an indicators output): the user maps the fields."""
    city_year = project(QgsVectorLayer(f"{SAMPLE}|layername=city_year", "city_year", "ogr"))
    dock.layer_combo.setLayer(city_year)
    assert dock.table_kind == "other" and not dock.fields_box.isCollapsed()
    assert dock.group_field.currentField() == "cluster"
    assert dock.emission_field.currentField() == "co2_total"
    dock.set_indicators(["co2_total", "gdp"])
    dock.set_year(2020)
    radar = dock.canvas.data
    assert list(radar.columns) == ["co2_total", "gdp"] and radar["co2_total"].max() == 1.0
    dock.set_chart("trends")
    dock.set_indicators(["co2_total"])
    assert dock.canvas.data["co2_total"].notna().all()


def test_missing_matplotlib_is_named_and_the_plugin_still_loads(qgis_iface, monkeypatch):
    import sys

    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.delitem(sys.modules, "carbon_clusters_plugin.ui.charts", raising=False)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    from carbon_clusters_plugin.ui.dock import CarbonIndicatorsDock

    widget = CarbonIndicatorsDock(qgis_iface)
    try:
        assert widget.canvas is None
        labels = [label.text() for label in widget.findChildren(QLabel)]
        assert any("matplotlib" in text for text in labels)
        assert not widget.png_button.isEnabled()
    finally:
        widget.cleanup()
        widget.deleteLater()


def test_dock_opens_on_a_loaded_indicators_layer(plugin, qgis_iface, run_algorithm, project):
    """With another layer loaded first, the dock still starts on the indicators output."""
    from carbon_clusters_plugin.ui.dock import CarbonIndicatorsDock

    project(QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "a points", "memory"))
    indicators = project(run_indicators(run_algorithm, city_year_with_sinks(run_algorithm)))
    widget = CarbonIndicatorsDock(qgis_iface)
    try:
        assert widget.layer is indicators
        assert widget.table_kind == "indicators"
    finally:
        widget.cleanup()
        widget.deleteLater()


def test_industrial_types_are_named_from_the_typed_layer_too(dock, run_algorithm, project):
    """Without the profiles table loaded (as in a project that keeps only the typed cities),
    the types are named from the typed layer's cluster_label."""
    industry = industrial_types_2020(run_algorithm)
    counts = project(industry["OUTPUT_COUNTS"])
    typed = project(industry["OUTPUT"])
    labels = {f["cluster"]: f["cluster_label"] for f in typed.getFeatures()}
    dock.layer_combo.setLayer(counts)
    columns = [str(column) for column in dock.canvas.data.columns]
    assert sorted(columns) == sorted(f"{c} {labels[c]}" for c in labels)


def test_axes_carry_the_emission_unit_and_titles_fit_a_narrow_dock(dock, indicators):
    dock.layer_combo.setLayer(indicators)
    dock.set_chart("emissions_sinks")
    ax = dock.canvas.figure.axes[0]
    assert ax.get_xlabel() == "Emissions (10⁴ t CO₂)"
    assert ax.get_ylabel() == "Carbon sinks (10⁴ t CO₂)"
    dock.unit_combo.setCurrentIndex(2)  # the layer's emissions are in Mt
    assert dock.canvas.figure.axes[0].get_xlabel() == "Emissions (Mt CO₂)"
    dock.set_chart("trends")
    assert dock.canvas.figure.axes[0].get_title(loc="left") == "Total emissions (Mt CO₂)"
    dock.resize(300, 820)
    QApplication.processEvents()
    dock.set_chart("radar")
    figure = dock.canvas.figure
    dock.canvas.draw()
    title = figure._suptitle
    assert title.get_text().replace("\n", " ").startswith("Indicators per group")
    assert title.get_window_extent(dock.canvas.get_renderer()).width <= figure.bbox.width


def test_groups_are_named_as_the_map_labels_them(dock, indicators, project):
    """A loaded cluster layer labelled by cluster_zh: the charts say 京津冀 where the table
    says BTH, as the map does; without such a layer they keep the table's values."""
    from qgis.core import QgsPalLayerSettings, QgsVectorLayerSimpleLabeling

    dock.layer_combo.setLayer(indicators)
    dock.set_chart("radar")
    assert set(dock.canvas.data.index) == set(CLUSTERS)
    clusters = QgsVectorLayer("Polygon?crs=EPSG:4326&field=cluster:string"
                              "&field=cluster_zh:string&field=cluster_en:string",
                              "clusters", "memory")
    names = {"BTH": "京津冀", "CY": "成渝", "MY": "长江中游", "PRD": "珠三角", "YRD": "长三角"}
    for code, name in names.items():
        feature = QgsFeature(clusters.fields())
        feature.setAttributes([code, name, code.lower()])
        clusters.dataProvider().addFeature(feature)
    settings = QgsPalLayerSettings()
    settings.fieldName = "cluster_zh"
    clusters.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    clusters.setLabelsEnabled(True)
    project(clusters)
    dock.set_chart("emissions_sinks")
    dock.set_chart("radar")
    assert set(dock.canvas.data.index) == set(names.values())
    legend = [text.get_text() for text in dock.canvas.figure.legends[0].get_texts()] \
        if dock.canvas.figure.legends else \
        [text.get_text() for text in dock.canvas.figure.axes[0].get_legend().get_texts()]
    assert "京津冀" in legend and "BTH" not in legend
