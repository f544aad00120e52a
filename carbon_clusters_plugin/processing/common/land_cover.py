"""What the land-cover algorithms share: zones in the raster's CRS, class tables, logging,
and the styles written beside raster outputs (QGIS loads ``<name>.qml`` with the file)."""

from pathlib import Path
from typing import Dict, List, Tuple

from qgis.core import (
    QgsColorRampShader,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsPalettedRasterRenderer,
    QgsProcessingException,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ...compat import GEOMETRY_OPERATION_SUCCESS, GEOMETRY_POLYGON
from ...paths import resource


def tr(text: str) -> str:
    return QCoreApplication.translate("LandCover", text)


def raster_file(layer, parameter_label: str) -> str:
    """The GDAL data source of a raster layer parameter."""
    if layer is None:
        raise QgsProcessingException(tr("No raster given for {name}.").format(
            name=parameter_label))
    if layer.providerType() != "gdal":
        raise QgsProcessingException(tr(
            'Raster "{layer}" is not read by GDAL (provider {provider}); save it as a '
            "GeoTIFF first.").format(layer=layer.name(), provider=layer.providerType()))
    return layer.source()


def zones_in_raster_crs(source, zone_field: str, raster_crs, context, feedback):
    """Zones as (index, WKB in the raster's CRS), labelled by the zone field's value;
    features sharing a label form one zone."""
    return zones_in_crs(zone_geometries(source, zone_field, feedback), source.sourceCrs(),
                        raster_crs, context, feedback)


def zone_geometries(source, zone_field: str, feedback) -> Dict[str, QgsGeometry]:
    """One geometry per zone label (features sharing a label merged), in the source's CRS."""
    if source.featureCount() == 0:
        raise QgsProcessingException(tr('The zone layer "{layer}" has no features.').format(
            layer=source.sourceName()))
    if QgsWkbTypes.geometryType(source.wkbType()) != GEOMETRY_POLYGON:
        raise QgsProcessingException(tr(
            'The zone layer "{layer}" has {kind} geometries: zones must be polygons.').format(
            layer=source.sourceName(), kind=QgsWkbTypes.displayString(source.wkbType())))
    request = QgsFeatureRequest()
    if zone_field:
        request.setSubsetOfAttributes([zone_field], source.fields())
    parts: Dict[str, List[QgsGeometry]] = {}
    for feature in source.getFeatures(request):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        label = zone_label(feature, zone_field)
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            feedback.pushWarning(tr("Zone {zone} has no geometry; it is left out.").format(
                zone=label))
            continue
        if not geometry.isGeosValid():
            # self-intersections break unions and exact coverage; repaired, and said so
            feedback.pushWarning(tr("Zone {zone} has an invalid geometry; it is repaired "
                                    "(make valid) before use.").format(zone=label))
            geometry = geometry.makeValid()
        parts.setdefault(label, []).append(QgsGeometry(geometry))
    return {label: QgsGeometry.unaryUnion(geometries) if len(geometries) > 1 else geometries[0]
            for label, geometries in parts.items()}


def zones_in_crs(geometries: Dict[str, QgsGeometry], source_crs, target_crs, context,
                 feedback):
    """(zones with WKB in ``target_crs`` indexed from 1, {index: label})."""
    from ...analysis.raster_io import Zone

    transform = QgsCoordinateTransform(source_crs, target_crs, context.transformContext())
    if source_crs != target_crs:
        feedback.pushInfo(tr("Zones are transformed from {source} to the raster's {target}.")
                          .format(source=source_crs.authid(),
                                  target=target_crs.authid() or target_crs.description()))
    zones, labels = [], {}
    for index, (label, geometry) in enumerate(geometries.items(), start=1):
        transformed = QgsGeometry(geometry)
        try:
            transformed_ok = transformed.transform(transform) == GEOMETRY_OPERATION_SUCCESS
        except QgsCsException:
            transformed_ok = False
        if not transformed_ok:
            raise QgsProcessingException(tr(
                'Zone "{zone}" cannot be transformed from {source} to the raster\'s CRS {target}.')
                .format(zone=label, source=source_crs.authid(),
                        target=target_crs.authid() or target_crs.description()))
        zones.append(Zone(index, bytes(transformed.asWkb())))
        labels[index] = label
    return zones, labels


def zone_label(feature, zone_field: str) -> str:
    if not zone_field:
        return str(feature.id())
    value = feature[zone_field]
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return "NULL"
    return str(value)


def class_table(preset_index: int, csv_path: str, with_coefficients: bool = True):
    from ...analysis.landcover.coefficients import PRESETS, read_class_table

    if csv_path:
        return read_class_table(Path(csv_path), with_coefficients)
    return read_class_table(resource("presets", PRESETS[preset_index][0]))


def preset_options() -> List[str]:
    from ...analysis.landcover.coefficients import PRESETS

    return [tr(label) for _, label in PRESETS]


def log_counts(result, zone_labels: Dict[int, str], feedback, algorithm) -> None:
    plan = result.plan
    for note in plan.notes:
        feedback.pushWarning(algorithm.message_text(note))
    feedback.pushInfo(tr("Grid: {grid}.").format(grid=plan.grid.describe()))
    if result.nodata_pixels:
        feedback.pushInfo(tr("{count:,} nodata pixels are left out.").format(
            count=result.nodata_pixels))
    if result.outside_pixels:
        feedback.pushInfo(tr("{count:,} valid pixels lie outside every zone and are left "
                             "out.").format(count=result.outside_pixels))
    if plan.unread_pixels and plan.zone_layers:
        feedback.pushInfo(tr("{count:,} pixels beyond the zones' extent were not read.")
                          .format(count=plan.unread_pixels))
    counted = set(result.table["zone"].unique())
    empty = [label for index, label in zone_labels.items() if index not in counted]
    if empty:
        feedback.pushWarning(tr("No valid pixel in {count} zone(s): {zones}.").format(
            count=len(empty), zones=", ".join(empty[:10])))


def check_class_table_first(rasters, table, feedback) -> None:
    """Before reading every pixel: classes of a quick sample missing from the class table,
    and table classes that are a raster's nodata value (never counted)."""
    from ...analysis.landcover import land_counts as lc
    from ...analysis.landcover.coefficients import unknown_classes
    from ...analysis.raster_io import check_band, open_raster

    sampled = set()
    for raster in rasters:
        sampled.update(lc.likely_classes(raster))
        dataset = open_raster(raster.path)  # the band is only valid while its dataset lives
        nodata = check_band(dataset, raster.band).GetNoDataValue()
        if nodata is not None and nodata in set(table["class"].tolist()):
            feedback.pushWarning(tr(
                "Class {code} of the class table is the nodata value of {raster}: it is "
                "never counted there.").format(code=int(nodata), raster=raster.path))
    missing = unknown_classes(sampled, table)
    if missing:
        feedback.pushWarning(tr(
            "A quick look at the raster finds classes the class table lacks: {codes}. They "
            "are counted under their code, without a sink.").format(
            codes=", ".join(str(code) for code in missing)))


def report_unknown_classes(codes, table, feedback) -> None:
    from ...analysis.landcover.coefficients import unknown_classes

    unknown = unknown_classes(codes, table)
    if unknown:
        feedback.pushWarning(tr(
            "Classes not in the class table, counted under their code without a sink "
            "coefficient: {codes}.").format(codes=", ".join(str(c) for c in unknown)))


def write_change_style(path: str, pairs: List[Tuple[int, int]], names, colors) -> None:
    """A paletted style naming every from → to pair, coloured by the class gained and
    grouped by it; then the unchanged classes, in light grey, at the end of the legend."""
    changed = sorted(((f, t) for f, t in pairs if f != t), key=lambda pair: (pair[1], pair[0]))
    unchanged = sorted(f for f, t in pairs if f == t)
    classes = [QgsPalettedRasterRenderer.Class(
        f * 1000 + t, QColor(colors.get(t) or "#888888"),
        "{} → {}".format(_bilingual(names, f), _bilingual(names, t))) for f, t in changed]
    classes += [QgsPalettedRasterRenderer.Class(
        c * 1000 + c, QColor("#dddddd"),
        tr("{name}, unchanged").format(name=_bilingual(names, c))) for c in unchanged]
    _save_style(path, lambda layer: QgsPalettedRasterRenderer(layer.dataProvider(), 1,
                                                              classes))


def write_sink_style(path: str, minimum: float, maximum: float) -> None:
    """Pseudo-colour from sources (brown, below 0) through 0 (white) to sinks (green)."""
    def renderer(layer):
        ramp = QgsColorRampShader(min(minimum, 0.0), max(maximum, 0.0))
        items = [QgsColorRampShader.ColorRampItem(min(minimum, 0.0), QColor("#8c510a"),
                                                  f"{min(minimum, 0.0):.3g}"),
                 QgsColorRampShader.ColorRampItem(0.0, QColor("#f7f7f7"), "0"),
                 QgsColorRampShader.ColorRampItem(max(maximum, 0.0), QColor("#1b7837"),
                                                  f"{max(maximum, 0.0):.3g}")]
        ramp.setColorRampItemList(items if minimum < 0 else items[1:])
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(ramp)
        return QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)

    _save_style(path, renderer)


def write_year_style(path: str, years: List[int]) -> None:
    """One colour a year, from dark red (the first year: built-up by then) to light yellow
    (the latest), named by year: an urban-expansion map."""
    ramp = QgsGradientColorRamp(QColor("#800026"), QColor("#ffeda0"))
    ramp.setStops([QgsGradientStop(0.5, QColor("#fc4e2a"))])
    classes = []
    for number, year in enumerate(years):
        label = tr("{year} or before").format(year=year) if number == 0 else str(year)
        color = ramp.color(number / max(1, len(years) - 1))
        classes.append(QgsPalettedRasterRenderer.Class(int(year), color, label))
    _save_style(path, lambda layer: QgsPalettedRasterRenderer(layer.dataProvider(), 1,
                                                              classes))


def _save_style(path: str, make_renderer) -> None:
    layer = QgsRasterLayer(path, "style", "gdal")
    if not layer.isValid():
        return
    layer.setRenderer(make_renderer(layer))
    layer.saveNamedStyle(str(Path(path).with_suffix(".qml")))


def _bilingual(names, code) -> str:
    english, chinese = names.get(int(code), (str(code), ""))
    return f"{english} ({chinese})" if chinese else english


def colors_of(table) -> Dict[int, str]:
    return {int(c): str(k) for c, k in zip(table["class"], table["color"]) if k}


def count_with_writer(lc, plan, writer, feedback, progress_span: float, run=None):
    """Runs the counts (``run``, default lc.run_counts), writing the per-pixel output if any;
    a failed or cancelled run removes the half-written raster."""
    run = run or lc.run_counts
    try:
        result = run(plan, progress=lambda f: feedback.setProgress(progress_span * f),
                     is_cancelled=feedback.isCanceled,
                     strip_hook=writer.write if writer else None)
    except lc.Cancelled:
        if writer is not None:
            writer.discard()
        raise QgsProcessingException(tr("Cancelled.")) from None
    except BaseException:
        if writer is not None:
            writer.discard()
        raise
    if writer is not None:
        writer.close()
    return result
