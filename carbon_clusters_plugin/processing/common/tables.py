"""Tables without geometry: the algorithms' table outputs (feature sinks that chain in models)."""

from typing import Dict, Iterable, List, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...compat import WKB_NO_GEOMETRY, finish_sink, make_field


def table_fields(
    columns: Sequence[str], text: Iterable[str] = (), integer: Iterable[str] = ()
) -> QgsFields:
    """Double fields, except the named text and integer ones."""
    text, integer = set(text), set(integer)
    fields = QgsFields()
    for name in columns:
        if name in text:
            fields.append(make_field(name, "string"))
        elif name in integer:
            fields.append(make_field(name, "int"))
        else:
            fields.append(make_field(name, "double"))
    return fields


def create_table_sink(algorithm, parameters, name, context, fields: QgsFields):
    """A geometry-less feature sink for the output parameter ``name``: (sink, destination id)."""
    sink, dest_id = algorithm.parameterAsSink(
        parameters, name, context, fields, WKB_NO_GEOMETRY,
        QgsCoordinateReferenceSystem())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    return sink, dest_id


def write_rows(sink, rows: List[Dict[str, object]], feedback, start=0.0, end=100.0) -> None:
    """Adds one feature per row (plain Python values, in the sink's field order), then
    finishes the sink: it is written when this returns."""
    total = len(rows) or 1
    for count, row in enumerate(rows):
        if feedback.isCanceled():
            raise QgsProcessingException(QCoreApplication.translate(
                "CarbonClustersAlgorithm", "Cancelled."))
        feature = QgsFeature()
        feature.setAttributes(list(row.values()))
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(sink.lastError())
        feedback.setProgress(start + (end - start) * (count + 1) / total)
    finish_sink(sink)
