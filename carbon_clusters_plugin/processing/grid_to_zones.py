"""carbonclusters:gridtozones — gridded emissions summed over zones, exact partial pixels."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
)

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import NUMBER_DOUBLE, SOURCE_RASTER, SOURCE_VECTOR, SOURCE_VECTOR_POLYGON, finish_sink
from .common import land_cover, styles
from .common.attributes import ellipsoidal_area_calculator, geometry_area_km2
from .common.base import CarbonClustersAlgorithm
from .common.tables import create_table_sink, table_fields, write_rows


class GridToZonesAlgorithm(CarbonClustersAlgorithm):
    INPUT = "INPUT"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    VALUE_TYPE = "VALUE_TYPE"
    SCALE = "SCALE"
    OUTPUT = "OUTPUT"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    GRID_TOTAL = "GRID_TOTAL"
    ZONES_TOTAL = "ZONES_TOTAL"
    OUTSIDE_TOTAL = "OUTSIDE_TOTAL"

    _name = "gridtozones"
    _display_name = QT_TRANSLATE_NOOP(
        "GridToZonesAlgorithm", "Gridded emissions to zones (exact partial pixels)")
    _group_id = "emissions"
    _group = QT_TRANSLATE_NOOP("GridToZonesAlgorithm", "Emissions")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Sums gridded emission inventories (CHRED, EDGAR, ODIAC, local 1 km grids) "
            "over city polygons. Each pixel's value is shared among the zones in proportion "
            "to the exact part of the pixel that each zone covers (exactextract), instead of "
            "giving a border pixel wholly to one city.</p>"
            "<h3>Inputs</h3><ul>"
            "<li><b>Emission rasters</b>: one or more (one per sector or year); every band "
            "of each becomes a field named after the layer (and band). Rasters in degrees "
            "use the ellipsoidal area of each pixel row.</li>"
            "<li><b>Zones</b> (polygons in any CRS) and the <b>zone field</b>; features with "
            "the same name form one zone.</li>"
            "<li><b>Value type</b>: a quantity per pixel (e.g. t per cell); a density per km² "
            "(multiplied by the pixel's true area); or a flux in kg m⁻² s⁻¹ (read as "
            "t per km² per 365-day year). <b>Scale</b> multiplies every value (e.g. 0.0001 "
            "for t → 10⁴ t).</li></ul>"
            "<h3>Outputs</h3><ul>"
            "<li>Table <b>zone, total, covered_share</b> and one field per raster band: "
            "<b>total</b> is the sum of the band fields; <b>covered_share</b> the share of "
            "the zone's ellipsoidal area covered by valid pixels (the smallest over the "
            "inputs).</li>"
            "<li>Optional zone layer with the same fields joined.</li>"
            "<li>Numbers for the first raster band: GRID_TOTAL (the grid over the zones' "
            "bounding box), ZONES_TOTAL (sum of the zones) and OUTSIDE_TOTAL (what lies "
            "outside every zone). The log reconciles them: inside the union of the zones = "
            "sum of the zones, unless zones overlap.</li></ul>"
            "<p>Nodata pixels contribute nothing.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr("Emission rasters"), SOURCE_RASTER))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (cities)"), [SOURCE_VECTOR_POLYGON]))
        self.add_field(self.ZONE_FIELD, self.tr("Zone name field"), parent=self.ZONES)
        self.addParameter(QgsProcessingParameterEnum(
            self.VALUE_TYPE, self.tr("Pixel values are"),
            options=[self.tr("a quantity per pixel"), self.tr("a density per km²"),
                     self.tr("a flux in kg m⁻² s⁻¹ (→ t per km² and year)")],
            defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SCALE, self.tr("Scale (multiplier of every value)"),
            NUMBER_DOUBLE, defaultValue=1.0, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Zone totals"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ZONES, self.tr("Zones with totals"),
            SOURCE_VECTOR_POLYGON, optional=True, createByDefault=False))
        for name, label in ((self.GRID_TOTAL, self.tr("Grid total over the zones' extent")),
                            (self.ZONES_TOTAL, self.tr("Sum of the zones")),
                            (self.OUTSIDE_TOTAL, self.tr("Outside every zone"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("exactextract")
        from ..analysis.grids import grid_zones as gz
        from ..analysis.messages import AnalysisError, Cancelled

        rasters = self.parameterAsLayerList(parameters, self.INPUT, context)
        if not rasters:
            raise QgsProcessingException(self.tr("No emission raster given."))
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context)
        geometries = land_cover.zone_geometries(source, zone_field, feedback)
        calculator = ellipsoidal_area_calculator(source, context)
        areas = {index: geometry_area_km2(geometry, calculator) or 0.0
                 for index, geometry in enumerate(geometries.values(), start=1)}
        bands = self._bands(rasters, parameters, context, gz)
        results = {}
        span = 90 / len(bands)
        try:
            gz.check_fields([band for band, _ in bands])
            for number, (band, layer) in enumerate(bands):
                zones, labels = land_cover.zones_in_crs(geometries, source.sourceCrs(),
                                                        layer.crs(), context, feedback)
                results[band.field] = gz.band_totals(
                    band, zones, lambda f, n=number: feedback.setProgress(span * (n + f)),
                    feedback.isCanceled)
                self._log_reconciliation(band.field, results[band.field], feedback)
        except Cancelled:
            raise QgsProcessingException(self.tr("Cancelled.")) from None
        except AnalysisError as error:
            raise self.analysis_failure(error) from None

        rows = gz.combine_bands(results, areas, labels)
        columns = ["zone", "total", "covered_share"] + list(results)
        sink, dest_id = create_table_sink(self, parameters, self.OUTPUT, context,
                                          table_fields(columns, text=["zone"]))
        write_rows(sink, rows, feedback, 90, 95)
        outputs = {self.OUTPUT: dest_id}
        if parameters.get(self.OUTPUT_ZONES):
            outputs[self.OUTPUT_ZONES] = self._write_zones(
                parameters, context, source, zone_field, rows, columns, feedback)
            # loads graduated on the total (reds, natural breaks of its own values)
            styles.style_when_loaded(context, outputs[self.OUTPUT_ZONES], styles.EMISSIONS,
                                     "total")
        first = next(iter(results.values()))
        outputs.update({self.GRID_TOTAL: first.grid_total, self.ZONES_TOTAL: first.zones_total,
                        self.OUTSIDE_TOTAL: first.outside_total})
        return outputs

    def _bands(self, rasters, parameters, context, gz):
        value_type = self.parameterAsEnum(parameters, self.VALUE_TYPE, context)
        scale = self.parameterAsDouble(parameters, self.SCALE, context) \
            if parameters.get(self.SCALE) not in (None, "") else 1.0
        bands, taken = [], []
        for layer in rasters:
            path = land_cover.raster_file(layer, self.INPUT)
            for band in range(1, layer.bandCount() + 1):
                field = gz.field_name(layer.name(), band, layer.bandCount(), taken)
                taken.append(field)
                bands.append((gz.GridBand(path, band, field, value_type, scale), layer))
        return bands

    def _log_reconciliation(self, field, result, feedback):
        feedback.pushInfo(self.tr(
            "{field}: grid over the zones' extent {grid:,.6g}; inside the union of the zones "
            "{inside:,.6g}; sum of the zones {zones:,.6g}; outside every zone {outside:,.6g}."
        ).format(field=field, grid=result.grid_total, inside=result.inside_total,
                 zones=result.zones_total, outside=result.outside_total))
        if abs(result.zones_total - result.inside_total) > 1e-6 * max(1.0, result.inside_total):
            feedback.pushWarning(self.tr(
                "{field}: the zones overlap, so their sum exceeds the total inside them."
            ).format(field=field))

    def _write_zones(self, parameters, context, source, zone_field, rows, columns, feedback):
        fields = QgsFields(source.fields())
        for field in table_fields(columns[1:]):
            fields.append(field)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_ZONES, context, fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_ZONES))
        by_zone = {row["zone"]: row for row in rows}
        for feature in source.getFeatures():
            self.stop_if_cancelled(feedback)
            label = land_cover.zone_label(feature, zone_field)
            row = by_zone.get(label, {})
            joined = QgsFeature(fields)
            joined.setGeometry(feature.geometry())
            joined.setAttributes(feature.attributes() + [row.get(c) for c in columns[1:]])
            if not sink.addFeature(joined, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(sink.lastError())
        finish_sink(sink)
        return dest_id
