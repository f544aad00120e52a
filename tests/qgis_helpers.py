"""Helpers shared by the tests that run algorithms."""

from qgis.core import QgsProcessingFeedback


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps what an algorithm logs, to assert on it."""

    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)


def layer_with_rows(rows, geometry, fields, name="cities"):
    """A memory layer: ``geometry`` like "Polygon?crs=EPSG:3857" (or "None"), ``fields`` like
    "name:string", ``rows`` as (attribute values, WKT or None)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    separator = "&" if "?" in geometry else "?"
    layer = QgsVectorLayer(geometry + separator + "&".join(f"field={f}" for f in fields),
                           name, "memory")
    features = []
    for values, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer
