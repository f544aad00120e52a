"""QGIS styles (QML) for land-cover rasters, written from a class table (no qgis import).

A land-cover preset's ``color`` column becomes a paletted (unique values) renderer labelled in
English and Chinese, with nearest-neighbour resampling so class codes never blend:

    from carbon_clusters_plugin.analysis.raster_styles import write_paletted_qml
    write_paletted_qml(read_class_table(preset_csv), "landcover_cas_lucc_level1.qml")

QGIS loads ``<raster>.qml`` beside a raster automatically; scripts/make_styles.py writes one QML
per preset into resources/styles.
"""

from pathlib import Path
from typing import Iterable, Tuple
from xml.sax.saxutils import quoteattr

import pandas as pd

FALLBACK_COLOUR = "#888888"

_TEMPLATE = """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- {comment} -->
<qgis version="3.22.0" styleCategories="Symbology">
  <pipe>
    <rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
{entries}
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0" colorizeRed="255"
                   colorizeGreen="128" colorizeBlue="128" colorizeStrength="100"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
"""


def class_label(name: str, name_zh: str = "") -> str:
    """``Forest 林地``: English and Chinese, once when they are the same."""
    name, name_zh = (name or "").strip(), (name_zh or "").strip()
    return f"{name} {name_zh}" if name_zh and name_zh != name else name


def palette(table: pd.DataFrame) -> Iterable[Tuple[int, str, str]]:
    """(class code, #rrggbb colour, label) per row of a class table, in code order."""
    rows = table.sort_values("class")
    for code, name, name_zh, colour in zip(rows["class"], rows["name"],
                                           rows.get("name_zh", [""] * len(rows)),
                                           rows.get("color", [""] * len(rows))):
        colour = str(colour or "").strip().lower()
        if not (colour.startswith("#") and len(colour) == 7):
            colour = FALLBACK_COLOUR
        yield int(code), colour, class_label(str(name), str(name_zh or ""))


def paletted_qml(table: pd.DataFrame, comment: str = "Land-cover classes") -> str:
    entries = "\n".join(
        "        <paletteEntry value={} color={} alpha=\"255\" label={}/>".format(
            quoteattr(str(code)), quoteattr(colour), quoteattr(label))
        for code, colour, label in palette(table))
    return _TEMPLATE.format(comment=comment.replace("--", "–"), entries=entries)


def write_paletted_qml(table: pd.DataFrame, path, comment: str = "Land-cover classes") -> Path:
    path = Path(path)
    path.write_text(paletted_qml(table, comment), encoding="utf-8")
    return path
