"""What every Carbon Clusters algorithm shares: translation, icon, instance creation, help."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import dependencies
from ..paths import icon_path
from ..vendor import translated_missing_message


class CarbonClustersAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``_name``, ``_display_name``, ``_group_id``, ``_group``."""

    _name = ""
    _display_name = ""
    _group_id = ""
    _group = ""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self) -> str:
        return self._name

    def displayName(self) -> str:  # noqa: N802
        return self.tr(self._display_name)

    def groupId(self) -> str:  # noqa: N802
        return self._group_id

    def group(self) -> str:
        return self.tr(self._group)

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def require(self, *modules: str) -> None:
        """Stop with a message naming the missing Python packages and how to install them."""
        missing = dependencies.missing(modules)
        if missing:
            raise QgsProcessingException(translated_missing_message(missing))

    def message_text(self, message) -> str:
        """A message of the analysis layer, translated, then formatted."""
        from ..analysis.messages import CONTEXT

        return QCoreApplication.translate(CONTEXT, message.template).format(**message.values)

    def analysis_failure(self, error) -> QgsProcessingException:
        """The QgsProcessingException for an AnalysisError, in the user's language."""
        return QgsProcessingException(self.message_text(error.message))
