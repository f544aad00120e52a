"""The "Carbon clusters" Processing provider (id ``carbonclusters``)."""

import os

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..analysis.compile_cache import use_folder
from ..charts.translation import set_translator
from ..paths import icon_path, plugin_version
from .city_table import CityTableAlgorithm
from .common.models import shipped_models
from .decoupling import DecouplingAlgorithm
from .grey_relational import GreyRelationalAlgorithm
from .grid_to_zones import GridToZonesAlgorithm
from .indicators import IndicatorsAlgorithm
from .industry_clusters import IndustryClustersAlgorithm
from .land_cover_series import LandCoverSeriesAlgorithm
from .land_transition import LandTransitionAlgorithm
from .moran import MoranAlgorithm
from .peak_scenario import PeakScenarioAlgorithm
from .report.algorithm import ReportAlgorithm
from .sink_accounting import SinkAccountingAlgorithm

ALGORITHMS = (IndicatorsAlgorithm, MoranAlgorithm, GreyRelationalAlgorithm,
              IndustryClustersAlgorithm, DecouplingAlgorithm, SinkAccountingAlgorithm,
              LandTransitionAlgorithm, LandCoverSeriesAlgorithm, GridToZonesAlgorithm,
              PeakScenarioAlgorithm, ReportAlgorithm, CityTableAlgorithm)


class CarbonClustersProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "carbonclusters"

    def name(self) -> str:
        return QCoreApplication.translate("CarbonClustersProvider", "Carbon clusters")

    def longName(self) -> str:  # noqa: N802
        return QCoreApplication.translate(
            "CarbonClustersProvider", "Carbon clusters {version}").format(
            version=plugin_version())

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def svgIconPath(self) -> str:  # noqa: N802
        return icon_path()

    def loadAlgorithms(self):  # noqa: N802
        # Charts drawn by the algorithms (report, scenarios, Moran) speak the user's language.
        set_translator(QCoreApplication.translate)
        # compiled kernels (ours, esda's) kept in the profile: compiled once, not per process
        use_folder(os.path.join(QgsApplication.qgisSettingsDirPath(), "carbon_clusters",
                                "numba_cache"))
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
        # resources/models/<name>.model3 -> carbonclusters:<name>
        for model in shipped_models(self.id()):
            self.addAlgorithm(model)
