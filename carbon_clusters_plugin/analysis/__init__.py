"""Pure computation of Carbon Clusters: numpy, pandas, esda, scikit-learn; never qgis.

One subpackage per domain; the modules here are shared by them:
``messages`` (translatable errors), ``values`` (plain Python values for QGIS attributes)
and ``raster_io`` (the one block-streamed raster reader and writer, GDAL).
"""
