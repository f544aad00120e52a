"""carbonclusters:greyrelational — Deng's grey relational grades of factors against a reference."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import NUMBER_DOUBLE, SOURCE_VECTOR, WKB_NO_GEOMETRY
from .common.attributes import FID, describe_rows, numbers_of_field, read_columns
from .common.base import CarbonClustersAlgorithm
from .common.tables import create_table_sink, table_fields, write_rows

ALL = "ALL"
NORMALIZATION_KEYS = ("mean", "initial", "minmax")


class GreyRelationalAlgorithm(CarbonClustersAlgorithm):
    INPUT = "INPUT"
    REFERENCE_FIELD = "REFERENCE_FIELD"
    COMPARISON_FIELDS = "COMPARISON_FIELDS"
    GROUP_FIELD = "GROUP_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    ORDER_FIELD = "ORDER_FIELD"
    NORMALIZATION = "NORMALIZATION"
    RHO = "RHO"
    OUTPUT = "OUTPUT"
    OUTPUT_COEFFICIENTS = "OUTPUT_COEFFICIENTS"

    _name = "greyrelational"
    _display_name = QT_TRANSLATE_NOOP("GreyRelationalAlgorithm", "Grey relational analysis")
    _group_id = "socioeconomic"
    _group = QT_TRANSLATE_NOOP("GreyRelationalAlgorithm", "Socio-economic analysis")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Deng's grey relational analysis: how closely each comparison series (e.g. "
            "GDP, population, secondary-industry share, urbanisation rate) follows the "
            "reference series (e.g. emissions) over the features of each group (the cities "
            "of a cluster), and over all features (group <i>ALL</i>).</p>"
            "<h3>Inputs</h3>"
            "<p><b>Reference field</b> and <b>comparison fields</b>: numeric. <b>Group "
            "field</b>: optional. <b>Year field</b>: optional; grades are then computed per "
            "group and year (a layer with one feature per city and year). <b>Normalisation</b>: "
            "mean (each value over the series mean, the default), initial value (over the "
            "first feature's value, in layer order or sorted by the <b>order field</b>), or "
            "min–max. <b>ρ</b> (advanced): the distinguishing coefficient, 0.5 by default.</p>"
            "<p>Coefficient ξ(k) = (Δmin + ρΔmax) / (Δ(k) + ρΔmax), where Δ(k) is the absolute "
            "difference of the normalised series and Δmin, Δmax are taken over all factors "
            "and features of the group together; the grade is the mean coefficient.</p>"
            "<h3>Output table</h3><ul>"
            "<li><b>group</b> (and <b>year</b> with a year field), <b>factor</b>: the "
            "comparison field.</li>"
            "<li><b>grade</b>: grey relational grade, from 0 to 1; <b>rank</b>: 1 for the "
            "factor most closely related to the reference within the group (and year).</li>"
            "</ul><p>Optional <b>coefficients</b> table: <b>fid</b>, group, (year), factor, "
            "<b>reference_norm</b>, <b>factor_norm</b> and <b>coefficient</b> of each "
            "feature.</p>"
            "<p>A missing value, a constant series, a zero mean or first value (used as a "
            "divisor) or a group of a single feature stops the algorithm with the field and "
            "group at fault. Features without a group or year are left out and listed.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Cities (layer or table)"),
            [SOURCE_VECTOR]))
        self.add_field(self.REFERENCE_FIELD, self.tr("Reference field (e.g. emissions)"),
                        optional=False, numeric=True)
        self.add_field(self.COMPARISON_FIELDS, self.tr("Comparison fields (factors)"),
                        optional=False, numeric=True, multiple=True)
        self.add_field(self.GROUP_FIELD, self.tr("Group field (city cluster)"))
        self.add_field(self.YEAR_FIELD, self.tr("Year field (grades per year)"))
        self.add_field(self.ORDER_FIELD, self.tr("Order field (for initial-value normalisation)"))
        self.addParameter(QgsProcessingParameterEnum(
            self.NORMALIZATION, self.tr("Normalisation"),
            options=[self.tr("Mean"), self.tr("Initial value"), self.tr("Min–max")],
            defaultValue=0, optional=True))
        rho = QgsProcessingParameterNumber(
            self.RHO, self.tr("Distinguishing coefficient ρ"),
            type=NUMBER_DOUBLE, defaultValue=0.5,
            optional=True, minValue=0.01, maxValue=1.0)
        self.add_advanced(rho)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Grey relational grades"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_COEFFICIENTS, self.tr("Grey relational coefficients per feature"),
            SOURCE_VECTOR, optional=True, createByDefault=False))


    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas")
        import pandas as pd

        from ..analysis.socioeconomic.grey_relational import (
            GreyInputError,
            coefficient_columns,
            grade_columns,
            grey_relational,
        )
        from ..analysis.values import plain_records

        source = self.source_with_features(parameters, context)
        layer = source.sourceName()
        reference = self.parameterAsString(parameters, self.REFERENCE_FIELD, context)
        factors = [f for f in self.field_names(parameters, self.COMPARISON_FIELDS, context)
                   if f != reference]
        if not factors:
            raise QgsProcessingException(self.tr(
                "Choose at least one comparison field other than the reference field "
                '"{field}".').format(field=reference))
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        year_field = self.parameterAsString(parameters, self.YEAR_FIELD, context)
        order_field = self.parameterAsString(parameters, self.ORDER_FIELD, context)
        normalization = NORMALIZATION_KEYS[
            self.parameterAsEnum(parameters, self.NORMALIZATION, context)]
        rho = self.parameterAsDouble(parameters, self.RHO, context)

        wanted = [f for f in (group_field, year_field, order_field, reference, *factors) if f]
        columns = read_columns(source, list(dict.fromkeys(wanted)), feedback,
                               progress=lambda fraction: feedback.setProgress(50 * fraction))
        fids = columns[FID]
        table = pd.DataFrame({"fid": fids})
        table["group"] = [None if _is_null(v) else str(v) for v in columns[group_field]] \
            if group_field else ALL
        if year_field:
            table["year"] = numbers_of_field(columns[year_field], year_field, layer, fids)
        if order_field:
            table["order"] = numbers_of_field(columns[order_field], order_field, layer, fids)
        for field in (reference, *factors):
            table[field] = numbers_of_field(columns[field], field, layer, fids)
        keys = [k for k in ("group", "year", "order") if k in table]
        unusable = table.index[table[keys].isna().any(axis=1)].tolist()
        if unusable:
            feedback.pushWarning(self.tr(
                "Left out {count} feature(s) without a group, year or order value: "
                "{features}.").format(count=len(unusable),
                                      features=describe_rows(unusable, fids)))
            table = table.drop(index=unusable)
        if table.empty:
            raise QgsProcessingException(self.tr(
                'No usable feature in layer "{layer}".').format(layer=layer))

        def check():
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))

        try:
            result = grey_relational(table, reference, factors, normalization, rho,
                                     with_year=bool(year_field), check=check)
        except GreyInputError as error:
            raise QgsProcessingException(self._message(error, layer)) from error
        feedback.setProgress(70)

        with_year = bool(year_field)
        columns_out = grade_columns(with_year)
        fields = table_fields(columns_out, text=["group", "factor"], integer=["year", "rank"])
        sink, dest_id = create_table_sink(self, parameters, self.OUTPUT, context, fields)
        write_rows(sink, plain_records(result.grades, columns_out), feedback, 70, 85)
        outputs = {self.OUTPUT: dest_id}
        columns_coef = coefficient_columns(with_year)
        fields = table_fields(columns_coef, text=["group", "factor"], integer=["fid", "year"])
        sink, coef_id = self.parameterAsSink(
            parameters, self.OUTPUT_COEFFICIENTS, context, fields,
            WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem())
        if sink is not None:
            write_rows(sink, plain_records(result.coefficients, columns_coef), feedback, 85, 100)
            outputs[self.OUTPUT_COEFFICIENTS] = coef_id
        feedback.setProgress(100)
        for row in result.grades.itertuples():
            if row.rank == 1:
                feedback.pushInfo(self.tr(
                    "{group} {year}: closest factor {factor} (grade {grade:.4f})").format(
                    group=row.group, year=_year_text(getattr(row, "year", None)),
                    factor=row.factor, grade=row.grade))
        return outputs

    def _message(self, error, layer):
        where = self.tr("group {group}").format(group=error.group) if error.group is not None \
            else ""
        if error.year is not None:
            where += " " + self.tr("year {year}").format(year=_year_text(error.year))
        messages = {
            "missing": self.tr(
                'Field "{field}" of layer "{layer}" has {count} missing value(s): grey '
                "relational analysis needs complete series. Fill them or filter the "
                "features."),
            "constant": self.tr(
                'Field "{field}" of layer "{layer}" is constant ({where}): a series that does '
                "not vary cannot be related. Leave the field out or choose other features."),
            "zero_mean": self.tr(
                'Field "{field}" of layer "{layer}" has a mean of zero ({where}), the divisor '
                "of mean normalisation. Choose another normalisation."),
            "zero_initial": self.tr(
                'Field "{field}" of layer "{layer}" is zero in the first feature ({where}), the '
                "divisor of initial-value normalisation. Choose another normalisation or "
                "order."),
            "too_few": self.tr(
                'Layer "{layer}" has {count} feature(s) in {where}: grey relational analysis '
                "needs at least two."),
        }
        return messages[error.kind].format(field=error.field, layer=layer, where=where,
                                           count=error.count)


def _is_null(value):
    return value is None or (callable(getattr(value, "isNull", None)) and value.isNull())


def _year_text(year):
    return "" if year is None or year != year else str(int(year))
