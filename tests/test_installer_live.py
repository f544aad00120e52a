"""The runtime installer, for real, on this machine's QGIS: QGIS's own Python without esda and
libpysal (no venv), the plugin names them as missing, the installer resolves versions that
work with that Python's numpy and scipy and installs them from the package index into the
profile's folder, and Moran's I then runs under qgis_process and matches the textbook value.

Needs `make package` first (make test does it) and a reachable package index."""

import csv
import json
import os
import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT
from test_moran_algorithm import VALUES_4X4, textbook_moran

pytestmark = pytest.mark.qgis_process

ZIP = ROOT / "dist" / "carbon_clusters_plugin.zip"
QGIS_PROCESS = str(ROOT / "scripts" / "qgis_process")
SYSTEM_PYTHON = "/usr/bin/python3"


def system_python_has(module):
    completed = subprocess.run(
        [SYSTEM_PYTHON, "-c", f"import importlib.util, sys; "
                              f"sys.exit(importlib.util.find_spec('{module}') is None)"],
        env=dict(os.environ, PYTHONPATH="", PYTHONNOUSERSITE="1"))
    return completed.returncode == 0


def lattice_geojson(path, values, side):
    features = []
    for index, value in enumerate(values):
        row, col = divmod(index, side)
        ring = [[col, row], [col + 1, row], [col + 1, row + 1], [col, row + 1], [col, row]]
        features.append({"type": "Feature", "properties": {"v": value},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    path.write_text(json.dumps({
        "type": "FeatureCollection", "features": features,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}}))


@pytest.fixture(scope="module")
def user_qgis(tmp_path_factory):
    """The packaged plugin in a fresh profile, run with QGIS's Python as a user has it."""
    if system_python_has("esda") or system_python_has("libpysal"):
        pytest.skip("QGIS's Python already has esda or libpysal: nothing to install")
    plugins = tmp_path_factory.mktemp("plugins")
    with zipfile.ZipFile(ZIP) as archive:
        archive.extractall(plugins)
    config = tmp_path_factory.mktemp("config")
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins), QGIS_CUSTOM_CONFIG_PATH=str(config),
               CARBON_CLUSTERS_NO_VENV="1", PYTHONPATH="", PYTHONNOUSERSITE="1")
    run_qgis_process(env, "plugins", "enable", "carbon_clusters_plugin")
    return env, config / "profiles" / "default"


def run_qgis_process(env, *arguments):
    return subprocess.run([QGIS_PROCESS, *arguments], env=env, capture_output=True, text=True,
                          timeout=600)


def moran(env, layer, output):
    return run_qgis_process(env, "run", "carbonclusters:moransi", "--", f"INPUT={layer}",
                            "FIELD=v", "WEIGHTS=1", "PERMUTATIONS=99", f"OUTPUT={output}")


def test_moran_runs_after_the_installer_put_esda_into_the_profile(user_qgis, tmp_path):
    env, profile = user_qgis
    layer = tmp_path / "lattice.geojson"
    lattice_geojson(layer, VALUES_4X4, 4)

    before = moran(env, layer, tmp_path / "before.csv")
    assert before.returncode != 0
    assert "esda" in before.stdout + before.stderr
    assert "Install missing Python packages" in before.stdout + before.stderr

    # What the plugin's menu action runs, with QGIS's Python and the profile's folder.
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from carbon_clusters_plugin import dependencies as d, pip_installer as p;"
        "target = d.vendor_dir(sys.argv[2]);"
        "result = p.install(d.missing(['esda', 'libpysal']), target);"
        "print(result.log, file=sys.stderr);"
        "print(' '.join(result.installed)); sys.exit(0 if result.ok else 1)")
    installed = subprocess.run([SYSTEM_PYTHON, "-c", script, str(ROOT), str(profile)],
                               env=env, capture_output=True, text=True, timeout=1200)
    assert installed.returncode == 0, installed.stderr[-3000:]
    pins = dict(pin.split("==") for pin in installed.stdout.split())
    assert {"esda", "libpysal"} <= set(pins)
    # Nothing QGIS's Python already had was installed again (numpy above all).
    assert "numpy" not in pins and "scipy" not in pins, pins

    after = moran(env, layer, tmp_path / "after.csv")
    assert after.returncode == 0, after.stdout + after.stderr
    with open(tmp_path / "after.csv", newline="", encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["group"] == "ALL")
    moran_i, expected, z = textbook_moran(VALUES_4X4, 4, rook=True)
    assert float(row["moran_i"]) == pytest.approx(moran_i, rel=1e-9)
    assert float(row["z_norm"]) == pytest.approx(z, rel=1e-9)
    print(f"installed into {profile} for Python {sys.version_info[:2]}: {pins}")
