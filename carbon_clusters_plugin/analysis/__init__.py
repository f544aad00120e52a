"""Pure computation of Carbon Clusters: numpy, pandas, esda, scikit-learn; never qgis."""
