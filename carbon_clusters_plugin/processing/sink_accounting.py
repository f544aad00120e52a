"""carbonclusters:sinkaccounting — class areas and carbon sinks of a land-cover raster."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import SOURCE_VECTOR, SOURCE_VECTOR_POLYGON
from .common import land_cover
from .common.base import CarbonClustersAlgorithm
from .common.tables import create_table_sink, table_fields, write_rows

ALL = "ALL"


class SinkAccountingAlgorithm(CarbonClustersAlgorithm):
    INPUT = "INPUT"
    BAND = "BAND"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    COEFFICIENTS = "COEFFICIENTS"
    PRESET = "PRESET"
    COEFFICIENT_UNIT = "COEFFICIENT_UNIT"
    OUTPUT = "OUTPUT"
    OUTPUT_RASTER = "OUTPUT_RASTER"
    TOTAL_AREA_KM2 = "TOTAL_AREA_KM2"
    TOTAL_SINK_TCO2 = "TOTAL_SINK_TCO2"

    _name = "sinkaccounting"
    _display_name = QT_TRANSLATE_NOOP(
        "SinkAccountingAlgorithm", "Carbon sinks and class areas of land cover")
    _group_id = "landcover"
    _group = QT_TRANSLATE_NOOP("SinkAccountingAlgorithm", "Land cover")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Counts the pixels of every land-cover class in each zone, turns them into "
            "true areas and multiplies them by sink coefficients: the built-up land and the "
            "carbon sinks of a city-cluster study, from 30 m rasters of whole regions.</p>"
            "<h3>Inputs</h3><ul>"
            "<li><b>Land-cover raster</b> (any GDAL format) and its <b>band</b>.</li>"
            "<li><b>Zones</b> (optional polygons, e.g. cities or clusters, in any CRS: they "
            "are transformed to the raster's) and the <b>zone field</b> naming them; features "
            "with the same name form one zone, and zones may overlap (each counts all its "
            "pixels). A pixel belongs to a zone when its centre lies inside. Without zones "
            "the whole raster is one zone, <i>ALL</i>.</li>"
            "<li><b>Class preset</b> (CAS/RESDC LUCC, CLCD, ESA WorldCover, GlobeLand30) with "
            "bilingual names and literature sink coefficients in t C/hm²/yr, or a "
            "<b>coefficient CSV</b> with columns class, name, coefficient (and optional "
            "name_zh) in the chosen <b>coefficient unit</b>. Negative coefficients (sources) "
            "are summed as they are.</li></ul>"
            "<h3>Outputs</h3><ul>"
            "<li>Table: <b>zone, class, class_name, class_name_zh, pixels, area_km2</b> (true "
            "area: pixel size for projected rasters, the ellipsoidal area of each pixel row "
            "for rasters in degrees), <b>share</b> (of the zone's valid area) and "
            "<b>sink_tco2</b> (t CO₂ per year; NULL for a class without coefficient). The "
            "built-up land of each zone is its row of the built-up class.</li>"
            "<li>Optional raster of the sink of every pixel (t CO₂ per pixel and year).</li>"
            "<li>Numbers TOTAL_AREA_KM2 and TOTAL_SINK_TCO2 for models.</li></ul>"
            "<p>Nodata pixels and pixels outside every zone are left out and counted in the "
            "log; classes missing from the class table are listed there.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, self.tr("Land-cover raster")))
        band = QgsProcessingParameterBand(self.BAND, self.tr("Band"), defaultValue=1,
                                          parentLayerParameterName=self.INPUT, optional=True)
        self.add_advanced(band)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (cities, clusters)"),
            [SOURCE_VECTOR_POLYGON], optional=True))
        self.add_field(self.ZONE_FIELD, self.tr("Zone name field"), parent=self.ZONES)
        self.addParameter(QgsProcessingParameterEnum(
            self.PRESET, self.tr("Class preset"), options=land_cover.preset_options(),
            defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.COEFFICIENTS, self.tr("Coefficient CSV (class, name, coefficient)"),
            extension="csv", optional=True))
        unit = QgsProcessingParameterEnum(
            self.COEFFICIENT_UNIT, self.tr("Unit of the CSV's coefficients"),
            options=["t C/hm²/yr", "t CO₂/hm²/yr", "t CO₂/km²/yr"], defaultValue=0,
            optional=True)
        self.addParameter(unit)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Class areas and sinks"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_RASTER, self.tr("Sink per pixel"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_AREA_KM2,
                                                 self.tr("Total area (km²)")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_SINK_TCO2,
                                                 self.tr("Total sink (t CO₂/yr)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas")
        from ..analysis.landcover import land_counts as lc
        from ..analysis.landcover.coefficients import class_names, coefficients_tco2_per_km2
        from ..analysis.landcover.land_accounting import SINK_COLUMNS, sink_table, totals
        from ..analysis.landcover.land_rasters import SinkRaster
        from ..analysis.messages import AnalysisError
        from ..analysis.values import plain_records

        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        path = land_cover.raster_file(layer, self.INPUT)
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        zones_source = self.parameterAsSource(parameters, self.ZONES, context)
        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context)
        zones, labels = (land_cover.zones_in_raster_crs(
            zones_source, zone_field, layer.crs(), context, feedback)
            if zones_source is not None else ([], {lc.WHOLE_RASTER: ALL}))
        raster_output = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
        try:
            classes = land_cover.class_table(
                self.parameterAsEnum(parameters, self.PRESET, context),
                self.parameterAsFile(parameters, self.COEFFICIENTS, context))
            unit = self.parameterAsEnum(parameters, self.COEFFICIENT_UNIT, context) \
                if self.parameterAsFile(parameters, self.COEFFICIENTS, context) else 0
            coefficients = coefficients_tco2_per_km2(classes, unit)
            raster = lc.RasterInput(path, band)
            land_cover.check_class_table_first([raster], classes, feedback)
            plan = lc.plan_counts(raster, zones=zones)
            writer = SinkRaster(raster_output, plan, coefficients) if raster_output else None
            result = land_cover.count_with_writer(lc, plan, writer, feedback, 90)
        except AnalysisError as error:
            raise self.analysis_failure(error) from None

        land_cover.log_counts(result, labels, feedback, self)
        land_cover.report_unknown_classes(result.table["from_class"].unique(), classes,
                                          feedback)
        table = sink_table(result.table, class_names(classes), coefficients, labels)
        fields = table_fields(SINK_COLUMNS, text=["zone", "class_name", "class_name_zh"],
                              integer=["class", "pixels"])
        sink, dest_id = create_table_sink(self, parameters, self.OUTPUT, context, fields)
        write_rows(sink, plain_records(table, SINK_COLUMNS), feedback, 90, 100)
        summary = totals(table)
        outputs = {self.OUTPUT: dest_id, self.TOTAL_AREA_KM2: summary["area_km2"],
                   self.TOTAL_SINK_TCO2: summary["sink_tco2"]}
        if writer is not None:
            land_cover.write_sink_style(raster_output, *writer.value_range())
            outputs[self.OUTPUT_RASTER] = raster_output
        feedback.pushInfo(self.tr("Total: {area:,.2f} km², sink {sink:,.1f} t CO₂/yr.").format(
            area=summary["area_km2"], sink=summary["sink_tco2"]))
        return outputs
