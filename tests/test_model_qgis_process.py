"""The study model of the packaged plugin under qgis_process: listed, described with every
output, and run on the sample data and the example yearbook sheet into one GeoPackage with
clean JSON on stdout.

Needs `make package` first (make test does it)."""

import json
import shutil

import pytest
from conftest import ROOT, SAMPLE
from test_model import ALL_OUTPUTS, EXAMPLES, MODEL_ID, SHEET
from test_qgis_process import ZIP, call, environment  # noqa: F401 (environment: fixture)

pytestmark = pytest.mark.qgis_process

SAMPLE_DIR = ROOT / "resources" / "sample"


def test_model_is_in_the_packaged_plugin():
    import zipfile

    with zipfile.ZipFile(ZIP) as archive:
        assert "carbon_clusters_plugin/resources/models/city_cluster_carbon_study.model3" in \
            archive.namelist()


def test_model_is_listed_with_every_output(environment):  # noqa: F811
    assert MODEL_ID in call(environment, "list")
    text = call(environment, "help", MODEL_ID)
    for output in ALL_OUTPUTS:
        assert f"{output}:" in text, output


def test_model_runs_on_sample_data(environment, tmp_path):  # noqa: F811
    from osgeo import ogr

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for name in ("landcover_2005.tif", "landcover_2020.tif", "emissions_2020_1km.tif",
                 "landcover_coefficients.csv"):
        shutil.copy2(SAMPLE_DIR / name, inputs / name)
    sheet = shutil.copy2(EXAMPLES / "yearbook_gdp.xlsx", inputs / "yearbook_gdp.xlsx")
    gpkg = tmp_path / "study.gpkg"
    files = {"moran:moran_scatterplots": tmp_path / "moran.html",
             "transitions:transition_matrices": tmp_path / "transitions.html",
             "transitions:change_raster": tmp_path / "change.tif"}
    arguments = [f"cities={SAMPLE}|layername=cities", f"city_year={SAMPLE}|layername=city_year",
                 f"clusters={SAMPLE}|layername=clusters",
                 f"landcover_earlier={inputs / 'landcover_2005.tif'}",
                 f"landcover_later={inputs / 'landcover_2020.tif'}",
                 f"emission_grids={inputs / 'emissions_2020_1km.tif'}",
                 f"coefficients={inputs / 'landcover_coefficients.csv'}",
                 # the walk-through's yearbook sheet, GDP in 亿元 (unit 2) by year-named columns
                 f"city_table={sheet}|layername={SHEET}", "city_table_city_field=地区",
                 "city_table_value_name=gdp", "city_table_unit=2"]
    for output in sorted(ALL_OUTPUTS):
        if output in files:
            arguments.append(f"{output}={files[output]}")
        else:
            table = output.split(":")[1]
            arguments.append(f"{output}=ogr:dbname='{gpkg}' table=\"{table}\" (geom)")
    stdout = call(environment, "run", MODEL_ID, "--json", "--", *arguments)
    results = json.loads(stdout)["results"]   # nothing but JSON on stdout
    assert set(results) >= ALL_OUTPUTS
    assert all(path.stat().st_size > 0 for path in files.values())
    dataset = ogr.Open(str(gpkg))
    counts = {dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount()
              for i in range(dataset.GetLayerCount())}
    assert counts["indicators"] == 20 and counts["moran"] == 24
    assert counts["city_year_sinks"] == 440 and counts["lisa"] == 110
    # 14 of the sheet's 16 rows are cities (its total row and a misspelt name are not), 4 years
    assert counts["city_table"] == 14 * 4 and counts["city_table_unmatched"] == 2
    assert counts["city_year_imported"] == 440
    indicators = dataset.GetLayerByName("indicators")
    indicators.SetAttributeFilter("\"group\" = 'YRD' AND \"year\" = 2005")
    row = indicators.GetNextFeature()
    # the reference sink, 1 064.4 x 10^4 t C, in 10^4 t CO2
    assert row.GetField("sink") == pytest.approx(1064.4 * 44 / 12, abs=0.2)
    assert not list(inputs.glob("landcover_*.aux.xml"))
