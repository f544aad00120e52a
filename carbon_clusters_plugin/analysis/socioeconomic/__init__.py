"""Socio-economic analyses of city tables (pandas): totals and intensities per group and year,
grey relational grades of drivers against emissions, K-means industrial types
(scikit-learn) and Tapio decoupling of emissions from GDP."""
