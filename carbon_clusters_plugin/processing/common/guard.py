"""The checks every algorithm makes before it reads anything (CarbonClustersAlgorithm runs them
in checkParameterValues, for the dialog, and again in prepareAlgorithm, for every run:
processing.run, qgis_process and models alike):

- every field parameter names a field of its layer (QGIS's own check does not, in scripts and
  models, and a missing field used to be read as the layer's last column);
- no output is one of the inputs (the same file, or the same GeoPackage table): writing it
  would destroy the input;
- numeric parameters are finite numbers.
"""

import math
import os
import re
from typing import Dict, Iterable, List, Optional, Tuple

from qgis.core import (
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...compat import parameter_as_fields

_SHOWN_FIELDS = 12
_NOT_FILES = ("memory:", "TEMPORARY_OUTPUT", "")


def tr(text: str) -> str:
    return QCoreApplication.translate("InputGuard", text)


def problems(algorithm, parameters, context) -> List[str]:
    """Everything wrong with ``parameters`` that these checks find, as sentences."""
    return (field_problems(algorithm, parameters, context)
            + number_problems(algorithm, parameters, context)
            + overwrite_problems(algorithm, parameters, context))


# ------------------------------------------------------------------------------ fields

def field_problems(algorithm, parameters, context) -> List[str]:
    found = []
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterField):
            continue
        if parameters.get(definition.name()) in (None, "", []):
            continue
        names = [n for n in parameter_as_fields(algorithm, parameters, definition.name(),
                                                context) if n]
        source = _parent_source(algorithm, parameters, definition, context)
        if source is None or not names:
            continue
        fields = source.fields()
        for name in names:
            if fields.lookupField(name) < 0:
                found.append(tr('Field "{field}" ({parameter}) is not in layer "{layer}", '
                                "whose fields are: {fields}.").format(
                    field=name, parameter=definition.description(),
                    layer=_layer_label(algorithm, parameters, definition, context, source),
                    fields=_listed(fields.names())))
    return found


def _parent_source(algorithm, parameters, definition, context):
    parent = definition.parentLayerParameterName()
    if not parent or parameters.get(parent) in (None, ""):
        return None
    try:
        return algorithm.parameterAsSource(parameters, parent, context)
    except Exception:  # noqa: BLE001 an unreadable layer is reported where it is read
        return None


def _layer_label(algorithm, parameters, definition, context, source) -> str:
    """The source's name, with the table's where the file holds several (GeoPackage)."""
    try:
        layer = algorithm.parameterAsLayer(parameters, definition.parentLayerParameterName(),
                                           context)
        location = _layer_location(layer)
    except Exception:  # noqa: BLE001
        location = None
    name = source.sourceName()
    if location and location[1] and location[1] != name:
        return f"{location[1]} ({os.path.basename(location[0])})"
    return name


def _listed(names: List[str]) -> str:
    shown = ", ".join(names[:_SHOWN_FIELDS])
    more = len(names) - _SHOWN_FIELDS
    return shown + (tr(" and {count} more").format(count=more) if more > 0 else "")


# ------------------------------------------------------------------------------ numbers

def number_problems(algorithm, parameters, context) -> List[str]:
    found = []
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterNumber):
            continue
        value = parameters.get(definition.name())
        if value in (None, ""):
            continue
        number = algorithm.parameterAsDouble(parameters, definition.name(), context)
        if not math.isfinite(number) or _text_is_not_finite(value):
            found.append(tr('{parameter} is "{value}": give a finite number.').format(
                parameter=definition.description(), value=value))
    return found


def _text_is_not_finite(value) -> bool:
    try:
        return not math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


# ------------------------------------------------------------------------------ outputs

def overwrite_problems(algorithm, parameters, context) -> List[str]:
    inputs = list(_input_locations(algorithm, parameters, context))
    found = []
    for definition in algorithm.destinationParameterDefinitions():
        output = _output_location(algorithm, parameters, definition, context)
        if output is None:
            continue
        for label, location in inputs:
            if _same_data(output, location):
                found.append(tr('The output "{output}" would overwrite the input "{input}" '
                                "({path}): choose another file or table.").format(
                    output=definition.description(), input=label, path=output[0]))
    return found


Location = Tuple[str, Optional[str]]  # (normalised file path, table or layer name)


def _input_locations(algorithm, parameters, context) -> Iterable[Tuple[str, Location]]:
    layer_types = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer,
                   QgsProcessingParameterRasterLayer)
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if definition.isDestination() or parameters.get(name) in (None, "", []):
            continue
        layers = []
        try:
            if isinstance(definition, layer_types):
                layers = [algorithm.parameterAsLayer(parameters, name, context)]
            elif isinstance(definition, QgsProcessingParameterMultipleLayers):
                layers = algorithm.parameterAsLayerList(parameters, name, context)
            elif isinstance(definition, QgsProcessingParameterFile):
                path = algorithm.parameterAsFile(parameters, name, context)
                if path:
                    yield definition.description(), (_normalised(path), None)
        except Exception:  # noqa: BLE001 an unreadable input is reported where it is read
            continue
        for layer in layers:
            location = _layer_location(layer)
            if location is not None:
                yield layer.name() or definition.description(), location


def _layer_location(layer) -> Optional[Location]:
    if layer is None:
        return None
    try:
        parts: Dict = QgsProviderRegistry.instance().decodeUri(layer.providerType(),
                                                               layer.source())
    except Exception:  # noqa: BLE001
        parts = {}
    path = parts.get("path") or ""
    if not path or not os.path.exists(path):
        return None
    return _normalised(path), parts.get("layerName") or None


def _output_location(algorithm, parameters, definition, context) -> Optional[Location]:
    return destination_location(parameters.get(definition.name()))


def destination_location(value) -> Optional[Location]:
    """(normalised file, table) an output parameter's value writes to; None for memory and
    temporary outputs."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if value in (None, "") or not isinstance(value, str) or value.strip() in _NOT_FILES:
        return None
    text = value.strip()
    if text.startswith("memory:"):
        return None
    if text.startswith("ogr:"):
        match = re.search(r"dbname='([^']+)'", text) or re.search(r'dbname="([^"]+)"', text)
        table = re.search(r'table="([^"]+)"', text) or re.search(r"table='([^']+)'", text)
        if not match:
            return None
        return _normalised(match.group(1)), table.group(1) if table else None
    path, _, options = text.partition("|")
    layer = re.search(r"layername=([^|]+)", options)
    return _normalised(path), layer.group(1) if layer else None


def _same_data(output: Location, location: Location) -> bool:
    if output[0] != location[0]:
        return False
    # Two tables of one GeoPackage are two datasets; a file without tables is one.
    if output[1] and location[1]:
        return output[1].lower() == location[1].lower()
    return True


def _normalised(path: str) -> str:
    return os.path.normcase(os.path.realpath(os.path.expanduser(path)))
