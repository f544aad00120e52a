from qgis.core import QgsApplication


def test_provider_is_registered_with_its_algorithms(plugin):
    provider = QgsApplication.processingRegistry().providerById("carbonclusters")
    assert provider is not None
    assert provider.name() == "Carbon clusters"
    assert not provider.icon().isNull()
    ids = {algorithm.id() for algorithm in provider.algorithms()}
    assert "carbonclusters:indicators" in ids


def test_every_algorithm_has_help_and_a_group(plugin):
    provider = QgsApplication.processingRegistry().providerById("carbonclusters")
    for algorithm in provider.algorithms():
        assert len(algorithm.shortHelpString()) > 200, algorithm.id()
        assert algorithm.group() and algorithm.groupId()


def test_the_study_model_opens_in_the_modeler_from_a_copy(plugin, tmp_path):
    """The menu action copies the shipped model into the user's models folder once and opens
    that copy, never overwriting an edited one."""
    from carbon_clusters_plugin.ui import model_editor

    assert plugin.model_action is not None
    opened = []
    dialog = model_editor.open_study_model(tmp_path, open_dialog=opened.append)
    copy = tmp_path / "city_cluster_carbon_study.model3"
    assert copy.is_file() and dialog is None
    assert opened[0].sourceFilePath() == str(copy)
    assert opened[0].name() == "City-cluster carbon study / 城市群碳排放研究 (my copy)"
    copy.write_text(copy.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # "edited"
    edited = copy.read_bytes()
    model_editor.open_study_model(tmp_path, open_dialog=opened.append)
    assert copy.read_bytes() == edited


def test_the_real_modeler_dialog_opens_on_it(plugin, tmp_path, qgis_iface, monkeypatch):
    from qgis.PyQt.QtCore import QSize

    from carbon_clusters_plugin.ui import model_editor

    # QGIS's iconSize(dockedToolbar=False); pytest-qgis's stand-in requires the argument
    monkeypatch.setattr(qgis_iface, "iconSize", lambda docked=False: QSize(24, 24))

    dialog = model_editor.open_study_model(tmp_path)
    try:
        assert dialog.model().childAlgorithms()
        assert dialog.model().sourceFilePath().endswith("city_cluster_carbon_study.model3")
    finally:
        dialog.close()


def test_dialogs_preselect_the_usual_fields_but_scripts_name_their_own(plugin):
    """GUI defaults only: the indicators dialog on the sample's city-year table comes up with
    cluster, year, co2_total, gdp… (not the first field, fid); processing.run and qgis_process
    see no default and read only the fields they are given."""
    from conftest import SAMPLE
    from qgis.core import QgsApplication, QgsProcessingParameterField, QgsVectorLayer

    from carbon_clusters_plugin.processing.common.base import GUI_FIELD_DEFAULTS

    registry = QgsApplication.processingRegistry()
    city_year = QgsVectorLayer(f"{SAMPLE}|layername=city_year", "city_year", "ogr")
    names = set(city_year.fields().names())
    indicators = registry.algorithmById("carbonclusters:indicators")
    for name in ("GROUP_FIELD", "YEAR_FIELD", "EMISSION_FIELD", "GDP_FIELD",
                 "POPULATION_FIELD", "BUILTUP_FIELD"):
        definition = indicators.parameterDefinition(name)
        assert definition.defaultValueForGui() == GUI_FIELD_DEFAULTS[name]
        assert definition.defaultValueForGui() in names
        assert definition.defaultValue() is None
    from carbon_clusters_plugin.processing.common.base import CarbonClustersAlgorithm

    algorithms = [a for a in registry.providerById("carbonclusters").algorithms()
                  if isinstance(a, CarbonClustersAlgorithm)]  # the model joins on code
    for algorithm in algorithms:
        for definition in algorithm.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterField):
                default = definition.defaultValueForGui()
                assert default not in ("fid", "id", "code"), (algorithm.id(), definition.name())


def test_dialogs_preselect_the_active_layers_fields_by_their_chinese_names(plugin, qgis_iface,
                                                                        monkeypatch):
    """A yearbook table with Chinese headers is the active layer: the dialog QGIS creates for
    it preselects 碳排放总量, 地区生产总值… (never 编码), through the plugin's own hook."""
    from qgis.core import QgsApplication, QgsVectorLayer

    layer = QgsVectorLayer("None?field=编码:string&field=城市:string&field=年份:integer"
                           "&field=碳排放总量:double&field=地区生产总值:double"
                           "&field=常住人口:double&field=城市群:string", "yearbook", "memory")
    monkeypatch.setattr(qgis_iface, "activeLayer", lambda: layer)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(
            "carbonclusters:indicators")
    defaults = {name: algorithm.parameterDefinition(name).defaultValueForGui()
                for name in ("EMISSION_FIELD", "GDP_FIELD", "POPULATION_FIELD",
                             "YEAR_FIELD", "GROUP_FIELD")}
    assert defaults == {"EMISSION_FIELD": "碳排放总量", "GDP_FIELD": "地区生产总值",
                        "POPULATION_FIELD": "常住人口", "YEAR_FIELD": "年份",
                        "GROUP_FIELD": "城市群"}
    moran = QgsApplication.processingRegistry().createAlgorithmById("carbonclusters:moransi")
    assert moran.parameterDefinition("FIELD").defaultValueForGui() == ["碳排放总量"]
