"""carbonclusters:moransi — global Moran's I per group and field, local Moran (LISA) layer."""

import importlib.util
import math

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
)

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import (
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    SOURCE_VECTOR,
    SOURCE_VECTOR_ANY_GEOMETRY,
    finish_sink,
    make_field,
)
from .common import styles
from .common.attributes import describe_rows, field_index, numbers_of_field
from .common.base import CarbonClustersAlgorithm
from .common.tables import create_table_sink, table_fields, write_rows


def apply_lisa_style(layer) -> bool:
    """Loads resources/styles/lisa_clusters.qml onto ``layer``; True when it worked."""
    return styles.apply_style(layer, styles.LISA)


class MoranAlgorithm(CarbonClustersAlgorithm):
    INPUT = "INPUT"
    FIELD = "FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    LABEL_FIELD = "LABEL_FIELD"
    WEIGHTS = "WEIGHTS"
    K = "K"
    DISTANCE = "DISTANCE"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    ISLANDS = "ISLANDS"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    SIGNIFICANCE_P = "SIGNIFICANCE_P"
    LISA_ALPHA = "LISA_ALPHA"
    LISA_CORRECTION = "LISA_CORRECTION"
    OUTPUT = "OUTPUT"
    OUTPUT_LISA = "OUTPUT_LISA"
    OUTPUT_HTML = "OUTPUT_HTML"

    _name = "moransi"
    _display_name = QT_TRANSLATE_NOOP(
        "MoranAlgorithm", "Spatial autocorrelation (Moran's I, LISA)")
    _group_id = "spatial"
    _group = QT_TRANSLATE_NOOP("MoranAlgorithm", "Spatial analysis")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Global Moran's I of one or more numeric fields (e.g. one emission field per "
            "year) for the whole layer (group <i>ALL</i>) and, with a group field, for each "
            "group (city cluster) with neighbours only within the group; optionally the local "
            "Moran (LISA) cluster map of the first field and Moran scatterplots.</p>"
            "<h3>Inputs</h3>"
            "<p><b>Weights</b>: queen (shared boundary or corner), rook (shared stretch of "
            "border), k nearest neighbours or distance band (both on the centroids: "
            "great-circle distances in km for a geographic CRS, CRS units otherwise; a "
            "distance of 0 takes the smallest band that gives every feature a neighbour). "
            "Weights are row-standardised. Queen and rook tolerate the slivers and tiny gaps "
            "of real boundaries: features closer than the <b>snapping tolerance</b> (CRS "
            "units; empty = 1/100 000 of the layer extent, about 60 m for China in degrees) "
            "count as touching; rook also needs the shared border to be longer than four "
            "times the tolerance.</p>"
            "<p><b>Islands</b> (features without a neighbour) are named in the log using the "
            "<b>label field</b> (or the feature id) and counted; they may be left without "
            "neighbours or joined to their nearest feature. Features with a NULL value or "
            "without geometry are left out of that field's statistics and counted in the "
            "log.</p>"
            "<p><b>Permutations</b> and <b>seed</b> (advanced) make the permutation test "
            "repeatable.</p>"
            "<h3>Output table</h3><ul>"
            "<li><b>group</b>, <b>field</b>: the group (ALL for the whole layer) and the "
            "field.</li>"
            "<li><b>n</b>: features used; <b>islands</b>: how many of them have no "
            "neighbour.</li>"
            "<li><b>moran_i</b>: Moran's I; <b>expected_i</b>: its expectation −1/(n−1).</li>"
            "<li><b>z_norm</b>, <b>p_norm</b>: z-score and two-sided p-value under the "
            "normality assumption.</li>"
            "<li><b>z_sim</b>, <b>p_sim</b>: z-score against the permutations and the pseudo "
            "p-value (number of permutations as extreme, plus one, over permutations plus "
            "one).</li>"
            "<li><b>significance</b>: ** for p &lt; 0.05, * for p &lt; 0.1, empty otherwise, "
            "on p_sim (or p_norm when chosen, and always without permutations).</li></ul>"
            "<p>Statistics are NULL, with the reason in the log, for fewer than 3 features, "
            "a constant field or weights without any neighbour.</p>"
            "<h3>LISA layer</h3>"
            "<p>The input features and fields plus <b>lisa_i</b> (local Moran), "
            "<b>lisa_p</b> (pseudo p-value) and <b>lisa_cluster</b>: HH, LH, LL, HL for "
            "features significant at the chosen level (p ≤ level; Bonferroni or false "
            "discovery rate optional), <i>ns</i> otherwise, <i>undefined</i> for islands, "
            "NULL values and groups that cannot be tested. Computed for the first field, per "
            "group when a group field is given. Loaded with the conventional colours (HH red, "
            "LL blue, LH light blue, HL pink, ns grey, undefined white, hatched).</p>"
            "<h3>Scatterplots</h3><p>An HTML page with a Moran scatterplot (standardised "
            "value against its spatial lag; the line's slope is Moran's I) per group and "
            "field.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Cities"), [SOURCE_VECTOR_ANY_GEOMETRY]))
        self.add_field(self.FIELD, self.tr("Fields (one or more, e.g. one per year)"),
                       optional=False, multiple=True)
        self.add_field(self.GROUP_FIELD, self.tr("Group field (city cluster)"))
        self.add_field(self.LABEL_FIELD, self.tr("Label field (names islands in the log)"))
        self.addParameter(QgsProcessingParameterEnum(
            self.WEIGHTS, self.tr("Spatial weights"),
            options=[self.tr("Queen contiguity"), self.tr("Rook contiguity"),
                     self.tr("K nearest neighbours"), self.tr("Distance band")],
            defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.ISLANDS, self.tr("Islands (features without neighbours)"),
            options=[self.tr("Leave without neighbours"),
                     self.tr("Join each to its nearest feature")],
            defaultValue=0, optional=True))
        self.add_advanced(QgsProcessingParameterNumber(
            self.K, self.tr("Number of neighbours (k nearest)"),
            type=NUMBER_INTEGER, defaultValue=4, minValue=1,
            optional=True))
        self.add_advanced(QgsProcessingParameterNumber(
            self.DISTANCE,
            self.tr("Distance band (km for a geographic CRS, CRS units otherwise; 0 = smallest "
                    "band leaving no island)"),
            type=NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0,
            optional=True))
        self.add_advanced(QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE,
            self.tr("Snapping tolerance for contiguity (CRS units; empty = automatic)"),
            type=NUMBER_DOUBLE, minValue=0.0, optional=True))
        self.add_advanced(QgsProcessingParameterNumber(
            self.PERMUTATIONS, self.tr("Permutations"),
            type=NUMBER_INTEGER, defaultValue=999, minValue=0,
            optional=True))
        self.add_advanced(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"),
            type=NUMBER_INTEGER, defaultValue=12345, minValue=0,
            optional=True))
        self.add_advanced(QgsProcessingParameterEnum(
            self.SIGNIFICANCE_P, self.tr("Significance marks from"),
            options=[self.tr("Permutation p-value (p_sim)"),
                     self.tr("Normal approximation (p_norm)")],
            defaultValue=0, optional=True))
        self.add_advanced(QgsProcessingParameterNumber(
            self.LISA_ALPHA, self.tr("LISA significance level"),
            type=NUMBER_DOUBLE, defaultValue=0.05, minValue=0.0,
            maxValue=1.0, optional=True))
        self.add_advanced(QgsProcessingParameterEnum(
            self.LISA_CORRECTION, self.tr("LISA multiple-testing correction"),
            options=[self.tr("None"), self.tr("Bonferroni"),
                     self.tr("False discovery rate (Benjamini–Hochberg)")],
            defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Moran's I"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LISA, self.tr("Local Moran (LISA) clusters"),
            SOURCE_VECTOR_ANY_GEOMETRY, optional=True,
            createByDefault=True))  # the dialog draws the LISA map unless told not to
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Moran scatterplots"), self.tr("HTML files (*.html)"),
            optional=True, createByDefault=False))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas", "esda", "libpysal", "shapely")
        from ..analysis.spatial import moran
        from ..analysis.spatial.spatial_weights import automatic_tolerance, geometries_from_wkb
        from ..analysis.values import plain, plain_records

        source = self.source_with_features(parameters, context)
        layer_name = source.sourceName()
        fields = self.field_names(parameters, self.FIELD, context)
        if not fields:
            raise QgsProcessingException(self.tr("Choose at least one field."))
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context)
        method = self.parameterAsEnum(parameters, self.WEIGHTS, context)
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        lisa_wanted = parameters.get(self.OUTPUT_LISA) not in (None, "")
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context) \
            if parameters.get(self.OUTPUT_HTML) not in (None, "") else ""

        # Read: attributes, labels and geometries (WKB), 0-30 %
        features = self._read(source, feedback)
        fids = [f.id() for f in features]
        labels = [self._label(f, field_index(source, label_field)) if label_field else f.id()
                  for f in features]
        values = {}
        for name in fields:
            index = field_index(source, name)
            values[name] = numbers_of_field([f.attributes()[index] for f in features], name,
                                            layer_name, fids)
        groups = None
        if group_field:
            groups = [None if _is_null(v) else str(v) for v in
                      (f.attributes()[field_index(source, group_field)] for f in features)]
            self._report_rows([i for i, g in enumerate(groups) if g is None], labels,
                              self.tr('Features with a NULL group in "{field}" are left out of '
                                      "the group rows ({count}): {features}.").format,
                              group_field, feedback)
        geometries = geometries_from_wkb(
            [bytes(f.geometry().asWkb()) if f.hasGeometry() else None for f in features])
        self._report_rows([i for i, g in enumerate(geometries) if g is None], labels,
                          self.tr('Features without geometry are left out ({count}): '
                                  "{features}.").format, None, feedback)
        for name in fields:
            nulls = [i for i, v in enumerate(values[name]) if math.isnan(v)]
            self._report_rows(nulls, labels, self.tr(
                'Features with a NULL value in "{field}" are left out of its statistics '
                "({count}): {features}.").format, name, feedback)

        options = self._weights_options(parameters, context, method, source, geometries,
                                        automatic_tolerance, moran, feedback)
        feedback.setProgress(30)

        # Global Moran's I, 30-80 %
        group_count = 1 + (len({g for g in groups if g is not None}) if groups else 0)
        feedback.pushInfo(self.tr(
            "Global Moran's I of {fields} field(s) for {groups} group(s) (all features "
            "included), {permutations} permutations each…").format(
            fields=len(fields), groups=group_count, permutations=permutations))
        run = moran.moran_table(
            geometries, values, groups, options, permutations, seed,
            use_p_norm=self.parameterAsEnum(parameters, self.SIGNIFICANCE_P, context) == 1,
            is_canceled=feedback.isCanceled, scatter=bool(html_path),
            progress=lambda fraction: feedback.setProgress(30 + 50 * fraction))
        self.stop_if_cancelled(feedback)
        self._log_run(run, labels, moran, feedback)

        # LISA, 80-95 %
        lisa = None
        if lisa_wanted:
            feedback.pushInfo(self.tr(
                'Local Moran (LISA) of "{field}" (the first run in a QGIS session also '
                "prepares esda's compiled kernels: a few seconds).").format(
                field=fields[0]))
            lisa = moran.lisa_table(
                geometries, values[fields[0]], groups, options, max(permutations, 99), seed,
                self.parameterAsDouble(parameters, self.LISA_ALPHA, context),
                self.parameterAsEnum(parameters, self.LISA_CORRECTION, context),
                feedback.isCanceled, lambda fraction: feedback.setProgress(80 + 15 * fraction))
            self.stop_if_cancelled(feedback)
            if permutations < 99:
                feedback.pushWarning(self.tr(
                    "LISA p-values use 99 permutations: fewer cannot reach p ≤ 0.05."))
        feedback.setProgress(95)
        self.stop_if_cancelled(feedback)

        # Write, 95-100 %
        table_sink, table_id = create_table_sink(
            self, parameters, self.OUTPUT, context,
            table_fields(moran.TABLE_COLUMNS, text=["group", "field", "significance"],
                         integer=["n", "islands"]))
        write_rows(table_sink, plain_records(run.table, moran.TABLE_COLUMNS), feedback, 95, 97)
        results = {self.OUTPUT: table_id}
        if lisa is not None:
            results[self.OUTPUT_LISA] = self._write_lisa(
                parameters, context, source, features, lisa, plain, feedback)
        if html_path:
            results[self.OUTPUT_HTML] = self._write_html(html_path, run, moran, feedback)
        feedback.setProgress(100)
        return results

    def _read(self, source, feedback):
        features = []
        total = source.featureCount() or 1
        for count, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            features.append(QgsFeature(feature))
            feedback.setProgress(30 * count / total)
        return features

    @staticmethod
    def _label(feature, index):
        value = feature.attributes()[index] if index >= 0 else None
        return feature.id() if _is_null(value) else value

    def _report_rows(self, rows, labels, template, field, feedback):
        if rows:
            feedback.pushWarning(template(field=field, count=len(rows),
                                          features=describe_rows(rows, labels)))

    def _weights_options(self, parameters, context, method, source, geometries,
                         automatic_tolerance, moran, feedback):
        geographic = source.sourceCrs().isGeographic()
        present = [g for g in geometries if g is not None]
        if parameters.get(self.SNAP_TOLERANCE) in (None, ""):
            tolerance = automatic_tolerance(present)
        else:
            tolerance = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        k = self.parameterAsInt(parameters, self.K, context)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        unit = self.tr("km") if geographic else self.tr("CRS units")
        if method in (0, 1):
            feedback.pushInfo(self.tr(
                "{kind} contiguity with a snapping tolerance of {tolerance:.6g} CRS units."
            ).format(kind=self.tr("Queen") if method == 0 else self.tr("Rook"),
                     tolerance=tolerance))
        elif method == 2:
            feedback.pushInfo(self.tr(
                "{k} nearest neighbours of the centroids ({distances} distances).").format(
                k=k, distances=self.tr("great-circle") if geographic else self.tr("planar")))
        elif distance > 0:
            feedback.pushInfo(self.tr("Distance band of {distance:.6g} {unit}.").format(
                distance=distance, unit=unit))
        return moran.WeightsOptions(
            method=method, k=k, distance=distance, geographic=geographic, tolerance=tolerance,
            join_islands=self.parameterAsEnum(parameters, self.ISLANDS, context) == 1)

    def _log_run(self, run, labels, moran, feedback):
        reasons = {
            moran.TOO_FEW: self.tr("only {n} feature(s) with values; Moran's I needs at "
                                   "least 3"),
            moran.CONSTANT: self.tr("all {n} values are equal (no variance)"),
            moran.NO_LINKS: self.tr("none of the {n} features has a neighbour with these "
                                    "weights"),
        }
        for note in run.notes:
            feedback.pushWarning(self.tr(
                '{group}, "{field}": {reason}; statistics left NULL.').format(
                group=note["group"], field=note["field"],
                reason=reasons[note["note"]].format(n=note["n"])))
        seen = set()
        for item in run.islands:
            key = (item["group"], tuple(item["rows"]), tuple(item["joined"]))
            if key in seen:
                continue
            seen.add(key)
            if item["joined"]:
                feedback.pushWarning(self.tr(
                    "{group}: joined {count} island(s) to their nearest feature: {pairs}."
                ).format(group=item["group"], count=len(item["joined"]), pairs=", ".join(
                    "{a} → {b}".format(a=labels[a], b=labels[b]) for a, b in item["joined"])))
            if item["rows"]:
                feedback.pushWarning(self.tr(
                    '{group} ("{field}"): {count} island(s) without neighbours: {names}.'
                ).format(group=item["group"], field=item["field"], count=len(item["rows"]),
                         names=", ".join(str(labels[r]) for r in item["rows"])))
        for threshold in {(t["group"], t["threshold"]): t for t in run.thresholds}.values():
            feedback.pushInfo(self.tr(
                "{group}: automatic distance band {distance:.6g}.").format(
                group=threshold["group"], distance=threshold["threshold"]))
        for _, row in run.table.iterrows():
            feedback.pushInfo(self.tr(
                '{group}, "{field}": n = {n}, I = {i}, E[I] = {e}, p_norm = {pn}, '
                "p_sim = {ps} {mark}").format(
                group=row["group"], field=row["field"], n=row["n"], i=_short(row["moran_i"]),
                e=_short(row["expected_i"]), pn=_short(row["p_norm"]),
                ps=_short(row["p_sim"]), mark=row["significance"] or ""))

    def _write_lisa(self, parameters, context, source, features, lisa, plain, feedback):
        extra = QgsFields()
        extra.append(make_field("lisa_i", "double"))
        extra.append(make_field("lisa_p", "double"))
        extra.append(make_field("lisa_cluster", "string"))
        fields = QgsProcessingUtils.combineFields(source.fields(), extra)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_LISA, context, fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_LISA))
        columns = lisa[["lisa_i", "lisa_p", "lisa_cluster"]].to_numpy().tolist()
        for feature, extra_values in zip(features, columns):
            self.stop_if_cancelled(feedback)
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + [plain(v) for v in extra_values])
            if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(sink.lastError())
        finish_sink(sink)
        styles.style_when_loaded(context, dest_id, styles.LISA)  # the conventional colours
        counts = lisa["lisa_cluster"].value_counts()
        feedback.pushInfo(self.tr("LISA clusters: {counts}.").format(
            counts=", ".join("{k} {v}".format(k=k, v=int(counts.get(k, 0)))
                             for k in ("HH", "LL", "LH", "HL", "ns", "undefined"))))
        return dest_id

    def _write_html(self, path, run, moran, feedback):
        title = self.tr("Moran scatterplots")
        if importlib.util.find_spec("matplotlib") is None:
            feedback.pushWarning(self.tr(
                "matplotlib is not installed: the scatterplot page has no plots."))
            run.scatter = []
        from ..charts.moran import scatter_report

        page = scatter_report(run.scatter, title, {
            "x": self.tr("standardised value"), "y": self.tr("spatial lag"),
            "group": self.tr("group"), "field": self.tr("field"),
            "slope": self.tr("slope of the line = Moran's I"),
            "none": self.tr("No group and field had statistics to plot.")})
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(page)
        return path


def _is_null(value):
    return value is None or (callable(getattr(value, "isNull", None)) and value.isNull())


def _short(value):
    return "NULL" if value is None or value != value else "{:.4g}".format(value)
