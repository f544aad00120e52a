"""A layer's attributes as a pandas DataFrame for the charts, and the groups of a selection."""

from typing import Dict, Iterable, List, Optional, Set

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


NAME_FIELDS = {"zh": ("cluster_zh", "name_zh"), "en": ("cluster_en", "name_en")}
MAX_FEATURES_FOR_NAMES = 5000


def group_names(layers: Iterable, groups: Iterable[str], language: str = "en") -> Dict[str, str]:
    """{group: name} read from a loaded layer that has both: a field holding every group
    (the cluster codes) and one name per group. The name field is the one the layer's map
    labels show, so charts name the clusters as the map does; without labels, the
    ``cluster_zh``/``name_zh`` (Chinese) or ``cluster_en``/``name_en`` field. {} when no
    loaded layer names the groups."""
    wanted = {str(g) for g in groups}
    if not wanted:
        return {}
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer) or \
                layer.featureCount() > MAX_FEATURES_FOR_NAMES:
            continue
        preferred = _label_fields(layer) + list(NAME_FIELDS.get(language, NAME_FIELDS["en"]))
        fields = layer.fields()
        names = [n for n in dict.fromkeys(preferred)
                 if fields.lookupField(n) >= 0 and not fields.field(n).isNumeric()]
        if not names:
            continue
        table = read_table(layer)
        for key in table.columns:
            values = table[key].dropna().astype(str)
            if key in names or not wanted <= set(values):
                continue
            for name in names:
                pairs = table.loc[values.index, [key, name]].dropna().astype(str)
                pairs = pairs[pairs[key].isin(wanted)].drop_duplicates()
                if len(pairs) == len(wanted) and pairs[key].is_unique:
                    return dict(zip(pairs[key], pairs[name]))
    return {}


def _label_fields(layer) -> List[str]:
    """The fields a layer's (simple) labels show, a plain field or those of an expression."""
    from qgis.core import QgsExpression, QgsVectorLayerSimpleLabeling

    labeling = layer.labeling()
    if not layer.labelsEnabled() or not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return []
    settings = labeling.settings()
    if not settings.isExpression:
        return [settings.fieldName]
    return sorted(QgsExpression(settings.fieldName).referencedColumns())
