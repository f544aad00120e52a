"""QgsFields for the tables the algorithms write."""

from typing import Iterable, Sequence

from qgis.core import QgsField, QgsFields
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
