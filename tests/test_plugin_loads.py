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
    assert opened[0].name() == "City-cluster carbon study / 城市群碳排放研究"
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
