"""The plugin's own folder of installed packages, and the translated 'missing package' text."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from . import dependencies


def target_dir():
    return dependencies.vendor_dir(QgsApplication.qgisSettingsDirPath())


def translated_missing_message(requirements) -> str:
    template = QCoreApplication.translate(
        "Dependencies", dependencies.MISSING_MESSAGE_TEMPLATE)
    return dependencies.missing_message(requirements, target_dir(), template=template)
