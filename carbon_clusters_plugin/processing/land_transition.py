"""carbonclusters:landtransition — from→to matrices of two land-cover rasters per zone."""

from pathlib import Path

from qgis.core import (
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import SOURCE_VECTOR, SOURCE_VECTOR_POLYGON
from .common import land_cover
from .common.base import CarbonClustersAlgorithm
from .common.tables import create_table_sink, table_fields, write_rows

ALL = "ALL"


class LandTransitionAlgorithm(CarbonClustersAlgorithm):
    FROM_RASTER = "FROM_RASTER"
    TO_RASTER = "TO_RASTER"
    FROM_BAND = "FROM_BAND"
    TO_BAND = "TO_BAND"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    PRESET = "PRESET"
    CLASSES = "CLASSES"
    ALLOW_RESAMPLING = "ALLOW_RESAMPLING"
    OUTPUT = "OUTPUT"
    OUTPUT_CHANGE = "OUTPUT_CHANGE"
    OUTPUT_HTML = "OUTPUT_HTML"

    _name = "landtransition"
    _display_name = QT_TRANSLATE_NOOP("LandTransitionAlgorithm", "Land-use transition matrix")
    _group_id = "landcover"
    _group = QT_TRANSLATE_NOOP("LandTransitionAlgorithm", "Land cover")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Counts, for every zone, the pixels and km² of every from → to pair of classes "
            "between two land-cover rasters (e.g. 2005 and 2020), unchanged pairs included: "
            "where new built-up land came from.</p>"
            "<h3>Inputs</h3><ul>"
            "<li><b>Earlier</b> and <b>later</b> land-cover rasters (any GDAL format, any "
            "band). On the same grid with different extents, their intersection is counted. "
            "On different grids (CRS, resolution or alignment), the later raster is "
            "resampled by nearest neighbour onto the earlier one's grid while it is read; "
            "untick <b>Allow resampling</b> to stop instead. A pixel counts only where "
            "neither raster is nodata.</li>"
            "<li><b>Zones</b> (optional polygons in any CRS) and the <b>zone field</b>; a "
            "pixel belongs to a zone when its centre lies inside; zones may overlap. Without "
            "zones the whole raster is the zone <i>ALL</i>.</li>"
            "<li><b>Class preset</b> or a <b>class CSV</b> (class, name, optional name_zh) "
            "for the class names; class lists that differ between the dates are merged.</li>"
            "</ul><h3>Outputs</h3><ul>"
            "<li>Table <b>zone, from_class, to_class, from_name, to_name, pixels, "
            "area_km2</b> (true areas).</li>"
            "<li>Optional change raster: code = from class × 1000 + to class (e.g. 1005 = "
            "class 1 → class 5), 0 for nodata or outside the zones, with a style naming "
            "every pair.</li>"
            "<li>HTML: one matrix per zone (rows from, columns to, km², totals, names in "
            "English and Chinese) and where each class's gains came from.</li></ul>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.FROM_RASTER, self.tr("Earlier land cover (from)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.TO_RASTER, self.tr("Later land cover (to)")))
        for name, parent, label in ((self.FROM_BAND, self.FROM_RASTER, self.tr("Earlier band")),
                                    (self.TO_BAND, self.TO_RASTER, self.tr("Later band"))):
            band = QgsProcessingParameterBand(name, label, defaultValue=1,
                                              parentLayerParameterName=parent, optional=True)
            self.add_advanced(band)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (cities, clusters)"),
            [SOURCE_VECTOR_POLYGON], optional=True))
        self.add_field(self.ZONE_FIELD, self.tr("Zone name field"), parent=self.ZONES)
        self.addParameter(QgsProcessingParameterEnum(
            self.PRESET, self.tr("Class preset"), options=land_cover.preset_options(),
            defaultValue=0, optional=True))
        classes = QgsProcessingParameterFile(
            self.CLASSES,
            self.tr("Class CSV (class, name, optional name_zh) instead of the preset"),
            extension="csv", optional=True)
        self.add_advanced(classes)
        resample = QgsProcessingParameterBoolean(
            self.ALLOW_RESAMPLING, self.tr("Allow resampling the later raster onto the "
                                           "earlier one's grid"), defaultValue=True,
            optional=True)
        self.add_advanced(resample)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Transitions"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_CHANGE, self.tr("Change raster"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Transition matrices (HTML)"),
            self.tr("HTML files (*.html)"), optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas")
        from ..analysis.landcover import land_counts as lc
        from ..analysis.landcover.coefficients import class_names
        from ..analysis.landcover.land_accounting import TRANSITION_COLUMNS, transition_table
        from ..analysis.landcover.land_rasters import ChangeRaster
        from ..analysis.messages import AnalysisError
        from ..analysis.values import plain_records

        first_layer = self.parameterAsRasterLayer(parameters, self.FROM_RASTER, context)
        second_layer = self.parameterAsRasterLayer(parameters, self.TO_RASTER, context)
        first = lc.RasterInput(land_cover.raster_file(first_layer, self.FROM_RASTER),
                               self.parameterAsInt(parameters, self.FROM_BAND, context) or 1)
        second = lc.RasterInput(land_cover.raster_file(second_layer, self.TO_RASTER),
                                self.parameterAsInt(parameters, self.TO_BAND, context) or 1)
        zones_source = self.parameterAsSource(parameters, self.ZONES, context)
        zones, labels = (land_cover.zones_in_raster_crs(
            zones_source, self.parameterAsString(parameters, self.ZONE_FIELD, context),
            first_layer.crs(), context, feedback)
            if zones_source is not None else ([], {lc.WHOLE_RASTER: ALL}))
        change_output = self.parameterAsOutputLayer(parameters, self.OUTPUT_CHANGE, context)
        try:
            classes = land_cover.class_table(
                self.parameterAsEnum(parameters, self.PRESET, context),
                self.parameterAsFile(parameters, self.CLASSES, context),
                with_coefficients=False)
            land_cover.check_class_table_first([first, second], classes, feedback)
            plan = lc.plan_counts(first, second, zones, resample=self.parameterAsBoolean(
                parameters, self.ALLOW_RESAMPLING, context))
            writer = ChangeRaster(change_output, plan) if change_output else None
            result = land_cover.count_with_writer(lc, plan, writer, feedback, 85)
        except AnalysisError as error:
            raise self.analysis_failure(error) from None

        land_cover.log_counts(result, labels, feedback, self)
        present = set(result.table["from_class"]) | set(result.table["to_class"])
        land_cover.report_unknown_classes(present, classes, feedback)
        names = class_names(classes)
        table = transition_table(result.table, names, labels)
        fields = table_fields(TRANSITION_COLUMNS, text=["zone", "from_name", "to_name"],
                              integer=["from_class", "to_class", "pixels"])
        sink, dest_id = create_table_sink(self, parameters, self.OUTPUT, context, fields)
        write_rows(sink, plain_records(table, TRANSITION_COLUMNS), feedback, 85, 95)
        outputs = {self.OUTPUT: dest_id}
        if writer is not None:
            pairs = sorted(set(zip(table["from_class"], table["to_class"])))
            land_cover.write_change_style(change_output, pairs, names,
                                          land_cover.colors_of(classes))
            outputs[self.OUTPUT_CHANGE] = change_output
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html_path:
            Path(html_path).write_text(self._html(table, names, first_layer, second_layer),
                                       encoding="utf-8")
            outputs[self.OUTPUT_HTML] = html_path
        self._log_gains(table, names, feedback)
        return outputs

    def _labels(self):
        from ..analysis.landcover.transition_report import ReportLabels

        return ReportLabels(
            title=self.tr("Land-use transitions"),
            subtitle=self.tr("{first} → {second}; areas in km²"),
            corner=self.tr("from \\ to"), total=self.tr("Total"),
            gains=self.tr("Where new land came from"),
            gain=self.tr("new {name}: {origins}"), origin=self.tr("{share:.0%} from {name}"),
            no_change=self.tr("No class gained land."))

    def _html(self, table, names, first_layer, second_layer):
        from ..analysis.landcover.transition_report import transitions_html

        return transitions_html(table, names, first_layer.name(), second_layer.name(),
                                self._labels(), language=self._name_language())

    def _log_gains(self, table, names, feedback):
        from ..analysis.landcover.land_accounting import gains_by_origin
        from ..analysis.landcover.transition_report import gain_sentences

        gains = gains_by_origin(table)
        for zone in table["zone"].drop_duplicates():
            for sentence in gain_sentences(gains, zone, names, self._labels(),
                                           self._name_language())[:3]:
                feedback.pushInfo(f"{zone}: {sentence}")

    def _name_language(self) -> int:
        """Class names in Chinese (1) when QGIS speaks Chinese, else English (0)."""
        return 1 if self.user_language() == "zh" else 0
