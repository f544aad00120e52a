"""Charts of Carbon Clusters, drawn with matplotlib (Agg for files, no pyplot): the dock's and
the report's figures (``figures``), their headless PNG export (``export``), the scenario
trajectories (``scenarios``) and Moran scatterplots (``moran``), all in one set of fonts that
draws Chinese (``fonts``). Never imports qgis: texts are translated through ``translation``,
which the plugin connects to Qt's translator."""
