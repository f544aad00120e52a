"""A layer's attributes as a pandas DataFrame for the charts, and the groups of a selection."""

from typing import Iterable, List, Optional, Set

from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..compat import REQUEST_NO_GEOMETRY


def plain(value):
    """An attribute as a plain Python value: NULL -> None, dates -> their year."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QVariant):
        value = value.value()
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.year() if value.isValid() else None
    return value


def read_table(layer: QgsVectorLayer, fields: Optional[Iterable[str]] = None):
    """The attributes of every feature (``fields`` only, when given), without geometries."""
    import pandas as pd

    names = [f.name() for f in layer.fields()]
    if fields is not None:
        wanted = set(fields)
        names = [n for n in names if n in wanted]
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
    request.setSubsetOfAttributes(names, layer.fields())
    indexes = [layer.fields().indexOf(n) for n in names]
    rows = [[plain(feature.attribute(i)) for i in indexes]
            for feature in layer.getFeatures(request)]
    return pd.DataFrame(rows, columns=names)


def selected_groups(layer: QgsVectorLayer, groups: Iterable[str],
                    field: Optional[str] = None) -> Set[str]:
    """The groups among ``groups`` that the selected features of ``layer`` belong to.

    With ``field`` the group is read from it; otherwise any attribute equal to a group name
    counts, so selecting cities on a map layer whose cluster field is named differently from
    the chart's group field still finds their clusters.
    """
    wanted = {str(g) for g in groups}
    if not wanted or layer is None or not layer.selectedFeatureCount():
        return set()
    names: List[str] = [f.name() for f in layer.fields()]
    if field is not None and field in names:
        names = [field]
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
    request.setSubsetOfAttributes(names, layer.fields())
    found = set()
    for feature in layer.getSelectedFeatures(request):
        for name in names:
            value = plain(feature[name])
            if value is not None and str(value) in wanted:
                found.add(str(value))
    return found
