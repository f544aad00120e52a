"""Land cover: class areas, carbon sinks and from→to transitions per zone, from land-cover
rasters (GDAL, read strip by strip) and zone rasters burnt from polygons; class tables and
sink coefficients of the presets (CAS LUCC, CLCD, WorldCover, GlobeLand30); styled sink and
change rasters and the HTML transition matrices."""
