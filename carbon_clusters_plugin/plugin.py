"""GUI entry point: registers the Processing provider, the menu and the package installer."""

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from . import dependencies
from .charts.translation import set_translator
from .paths import icon_path, resource
from .vendor import target_dir


def tr(text: str) -> str:
    return QCoreApplication.translate("CarbonClustersPlugin", text)


class CarbonClustersPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.dock = None
        self.dock_action = None
        self.model_action = None
        self.menu = ""
        self.translator = None
        self._install_translator()
        set_translator(QCoreApplication.translate)  # the dock's charts
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
        self.menu = tr("&Carbon Clusters")
        install = QAction(QIcon(icon_path()), tr("Install missing Python packages…"),
                          self.iface.mainWindow())
        install.triggered.connect(self.show_installer)
        self.iface.addPluginToMenu(self.menu, install)
        self.actions.append(install)
        self.dock_action = QAction(QIcon(icon_path()), tr("Carbon indicators"),
                                   self.iface.mainWindow())
        self.dock_action.setCheckable(True)
        self.dock_action.setToolTip(tr("Show or hide the Carbon indicators charts"))
        self.dock_action.toggled.connect(self.toggle_dock)
        self.iface.addPluginToMenu(self.menu, self.dock_action)
        self.iface.addToolBarIcon(self.dock_action)
        self.actions.append(self.dock_action)
        self.model_action = QAction(tr("Edit the study model in the modeler…"),
                                    self.iface.mainWindow())
        self.model_action.setToolTip(tr(
            "Opens your copy of the city-cluster carbon study model (made in your Processing "
            "models folder the first time) in the graphical modeler"))
        self.model_action.triggered.connect(self.edit_study_model)
        self.iface.addPluginToMenu(self.menu, self.model_action)
        self.actions.append(self.model_action)
        if dependencies.missing():
            self.show_installer(only_message=True)

    def edit_study_model(self, checked=False):
        from .ui.model_editor import open_study_model

        try:
            return open_study_model()
        except OSError as error:
            self.iface.messageBar().pushMessage(
                "Carbon Clusters", str(error), Qgis.MessageLevel.Critical, 8)
            return None

    def show_installer(self, checked=False, only_message=False):
        from .ui.installer import DependencyInstaller

        DependencyInstaller(self.iface).offer(only_message=only_message)

    def toggle_dock(self, visible=True):
        """Shows or hides the indicators dock, building it the first time it is shown."""
        if self.dock is None:
            if not visible:
                return
            from .ui.dock import CarbonIndicatorsDock

            self.dock = CarbonIndicatorsDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)
        if visible:
            self.dock.setUserVisible(True)  # also raises it when tabbed behind another dock
        else:
            self.dock.hide()

    def _dock_visibility_changed(self, visible):
        # Closing the dock with its own button unticks the action (the dock may just be a
        # hidden tab, which setUserVisible knows).
        if self.dock_action is not None and self.dock is not None:
            self.dock_action.blockSignals(True)
            self.dock_action.setChecked(self.dock.isUserVisible())
            self.dock_action.blockSignals(False)

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(self.menu, action)
        if self.dock_action is not None:
            self.iface.removeToolBarIcon(self.dock_action)
            self.dock_action = None
        self.actions = []
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
