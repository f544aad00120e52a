"""carbonclusters:peakscenario — emission trajectories, peak year and value under scenarios."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_VECTOR
from ..paths import resource
from .common.attributes import FID, describe_rows, numbers_of_field, read_columns
from .common.base import CarbonClustersAlgorithm
from .common.tables import create_table_sink, table_fields, write_rows
from .indicators import EMISSION_UNITS, GDP_UNITS

ALL = "ALL"
# The columns of the scenario matrix, as in the CSV files (analysis.scenarios.peak_scenario).
MATRIX_HEADERS = ["scenario", "group", "start_year", "end_year", "gdp_growth",
                  "population_growth", "intensity_change", "share_change", "share_elasticity",
                  "builtup_growth", "land_elasticity", "buildings_change", "transport_change",
                  "urbanisation_change", "emissions_per_km2"]


class PeakScenarioAlgorithm(CarbonClustersAlgorithm):
    INPUT = "INPUT"
    GROUP_FIELD = "GROUP_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    BASE_YEAR = "BASE_YEAR"
    EMISSION_FIELD = "EMISSION_FIELD"
    GDP_FIELD = "GDP_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    BUILTUP_FIELD = "BUILTUP_FIELD"
    INDUSTRY_SHARE_FIELD = "INDUSTRY_SHARE_FIELD"
    URBANISATION_FIELD = "URBANISATION_FIELD"
    BUILDINGS_FIELDS = "BUILDINGS_FIELDS"
    TRANSPORT_FIELDS = "TRANSPORT_FIELDS"
    PRESET = "PRESET"
    SCENARIOS = "SCENARIOS"
    SCENARIO_FILE = "SCENARIO_FILE"
    END_YEAR = "END_YEAR"
    ADD_TOTAL = "ADD_TOTAL"
    STIRPAT = "STIRPAT"
    STIRPAT_ALPHA = "STIRPAT_ALPHA"
    EMISSION_UNIT = "EMISSION_UNIT"
    GDP_UNIT = "GDP_UNIT"
    OUTPUT = "OUTPUT"
    OUTPUT_PEAKS = "OUTPUT_PEAKS"
    OUTPUT_STIRPAT = "OUTPUT_STIRPAT"

    # Value field parameter -> column of analysis.scenarios.peak_scenario
    VALUE_FIELDS = {
        EMISSION_FIELD: "emissions",
        GDP_FIELD: "gdp",
        POPULATION_FIELD: "population",
        BUILTUP_FIELD: "builtup_km2",
        INDUSTRY_SHARE_FIELD: "secondary_share",
        URBANISATION_FIELD: "urbanisation",
    }

    _name = "peakscenario"
    _display_name = QT_TRANSLATE_NOOP("PeakScenarioAlgorithm", "Emission peaking scenarios")
    _group_id = "emissions"
    _group = QT_TRANSLATE_NOOP("PeakScenarioAlgorithm", "Emissions")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Projects the emissions of each group (city cluster or city) year by year to "
            "an end year under planning scenarios, and reports when and how high they peak. "
            "Four levers act on separate parts of the emissions, so they add up without "
            "counting a tonne twice: industrial upgrading, compact land use, building energy "
            "standards and green transport.</p>"
            "<h3>Model</h3>"
            "<p>Emissions are split into <i>buildings</i> (the buildings fields: services, "
            "urban and rural households), <i>transport</i> (the transport fields) and "
            "<i>industry</i> (the rest: industry, process, agriculture, indirect). Each has an "
            "intensity per GDP. Every year, with the rates of the scenario period:</p>"
            "<pre>GDP_t = GDP_t-1 × (1 + gdp_growth)\n"
            "P_t = P_t-1 × (1 + population_growth)\n"
            "L_t = L_t-1 × (1 + builtup_growth)          built-up land\n"
            "s_t = s_t-1 + share_change                 secondary share, points\n"
            "I_ind,t = I_ind,t-1 × (1 + intensity_change) × (1 + share_elasticity × Δs / 100)\n"
            "I_bld,t = I_bld,t-1 × (1 + intensity_change) × (1 + buildings_change)\n"
            "I_tra,t = I_tra,t-1 × (1 + intensity_change) × (1 + transport_change)\n"
            "E_t = GDP_t × (I_ind + I_bld + I_tra) × (L_t / L*_t) ^ land_elasticity</pre>"
            "<p>L*_t is the group's built-up land on the baseline scenario's path. A fall of "
            "the secondary share by 1 point with elasticity 1 lowers the industrial intensity "
            "by 1% (the whole intensity without sector fields). With land_elasticity 1 a "
            "group keeps the emissions per km² of built-up land of its baseline path, so "
            "emissions are built-up area × emissions per km², summed over the cities; the "
            "compact-land-use preset uses 0.6, which turns the Changsha–Zhuzhou–Xiangtan plan "
            "(built-up land 28% below the baseline in 2020 and 33% in 2030, from a 2010 base) "
            "into about 20% less emissions.</p>"
            "<h3>Inputs</h3>"
            "<p>One feature per group and year (or per city and year: features are summed per "
            "group and year; the secondary share is averaged weighted by GDP and urbanisation "
            "by population). <b>Year field</b>: optional; the <b>base year</b> (default the "
            "latest) starts the projection and earlier years are written as observed history. "
            "Without a year field every feature is of the base year, which must then be "
            "given. Emissions, GDP, population and built-up land (km²) in any units: the "
            "<b>units</b> (advanced) only set the intensity's unit.</p>"
            "<h3>Scenarios</h3>"
            "<p>A <b>preset</b> (all six presets by default: baseline, industrial_upgrading, "
            "compact_land_use, building_standards, green_transport, all_levers; files in the "
            "plugin's resources/scenarios), or your own table, as a <b>scenario CSV file</b> "
            "or in the <b>scenario table</b> (a CSV path is accepted there too from scripts). "
            "A chosen single preset brings the baseline with it; compact_land_use and "
            "all_levers move emissions with built-up land, so they need the <b>built-up land "
            "field</b>. One row per scenario and "
            "period, columns:</p><ul>"
            "<li><b>scenario</b>: name; the one called <i>baseline</i> (else the first) is the "
            "reference for reductions and for the built-up land path L*.</li>"
            "<li><b>group</b>: empty or * for every group, or a group's name: its non-empty "
            "cells override the * row of the same period.</li>"
            "<li><b>start_year</b>, <b>end_year</b>: the period (inclusive; empty = open). A "
            "year outside every period takes the nearest one.</li>"
            "<li><b>gdp_growth</b> (required), <b>population_growth</b>, "
            "<b>builtup_growth</b>: fractions per year (0.05 = 5%; 5% is accepted too).</li>"
            "<li><b>intensity_change</b>: autonomous change of every sector's intensity, "
            "fraction per year (-0.03).</li>"
            "<li><b>share_change</b>: secondary-industry share, percentage points per year; "
            "<b>share_elasticity</b>: % of industrial intensity per point (default 1).</li>"
            "<li><b>buildings_change</b>, <b>transport_change</b>: extra change of those "
            "sectors' intensity, fraction per year.</li>"
            "<li><b>land_elasticity</b>: 0 (default) to 1, see the model.</li>"
            "<li><b>urbanisation_change</b>: points per year (for STIRPAT).</li>"
            "<li><b>emissions_per_km2</b>: per group, fills in the base-year emissions "
            "(built-up land × value) of a group whose emissions are NULL.</li>"
            "<li><b>description</b>: free text.</li></ul>"
            "<p>Empty cells take the defaults (0, elasticity 1). Text in a number or a missing "
            "column stops the algorithm naming the line and column.</p>"
            "<h3>Outputs</h3>"
            "<p><b>Trajectories</b>: <b>group, scenario, year</b>; <b>observed</b> (1: data, "
            "0: projected); <b>emissions, gdp, population</b> (input units); <b>intensity</b> "
            "(t CO₂ per 10⁴ yuan with the default units); <b>builtup_km2</b>; "
            "<b>per_builtup</b> (emissions per km² of built-up land); <b>secondary_share</b>, "
            "<b>urbanisation</b> (%); <b>industry, buildings, transport</b> (emissions by "
            "part); <b>emissions_stirpat</b> with the STIRPAT option. With several groups, "
            "group <i>ALL</i> is their sum (the whole cluster).</p>"
            "<p><b>Peaks</b>: <b>peak_year, peak_emissions</b> (the largest value, observed "
            "or projected; NULL when emissions still rise at the end year: the peak lies "
            "after the horizon and is not invented); <b>peaks_by_2030</b> (1/0); "
            "<b>emissions_2030</b>, <b>emissions_end</b>; <b>cumulative</b> (sum of the "
            "projected years after the base year); <b>reduction_vs_baseline</b> (1 − "
            "cumulative / baseline's cumulative) and <b>reduction_2030</b> (the same for "
            "2030); <b>base_year, base_emissions</b>; <b>peak_note</b>.</p>"
            "<p><b>STIRPAT</b> (optional, needs scikit-learn): ridge regression of ln "
            "emissions on ln population, ln GDP per person, ln secondary share and ln "
            "urbanisation (when given) over the observed group-years, on standardised logs; "
            "the table has <b>n, alpha</b> (chosen by leave-one-out unless set), <b>r2</b>, "
            "<b>constant</b> and the elasticities <b>e_population, e_affluence, "
            "e_technology, e_urbanisation</b>. The projection with the scenario drivers, "
            "anchored at the base year, is the trajectories' emissions_stirpat.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Groups or cities by year (layer or table)"),
            [SOURCE_VECTOR]))
        self.add_field(self.GROUP_FIELD, self.tr("Group field (city cluster or city)"))
        self.add_field(self.YEAR_FIELD, self.tr("Year field (history and base year)"))
        self._add_number(self.BASE_YEAR, self.tr("Base year (0: the latest year)"), 0, 0, 3000)
        self.add_field(self.EMISSION_FIELD, self.tr("Emissions field"), optional=False)
        self.add_field(self.GDP_FIELD, self.tr("GDP field"), optional=False)
        self.add_field(self.POPULATION_FIELD, self.tr("Population field"))
        self.add_field(self.BUILTUP_FIELD, self.tr(
            "Built-up land field (km²; needed by scenarios with a land lever)"))
        self.add_field(self.INDUSTRY_SHARE_FIELD,
                        self.tr("Secondary-industry share field (% of GDP)"))
        self.add_field(self.URBANISATION_FIELD, self.tr("Urbanisation rate field (%)"))
        self.add_field(self.BUILDINGS_FIELDS, self.tr(
            "Building emission fields (services, urban and rural households)"), multiple=True)
        self.add_field(self.TRANSPORT_FIELDS, self.tr("Transport emission fields"),
                        multiple=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.PRESET, self.tr("Scenario preset"),
            options=[self.tr("All presets"), self.tr("Baseline"),
                     self.tr("Industrial upgrading"), self.tr("Compact land use"),
                     self.tr("Building energy standards"), self.tr("Green transport"),
                     self.tr("All levers combined")],
            defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterMatrix(
            self.SCENARIOS, self.tr("Scenario table (replaces the preset; or a CSV path)"),
            headers=MATRIX_HEADERS, hasFixedNumberRows=False, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.SCENARIO_FILE, self.tr("Scenario CSV file (replaces the preset)"),
            extension="csv", optional=True))
        self._add_number(self.END_YEAR, self.tr("End year"), 2060, 1900, 3000, advanced=False)
        self.addParameter(QgsProcessingParameterBoolean(
            self.ADD_TOTAL, self.tr("Add the total of all groups (group ALL)"),
            defaultValue=True, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.STIRPAT, self.tr("Fit STIRPAT on the history (ridge regression)"),
            defaultValue=False, optional=True))
        alpha = QgsProcessingParameterNumber(
            self.STIRPAT_ALPHA, self.tr("STIRPAT ridge strength alpha (0: leave-one-out)"),
            NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0,
            optional=True)
        self.add_advanced(alpha)
        self.add_unit_choice(self.EMISSION_UNIT, self.tr("Unit of emissions"), EMISSION_UNITS, 1)
        self.add_unit_choice(self.GDP_UNIT, self.tr("Unit of GDP"), GDP_UNITS, 1)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Trajectories"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PEAKS, self.tr("Peaks"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_STIRPAT, self.tr("STIRPAT fit"), SOURCE_VECTOR,
            optional=True, createByDefault=False))

    def _add_number(self, name, label, default, minimum, maximum, advanced=True):
        parameter = QgsProcessingParameterNumber(
            name, label, NUMBER_INTEGER, defaultValue=default,
            minValue=minimum, maxValue=maximum, optional=True)
        if advanced:
            self.add_advanced(parameter)
        else:
            self.addParameter(parameter)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas")
        stirpat = self.parameterAsBoolean(parameters, self.STIRPAT, context)
        if stirpat:
            self.require("sklearn")
        from ..analysis.messages import AnalysisError
        from ..analysis.scenarios import peak_scenario as ps
        from ..analysis.scenarios.scenario_table import scenario_warnings
        from ..analysis.values import plain_records

        source = self.source_with_features(parameters, context)
        layer = source.sourceName()
        end_year = self.parameterAsInt(parameters, self.END_YEAR, context) or 2060
        base_year = self.parameterAsInt(parameters, self.BASE_YEAR, context) or None
        try:
            scenarios, scenario_source = self._scenarios(parameters, context)
            for warning in scenario_warnings(scenarios, scenario_source):
                feedback.pushWarning(self.message_text(warning))
            features = self._features(parameters, context, source, layer, base_year, feedback)
            self.stop_if_cancelled(feedback)
            state = ps.group_year_state(features)
            self._report_missing(state, feedback)
            feedback.setProgress(40)
            factor = EMISSION_UNITS[self.parameterAsEnum(parameters, self.EMISSION_UNIT,
                                                         context)][1] * 1e4 / \
                GDP_UNITS[self.parameterAsEnum(parameters, self.GDP_UNIT, context)][1]
            result = ps.project(state, scenarios, end_year, base_year, factor,
                                self.parameterAsBoolean(parameters, self.ADD_TOTAL, context))
            fit = self._stirpat(parameters, context, state, result, feedback) \
                if stirpat else None
        except AnalysisError as error:
            raise self.analysis_failure(error) from None
        self.stop_if_cancelled(feedback)
        feedback.pushInfo(self.tr(
            "{count} scenario(s) from {source}; baseline: {baseline}; base year {year}, end "
            "year {end}.").format(count=result.trajectories["scenario"].nunique(),
                                  source=scenario_source, baseline=result.baseline,
                                  year=result.base_year, end=end_year))
        for message in result.messages:
            feedback.pushWarning(self.message_text(message))
        feedback.setProgress(60)

        columns = list(ps.TRAJECTORY_COLUMNS) + (["emissions_stirpat"] if fit else [])
        fields = table_fields(columns, text=["group", "scenario"], integer=["year", "observed"])
        sink, dest_id = create_table_sink(self, parameters, self.OUTPUT, context, fields)
        write_rows(sink, plain_records(result.trajectories, columns), feedback, 60, 90)
        peak_fields = table_fields(ps.PEAK_COLUMNS, text=["group", "scenario", "peak_note"],
                                   integer=["peak_year", "peaks_by_2030", "base_year"])
        peak_sink, peaks_id = create_table_sink(self, parameters, self.OUTPUT_PEAKS, context,
                                                peak_fields)
        write_rows(peak_sink, plain_records(result.peaks, ps.PEAK_COLUMNS), feedback, 90, 97)
        outputs = {self.OUTPUT: dest_id, self.OUTPUT_PEAKS: peaks_id}
        if fit is not None and parameters.get(self.OUTPUT_STIRPAT):
            outputs[self.OUTPUT_STIRPAT] = self._write_stirpat(parameters, context, fit,
                                                               feedback)
        self._log_peaks(result.peaks, end_year, feedback)
        feedback.setProgress(100)
        return outputs

    def _scenarios(self, parameters, context):
        """The scenario table and a label of where it comes from."""
        from ..analysis.scenarios import scenario_table as st

        path = self.parameterAsFile(parameters, self.SCENARIO_FILE, context)
        matrix = parameters.get(self.SCENARIOS)
        if not path and isinstance(matrix, str) and matrix.strip().lower().endswith(".csv"):
            path = matrix.strip()
        if path:
            return st.load_scenarios(path), path
        values = ["" if _is_null(v) else str(v)
                  for v in self.parameterAsMatrix(parameters, self.SCENARIOS, context)]
        if any(v.strip() for v in values):
            records = st.records_from_matrix(MATRIX_HEADERS, values)
            return st.parse_scenarios(records, self.tr("the scenario table")), \
                self.tr("the scenario table")
        preset = self.parameterAsEnum(parameters, self.PRESET, context)
        files = [name for name, _ in st.PRESETS]
        chosen = files if preset == 0 else list(dict.fromkeys([files[0], files[preset - 1]]))
        return st.load_presets(resource("scenarios"), chosen), \
            self.tr("preset(s) {names}").format(names=", ".join(
                name[:-4] for name in chosen))

    def _features(self, parameters, context, source, layer, base_year, feedback):
        import pandas as pd

        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        year_field = self.parameterAsString(parameters, self.YEAR_FIELD, context)
        names = {column: self.parameterAsString(parameters, parameter, context)
                 for parameter, column in self.VALUE_FIELDS.items()}
        parts = {"buildings": self.field_names(parameters, self.BUILDINGS_FIELDS,
                                                     context),
                 "transport": self.field_names(parameters, self.TRANSPORT_FIELDS,
                                                     context)}
        if not year_field and not base_year:
            raise QgsProcessingException(self.tr(
                "Without a year field, give the base year of the values (BASE_YEAR)."))
        wanted = [group_field, year_field] + list(names.values()) + parts["buildings"] + \
            parts["transport"]
        columns = read_columns(source, list(dict.fromkeys(f for f in wanted if f)), feedback,
                               progress=lambda fraction: feedback.setProgress(30 * fraction))
        fids = columns[FID]
        table = pd.DataFrame({"fid": fids})
        table["group"] = [None if _is_null(v) else str(v) for v in columns[group_field]] \
            if group_field else ALL
        table["year"] = numbers_of_field(columns[year_field], year_field, layer, fids) \
            if year_field else float(base_year)
        for column, field in names.items():
            if field:
                table[column] = numbers_of_field(columns[field], field, layer, fids)
        for part, fields in parts.items():
            if fields:
                values = [pd.Series(numbers_of_field(columns[f], f, layer, fids))
                          for f in fields]
                table[part] = sum(values)
        unusable = table.index[table["group"].isna() | table["year"].isna()].tolist()
        if unusable:
            feedback.pushWarning(self.tr(
                "Left out {count} feature(s) without a group or year: {features}."
            ).format(count=len(unusable), features=describe_rows(unusable, fids)))
            table = table.drop(index=unusable)
        if table.empty:
            raise QgsProcessingException(self.tr(
                'No feature of layer "{layer}" has both a group and a year.').format(
                layer=layer))
        return table.drop(columns="fid")

    def _report_missing(self, state, feedback):
        for column in ("emissions", "gdp", "population", "builtup_km2"):
            missing = state[state[column].isna()] if column in state else state.iloc[0:0]
            for _, row in missing.iterrows():
                feedback.pushWarning(self.tr(
                    "{group} {year}: {column} is NULL (a feature lacks the value)."
                ).format(group=row["group"], year=int(row["year"]), column=column))

    def _stirpat(self, parameters, context, state, result, feedback):
        from ..analysis.scenarios.stirpat import fit_stirpat, project_stirpat

        alpha = self.parameterAsDouble(parameters, self.STIRPAT_ALPHA, context)
        observed = state[state["year"] <= result.base_year]
        fit = fit_stirpat(observed, alpha=alpha or None)
        result.trajectories["emissions_stirpat"] = project_stirpat(
            result.trajectories, fit, result.base_year)
        feedback.pushInfo(self.tr(
            "STIRPAT on {n} group-years: R² {r2:.3f}, alpha {alpha:.3g}, elasticities "
            "{elasticities}.").format(n=fit.n, r2=fit.r2, alpha=fit.alpha, elasticities=", ".join(
                f"{k} {v:.3f}" for k, v in fit.elasticities.items())))
        return fit

    def _write_stirpat(self, parameters, context, fit, feedback):
        import pandas as pd

        from ..analysis.scenarios.stirpat import STIRPAT_COLUMNS
        from ..analysis.values import plain_records

        fields = table_fields(STIRPAT_COLUMNS, text=["group"], integer=["n"])
        sink, dest_id = create_table_sink(self, parameters, self.OUTPUT_STIRPAT, context,
                                          fields)
        table = pd.DataFrame([fit.as_row()], columns=list(STIRPAT_COLUMNS))
        write_rows(sink, plain_records(table, STIRPAT_COLUMNS), feedback, 97, 99)
        return dest_id

    def _log_peaks(self, peaks, end_year, feedback):
        for row in peaks.itertuples():
            if row.peak_year is None or row.peak_year != row.peak_year:  # None or NaN
                feedback.pushInfo(self.tr(
                    "{group}, {scenario}: no peak by {end}; emissions still rise in the end "
                    "year ({value:,.1f}).").format(group=row.group, scenario=row.scenario,
                                                   end=end_year, value=row.emissions_end))
            else:
                feedback.pushInfo(self.tr(
                    "{group}, {scenario}: peak {year} at {value:,.1f}; cumulative "
                    "{cumulative:,.0f}, {reduction} against the baseline.").format(
                    group=row.group, scenario=row.scenario, year=int(row.peak_year),
                    value=row.peak_emissions, cumulative=row.cumulative,
                    reduction=_percent(row.reduction_vs_baseline)))


def _is_null(value):
    return value is None or (callable(getattr(value, "isNull", None)) and value.isNull())


def _percent(value):
    return "NULL" if value != value else f"{-value:+.1%}"
