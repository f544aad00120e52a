"""Processing models shipped in ``resources/models/*.model3``, offered by the provider.

A model read from ``<name>.model3`` becomes the algorithm ``carbonclusters:<name>``: its id is
the file name (a QgsProcessingModelAlgorithm would otherwise take its id from the model's
display name, spaces and all), its display name is the model's name.
"""

from pathlib import Path
from typing import List

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

from ...paths import resource
from . import outcome

LOG_TAG = "Carbon Clusters"


def tr(text: str) -> str:
    return QCoreApplication.translate("ShippedModel", text)


class ShippedModel(QgsProcessingModelAlgorithm):
    """A model file of the plugin, as one algorithm of its provider."""

    def __init__(self, path, load: bool = True):
        super().__init__()
        self._path = str(path)
        if load:
            self.reload()

    def reload(self) -> None:
        """Reads the file again; the outputs of children that could not be resolved before
        (algorithms of a provider not yet registered) become model outputs now."""
        if not self.fromFile(self._path):
            raise ValueError(f"Cannot read the Processing model {self._path}")

    def name(self) -> str:
        return Path(self._path).stem

    def groupId(self) -> str:  # noqa: N802
        return "models"

    def group(self) -> str:
        return tr("Study models")

    def createInstance(self):  # noqa: N802
        return ShippedModel(self._path)

    @outcome.all_or_nothing  # a failed step takes the outputs of the earlier ones with it
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # QGIS 3.22 hands a model's children the model parameters exactly as given, so an
        # input left out (qgis_process, processing.run) would reach them as NULL instead of
        # its default: fill the defaults in first, as the algorithm dialog does.
        return super().processAlgorithm(with_defaults(self, parameters), context, feedback)


def with_defaults(algorithm, parameters) -> dict:
    """``parameters`` plus the default of every input that is missing or NULL."""
    filled = dict(parameters)
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination():
            continue
        value = filled.get(definition.name())
        if value is None and definition.defaultValue() is not None:
            filled[definition.name()] = definition.defaultValue()
    return filled


def model_files() -> List[Path]:
    return sorted(resource("models").glob("*.model3"))


def shipped_models(provider_id: str) -> List[ShippedModel]:
    """Every readable model file; one that does not load is reported in the message log.

    A model knows its outputs from its children's algorithms, looked up in the registry. While
    provider ``provider_id`` loads its algorithms it is not registered yet, so a model using
    them would lack their outputs (in the toolbox, ``qgis_process help``): the models are read
    again once the provider is registered."""
    registry = QgsApplication.processingRegistry()
    # Read once the provider is registered: a model read twice registers its outputs twice
    # ("Duplicate output … registered" in the log).
    registered = registry.providerById(provider_id) is not None
    models = []
    for path in model_files():
        try:
            models.append(ShippedModel(path, load=registered))
        except ValueError as error:
            QgsMessageLog.logMessage(str(error), LOG_TAG, Qgis.MessageLevel.Critical)
    if models and not registered:
        def reload_when_registered(added_id):
            if added_id != provider_id:
                return
            registry.providerAdded.disconnect(reload_when_registered)
            for model in models:
                try:
                    model.reload()
                except (RuntimeError, ValueError):   # deleted meanwhile, or file gone
                    pass

        registry.providerAdded.connect(reload_when_registered)
    return models
