"""What the "Carbon indicators" dock says: chart titles, and why a chart cannot be drawn from
the layer and fields chosen. A part of CarbonIndicatorsDock, split out."""

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication

LOG_TAG = "Carbon Clusters"
# The kind of table (chart_data.table_kind) each chart reads; None: indicators or any layer.
CHART_TABLE = {"radar": None, "emissions_sinks": None, "composition": None, "trends": None,
               "grey_relational": "grey_relational", "industry_types": "industry_counts"}
SPECIAL_TABLES = ("grey_relational", "industry_counts", "industry_profiles")


def tr(text: str) -> str:
    return QCoreApplication.translate("CarbonIndicatorsDock", text)


def missing_package_message(package: str, error: Exception) -> str:
    return tr("The charts need the Python package {package}, which QGIS cannot import "
              "({error}). Install it with the plugin's menu entry \"Install missing Python "
              "packages…\" or with QGIS's Python: python -m pip install {package}").format(
        package=package, error=error)


def chart_titles() -> Dict[str, str]:
    return {
        "radar": tr("Radar of indicators"),
        "emissions_sinks": tr("Emissions vs sinks"),
        "composition": tr("Emission composition"),
        "trends": tr("Trends"),
        "grey_relational": tr("Grey relational grades"),
        "industry_types": tr("Industrial types"),
    }


class DockTextsMixin:
    def _problem(self, kind: str) -> str:
        if self.layer is None or self.table is None:
            return tr("Choose a layer: the output of the indicators algorithm, or any layer "
                      "with a group field and numeric fields.")
        if self.table.empty:
            return tr("The layer {name} has no features.").format(name=self.layer.name())
        wanted = CHART_TABLE[kind]
        if wanted == "grey_relational" and self.table_kind != wanted:
            return tr("Load the output of the grey relational algorithm (fields group, "
                      "factor, grade, rank) to see its grades.")
        if wanted == "industry_counts" and self.table_kind != wanted:
            return tr("Load the counts output of the industrial clustering algorithm (fields "
                      "group, cluster, count) to see the industrial types.")
        if wanted is None and self.table_kind in SPECIAL_TABLES:
            return tr("This layer is not an indicators table: choose the output of the "
                      "indicators algorithm or map the fields below.")
        if wanted is None and not self.indicator_fields.count():
            return tr("The layer {name} has no numeric fields to chart.").format(
                name=self.layer.name())
        return ""

    def _empty_message(self, kind: str) -> str:
        if kind == "emissions_sinks":
            return tr("No group has both emissions and sinks: choose a sink field (run the "
                      "indicators algorithm with a sink field).")
        return tr("Nothing to draw: the chosen fields have no values here.")

    def _title(self, kind: str) -> str:
        year = self.year_value()
        if kind == "radar":
            if year is None:
                years = [y for y in (self.year_combo.itemData(i)
                                     for i in range(self.year_combo.count())) if y]
                year = max(years) if years else None
            how = self.normalisation_combo.currentText().lower()
            return tr("Indicators per group, {how}").format(how=how) + (
                " — {}".format(year) if year else "")
        title = chart_titles()[kind]
        if kind in ("composition", "grey_relational") and year is not None:
            title += " — {}".format(year)
        return title

