"""What every Carbon Clusters algorithm shares: translation, icon, instance creation, help."""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ... import dependencies
from ...compat import (
    FIELD_TYPE_ANY,
    FIELD_TYPE_NUMERIC,
    PARAMETER_FLAG_ADVANCED,
    parameter_as_fields,
)
from ...paths import icon_path
from ...vendor import translated_missing_message
from . import guard, outcome
from .field_guess import gui_default

# Unit labels of add_unit_choice, marked QT_TRANSLATE_NOOP("Units", ...) where defined.
UNITS_CONTEXT = "Units"

# Fields the dialogs preselect, by parameter, when the layer the dialog starts on has no field
# that field_guess recognises: the names of the sample data. Only the dialogs use them (QGIS's
# GUI default): scripts and models name their fields, and a field the layer lacks is left empty
# in the dialog, never replaced by the layer's first field (an id).
GUI_FIELD_DEFAULTS = {
    "GROUP_FIELD": "cluster", "YEAR_FIELD": "year", "EMISSION_FIELD": "co2_total",
    "GDP_FIELD": "gdp", "POPULATION_FIELD": "population", "AREA_FIELD": "area_km2",
    "BUILTUP_FIELD": "builtup_km2", "REFERENCE_FIELD": "co2_total",
    "INDUSTRY_SHARE_FIELD": "secondary_share", "URBANISATION_FIELD": "urbanisation",
    "ZONE_FIELD": "cluster", "LABEL_FIELD": "name_zh", "CITY_FIELD": "name_zh",
    "PROVINCE_FIELD": "province_zh",
    "FIELD": ["co2_2020"],
    "COMPARISON_FIELDS": ["gdp", "population", "secondary_share", "urbanisation"],
    "FIELDS": ["share_energy", "share_heavy", "share_light", "share_hightech"],
    "COMPONENT_FIELDS": ["co2_ind_energy", "co2_ind_process", "co2_agriculture",
                         "co2_services", "co2_hh_urban", "co2_hh_rural", "co2_transport",
                         "co2_indirect"],
    "BUILDINGS_FIELDS": ["co2_services", "co2_hh_urban", "co2_hh_rural"],
    "TRANSPORT_FIELDS": ["co2_transport"],
}


def active_layer_fields():
    """The fields of the desktop's active layer, on which a dialog opens (None in
    qgis_process and scripts, where QGIS has no interface)."""
    from qgis.core import QgsVectorLayer
    from qgis.utils import iface

    layer = iface.activeLayer() if iface is not None else None
    return layer.fields().names() if isinstance(layer, QgsVectorLayer) else None


class CarbonClustersAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``_name``, ``_display_name``, ``_group_id``, ``_group``
    (the display name and group marked with ``QT_TRANSLATE_NOOP("<class name>", ...)``)."""

    _name = ""
    _display_name = ""
    _group_id = ""
    _group = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Every algorithm's run is all or nothing and ends in a message, never a traceback.
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = outcome.all_or_nothing(cls.__dict__["processAlgorithm"])

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

    def add_field(self, name, label, optional=True, multiple=False, numeric=False,
                  parent="INPUT"):
        """A field of the ``parent`` layer (any type unless ``numeric``: numeric text is read
        and checked by the algorithms themselves)."""
        data_type = FIELD_TYPE_NUMERIC if numeric \
            else FIELD_TYPE_ANY
        parameter = QgsProcessingParameterField(
            name, label, parentLayerParameterName=parent, type=data_type,
            allowMultiple=multiple, optional=optional)
        if name in GUI_FIELD_DEFAULTS:
            parameter.setGuiDefaultValueOverride(gui_default(
                name, GUI_FIELD_DEFAULTS[name], active_layer_fields()))
        self.addParameter(parameter)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, then ours (``guard``): the dialog shows what is wrong before a run."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        found = guard.problems(self, parameters, context)
        return (False, "\n".join(found)) if found else (True, "")

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """The same checks for every run, models and scripts included, before anything is
        read or written."""
        found = guard.problems(self, parameters, context)
        if found:
            raise QgsProcessingException("\n".join(found))
        return True

    @staticmethod
    def stop_if_cancelled(feedback) -> None:
        """A cancelled run stops with an error: it never reports success with no outputs."""
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(QCoreApplication.translate(
                "CarbonClustersAlgorithm", "Cancelled."))

    def field_names(self, parameters, name, context):
        """The fields chosen in the field parameter ``name``."""
        return parameter_as_fields(self, parameters, name, context)

    def add_advanced(self, parameter) -> None:
        parameter.setFlags(parameter.flags()
                           | PARAMETER_FLAG_ADVANCED)
        self.addParameter(parameter)

    def add_unit_choice(self, name, label, units, default) -> None:
        """An advanced, optional choice among ``units``: (label, factor) pairs, the labels
        marked with ``QT_TRANSLATE_NOOP("Units", ...)``."""
        self.add_advanced(QgsProcessingParameterEnum(
            name, label, options=[QCoreApplication.translate(UNITS_CONTEXT, unit)
                                  for unit, _ in units],
            defaultValue=default, optional=True))

    def source_with_features(self, parameters, context, name="INPUT"):
        """The feature source of ``name``; stops when it is missing or empty."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if source.featureCount() == 0:
            # Not self.tr, whose context is the subclass: pylupdate files this under this class.
            raise QgsProcessingException(QCoreApplication.translate(
                "CarbonClustersAlgorithm", 'Layer "{layer}" has no features.').format(
                layer=source.sourceName()))
        return source

    @staticmethod
    def user_language() -> str:
        """"zh" when QGIS is set to Chinese, else "en": the language of generated documents."""
        from qgis.PyQt.QtCore import QSettings

        locale = str(QSettings().value("locale/userLocale", "") or "")
        return "zh" if locale.lower().startswith("zh") else "en"

    def require(self, *modules: str) -> None:
        """Stop with a message naming the missing Python packages and how to install them."""
        missing = dependencies.missing(modules)
        if missing:
            raise QgsProcessingException(translated_missing_message(missing))

    def message_text(self, message) -> str:
        """A message of the analysis layer, translated, then formatted."""
        from ...analysis.messages import CONTEXT

        return QCoreApplication.translate(CONTEXT, message.template).format(**message.values)

    def analysis_failure(self, error) -> QgsProcessingException:
        """The QgsProcessingException for an AnalysisError, in the user's language."""
        return QgsProcessingException(self.message_text(error.message))
