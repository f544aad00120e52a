"""Compiled kernels cached on disk: a new process loads esda's kernels instead of compiling
them, and the numbers are the same as esda's own, to the last bit, at the same seed."""

import json
import subprocess
import sys

import pytest

from carbon_clusters_plugin.analysis import compile_cache

numba = pytest.importorskip("numba")
pytest.importorskip("esda")

ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]

# Global Moran's I and LISA on a 12 x 10 lattice with spatial structure, in a new process;
# with "cached", esda comes through the plugin (its kernels cached), else plain esda.
SCRIPT = """
import json, sys, time, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, {root!r})
import numpy as np
start = time.perf_counter()
if sys.argv[1] == "cached":
    from carbon_clusters_plugin.analysis.spatial import libraries
    esda = libraries.esda()
else:
    import esda
import libpysal
w = libpysal.weights.lat2W(12, 10)
rows, cols = np.divmod(np.arange(120), 10)
y = np.sin(rows / 3.0) + np.cos(cols / 4.0) + np.random.default_rng(3).normal(0, 0.3, 120)
np.random.seed(12345)
moran = esda.Moran(y, w, transformation="r", permutations=999)
local = esda.Moran_Local(y, w, transformation="r", permutations=999, seed=12345,
                         keep_simulations=True, n_jobs=1)
json.dump(dict(I=moran.I, p_sim=moran.p_sim, local_I=local.Is.tolist(),
               local_p=local.p_sim.tolist(), quadrants=local.q.tolist(),
               seconds=time.perf_counter() - start), sys.stdout)
"""


def run(mode, cache_dir):
    env = {**__import__("os").environ, "NUMBA_CACHE_DIR": str(cache_dir)}
    completed = subprocess.run([sys.executable, "-c", SCRIPT.format(root=str(ROOT)), mode],
                               env=env, capture_output=True, text=True, check=True)
    return json.loads(completed.stdout)


def test_cached_esda_kernels_give_esdas_numbers_and_are_loaded_not_compiled(tmp_path):
    plain = run("plain", tmp_path / "plain")
    first = run("cached", tmp_path / "cache")      # compiles and saves
    second = run("cached", tmp_path / "cache")     # loads
    for result in (first, second):
        assert {k: v for k, v in result.items() if k != "seconds"} == \
            {k: v for k, v in plain.items() if k != "seconds"}
    saved = list((tmp_path / "cache").rglob("*.nbi"))
    assert any("vec_permutations" in path.name for path in saved)
    assert any("_moran_local_crand" in path.name for path in saved)
    # compute_chunk takes the statistic's kernel: its key changes per process, never saved
    assert not any("compute_chunk" in path.name for path in saved)
    assert not list((tmp_path / "plain").rglob("*.nbi"))  # esda alone caches nothing


def test_cache_kernels_turns_caching_on_once(tmp_path, monkeypatch):
    import importlib.util

    monkeypatch.setattr(numba.config, "CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "kernels.py"
    source.write_text("from numba import njit\n\n@njit\ndef double(x):\n    return 2 * x\n"
                      "\n\ndef plain(x):\n    return x\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("kernels", source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert compile_cache.cache_kernels(module) == 1
    assert compile_cache.cache_kernels(module) == 0  # already on
    assert module.double(21) == 42
    assert list((tmp_path / "cache").rglob("kernels.double-*.nbi"))


def test_the_users_numba_cache_folder_is_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("NUMBA_CACHE_DIR", "/somewhere/else")
    compile_cache.use_folder(str(tmp_path / "ours"))
    assert __import__("os").environ["NUMBA_CACHE_DIR"] == "/somewhere/else"
    assert not (tmp_path / "ours").exists()
