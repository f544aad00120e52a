"""carbonclusters:citytable — a yearbook or inventory table joined to the city layer."""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import REQUEST_NO_GEOMETRY, SOURCE_VECTOR
from ..paths import resource
from .common.attributes import read_columns
from .common.base import UNITS_CONTEXT, CarbonClustersAlgorithm
from .common.tables import create_table_sink, table_fields, write_rows

CITY_LAYER = ("cities", "china_prefectures.gpkg")
CROSSWALK = ("cities", "crosswalk.csv")
_SHOWN = 10  # unmatched rows named in the log
FEATURE_IDS = ("fid", "ogc_fid")


class CityTableAlgorithm(CarbonClustersAlgorithm):
    INPUT = "INPUT"
    CITY_FIELD = "CITY_FIELD"
    PROVINCE_FIELD = "PROVINCE_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    VALUE_NAME = "VALUE_NAME"
    UNIT = "UNIT"
    MERGED_UNITS = "MERGED_UNITS"
    CITIES = "CITIES"
    OUTPUT = "OUTPUT"
    UNMATCHED = "UNMATCHED"

    _name = "citytable"
    _display_name = QT_TRANSLATE_NOOP("CityTableAlgorithm",
                                      "Join a city table (yearbook, inventory)")
    _group_id = "socioeconomic"
    _group = QT_TRANSLATE_NOOP("CityTableAlgorithm", "Socio-economic analysis")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Joins a table of city values, as statistical yearbooks and emission inventories "
            "write them, to the city layer by name or administrative code, so that the other "
            "algorithms can use it. Nothing is matched by guesswork: a row matches when its "
            "name or code is the unit's after normalisation, or through the crosswalk of "
            "renamed and merged units; every other row goes to the UNMATCHED table with a "
            "reason.</p>"
            "<h3>Inputs</h3><ul>"
            "<li><b>Input table</b> (INPUT): any table QGIS reads: CSV, a sheet of an XLSX "
            "workbook (its first row holds the column names), a GeoPackage table.</li>"
            "<li><b>City field</b> (CITY_FIELD): names (南京市, 苏州, 湖北省武汉市; spaces, "
            "full-width spaces and the suffixes 市, 地区, 自治州, 盟, 林区 do not matter; a "
            "leading province is understood) or administrative codes in 4-, 6- or 12-digit "
            "form (3201, 320100, 320100000000); municipalities as 110000, 110100 or 110200.</li>"
            "<li><b>Province field</b> (PROVINCE_FIELD, optional): tells apart units of the "
            "same name.</li>"
            "<li><b>Year field</b> (YEAR_FIELD, optional): one row per city and year. Without "
            "it, columns named after years (2005, 2005年, Y2005) become rows with a "
            "<i>year</i>, their values a field named <b>Value name</b> (VALUE_NAME, default "
            "<i>value</i>); other columns are left out, with a note in the log. When there is "
            "no year column either, every other column is a value field.</li>"
            "<li><b>Unit of the values</b> (UNIT): as written (default), or 万元, 亿元, 元, "
            "converted to 10⁴ yuan (万元; ×1, ×10 000, ×0.0001), or 万吨, 吨, Mt, converted to "
            "10⁴ t (万吨; ×1, ×0.0001, ×100). Applies to every numeric value field.</li>"
            "<li><b>Units merged into another</b> (MERGED_UNITS): the rows of a unit merged "
            "into another (莱芜 into 济南, 2019) are added to that unit's row of the same year "
            "(default: right for totals such as emissions, GDP, population; wrong for rates "
            "and shares), or sent to UNMATCHED.</li>"
            "<li><b>City layer</b> (CITIES, optional): default the bundled layer of China's "
            "370 prefecture-level units with the national city clusters; another layer needs "
            "the fields code and name_zh (name_en, province_zh, cluster, cluster_zh if it has "
            "them).</li></ul>"
            "<h3>Outputs</h3><ul>"
            "<li><b>Joined table</b> (OUTPUT): code, name_zh, name_en, province_zh, cluster, "
            "cluster_zh of the city layer, then year (when there is one), then the input's "
            "value fields (numbers, in the chosen unit; a column named like a city-layer field "
            "gets the suffix _input). One row per city (and year).</li>"
            "<li><b>Unmatched rows</b> (UNMATCHED): row (the input row's number, 1 = the first "
            "row after the header), value (the name or code as written), reason, suggestion "
            "(for a near miss such as 毫州 for 亳州, or the successors of an abolished unit). "
            "Total rows (全省合计, 总计, 全国), provinces, unknown names and codes, county-level "
            "codes and units abolished and split (巢湖, 2011) go here.</li></ul>"
            "<p>Two rows for the same city (and year) stop the run, naming both rows. The log "
            "lists every row the crosswalk mapped, with the change, its date and its "
            "source.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        from ..analysis.socioeconomic.city_table import VALUE_UNITS

        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Input table (CSV, XLSX sheet, any table)"), [SOURCE_VECTOR]))
        self.add_field(self.CITY_FIELD, self.tr("City field (names or codes)"), False)
        self.add_field(self.PROVINCE_FIELD, self.tr("Province field"), True)
        self.add_field(self.YEAR_FIELD, self.tr("Year field (else year-named columns)"), True)
        self.addParameter(QgsProcessingParameterString(
            self.VALUE_NAME, self.tr("Value name (for year-named columns)"), "value",
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNIT, self.tr("Unit of the values"),
            options=[QCoreApplication.translate(UNITS_CONTEXT, label)
                     for label, _, _ in VALUE_UNITS], defaultValue=0, optional=True))
        self.add_advanced(QgsProcessingParameterEnum(
            self.MERGED_UNITS, self.tr("Units merged into another"),
            options=[self.tr("add to today's unit"), self.tr("send to UNMATCHED")],
            defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CITIES, self.tr("City layer (default: China's prefecture-level units)"),
            [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Joined table"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.UNMATCHED, self.tr("Unmatched rows"), SOURCE_VECTOR))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas")
        from ..analysis.messages import AnalysisError, Cancelled
        from ..analysis.socioeconomic.city_crosswalk import read_crosswalk
        from ..analysis.socioeconomic.city_matching import CityIndex
        from ..analysis.socioeconomic.city_table import VALUE_UNITS, join_city_table

        parameters = self._with_csv_header(parameters)
        source = self.source_with_features(parameters, context)
        city_field = self.parameterAsString(parameters, self.CITY_FIELD, context)
        if not city_field:
            # Processing checks a child of a model less than a run of its own: a table given
            # to a model without its city field would send every row to UNMATCHED.
            raise QgsProcessingException(self.tr(
                'Table "{layer}": no city field is chosen (the field of city names or '
                "codes).").format(layer=source.sourceName()))
        province_field = self.parameterAsString(parameters, self.PROVINCE_FIELD, context)
        year_field = self.parameterAsString(parameters, self.YEAR_FIELD, context)
        value_name = (self.parameterAsString(parameters, self.VALUE_NAME, context)
                      or "value").strip()
        label, factor, unit = VALUE_UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        add_merged = self.parameterAsEnum(parameters, self.MERGED_UNITS, context) == 0

        # A GeoPackage's feature id is not a value of the table.
        columns = [name for name in source.fields().names() if name.lower() not in FEATURE_IDS]
        rows = self._rows(source, feedback)
        feedback.setProgress(30)
        units = self._city_units(parameters, context)
        index = CityIndex(units, read_crosswalk(resource(*CROSSWALK)))
        self.stop_if_cancelled(feedback)
        try:
            joined = join_city_table(rows, columns, index, city_field, province_field,
                                     year_field, value_name, factor, add_merged,
                                     cancelled=feedback.isCanceled)
        except AnalysisError as error:
            raise QgsProcessingException(self.tr('Table "{layer}": {problem}').format(
                layer=source.sourceName(), problem=self.message_text(error.message))) from None
        except Cancelled:
            raise QgsProcessingException(self.tr("Cancelled.")) from None
        feedback.setProgress(60)
        self._log(joined, source.sourceName(), len(rows), label, factor, unit, feedback)

        outputs = self._write(joined, parameters, context, feedback)
        return outputs

    def checkParameterValues(self, parameters, context):  # noqa: N802
        return super().checkParameterValues(self._with_csv_header(parameters), context)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return super().prepareAlgorithm(self._with_csv_header(parameters), context, feedback)

    def _with_csv_header(self, parameters):
        """A CSV file read with its first row as the header: GDAL takes a first row holding
        a number (a year column named 2005) for data, and a city table always has a header."""
        value = parameters.get(self.INPUT)
        if isinstance(value, str) and value.lower().endswith(".csv") and "|" not in value:
            return {**parameters, self.INPUT: value + "|option:HEADERS=YES"}
        return parameters

    # ---------------------------------------------------------------------------- reading

    def _rows(self, source, feedback):
        names = source.fields().names()
        columns = read_columns(source, names, feedback,
                               progress=lambda fraction: feedback.setProgress(30 * fraction))
        return [{name: _plain(value) for name, value in zip(names, values)}
                for values in zip(*(columns[name] for name in names))]

    def _city_units(self, parameters, context):
        from ..analysis.socioeconomic.city_table import CITY_COLUMNS

        if parameters.get(self.CITIES) not in (None, ""):
            cities = self.source_with_features(parameters, context, self.CITIES)
            label = self._table_label(parameters, context, cities)
        else:
            path = resource(*CITY_LAYER)
            cities = QgsVectorLayer(f"{path}|layername=prefectures", "prefectures", "ogr")
            if not cities.isValid():
                raise QgsProcessingException(self.tr(
                    "The bundled city layer {path} cannot be read.").format(path=path))
            label = str(path)
        fields = cities.fields().names()
        missing = [name for name in ("code", "name_zh") if name not in fields]
        if missing:
            raise QgsProcessingException(self.tr(
                'City layer "{layer}" lacks the field(s) {fields}: it needs code and name_zh.'
            ).format(layer=label, fields=", ".join(missing)))
        request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
        return [{name: _plain(feature[name]) if name in fields else None
                 for name in CITY_COLUMNS} for feature in cities.getFeatures(request)]

    def _table_label(self, parameters, context, source):
        """The source's name, with the table's where the file holds several (GeoPackage)."""
        layer = self.parameterAsVectorLayer(parameters, self.CITIES, context)
        parts = (QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
                 if layer is not None else {})
        table = parts.get("layerName")
        name = source.sourceName()
        return f"{table} ({name})" if table and table != name else name

    # ---------------------------------------------------------------------------- log

    def _log(self, joined, layer, count, label, factor, unit, feedback):
        for mapping in joined.mapped:
            change = mapping.change
            feedback.pushInfo(self.tr(
                'Row {row} ("{value}"): {old} → {new} ({code}), {change} in {year} '
                "({approval}; {source}).").format(
                row=mapping.row, value=mapping.value, old=change.old_name,
                new=mapping.unit["name_zh"], code=mapping.unit["code"],
                change=self._change_text(change.change), year=change.year,
                approval=change.approval or "-", source=change.source))
        for row, parts in joined.summed:
            feedback.pushInfo(self.tr(
                "{city} ({code}) {year}: rows {rows} added up (a merged unit's rows with "
                "today's unit).").format(city=row["name_zh"], code=row["code"],
                                        year=row.get("year", ""),
                                        rows=", ".join(str(p) for p in parts)))
        if joined.left_out_columns:
            feedback.pushInfo(self.tr(
                "Columns left out (not named after a year): {columns}.").format(
                columns=", ".join(joined.left_out_columns)))
        if joined.text_columns:
            feedback.pushInfo(self.tr(
                "Columns kept as text (not all numbers): {columns}.").format(
                columns=", ".join(joined.text_columns)))
        if unit:
            feedback.pushInfo(self.tr("Values converted from {unit_in} to {unit_out} "
                                      "(× {factor:g}).").format(
                unit_in=QCoreApplication.translate(UNITS_CONTEXT, label), unit_out=unit,
                factor=factor))
        matched = count - len(joined.unmatched)
        feedback.pushInfo(self.tr(
            'Table "{layer}": {matched} of {count} rows matched {cities} cities.').format(
            layer=layer, matched=matched, count=count,
            cities=joined.table["code"].nunique()))
        if len(joined.unmatched):
            shown = "; ".join(
                f'{r.row} "{r.value}": {self.message_text(r.reason)}'
                + (f" ({r.suggestion})" if r.suggestion else "")
                for r in joined.unmatched.head(_SHOWN).itertuples())
            feedback.pushWarning(self.tr(
                "{count} row(s) matched no city and are in the unmatched table: "
                "{rows}.").format(count=len(joined.unmatched), rows=shown))

    def _change_text(self, change):
        return {"converted": self.tr("converted from 地区/盟 to 市"),
                "renamed": self.tr("renamed"), "recoded": self.tr("recoded"),
                "merged": self.tr("merged")}.get(change, change)

    # ---------------------------------------------------------------------------- writing

    def _write(self, joined, parameters, context, feedback):
        from ..analysis.socioeconomic.city_table import CITY_COLUMNS, UNMATCHED_COLUMNS
        from ..analysis.values import plain_records

        table = joined.table
        columns = list(table.columns)
        fields = table_fields(columns, text=[*CITY_COLUMNS, *joined.text_columns],
                              integer=["year"])
        sink, dest_id = create_table_sink(self, parameters, self.OUTPUT, context, fields)
        write_rows(sink, plain_records(table, columns), feedback, 60, 85)
        unmatched = joined.unmatched.copy()
        unmatched["reason"] = [self.message_text(m) for m in unmatched["reason"]]
        fields = table_fields(UNMATCHED_COLUMNS, text=["value", "reason", "suggestion"],
                              integer=["row"])
        sink, unmatched_id = create_table_sink(self, parameters, self.UNMATCHED, context,
                                               fields)
        write_rows(sink, plain_records(unmatched, UNMATCHED_COLUMNS), feedback, 85, 100)
        return {self.OUTPUT: dest_id, self.UNMATCHED: unmatched_id}


def _plain(value):
    """A Python value of an attribute: NULL as None, QDate/QDateTime as text."""
    if value is None or (callable(getattr(value, "isNull", None)) and value.isNull()):
        return None
    if hasattr(value, "toString") and not isinstance(value, str):
        return value.toString()
    return value
