"""esda and libpysal, imported without their import-time chatter.

Their first import warns about things this plugin does not use (libpysal: "Remote data sets
not available" when offline, "geopandas not available"; numba's llvmlite: a
DeprecationWarning), and QGIS logs every Python warning with a traceback in the user's log.
The warnings raised while importing them are dropped; later ones are not.
"""

import contextlib
import importlib
import io
import sys
import warnings


def quietly(module: str):
    """The module ``module`` (e.g. "esda", "libpysal.weights"), imported without warnings or
    printed output."""
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        return importlib.import_module(module)


def esda():
    """esda, its compiled kernels cached on disk (compile_cache): seconds less per process."""
    module = quietly("esda")
    if not getattr(module, "_carbon_clusters_cached", False):
        from ..compile_cache import cache_kernels

        kernels = [sys.modules[name] for name in ("esda.crand", "esda.moran")
                   if name in sys.modules]
        cache_kernels(*kernels)
        module._carbon_clusters_cached = True
    return module


def weights():
    """libpysal.weights"""
    return quietly("libpysal.weights")
