"""Message-bar offer to install missing optional packages, run as a background task."""

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFileDialog, QPushButton

from .. import dependencies, pip_installer
from ..vendor import target_dir, translated_missing_message

LOG_TAG = "Carbon Clusters"


def tr(text: str) -> str:
    return QCoreApplication.translate("DependencyInstaller", text)


class DependencyInstaller:
    def __init__(self, iface):
        self.iface = iface
        self.task = None

    def offer(self, only_message=False):
        missing = dependencies.missing()
        bar = self.iface.messageBar()
        if not missing:
            if not only_message:
                bar.pushMessage(LOG_TAG, tr("All optional Python packages are installed."),
                                Qgis.MessageLevel.Success, 5)
            return
        names = ", ".join(requirement.distribution for requirement in missing)
        QgsMessageLog.logMessage(translated_missing_message(missing), LOG_TAG,
                                 Qgis.MessageLevel.Warning)
        message = bar.createMessage(LOG_TAG, tr(
            "Some analyses need Python packages that are missing: {names}.").format(names=names))
        install = QPushButton(tr("Install"), message)
        install.clicked.connect(lambda: self.start(missing, None, message))
        offline = QPushButton(tr("Install from a folder of wheels…"), message)
        offline.clicked.connect(lambda: self.start_offline(missing, message))
        message.layout().addWidget(install)
        message.layout().addWidget(offline)
        bar.pushWidget(message, Qgis.MessageLevel.Warning)

    def start_offline(self, missing, message):
        folder = QFileDialog.getExistingDirectory(
            self.iface.mainWindow(), tr("Folder with the wheel files (.whl)"))
        if folder:
            self.start(missing, folder, message)

    def start(self, missing, wheel_dir, message):
        self.iface.messageBar().popWidget(message)
        self.iface.messageBar().pushMessage(
            LOG_TAG, tr("Installing Python packages in the background…"),
            Qgis.MessageLevel.Info, 5)
        self.task = QgsTask.fromFunction(
            tr("Installing Python packages for Carbon Clusters"),
            lambda task: pip_installer.install(missing, target_dir(), wheel_dir=wheel_dir),
            on_finished=self.finished)
        QgsApplication.taskManager().addTask(self.task)

    def finished(self, exception, result=None):
        bar = self.iface.messageBar()
        if exception is None and result is not None and result.ok:
            dependencies.add_vendor_dir_to_path(target_dir())
            QgsMessageLog.logMessage(result.log, LOG_TAG, Qgis.MessageLevel.Info)
            bar.pushMessage(LOG_TAG, tr("Installed: {packages}.").format(
                packages=", ".join(result.installed) or tr("nothing new")),
                Qgis.MessageLevel.Success, 10)
            return
        details = str(exception) if exception is not None else (result.log if result else "")
        QgsMessageLog.logMessage(details, LOG_TAG, Qgis.MessageLevel.Critical)
        bar.pushMessage(LOG_TAG, tr(
            "Installing the packages failed; see the Carbon Clusters tab of the log "
            "messages panel."), Qgis.MessageLevel.Critical, 0)
