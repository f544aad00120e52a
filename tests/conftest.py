"""Loads the plugin the way QGIS does (classFactory with an iface) and initialises Processing."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample" / "carbon_clusters_sample.gpkg"



@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_iface, qgis_processing):
    from carbon_clusters_plugin import classFactory

    loaded = classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()


@pytest.fixture
def run_algorithm(plugin):
    """processing.run with a fresh context and feedback, returning the outputs."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def run(algorithm_id, parameters, feedback=None):
        context = QgsProcessingContext()
        return processing.run(algorithm_id, parameters, context=context,
                              feedback=feedback or QgsProcessingFeedback())

    return run
