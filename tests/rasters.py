"""Small hand-made rasters and zones for the land-cover tests."""

import numpy as np
from osgeo import gdal, ogr, osr

UTM50 = 32650


def write_raster(path, values, x0=500000.0, y0=3000000.0, size=30.0, epsg=UTM50,
                 nodata=None, dtype=gdal.GDT_Byte, size_y=None, options=()):
    values = np.asarray(values)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1],
                                                   values.shape[0], 1, dtype, list(options))
    dataset.SetGeoTransform((x0, size, 0, y0, 0, -(size_y or size)))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(values)
    dataset = None
    return str(path)


def rectangle_wkb(xmin, ymin, xmax, ymax):
    wkt = f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))"
    return ogr.CreateGeometryFromWkt(wkt).ExportToWkb()
