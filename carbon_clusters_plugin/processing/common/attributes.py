"""Reading a feature source's attributes (and geometry areas) into plain columns."""

import math
from typing import Callable, Dict, List, Optional, Sequence

from qgis.core import (
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...analysis.values import numeric_column
from ...compat import AREA_SQUARE_KILOMETERS, REQUEST_NO_GEOMETRY

FID = "fid"
AREA = "geometry_area_km2"
_SHOWN_EXAMPLES = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("Attributes", text)


def ellipsoidal_area_calculator(source, context) -> QgsDistanceArea:
    """True areas on the ellipsoid of the project, or of the layer's CRS when there is none."""
    calculator = QgsDistanceArea()
    calculator.setSourceCrs(source.sourceCrs(), context.transformContext())
    ellipsoid = context.ellipsoid() or source.sourceCrs().ellipsoidAcronym() or "EPSG:7030"
    if ellipsoid.upper() == "NONE":
        ellipsoid = source.sourceCrs().ellipsoidAcronym() or "EPSG:7030"
    calculator.setEllipsoid(ellipsoid)
    return calculator


def read_columns(
    source,
    field_names: Sequence[str],
    feedback,
    area_calculator: Optional[QgsDistanceArea] = None,
    progress: Callable[[float], None] = lambda fraction: None,
) -> Dict[str, List]:
    """Raw values of the named fields, feature ids and, if asked, geometry areas in km²."""
    indices = {name: field_index(source, name) for name in field_names}
    request = QgsFeatureRequest().setSubsetOfAttributes(list(indices.values()))
    if area_calculator is None:
        request.setFlags(REQUEST_NO_GEOMETRY)
    columns: Dict[str, List] = {name: [] for name in field_names}
    columns[FID] = []
    if area_calculator is not None:
        columns[AREA] = []
    total = source.featureCount() or 1
    for count, feature in enumerate(source.getFeatures(request)):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        attributes = feature.attributes()
        for name, index in indices.items():
            columns[name].append(attributes[index])
        columns[FID].append(feature.id())
        if area_calculator is not None:
            columns[AREA].append(geometry_area_km2(feature.geometry(), area_calculator))
        progress(count / total)
    return columns


def field_index(source, name: str) -> int:
    """The index of field ``name`` of ``source``; a missing field stops the algorithm (index
    −1 would read the layer's last column)."""
    index = source.fields().lookupField(name)
    if index < 0:
        raise QgsProcessingException(tr('Layer "{layer}" has no field "{field}".').format(
            layer=source.sourceName(), field=name))
    return index


def geometry_area_km2(geometry, calculator: QgsDistanceArea) -> Optional[float]:
    if geometry is None or geometry.isEmpty():
        return None
    square_metres = calculator.measureArea(geometry)
    return calculator.convertAreaMeasurement(
        square_metres, AREA_SQUARE_KILOMETERS
    )


def numbers_of_field(raw_values: Sequence, field_name: str, layer_name: str, fids,
                     infinite_allowed: bool = False) -> List[float]:
    """Floats of a field; text that is not a number stops the algorithm, naming it, and so
    does an infinite value unless ``infinite_allowed`` (the caller then deals with it)."""
    column = numeric_column(raw_values)
    if not infinite_allowed:
        infinite = [row for row, value in enumerate(column.values) if math.isinf(value)]
        if infinite:
            raise QgsProcessingException(tr(
                'Field "{field}" of layer "{layer}" is infinite in {count} feature(s): '
                "{features}. Correct the values or leave them empty.").format(
                field=field_name, layer=layer_name, count=len(infinite),
                features=describe_rows(infinite, fids)))
    if column.bad_rows:
        examples = ", ".join(
            tr('"{value}" (feature {fid})').format(value=column.bad_values[i], fid=fids[row])
            for i, row in enumerate(column.bad_rows[:_SHOWN_EXAMPLES])
        )
        raise QgsProcessingException(
            tr('Field "{field}" of layer "{layer}" holds {count} value(s) that are not '
               "numbers: {examples}. Correct them or choose a numeric field.").format(
                field=field_name, layer=layer_name, count=len(column.bad_rows),
                examples=examples)
        )
    return column.values


def describe_rows(rows: Sequence[int], labels: Sequence) -> str:
    """'a, b, c and 4 more' for a log line."""
    shown = ", ".join(str(labels[row]) for row in rows[:_SHOWN_EXAMPLES])
    rest = len(rows) - _SHOWN_EXAMPLES
    return shown + (tr(" and {count} more").format(count=rest) if rest > 0 else "")
