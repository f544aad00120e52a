"""carbonclusters:decoupling — Tapio decoupling of emissions from GDP between years."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import SOURCE_VECTOR
from .common.attributes import FID, describe_rows, numbers_of_field, read_columns
from .common.base import CarbonClustersAlgorithm
from .common.tables import create_table_sink, table_fields, write_rows

ALL = "ALL"


class DecouplingAlgorithm(CarbonClustersAlgorithm):
    INPUT = "INPUT"
    GROUP_FIELD = "GROUP_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    EMISSION_FIELD = "EMISSION_FIELD"
    GDP_FIELD = "GDP_FIELD"
    OUTPUT = "OUTPUT"

    _name = "decoupling"
    _display_name = QT_TRANSLATE_NOOP(
        "DecouplingAlgorithm", "Tapio decoupling of emissions from GDP")
    _group_id = "socioeconomic"
    _group = QT_TRANSLATE_NOOP("DecouplingAlgorithm", "Socio-economic analysis")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Tapio's decoupling elasticity between emissions and GDP for each group (city "
            "cluster) and each pair of consecutive years, and from the first to the last "
            "year. The features of a group and year are summed first.</p>"
            "<h3>Inputs</h3>"
            "<p><b>Group field</b>: optional; without it every feature belongs to the group "
            "<i>ALL</i>. <b>Year field</b>, <b>Emissions field</b> and <b>GDP field</b>: one "
            "feature per city and year (any units: only relative changes are used).</p>"
            "<h3>Output table</h3><ul>"
            "<li><b>group</b>, <b>start_year</b>, <b>end_year</b>: the period.</li>"
            "<li><b>emission_change</b>, <b>gdp_change</b>: relative changes as fractions "
            "(0.05 = +5%).</li>"
            "<li><b>elasticity</b>: emission_change / gdp_change.</li>"
            "<li><b>state</b> (English) and <b>state_zh</b> (Chinese): Tapio's eight states. "
            "GDP growing: strong decoupling (emissions fall), weak decoupling (e &lt; 0.8), "
            "expansive coupling (0.8 ≤ e ≤ 1.2), expansive negative decoupling (e &gt; 1.2). "
            "GDP shrinking: strong negative decoupling (emissions grow), weak negative "
            "decoupling (e &lt; 0.8), recessive coupling (0.8 ≤ e ≤ 1.2), recessive "
            "decoupling (e &gt; 1.2).</li></ul>"
            "<p>An unchanged GDP, a start value of zero or a missing value gives a NULL "
            "elasticity and state, with a warning. Features without a group or year are left "
            "out and listed in the log.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Cities (layer or table)"),
            [SOURCE_VECTOR]))
        self.add_field(self.GROUP_FIELD, self.tr("Group field (city cluster)"), True)
        self.add_field(self.YEAR_FIELD, self.tr("Year field"), False)
        self.add_field(self.EMISSION_FIELD, self.tr("Emissions field"), False)
        self.add_field(self.GDP_FIELD, self.tr("GDP field"), False)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Decoupling"), SOURCE_VECTOR))


    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas")
        import pandas as pd

        from ..analysis.socioeconomic.decoupling import OUTPUT_COLUMNS, decoupling
        from ..analysis.values import plain_records

        source = self.source_with_features(parameters, context)
        layer = source.sourceName()
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        year_field = self.parameterAsString(parameters, self.YEAR_FIELD, context)
        emission_field = self.parameterAsString(parameters, self.EMISSION_FIELD, context)
        gdp_field = self.parameterAsString(parameters, self.GDP_FIELD, context)

        wanted = [f for f in (group_field, year_field, emission_field, gdp_field) if f]
        columns = read_columns(source, list(dict.fromkeys(wanted)), feedback,
                               progress=lambda fraction: feedback.setProgress(60 * fraction))
        fids = columns[FID]
        table = pd.DataFrame({
            "group": [None if _is_null(v) else str(v) for v in columns[group_field]]
            if group_field else ALL,
            "year": numbers_of_field(columns[year_field], year_field, layer, fids),
            "emissions": numbers_of_field(columns[emission_field], emission_field, layer, fids),
            "gdp": numbers_of_field(columns[gdp_field], gdp_field, layer, fids),
        })
        unusable = table.index[table["group"].isna() | table["year"].isna()].tolist()
        if unusable:
            feedback.pushWarning(self.tr(
                "Left out {count} feature(s) without a group or year: {features}."
            ).format(count=len(unusable), features=describe_rows(unusable, fids)))
            table = table.drop(index=unusable)
        if table.empty:
            raise QgsProcessingException(self.tr(
                'No feature of layer "{layer}" has both a group and a year.').format(layer=layer))
        for name, field in (("emissions", emission_field), ("gdp", gdp_field)):
            missing = table.index[table[name].isna()].tolist()
            if missing:
                feedback.pushWarning(self.tr(
                    '{count} feature(s) have no value in "{field}": the sums of their group '
                    "and year are NULL ({features}).").format(
                    count=len(missing), field=field, features=describe_rows(missing, fids)))
        self.stop_if_cancelled(feedback)

        result = decoupling(table)
        if result.empty:
            feedback.pushWarning(self.tr(
                "Every group has a single year: there is no period to compare."))
        for row in result.itertuples():
            if row.state is None:
                feedback.pushWarning(self.tr(
                    "{group} {start}–{end}: elasticity and state are NULL (GDP unchanged, a "
                    "start value of zero or a missing value).").format(
                    group=row.group, start=row.start_year, end=row.end_year))
        feedback.setProgress(80)

        fields = table_fields(OUTPUT_COLUMNS, text=["group", "state", "state_zh"],
                              integer=["start_year", "end_year"])
        sink, dest_id = create_table_sink(self, parameters, self.OUTPUT, context, fields)
        write_rows(sink, plain_records(result, OUTPUT_COLUMNS), feedback, 80, 100)
        for row in result.itertuples():
            # state_zh is offered to translations (the English text does not use it).
            feedback.pushInfo(self.tr(
                "{group} {start}–{end}: emissions {emission:+.1%}, GDP {gdp:+.1%}, "
                "{state}").format(group=row.group, start=row.start_year, end=row.end_year,
                                   emission=row.emission_change, gdp=row.gdp_change,
                                   state=row.state or "NULL", state_zh=row.state_zh or "NULL"))
        return {self.OUTPUT: dest_id}


def _is_null(value):
    return value is None or (callable(getattr(value, "isNull", None)) and value.isNull())
