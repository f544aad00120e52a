"""Spatial statistics: global Moran's I per group and field and local Moran (LISA), from
feature geometries (WKB) and values, with contiguity, k-nearest and distance-band weights
(libpysal) and esda's inference."""
