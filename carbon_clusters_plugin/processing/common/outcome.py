"""A run's outcome is all or nothing, and never a traceback.

``CarbonClustersAlgorithm`` wraps every algorithm's processAlgorithm with ``all_or_nothing``:

- the files a run may write (file destinations of its output parameters, and the style and
  statistics files QGIS or we put beside them) are noted before it starts, with whether they
  existed;
- when the run fails or is cancelled, the files it created are removed, and nothing else
  (a file that existed before, such as a GeoPackage receiving a new table, is left alone);
- any error that is not already a QgsProcessingException (GDAL, OGR, GEOS, I/O, a library)
  becomes one, a sentence with the error's own text, which names the file where the library
  does; the traceback goes to the QGIS message log for developers, not to the user.
"""

import functools
import os
import traceback
from typing import Dict, List

from qgis.core import Qgis, QgsMessageLog, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from . import guard

LOG_TAG = "Carbon Clusters"
SIDECARS = (".qml", ".aux.xml", ".ovr")


def tr(text: str) -> str:
    return QCoreApplication.translate("CarbonClustersAlgorithm", text)


def all_or_nothing(process):
    @functools.wraps(process)
    def run(algorithm, parameters, context, feedback):
        planned = planned_files(algorithm, parameters, context)
        try:
            return process(algorithm, parameters, context, feedback)
        except QgsProcessingException:
            remove_new_files(planned)
            raise
        except Exception as error:  # noqa: BLE001 no traceback reaches the user
            remove_new_files(planned)
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG,
                                     Qgis.MessageLevel.Critical)
            raise QgsProcessingException(tr("{algorithm} stopped: {error}").format(
                algorithm=algorithm.displayName(), error=_describe(error))) from None
    return run


def planned_files(algorithm, parameters, context) -> Dict[str, bool]:
    """{path: existed before} of every file the outputs of this run may create."""
    planned = {}
    for definition in algorithm.destinationParameterDefinitions():
        location = guard.destination_location(parameters.get(definition.name()))
        if location is None:
            continue
        path = location[0]
        for candidate in [path] + [path + suffix for suffix in SIDECARS] + \
                [os.path.splitext(path)[0] + ".qml"]:
            planned.setdefault(candidate, os.path.exists(candidate))
    return planned


def remove_new_files(planned: Dict[str, bool]) -> List[str]:
    removed = []
    for path, existed in planned.items():
        if not existed and os.path.isfile(path):
            try:
                os.remove(path)
                removed.append(path)
            except OSError:
                pass
    return removed


def _describe(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0] if len(text) > 400 else text
