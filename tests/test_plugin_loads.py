from qgis.core import QgsApplication


def test_provider_is_registered_with_its_algorithms(plugin):
    provider = QgsApplication.processingRegistry().providerById("carbonclusters")
    assert provider is not None
    assert provider.name() == "Carbon clusters"
    assert not provider.icon().isNull()
    ids = {algorithm.id() for algorithm in provider.algorithms()}
    assert "carbonclusters:indicators" in ids


def test_every_algorithm_has_help_and_a_group(plugin):
    provider = QgsApplication.processingRegistry().providerById("carbonclusters")
    for algorithm in provider.algorithms():
        assert len(algorithm.shortHelpString()) > 200, algorithm.id()
        assert algorithm.group() and algorithm.groupId()
