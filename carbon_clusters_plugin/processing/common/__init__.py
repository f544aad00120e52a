"""What the algorithms share: the base class, reading attributes and writing tables, the
raster adapters of the land-cover algorithms, output styles and the shipped models."""
