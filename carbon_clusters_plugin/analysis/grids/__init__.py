"""Gridded emission inventories summed over zones with exact partial-pixel weights
(exactextract), with true cell areas for degree grids and a reconciliation of grid, union and
zone totals."""
