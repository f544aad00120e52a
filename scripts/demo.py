"""The full analysis on the bundled sample data, through qgis_process, as a scripting user runs it.

Run by `make demo`, which builds the plugin and sets QGIS_PLUGINPATH, QGIS_CUSTOM_CONFIG_PATH
(a profile of our own) and QGIS_PROCESS. Writes everything under the output folder (default
out/demo): one GeoPackage with a layer per result, and a CSV per table.
"""

import json
import os
import shutil
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


def run(algorithm, gpkg, layers, files=None, **parameters):
    """Runs an algorithm: each output in ``layers`` becomes a layer of the demo GeoPackage,
    each one in ``files`` a file path."""
    for output, layer in layers.items():
        parameters[output] = f"ogr:dbname='{gpkg}' table=\"{layer}\" (geom)"
    parameters.update(files or {})
    arguments = [f"{name}={value}" for name, value in parameters.items()]
    results = json.loads(qgis_process("run", algorithm, "--json", "--", *arguments))
    print(f"{algorithm} -> " + ", ".join(list(layers.values()) +
                                        [Path(f).name for f in (files or {}).values()]))
    return results["results"]


def to_csv(gpkg, layer, folder):
    csv = folder / f"{layer}.csv"
    gdal.VectorTranslate(str(csv), str(gpkg), format="CSV", layers=[layer],
                         options=["-lco", "STRING_QUOTING=IF_NEEDED"])
    return csv


def main(folder):
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    gpkg = folder / "carbon_clusters_demo.gpkg"
    gpkg.unlink(missing_ok=True)
    sample = working_copy(folder)
    cities, city_year = f"{sample}|layername=cities", f"{sample}|layername=city_year"
    clusters = f"{sample}|layername=clusters"
    enable_plugin("carbon_clusters_plugin")

    run("carbonclusters:indicators", gpkg, {"OUTPUT": "indicators"},
        INPUT=city_year, GROUP_FIELD="cluster", YEAR_FIELD="year",
        EMISSION_FIELD="co2_total", GDP_FIELD="gdp", POPULATION_FIELD="population",
        AREA_FIELD="area_km2", BUILTUP_FIELD="builtup_km2",
        COMPONENT_FIELDS=";".join(COMPONENTS))
    run("carbonclusters:moransi", gpkg, {"OUTPUT": "moran", "OUTPUT_LISA": "lisa_co2_2020"},
        {"OUTPUT_HTML": folder / "moran_scatterplots.html"},
        INPUT=cities, FIELD="co2_2020;co2_2005;co2_2010;co2_2015", GROUP_FIELD="cluster",
        LABEL_FIELD="name_en")
    run("carbonclusters:greyrelational", gpkg, {"OUTPUT": "grey_relational"},
        INPUT=city_year, REFERENCE_FIELD="co2_total",
        COMPARISON_FIELDS="gdp;population;secondary_share;urbanisation",
        GROUP_FIELD="cluster", YEAR_FIELD="year")
    run("carbonclusters:industryclusters", gpkg,
        {"OUTPUT": "industry_types_2020", "OUTPUT_PROFILES": "industry_profiles",
         "OUTPUT_COUNTS": "industry_counts"},
        INPUT=f"{city_year}|subset=\"year\" = 2020",
        FIELDS="share_energy;share_heavy;share_light;share_hightech", GROUP_FIELD="cluster")
    run("carbonclusters:decoupling", gpkg, {"OUTPUT": "decoupling"},
        INPUT=city_year, GROUP_FIELD="cluster", YEAR_FIELD="year",
        EMISSION_FIELD="co2_total", GDP_FIELD="gdp")
    for year in (2005, 2020):
        run("carbonclusters:sinkaccounting", gpkg, {"OUTPUT": f"sinks_{year}"},
            INPUT=SAMPLE.parent / f"landcover_{year}.tif", ZONES=clusters,
            ZONE_FIELD="cluster", COEFFICIENTS=SAMPLE.parent / "landcover_coefficients.csv")
    run("carbonclusters:landtransition", gpkg, {"OUTPUT": "transitions_2005_2020"},
        {"OUTPUT_HTML": folder / "transitions_2005_2020.html",
         "OUTPUT_CHANGE": folder / "change_2005_2020.tif"},
        FROM_RASTER=SAMPLE.parent / "landcover_2005.tif",
        TO_RASTER=SAMPLE.parent / "landcover_2020.tif", ZONES=clusters, ZONE_FIELD="cluster")

    # From a gridded inventory to the city table, then on to an analysis of it
    run("carbonclusters:gridtozones", gpkg,
        {"OUTPUT": "city_emissions_from_grid", "OUTPUT_ZONES": "cities_from_grid"},
        INPUT=SAMPLE.parent / "emissions_2020_1km.tif", ZONES=cities, ZONE_FIELD="code",
        SCALE=0.0001)
    run("carbonclusters:moransi", gpkg, {"OUTPUT": "moran_from_grid"},
        INPUT=f"{gpkg}|layername=cities_from_grid", FIELD="total", GROUP_FIELD="cluster")

    # Peaking scenarios: the five clusters, and Changsha–Zhuzhou–Xiangtan (the second study)
    scenario_inputs = dict(
        GROUP_FIELD="cluster", YEAR_FIELD="year", BASE_YEAR=2020, EMISSION_FIELD="co2_total",
        GDP_FIELD="gdp", POPULATION_FIELD="population", BUILTUP_FIELD="builtup_km2",
        INDUSTRY_SHARE_FIELD="secondary_share", URBANISATION_FIELD="urbanisation",
        BUILDINGS_FIELDS="co2_services;co2_hh_urban;co2_hh_rural",
        TRANSPORT_FIELDS="co2_transport", PRESET=0, END_YEAR=2060)
    run("carbonclusters:peakscenario", gpkg,
        {"OUTPUT": "scenarios_clusters", "OUTPUT_PEAKS": "peaks_clusters",
         "OUTPUT_STIRPAT": "stirpat_clusters"},
        INPUT=city_year, STIRPAT="true", **scenario_inputs)
    czt = dict(scenario_inputs, GROUP_FIELD="name_en", ADD_TOTAL="true")
    run("carbonclusters:peakscenario", gpkg,
        {"OUTPUT": "scenarios_czt", "OUTPUT_PEAKS": "peaks_czt"},
        INPUT=f"{city_year}|subset=\"name_en\" IN ('Changsha','Zhuzhou','Xiangtan')", **czt)
    draw_scenario_charts(gpkg, folder)

    tables = ["indicators", "moran", "grey_relational", "industry_profiles",
              "industry_counts", "decoupling", "sinks_2005", "sinks_2020",
              "transitions_2005_2020", "city_emissions_from_grid", "moran_from_grid",
              "scenarios_clusters", "peaks_clusters", "stirpat_clusters", "scenarios_czt",
              "peaks_czt"]
    csvs = [to_csv(gpkg, table, folder) for table in tables]
    print_indicators(folder / "indicators.csv")
    print(f"\nResults in {folder}: {gpkg.name}, " + ", ".join(c.name for c in csvs))


def draw_scenario_charts(gpkg, folder):
    """PNG charts of the emission trajectories, one panel per group, a line per scenario."""
    import pandas as pd

    sys.path.insert(0, str(ROOT))
    from carbon_clusters_plugin.analysis.scenario_chart import draw_trajectories

    for layer in ("scenarios_clusters", "scenarios_czt"):
        table = pd.read_csv(to_csv(gpkg, layer, folder))
        chart = draw_trajectories(table, folder / f"{layer}.png",
                                  title="CO₂ emissions by scenario (10⁴ t)")
        print(f"chart -> {Path(chart).name}")


def working_copy(folder):
    """QGIS's OGR provider touches a GeoPackage it reads; the demo reads a copy."""
    copy = folder / "input" / SAMPLE.name
    copy.parent.mkdir(exist_ok=True)
    shutil.copy2(SAMPLE, copy)
    return copy


def print_indicators(csv):
    import pandas as pd

    table = pd.read_csv(csv)
    shown = table[["group", "year", "emissions", "per_gdp", "per_capita", "per_builtup",
                   "emissions_norm"]]
    print(shown.to_string(index=False, float_format=lambda value: f"{value:,.2f}"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ROOT / "out" / "demo")
