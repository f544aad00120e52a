"""Styles shipped in resources/styles, applied to layers: by the Processing algorithms when their
outputs load (``StylePostProcessor``), by the report and by scripts.

- ``apply_style(layer, "lisa_clusters.qml")`` loads a QML as it is;
- a graduated QML (``emissions_graduated.qml``, ``intensity_graduated.qml``) keeps its colour
  ramp and classification method (natural breaks) but takes the class breaks from the layer's
  own values, optionally on another field;
- ``landcover_style(preset)`` names the paletted QML of a land-cover preset
  (``landcover_<preset csv stem>.qml``, written by scripts/make_styles.py from the preset's
  ``color`` column).
"""

from pathlib import Path
from typing import List, Optional

from qgis.core import (
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationPrettyBreaks,
    QgsClassificationQuantile,
    QgsProcessingLayerPostProcessorInterface,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...compat import GEOMETRY_POLYGON
from ...paths import resource

LISA = "lisa_clusters.qml"
INDUSTRY = "industry_clusters.qml"
EMISSIONS = "emissions_graduated.qml"   # totals (e.g. gridtozones `total`): reds
INTENSITY = "intensity_graduated.qml"   # per capita, per GDP, per km²: yellow-orange-brown
GRADUATED_CLASSES = 5
_METHODS = {"jenks": QgsClassificationJenks, "pretty": QgsClassificationPrettyBreaks,
            "quantile": QgsClassificationQuantile, "equal": QgsClassificationEqualInterval}

# Fields that an intensity (rather than a total) style suits.
INTENSITY_FIELDS = ("per_capita", "per_gdp", "per_area", "per_builtup", "sink_ratio")


def style_path(name: str) -> Path:
    return resource("styles", name)


def landcover_style(preset_csv: str) -> Path:
    """The paletted style of a land-cover preset, e.g. ``cas_lucc_level1.csv``."""
    return style_path("landcover_{}.qml".format(Path(preset_csv).stem))


def apply_style(layer, name, field: Optional[str] = None, classes: int = GRADUATED_CLASSES,
                method: Optional[str] = None) -> bool:
    """Loads resources/styles/``name`` (or a QML path) onto ``layer``; a graduated renderer is
    reclassified on the layer's values (of ``field`` when given) in ``classes`` classes, by
    the style's method or ``method`` (``jenks``, ``pretty``, ``quantile``, ``equal``).
    True when it worked."""
    if layer is None or not layer.isValid():
        return False
    path = Path(name) if Path(name).is_absolute() else style_path(name)
    _message, ok = layer.loadNamedStyle(str(path))
    if not ok:
        return False
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    if renderer is not None and renderer.type() == "graduatedSymbol":
        if field:
            renderer.setClassAttribute(field)
        if method:
            renderer.setClassificationMethod(_METHODS[method]())
        if layer.fields().lookupField(renderer.classAttribute()) < 0:
            return False
        renderer.updateClasses(layer, classes)
        for index, value_range in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(index, _range_label(value_range))
    if renderer is not None and renderer.type() == "categorizedSymbol":
        if renderer.classAttribute() == "lisa_cluster":
            _translate_lisa(renderer)
        else:
            _label_categories(layer, renderer)
    layer.triggerRepaint()
    return True


def tr(text: str) -> str:
    return QCoreApplication.translate("Styles", text)


def lisa_labels():
    """The LISA categories' legend labels, in the user's language."""
    return {"HH": tr("HH — High-High"), "LL": tr("LL — Low-Low"), "LH": tr("LH — Low-High"),
            "HL": tr("HL — High-Low"), "ns": tr("ns — Not significant"),
            "undefined": tr("undefined — Undefined (island, NULL)")}


def _translate_lisa(renderer) -> None:
    labels = lisa_labels()
    for index, category in enumerate(renderer.categories()):
        label = labels.get(str(category.value()))
        if label:
            renderer.updateCategoryLabel(index, label)


def _label_categories(layer, renderer) -> None:
    """Categories named by the layer's label field where it has one (industrial types:
    "4 – energy & heavy industry" rather than "4"), and those of values the layer does not
    hold removed from the legend; the colours stay those of the style."""
    attribute = renderer.classAttribute()
    label_field = f"{attribute}_label"
    fields = layer.fields()
    if fields.lookupField(attribute) < 0 or fields.lookupField(label_field) < 0:
        return
    labels = {}
    for feature in layer.getFeatures():
        value, label = feature[attribute], feature[label_field]
        if value is not None and label not in (None, "") and str(value) not in labels:
            labels[str(value)] = str(label)
    for index in reversed(range(len(renderer.categories()))):
        value = str(renderer.categories()[index].value())
        if value in labels:
            renderer.updateCategoryLabel(index, f"{value} – {labels[value]}")
        else:
            renderer.deleteCategory(index)


def _range_label(value_range) -> str:
    return "{} – {}".format(_number(value_range.lowerValue()),
                            _number(value_range.upperValue()))


def _number(value: float) -> str:
    """Breaks with three significant digits, thousands separated: 0.452, 12.3, 41 623."""
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 1000:
        return "{:,.0f}".format(value).replace(",", " ")
    if magnitude >= 100:
        return "{:.0f}".format(value)
    return "{:.3g}".format(value)


def graduated_style_for(field: str) -> str:
    """The intensity ramp for per-unit indicators, the emission ramp for totals."""
    name = field.lower()
    return INTENSITY if name in INTENSITY_FIELDS or name.startswith("per_") else EMISSIONS


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a shipped style to an output layer when Processing loads it.

    Processing does not own Python post-processors: ``create`` keeps every instance alive
    (a few bytes each; a model run may need several at once)."""

    _instances: List["StylePostProcessor"] = []

    def __init__(self, name: str, field: Optional[str] = None, polygons_only: bool = False):
        super().__init__()
        self.name, self.field, self.polygons_only = name, field, polygons_only

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None or not layer.isValid():
            return
        if self.polygons_only and (not hasattr(layer, "geometryType") or
                                   layer.geometryType() !=
                                   GEOMETRY_POLYGON):
            return
        apply_style(layer, self.name, self.field)

    @classmethod
    def create(cls, name: str, field: Optional[str] = None,
               polygons_only: bool = False) -> "StylePostProcessor":
        instance = cls(name, field, polygons_only)
        cls._instances.append(instance)
        return instance


def style_when_loaded(context, dest_id, name: str, field: Optional[str] = None,
                      polygons_only: bool = False) -> None:
    """Asks Processing to style output ``dest_id`` with ``name`` if it loads the layer."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(
            StylePostProcessor.create(name, field, polygons_only))
