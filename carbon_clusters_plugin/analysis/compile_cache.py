"""Compiled numba kernels kept on disk, so that a new process (every qgis_process call, every
QGIS session) loads them instead of compiling them again.

Our own kernels are compiled with ``cache=True``. esda compiles its permutation kernels
(esda.crand, and the local statistics in esda.moran) without it, which costs seconds in every
process; ``cache_kernels`` turns numba's cache on for every compiled function of such a
module, whatever its names in the installed esda version. The cached machine code is the
code numba would compile again: results are identical.

Numba keeps a cache beside the module's source when that folder is writable, else in the
user's cache folder; ``use_folder`` chooses one (the plugin's, in the QGIS profile) unless
the user set NUMBA_CACHE_DIR.
"""

import os
import sys


def use_folder(path: str) -> None:
    """Numba's cache in ``path`` unless the user chose one. Only before numba is imported:
    numba reads NUMBA_CACHE_DIR once, and a process that already uses numba keeps its
    own choice."""
    if os.environ.get("NUMBA_CACHE_DIR") or "numba" in sys.modules:
        return
    try:
        os.makedirs(path, exist_ok=True)
    except OSError:  # a read-only profile: numba's own default then
        return
    os.environ["NUMBA_CACHE_DIR"] = path


def cache_kernels(*modules) -> int:
    """Turns numba's on-disk cache on for the compiled functions of ``modules`` that were
    compiled without it; the number of functions it was turned on for."""
    turned_on = 0
    for module in modules:
        for value in list(vars(module).values()):
            enable = getattr(value, "enable_caching", None)
            cache = getattr(value, "_cache", None)
            if callable(enable) and type(cache).__name__ == "NullCache":
                try:
                    enable()
                except Exception:  # noqa: BLE001 a function numba cannot cache stays as it is
                    continue
                _not_for_function_arguments(value._cache)
                turned_on += 1
    return turned_on


def _not_for_function_arguments(cache) -> None:
    """A compilation for another compiled function as an argument (esda's compute_chunk
    takes the statistic's kernel) is not saved: its key names that function's address,
    new in every process, so every process would add a file that none reads again."""
    save = cache.save_overload

    def save_overload(signature, data):
        types = getattr(signature, "args", signature)
        if any(type(kind).__name__ == "Dispatcher" for kind in types):
            return
        save(signature, data)

    cache.save_overload = save_overload
