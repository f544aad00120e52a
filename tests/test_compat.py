"""The compatibility module: the one place that knows QGIS versions, and what it resolves."""

import re
import warnings

import pytest
from conftest import ROOT

from carbon_clusters_plugin import compat

PACKAGE = ROOT / "carbon_clusters_plugin"
# Enum spellings that QGIS moved into the Qgis namespace: only compat.py may name them.
OLD_ENUM_SPELLINGS = re.compile(
    r"QgsProcessing\.(SourceType|Type[A-Z])|QgsProcessingParameterNumber\.(Type|Integer|Double)"
    r"|QgsProcessingParameterField\.DataType|QgsProcessingParameterDefinition\.Flag"
    r"|QgsProcessingAlgorithm\.Flag|QgsProcessingModelChildParameterSource\.Source"
    r"|QgsWkbTypes\.(Type|GeometryType)|QgsUnitTypes\.|QgsLegendStyle\.Style"
    r"|QgsPalLayerSettings\.Placement|QgsMapLayerProxyModel\.Filter|QVariant\.Type"
    r"|QgsFeatureRequest\.Flag\b")


def test_the_compat_module_is_the_only_one_that_knows_a_version_number():
    version_checks = re.compile(r"QGIS_VERSION_INT|Qgis\.QGIS_VERSION|versionInt\(|QT_VERSION")
    for path in PACKAGE.rglob("*.py"):
        if path.name == "compat.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert not version_checks.search(text), f"{path.relative_to(ROOT)} checks a version"
        found = OLD_ENUM_SPELLINGS.search(text)
        assert not found, f"{path.relative_to(ROOT)} names {found.group(0)}: use compat"


def test_our_deprecation_warnings_are_errors_in_the_suite():
    """pyproject.toml turns DeprecationWarnings raised from our package into errors, so every
    algorithm test fails on a deprecated QGIS or library call."""
    with pytest.raises(DeprecationWarning):
        warnings.warn_explicit("deprecated", DeprecationWarning, "x.py", 1,
                               module="carbon_clusters_plugin.processing.example")


def test_enums_resolve_to_the_values_qgis_uses():
    from qgis.core import QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber

    polygon = QgsProcessingParameterFeatureSource("P", "P", [compat.SOURCE_VECTOR_POLYGON])
    assert polygon.dataTypes() == [compat.SOURCE_VECTOR_POLYGON]
    number = QgsProcessingParameterNumber("N", "N", compat.NUMBER_DOUBLE)
    assert number.dataType() == compat.NUMBER_DOUBLE
    assert compat.NUMBER_DOUBLE != compat.NUMBER_INTEGER
    assert len({compat.MODEL_SOURCE_MODEL_PARAMETER, compat.MODEL_SOURCE_CHILD_OUTPUT,
                compat.MODEL_SOURCE_STATIC_VALUE, compat.MODEL_SOURCE_EXPRESSION}) == 4


def test_widget_enums_resolve_on_first_use():
    assert compat.LAYER_FILTER_VECTOR is not None
    assert compat.FIELD_FILTER_NUMERIC is not None
    with pytest.raises(AttributeError):
        compat.NO_SUCH_ENUM  # noqa: B018


@pytest.mark.parametrize("kind, value", [("string", "长江三角洲"), ("int", 7),
                                         ("double", 1.25), ("longlong", 2 ** 40)])
def test_fields_of_every_kind_hold_their_values_without_deprecation(qgis_app, kind, value):
    from qgis.core import QgsFeature, QgsFields, QgsMemoryProviderUtils

    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        field = compat.make_field("value", kind)
    assert field.name() == "value" and field.isNumeric() == (kind != "string")
    fields = QgsFields()
    fields.append(field)
    layer = QgsMemoryProviderUtils.createMemoryLayer("t", fields)
    feature = QgsFeature(layer.fields())
    feature.setAttributes([value])
    assert layer.dataProvider().addFeature(feature)
    stored = next(layer.getFeatures())["value"]
    assert stored == value and type(stored) is type(value)


def test_an_unknown_field_kind_is_refused():
    with pytest.raises(ValueError, match="unknown field kind 'text'"):
        compat.make_field("x", "text")


def test_an_enum_that_no_version_has_is_an_error():
    with pytest.raises(AttributeError, match="Qgis.NoSuchThing"):
        compat.enum_value("Qgis.NoSuchThing.Value")
