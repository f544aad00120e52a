"""Per-pixel outputs written from the same strips that are counted (land_counts' hook)."""

from typing import List, Mapping, Optional, Tuple

import numpy as np
from osgeo import gdal

from .. import raster_io as rio
from ..messages import QT_TRANSLATE_NOOP, AnalysisError

SINK_NODATA = -3.4e38
CHANGE_NODATA = 0
CHANGE_FACTOR = 1000  # change code = from class x 1000 + to class


def class_lookup(values: np.ndarray, table: Mapping[int, float], nodata: Optional[float],
                 missing: float = np.nan) -> np.ndarray:
    """The table's value for every pixel's class (``missing`` for nodata and unknown)."""
    if values.dtype == np.uint8:
        codes, index = np.arange(256), values
    else:
        codes, index = np.unique(values, return_inverse=True)
        index = index.reshape(values.shape)
    lookup = np.array([table.get(int(code), missing)
                       if code == code and code != nodata else missing for code in codes])
    return lookup[index]


def inside_any_zone(zones: List[np.ndarray], shape) -> Optional[np.ndarray]:
    if not zones:
        return None
    inside = np.zeros(shape, bool)
    for layer in zones:
        inside |= layer > 0
    return inside


class SinkRaster:
    """t CO2 per pixel and year: the class's coefficient (t CO2/km²/yr) x the pixel's area."""

    def __init__(self, path: str, plan, coefficients: Mapping[int, float]):
        self.plan = plan
        self.coefficients = coefficients
        self.geographic = plan.grid.is_geographic()
        self.pixel_km2 = None if self.geographic else rio.projected_pixel_area_km2(plan.grid)
        self.output = rio.RasterWriter(path, plan.grid, gdal.GDT_Float32, SINK_NODATA,
                                       "carbon sink (t CO2 per pixel and year)")

    def write(self, first_row: int, first, second, zones) -> None:
        per_km2 = class_lookup(first, self.coefficients, self.plan.nodata[0])
        if self.geographic:
            rows = rio.geographic_row_areas_km2(self.plan.grid, first_row, first.shape[0])
            values = per_km2 * rows[:, None]
        else:
            values = per_km2 * self.pixel_km2
        inside = inside_any_zone(zones, first.shape)
        if inside is not None:
            values[~inside] = np.nan
        values[np.isnan(values)] = SINK_NODATA
        self.output.write(values.astype(np.float32), first_row)

    def value_range(self) -> Tuple[float, float]:
        known = [v for v in self.coefficients.values() if v == v] + [0.0]
        pixel = self.pixel_km2 or float(rio.geographic_row_areas_km2(self.plan.grid, 0, 1)[0])
        return (min(known) * pixel, max(known) * pixel)

    def close(self) -> None:
        self.output.close()

    def discard(self) -> None:
        self.output.discard()


class ChangeRaster:
    """from class x 1000 + to class for every pixel (0: nodata or outside every zone)."""

    def __init__(self, path: str, plan):
        self.plan = plan
        self.output = rio.RasterWriter(path, plan.grid, gdal.GDT_UInt32, CHANGE_NODATA,
                                       "land-use change (from class × 1000 + to class)")

    def write(self, first_row: int, first, second, zones) -> None:
        if first.max(initial=0) >= CHANGE_FACTOR or second.max(initial=0) >= CHANGE_FACTOR \
                or first.min(initial=0) < 0 or second.min(initial=0) < 0:
            raise AnalysisError(QT_TRANSLATE_NOOP(
                "Messages", "The change raster codes classes 0–999 only (from x 1000 + to)."))
        codes = first.astype(np.uint32) * CHANGE_FACTOR + second.astype(np.uint32)
        invalid = np.zeros(first.shape, bool)
        for values, nodata in ((first, self.plan.nodata[0]), (second, self.plan.nodata[1])):
            if nodata is not None:
                invalid |= values == nodata
        inside = inside_any_zone(zones, first.shape)
        if inside is not None:
            invalid |= ~inside
        codes[invalid] = CHANGE_NODATA
        self.output.write(codes, first_row)

    def close(self) -> None:
        self.output.close()

    def discard(self) -> None:
        self.output.discard()


FIRST_YEAR_NODATA = 0


class FirstYearRaster:
    """The year each pixel was first of the built-up class in a series (0: never, or outside
    every zone): an urban-expansion map. A year where the pixel is nodata says nothing."""

    def __init__(self, path: str, plan, builtup_class: int):
        self.plan = plan
        self.builtup = builtup_class
        # a raster whose nodata is the built-up code never has a valid built-up pixel
        self.searched = [(number, year) for number, (year, nodata)
                         in enumerate(zip(plan.years, plan.nodata)) if nodata != builtup_class]
        self.output = rio.RasterWriter(path, plan.grid, gdal.GDT_UInt16, FIRST_YEAR_NODATA)

    def write(self, first_row: int, strips, zones) -> None:
        years = np.zeros(strips[0].shape, np.uint16)
        for number, year in reversed(self.searched):  # the earliest year written last
            years[strips[number] == self.builtup] = year
        inside = inside_any_zone(zones, years.shape)
        if inside is not None:
            years[~inside] = FIRST_YEAR_NODATA
        self.output.write(years, first_row)

    def close(self) -> None:
        self.output.close()

    def discard(self) -> None:
        self.output.discard()
