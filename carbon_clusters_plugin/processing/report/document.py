"""carbonclusters:report, the HTML report: one section per analysis of the study, each with
its table and charts, or a note naming the algorithm whose output is missing."""

from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication


# The algorithm's own context: these methods are the algorithm's, split out for size.
def tr(text: str) -> str:
    return QCoreApplication.translate("ReportAlgorithm", text)


def _titled(peaks):
    """The peaks table with the shipped scenarios by their titles, in the user's language."""
    from ...charts.scenarios import scenario_title

    if peaks is None or "scenario" not in peaks:
        return peaks
    return peaks.assign(scenario=[scenario_title(s) for s in peaks["scenario"]])


class ReportHtmlMixin:
    """The HTML side of ReportAlgorithm."""

    def _html(self, path, tables, sinks, sink_totals, rows, year, unit, texts, sources, notes,
              parameters, context, charts, feedback):
        import pandas as pd

        from ...analysis.reporting import chart_data
        from ...analysis.reporting import report_html as rh
        from ...analysis.reporting import report_tables as rt
        from ...charts.export import render_chart
        from ...charts.scenarios import draw_trajectories
        from .layout import named_groups

        # the clusters' names of the map (CLUSTERS' label field) in every table and chart
        names = self._cluster_names(parameters, context)
        tables = {key: named_groups(table, names) for key, table in tables.items()}
        rows = named_groups(rows, names) if rows is not None else None
        sink_totals = named_groups(sink_totals, names) if sink_totals is not None else None
        sinks = {year: named_groups(table, names) for year, table in (sinks or {}).items()}

        Section = rh.Section  # noqa: N806 (the class)
        sections = []

        def missing(algorithm, parameter):
            return texts["missing"].format(algorithm=algorithm, parameter=parameter)

        def chart(kind, data, name, alt, **options):
            try:
                return (render_chart(kind, data, charts / f"{name}.png", **options), alt)
            except (ValueError, KeyError, TypeError) as error:
                feedback.pushWarning(tr("Chart {name} not drawn: {error}").format(
                    name=name, error=error))
                return (None, alt)

        indicators = tables.get(self.INDICATORS)
        # Indicators, radar, composition, trends
        if rows is not None:
            section = Section("indicators", texts["indicators"],
                              texts["indicators_note"].format(year=year) + " " +
                              texts["units"].format(unit=unit),
                              rh.table_html(rt.indicator_table(rows, texts, unit)))
            section.charts.append(chart("radar", chart_data.radar_values(
                indicators, year_value=year), "radar", texts["indicators"],
                size_mm=(150, 120)))
            shares = chart_data.share_columns(indicators.columns)
            if shares:
                section.charts.append(chart(
                    "composition", chart_data.composition_shares(indicators, shares),
                    "composition", texts["composition"], size_mm=(220, 120), font_size=10))
            section.charts.append(chart(
                "trends", chart_data.trends(indicators), "trends", texts["trends"],
                size_mm=(180, 170), indicators=list(chart_data.TREND_INDICATORS),
                unit=unit))
            sections.append(section)
        else:
            sections.append(Section("indicators", texts["indicators"], missing=missing(
                "carbonclusters:indicators", self.INDICATORS)))
        feedback.setProgress(70)

        # Built-up land, transitions, sinks
        classes = self._builtup_classes(parameters, context)
        if sinks:
            classes = classes or rt.builtup_classes(sinks)
            builtup = rt.builtup_by_year(sinks, classes)
            names = rt.class_names(pd.DataFrame(), rt.sinks_frame(sinks))
            described = ", ".join("{} {}".format(code, rt.class_label(*names[code]))
                                  if code in names else str(code) for code in classes)
            sections.append(Section(
                "builtup", texts["builtup"], texts["builtup_note"].format(classes=described),
                rh.table_html(rt.builtup_table(builtup, texts), "{:,.1f}")))
        else:
            sections.append(Section("builtup", texts["builtup"], missing=missing(
                "carbonclusters:sinkaccounting", self.SINKS)))
        transitions = tables.get(self.TRANSITIONS)
        if transitions is not None:
            sink_rows = rt.sinks_frame(sinks) if sinks else None
            names = rt.class_names(transitions, sink_rows)
            years = sorted(sinks) if sinks else []
            period = f", {years[0]} → {years[-1]}" if len(years) > 1 else ""
            sections.append(Section("transitions", texts["transitions"],
                                    texts["transitions_note"].format(period=period),
                                    rh.transitions_body(transitions, names, texts)))
        else:
            sections.append(Section("transitions", texts["transitions"], missing=missing(
                "carbonclusters:landtransition", self.TRANSITIONS)))
        if sinks:
            sections.append(Section("sinks", texts["sinks"], texts["sinks_note"],
                                    rh.table_html(rt.sink_table(sinks, texts), "{:,.1f}")))
        else:
            sections.append(Section("sinks", texts["sinks"], missing=missing(
                "carbonclusters:sinkaccounting", self.SINKS)))
        feedback.setProgress(80)
        self._check(feedback)

        # Moran's I and LISA
        moran = tables.get(self.MORAN)
        if moran is not None:
            section = Section("moran", texts["moran"], texts["moran_note"],
                              rh.table_html(rt.moran_table(moran, texts)))
            lisa_png = self._lisa_map(parameters, context, charts / "lisa.png", feedback)
            if lisa_png:
                section.charts.append((lisa_png, texts["lisa_map"]))
            sections.append(section)
        else:
            sections.append(Section("moran", texts["moran"], missing=missing(
                "carbonclusters:moransi", self.MORAN)))

        # Emissions against sinks
        balance = rt.balance_rows(indicators, sink_totals)
        if len(balance):
            section = Section("balance", texts["balance"],
                              texts["balance_note"].format(unit=unit),
                              rh.table_html(rt.balance_table(balance, texts, unit)))
            section.charts.append(chart("emissions_sinks", balance, "balance",
                                        texts["balance"], size_mm=(160, 120), unit=unit))
            sections.append(section)
        else:
            sections.append(Section("balance", texts["balance"], missing=missing(
                "carbonclusters:indicators + carbonclusters:sinkaccounting",
                f"{self.INDICATORS}, {self.SINKS}")))

        # Grey relational grades, industrial types, decoupling, scenarios
        grey = tables.get(self.GREY)
        if grey is not None:
            from ...charts.figures import indicator_label

            factors = {f: indicator_label(f) for f in grey["factor"].dropna().unique()}
            section = Section("grey", texts["grey"], texts["grey_note"],
                              rh.table_html(rt.grey_table(grey, texts, factors)))
            section.charts.append(chart("grey_relational", chart_data.grey_grades(grey),
                                        "grey", texts["grey"], size_mm=(180, 170)))
            sections.append(section)
        else:
            sections.append(Section("grey", texts["grey"], missing=missing(
                "carbonclusters:greyrelational", self.GREY)))
        counts = tables.get(self.INDUSTRY_COUNTS)
        if counts is not None:
            profiles = tables.get(self.INDUSTRY_PROFILES)
            labels = chart_data.cluster_labels(profiles) if profiles is not None else {}
            types = chart_data.industry_type_counts(counts, labels)
            types.index.name = texts["cluster"]
            section = Section("industry", texts["industry"], texts["industry_note"],
                              rh.table_html(types, "{:,.0f}"))
            section.charts.append(chart("industry_types", types, "industry",
                                        texts["industry"], size_mm=(170, 100)))
            sections.append(section)
        else:
            sections.append(Section("industry", texts["industry"], missing=missing(
                "carbonclusters:industryclusters", self.INDUSTRY_COUNTS)))
        decoupling = tables.get(self.DECOUPLING)
        if decoupling is not None:
            chinese = QgsApplication.locale().lower().startswith("zh")
            sections.append(Section("decoupling", texts["decoupling"],
                                    texts["decoupling_note"],
                                    rh.table_html(rt.decoupling_table(decoupling, texts,
                                                                      chinese))))
        else:
            sections.append(Section("decoupling", texts["decoupling"], missing=missing(
                "carbonclusters:decoupling", self.DECOUPLING)))
        peaks, scenarios = tables.get(self.PEAKS), tables.get(self.SCENARIOS)
        if peaks is not None or scenarios is not None:
            section = Section("scenarios", texts["scenarios"], texts["scenarios_note"],
                              rh.table_html(rt.peaks_table(_titled(peaks), texts, unit))
                              if peaks is not None else "")
            if scenarios is not None:
                try:
                    section.charts.append((draw_trajectories(
                        scenarios, charts / "scenarios.png",
                        title=tr("CO₂ emissions by scenario ({unit})").format(unit=unit),
                        ylabel=tr("Emissions ({unit})").format(unit=unit),
                        observed_label=tr("observed")),
                        texts["scenarios"], "wide"))
                except (ValueError, KeyError) as error:
                    feedback.pushWarning(tr("Chart {name} not drawn: {error}").format(
                        name="scenarios", error=error))
            sections.append(section)
        else:
            sections.append(Section("scenarios", texts["scenarios"], missing=missing(
                "carbonclusters:peakscenario", f"{self.PEAKS}, {self.SCENARIOS}")))
        feedback.setProgress(95)

        notes_list = [n for n in (sources, notes) if n]
        page = rh.report_page(sections, texts, notes_list, lang=self.user_language())
        Path(path).write_text(page, encoding="utf-8")
        feedback.pushInfo(tr("HTML report: {path}").format(path=path))

    def _builtup_classes(self, parameters, context):
        text = self.parameterAsString(parameters, self.BUILTUP_CLASSES, context)
        codes = []
        for token in text.replace(",", ";").split(";"):
            if token.strip():
                try:
                    codes.append(int(token))
                except ValueError:
                    raise QgsProcessingException(tr(
                        'Built-up class "{value}" is not a class code.').format(
                        value=token.strip())) from None
        return codes
