"""carbonclusters:indicators — totals, intensities, composition, sinks and radar values."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import GEOMETRY_POLYGON, SOURCE_VECTOR
from .common.attributes import (
    AREA,
    FID,
    describe_rows,
    ellipsoidal_area_calculator,
    numbers_of_field,
    read_columns,
)
from .common.base import CarbonClustersAlgorithm
from .common.tables import create_table_sink, table_fields, write_rows

ALL = "ALL"

# (label, factor) of the unit choices; the labels are translated in the "Units" context.
EMISSION_UNITS = ((QT_TRANSLATE_NOOP("Units", "t CO₂"), 1.0),
                  (QT_TRANSLATE_NOOP("Units", "10⁴ t CO₂ (万吨)"), 1e4),
                  (QT_TRANSLATE_NOOP("Units", "Mt CO₂ (百万吨)"), 1e6))
GDP_UNITS = ((QT_TRANSLATE_NOOP("Units", "yuan (元)"), 1.0),
             (QT_TRANSLATE_NOOP("Units", "10⁴ yuan (万元)"), 1e4),
             (QT_TRANSLATE_NOOP("Units", "10⁸ yuan (亿元)"), 1e8))
POPULATION_UNITS = ((QT_TRANSLATE_NOOP("Units", "persons (人)"), 1.0),
                    (QT_TRANSLATE_NOOP("Units", "10⁴ persons (万人)"), 1e4))
AREA_UNITS = ((QT_TRANSLATE_NOOP("Units", "km²"), 1.0),
              (QT_TRANSLATE_NOOP("Units", "hm² (公顷)"), 0.01),
              (QT_TRANSLATE_NOOP("Units", "m²"), 1e-6),
              (QT_TRANSLATE_NOOP("Units", "mu (亩)"), 1 / 1500))


class IndicatorsAlgorithm(CarbonClustersAlgorithm):
    INPUT = "INPUT"
    GROUP_FIELD = "GROUP_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    EMISSION_FIELD = "EMISSION_FIELD"
    GDP_FIELD = "GDP_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    AREA_FIELD = "AREA_FIELD"
    BUILTUP_FIELD = "BUILTUP_FIELD"
    SINK_FIELD = "SINK_FIELD"
    COMPONENT_FIELDS = "COMPONENT_FIELDS"
    EMISSION_UNIT = "EMISSION_UNIT"
    GDP_UNIT = "GDP_UNIT"
    POPULATION_UNIT = "POPULATION_UNIT"
    AREA_UNIT = "AREA_UNIT"
    OUTPUT = "OUTPUT"

    # Input field parameter -> column of analysis.socioeconomic.indicators
    VALUE_FIELDS = {
        EMISSION_FIELD: "emissions",
        GDP_FIELD: "gdp",
        POPULATION_FIELD: "population",
        AREA_FIELD: "area_km2",
        BUILTUP_FIELD: "builtup_km2",
        SINK_FIELD: "sink",
    }

    _name = "indicators"
    _display_name = QT_TRANSLATE_NOOP(
        "IndicatorsAlgorithm", "Emission indicators by cluster and year")
    _group_id = "emissions"
    _group = QT_TRANSLATE_NOOP("IndicatorsAlgorithm", "Emissions")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Sums the features of each group (city cluster) and year and computes the "
            "indicators of a city-cluster carbon study: totals, intensities, composition, "
            "carbon sinks and the values of a radar chart.</p>"
            "<h3>Inputs</h3>"
            "<p><b>Group field</b>: the cluster of each feature; without it every feature "
            "belongs to the group <i>ALL</i>. <b>Year field</b>: one row per group and year "
            "(a layer in long format, one feature per city and year). <b>Area field</b>: total "
            "area; without it the ellipsoidal area of the geometries is used. <b>Sink field</b> "
            "is in the emission unit. <b>Component fields</b>: parts of the emissions (e.g. "
            "industry, transport, indirect) whose shares are reported.</p>"
            "<p>Units (advanced): emissions, GDP, population and areas default to the units of "
            "Chinese statistical yearbooks and of the sample data: 10⁴ t CO₂, 10⁴ yuan, 10⁴ "
            "persons and km².</p>"
            "<h3>Output table</h3><ul>"
            "<li><b>emissions, gdp, population, area_km2, builtup_km2, sink</b>: sums over "
            "the features, in the input units (areas in km²); <b>features</b>: how many.</li>"
            "<li><b>per_gdp</b>: t CO₂ per 10⁴ yuan of GDP; <b>per_capita</b>: t CO₂ per "
            "person; <b>per_area</b> and <b>per_builtup</b>: emission unit per km² of total "
            "and of built-up land; <b>builtup_share</b>: built-up over total area.</li>"
            "<li><b>net</b>: emissions minus sink; <b>sink_ratio</b>: sink over emissions.</li>"
            "<li><b>*_norm</b>: each indicator divided by its largest value among the groups "
            "of the same year (the radar chart's values).</li>"
            "<li><b>share_*</b>: each component over total emissions.</li>"
            "<li><b>*_growth</b>: change against the group's first year, as a fraction "
            "(0.25 = +25%).</li></ul>"
            "<p>A value is NULL where its denominator is zero or missing. Features without "
            "an emission value or group are left out and listed in the log; text that is "
            "not a number stops the algorithm with the field and value at fault.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Cities (layer or table)"), [SOURCE_VECTOR]))
        self.add_field(self.GROUP_FIELD, self.tr("Group field (city cluster)"))
        self.add_field(self.YEAR_FIELD, self.tr("Year field"))
        self.add_field(self.EMISSION_FIELD, self.tr("Emissions field"), optional=False)
        self.add_field(self.GDP_FIELD, self.tr("GDP field"))
        self.add_field(self.POPULATION_FIELD, self.tr("Population field"))
        self.add_field(self.AREA_FIELD, self.tr("Total area field (empty: geometry area)"))
        self.add_field(self.BUILTUP_FIELD, self.tr("Built-up land area field"))
        self.add_field(self.SINK_FIELD, self.tr("Carbon sink field (emission unit)"))
        self.add_field(self.COMPONENT_FIELDS, self.tr("Emission component fields"),
                        multiple=True)
        self.add_unit_choice(self.EMISSION_UNIT, self.tr("Unit of emissions and sinks"),
                        EMISSION_UNITS, 1)
        self.add_unit_choice(self.GDP_UNIT, self.tr("Unit of GDP"), GDP_UNITS, 1)
        self.add_unit_choice(self.POPULATION_UNIT, self.tr("Unit of population"),
                        POPULATION_UNITS, 1)
        self.add_unit_choice(self.AREA_UNIT, self.tr("Unit of area fields"), AREA_UNITS, 0)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Indicators"), SOURCE_VECTOR))


    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas")
        import pandas as pd

        from ..analysis.socioeconomic.indicators import compute_indicators, output_columns
        from ..analysis.values import plain_records

        source = self.source_with_features(parameters, context)
        layer_name = source.sourceName()

        names = self._field_names(parameters, context)
        components = self.field_names(parameters, self.COMPONENT_FIELDS, context)
        area_from_geometry = not names.get("area_km2") and self._has_geometry(source)
        calculator = ellipsoidal_area_calculator(source, context) if area_from_geometry else None
        wanted = [f for f in [names.get("group"), names.get("year")] + [
            names.get(c) for c in self.VALUE_FIELDS.values()] + components if f]
        columns = read_columns(source, list(dict.fromkeys(wanted)), feedback, calculator,
                               lambda fraction: feedback.setProgress(70 * fraction))

        table = self._feature_table(columns, names, components, layer_name, calculator, pd)
        self._warn_about_values(table, names, components, feedback)
        table = self._drop_unusable(table, names, feedback)
        if table.empty:
            raise QgsProcessingException(self.tr(
                'No feature of layer "{layer}" has both an emission value and a group.'
            ).format(layer=layer_name))
        units = self._units(parameters, context)
        result = compute_indicators(table, components=components, units=units,
                                    area_in_km2=area_from_geometry)
        self._report_null_indicators(result, feedback)
        feedback.setProgress(85)

        has_sink = bool(names.get("sink"))
        columns_out = output_columns(components, has_sink)
        fields = table_fields(columns_out, text=["group"], integer=["year", "features"])
        sink, dest_id = create_table_sink(self, parameters, self.OUTPUT, context, fields)
        write_rows(sink, plain_records(result, columns_out), feedback, 85, 100)
        self._log_summary(result, feedback)
        return {self.OUTPUT: dest_id}

    def _field_names(self, parameters, context):
        names = {"group": self.parameterAsString(parameters, self.GROUP_FIELD, context),
                 "year": self.parameterAsString(parameters, self.YEAR_FIELD, context)}
        for parameter, column in self.VALUE_FIELDS.items():
            names[column] = self.parameterAsString(parameters, parameter, context)
        return names

    @staticmethod
    def _has_geometry(source):
        return QgsWkbTypes.geometryType(source.wkbType()) == \
            GEOMETRY_POLYGON

    def _feature_table(self, columns, names, components, layer_name, calculator, pd):
        fids = columns[FID]
        table = pd.DataFrame({"fid": fids})
        group_field = names.get("group")
        table["group"] = [None if _is_null(v) else str(v) for v in columns[group_field]] \
            if group_field else ALL
        year_field = names.get("year")
        table["year"] = numbers_of_field(columns[year_field], year_field, layer_name, fids) \
            if year_field else float("nan")
        for column in self.VALUE_FIELDS.values():
            field = names.get(column)
            if field:  # infinite values are named and left out later (_warn_about_values)
                table[column] = numbers_of_field(columns[field], field, layer_name, fids,
                                                 infinite_allowed=True)
        if calculator is not None:
            table["area_km2"] = [float("nan") if a is None else a for a in columns[AREA]]
        for component in components:
            table[component] = numbers_of_field(columns[component], component, layer_name,
                                                fids, infinite_allowed=True)
        return table

    def _warn_about_values(self, table, names, components, feedback):
        """Infinite values become missing; negative totals and rows entered twice are named."""
        from ..analysis.socioeconomic import indicators as ind

        labels = table["fid"].tolist()
        columns = list(self.VALUE_FIELDS.values()) + list(components)
        for column, rows in ind.infinite_rows(table, columns).items():
            table.loc[table.index[rows], column] = float("nan")
            feedback.pushWarning(self.tr(
                'Field "{field}" is infinite in {count} feature(s), left out as missing: '
                "{features}.").format(field=names.get(column) or column, count=len(rows),
                                      features=describe_rows(rows, labels)))
        for column, rows in ind.negative_rows(table).items():
            feedback.pushWarning(self.tr(
                'Field "{field}" is negative in {count} feature(s): {features}. Totals '
                "cannot be negative; check the data.").format(
                field=names.get(column) or column, count=len(rows),
                features=describe_rows(rows, labels)))
        for rows in ind.duplicate_rows(table, ["group", "year"] + columns):
            feedback.pushWarning(self.tr(
                "Features {features} have the same group, year and values: they are summed "
                "as if they were different cities. Remove the copies if they are one.").format(
                features=describe_rows(rows, labels)))

    def _drop_unusable(self, table, names, feedback):
        labels = table["fid"].tolist()
        no_group = table.index[table["group"].isna()].tolist()
        if no_group:
            feedback.pushWarning(self.tr(
                'Left out {count} feature(s) with a NULL value in "{field}": {features}.'
            ).format(count=len(no_group), field=names["group"],
                     features=describe_rows(no_group, labels)))
        no_emissions = table.index[table["emissions"].isna()].tolist()
        if no_emissions:
            feedback.pushWarning(self.tr(
                'Left out {count} feature(s) with no emission value in "{field}": {features}.'
            ).format(count=len(no_emissions), field=names["emissions"],
                     features=describe_rows(no_emissions, labels)))
        return table.drop(index=no_group + no_emissions).drop(columns="fid")

    def _units(self, parameters, context):
        from ..analysis.socioeconomic.indicators import Units

        def factor(parameter, units):
            return units[self.parameterAsEnum(parameters, parameter, context)][1]

        return Units(emission_t=factor(self.EMISSION_UNIT, EMISSION_UNITS),
                     gdp_yuan=factor(self.GDP_UNIT, GDP_UNITS),
                     population_persons=factor(self.POPULATION_UNIT, POPULATION_UNITS),
                     area_km2=factor(self.AREA_UNIT, AREA_UNITS))

    def _report_null_indicators(self, result, feedback):
        for indicator, inputs in (("per_gdp", "gdp"), ("per_capita", "population"),
                                  ("per_area", "area_km2"), ("per_builtup", "builtup_km2")):
            missing = result[result[inputs].notna() & result[indicator].isna()]
            for _, row in missing.iterrows():
                feedback.pushWarning(self.tr(
                    "{indicator} is NULL for {group} {year}: its denominator is zero."
                ).format(indicator=indicator, group=row["group"], year=_year_text(row["year"])))

    def _log_summary(self, result, feedback):
        for _, row in result.iterrows():
            feedback.pushInfo(self.tr(
                "{group} {year}: emissions {emissions:,.1f}, per GDP {per_gdp}, "
                "per capita {per_capita}, per km² built-up {per_builtup}").format(
                group=row["group"], year=_year_text(row["year"]), emissions=row["emissions"],
                per_gdp=_short(row["per_gdp"]), per_capita=_short(row["per_capita"]),
                per_builtup=_short(row["per_builtup"])))


def _is_null(value):
    return value is None or (callable(getattr(value, "isNull", None)) and value.isNull())


def _year_text(year):
    return "" if year != year else str(int(year))


def _short(value):
    return "NULL" if value != value else f"{value:.3g}"
