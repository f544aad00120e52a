"""carbonclusters:industryclusters — K-means industrial types of cities."""

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..analysis.messages import QT_TRANSLATE_NOOP
from ..compat import (
    NUMBER_INTEGER,
    SOURCE_VECTOR,
    SOURCE_VECTOR_ANY_GEOMETRY,
    finish_sink,
    make_field,
)
from .common import styles
from .common.attributes import FID, describe_rows, numbers_of_field, read_columns
from .common.base import CarbonClustersAlgorithm
from .common.tables import create_table_sink, table_fields, write_rows

ALL = "ALL"


class IndustryClustersAlgorithm(CarbonClustersAlgorithm):
    INPUT = "INPUT"
    FIELDS = "FIELDS"
    GROUP_FIELD = "GROUP_FIELD"
    K = "K"
    STANDARDIZE = "STANDARDIZE"
    SEED = "SEED"
    N_INIT = "N_INIT"
    OUTPUT = "OUTPUT"
    OUTPUT_PROFILES = "OUTPUT_PROFILES"
    OUTPUT_COUNTS = "OUTPUT_COUNTS"

    _name = "industryclusters"
    _display_name = QT_TRANSLATE_NOOP("IndustryClustersAlgorithm", "Industrial types (K-means)")
    _group_id = "socioeconomic"
    _group = QT_TRANSLATE_NOOP("IndustryClustersAlgorithm", "Socio-economic analysis")

    def labels(self):
        return {"energy_heavy": self.tr("energy & heavy industry"),
                "high_tech": self.tr("high-tech"),
                "light": self.tr("light industry"),
                "mixed": self.tr("mixed")}

    def label_text(self, key):
        if key is None:
            return None
        if key.startswith("field:"):
            return self.tr("high {field}").format(field=key[len("field:"):])
        return self.labels().get(key, key)

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Groups the features (cities) into industrial types by K-means on numeric "
            "fields, e.g. the GDP shares of energy production, heavy industry, light industry "
            "and high-tech industry. The clustering runs over the whole layer; the group "
            "field only splits the counts.</p>"
            "<h3>Inputs</h3>"
            "<p><b>Fields</b>: the values to cluster. <b>Group field</b>: optional (city "
            "cluster), for the counts. Advanced: <b>K</b> (4; 0 tries 2 to 8 and keeps the "
            "best mean silhouette, logging every score), <b>standardise</b> (z-scores, on by "
            "default), <b>seed</b> and the number of initialisations.</p>"
            "<h3>Outputs</h3><ul>"
            "<li><b>Layer</b>: the input features with <b>cluster</b> (numbered from 1 by "
            "decreasing size), <b>cluster_label</b> (the type read from the centroid: "
            "energy &amp; heavy industry, high-tech, light industry, or mixed when no field "
            "stands out by half a standard deviation; fields are recognised by their names) "
            "and <b>silhouette</b> (from −1 to 1: how well the feature fits its cluster). "
            "Polygon layers load with a categorised style.</li>"
            "<li><b>Profiles</b>: <b>cluster</b>, <b>cluster_label</b>, <b>size</b>, mean "
            "<b>silhouette</b> and the centroid of every field in its original units.</li>"
            "<li><b>Counts</b>: <b>group</b>, <b>cluster</b>, <b>count</b> (zeros "
            "included).</li></ul>"
            "<p>Features with a missing value are left out of the clustering (NULL cluster in "
            "the layer) and counted in the log. Fewer usable features than K stops the "
            "algorithm.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Cities"), [SOURCE_VECTOR]))
        self.add_field(self.FIELDS, self.tr("Fields to cluster (e.g. industry shares)"),
                       optional=False, multiple=True, numeric=True)
        self.add_field(self.GROUP_FIELD, self.tr("Group field (for the counts)"))
        self.add_advanced(QgsProcessingParameterNumber(
            self.K, self.tr("Number of clusters K (0: choose by silhouette)"),
            type=NUMBER_INTEGER, defaultValue=4, minValue=0,
            maxValue=50, optional=True))
        self.add_advanced(QgsProcessingParameterBoolean(
            self.STANDARDIZE, self.tr("Standardise fields (z-scores)"), defaultValue=True,
            optional=True))
        self.add_advanced(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), type=NUMBER_INTEGER,
            defaultValue=12345, minValue=0, optional=True))
        self.add_advanced(QgsProcessingParameterNumber(
            self.N_INIT, self.tr("Number of initialisations"),
            type=NUMBER_INTEGER, defaultValue=10, minValue=1,
            maxValue=1000, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Industrial types"),
            SOURCE_VECTOR_ANY_GEOMETRY))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PROFILES, self.tr("Cluster profiles"),
            SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_COUNTS, self.tr("Counts per group and cluster"),
            SOURCE_VECTOR))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas", "sklearn")
        import pandas as pd

        from ..analysis.socioeconomic.industry_clusters import (
            TooFewFeaturesError,
            counts_by_group,
            industry_clusters,
        )
        from ..analysis.values import plain_records

        source = self.source_with_features(parameters, context)
        layer = source.sourceName()
        fields = self.field_names(parameters, self.FIELDS, context)
        if not fields:
            raise QgsProcessingException(self.tr("Choose at least one field to cluster."))
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        k = self.parameterAsInt(parameters, self.K, context)
        standardize = self.parameterAsBoolean(parameters, self.STANDARDIZE, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        n_init = self.parameterAsInt(parameters, self.N_INIT, context)

        wanted = list(dict.fromkeys(fields + ([group_field] if group_field else [])))
        columns = read_columns(source, wanted, feedback,
                               progress=lambda fraction: feedback.setProgress(30 * fraction))
        fids = columns[FID]
        values = pd.DataFrame({f: numbers_of_field(columns[f], f, layer, fids) for f in fields})

        def check():
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))

        try:
            result = industry_clusters(values, k=k, standardize=standardize, seed=seed,
                                       n_init=n_init, check=check)
        except TooFewFeaturesError as error:
            raise QgsProcessingException(self.tr(
                'Layer "{layer}" has {usable} feature(s) with values in every field, fewer '
                "than the {k} needed for {k} clusters.").format(
                layer=layer, usable=error.usable, k=error.k)) from error
        feedback.setProgress(60)
        if result.left_out:
            feedback.pushWarning(self.tr(
                "Left out {count} feature(s) with a missing value in {fields}: "
                "{features}.").format(count=len(result.left_out), fields=", ".join(fields),
                                      features=describe_rows(result.left_out, fids)))
        for key, score in result.scores.items():
            feedback.pushInfo(self.tr("K = {k}: mean silhouette {score:.4f}").format(
                k=key, score=score))
        if result.scores:
            feedback.pushInfo(self.tr("Chose K = {k}.").format(k=result.k))

        labels = [self.label_text(key) for key in result.label_keys()]
        by_fid = {fid: (cluster, label, silhouette) for fid, cluster, label, silhouette in
                  zip(fids, result.clusters, labels, result.silhouettes)}
        dest_id = self._write_layer(source, parameters, context, feedback, by_fid)

        profiles = result.profiles.copy()
        profiles["cluster_label"] = [self.label_text(key) for key in profiles["label_key"]]
        profile_columns = ["cluster", "cluster_label", "size", "silhouette", *fields]
        sink, profiles_id = create_table_sink(
            self, parameters, self.OUTPUT_PROFILES, context,
            table_fields(profile_columns, text=["cluster_label"], integer=["cluster", "size"]))
        write_rows(sink, plain_records(profiles, profile_columns), feedback, 85, 90)

        groups = [None if _is_null(v) else str(v) for v in columns[group_field]] \
            if group_field else [ALL] * len(fids)
        counts = counts_by_group(groups, result.clusters, result.k)
        sink, counts_id = create_table_sink(
            self, parameters, self.OUTPUT_COUNTS, context,
            table_fields(["group", "cluster", "count"], text=["group"],
                         integer=["cluster", "count"]))
        write_rows(sink, plain_records(counts, ["group", "cluster", "count"]), feedback, 90, 100)

        for row in profiles.itertuples():
            feedback.pushInfo(self.tr("Cluster {cluster} ({label}): {size} feature(s)").format(
                cluster=row.cluster, label=row.cluster_label, size=row.size))
        # categories named by the types (styles names them by the layer's cluster_label)
        styles.style_when_loaded(context, dest_id, styles.INDUSTRY, polygons_only=True)
        return {self.OUTPUT: dest_id, self.OUTPUT_PROFILES: profiles_id,
                self.OUTPUT_COUNTS: counts_id}

    def _write_layer(self, source, parameters, context, feedback, by_fid):
        fields = QgsFields()
        added = ("cluster", "cluster_label", "silhouette")
        for field in source.fields():
            field = QgsField(field)
            if field.name().lower() in added:
                # The input keeps its values under another name (QGIS's "_2" convention).
                renamed = field.name() + "_2"
                feedback.pushInfo(self.tr(
                    'The input field "{field}" is written as "{renamed}" in the output layer, '
                    'which adds its own "{field}".').format(field=field.name(), renamed=renamed))
                field.setName(renamed)
            fields.append(field)
        fields.append(make_field("cluster", "int"))
        fields.append(make_field("cluster_label", "string"))
        fields.append(make_field("silhouette", "double"))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        total = source.featureCount() or 1
        for count, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            cluster, label, silhouette = by_fid.get(feature.id(), (None, None, None))
            out.setAttributes(list(feature.attributes()) + [cluster, label, silhouette])
            if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(sink.lastError())
            feedback.setProgress(60 + 25 * (count + 1) / total)
        finish_sink(sink)
        return dest_id


def _is_null(value):
    return value is None or (callable(getattr(value, "isNull", None)) and value.isNull())


