"""The charts package draws Chinese labels with a CJK font everywhere (dock, report, scenario
and Moran charts share charts/fonts.py): matplotlib reports no missing glyph."""

import warnings

import numpy as np
import pytest

pytest.importorskip("matplotlib")


def test_moran_scatterplots_in_chinese_have_every_glyph():
    from carbon_clusters_plugin.charts.fonts import font_families
    from carbon_clusters_plugin.charts.moran import scatter_report

    if not any("CJK" in family or "Hei" in family for family in font_families()):
        pytest.skip("no CJK font installed (make deps installs fonts-noto-cjk)")
    rng = np.random.default_rng(1)
    z = rng.normal(size=30)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        page = scatter_report(
            [{"group": "长三角", "field": "co2_2020", "z": z, "lag": 0.5 * z, "i": 0.42}],
            "莫兰散点图", {"x": "标准化值", "y": "空间滞后", "group": "分组", "field": "字段",
                       "slope": "直线斜率 = 莫兰指数", "none": "无"})
    assert page.count("data:image/png") == 1
    assert not [w for w in caught if "missing from" in str(w.message)], \
        [str(w.message) for w in caught]


def test_the_translation_hook_translates_chart_texts():
    from carbon_clusters_plugin.charts import translation
    from carbon_clusters_plugin.charts.figures import indicator_label

    installed = translation._translator  # the plugin's, when a test loaded it
    translation.set_translator(lambda context, text: f"{context}:{text}")
    try:
        assert indicator_label("per_capita") == "CarbonCharts:Per capita (t CO₂)"
        translation.set_translator(None)
        assert indicator_label("per_capita") == "Per capita (t CO₂)"
    finally:
        translation.set_translator(installed)


def test_large_numbers_have_thousands_separators_and_axes_their_unit():
    import pandas as pd
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from carbon_clusters_plugin.charts.figures import draw_emissions_sinks

    paths = pd.DataFrame({"group": ["YRD", "YRD"], "year": [2005, 2020],
                          "emissions": [120000.0, 215154.0], "sink": [3900.0, 3790.0]})
    figure = Figure()
    FigureCanvasAgg(figure)
    draw_emissions_sinks(figure, paths, set(), unit="10⁴ t CO₂")
    figure.canvas.draw()
    ax = figure.axes[0]
    assert ax.get_xlabel() == "Emissions (10⁴ t CO₂)"
    labels = [tick.get_text() for tick in ax.get_xticklabels() if tick.get_text()]
    assert any("," in label for label in labels), labels
    assert not any(label.isdigit() and len(label) > 3 for label in labels), labels


@pytest.mark.parametrize("label, lines", [
    ("Per GDP (t CO₂/10⁴ yuan)", ["Per GDP", "(t\u00a0CO₂/10⁴\u00a0yuan)"]),
    ("Per km² of built-up land", ["Per km² of", "built-up land"]),
])
def test_axis_labels_never_break_inside_a_unit(label, lines):
    from carbon_clusters_plugin.charts.figures import wrap_text

    assert wrap_text(label, 14).split("\n") == lines


def test_industrial_types_have_the_map_style_colours_in_charts():
    import re
    from pathlib import Path

    from carbon_clusters_plugin.charts.figures import INDUSTRY_COLOURS, industry_colour

    qml = (Path(__file__).resolve().parents[1] / "resources" / "styles" /
           "industry_clusters.qml").read_text(encoding="utf-8")
    assert tuple(re.findall(r'name="color" value="(#[0-9a-f]{6})"', qml)) == INDUSTRY_COLOURS
    assert industry_colour("2 high-tech", 0) == "#2c7fb8"
    assert industry_colour(3, 0) == "#31a354"


@pytest.mark.parametrize("label, lines", [
    ("单位GDP碳排放（t CO₂/万元）", ["单位GDP碳排放", "（t\u00a0CO₂/万元）"]),
    ("人均碳排放（t CO₂）", ["人均碳排放", "（t\u00a0CO₂）"]),
])
def test_chinese_labels_break_between_characters_but_never_inside_a_unit(label, lines):
    from carbon_clusters_plugin.charts.figures import wrap_text

    assert wrap_text(label, 14).split("\n") == lines


def test_a_narrow_chart_puts_its_legend_on_more_rows():
    import pandas as pd
    from matplotlib.figure import Figure

    from carbon_clusters_plugin.charts.figures import draw_radar

    radar = pd.DataFrame({"emissions": [1.0, 0.5, 0.3, 0.2, 0.8]},
                         index=["京津冀", "成渝", "珠三角", "长三角", "长江中游"])
    for inches, columns in ((8.0, 5), (2.9, 2)):
        figure = Figure(figsize=(inches, 4))
        draw_radar(figure, radar, set())
        legend = figure.legends[0]
        assert getattr(legend, "_ncols", getattr(legend, "_ncol", None)) == columns, inches
