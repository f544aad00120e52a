"""Tables without geometry: the algorithms' table outputs (feature sinks that chain in models)."""

from typing import Dict, Iterable, List, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant


def table_fields(
    columns: Sequence[str], text: Iterable[str] = (), integer: Iterable[str] = ()
) -> QgsFields:
    """Double fields, except the named text and integer ones."""
    text, integer = set(text), set(integer)
    fields = QgsFields()
    for name in columns:
        if name in text:
            fields.append(QgsField(name, QVariant.Type.String))
        elif name in integer:
            fields.append(QgsField(name, QVariant.Type.Int))
        else:
            fields.append(QgsField(name, QVariant.Type.Double))
    return fields


def create_table_sink(algorithm, parameters, name, context, fields: QgsFields):
    """A geometry-less feature sink for the output parameter ``name``: (sink, destination id)."""
    sink, dest_id = algorithm.parameterAsSink(
        parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry,
        QgsCoordinateReferenceSystem())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    return sink, dest_id


def write_rows(sink, rows: List[Dict[str, object]], feedback, start=0.0, end=100.0) -> None:
    """Adds one feature per row (plain Python values, in the sink's field order)."""
    total = len(rows) or 1
    for count, row in enumerate(rows):
        if feedback.isCanceled():
            return
        feature = QgsFeature()
        feature.setAttributes(list(row.values()))
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(sink.lastError())
        feedback.setProgress(start + (end - start) * (count + 1) / total)
