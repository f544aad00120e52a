"""The layers of the plugin (analysis → charts → processing, ui), checked on the imports by
scripts/check_layers.py, which make lint runs."""

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import check_layers  # noqa: E402


def test_the_plugin_keeps_its_layers():
    assert check_layers.violations() == []


def write(folder, relative, text):
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_each_rule_is_enforced(tmp_path):
    package = tmp_path / "plugin"
    for folder in ("", "analysis/", "analysis/spatial/", "charts/", "processing/", "ui/"):
        write(package, folder + "__init__.py", "")
    write(package, "compat.py", "")
    write(package, "analysis/spatial/ok.py", "from .. import messages\nimport numpy\n")
    write(package, "analysis/spatial/bad.py",
          "from qgis.core import QgsField\nfrom ...charts import figures\n"
          "from ... import compat\n")
    write(package, "charts/ok.py", "from ..analysis.spatial import ok\nimport matplotlib\n")
    write(package, "charts/bad.py", "from qgis.PyQt.QtCore import Qt\nfrom ..ui import dock\n")
    write(package, "processing/bad.py", "from ..ui.dock import Dock\nfrom .. import ui\n")
    write(package, "ui/ok.py", "from ..processing import bad\nfrom qgis.gui import QgsDockWidget\n")
    found = check_layers.violations(package)
    assert [line.split(":")[0] + ":" + line.split(":")[1] for line in found] == [
        "plugin/analysis/spatial/bad.py:1", "plugin/analysis/spatial/bad.py:2",
        "plugin/analysis/spatial/bad.py:3", "plugin/charts/bad.py:1", "plugin/charts/bad.py:2",
        "plugin/processing/bad.py:1", "plugin/processing/bad.py:2"]
    assert "analysis/ imports qgis.core" in found[0]
    assert check_layers.main([str(package)]) == 1
