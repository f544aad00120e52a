"""Carbon Clusters: carbon emissions of city clusters in QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    from .plugin import CarbonClustersPlugin

    return CarbonClustersPlugin(iface)
