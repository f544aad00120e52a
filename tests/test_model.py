"""The shipped Processing model of the whole study: registered, valid, chained, reproducible from
its generator, and running on the sample data with every output."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

from carbon_clusters_plugin.compat import MODEL_SOURCE_CHILD_OUTPUT, MODEL_SOURCE_MODEL_PARAMETER

MODEL_ID = "carbonclusters:city_cluster_carbon_study"
MODEL_FILE = ROOT / "resources" / "models" / "city_cluster_carbon_study.model3"
SAMPLE_DIR = ROOT / "resources" / "sample"
CLUSTERS = {"YRD", "BTH", "PRD", "CY", "MY"}
# Reference sinks (10^4 t C/yr) the sample land cover is calibrated to, 2005 and 2020.
REFERENCE_SINKS_TC = {"YRD": (1064.4, 1033.4), "BTH": (408.6, 418.1), "PRD": (261.9, 255.4),
                      "CY": (547.4, 611.9), "MY": (1306.3, 1296.9)}
CO2_PER_C = 44 / 12
OUTPUTS = {
    "city_year_sinks:city_year_sinks", "indicators:indicators", "moran:moran", "moran:lisa",
    "moran:moran_scatterplots", "grey_relational:grey_relational",
    "industry_types:industry_types", "industry_types:industry_profiles",
    "industry_types:industry_counts", "decoupling:decoupling", "sinks_earlier:sinks_earlier",
    "sinks_later:sinks_later", "transitions:transitions", "transitions:change_raster",
    "transitions:transition_matrices", "grid_to_cities:city_emissions_from_grid",
    "grid_to_cities:cities_from_grid", "moran_from_grid:moran_from_grid",
    "scenarios_clusters:scenarios_clusters", "scenarios_clusters:peaks_clusters",
    "scenarios_clusters:stirpat_clusters", "scenarios_case:scenarios_case",
    "scenarios_case:peaks_case"}
# Written only when a yearbook or inventory table is given (a conditional branch).
IMPORT_OUTPUTS = {"city_table:city_table", "city_table:city_table_unmatched",
                  "city_year_imported:city_year_imported"}
ALL_OUTPUTS = OUTPUTS | IMPORT_OUTPUTS
EXAMPLES = ROOT / "docs" / "examples" / "city_tables"
PREFECTURES = ROOT / "resources" / "cities" / "china_prefectures.gpkg"
# Field parameters that name a field made by an earlier child instead of a model input.
FIELDS_MADE_BY_THE_MODEL = {
    ("join_sinks_earlier", "FIELD_2"), ("join_sinks_earlier", "FIELDS_TO_COPY"),
    ("join_sinks_later", "FIELD_2"), ("join_sinks_later", "FIELDS_TO_COPY"),
    ("city_year_sinks", "COLUMN"), ("indicators", "SINK_FIELD"), ("moran_from_grid", "FIELD"),
    ("join_city_table", "FIELD"), ("join_city_table", "FIELD_2"),
    ("join_city_table", "FIELDS_TO_COPY"), ("city_year_imported", "COLUMN")}


@pytest.fixture(scope="module")
def model(plugin):
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(MODEL_ID)


def test_model_is_registered_with_the_provider(model):
    assert model is not None, f"{MODEL_ID} is not in the registry"
    assert model.provider().id() == "carbonclusters"
    assert model.provider().name() == "Carbon clusters"
    assert model.displayName() == "City-cluster carbon study / 城市群碳排放研究"
    # the instance the toolbox and `qgis_process help` show has every output, although the
    # file was first read while the provider's own algorithms were not registered yet
    assert {d.name() for d in model.destinationParameterDefinitions()} == ALL_OUTPUTS
    assert model.shortHelpString()


def test_model_validates(model):
    valid, issues = model.validate()
    assert valid, issues
    for child_id in model.childAlgorithms():
        valid, issues = model.validateChildAlgorithm(child_id)
        assert valid, (child_id, issues)


def test_children_are_chained_to_inputs_and_outputs(model):
    """No child reads a fixed layer or file: every layer comes from a model input or another
    child; every child's result is a model output or feeds another child (a condition feeds
    the children of its branch)."""
    from qgis.core import (
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterFile,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterRasterLayer,
    )

    layer_types = (QgsProcessingParameterFeatureSource, QgsProcessingParameterRasterLayer,
                   QgsProcessingParameterMultipleLayers, QgsProcessingParameterFile)
    linked = (MODEL_SOURCE_MODEL_PARAMETER,
              MODEL_SOURCE_CHILD_OUTPUT)
    consumed = set()
    children = model.childAlgorithms()
    for child_id, child in children.items():
        algorithm = child.algorithm()
        consumed.update(dependency.childId for dependency in child.dependencies())
        for name, sources in child.parameterSources().items():
            definition = algorithm.parameterDefinition(name)
            for source in sources:
                if source.source() == MODEL_SOURCE_CHILD_OUTPUT:
                    consumed.add(source.outputChildId())
                if isinstance(definition, layer_types):
                    assert source.source() in linked, (child_id, name)
                if isinstance(definition, QgsProcessingParameterField) and \
                        source.source() != linked[0]:
                    # fixed field names only where a previous child made the field
                    assert (child_id, name) in FIELDS_MADE_BY_THE_MODEL, (child_id, name)
    for child_id, child in children.items():
        assert child.modelOutputs() or child_id in consumed, f"{child_id} leads nowhere"
    assert {"city_year_sinks", "grid_to_cities", "later_year_rows", "case_rows"} <= consumed


def test_import_steps_hang_on_the_table_given_branch(model):
    """The import runs only when the table is given: citytable and the key of the city-year
    rows depend on the condition's branch, the rest on their outputs."""
    children = model.childAlgorithms()
    condition = children["city_table_given"]
    assert condition.algorithmId() == "native:condition"
    branches = condition.configuration()["conditions"]
    assert [b["name"] for b in branches] == ["table given"]
    for child_id in ("city_table", "city_year_keys"):
        assert [(d.childId, d.conditionalBranch) for d in
                children[child_id].dependencies()] == [("city_table_given", "table given")]
    for child_id in ("city_table_keys", "join_city_table", "city_year_imported"):
        assert not children[child_id].dependencies()
    # the band of the import lies below every other child and input of the canvas
    band = {"city_table_given", "city_table", "city_year_keys", "city_table_keys",
            "join_city_table", "city_year_imported"}
    top_of_band = min(children[c].position().y() for c in band)
    others = [children[c].position().y() for c in children if c not in band]
    others += [component.position().y() for name, component in
               model.parameterComponents().items() if not name.startswith("city_table")]
    assert top_of_band > max(others)


@pytest.mark.parametrize("given", ["path", "layer object", "layer id", "empty text", "none",
                                   "left out"])
def test_the_table_counts_as_given_however_the_caller_gives_it(model, given):
    """The branch's expression on the values a table input takes: a path (qgis_process), a
    layer or its id (the dialog, PyQGIS), an empty text (an emptied field), NULL or nothing."""
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelParameter,
        QgsProject,
        QgsVectorLayer,
    )

    condition = model.childAlgorithms()["city_table_given"]
    probe = QgsProcessingModelAlgorithm("probe", "tests")
    definition = model.parameterDefinition("city_table").clone()
    probe.addModelParameter(definition, QgsProcessingModelParameter("city_table"))
    child = QgsProcessingModelChildAlgorithm("native:condition")
    child.setChildId("given")
    child.setConfiguration(condition.configuration())
    probe.addChildAlgorithm(child)
    path = f"{EXAMPLES / 'inventory_co2.csv'}"
    layer = QgsVectorLayer(path, "inventory", "ogr")
    assert layer.isValid()
    project = QgsProject()
    project.addMapLayer(layer)
    values = {"path": path, "layer object": layer, "layer id": layer.id(), "empty text": "",
              "none": None}
    parameters = {"city_table": values[given]} if given in values else {}
    context = QgsProcessingContext()
    context.setProject(project)
    results, ok = probe.run(parameters, context, QgsProcessingFeedback())
    assert ok
    expected = given in ("path", "layer object", "layer id")
    assert results["CHILD_RESULTS"]["given"]["table given"] == expected


def model_meaning(path):
    """What a model says, independent of how its file is written: its inputs, and for each
    child the algorithm, where every parameter value comes from and the outputs it exposes."""
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path)), path
    # Destination parameters are derived from the children's outputs (compared below), and
    # their names are spelled differently by different QGIS versions.
    inputs = sorted((p.name(), p.type(), p.description(), repr(p.defaultValue()))
                    for p in model.parameterDefinitions() if not p.isDestination())
    children = {}
    for child_id, child in model.childAlgorithms().items():
        sources = {name: sorted(describe_source(s) for s in values)
                   for name, values in child.parameterSources().items()}
        outputs = sorted((name, output.childOutputName(), output.description())
                         for name, output in child.modelOutputs().items())
        children[child_id] = (child.algorithmId(), child.isActive(), sources, outputs)
    return model.name(), model.group(), inputs, children


def describe_source(source):
    from carbon_clusters_plugin.compat import (
        MODEL_SOURCE_EXPRESSION,
        MODEL_SOURCE_STATIC_VALUE,
    )

    kind = source.source()
    if kind == MODEL_SOURCE_MODEL_PARAMETER:
        return ("input", source.parameterName())
    if kind == MODEL_SOURCE_CHILD_OUTPUT:
        return ("child output", source.outputChildId(), source.outputName())
    if kind == MODEL_SOURCE_STATIC_VALUE:
        return ("value", repr(source.staticValue()))
    if kind == MODEL_SOURCE_EXPRESSION:
        return ("expression", source.expression())
    raise AssertionError(f"unexpected model source {kind!r}")


def test_generator_reproduces_the_committed_model(tmp_path, plugin):
    written = tmp_path / "model.model3"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_model.py"), "-o", str(written)],
        capture_output=True, text=True, timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    generated, committed = model_meaning(written), model_meaning(MODEL_FILE)
    stale = "resources/models/*.model3 is stale: run scripts/make_model.py"
    assert generated[:3] == committed[:3], stale
    assert generated[3].keys() == committed[3].keys()
    for child_id in committed[3]:
        assert generated[3][child_id] == committed[3][child_id], \
            f"{child_id}: {stale}"
    assert len(committed[3]) >= 15


def model_parameters(inputs, gpkg, out):
    """The model's layers (the rasters copied into ``inputs``) and every output in ``out``;
    fields and options left to the model's defaults."""
    for name in ("landcover_2005.tif", "landcover_2020.tif", "emissions_2020_1km.tif"):
        shutil.copy2(SAMPLE_DIR / name, inputs / name)
    parameters = {
        "cities": f"{gpkg}|layername=cities", "city_year": f"{gpkg}|layername=city_year",
        "clusters": f"{gpkg}|layername=clusters",
        "landcover_earlier": str(inputs / "landcover_2005.tif"),
        "landcover_later": str(inputs / "landcover_2020.tif"),
        "emission_grids": [str(inputs / "emissions_2020_1km.tif")]}
    for output in ALL_OUTPUTS:
        extension = {"moran:moran_scatterplots": "html", "transitions:transition_matrices":
                     "html", "transitions:change_raster": "tif"}.get(output, "gpkg")
        parameters[output] = str(out / f"{output.split(':')[1]}.{extension}")
    return parameters


@pytest.fixture(scope="module")
def results(plugin, tmp_path_factory):
    """One run on the sample data, inputs copied so nothing is written beside them; only the
    layers are given, every field and option is the model's default."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    inputs = tmp_path_factory.mktemp("model-inputs")
    shutil.copy2(SAMPLE_DIR / "landcover_coefficients.csv", inputs)
    outputs = tmp_path_factory.mktemp("model-outputs")
    parameters = model_parameters(inputs, SAMPLE, outputs)
    parameters["coefficients"] = str(inputs / "landcover_coefficients.csv")
    result = processing.run(MODEL_ID, parameters, context=QgsProcessingContext(),
                            feedback=QgsProcessingFeedback())
    return {"results": result, "inputs": inputs, "outputs": outputs}


def rows(results, output):
    from qgis.core import QgsVectorLayer

    path = results["results"][output]
    layer = QgsVectorLayer(path, output, "ogr")
    assert layer.isValid(), (output, path, describe_file(path))
    return [dict(zip(layer.fields().names(), feature.attributes()))
            for feature in layer.getFeatures()]


def describe_file(path):
    """What is at ``path``: for an assertion message when an output cannot be opened."""
    from osgeo import ogr

    file = Path(str(path).split("|")[0])
    if not file.exists():
        return "no such file; folder holds " + ", ".join(sorted(
            p.name for p in file.parent.iterdir())) if file.parent.exists() else "no folder"
    dataset = ogr.Open(str(file))
    if dataset is None:
        return f"{file.stat().st_size} bytes that OGR cannot open"
    return f"{file.stat().st_size} bytes, tables " + ", ".join(
        dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount()))


def null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def test_model_writes_every_output(results):
    assert set(results["results"]) >= OUTPUTS
    for output in OUTPUTS:
        assert os.path.getsize(results["results"][output]) > 0, output
    assert not list(results["inputs"].glob("landcover_*.aux.xml"))


def test_without_a_table_the_import_is_skipped(results):
    """No yearbook or inventory: its three outputs are not written, asked for as they were."""
    assert not IMPORT_OUTPUTS & set(results["results"])
    assert not any((results["outputs"] / f"{output.split(':')[1]}.gpkg").exists()
                   for output in IMPORT_OUTPUTS)


def test_indicators_carry_the_sinks_of_both_land_covers(results):
    indicators = {(r["group"], int(r["year"])): r for r in rows(results, "indicators:indicators")}
    assert set(indicators) == {(c, y) for c in CLUSTERS for y in (2005, 2010, 2015, 2020)}
    assert indicators[("PRD", 2020)]["emissions"] == pytest.approx(41623)
    for cluster, (sink_2005, sink_2020) in REFERENCE_SINKS_TC.items():
        # t CO2 of the sink accounting -> the emission unit, 10^4 t CO2
        assert indicators[(cluster, 2005)]["sink"] == pytest.approx(sink_2005 * CO2_PER_C,
                                                                    abs=0.2)
        assert indicators[(cluster, 2020)]["sink"] == pytest.approx(sink_2020 * CO2_PER_C,
                                                                    abs=0.2)
        assert null(indicators[(cluster, 2010)]["sink"])   # no land cover of that year
        row = indicators[(cluster, 2020)]
        assert row["net"] == pytest.approx(row["emissions"] - row["sink"])
    city_year = rows(results, "city_year_sinks:city_year_sinks")
    assert len(city_year) == 440
    assert not {"earlier_sink", "later_sink"} & set(city_year[0])
    assert sum(not null(r["sink"]) for r in city_year) == 220


def test_cluster_sinks_equal_the_sum_of_their_cities(results):
    for period, index in (("earlier", 0), ("later", 1)):
        table = rows(results, f"sinks_{period}:sinks_{period}")
        assert len(table) == 5 * 6 and {r["zone"] for r in table} == CLUSTERS
        for cluster, sinks in REFERENCE_SINKS_TC.items():
            total = sum(r["sink_tco2"] for r in table if r["zone"] == cluster)
            assert total / 1e4 / CO2_PER_C == pytest.approx(sinks[index], abs=0.05)


def test_spatial_and_socioeconomic_outputs(results):
    moran = rows(results, "moran:moran")
    assert len(moran) == 6 * 4
    assert {r["group"] for r in moran} == CLUSTERS | {"ALL"}
    assert {r["field"] for r in moran} == {"co2_2005", "co2_2010", "co2_2015", "co2_2020"}
    lisa = rows(results, "moran:lisa")
    assert len(lisa) == 110 and {"lisa_i", "lisa_p", "lisa_cluster"} <= set(lisa[0])
    grey = rows(results, "grey_relational:grey_relational")
    assert len(grey) == 6 * 4 * 4     # (5 clusters + ALL) x 4 years x 4 factors
    types = rows(results, "industry_types:industry_types")
    assert len(types) == 110 and {int(r["year"]) for r in types} == {2020}
    counts = rows(results, "industry_types:industry_counts")
    assert sum(r["count"] for r in counts) == 110
    assert len(rows(results, "industry_types:industry_profiles")) == 4
    decoupling = rows(results, "decoupling:decoupling")
    assert len(decoupling) == 5 * 4   # 3 consecutive periods and first -> last per cluster


def test_land_and_grid_outputs(results):
    from qgis.core import QgsRasterLayer

    transitions = rows(results, "transitions:transitions")
    assert {r["zone"] for r in transitions} == CLUSTERS
    assert QgsRasterLayer(results["results"]["transitions:change_raster"], "c").isValid()
    for html in ("transitions:transition_matrices", "moran:moran_scatterplots"):
        with open(results["results"][html], encoding="utf-8") as handle:
            assert "<html" in handle.read(500).lower(), html
    grid = rows(results, "grid_to_cities:city_emissions_from_grid")
    assert len(grid) == 110
    assert sum(r["total"] for r in grid) == pytest.approx(512155, abs=0.1)
    assert len(rows(results, "grid_to_cities:cities_from_grid")) == 110
    moran_grid = rows(results, "moran_from_grid:moran_from_grid")
    assert {r["group"] for r in moran_grid} == CLUSTERS | {"ALL"}


def test_scenario_outputs(results):
    peaks = rows(results, "scenarios_clusters:peaks_clusters")
    assert {r["group"] for r in peaks} >= CLUSTERS
    assert len(rows(results, "scenarios_clusters:stirpat_clusters")) >= 1
    assert len(rows(results, "scenarios_clusters:scenarios_clusters")) > len(peaks)
    case = rows(results, "scenarios_case:peaks_case")
    assert {r["group"] for r in case} == {"Changsha", "Zhuzhou", "Xiangtan", "ALL"}
    assert rows(results, "scenarios_case:scenarios_case")


YEARS = (2005, 2010, 2015, 2020)
SHEET = "地区生产总值"


@pytest.fixture(scope="module")
def yearbook_results(plugin, tmp_path_factory):
    """The run of the README's walk-through: the sample and the example yearbook sheet (GDP in
    亿元, years as columns)."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    inputs = tmp_path_factory.mktemp("model-yearbook-inputs")
    sheet = shutil.copy2(EXAMPLES / "yearbook_gdp.xlsx", inputs / "yearbook_gdp.xlsx")
    parameters = model_parameters(inputs, SAMPLE, tmp_path_factory.mktemp("model-yearbook"))
    parameters.update(city_table=f"{sheet}|layername={SHEET}", city_table_city_field="地区",
                      city_table_value_name="gdp", city_table_unit=2)   # 亿元 -> 10^4 yuan
    result = processing.run(MODEL_ID, parameters, context=QgsProcessingContext(),
                            feedback=QgsProcessingFeedback())
    return {"results": result}


def yearbook_expected():
    """From the example sheet and the bundled city layer, read with GDAL alone: the rows no
    unit's name accounts for, [(row, name as written)], and {(code, year): GDP in 10^4 yuan}
    of the others. A name counts without its spaces (full-width too), a leading province and
    a trailing 市."""
    from osgeo import ogr

    cities = ogr.Open(str(PREFECTURES))   # the layers live as long as their dataset
    units = [(f["name_zh"], f["code"], f["province_zh"])
             for f in cities.GetLayerByName("prefectures")]
    codes = {name: code for name, code, _ in units}
    provinces = {province for _, _, province in units}
    unmatched, values = [], {}
    workbook = ogr.Open(str(EXAMPLES / "yearbook_gdp.xlsx"))
    for row, feature in enumerate(workbook.GetLayerByName(SHEET), start=1):  # after the header
        written = feature["地区"]
        name = "".join(written.split())
        for province in provinces:
            name = name[len(province):] if name.startswith(province) else name
        code = codes.get(name, codes.get(name + "市"))
        if code is None:
            unmatched.append((row, written))
            continue
        for year in YEARS:
            values[(code, year)] = feature[f"{year}年"] * 1e4
    return unmatched, values


def test_a_yearbook_sheet_through_the_model(yearbook_results):
    unmatched, values = yearbook_expected()
    # the sheet's total row and its misspelt name, as its generator wrote them
    assert [name for _, name in unmatched] == ["连云岗", "全省合计"]
    assert set(yearbook_results["results"]) >= ALL_OUTPUTS
    table = rows(yearbook_results, "city_table:city_table_unmatched")
    assert [(r["row"], r["value"]) for r in table] == unmatched
    reasons = {r["value"]: r for r in table}
    assert "total" in reasons["全省合计"]["reason"]
    assert "连云港市" in reasons["连云岗"]["suggestion"]
    joined = rows(yearbook_results, "city_table:city_table")
    assert len(joined) == len(values) == 14 * 4
    assert {(r["code"], r["year"]): r["gdp"] for r in joined} == pytest.approx(values)


def test_the_imported_values_join_the_city_year_table(yearbook_results):
    """Onto every row of the city-year table by code and year, NULL where the sheet has no
    city; the sheet's GDP is the sample's rounded to 0.01 亿元 (100 x 10^4 yuan)."""
    from qgis.core import QgsVectorLayer

    _, values = yearbook_expected()
    city_year = QgsVectorLayer(f"{SAMPLE}|layername=city_year", "city_year", "ogr")
    sample_gdp = {(f["code"], f["year"]): f["gdp"] for f in city_year.getFeatures()}
    table = rows(yearbook_results, "city_year_imported:city_year_imported")
    assert len(table) == city_year.featureCount() == 440
    assert list(table[0]) == city_year.fields().names() + ["imported_gdp"]
    imported = {(r["code"], r["year"]): r["imported_gdp"] for r in table
                if not null(r["imported_gdp"])}
    assert imported == pytest.approx(values)
    for key, gdp in imported.items():
        assert gdp == pytest.approx(sample_gdp[key], abs=50)
    # the run's other outputs are those of a run without the table
    assert len(rows(yearbook_results, "indicators:indicators")) == 20


def test_a_failing_step_takes_the_outputs_of_the_earlier_steps_with_it(plugin, tmp_path):
    """The case-study filter is read by one of the last steps: when it is wrong, the tables
    the earlier steps wrote are removed too, and the inputs stay as they were."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    gpkg = Path(shutil.copy2(SAMPLE, inputs / "sample.gpkg"))
    out = tmp_path / "outputs"
    out.mkdir()
    parameters = model_parameters(inputs, gpkg, out)
    parameters["case_filter"] = '"name_en" IN (\'Changsha\''  # unbalanced: fails when used
    before = sorted(p.name for p in inputs.iterdir())
    with pytest.raises(QgsProcessingException):
        processing.run(MODEL_ID, parameters, context=QgsProcessingContext(),
                       feedback=QgsProcessingFeedback())
    assert not list(out.iterdir()), sorted(p.name for p in out.iterdir())
    assert sorted(p.name for p in inputs.iterdir()) == before


def test_a_table_without_its_city_field_stops_the_run(plugin, tmp_path):
    """A Processing model checks its children's inputs less than a run of their own: the
    table given without its city field is refused by name, not sent row by row to UNMATCHED,
    and the outputs of the steps before are removed."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    sheet = shutil.copy2(EXAMPLES / "yearbook_gdp.xlsx", inputs / "yearbook_gdp.xlsx")
    out = tmp_path / "outputs"
    out.mkdir()
    parameters = model_parameters(inputs, SAMPLE, out)
    parameters["city_table"] = f"{sheet}|layername={SHEET}"

    class Errors(QgsProcessingFeedback):   # the model's exception names only the step
        reported = []

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            self.reported.append(error)

    feedback = Errors()
    with pytest.raises(QgsProcessingException) as error:
        processing.run(MODEL_ID, parameters, context=QgsProcessingContext(), feedback=feedback)
    assert "Join the yearbook or inventory table" in str(error.value)
    # QGIS 3.22 reports the step's own message to the feedback; 3.40 and later put it into
    # the model's exception
    assert any('Table "yearbook_gdp": no city field is chosen' in text
               for text in [str(error.value), *feedback.reported]), \
        (str(error.value), feedback.reported)
    assert not list(out.iterdir()), sorted(p.name for p in out.iterdir())
