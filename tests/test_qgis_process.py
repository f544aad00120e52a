"""The packaged plugin, unzipped into a fresh profile, runs under qgis_process.

Needs `make package` first (make test does it)."""

import csv
import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

pytestmark = pytest.mark.qgis_process

ZIP = ROOT / "dist" / "carbon_clusters_plugin.zip"
QGIS_PROCESS = str(ROOT / "scripts" / "qgis_process")


@pytest.fixture(scope="module")
def environment(tmp_path_factory):
    assert ZIP.is_file(), f"{ZIP} is missing: run `make package` (make test does)"
    plugins = tmp_path_factory.mktemp("plugins")
    with zipfile.ZipFile(ZIP) as archive:
        names = archive.namelist()
        archive.extractall(plugins)
    assert "carbon_clusters_plugin/metadata.txt" in names
    assert "carbon_clusters_plugin/resources/icons/carbon_clusters.svg" in names
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path_factory.mktemp("profile")))
    call(env, "plugins", "enable", "carbon_clusters_plugin")
    return env


def call(env, *arguments):
    completed = subprocess.run([QGIS_PROCESS, *arguments], env=env, capture_output=True,
                               text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return completed.stdout


def test_provider_is_listed(environment):
    listing = call(environment, "list")
    assert "Carbon clusters" in listing
    assert "carbonclusters:indicators" in listing


def test_help_describes_the_outputs(environment):
    text = call(environment, "help", "carbonclusters:indicators")
    assert "per_builtup" in text and "EMISSION_FIELD" in text


def test_indicators_on_sample_data_with_clean_json(environment, tmp_path):
    output = tmp_path / "indicators.csv"
    stdout = call(environment, "run", "carbonclusters:indicators", "--json", "--",
                  f"INPUT={SAMPLE}|layername=city_year", "GROUP_FIELD=cluster",
                  "YEAR_FIELD=year", "EMISSION_FIELD=co2_total", "GDP_FIELD=gdp",
                  "POPULATION_FIELD=population", "BUILTUP_FIELD=builtup_km2",
                  "AREA_FIELD=area_km2", f"OUTPUT={output}")
    results = json.loads(stdout)   # nothing but JSON on stdout
    assert Path(results["results"]["OUTPUT"]) == output
    with open(output, newline="", encoding="utf-8") as handle:
        rows = {(r["group"], r["year"]): r for r in csv.DictReader(handle)}
    assert len(rows) == 20
    # The paper's 2020 total for the Pearl River Delta, 10^4 t CO2.
    assert float(rows[("PRD", "2020")]["emissions"]) == pytest.approx(41623)
    assert not list(SAMPLE.parent.glob("*.aux.xml"))


def test_gridtozones_under_qgis_process(environment, tmp_path):
    """exactextract's own GEOS must not clash with QGIS's inside qgis_process."""
    grid = ROOT / "resources" / "sample" / "emissions_2020_1km.tif"
    stdout = call(environment, "run", "carbonclusters:gridtozones", "--json", "--",
                  f"INPUT={grid}", f"ZONES={SAMPLE}|layername=cities", "ZONE_FIELD=code",
                  "SCALE=0.0001", f"OUTPUT={tmp_path / 'cities.csv'}")
    results = json.loads(stdout)["results"]
    # the five clusters' 2020 totals of the reference study add up to 512 155 x 10^4 t
    assert results["ZONES_TOTAL"] == pytest.approx(512155, abs=0.1)
