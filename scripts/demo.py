"""The full analysis on the bundled sample data, through qgis_process, as a scripting user runs it.

Run by `make demo`, which builds the plugin and sets QGIS_PLUGINPATH, QGIS_CUSTOM_CONFIG_PATH
(a profile of our own) and QGIS_PROCESS. Writes everything under the output folder (default
out/demo): one GeoPackage with a layer per result, and a CSV per table.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from osgeo import gdal

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample" / "carbon_clusters_sample.gpkg"
QGIS_PROCESS = os.environ.get("QGIS_PROCESS", str(ROOT / "scripts" / "qgis_process"))
COMPONENTS = ["co2_ind_energy", "co2_ind_process", "co2_agriculture", "co2_services",
              "co2_hh_urban", "co2_hh_rural", "co2_transport", "co2_indirect"]

gdal.UseExceptions()


def qgis_process(*arguments):
    completed = subprocess.run([QGIS_PROCESS, *arguments], capture_output=True, text=True)
    if completed.returncode != 0:
        sys.exit(f"qgis_process {' '.join(arguments)} failed:\n{completed.stdout}\n"
                 f"{completed.stderr}")
    return completed.stdout


def enable_plugin(name):
    """`qgis_process plugins enable` fails when the plugin is enabled already."""
    enabled = [line.split()[-1] for line in qgis_process("plugins").splitlines()
               if line.strip().startswith("*")]
    if name not in enabled:
        qgis_process("plugins", "enable", name)


def run(algorithm, gpkg, layer, **parameters):
    """Runs an algorithm, writing its OUTPUT as a layer of the demo GeoPackage."""
    parameters["OUTPUT"] = f"ogr:dbname='{gpkg}' table=\"{layer}\" (geom)"
    arguments = [f"{name}={value}" for name, value in parameters.items()]
    results = json.loads(qgis_process("run", algorithm, "--json", "--", *arguments))
    print(f"{algorithm} -> {gpkg.name}|layername={layer}")
    return results["results"]


def to_csv(gpkg, layer, folder):
    csv = folder / f"{layer}.csv"
    gdal.VectorTranslate(str(csv), str(gpkg), layerName=layer, format="CSV",
                         options=["-lco", "STRING_QUOTING=IF_NEEDED"], layers=[layer])
    return csv


def main(folder):
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    gpkg = folder / "carbon_clusters_demo.gpkg"
    gpkg.unlink(missing_ok=True)
    enable_plugin("carbon_clusters_plugin")

    run("carbonclusters:indicators", gpkg, "indicators",
        INPUT=f"{SAMPLE}|layername=city_year", GROUP_FIELD="cluster", YEAR_FIELD="year",
        EMISSION_FIELD="co2_total", GDP_FIELD="gdp", POPULATION_FIELD="population",
        AREA_FIELD="area_km2", BUILTUP_FIELD="builtup_km2",
        COMPONENT_FIELDS=";".join(COMPONENTS))
    csv = to_csv(gpkg, "indicators", folder)
    print_indicators(csv)
    print(f"\nResults in {folder}: {gpkg.name}, {csv.name}")


def print_indicators(csv):
    import pandas as pd

    table = pd.read_csv(csv)
    shown = table[["group", "year", "emissions", "per_gdp", "per_capita", "per_builtup",
                   "emissions_norm"]]
    print(shown.to_string(index=False, float_format=lambda value: f"{value:,.2f}"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ROOT / "out" / "demo")
