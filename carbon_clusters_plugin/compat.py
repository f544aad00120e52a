"""The one place that knows how QGIS versions differ (3.22 to 4.x, Qt 5 and Qt 6).

QGIS moved many enums into the ``Qgis`` namespace (3.26–3.36) and keeps the old names only as
aliases, which QGIS 4 may drop; QgsField takes a QMetaType from 3.38 on, and QVariant types are
deprecated there (PyQt6 has no QVariant.Type at all). Everything else in the plugin uses the
names below, so a version difference is handled here and nowhere else. Each enum is looked up
by its newest name first, so the code runs unchanged on every supported version.
"""

from typing import Optional

import qgis.core as _core
from qgis.core import Qgis, QgsField

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

# QgsField(name, QMetaType.Type) exists from QGIS 3.38; the QVariant.Type form warns there.
_FIELD_TAKES_QMETATYPE = QGIS_VERSION_INT >= 33800


def _lookup(dotted: str, modules):
    head, *rest = dotted.split(".")
    for module in modules:
        value = getattr(module, head, None)
        for part in rest:
            value = getattr(value, part, None)
        if value is not None:
            return value
    return None


def enum_value(*names: str, modules=(_core,)):
    """The first of ``names`` (dotted, newest first) that this QGIS has."""
    for name in names:
        value = _lookup(name, modules)
        if value is not None:
            return value
    raise AttributeError("None of these exists in this QGIS: " + ", ".join(names))


# Processing
SOURCE_VECTOR = enum_value("Qgis.ProcessingSourceType.Vector",
                           "QgsProcessing.SourceType.TypeVector")
SOURCE_VECTOR_ANY_GEOMETRY = enum_value("Qgis.ProcessingSourceType.VectorAnyGeometry",
                                        "QgsProcessing.SourceType.TypeVectorAnyGeometry")
SOURCE_VECTOR_POLYGON = enum_value("Qgis.ProcessingSourceType.VectorPolygon",
                                   "QgsProcessing.SourceType.TypeVectorPolygon")
SOURCE_RASTER = enum_value("Qgis.ProcessingSourceType.Raster",
                           "QgsProcessing.SourceType.TypeRaster")
NUMBER_INTEGER = enum_value("Qgis.ProcessingNumberParameterType.Integer",
                            "QgsProcessingParameterNumber.Type.Integer")
NUMBER_DOUBLE = enum_value("Qgis.ProcessingNumberParameterType.Double",
                           "QgsProcessingParameterNumber.Type.Double")
FIELD_TYPE_ANY = enum_value("Qgis.ProcessingFieldParameterDataType.Any",
                            "QgsProcessingParameterField.DataType.Any")
FIELD_TYPE_NUMERIC = enum_value("Qgis.ProcessingFieldParameterDataType.Numeric",
                                "QgsProcessingParameterField.DataType.Numeric")
FILE_BEHAVIOR_FILE = enum_value("Qgis.ProcessingFileParameterBehavior.File",
                                "QgsProcessingParameterFile.Behavior.File")
PARAMETER_FLAG_ADVANCED = enum_value("Qgis.ProcessingParameterFlag.Advanced",
                                     "QgsProcessingParameterDefinition.Flag.FlagAdvanced")
ALGORITHM_FLAG_NO_THREADING = enum_value("Qgis.ProcessingAlgorithmFlag.NoThreading",
                                         "QgsProcessingAlgorithm.Flag.FlagNoThreading")

# Where a model child's parameter value comes from.
MODEL_SOURCE_MODEL_PARAMETER = enum_value(
    "Qgis.ProcessingModelChildParameterSource.ModelParameter",
    "QgsProcessingModelChildParameterSource.Source.ModelParameter")
MODEL_SOURCE_CHILD_OUTPUT = enum_value(
    "Qgis.ProcessingModelChildParameterSource.ChildOutput",
    "QgsProcessingModelChildParameterSource.Source.ChildOutput")
MODEL_SOURCE_STATIC_VALUE = enum_value(
    "Qgis.ProcessingModelChildParameterSource.StaticValue",
    "QgsProcessingModelChildParameterSource.Source.StaticValue")
MODEL_SOURCE_EXPRESSION = enum_value(
    "Qgis.ProcessingModelChildParameterSource.Expression",
    "QgsProcessingModelChildParameterSource.Source.Expression")

# Geometry, features, units
GEOMETRY_OPERATION_SUCCESS = enum_value("Qgis.GeometryOperationResult.Success",
                                        "QgsGeometry.OperationResult.Success")
WKB_NO_GEOMETRY = enum_value("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
GEOMETRY_POLYGON = enum_value("Qgis.GeometryType.Polygon",
                              "QgsWkbTypes.GeometryType.PolygonGeometry")
REQUEST_NO_GEOMETRY = enum_value("Qgis.FeatureRequestFlag.NoGeometry",
                                 "QgsFeatureRequest.Flag.NoGeometry")
RENDER_UNIT_POINTS = enum_value("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderUnit.RenderPoints")
DISTANCE_KILOMETERS = enum_value("Qgis.DistanceUnit.Kilometers",
                                 "QgsUnitTypes.DistanceUnit.DistanceKilometers")
AREA_SQUARE_KILOMETERS = enum_value("Qgis.AreaUnit.SquareKilometers",
                                    "QgsUnitTypes.AreaUnit.AreaSquareKilometers")

# Layouts and labels
LABEL_PLACEMENT_OVER_POINT = enum_value("Qgis.LabelPlacement.OverPoint",
                                        "QgsPalLayerSettings.Placement.OverPoint")
SCALEBAR_SEGMENTS_FIT_WIDTH = enum_value(
    "Qgis.ScaleBarSegmentSizeMode.FitWidth",
    "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth")
LEGEND_TITLE = enum_value("Qgis.LegendComponent.Title", "QgsLegendStyle.Style.Title")
LEGEND_GROUP = enum_value("Qgis.LegendComponent.Group", "QgsLegendStyle.Style.Group")
LEGEND_SUBGROUP = enum_value("Qgis.LegendComponent.Subgroup", "QgsLegendStyle.Style.Subgroup")
LEGEND_SYMBOL_LABEL = enum_value("Qgis.LegendComponent.SymbolLabel",
                                 "QgsLegendStyle.Style.SymbolLabel")
LEGEND_HIDDEN = enum_value("Qgis.LegendComponent.Hidden", "QgsLegendStyle.Style.Hidden")

# Widget enums, resolved on first use: Processing runs never need to import qgis.gui.
_GUI_ENUMS = {
    "LAYER_FILTER_VECTOR": ("Qgis.LayerFilter.VectorLayer",
                            "QgsMapLayerProxyModel.Filter.VectorLayer"),
    "FIELD_FILTER_NUMERIC": ("Qgis.FieldProxyModelFilter.Numeric",
                             "QgsFieldProxyModel.Filter.Numeric"),
}


def __getattr__(name: str):
    if name in _GUI_ENUMS:
        import qgis.gui

        value = enum_value(*_GUI_ENUMS[name], modules=(_core, qgis.gui))
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _variant_types():
    from qgis.PyQt.QtCore import QVariant

    # Only before QGIS 3.38, which has no QMetaType form of the QgsField constructor.
    return {"string": QVariant.Type.String, "int": QVariant.Type.Int,  # noqa: QGS402
            "double": QVariant.Type.Double, "longlong": QVariant.Type.LongLong}  # noqa: QGS402


def _metatypes():
    from qgis.PyQt.QtCore import QMetaType

    return {"string": QMetaType.Type.QString, "int": QMetaType.Type.Int,
            "double": QMetaType.Type.Double, "longlong": QMetaType.Type.LongLong}


FIELD_KINDS = ("string", "int", "double", "longlong")


def make_field(name: str, kind: str = "double", type_name: Optional[str] = None) -> QgsField:
    """A QgsField of ``kind`` ("string", "int", "double" or "longlong")."""
    if kind not in FIELD_KINDS:
        raise ValueError(f"unknown field kind {kind!r}; one of {', '.join(FIELD_KINDS)}")
    types = _metatypes() if _FIELD_TAKES_QMETATYPE else _variant_types()
    field = QgsField(name, types[kind])
    if type_name:
        field.setTypeName(type_name)
    return field


def parameter_as_fields(algorithm, parameters, name, context):
    """The field names of a field parameter (``parameterAsStrings`` where QGIS has it: its
    ``parameterAsFields`` is deprecated there)."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


def finish_sink(sink) -> None:
    """Writes a feature sink to its destination and closes it now, not whenever Python
    collects it: a model reads a child's output as soon as the child returns, and an OGR
    destination is complete only once its writer is destroyed (seen on QGIS 3.40 and 3.44: a
    model's GeoPackage output left unreadable now and then). ``finalize`` (QGIS >= 3.42)
    first, where there is one; then the sink is deleted."""
    if sink is None:
        return
    from qgis.PyQt import sip

    if sip.isdeleted(sink):
        return
    if hasattr(sink, "finalize"):
        sink.finalize()
    sip.delete(sink)
