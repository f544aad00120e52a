"""Writes resources/models/city_cluster_carbon_study.model3, the Processing model of the study.

    .venv/bin/python scripts/make_model.py            # rewrites the committed model
    .venv/bin/python scripts/make_model.py -o PATH    # writes elsewhere

The model runs the whole method of the reference study on a cities layer, a city-year table,
a clusters layer, two land-cover rasters and a gridded inventory, each result a model output:

* carbon sinks per city on both land-cover rasters (sinkaccounting), summed per city
  (native:aggregate, in the emission unit) and joined onto the city-year table by city code
  (native:joinattributestable), where a field calculator puts the earlier raster's sink on the
  earlier year's rows and the later one's on the later year's (other years: NULL); that table
  feeds the indicators, whose ``sink``, ``net`` and ``sink_ratio`` drive the dock's emissions vs
  sinks chart;
* Moran's I of the city emissions per cluster and for all, with the LISA map of the first field;
* grey relational grades of emissions against socio-economic factors per cluster and year;
* industrial types: the city-year table filtered to the later year (native:extractbyattribute),
  then K-means on the industry shares, counted per cluster;
* Tapio decoupling; class areas and sinks per cluster on both rasters; the land-use transition
  matrix between them (table, change raster, HTML);
* the gridded inventory summed over the cities (gridtozones), whose city layer goes on to
  Moran's I of the gridded totals;
* peaking scenarios of the clusters (with STIRPAT) and of a case (a filter expression on the
  city-year table, by default Changsha-Zhuzhou-Xiangtan) with its total;
* optionally, a yearbook or inventory table through citytable (joined table and UNMATCHED
  rows), its values joined onto the city-year table by code and year: a band of children
  below the others that a native:condition branch skips when no table is given. The joined
  values do not reach this run's indicators (a model has no step that takes one table or
  the other); that city-year table is the input of the next run.

Every child reads the model's inputs or an earlier child's output, so the model runs in one go
from the toolbox, the graphical modeler or qgis_process. The generator needs QGIS (native
algorithms) and the plugin's provider, which it registers from the source tree.
"""

import argparse
import os
import sys
from pathlib import Path

# Qt writes XML attributes in hash order: a fixed seed makes the file byte-identical run to run.
os.environ["QT_HASH_SEED"] = "0"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from carbon_clusters_plugin import compat  # noqa: E402

MODEL_PATH = ROOT / "resources" / "models" / "city_cluster_carbon_study.model3"
MODEL_NAME = "City-cluster carbon study / 城市群碳排放研究"

COMPONENTS = ["co2_ind_energy", "co2_ind_process", "co2_agriculture", "co2_services",
              "co2_hh_urban", "co2_hh_rural", "co2_transport", "co2_indirect"]

# Layout of the modeler canvas: inputs in the two left columns, then one column per stage.
INPUT_X, FIELD_X, ROW = 120.0, 380.0, 58.0
STAGE_X = (720.0, 1150.0, 1580.0, 2010.0)
TOP, CHILD_ROW, BAND_GAP = 80.0, 150.0, 60.0

HELP = (
    "<p>The whole analysis of the reference study of China's city clusters in one run: "
    "indicators (totals, per GDP, per capita, per km² of total and built-up land, "
    "composition, sinks, radar values) per cluster and year; global Moran's I per cluster and "
    "for all cities, with the local Moran (LISA) map; grey relational grades of emissions "
    "against socio-economic factors; industrial types of the later year (K-means) and their "
    "counts per cluster; Tapio decoupling; class areas and carbon sinks per cluster on the "
    "earlier and later land-cover rasters; the land-use transition matrix between them; a "
    "gridded inventory summed over the cities and its Moran's I; peaking scenarios of the "
    "clusters and of a case (Changsha–Zhuzhou–Xiangtan by default).</p>"
    "<p>Carbon sinks per city are computed on both land-cover rasters, converted to the "
    "emission unit and joined onto the city-year table (the earlier raster's sink on the rows "
    "of the earlier year, the later raster's on the later year's, NULL in other years), so "
    "that the indicators carry <b>sink</b>, <b>net</b> and <b>sink_ratio</b>.</p>"
    "<p>Field inputs default to the field names of the bundled sample data; the cluster, "
    "city code and city name fields must have the same names in the cities layer and the "
    "city-year table.</p>"
    "<p><b>Yearbook or inventory table</b> (optional): a statistical yearbook sheet or an "
    "emission inventory (CSV, XLSX sheet, any table) goes through <i>Join a city table</i> "
    "(carbonclusters:citytable), which matches its rows to China's prefecture-level units by "
    "name or code. The rows it cannot match (totals such as 全省合计, provinces, misspelt "
    "names) are in <b>Yearbook or inventory: unmatched rows</b>, each with a reason and, for "
    "a near miss, a suggestion: nothing is matched by guesswork. Its value fields are then "
    "joined onto the city-year table by city code and year, prefixed <i>imported_</i> (NULL "
    "where the table has no value; the log counts those rows as not matched), in <b>City-year "
    "table with the imported values</b>. Without the table these steps are skipped and every "
    "other output is written as usual.</p>"
    "<p>The imported values do not feed this run's indicators: every step reads the "
    "city-year table as given. Once the table covers every city and year, give <b>City-year "
    "table with the imported values</b> as the city-year table of the next run and choose "
    "the imported field (imported_gdp as the GDP field, for instance); a city without a value "
    "leaves its cluster's sums incomplete. The join needs the city code field to hold the "
    "6-digit codes of the bundled city layer (as the sample does) and a table with years (a "
    "year field or year-named columns such as 2005年): the values of a table without years "
    "are matched to the cities but stay NULL in the city-year table. Write the joined table "
    "to a GeoPackage or leave it temporary: the join reads it back, and a CSV would turn its "
    "numbers into text.</p>"
    "<p>Each output is the output of one of the plugin's algorithms; see their help for the "
    "fields.</p>")

PARAMETER_HELP = {
    "cities": "City polygons with the cluster field, the city code and the emission fields "
              "of Moran's I (e.g. one per year).",
    "city_year": "One row per city and year: emissions and components, GDP, population, "
                 "areas, built-up land, industry shares, urbanisation (a table without "
                 "geometry is fine).",
    "clusters": "Cluster polygons: the zones of the sink accounting and of the transitions.",
    "landcover_earlier": "Land-cover raster of the earlier year (class codes of the preset).",
    "landcover_later": "Land-cover raster of the later year, on the same classes.",
    "emission_grids": "Gridded emissions (a quantity per pixel), summed over the cities.",
    "coefficients": "CSV of sink coefficients (class, name, coefficient in t C/hm²/yr); "
                    "empty: the preset's literature coefficients.",
    "earlier_year": "Year of the earlier land-cover raster: its sinks go on this year's rows.",
    "later_year": "Year of the later land-cover raster: its sinks go on this year's rows; "
                  "also the year of the industrial types and the base year of the scenarios.",
    "emission_unit": "Unit of the emission fields; sinks are converted to it.",
    "grid_scale": "Multiplier from the grid's values to the emission unit (t → 10⁴ t: "
                  "0.0001).",
    "case_filter": "The cities of the second scenario run (the case study), grouped by the "
                   "city name field, with their total.",
    "city_table": "Optional: a yearbook sheet or an inventory table of city values, joined to "
                  "the cities by name or code; empty: the import steps are skipped.",
    "city_table_value_name": "Name of the value field made from year-named columns (gdp, "
                             "co2 …); default value.",
    "city_table_unit": "Unit of the table's values, converted to 10⁴ yuan or 10⁴ t; default "
                       "as written.",
    "city_table_city_field": "The table's field of city names (南京市, 苏州, 湖北省武汉市) or "
                             "codes (3201, 320100, 320100000000).",
    "city_table_year_field": "The table's year field, one row per city and year; empty: "
                             "columns named after years (2005, 2005年) become rows.",
}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    return parser.parse_args()


def start_qgis():
    """QGIS without GUI, the native algorithms and the plugin's provider (from the sources)."""
    from qgis.analysis import QgsNativeAlgorithms
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    sys.path.insert(0, str(ROOT))
    from carbon_clusters_plugin.processing.provider import CarbonClustersProvider

    provider = CarbonClustersProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return application, provider


class ModelBuilder:
    """Thin helpers over the QgsProcessingModel* classes, so the model reads as a list."""

    def __init__(self, name, group):
        from qgis.core import QgsProcessingModelAlgorithm

        self.model = QgsProcessingModelAlgorithm(name, group)
        self.top = TOP
        self.rows = {INPUT_X: 0, FIELD_X: 0}
        self.stage_rows = [0] * len(STAGE_X)

    def start_band(self):
        """Inputs and children added from now on go in a band across the canvas, below
        everything placed so far: a step that stands apart reads as one row of boxes."""
        bottom = max([self.top + ROW * rows for rows in self.rows.values()]
                     + [self.top + CHILD_ROW * rows for rows in self.stage_rows])
        self.top = bottom + BAND_GAP
        self.rows = dict.fromkeys(self.rows, 0)
        self.stage_rows = [0] * len(STAGE_X)

    # -- inputs
    def add_input(self, definition, column=INPUT_X):
        from qgis.core import QgsProcessingModelParameter
        from qgis.PyQt.QtCore import QPointF

        component = QgsProcessingModelParameter(definition.name())
        component.setDescription(definition.description())
        component.setPosition(QPointF(column, self.top + ROW * self.rows[column]))
        self.rows[column] += 1
        self.model.addModelParameter(definition, component)

    def add_field(self, name, label, parent, default, multiple=False, numeric=False):
        from qgis.core import QgsProcessingParameterField

        data_type = compat.FIELD_TYPE_NUMERIC if numeric \
            else compat.FIELD_TYPE_ANY
        # optional: QGIS 3.22's qgis_process calls a non-optional input with a default missing
        self.add_input(QgsProcessingParameterField(
            name, label, defaultValue=default, parentLayerParameterName=parent,
            type=data_type, allowMultiple=multiple, optional=True), FIELD_X)

    # -- children
    def add_child(self, child_id, algorithm_id, description, stage, parameters,
                  outputs=None, row_span=1, branch=None, configuration=None):
        """``parameters``: name -> source (see param/static/child/expression below), or a list
        of sources; ``outputs``: child output name -> (model output name, description);
        ``branch``: (condition child, branch name): the child runs only when that branch of a
        native:condition child is true (and else is skipped with every child after it);
        ``configuration``: the child's configuration (a native:condition's conditions)."""
        from qgis.core import (
            QgsProcessingModelChildAlgorithm,
            QgsProcessingModelChildDependency,
            QgsProcessingModelOutput,
        )
        from qgis.PyQt.QtCore import QPointF

        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        child.setChildId(child_id)
        child.setDescription(description)
        if branch is not None:
            child.setDependencies([QgsProcessingModelChildDependency(*branch)])
        if configuration is not None:
            child.setConfiguration(configuration)
        x, y = STAGE_X[stage], self.top + CHILD_ROW * self.stage_rows[stage]
        self.stage_rows[stage] += row_span
        child.setPosition(QPointF(x, y))
        assert child.algorithm() is not None, f"{algorithm_id} is not available"
        for name, sources in parameters.items():
            assert child.algorithm().parameterDefinition(name) is not None, \
                f"{algorithm_id} has no parameter {name}"
            child.addParameterSources(name, sources if isinstance(sources, list) else [sources])
        model_outputs = {}
        for index, (output, (name, description)) in enumerate((outputs or {}).items()):
            assert child.algorithm().outputDefinition(output) is not None, \
                f"{algorithm_id} has no output {output}"
            model_output = QgsProcessingModelOutput(name, description)
            model_output.setChildId(child_id)
            model_output.setChildOutputName(output)
            model_output.setPosition(QPointF(x + 215.0, y + 45.0 + 32.0 * index))
            model_outputs[name] = model_output
        child.setModelOutputs(model_outputs)
        assert self.model.addChildAlgorithm(child) == child_id
        return child_id


def param(name):
    from qgis.core import QgsProcessingModelChildParameterSource

    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def static(value):
    from qgis.core import QgsProcessingModelChildParameterSource

    return QgsProcessingModelChildParameterSource.fromStaticValue(value)


def child(child_id, output="OUTPUT"):
    from qgis.core import QgsProcessingModelChildParameterSource

    return QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)


def expression(text):
    from qgis.core import QgsProcessingModelChildParameterSource

    return QgsProcessingModelChildParameterSource.fromExpression(text)


def add_inputs(builder):
    from qgis.core import (
        QgsProcessingParameterEnum,
        QgsProcessingParameterExpression,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterFile,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
        QgsProcessingParameterRasterLayer,
    )

    from carbon_clusters_plugin.analysis.landcover.coefficients import PRESETS
    from carbon_clusters_plugin.processing.indicators import EMISSION_UNITS

    polygons = [compat.SOURCE_VECTOR_POLYGON]
    add = builder.add_input
    add(QgsProcessingParameterFeatureSource("cities", "Cities (polygons)", polygons))
    add(QgsProcessingParameterFeatureSource(
        "city_year", "City-year table (one row per city and year)",
        [compat.SOURCE_VECTOR]))
    add(QgsProcessingParameterFeatureSource("clusters", "City clusters (polygons)", polygons))
    add(QgsProcessingParameterRasterLayer("landcover_earlier", "Land cover, earlier year"))
    add(QgsProcessingParameterRasterLayer("landcover_later", "Land cover, later year"))
    add(QgsProcessingParameterMultipleLayers(
        "emission_grids", "Gridded emissions (quantity per pixel)",
        compat.SOURCE_RASTER))
    add(QgsProcessingParameterFile(
        "coefficients", "Sink coefficient CSV (class, name, coefficient; empty: the preset's)",
        compat.FILE_BEHAVIOR_FILE, "csv", optional=True))
    add(QgsProcessingParameterEnum(
        "landcover_preset", "Land-cover class preset", [label for _, label in PRESETS],
        defaultValue=0, optional=True))
    integer = compat.NUMBER_INTEGER
    add(QgsProcessingParameterNumber("earlier_year", "Year of the earlier land cover",
                                     integer, 2005, optional=True))
    add(QgsProcessingParameterNumber("later_year", "Year of the later land cover (also of "
                                     "the industrial types and the scenarios' base year)",
                                     integer, 2020, optional=True))
    add(QgsProcessingParameterEnum(
        "emission_unit", "Unit of emissions (sinks are converted to it)",
        [label for label, _ in EMISSION_UNITS], defaultValue=1, optional=True))
    add(QgsProcessingParameterNumber(
        "grid_scale", "Scale from grid values to the emission unit",
        compat.NUMBER_DOUBLE, 0.0001, optional=True))
    add(QgsProcessingParameterNumber("end_year", "Scenarios: end year", integer, 2060,
                                     optional=True, minValue=2021))
    add(QgsProcessingParameterExpression(
        "case_filter", "Scenarios: cities of the case study",
        "\"name_en\" IN ('Changsha', 'Zhuzhou', 'Xiangtan')", "city_year", optional=True))

    field = builder.add_field
    field("cluster_field", "Cluster field (in cities and the city-year table)", "city_year",
          "cluster")
    field("city_code_field", "City code field (in cities and the city-year table)",
          "city_year", "code")
    field("city_name_field", "City name field (in cities and the city-year table)",
          "city_year", "name_en")
    field("year_field", "Year field", "city_year", "year")
    field("emission_field", "Emissions field", "city_year", "co2_total", numeric=True)
    field("component_fields", "Emission component fields", "city_year", COMPONENTS,
          multiple=True, numeric=True)
    field("gdp_field", "GDP field (10⁴ yuan)", "city_year", "gdp", numeric=True)
    field("population_field", "Population field (10⁴ persons)", "city_year", "population",
          numeric=True)
    field("area_field", "Total area field (km²)", "city_year", "area_km2", numeric=True)
    field("builtup_field", "Built-up land field (km²)", "city_year", "builtup_km2",
          numeric=True)
    field("secondary_share_field", "Secondary-industry share field (% of GDP)", "city_year",
          "secondary_share", numeric=True)
    field("urbanisation_field", "Urbanisation rate field (%)", "city_year", "urbanisation",
          numeric=True)
    field("grey_factor_fields", "Grey relational factors", "city_year",
          ["gdp", "population", "secondary_share", "urbanisation"], multiple=True,
          numeric=True)
    field("industry_fields", "Industry share fields (K-means)", "city_year",
          ["share_energy", "share_heavy", "share_light", "share_hightech"], multiple=True,
          numeric=True)
    field("buildings_fields", "Scenarios: building emission fields", "city_year",
          ["co2_services", "co2_hh_urban", "co2_hh_rural"], multiple=True, numeric=True)
    field("transport_fields", "Scenarios: transport emission fields", "city_year",
          ["co2_transport"], multiple=True, numeric=True)
    field("moran_fields", "Moran's I: city emission fields of the cities layer (the first "
          "one is mapped)", "cities", ["co2_2020", "co2_2005", "co2_2010", "co2_2015"],
          multiple=True, numeric=True)
    field("cluster_zone_field", "Cluster name field of the clusters layer", "clusters",
          "cluster")


# Sink (t CO2/yr) of the sinkaccounting table in the model's emission unit.
SINK_IN_EMISSION_UNIT = ('"sink_tco2" / CASE WHEN @emission_unit = 0 THEN 1 '
                         'WHEN @emission_unit = 2 THEN 1000000 ELSE 10000 END')
SINK_BY_YEAR = ('CASE WHEN attribute(@year_field) = @earlier_year THEN "earlier_sink" '
                'WHEN attribute(@year_field) = @later_year THEN "later_sink" END')


def add_city_sinks(builder):
    """Sinks per city on both rasters, onto the city-year table: the indicators' input."""
    land = {"PRESET": param("landcover_preset"), "COEFFICIENTS": param("coefficients"),
            "ZONES": param("cities"), "ZONE_FIELD": param("city_code_field")}
    for period in ("earlier", "later"):
        builder.add_child(
            f"city_sinks_{period}", "carbonclusters:sinkaccounting",
            f"Sinks per city, {period} land cover", 0,
            dict(land, INPUT=param(f"landcover_{period}")))
        builder.add_child(
            f"city_sink_totals_{period}", "native:aggregate",
            f"Sink per city, {period} (emission unit)", 1,
            {"INPUT": child(f"city_sinks_{period}"), "GROUP_BY": static('"zone"'),
             "AGGREGATES": static([
                 {"aggregate": "first_value", "delimiter": ",", "input": '"zone"',
                  "length": 0, "name": "zone", "precision": 0, "type": 10},
                 {"aggregate": "sum", "delimiter": ",", "input": SINK_IN_EMISSION_UNIT,
                  "length": 0, "name": "sink", "precision": 0, "type": 6}])})
    builder.add_child(
        "join_sinks_earlier", "native:joinattributestable", "Join the earlier sinks", 1,
        {"INPUT": param("city_year"), "FIELD": param("city_code_field"),
         "INPUT_2": child("city_sink_totals_earlier"), "FIELD_2": static("zone"),
         "FIELDS_TO_COPY": static(["sink"]), "METHOD": static(1),
         "DISCARD_NONMATCHING": static(False), "PREFIX": static("earlier_")})
    builder.add_child(
        "join_sinks_later", "native:joinattributestable", "Join the later sinks", 2,
        {"INPUT": child("join_sinks_earlier"), "FIELD": param("city_code_field"),
         "INPUT_2": child("city_sink_totals_later"), "FIELD_2": static("zone"),
         "FIELDS_TO_COPY": static(["sink"]), "METHOD": static(1),
         "DISCARD_NONMATCHING": static(False), "PREFIX": static("later_")})
    builder.add_child(
        "sink_of_year", "native:fieldcalculator", "Sink of the row's year", 2,
        {"INPUT": child("join_sinks_later"), "FIELD_NAME": static("sink"),
         "FIELD_TYPE": static(0), "FIELD_LENGTH": static(0), "FIELD_PRECISION": static(0),
         "FORMULA": static(SINK_BY_YEAR)})
    builder.add_child(
        "city_year_sinks", "native:deletecolumn", "City-year table with sinks", 2,
        {"INPUT": child("sink_of_year"), "COLUMN": static(["earlier_sink", "later_sink"])},
        {"OUTPUT": ("city_year_sinks", "City-year table with sinks")})


def add_analyses(builder):
    add = builder.add_child
    add("indicators", "carbonclusters:indicators", "Indicators per cluster and year", 3,
        {"INPUT": child("city_year_sinks"), "GROUP_FIELD": param("cluster_field"),
         "YEAR_FIELD": param("year_field"), "EMISSION_FIELD": param("emission_field"),
         "GDP_FIELD": param("gdp_field"), "POPULATION_FIELD": param("population_field"),
         "AREA_FIELD": param("area_field"), "BUILTUP_FIELD": param("builtup_field"),
         "SINK_FIELD": static("sink"), "COMPONENT_FIELDS": param("component_fields"),
         "EMISSION_UNIT": param("emission_unit")},
        {"OUTPUT": ("indicators", "Indicators")})
    add("moran", "carbonclusters:moransi", "Moran's I of city emissions", 0,
        {"INPUT": param("cities"), "FIELD": param("moran_fields"),
         "GROUP_FIELD": param("cluster_field"), "LABEL_FIELD": param("city_name_field")},
        {"OUTPUT": ("moran", "Moran's I"), "OUTPUT_LISA": ("lisa", "LISA clusters"),
         "OUTPUT_HTML": ("moran_scatterplots", "Moran scatterplots (HTML)")}, row_span=2)
    add("grey_relational", "carbonclusters:greyrelational", "Grey relational grades", 1,
        {"INPUT": param("city_year"), "REFERENCE_FIELD": param("emission_field"),
         "COMPARISON_FIELDS": param("grey_factor_fields"),
         "GROUP_FIELD": param("cluster_field"), "YEAR_FIELD": param("year_field")},
        {"OUTPUT": ("grey_relational", "Grey relational grades")})
    add("later_year_rows", "native:extractbyattribute", "Rows of the later year", 0,
        {"INPUT": param("city_year"), "FIELD": param("year_field"), "OPERATOR": static(0),
         "VALUE": expression("@later_year")})
    add("industry_types", "carbonclusters:industryclusters", "Industrial types (K-means)", 1,
        {"INPUT": child("later_year_rows"), "FIELDS": param("industry_fields"),
         "GROUP_FIELD": param("cluster_field")},
        {"OUTPUT": ("industry_types", "Industrial types"),
         "OUTPUT_PROFILES": ("industry_profiles", "Industrial type profiles"),
         "OUTPUT_COUNTS": ("industry_counts", "Industrial types per cluster")}, row_span=2)
    add("decoupling", "carbonclusters:decoupling", "Tapio decoupling", 3,
        {"INPUT": param("city_year"), "GROUP_FIELD": param("cluster_field"),
         "YEAR_FIELD": param("year_field"), "EMISSION_FIELD": param("emission_field"),
         "GDP_FIELD": param("gdp_field")},
        {"OUTPUT": ("decoupling", "Decoupling")})
    land = {"PRESET": param("landcover_preset"), "COEFFICIENTS": param("coefficients"),
            "ZONES": param("clusters"), "ZONE_FIELD": param("cluster_zone_field")}
    for period in ("earlier", "later"):
        add(f"sinks_{period}", "carbonclusters:sinkaccounting",
            f"Class areas and sinks per cluster, {period}", 0,
            dict(land, INPUT=param(f"landcover_{period}")),
            {"OUTPUT": (f"sinks_{period}", f"Class areas and sinks, {period} land cover")})
    add("transitions", "carbonclusters:landtransition", "Land-use transitions", 1,
        {"FROM_RASTER": param("landcover_earlier"), "TO_RASTER": param("landcover_later"),
         "ZONES": param("clusters"), "ZONE_FIELD": param("cluster_zone_field"),
         "PRESET": param("landcover_preset")},
        {"OUTPUT": ("transitions", "Land-use transitions"),
         "OUTPUT_CHANGE": ("change_raster", "Land-use change raster"),
         "OUTPUT_HTML": ("transition_matrices", "Transition matrices (HTML)")}, row_span=2)
    add("grid_to_cities", "carbonclusters:gridtozones", "Gridded emissions per city", 0,
        {"INPUT": param("emission_grids"), "ZONES": param("cities"),
         "ZONE_FIELD": param("city_code_field"), "SCALE": param("grid_scale")},
        {"OUTPUT": ("city_emissions_from_grid", "City emissions from the grid"),
         "OUTPUT_ZONES": ("cities_from_grid", "Cities with gridded emissions")}, row_span=2)
    add("moran_from_grid", "carbonclusters:moransi", "Moran's I of gridded city emissions", 1,
        {"INPUT": child("grid_to_cities", "OUTPUT_ZONES"), "FIELD": static(["total"]),
         "GROUP_FIELD": param("cluster_field")},
        {"OUTPUT": ("moran_from_grid", "Moran's I of the gridded city emissions")})
    scenarios = {
        "YEAR_FIELD": param("year_field"), "BASE_YEAR": param("later_year"),
        "EMISSION_FIELD": param("emission_field"), "GDP_FIELD": param("gdp_field"),
        "POPULATION_FIELD": param("population_field"),
        "BUILTUP_FIELD": param("builtup_field"),
        "INDUSTRY_SHARE_FIELD": param("secondary_share_field"),
        "URBANISATION_FIELD": param("urbanisation_field"),
        "BUILDINGS_FIELDS": param("buildings_fields"),
        "TRANSPORT_FIELDS": param("transport_fields"), "PRESET": static(0),
        "END_YEAR": param("end_year"), "EMISSION_UNIT": param("emission_unit")}
    add("scenarios_clusters", "carbonclusters:peakscenario", "Peaking scenarios, clusters", 2,
        dict(scenarios, INPUT=param("city_year"), GROUP_FIELD=param("cluster_field"),
             STIRPAT=static(True)),
        {"OUTPUT": ("scenarios_clusters", "Scenario trajectories, clusters"),
         "OUTPUT_PEAKS": ("peaks_clusters", "Peaks, clusters"),
         "OUTPUT_STIRPAT": ("stirpat_clusters", "STIRPAT fit, clusters")}, row_span=2)
    add("case_rows", "native:extractbyexpression", "Cities of the case study", 2,
        {"INPUT": param("city_year"), "EXPRESSION": param("case_filter")})
    add("scenarios_case", "carbonclusters:peakscenario", "Peaking scenarios, case study", 3,
        dict(scenarios, INPUT=child("case_rows"), GROUP_FIELD=param("city_name_field"),
             ADD_TOTAL=static(True)),
        {"OUTPUT": ("scenarios_case", "Scenario trajectories, case study"),
         "OUTPUT_PEAKS": ("peaks_case", "Peaks, case study")})


# A layer given as an object (the dialog) reads NULL through to_string; an empty text is "none".
TABLE_GIVEN = "@city_table IS NOT NULL AND coalesce(to_string(@city_table), 'layer') <> ''"
IMPORT_BRANCH = ("city_table_given", "table given")
IMPORT_KEY = "city_year_key"
CITY_YEAR_KEY = ("to_string(attribute(@city_code_field)) || '-' || "
                 "to_string(to_int(attribute(@year_field)))")
# attribute('year'), not "year": a table without years has no such column (its key is NULL).
IMPORTED_KEY = "\"code\" || '-' || to_string(to_int(attribute('year')))"
IMPORTED_PREFIX = "imported_"
# The imported table's city-layer columns (the city-year table has its own) and its
# GeoPackage feature id, when it has one.
IMPORTED_CITY_COLUMNS = ("fid", "code", "name_zh", "name_en", "province_zh", "cluster",
                         "cluster_zh", "year", IMPORT_KEY)


def add_city_table_import(builder):
    """An optional yearbook or inventory table through carbonclusters:citytable, its value
    fields joined onto the city-year table by code and year: a band of its own, run only when
    the table is given (a native:condition branch), a city-year table for the next run."""
    from qgis.core import (
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterString,
    )

    from carbon_clusters_plugin.analysis.socioeconomic.city_table import VALUE_UNITS

    builder.start_band()
    add = builder.add_input
    add(QgsProcessingParameterFeatureSource(
        "city_table", "Yearbook or inventory table (optional)", [compat.SOURCE_VECTOR],
        optional=True))
    add(QgsProcessingParameterString(
        "city_table_value_name", "Yearbook or inventory: value name (for year-named columns)",
        "value", optional=True))
    add(QgsProcessingParameterEnum(
        "city_table_unit", "Yearbook or inventory: unit of the values",
        [label for label, _, _ in VALUE_UNITS], defaultValue=0, optional=True))
    for name, label in (("city_table_city_field", "Yearbook or inventory: city field "
                                                  "(names or codes)"),
                        ("city_table_year_field", "Yearbook or inventory: year field "
                                                  "(else year-named columns)")):
        add(QgsProcessingParameterField(name, label, parentLayerParameterName="city_table",
                                        optional=True), FIELD_X)

    child_of = builder.add_child
    child_of(IMPORT_BRANCH[0], "native:condition", "Is a yearbook or inventory table given?",
             0, {}, configuration={"conditions": [{"name": IMPORT_BRANCH[1],
                                                   "expression": TABLE_GIVEN}]})
    child_of("city_table", "carbonclusters:citytable", "Join the yearbook or inventory table",
             1, {"INPUT": param("city_table"), "CITY_FIELD": param("city_table_city_field"),
                 "YEAR_FIELD": param("city_table_year_field"),
                 "VALUE_NAME": param("city_table_value_name"),
                 "UNIT": param("city_table_unit")},
             {"OUTPUT": ("city_table", "Yearbook or inventory joined to the cities"),
              "UNMATCHED": ("city_table_unmatched", "Yearbook or inventory: unmatched rows")},
             branch=IMPORT_BRANCH)
    key = {"FIELD_NAME": static(IMPORT_KEY), "FIELD_TYPE": static(2),
           "FIELD_LENGTH": static(0), "FIELD_PRECISION": static(0)}
    child_of("city_year_keys", "native:fieldcalculator", "Key of the city-year rows", 0,
             dict(key, INPUT=param("city_year"), FORMULA=static(CITY_YEAR_KEY)),
             branch=IMPORT_BRANCH)
    child_of("city_table_keys", "native:fieldcalculator", "Key of the imported rows", 1,
             dict(key, INPUT=child("city_table"), FORMULA=static(IMPORTED_KEY)))
    child_of("join_city_table", "native:joinattributestable",
             "Join the imported values by code and year", 2,
             {"INPUT": child("city_year_keys"), "FIELD": static(IMPORT_KEY),
              "INPUT_2": child("city_table_keys"), "FIELD_2": static(IMPORT_KEY),
              "FIELDS_TO_COPY": static([]), "METHOD": static(1),
              "DISCARD_NONMATCHING": static(False), "PREFIX": static(IMPORTED_PREFIX)})
    child_of("city_year_imported", "native:deletecolumn", "City-year table with the imported "
             "values", 3,
             {"INPUT": child("join_city_table"),
              "COLUMN": static([IMPORT_KEY] + [IMPORTED_PREFIX + name
                                               for name in IMPORTED_CITY_COLUMNS])},
             {"OUTPUT": ("city_year_imported", "City-year table with the imported values")})


def build_model():
    builder = ModelBuilder(MODEL_NAME, "Carbon clusters")
    add_inputs(builder)
    add_city_sinks(builder)
    add_analyses(builder)
    add_city_table_import(builder)
    model = builder.model
    model.updateDestinationParameters()
    model.setHelpContent(dict(
        PARAMETER_HELP, ALG_DESC=HELP, ALG_CREATOR="Carbon Clusters",
        ALG_HELP_CREATOR="Carbon Clusters", ALG_VERSION="1",
        ALG_SHORT_DESC="The reference study's analyses of city-cluster emissions in one run: "
                       "indicators, Moran's I, grey relational grades, industrial types, "
                       "decoupling, sinks, land-use transitions, gridded emissions and "
                       "peaking scenarios; optionally a yearbook or inventory table joined "
                       "to the cities, with its unmatched rows."))
    return model


def main():
    arguments = parse_args()
    application, provider = start_qgis()
    model = build_model()
    problems = model.validate()
    if problems[0] is False:
        sys.exit("The model does not validate:\n" + "\n".join(problems[1]))
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(arguments.output)):
        sys.exit(f"Could not write {arguments.output}")
    print(f"Wrote {arguments.output}: {len(model.childAlgorithms())} algorithms, "
          f"{len(model.parameterComponents())} inputs, "
          f"{len(model.destinationParameterDefinitions())} outputs")
    application.exitQgis()


if __name__ == "__main__":
    main()
