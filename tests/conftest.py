"""Loads the plugin the way QGIS does (classFactory with an iface) and initialises Processing."""

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_ORIGINAL = ROOT / "resources" / "sample" / "carbon_clusters_sample.gpkg"


def _working_copy(original: Path) -> Path:
    """QGIS's OGR provider bumps a GeoPackage's change counter even when only reading it, so
    tests read a copy and the committed sample stays byte-identical."""
    folder = Path(tempfile.mkdtemp(prefix="carbon-clusters-sample-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return Path(shutil.copy2(original, folder / original.name))


SAMPLE = _working_copy(SAMPLE_ORIGINAL)


@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_iface, qgis_processing):
    from carbon_clusters_plugin import classFactory

    loaded = classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()


@pytest.fixture
def loads_results(qgis_iface, monkeypatch):
    """processing.runAndLoadResults as in the desktop: QGIS 3.44 adds result layers through
    the interface's layer tree view, which pytest-qgis's interface does not have."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot()))
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view, raising=False)
    yield view
    view.deleteLater()


@pytest.fixture
def run_algorithm(plugin):
    """processing.run with a fresh context and feedback, returning the outputs."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def run(algorithm_id, parameters, feedback=None):
        context = QgsProcessingContext()
        return processing.run(algorithm_id, parameters, context=context,
                              feedback=feedback or QgsProcessingFeedback())

    return run
