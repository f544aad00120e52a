"""The whole study on the bundled sample data, as a scripting user runs it.

Run by `make demo`, which builds the plugin and sets QGIS_PLUGINPATH, QGIS_CUSTOM_CONFIG_PATH
(a profile of our own) and QGIS_PROCESS. Under the output folder (default out/demo):
  1. input/            copies of the sample data (QGIS writes statistics beside rasters it
                       opens; the repository's files stay untouched)
  2. the Processing model carbonclusters:city_cluster_carbon_study through qgis_process, with
     the walk-through's yearbook sheet (docs/examples/city_tables/yearbook_gdp.xlsx) as its
     optional city table: carbon_clusters_demo.gpkg (a layer per result, the sheet's
     unmatched rows printed), moran_scatterplots.html, transitions_2005_2020.html,
     change_2005_2020.tif
  3. a CSV per table and the scenario charts (PNG)
  4. scripts/make_demo_project.py: demo.qgz (styled layers and the carbon-profile layout) and
     the report: report.pdf, report.png, report.html
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from osgeo import gdal

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "resources" / "sample"
SAMPLE = SAMPLE_DIR / "carbon_clusters_sample.gpkg"
INPUT_FILES = ("carbon_clusters_sample.gpkg", "landcover_2005.tif", "landcover_2020.tif",
               "emissions_2020_1km.tif", "landcover_coefficients.csv")
YEARBOOK = ROOT / "docs" / "examples" / "city_tables" / "yearbook_gdp.xlsx"
YEARBOOK_SHEET = "地区生产总值"
QGIS_PROCESS = os.environ.get("QGIS_PROCESS", str(ROOT / "scripts" / "qgis_process"))
MODEL = "carbonclusters:city_cluster_carbon_study"

# model output (child:output) → layer of the demo GeoPackage
MODEL_LAYERS = {
    "indicators:indicators": "indicators",
    "city_year_sinks:city_year_sinks": "city_year_sinks",
    "moran:moran": "moran",
    "moran:lisa": "lisa_co2_2020",
    "grey_relational:grey_relational": "grey_relational",
    "industry_types:industry_types": "industry_types_2020",
    "industry_types:industry_profiles": "industry_profiles",
    "industry_types:industry_counts": "industry_counts",
    "decoupling:decoupling": "decoupling",
    "sinks_earlier:sinks_earlier": "sinks_2005",
    "sinks_later:sinks_later": "sinks_2020",
    "transitions:transitions": "transitions_2005_2020",
    "grid_to_cities:city_emissions_from_grid": "city_emissions_from_grid",
    "grid_to_cities:cities_from_grid": "cities_from_grid",
    "moran_from_grid:moran_from_grid": "moran_from_grid",
    "scenarios_clusters:scenarios_clusters": "scenarios_clusters",
    "scenarios_clusters:peaks_clusters": "peaks_clusters",
    "scenarios_clusters:stirpat_clusters": "stirpat_clusters",
    "scenarios_case:scenarios_case": "scenarios_czt",
    "scenarios_case:peaks_case": "peaks_czt",
    "city_table:city_table": "yearbook_gdp",
    "city_table:city_table_unmatched": "yearbook_gdp_unmatched",
    "city_year_imported:city_year_imported": "city_year_with_yearbook_gdp",
}
MODEL_FILES = {
    "moran:moran_scatterplots": "moran_scatterplots.html",
    "transitions:change_raster": "change_2005_2020.tif",
    "transitions:transition_matrices": "transitions_2005_2020.html",
}
TABLES = ["indicators", "moran", "grey_relational", "industry_profiles", "industry_counts",
          "decoupling", "sinks_2005", "sinks_2020", "transitions_2005_2020",
          "city_emissions_from_grid", "moran_from_grid", "scenarios_clusters",
          "peaks_clusters", "stirpat_clusters", "scenarios_czt", "peaks_czt",
          "yearbook_gdp_unmatched"]

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


def copy_inputs(folder: Path) -> Path:
    inputs = folder / "input"
    inputs.mkdir(parents=True, exist_ok=True)
    for name in INPUT_FILES:
        shutil.copy2(SAMPLE_DIR / name, inputs / name)
    shutil.copy2(YEARBOOK, inputs / YEARBOOK.name)
    return inputs


def run_model(inputs: Path, folder: Path, gpkg: Path):
    sample = inputs / "carbon_clusters_sample.gpkg"
    parameters = {
        "cities": f"{sample}|layername=cities",
        "city_year": f"{sample}|layername=city_year",
        "clusters": f"{sample}|layername=clusters",
        "landcover_earlier": inputs / "landcover_2005.tif",
        "landcover_later": inputs / "landcover_2020.tif",
        "emission_grids": inputs / "emissions_2020_1km.tif",
        "coefficients": inputs / "landcover_coefficients.csv",
        # GDP in 亿元 (unit 2, converted to 10⁴ yuan), the years as columns 2005年 …
        "city_table": f"{inputs / YEARBOOK.name}|layername={YEARBOOK_SHEET}",
        "city_table_city_field": "地区", "city_table_value_name": "gdp", "city_table_unit": 2,
    }
    for output, layer in MODEL_LAYERS.items():
        parameters[output] = f"ogr:dbname='{gpkg}' table=\"{layer}\" (geom)"
    for output, name in MODEL_FILES.items():
        parameters[output] = folder / name
    arguments = [f"{name}={value}" for name, value in parameters.items()]
    results = json.loads(qgis_process("run", MODEL, "--json", "--", *arguments))["results"]
    print(f"{MODEL} -> {gpkg.name} ({len(MODEL_LAYERS)} layers), "
          + ", ".join(MODEL_FILES.values()))
    return results


def to_csv(gpkg, layer, folder):
    csv = folder / f"{layer}.csv"
    gdal.VectorTranslate(str(csv), str(gpkg), format="CSV", layers=[layer],
                         options=["-lco", "STRING_QUOTING=IF_NEEDED"])
    return csv


def draw_scenario_charts(folder):
    """PNG charts of the emission trajectories, one panel per group, a line per scenario."""
    import pandas as pd

    sys.path.insert(0, str(ROOT))
    from carbon_clusters_plugin.charts.scenarios import draw_trajectories

    for layer in ("scenarios_clusters", "scenarios_czt"):
        table = pd.read_csv(folder / f"{layer}.csv")
        chart = draw_trajectories(table, folder / f"{layer}.png",
                                  title="CO₂ emissions by scenario (10⁴ t)")
        print(f"chart -> {Path(chart).name}")


def make_project(folder):
    """demo.qgz and the report, with QGIS's own Python (the system one on Debian)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    venv_sites = sorted((ROOT / ".venv" / "lib").glob("python3*/site-packages"))
    env["PYTHONPATH"] = os.pathsep.join([str(p) for p in venv_sites]
                                        + [env.get("PYTHONPATH", "")]).strip(os.pathsep)
    completed = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" /
                                                         "make_demo_project.py"), str(folder)],
                               env=env, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.exit(f"make_demo_project.py failed:\n{completed.stdout}\n{completed.stderr}")
    print(completed.stdout.strip())


def print_indicators(csv):
    import pandas as pd

    table = pd.read_csv(csv)
    shown = table[["group", "year", "emissions", "per_gdp", "per_capita", "per_builtup",
                   "sink", "emissions_norm"]]
    print(shown.to_string(index=False, float_format=lambda value: f"{value:,.2f}"))


def print_unmatched(csv):
    """The yearbook rows that matched no city: the table a user corrects the sheet from."""
    import pandas as pd

    table = pd.read_csv(csv, keep_default_na=False)
    print(f"\n{YEARBOOK.name}: {len(table)} row(s) matched no city (yearbook_gdp_unmatched):")
    print(table[["row", "value", "reason", "suggestion"]].to_string(index=False))


def main(folder):
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    gpkg = folder / "carbon_clusters_demo.gpkg"
    gpkg.unlink(missing_ok=True)
    inputs = copy_inputs(folder)
    enable_plugin("carbon_clusters_plugin")
    run_model(inputs, folder, gpkg)
    csvs = [to_csv(gpkg, table, folder) for table in TABLES]
    draw_scenario_charts(folder)
    make_project(folder)
    print_indicators(folder / "indicators.csv")
    print_unmatched(folder / "yearbook_gdp_unmatched.csv")
    print(f"\nResults in {folder}: {gpkg.name}, demo.qgz, report.pdf, report.html, "
          + ", ".join(c.name for c in csvs))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ROOT / "out" / "demo")
