"""The plugin's own folder of installed packages, and the translated 'missing package' text."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from . import dependencies


def target_dir():
    return dependencies.vendor_dir(QgsApplication.qgisSettingsDirPath())


def _translate(text: str) -> str:
    return QCoreApplication.translate("Dependencies", text)


def translated_missing_message(requirements) -> str:
    return dependencies.missing_message(
        requirements, target_dir(), template=_translate(dependencies.MISSING_MESSAGE_TEMPLATE),
        translate=_translate)
