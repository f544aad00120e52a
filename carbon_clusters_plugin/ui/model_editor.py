"""Opening the shipped study model in the graphical modeler.

QGIS offers "Edit Model…" only for models of its own model and project providers, so the
plugin copies the model into the user's Processing models folder, where QGIS's model provider
lists it (toolbox ▸ Models) and the modeler saves it, and opens that copy. A copy made before
is opened as it is: the user's edits are never overwritten.
"""

import shutil
from pathlib import Path
from typing import Callable, Optional

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

from ..processing.common.models import model_files


def tr(text: str) -> str:
    return QCoreApplication.translate("CarbonClustersPlugin", text)


def user_models_folder() -> Path:
    from processing.modeler.ModelerUtils import ModelerUtils

    return Path(ModelerUtils.modelsFolders()[0])


def user_copy(models_folder: Optional[Path] = None) -> Path:
    """The user's copy of the study model, made from the shipped file the first time."""
    shipped = model_files()[0]
    folder = Path(models_folder) if models_folder else user_models_folder()
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / shipped.name
    if not copy.exists():
        shutil.copyfile(shipped, copy)
        # a name of its own: the toolbox lists the shipped model and the copy side by side
        model = QgsProcessingModelAlgorithm()
        if model.fromFile(str(copy)):
            model.setName(tr("{name} (my copy)").format(name=model.name()))
            model.toFile(str(copy))
        provider = QgsApplication.processingRegistry().providerById("model")
        if provider is not None:
            provider.refreshAlgorithms()
    return copy


def open_study_model(models_folder: Optional[Path] = None,
                     open_dialog: Optional[Callable] = None):
    """Opens the user's copy of the study model in the modeler; returns the dialog."""
    copy = user_copy(models_folder)
    model = QgsProcessingModelAlgorithm()
    if not model.fromFile(str(copy)):
        raise OSError(tr("Cannot read the model {path}.").format(path=copy))
    model.setSourceFilePath(str(copy))  # "Save" writes the user's copy
    if open_dialog is None:
        from processing.modeler.ModelerDialog import ModelerDialog

        open_dialog = ModelerDialog.create
    dialog = open_dialog(model)
    if hasattr(dialog, "show"):
        dialog.show()
    return dialog
