"""Draws docs/images/overview.png for the README: the sample clusters and the radar of 2020.

Run after `make demo` (it reads out/demo/indicators.csv):
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_readme_figure.py
"""

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsGraduatedSymbolRenderer,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsStyle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample" / "carbon_clusters_sample.gpkg"
INDICATORS = ROOT / "out" / "demo" / "indicators.csv"
FIGURE = ROOT / "docs" / "images" / "overview.png"
RADAR = [("emissions_norm", "total"), ("per_gdp_norm", "per GDP"),
         ("per_capita_norm", "per capita"), ("per_builtup_norm", "per km² built-up")]


def render_map(path: Path):
    cities = QgsVectorLayer(f"{SAMPLE}|layername=cities", "cities", "ogr")
    clusters = QgsVectorLayer(f"{SAMPLE}|layername=clusters", "clusters", "ogr")
    renderer = QgsGraduatedSymbolRenderer('"co2_2020" / "area_km2"')
    renderer.updateColorRamp(QgsStyle.defaultStyle().colorRamp("Reds"))
    renderer.updateClasses(cities, QgsGraduatedSymbolRenderer.Mode.Quantile, 6)
    cities.setRenderer(renderer)
    outline = clusters.renderer().symbol()
    outline.setColor(QColor(0, 0, 0, 0))
    outline.symbolLayer(0).setStrokeColor(QColor("#1f2d3d"))
    outline.symbolLayer(0).setStrokeWidth(0.6)
    settings = QgsMapSettings()
    settings.setLayers([clusters, cities])
    settings.setDestinationCrs(cities.crs())
    settings.setExtent(clusters.extent().buffered(0.5))
    settings.setOutputSize(QSize(1100, 1000))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(path))


def draw_radar(axis, table):
    year = table[table["year"] == table["year"].max()]
    angles = np.linspace(0, 2 * np.pi, len(RADAR), endpoint=False).tolist()
    for _, row in year.iterrows():
        values = [row[column] for column, _ in RADAR]
        axis.plot(angles + angles[:1], values + values[:1], linewidth=2, label=row["group"])
        axis.fill(angles + angles[:1], values + values[:1], alpha=0.08)
    axis.set_xticks(angles)
    axis.set_xticklabels([label for _, label in RADAR])
    axis.tick_params(axis="x", pad=14)
    axis.set_ylim(0, 1.05)
    axis.set_title(f"Indicators {int(year['year'].iloc[0])}, divided by the maximum", pad=18)
    axis.legend(loc="lower right", bbox_to_anchor=(1.25, -0.1))


def main():
    app = QgsApplication([], False)
    app.initQgis()
    map_png = FIGURE.with_name("map.tmp.png")
    FIGURE.parent.mkdir(parents=True, exist_ok=True)
    render_map(map_png)
    table = pd.read_csv(INDICATORS)
    figure = plt.figure(figsize=(13, 5.6), dpi=100)
    left = figure.add_subplot(1, 2, 1)
    left.imshow(plt.imread(str(map_png)))
    left.set_axis_off()
    left.set_title("Sample city clusters: 2020 CO₂ per km² (synthetic values)")
    draw_radar(figure.add_subplot(1, 2, 2, projection="polar"), table)
    figure.tight_layout()
    figure.savefig(FIGURE)
    map_png.unlink()
    app.exitQgis()
    print(f"Wrote {FIGURE}")


if __name__ == "__main__":
    sys.exit(main())
