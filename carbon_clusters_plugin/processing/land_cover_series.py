"""carbonclusters:landcoverseries — class areas, sinks and transitions of an annual land-cover
series, every raster read once."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import NUMBER_INTEGER, SOURCE_RASTER, SOURCE_VECTOR, SOURCE_VECTOR_POLYGON
from .common import land_cover
from .common.base import CarbonClustersAlgorithm
from .common.tables import create_table_sink, table_fields, write_rows

ALL = "ALL"
AREA_COLUMNS = ["zone", "year", "class", "class_name", "class_name_zh", "pixels", "area_km2",
                "share", "sink_tco2"]
TRANSITION_COLUMNS = ["zone", "from_year", "to_year", "from_class", "to_class", "from_name",
                      "to_name", "pixels", "area_km2"]


class LandCoverSeriesAlgorithm(CarbonClustersAlgorithm):
    RASTERS = "RASTERS"
    YEARS = "YEARS"
    BAND = "BAND"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    PRESET = "PRESET"
    COEFFICIENTS = "COEFFICIENTS"
    COEFFICIENT_UNIT = "COEFFICIENT_UNIT"
    BUILTUP_CLASS = "BUILTUP_CLASS"
    ALLOW_RESAMPLING = "ALLOW_RESAMPLING"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_TRANSITIONS = "OUTPUT_TRANSITIONS"
    OUTPUT_FIRST_YEAR = "OUTPUT_FIRST_YEAR"

    _name = "landcoverseries"
    _display_name = QT_TRANSLATE_NOOP("LandCoverSeriesAlgorithm", "Land-cover series")
    _group_id = "landcover"
    _group = QT_TRANSLATE_NOOP("LandCoverSeriesAlgorithm", "Land cover")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Class areas, carbon sinks and from → to transitions of an annual land-cover "
            "series (e.g. CLCD 1985–2023, one raster a year), every raster read once: the "
            "rows of one sink accounting per year and of one transition matrix per pair of "
            "consecutive years and for the first → last years, in one run.</p>"
            "<h3>Inputs</h3><ul>"
            "<li><b>Land-cover rasters</b>, one a year (any GDAL format; the <b>band</b>, "
            "default 1, of each). They are put in time order. Rasters on the first one's grid "
            "with other extents: their common part is counted; on other grids (CRS, "
            "resolution, alignment) they are resampled by nearest neighbour onto the first "
            "one's grid while read (untick <b>Allow resampling</b> to stop instead).</li>"
            "<li><b>Years</b>: a comma list, one per raster in the given order (e.g. 2005, "
            "2010, 2015, 2020); empty: read from the file names (landcover_2005.tif, "
            "CLCD_v01_2005_albert_province.tif).</li>"
            "<li><b>Zones</b> (optional polygons in any CRS) and the <b>zone field</b>; a "
            "pixel belongs to a zone when its centre lies inside; zones may overlap. Without "
            "zones the whole raster is the zone <i>ALL</i>.</li>"
            "<li><b>Class preset</b> or a <b>coefficient CSV</b> (class, name, coefficient, "
            "optional name_zh) in the chosen <b>coefficient unit</b> (default t C/hm²/yr), "
            "as in the sink accounting.</li>"
            "<li><b>Built-up class</b> for the first-year map: empty for the preset's "
            "(CAS 5, CAS second level 51, CLCD 8, ESA WorldCover 50, GlobeLand30 80).</li>"
            "</ul><h3>Outputs</h3><ul>"
            "<li>Areas: <b>zone, year, class, class_name, class_name_zh, pixels, area_km2</b> "
            "(true areas in km²), <b>share</b> (of the zone's valid area that year) and "
            "<b>sink_tco2</b> (t CO₂ per year; NULL for a class without coefficient). A pixel "
            "counts where that year's raster is not nodata.</li>"
            "<li>Transitions: <b>zone, from_year, to_year, from_class, to_class, from_name, "
            "to_name, pixels, area_km2</b> for every pair of consecutive years and for the "
            "first → last years; a pixel counts where neither year is nodata.</li>"
            "<li>Optional first built-up year raster: the year each pixel first was of the "
            "built-up class (the first year means built-up by then; 0, no data, for pixels "
            "never built-up or outside the zones), styled from dark red (earliest) to "
            "yellow (latest): an urban-expansion map.</li></ul>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.RASTERS, self.tr("Land-cover rasters, one a year"), SOURCE_RASTER))
        self.addParameter(QgsProcessingParameterString(
            self.YEARS, self.tr("Years, comma separated (empty: from the file names)"),
            optional=True))
        band = QgsProcessingParameterNumber(self.BAND, self.tr("Band of every raster"),
                                            NUMBER_INTEGER, defaultValue=1, minValue=1,
                                            optional=True)
        self.add_advanced(band)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (cities, clusters)"), [SOURCE_VECTOR_POLYGON],
            optional=True))
        self.add_field(self.ZONE_FIELD, self.tr("Zone name field"), parent=self.ZONES)
        self.addParameter(QgsProcessingParameterEnum(
            self.PRESET, self.tr("Class preset"), options=land_cover.preset_options(),
            defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.COEFFICIENTS, self.tr("Coefficient CSV (class, name, coefficient)"),
            extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.COEFFICIENT_UNIT, self.tr("Unit of the CSV's coefficients"),
            options=["t C/hm²/yr", "t CO₂/hm²/yr", "t CO₂/km²/yr"], defaultValue=0,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUILTUP_CLASS, self.tr("Built-up class (empty: the preset's)"),
            NUMBER_INTEGER, optional=True))
        self.add_advanced(QgsProcessingParameterBoolean(
            self.ALLOW_RESAMPLING, self.tr("Allow resampling later rasters onto the first "
                                           "one's grid"), defaultValue=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AREAS, self.tr("Class areas and sinks by year"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TRANSITIONS, self.tr("Transitions"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_FIRST_YEAR, self.tr("First built-up year"), optional=True,
            createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas")
        from ..analysis.landcover import land_counts as lc
        from ..analysis.landcover import land_series as ls
        from ..analysis.landcover.coefficients import coefficients_tco2_per_km2
        from ..analysis.landcover.land_rasters import FirstYearRaster
        from ..analysis.messages import AnalysisError

        layers = self.parameterAsLayerList(parameters, self.RASTERS, context)
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        first_year_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_FIRST_YEAR,
                                                      context)
        try:
            layers, years = self._series_in_time_order(layers, parameters, context, feedback)
            rasters = [lc.RasterInput(land_cover.raster_file(layer, self.RASTERS), band)
                       for layer in layers]
            classes, coefficients = self._class_table(parameters, context,
                                                      coefficients_tco2_per_km2)
            builtup = self._builtup_class(parameters, context, classes, first_year_path)
        except AnalysisError as error:
            raise self.analysis_failure(error) from None
        zones_source = self.parameterAsSource(parameters, self.ZONES, context)
        zones, labels = (land_cover.zones_in_raster_crs(
            zones_source, self.parameterAsString(parameters, self.ZONE_FIELD, context),
            layers[0].crs(), context, feedback)
            if zones_source is not None else ([], {lc.WHOLE_RASTER: ALL}))
        self.stop_if_cancelled(feedback)
        try:
            land_cover.check_class_table_first(rasters, classes, feedback)
            plan = ls.plan_series(rasters, years, zones, resample=self.parameterAsBoolean(
                parameters, self.ALLOW_RESAMPLING, context))
            writer = FirstYearRaster(first_year_path, plan, builtup) \
                if first_year_path else None
            result = land_cover.count_with_writer(lc, plan, writer, feedback, 85,
                                                  run=ls.run_series)
        except AnalysisError as error:
            raise self.analysis_failure(error) from None

        self._log(result, labels, classes, feedback)
        outputs = self._write_tables(result, classes, coefficients, labels, parameters,
                                     context, feedback)
        if writer is not None:
            land_cover.write_year_style(first_year_path, years)
            outputs[self.OUTPUT_FIRST_YEAR] = first_year_path
        return outputs

    def _series_in_time_order(self, layers, parameters, context, feedback):
        from ..analysis.landcover import land_series as ls

        if len(layers) < 2:
            raise QgsProcessingException(self.tr(
                "A land-cover series needs at least two rasters in {parameter} ({count} "
                "given).").format(parameter=self.RASTERS, count=len(layers)))
        names = [layer.source() for layer in layers]
        text = self.parameterAsString(parameters, self.YEARS, context).strip()
        years = ls.parse_years(text, len(layers)) if text else ls.years_from_names(names)
        order = ls.in_time_order(names, years)
        if order != sorted(order):
            feedback.pushInfo(self.tr("The rasters are taken in time order: {order}.").format(
                order=", ".join(f"{years[n]} {layers[n].name()}" for n in order)))
        feedback.pushInfo(self.tr("Years: {years}.").format(
            years=", ".join(str(years[n]) for n in order)))
        return [layers[n] for n in order], [years[n] for n in order]

    def _class_table(self, parameters, context, coefficients_tco2_per_km2):
        csv_path = self.parameterAsFile(parameters, self.COEFFICIENTS, context)
        classes = land_cover.class_table(self.parameterAsEnum(parameters, self.PRESET, context),
                                         csv_path)
        unit = self.parameterAsEnum(parameters, self.COEFFICIENT_UNIT, context) \
            if csv_path else 0
        return classes, coefficients_tco2_per_km2(classes, unit)

    def _builtup_class(self, parameters, context, classes, first_year_path):
        from ..analysis.landcover.coefficients import BUILTUP_CLASS, PRESETS

        if parameters.get(self.BUILTUP_CLASS) not in (None, ""):
            code = self.parameterAsInt(parameters, self.BUILTUP_CLASS, context)
        elif self.parameterAsFile(parameters, self.COEFFICIENTS, context):
            if first_year_path:
                raise QgsProcessingException(self.tr(
                    "Give the built-up class ({parameter}) of the coefficient CSV for the "
                    "first built-up year raster.").format(parameter=self.BUILTUP_CLASS))
            return None
        else:
            preset = PRESETS[self.parameterAsEnum(parameters, self.PRESET, context)][0]
            code = BUILTUP_CLASS[preset]
        if first_year_path and code not in set(classes["class"].tolist()):
            raise QgsProcessingException(self.tr(
                "The built-up class {code} is not in the class table.").format(code=code))
        return code

    def _log(self, result, labels, classes, feedback):
        for note in result.plan.notes:
            feedback.pushWarning(self.message_text(note))
        # the first → last counts say what the log of a transition run says
        land_cover.log_counts(result.transitions[-1][2], labels, feedback, self)
        present = set()
        for counted in result.years:
            present |= set(counted.table["from_class"])
        land_cover.report_unknown_classes(present, classes, feedback)

    def _write_tables(self, result, classes, coefficients, labels, parameters, context,
                      feedback):
        import pandas as pd

        from ..analysis.landcover.coefficients import class_names
        from ..analysis.landcover.land_accounting import sink_table, transition_table
        from ..analysis.values import plain_records

        names = class_names(classes)
        years = result.plan.years
        areas = pd.concat([sink_table(counted.table, names, coefficients, labels)
                           .assign(year=years[number])
                           for number, counted in enumerate(result.years)], ignore_index=True)
        transitions = pd.concat([transition_table(counted.table, names, labels)
                                 .assign(from_year=years[first], to_year=years[second])
                                 for first, second, counted in result.transitions],
                                ignore_index=True)
        outputs = {}
        for name, table, columns, text, integer, span in (
                (self.OUTPUT_AREAS, areas, AREA_COLUMNS,
                 ["zone", "class_name", "class_name_zh"], ["year", "class", "pixels"],
                 (85, 90)),
                (self.OUTPUT_TRANSITIONS, transitions, TRANSITION_COLUMNS,
                 ["zone", "from_name", "to_name"],
                 ["from_year", "to_year", "from_class", "to_class", "pixels"], (90, 100))):
            fields = table_fields(columns, text=text, integer=integer)
            sink, dest_id = create_table_sink(self, parameters, name, context, fields)
            write_rows(sink, plain_records(table, columns), feedback, *span)
            outputs[name] = dest_id
        return outputs
