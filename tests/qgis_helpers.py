"""Helpers shared by the tests that run algorithms."""

from qgis.core import QgsProcessingFeedback


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps what an algorithm logs, to assert on it."""

    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)
