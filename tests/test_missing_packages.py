"""The plugin loads without its optional packages and says exactly what is missing."""

import sys

import pytest
from qgis.core import QgsProcessingException
from test_indicators_algorithm import memory_layer

OPTIONAL = ("pandas", "sklearn", "esda", "libpysal", "exactextract", "matplotlib")


@pytest.fixture
def hidden_optional_packages(monkeypatch):
    for module in OPTIONAL:
        monkeypatch.setitem(sys.modules, module, None)


def test_plugin_loads_and_offers_to_install(qgis_iface, qgis_processing,
                                            hidden_optional_packages):
    from qgis.core import QgsApplication

    from carbon_clusters_plugin import classFactory

    plugin = classFactory(qgis_iface)
    try:
        plugin.initGui()
        provider = QgsApplication.processingRegistry().providerById("carbonclusters")
        assert provider is not None and provider.algorithms()
        bar = qgis_iface.messageBar()
        texts = [item.text() for item in bar.items()]
        assert any("scikit-learn" in text and "esda" in text for text in texts), texts
        bar.clearWidgets()
    finally:
        plugin.unload()


def test_algorithm_needing_a_missing_package_names_it(run_algorithm, monkeypatch):
    layer = memory_layer([(("A", 2020, 1.0, "1"), None)], geometry="None")
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("carbonclusters:indicators",
                      {"INPUT": layer, "EMISSION_FIELD": "co2", "OUTPUT": "memory:"})
    message = str(raised.value)
    assert "pandas" in message and "pip install" in message and "--target" in message
