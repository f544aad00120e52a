"""GUI entry point: registers the Processing provider, the menu and the package installer."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from . import dependencies
from .paths import icon_path, resource
from .vendor import target_dir

MENU = "&Carbon Clusters"


def tr(text: str) -> str:
    return QCoreApplication.translate("CarbonClustersPlugin", text)


class CarbonClustersPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.translator = None
        self._install_translator()
        dependencies.add_vendor_dir_to_path(target_dir())

    def _install_translator(self):
        locale = str(QSettings().value("locale/userLocale", QLocale().name()) or "")[:2]
        qm_file = resource("i18n", f"carbon_clusters_{locale}.qm")
        if qm_file.is_file():
            self.translator = QTranslator()
            if self.translator.load(str(qm_file)):
                QCoreApplication.installTranslator(self.translator)

    def initProcessing(self):  # noqa: N802 (called by QGIS and qgis_process)
        from .processing.provider import CarbonClustersProvider

        if self.provider is None:
            provider = CarbonClustersProvider()
            # The registry refuses a second provider with the same id (another copy of the
            # plugin); only a provider we registered is ours to remove in unload().
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802
        self.initProcessing()
        install = QAction(QIcon(icon_path()), tr("Install missing Python packages…"),
                          self.iface.mainWindow())
        install.triggered.connect(self.show_installer)
        self.iface.addPluginToMenu(MENU, install)
        self.actions.append(install)
        if dependencies.missing():
            self.show_installer(only_message=True)

    def show_installer(self, checked=False, only_message=False):
        from .ui.installer import DependencyInstaller

        DependencyInstaller(self.iface).offer(only_message=only_message)

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(MENU, action)
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
