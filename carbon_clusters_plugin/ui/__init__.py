"""Widgets: the dock and the package installer."""
