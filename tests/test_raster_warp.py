"""Resampling a categorical raster onto another grid is exact nearest neighbour: every target
pixel takes the class of the source pixel under its centre, computed here independently by
transforming each centre with OSR (what GRASS r.proj and gdalwarp -et 0 do)."""

import numpy as np
from osgeo import gdal, osr

from carbon_clusters_plugin.analysis import raster_io as rio


def test_warp_takes_the_class_under_every_target_pixel_centre(tmp_path):
    rng = np.random.default_rng(7)
    # 0.001° classes in blocks of 3x3 pixels over 0.6° x 0.6° near 31°N, 121°E
    blocks = rng.integers(1, 7, size=(200, 200))
    classes = np.kron(blocks, np.ones((3, 3), dtype=int)).astype(np.uint8)
    source_path = str(tmp_path / "geographic.tif")
    driver = gdal.GetDriverByName("GTiff")
    source = driver.Create(source_path, 600, 600, 1, gdal.GDT_Byte)
    source.SetGeoTransform((120.7, 0.001, 0.0, 31.3, 0.0, -0.001))
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    source.SetProjection(wgs84.ExportToWkt())
    source.GetRasterBand(1).WriteArray(classes)
    source = None  # written and closed

    albers = osr.SpatialReference()
    albers.ImportFromProj4("+proj=aea +lat_0=0 +lon_0=105 +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 "
                           "+datum=WGS84 +units=m +no_defs")
    # an Albers grid of 90 m pixels inside the source (its corner transformed, then shifted)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    albers.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_albers = osr.CoordinateTransformation(wgs84, albers)
    x0, y0, _ = to_albers.TransformPoint(120.8, 31.2)
    target = rio.Grid(x0 + 13.7, y0 - 7.1, 90.0, -90.0, 400, 400, albers.ExportToWkt())

    dataset = rio.open_raster(source_path)  # the warped VRT reads from it
    warped = rio.warp_onto(dataset, target)
    result = warped.GetRasterBand(1).ReadAsArray()

    to_wgs84 = osr.CoordinateTransformation(albers, wgs84)
    cols, rows = np.meshgrid(np.arange(400) + 0.5, np.arange(400) + 0.5)
    xs, ys = target.x0 + cols * target.dx, target.y0 + rows * target.dy
    points = to_wgs84.TransformPoints(np.column_stack([xs.ravel(), ys.ravel()]).tolist())
    lon, lat = np.array(points)[:, 0], np.array(points)[:, 1]
    source_col = np.floor((lon - 120.7) / 0.001).astype(int)
    source_row = np.floor((31.3 - lat) / 0.001).astype(int)
    assert source_col.min() >= 0 and source_row.min() >= 0  # the grid lies inside the source
    assert source_col.max() < 600 and source_row.max() < 600
    expected = classes[source_row, source_col].reshape(400, 400)
    assert (result != expected).sum() == 0
