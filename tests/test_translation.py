"""The Simplified Chinese translation: complete, up to date with the sources, faithful to
placeholders and markup, and shown by the provider and the report when the user's locale is
zh_CN (the translator the plugin installs itself)."""

import importlib.util
import re
import shutil
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "carbon_clusters_zh.ts"
QM = TS.with_suffix(".qm")
CJK = re.compile(r"[\u4e00-\u9fff]")
CJK_OR_PUNCTUATION = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
TAG = re.compile(r"</?[a-z][a-z0-9]*>")


def messages():
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def placeholders(text):
    """The {name:spec} fields of a str.format template (the texts are formatted after tr)."""
    return {(name, spec) for _, name, spec, _ in string.Formatter().parse(text) if name is not None}


def test_the_ts_is_complete():
    entries = list(messages())
    assert len(entries) > 300
    unfinished = [(context, source[:60]) for context, source, translation in entries
                  if translation is None or translation.get("type") is not None
                  or not (translation.text or "").strip()]
    assert unfinished == [], "untranslated entries (make translations-update, then translate)"


def update_script():
    """scripts/update_translations.py as a module (make translations-update runs it)."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_ts_is_up_to_date_with_the_sources():
    """Every text pylupdate finds in the plugin's sources (under the context the update files
    it in) is in the .ts, and the .ts has no text the sources no longer have. Line numbers
    are not compared: they move with every edit."""
    pylupdate = shutil.which("pylupdate5")
    if pylupdate is None:
        pytest.skip("pylupdate5 is not installed (make deps installs it, with pyqt5-dev-tools)")
    update = update_script()
    extracted = set(update.extract(pylupdate, update.sources()))
    in_ts = set(update.existing(TS))
    new = sorted(f"{context}: {source[:70]!r}" for context, source in extracted - in_ts)
    gone = sorted(f"{context}: {source[:70]!r}" for context, source in in_ts - extracted)
    assert new == [], "texts missing from the .ts: run make translations-update, translate them"
    assert gone == [], "texts no longer in the sources: run make translations-update"


def test_translations_keep_placeholders_and_markup():
    for context, source, translation in messages():
        where = f"{context}: {source[:60]!r}"
        text = translation.text or ""
        missing = placeholders(source) - placeholders(text)
        assert not missing, f"{where} loses {missing}"
        assert sorted(TAG.findall(source)) == sorted(TAG.findall(text)), where
        if CJK_OR_PUNCTUATION.search(text) is None:
            # Only symbols, units and proper names may stay as they are.
            assert re.search(r"[a-z]{4}", source) is None or source in UNTRANSLATED, where


# Entries whose translation has no Chinese character, on purpose.
UNTRANSLATED = {"GDP", "PNG…", "SVG…", "ESA WorldCover (10–100)", "GlobeLand30 (10–100)",
                "Queen", "Rook", "km"}


@pytest.fixture
def chinese(plugin, qgis_iface):
    """The plugin's own translator for the locale zh_CN, removed again afterwards."""
    from qgis.PyQt.QtCore import QSettings

    from carbon_clusters_plugin.paths import resource
    from carbon_clusters_plugin.plugin import CarbonClustersPlugin

    qm = resource("i18n", "carbon_clusters_zh.qm")
    if not qm.is_file():
        pytest.fail(f"{qm} is missing: build it with `make translations` (make build does).")
    if qm.stat().st_mtime < TS.stat().st_mtime:
        pytest.fail(f"{qm} is older than {TS.name}: rebuild it with `make translations`.")
    settings = QSettings()
    previous = settings.value("locale/userLocale")
    settings.setValue("locale/userLocale", "zh_CN")
    instance = CarbonClustersPlugin(qgis_iface)  # installs the translator, as QGIS would
    try:
        assert instance.translator is not None, "the zh translator was not installed"
        yield
    finally:
        instance.unload()  # only removes the translator: no GUI, provider or dock was made
        if previous is None:
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/userLocale", previous)


def provider():
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().providerById("carbonclusters")


def python_algorithms():
    """The plugin's own algorithms (not the models the provider may also list)."""
    from carbon_clusters_plugin.processing.common.base import CarbonClustersAlgorithm

    return [a for a in provider().algorithms() if isinstance(a, CarbonClustersAlgorithm)]


def test_the_provider_speaks_chinese(chinese):
    assert provider().name() == "城市群碳排放"
    algorithms = python_algorithms()
    assert len(algorithms) >= 9
    for algorithm in algorithms:
        for text in (algorithm.displayName(), algorithm.group(), algorithm.shortHelpString()):
            assert CJK.search(text), f"{algorithm.id()}: {text[:80]!r}"
    indicators = provider().algorithm("indicators")
    assert indicators.displayName() == "城市群逐年碳排放指标"
    assert indicators.group() == "碳排放"
    assert "<h3>输出表</h3>" in indicators.shortHelpString()


def test_the_report_speaks_chinese(chinese):
    from qgis.core import QgsApplication

    report = provider().algorithm("report")
    assert report.displayName() == "城市群碳排放报告（布局、PDF、HTML）"
    assert report.group() == "地图产品"
    help_text = report.shortHelpString()
    assert "<h3>输入</h3>" in help_text and "<h3>输出</h3>" in help_text
    assert "<b>城市群碳排放概况</b>" in help_text
    assert "CLUSTER_FIELD" in help_text and "SINK_YEARS" in help_text  # parameter ids kept
    created = QgsApplication.processingRegistry().createAlgorithmById("carbonclusters:report")
    assert created.parameterDefinition("CLUSTERS").description() == "城市群面（地图）"
    assert "万吨 CO₂（10⁴ t CO₂）" in created.parameterDefinition("EMISSION_UNIT").options()


def test_the_html_report_comes_out_in_chinese(chinese, run_algorithm, tmp_path):
    from conftest import SAMPLE

    indicators = run_algorithm("carbonclusters:indicators", {
        "INPUT": f"{SAMPLE}|layername=city_year", "GROUP_FIELD": "cluster",
        "YEAR_FIELD": "year", "EMISSION_FIELD": "co2_total", "GDP_FIELD": "gdp",
        "POPULATION_FIELD": "population", "BUILTUP_FIELD": "builtup_km2",
        "OUTPUT": str(tmp_path / "indicators.gpkg")})["OUTPUT"]
    html = tmp_path / "report.html"
    run_algorithm("carbonclusters:report", {"INDICATORS": indicators, "OUTPUT_HTML": str(html)})
    page = html.read_text(encoding="utf-8")
    assert "<h2>碳排放指标与雷达图</h2>" in page
    assert "碳排放单位：万吨 CO₂。" in page  # the unit without its bracketed gloss
    assert "<h2>Emission indicators and radar</h2>" not in page


def test_parameters_and_options_are_chinese(chinese):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    indicators = registry.createAlgorithmById("carbonclusters:indicators")
    assert indicators.parameterDefinition("GROUP_FIELD").description() == "分组字段（城市群）"
    assert "万元（10⁴ 元）" in indicators.parameterDefinition("GDP_UNIT").options()
    moran = registry.createAlgorithmById("carbonclusters:moransi")
    assert moran.parameterDefinition("WEIGHTS").options()[0] == "Queen 邻接"
    sinks = registry.createAlgorithmById("carbonclusters:sinkaccounting")
    assert "CLCD 中国土地覆盖数据集（1–9）" in sinks.parameterDefinition("PRESET").options()


def test_an_analysis_message_comes_out_in_chinese(chinese, run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    from carbon_clusters_plugin.paths import resource

    table = tmp_path / "classes.csv"
    table.write_text("class,label\n1,forest\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("carbonclusters:sinkaccounting", {
            "INPUT": str(resource("sample", "landcover_2020.tif")),
            "COEFFICIENTS": str(table), "OUTPUT": "TEMPORARY_OUTPUT"})
    message = str(raised.value)
    assert "需要以下列：class, name, coefficient" in message, message
    assert str(table) in message and "name, coefficient" in message  # values stay as they are


def test_english_is_back_afterwards(plugin):
    assert provider().name() == "Carbon clusters"
    assert provider().algorithm("indicators").group() == "Emissions"
    assert provider().algorithm("report").displayName() == \
        "City-cluster carbon report (layout, PDF, HTML)"


def test_lisa_categories_and_scenario_titles_in_chinese(chinese, tmp_path):
    from qgis.core import QgsVectorLayer

    from carbon_clusters_plugin.charts.scenarios import scenario_title
    from carbon_clusters_plugin.processing.common import styles

    layer = QgsVectorLayer("Polygon?crs=EPSG:3857&field=lisa_cluster:string", "lisa", "memory")
    assert styles.apply_style(layer, styles.LISA)
    labels = {c.value(): c.label() for c in layer.renderer().categories()}
    assert labels["HH"] == "HH — 高-高" and labels["ns"] == "ns — 不显著"
    assert scenario_title("all_levers") == "全部措施组合"
    assert scenario_title("my_scenario") == "my_scenario"  # the user's own names stay


def test_industrial_types_of_an_english_run_show_in_chinese_in_the_dock(chinese):
    from carbon_clusters_plugin.ui.dock import type_label_in_ui_language

    assert type_label_in_ui_language("light industry") == "轻工业型"
    assert type_label_in_ui_language("high share_energy") == "share_energy 偏高型"
    assert type_label_in_ui_language("自定义") == "自定义"
