"""Spatial weights from geometries: contiguity robust to slivers, k nearest, distance band.

Pure (shapely + libpysal, no qgis). Features are numbered by position 0..n-1; weights are
returned as a ``neighbours`` dict {position: [positions]} and turned into a row-standardised
``libpysal.weights.W`` by :func:`to_libpysal`.

Contiguity with a snapping tolerance ``tol`` (layer CRS units):

* queen: two features are neighbours when their geometries lie within ``tol`` of each other
  (they touch, overlap, or are separated by a gap or sliver narrower than ``tol``);
* rook: in addition, the part of one feature's boundary lying within ``tol`` of the other must
  be longer than ``ROOK_MIN_FACTOR * tol`` (a shared stretch of border, not a corner: two squares
  touching at a right-angled corner share about ``2 * tol`` of boundary under this test). With
  ``tol == 0`` rook needs a shared boundary segment of positive length.

Candidate pairs come from an R-tree (shapely STRtree) on the envelopes grown by ``tol``, so
the work is about n log n plus one exact test per candidate pair, never all n² pairs.

K nearest neighbours and distance bands use the centroids: for a geographic CRS they are
placed on the unit sphere (3-D), where chord length orders neighbours exactly as great-circle
distance does, and a band of ``d`` km becomes a chord of ``2 sin(d / 2R)``; otherwise
distances are planar in CRS units.
"""

import math
import warnings
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from . import libraries

QUEEN, ROOK, KNN, DISTANCE_BAND = 0, 1, 2, 3
EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius
ROOK_MIN_FACTOR = 4.0
AUTO_TOLERANCE_SHARE = 1e-5  # of the larger side of the layer's extent


@dataclass
class Weights:
    """Neighbours by position, the islands (positions without neighbours) and, when islands
    were joined, the (island, nearest) pairs that were added."""

    neighbours: Dict[int, List[int]]
    islands: List[int] = field(default_factory=list)
    joined: List[tuple] = field(default_factory=list)
    threshold: Optional[float] = None  # distance band used (automatic when none was given)

    @property
    def n(self) -> int:
        return len(self.neighbours)

    @property
    def links(self) -> int:
        return sum(len(v) for v in self.neighbours.values())


def geometries_from_wkb(wkbs: Sequence[Optional[bytes]]) -> list:
    """Shapely geometries (None for missing/empty ones), invalid ones repaired."""
    from shapely import wkb
    from shapely.validation import make_valid

    geometries = []
    for blob in wkbs:
        if not blob:
            geometries.append(None)
            continue
        geometry = wkb.loads(bytes(blob))
        if geometry.is_empty:
            geometries.append(None)
            continue
        if not geometry.is_valid:
            geometry = make_valid(geometry)
        geometries.append(geometry)
    return geometries


def automatic_tolerance(geometries: Sequence) -> float:
    """1/100 000 of the larger side of the extent (about 60 m for a layer covering China
    in degrees; 1 m for a 100 km wide projected layer)."""
    bounds = bounds_array([g for g in geometries if g is not None])
    if bounds.size == 0:
        return 0.0
    width = bounds[:, 2].max() - bounds[:, 0].min()
    height = bounds[:, 3].max() - bounds[:, 1].min()
    return float(max(width, height) * AUTO_TOLERANCE_SHARE)


def bounds_array(geometries: Sequence) -> np.ndarray:
    """(xmin, ymin, xmax, ymax) of each geometry as an n x 4 array (one vectorised call with
    shapely 2; shapely 1.8 reads them one by one, a noticeable share of building weights).

    The last result is kept, with the geometries it belongs to: the automatic tolerance and
    the contiguity that follows it ask for the bounds of the same geometries."""
    geometries = list(geometries)
    key = tuple(map(id, geometries))
    cached = _LAST_BOUNDS[0]
    if cached is not None and cached[0] == key:
        return cached[2]
    n = len(geometries)
    import shapely

    if n == 0:
        result = np.empty((0, 4))
    elif hasattr(shapely, "bounds"):  # shapely 2
        result = np.asarray(shapely.bounds(np.asarray(geometries, dtype=object)),
                            dtype=float).reshape(n, 4)
    else:
        result = np.array([g.bounds for g in geometries], dtype=float).reshape(n, 4)
    result.setflags(write=False)
    # The geometries are kept so that their ids cannot be reused by others meanwhile; one
    # assignment, so that a run in another thread sees either the old entry or the new one.
    _LAST_BOUNDS[0] = (key, geometries, result)
    return result


_LAST_BOUNDS: list = [None]


def contiguity(geometries: Sequence, rook: bool = False, tolerance: float = 0.0
               ) -> Dict[int, List[int]]:
    """Queen (or rook) neighbours of polygons with a snapping tolerance (see module doc)."""
    from shapely.geometry import box

    n = len(geometries)
    neighbours: Dict[int, List[int]] = {i: [] for i in range(n)}
    if n < 2:
        return neighbours
    tree = _tree(geometries)
    buffered: Dict[int, object] = {}

    def grown(j):
        if j not in buffered:
            buffered[j] = geometries[j].buffer(tolerance, 8)
        return buffered[j]

    windows = bounds_array(geometries) + np.array([-1, -1, 1, 1]) * tolerance
    for i, geometry in enumerate(geometries):
        candidates = np.asarray(_query(tree, box(*windows[i])), dtype=np.int64)
        for j in candidates[candidates > i].tolist():
            other = geometries[j]
            if geometry.distance(other) > tolerance:
                continue
            if rook and not _shares_border(geometry, other, tolerance, grown(j)):
                continue
            neighbours[i].append(j)
            neighbours[j].append(i)
    return {i: sorted(v) for i, v in neighbours.items()}


def _tree(geometries):
    from shapely.strtree import STRtree

    with warnings.catch_warnings():  # shapely 1.8 announces its 2.0 API change
        warnings.simplefilter("ignore")
        return STRtree(geometries)


def _query(tree, geometry):
    """Positions of the geometries whose envelopes meet ``geometry`` (shapely 1.8 and 2)."""
    if hasattr(tree, "query_items"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return tree.query_items(geometry)
    return tree.query(geometry)


def _shares_border(a, b, tolerance, b_grown) -> bool:
    if tolerance <= 0:
        return a.boundary.intersection(b.boundary).length > 0
    return a.boundary.intersection(b_grown).length > ROOK_MIN_FACTOR * tolerance


def centroid_coordinates(geometries: Sequence, geographic: bool) -> np.ndarray:
    """Centroids as (x, y), or as 3-D points on the unit sphere for lon/lat degrees."""
    xy = np.array([[g.centroid.x, g.centroid.y] for g in geometries], dtype=float)
    if not geographic:
        return xy
    lon, lat = np.radians(xy[:, 0]), np.radians(xy[:, 1])
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def great_circle_km(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Great-circle distance in km between unit-sphere points."""
    chord = np.linalg.norm(np.asarray(a) - np.asarray(b), axis=-1)
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.clip(chord / 2, 0, 1))


def k_nearest(coordinates: np.ndarray, k: int) -> Dict[int, List[int]]:
    KNN = libraries.weights().KNN  # noqa: N806 (libpysal's class)

    n = len(coordinates)
    if n < 2:
        return {i: [] for i in range(n)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = KNN.from_array(np.asarray(coordinates, dtype=float), k=min(k, n - 1),
                           silence_warnings=True)
    return {i: sorted(int(j) for j in w.neighbors[i]) for i in range(n)}


def distance_band(coordinates: np.ndarray, threshold: float, geographic: bool
                  ) -> Dict[int, List[int]]:
    """Neighbours within ``threshold`` (km for geographic, CRS units otherwise)."""
    DistanceBand = libraries.weights().DistanceBand  # noqa: N806 (libpysal's class)

    n = len(coordinates)
    if n < 2:
        return {i: [] for i in range(n)}
    if geographic:
        threshold = 2 * math.sin(min(threshold / (2 * EARTH_RADIUS_KM), math.pi / 2))
    # Inclusive band: the km → chord round trip may land a rounding error below a distance
    # that equals the threshold (the automatic one is exactly the largest such distance).
    threshold *= 1 + 1e-9
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = DistanceBand(np.asarray(coordinates, dtype=float), threshold=threshold,
                         binary=True, silence_warnings=True)
    return {i: sorted(int(j) for j in w.neighbors[i] if int(j) != i) for i in range(n)}


def automatic_threshold(coordinates: np.ndarray, geographic: bool) -> float:
    """The smallest band that leaves no feature without a neighbour: the largest
    nearest-neighbour distance (km for geographic, CRS units otherwise)."""
    from scipy.spatial import cKDTree

    points = np.asarray(coordinates, dtype=float)
    if len(points) < 2:
        return 0.0
    distances, _ = cKDTree(points).query(points, k=2)
    chord = float(distances[:, 1].max())
    if geographic:
        return float(2 * EARTH_RADIUS_KM * math.asin(min(chord / 2, 1.0)))
    return chord


def join_islands_to_nearest(neighbours: Dict[int, List[int]], geometries: Sequence
                            ) -> List[tuple]:
    """Links each island both ways to the feature nearest to it (geometry distance)."""
    islands = [i for i, v in neighbours.items() if not v]
    if not islands or len(geometries) < 2:
        return []
    tree = _tree(geometries)
    joined = []
    for i in islands:
        geometry = geometries[i]
        # The nearest envelope is a lower bound; grow a window until it holds another feature,
        # then take the exact nearest among the features the window holds.
        x0, y0, x1, y1 = geometry.bounds
        step = max(x1 - x0, y1 - y0, 1e-9)
        while True:
            window = geometry.envelope.buffer(step)
            candidates = [int(j) for j in _query(tree, window) if int(j) != i]
            if candidates:
                best = min(candidates, key=lambda j: (geometry.distance(geometries[j]), j))
                # Anything nearer than `best` is within its distance: check that window too.
                radius = geometry.distance(geometries[best])
                wider = [int(j) for j in _query(tree, geometry.envelope.buffer(radius))
                         if int(j) != i]
                best = min(wider + [best],
                           key=lambda j: (geometry.distance(geometries[j]), j))
                break
            step *= 2
        neighbours[i] = sorted(set(neighbours[i]) | {best})
        neighbours[best] = sorted(set(neighbours[best]) | {i})
        joined.append((i, best))
    return joined


def build_weights(geometries: Sequence, method: int = QUEEN, k: int = 4,
                  distance: float = 0.0, geographic: bool = False,
                  tolerance: float = 0.0, join_islands: bool = False) -> Weights:
    """Weights of the given geometries (all present) by the chosen method; a distance band
    of 0 means the automatic one (:func:`automatic_threshold`)."""
    geometries = list(geometries)
    if method in (QUEEN, ROOK):
        neighbours = contiguity(geometries, rook=method == ROOK, tolerance=tolerance)
    elif method == KNN:
        neighbours = k_nearest(centroid_coordinates(geometries, geographic), k)
    elif method == DISTANCE_BAND:
        coordinates = centroid_coordinates(geometries, geographic)
        if distance <= 0:
            distance = automatic_threshold(coordinates, geographic)
        neighbours = distance_band(coordinates, distance, geographic)
    else:
        raise ValueError(method)
    joined = join_islands_to_nearest(neighbours, geometries) if join_islands else []
    islands = [i for i, v in neighbours.items() if not v]
    return Weights(neighbours=neighbours, islands=islands, joined=joined,
                   threshold=distance if method == DISTANCE_BAND else None)


def to_libpysal(neighbours: Dict[int, List[int]]):
    """A row-standardised libpysal W (islands keep empty rows), without printing warnings."""
    W = libraries.weights().W  # noqa: N806 (libpysal's class)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = W({i: list(v) for i, v in neighbours.items()}, silence_warnings=True)
        w.transform = "r"
    return w
