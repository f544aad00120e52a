"""The one raster I/O module: grids, windows, true pixel areas, strips, zones and outputs.

Everything is streamed: rasters are read strip by strip (whole rows, a few million pixels),
the second raster of a pair is read through a nearest-neighbour warped VRT when its grid
differs from the first one's, zones are rasterised per strip, and GDAL's block cache is
flushed after each strip, so memory does not grow with the raster. GDAL only (the Python
bindings every QGIS ships), no qgis import.
"""

import math
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np
from osgeo import gdal, ogr, osr

from .messages import QT_TRANSLATE_NOOP, AnalysisError

gdal.UseExceptions()
ogr.UseExceptions()

STRIP_PIXELS = 2_000_000
_ALIGNMENT_TOLERANCE = 1e-6  # of a pixel


class RasterError(AnalysisError):
    """A raster that cannot be used as asked; the message names it."""


@dataclass(frozen=True)
class Grid:
    """A north-up pixel grid: origin, pixel size, size and CRS (WKT)."""

    x0: float
    y0: float
    dx: float
    dy: float  # negative for north-up rasters
    width: int
    height: int
    wkt: str

    @property
    def geotransform(self) -> Tuple[float, ...]:
        return (self.x0, self.dx, 0.0, self.y0, 0.0, self.dy)

    @property
    def bounds(self) -> Tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax)."""
        x1 = self.x0 + self.dx * self.width
        y1 = self.y0 + self.dy * self.height
        return (min(self.x0, x1), min(self.y0, y1), max(self.x0, x1), max(self.y0, y1))

    def srs(self) -> osr.SpatialReference:
        srs = osr.SpatialReference()
        srs.ImportFromWkt(self.wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return srs

    def is_geographic(self) -> bool:
        return bool(self.wkt) and bool(self.srs().IsGeographic())

    def window(self, col: int, row: int, width: int, height: int) -> "Grid":
        return Grid(self.x0 + col * self.dx, self.y0 + row * self.dy, self.dx, self.dy,
                    width, height, self.wkt)

    def describe(self) -> str:
        srs = self.srs() if self.wkt else None
        name = srs.GetName() if srs is not None else "no CRS"
        return (f"{self.width} x {self.height} pixels of {abs(self.dx):g} x {abs(self.dy):g}"
                f" at ({self.x0:g}, {self.y0:g}), {name}")


@contextmanager
def no_sidecar_files():
    """GDAL must not write .aux.xml files beside the user's rasters (this thread only)."""
    previous = gdal.GetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
    gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", previous)


def open_raster(path: str) -> gdal.Dataset:
    with no_sidecar_files():
        try:
            dataset = gdal.Open(str(path), gdal.GA_ReadOnly)
        except RuntimeError as error:
            raise RasterError(QT_TRANSLATE_NOOP("Messages", "Cannot open raster {path}: {error}"),
                              path=path, error=error) from None
    return dataset


def grid_of(dataset: gdal.Dataset) -> Grid:
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    if rx or ry:
        raise RasterError(QT_TRANSLATE_NOOP(
            "Messages", "Raster {path} is rotated; warp it north-up first."),
            path=dataset.GetDescription())
    return Grid(x0, y0, dx, dy, dataset.RasterXSize, dataset.RasterYSize,
                dataset.GetProjection() or "")


def check_band(dataset: gdal.Dataset, band: int) -> gdal.Band:
    if not 1 <= band <= dataset.RasterCount:
        raise RasterError(QT_TRANSLATE_NOOP(
            "Messages", "Raster {path} has {count} band(s); band {band} does not exist."),
            path=dataset.GetDescription(), count=dataset.RasterCount, band=band)
    return dataset.GetRasterBand(band)


def same_crs(first: Grid, second: Grid) -> bool:
    if not first.wkt or not second.wkt:
        return first.wkt == second.wkt
    return bool(first.srs().IsSame(second.srs()))


def is_aligned(first: Grid, second: Grid) -> bool:
    """Same CRS, same pixel size and origins a whole number of pixels apart."""
    if not same_crs(first, second):
        return False
    if not (math.isclose(first.dx, second.dx, rel_tol=1e-9)
            and math.isclose(first.dy, second.dy, rel_tol=1e-9)):
        return False
    shift_x = (second.x0 - first.x0) / first.dx
    shift_y = (second.y0 - first.y0) / first.dy
    return (abs(shift_x - round(shift_x)) < _ALIGNMENT_TOLERANCE
            and abs(shift_y - round(shift_y)) < _ALIGNMENT_TOLERANCE)


def pixel_offset(first: Grid, second: Grid) -> Tuple[int, int]:
    """Where the second grid's origin lies in the first grid's pixels (aligned grids)."""
    return (round((second.x0 - first.x0) / first.dx), round((second.y0 - first.y0) / first.dy))


def intersect_windows(first: Grid, second: Grid) -> Optional[Tuple[int, int, int, int]]:
    """The part of ``first`` (col, row, width, height) that ``second`` also covers."""
    col_shift, row_shift = pixel_offset(first, second)
    col0, row0 = max(0, col_shift), max(0, row_shift)
    col1 = min(first.width, col_shift + second.width)
    row1 = min(first.height, row_shift + second.height)
    if col1 <= col0 or row1 <= row0:
        return None
    return (col0, row0, col1 - col0, row1 - row0)


def warp_onto(dataset: gdal.Dataset, target: Grid) -> gdal.Dataset:
    """A virtual, nearest-neighbour copy of ``dataset`` on the target grid (read lazily)."""
    xmin, ymin, xmax, ymax = target.bounds
    with no_sidecar_files():
        return gdal.Warp("", dataset, format="VRT", dstSRS=target.wkt or None,
                         outputBounds=(xmin, ymin, xmax, ymax), width=target.width,
                         height=target.height, resampleAlg="near", multithread=False,
                         # exact per-pixel transformation: the approximate one (GDAL's
                         # default 0.125 px) moves pixels across class edges
                         errorThreshold=0)


# --- true pixel areas ---------------------------------------------------------------------

def linear_unit_metres(grid: Grid) -> float:
    if not grid.wkt:
        return 1.0
    return grid.srs().GetLinearUnits() or 1.0


def projected_pixel_area_km2(grid: Grid) -> float:
    metres = linear_unit_metres(grid)
    return abs(grid.dx * grid.dy) * metres * metres / 1e6


def _authalic_primitive(latitude_radians: np.ndarray, eccentricity: float) -> np.ndarray:
    """q(φ) of the authalic latitude: an ellipsoidal zone's area is proportional to Δq."""
    sin_phi = np.sin(latitude_radians)
    if eccentricity == 0:
        return 2 * sin_phi
    e_sin = eccentricity * sin_phi
    return (1 - eccentricity**2) * (
        sin_phi / (1 - e_sin**2)
        - np.log((1 - e_sin) / (1 + e_sin)) / (2 * eccentricity))


def geographic_row_areas_km2(grid: Grid, first_row: int, rows: int) -> np.ndarray:
    """Ellipsoidal area of one pixel in each row (degrees grid): rows nearer the poles are
    smaller. Exact for the ellipsoid of the grid's CRS."""
    srs = grid.srs()
    a = srs.GetSemiMajor()
    inverse_flattening = srs.GetInvFlattening()
    f = 1 / inverse_flattening if inverse_flattening else 0.0
    eccentricity = math.sqrt(f * (2 - f))
    edges = grid.y0 + grid.dy * np.arange(first_row, first_row + rows + 1, dtype=float)
    edges = np.radians(np.clip(edges, -90, 90))
    q = _authalic_primitive(edges, eccentricity)
    width_radians = math.radians(abs(grid.dx))
    return np.abs(np.diff(q)) * a * a * width_radians / 2 / 1e6


# --- strips -------------------------------------------------------------------------------

def strip_rows(width: int, block_height: int = 1, pixels: Optional[int] = None) -> int:
    """Rows per strip: about ``pixels`` pixels, a multiple of the raster's block height."""
    rows = max(1, (pixels or STRIP_PIXELS) // max(1, width))
    if block_height > 1:
        rows = max(block_height, rows - rows % block_height)
    return rows


def strips(height: int, rows_per_strip: int) -> List[Tuple[int, int]]:
    """(first row, number of rows) of each strip."""
    return [(row, min(rows_per_strip, height - row)) for row in range(0, height, rows_per_strip)]


def read_strip(band: gdal.Band, col: int, row: int, width: int, rows: int,
               out: Optional[np.ndarray] = None) -> np.ndarray:
    """Rows of a band; into ``out`` (rows x width, the band's type) when given."""
    with no_sidecar_files():
        try:
            values = band.ReadAsArray(col, row, width, rows, buf_obj=out)
        except RuntimeError as error:  # GDAL with exceptions on
            values, problem = None, str(error)
        else:
            problem = gdal.GetLastErrorMsg() if values is None else ""
        band.FlushCache()  # keeps GDAL's block cache from growing with the raster
    if values is None:  # a truncated or corrupt file (IReadBlock failed)
        raise RasterError(QT_TRANSLATE_NOOP(
            "Messages", "Cannot read rows {first} to {last} of {path}: {error}"),
            first=row, last=row + rows - 1, path=band.GetDataset().GetDescription(),
            error=problem or "GDAL returned no data")
    return values


# --- zones --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Zone:
    """A polygon zone in the raster's CRS: ``index`` from 1, geometry as WKB."""

    index: int
    wkb: bytes


def non_overlapping_layers(zones: Sequence[Zone],
                           grid: Optional[Grid] = None) -> List[List[Zone]]:
    """Zones split into layers whose zones do not overlap, so that one rasterisation per
    layer gives every pixel of every zone (cities and their clusters may overlap). With the
    ``grid`` the zones are burnt into, zones that share only slivers without a pixel centre
    (neighbours whose borders were digitised twice) count as not overlapping: one layer
    then burns exactly the same pixels, in one pass instead of several."""
    geometries = {zone.index: ogr.CreateGeometryFromWkb(zone.wkb) for zone in zones}
    envelopes = {index: geometry.GetEnvelope() for index, geometry in geometries.items()}
    layers: List[List[Zone]] = []
    for zone in zones:
        for layer in layers:
            if not any(_overlap(geometries, envelopes, zone.index, other.index, grid)
                       for other in layer):
                layer.append(zone)
                break
        else:
            layers.append([zone])
    return layers


def _overlap(geometries, envelopes, first: int, second: int, grid: Optional[Grid]) -> bool:
    """Interiors intersect: the zones share area, not only a border (and, on a grid, a
    pixel centre)."""
    a, b = envelopes[first], envelopes[second]
    if a[1] <= b[0] or b[1] <= a[0] or a[3] <= b[2] or b[3] <= a[2]:
        return False
    one, other = geometries[first], geometries[second]
    inside = (a[0] >= b[0] and a[1] <= b[1] and a[2] >= b[2] and a[3] <= b[3]
              and one.Within(other)) or \
        (b[0] >= a[0] and b[1] <= a[1] and b[2] >= a[2] and b[3] <= a[3]
         and other.Within(one))
    if inside:  # one inside the other
        return True
    if not one.Overlaps(other):
        return False
    return grid is None or _holds_a_pixel_centre(one.Intersection(other), grid)


def _polygonal_part(geometry):
    """The polygons of a geometry collection (lines would be burnt where they touch)."""
    if geometry.GetGeometryType() != ogr.wkbGeometryCollection:
        return geometry
    polygons = ogr.Geometry(ogr.wkbMultiPolygon)
    for number in range(geometry.GetGeometryCount()):
        part = geometry.GetGeometryRef(number)
        if part.GetArea() == 0:
            continue
        if part.GetGeometryType() == ogr.wkbPolygon:
            polygons.AddGeometry(part)
        else:  # a multipolygon
            for number_in_part in range(part.GetGeometryCount()):
                polygons.AddGeometry(part.GetGeometryRef(number_in_part))
    return polygons


_SMALL_OVERLAP_PIXELS = 256  # larger overlaps surely hold a pixel centre: not burnt to check


def _holds_a_pixel_centre(geometry, grid: Grid) -> bool:
    area = geometry.GetArea()  # 0 for the lines and points GEOS may return for slivers
    if area == 0:
        return False
    if area > _SMALL_OVERLAP_PIXELS * abs(grid.dx * grid.dy):
        return True
    geometry = _polygonal_part(geometry)
    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    window = window_of_extent(grid, (xmin, ymin, xmax, ymax))
    if window is None:
        return False
    part = grid.window(*window)
    burnt = gdal.GetDriverByName("MEM").Create("", part.width, part.height, 1, gdal.GDT_Byte)
    burnt.SetGeoTransform(part.geotransform)
    source, layer = zones_layer([Zone(1, geometry.ExportToWkb())], grid.wkt)
    gdal.RasterizeLayer(burnt, [1], layer, burn_values=[1])
    return bool(burnt.ReadAsArray().any())


def spatial_batches(zones: Sequence[Zone], size: int) -> List[List[int]]:
    """Positions of ``zones`` in batches of at most ``size`` neighbouring zones (Morton order
    of their envelopes' centres), so that each batch covers a compact part of a grid."""
    if not zones:
        return []
    centres = []
    for zone in zones:
        xmin, xmax, ymin, ymax = ogr.CreateGeometryFromWkb(zone.wkb).GetEnvelope()
        centres.append(((xmin + xmax) / 2, (ymin + ymax) / 2))
    xs, ys = np.array(centres).T
    scaled_x = ((xs - xs.min()) / ((xs.max() - xs.min()) or 1) * 65535).astype(np.uint64)
    scaled_y = ((ys - ys.min()) / ((ys.max() - ys.min()) or 1) * 65535).astype(np.uint64)
    codes = np.zeros(len(zones), dtype=np.uint64)
    for bit in range(16):
        codes |= ((scaled_x >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit)
        codes |= ((scaled_y >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit + 1)
    order = np.argsort(codes, kind="stable").tolist()
    return [order[start:start + size] for start in range(0, len(order), size)]


def zones_extent(zones: Sequence[Zone]) -> Tuple[float, float, float, float]:
    envelopes = [ogr.CreateGeometryFromWkb(zone.wkb).GetEnvelope() for zone in zones]
    return (min(e[0] for e in envelopes), min(e[2] for e in envelopes),
            max(e[1] for e in envelopes), max(e[3] for e in envelopes))


def window_of_extent(grid: Grid, extent,
                     margin: float = 0.5) -> Optional[Tuple[int, int, int, int]]:
    """Pixels of ``grid`` that extent (xmin, ymin, xmax, ymax) touches, plus ``margin``
    pixels around (the default keeps every pixel whose centre can fall inside)."""
    xmin, ymin, xmax, ymax = extent
    cols = sorted(((xmin - grid.x0) / grid.dx, (xmax - grid.x0) / grid.dx))
    rows = sorted(((ymin - grid.y0) / grid.dy, (ymax - grid.y0) / grid.dy))
    col0 = max(0, int(math.floor(cols[0] - margin)))
    col1 = min(grid.width, int(math.ceil(cols[1] + margin)))
    row0 = max(0, int(math.floor(rows[0] - margin)))
    row1 = min(grid.height, int(math.ceil(rows[1] + margin)))
    if col1 <= col0 or row1 <= row0:
        return None
    return (col0, row0, col1 - col0, row1 - row0)


def zones_layer(zones: Sequence[Zone], wkt: str, field: str = "value",
                values: Optional[Sequence[int]] = None):
    """(data source, layer) in memory holding the zones, with ``field`` = ``values`` (default
    1, 2, … in order). Keep the data source referenced while the layer is used."""
    srs = None
    if wkt:
        srs = osr.SpatialReference()
        srs.ImportFromWkt(wkt)
    source = ogr.GetDriverByName("Memory").CreateDataSource("zones")
    layer = source.CreateLayer("zones", srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn(field, ogr.OFTInteger))
    for value, zone in zip(values or range(1, len(zones) + 1), zones):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(field, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(zone.wkb))
        layer.CreateFeature(feature)
    return source, layer


class ZoneRasteriser:
    """Burns zones into strips of a grid, pixel-centre rule (GDAL's default).

    Each layer of non-overlapping zones is burnt with local values 1..k (Byte when k < 256,
    GDAL's fastest case) straight into a numpy array; ``lookups[layer][value]`` is the zone
    index. One instance per thread: OGR layers and datasets are not shared between threads.
    """

    def __init__(self, layers: Sequence[Sequence[Zone]], wkt: str):
        self._sources, self._layers, self.lookups, self._dtypes = [], [], [], []
        for zones in layers:
            source, layer = zones_layer(zones, wkt)
            self._sources.append(source)
            self._layers.append(layer)
            self.lookups.append(np.array([0] + [zone.index for zone in zones], np.intp))
            self._dtypes.append(np.uint8 if len(zones) < 256 else
                                np.uint16 if len(zones) < 65536 else np.uint32)
        self._wkt = wkt

    def burn(self, strip: Grid) -> List[np.ndarray]:
        """One array of local zone values (0 outside) per layer of non-overlapping zones."""
        from osgeo import gdal_array

        burnt = []
        for number, layer in enumerate(self._layers):
            values = np.zeros((strip.height, strip.width), self._dtypes[number])
            target = gdal_array.OpenArray(values)
            target.SetGeoTransform(strip.geotransform)
            if self._wkt:
                target.SetProjection(self._wkt)
            gdal.RasterizeLayer(target, [1], layer, options=["ATTRIBUTE=value"])
            target = None
            burnt.append(values)
        return burnt


# --- outputs ------------------------------------------------------------------------------

class RasterWriter:
    """A tiled, compressed GeoTIFF written strip by strip from several threads."""

    def __init__(self, path: str, grid: Grid, gdal_type: int, nodata: float,
                 description: str = ""):
        self.path = str(path)
        options = ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]
        driver = gdal.GetDriverByName("GTiff")
        self._dataset = driver.Create(self.path, grid.width, grid.height, 1, gdal_type,
                                      options=options)
        self._dataset.SetGeoTransform(grid.geotransform)
        if grid.wkt:
            self._dataset.SetProjection(grid.wkt)
        self._band = self._dataset.GetRasterBand(1)
        self._band.SetNoDataValue(nodata)
        if description:  # QGIS's legend names the band by it, not "Band 1 (Gray)"
            self._band.SetDescription(description)
        self._lock = threading.Lock()

    def write(self, values: np.ndarray, row: int) -> None:
        with self._lock:
            self._band.WriteArray(values, 0, row)
            self._band.FlushCache()

    def close(self) -> None:
        if self._dataset is not None:
            self._band = None
            self._dataset = None

    def discard(self) -> None:
        self.close()
        for suffix in ("", ".aux.xml"):
            if os.path.exists(self.path + suffix):
                os.remove(self.path + suffix)
