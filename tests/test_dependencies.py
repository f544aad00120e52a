"""Tests for carbon_clusters_plugin/dependencies.py (no QGIS needed).

Run with: /usr/bin/python3 -m pytest tests/test_dependencies.py

The installer tests run pip for real, offline, against wheels built here.
"""

import base64
import hashlib
import importlib
import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"


from carbon_clusters_plugin import dependencies as deps  # noqa: E402
from carbon_clusters_plugin import pip_installer  # noqa: E402

# ---------------------------------------------------------------------------
# Detection and messages
# ---------------------------------------------------------------------------


def test_missing_reports_module_hidden_from_import(monkeypatch):
    monkeypatch.setitem(sys.modules, "esda", None)  # the standard import block

    absent = deps.missing(["esda"])

    assert [req.distribution for req in absent] == ["esda"]
    assert absent[0].purpose == "spatial autocorrelation"


def test_missing_uses_find_spec_without_importing(monkeypatch):
    real_find_spec = importlib.util.find_spec
    hidden = {"sklearn", "libpysal"}

    def fake_find_spec(name, *args):
        return None if name in hidden else real_find_spec("json")

    monkeypatch.setattr(importlib.util, "find_spec", fake_find_spec)

    assert [req.module for req in deps.missing()] == ["sklearn", "libpysal"]
    assert deps.missing(["pandas", "esda"]) == []


def test_require_raises_with_distribution_purpose_and_commands(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "esda", None)
    monkeypatch.setitem(sys.modules, "sklearn", None)
    target = tmp_path / "vendor"

    with pytest.raises(deps.MissingDependencyError) as caught:
        deps.require("esda", "sklearn", target=target)

    message = str(caught.value)
    assert "esda>=2.4" in message and "scikit-learn>=1.0" in message
    assert "spatial autocorrelation" in message
    assert deps.INSTALL_ACTION in message
    assert f'python -m pip install --target "{target}" "esda>=2.4"' in message
    assert [r.module for r in caught.value.requirements] == ["esda", "sklearn"]


def test_require_passes_when_present(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object())
    deps.require("pandas", "esda")


def test_missing_message_accepts_a_translated_template():
    text = deps.missing_message(
        [deps.REQUIREMENTS["exactextract"]], "/x", template="{packages}|{action}|{command}"
    )
    packages, action, command = text.split("|")
    assert "exactextract>=0.2" in packages and "gridded emissions" in packages
    assert action == deps.INSTALL_ACTION
    assert command == 'python -m pip install --target "/x" "exactextract>=0.2"'


def test_version_specs_accept_debian_bookworm_versions():
    packaging_version = pytest.importorskip("packaging.specifiers")
    debian = {"pandas": "1.5.3", "scikit-learn": "1.2.1", "shapely": "1.8.5"}
    by_distribution = {req.distribution: req for req in deps.REQUIREMENTS.values()}
    for distribution, version in debian.items():
        spec = packaging_version.SpecifierSet(by_distribution[distribution].spec)
        assert version in spec, distribution


# ---------------------------------------------------------------------------
# Vendor folder
# ---------------------------------------------------------------------------


def test_vendor_dir_is_outside_plugin_and_per_python_version(tmp_path):
    tag = "py%d%d" % sys.version_info[:2]
    assert deps.vendor_dir(tmp_path) == tmp_path / "python" / "carbon_clusters_deps" / tag
    fallback = deps.vendor_dir()
    assert fallback.name == tag and fallback.parent.name == "deps"
    assert ROOT not in fallback.parents


def test_add_vendor_dir_appends_once(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "path", list(sys.path))
    first = sys.path[0]

    assert deps.add_vendor_dir_to_path(tmp_path) is True
    assert deps.add_vendor_dir_to_path(tmp_path) is False
    assert sys.path[0] == first and sys.path[-1] == str(tmp_path)
    assert sys.path.count(str(tmp_path)) == 1


# ---------------------------------------------------------------------------
# Constraints
# ---------------------------------------------------------------------------


def _constraint_lines():
    return deps.constraints_for_environment().splitlines()


def test_constraints_pin_numpy_to_the_present_version():
    numpy = pytest.importorskip("numpy")
    assert f"numpy=={numpy.__version__}" in _constraint_lines()


def test_constraints_are_normalised_unique_and_valid():
    lines = _constraint_lines()
    names = [line.split("==")[0] for line in lines]
    assert len(names) == len(set(names))
    assert all(name == deps.normalize_name(name) for name in names)
    assert all(deps.is_valid_version(line.split("==")[1]) for line in lines)


def test_constraints_exclude_the_vendor_folder(tmp_path, monkeypatch):
    vendor = tmp_path / "vendor"
    dist_info = vendor / "ccdemo_x-1.0.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: ccdemo_x\nVersion: 1.0\n")
    monkeypatch.setattr(sys, "path", list(sys.path) + [str(vendor)])

    assert "ccdemo-x==1.0" in _constraint_lines()
    assert "ccdemo-x==1.0" not in deps.constraints_for_environment([vendor])


def test_unknown_versions_are_not_pinned(tmp_path, monkeypatch):
    """Debian forky's shapely reports version "0+unknown": a pin to it would make pip refuse
    every package that needs shapely >= 2."""
    site = tmp_path / "site"
    for name, version in (("ccdemo_unknown", "0+unknown"), ("ccdemo_known", "2.2.0")):
        dist_info = site / f"{name}-{version}.dist-info"
        dist_info.mkdir(parents=True)
        (dist_info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    monkeypatch.syspath_prepend(str(site))
    lines = _constraint_lines()
    assert "ccdemo-known==2.2.0" in lines
    assert not any(line.startswith("ccdemo-unknown==") for line in lines)


def test_invalid_versions_are_rejected():
    assert deps.is_valid_version("1.24.2")
    assert deps.is_valid_version("2.0.0rc1")
    assert not deps.is_valid_version("not-a-version")
    assert deps._PEP440.match("1.24.2") and not deps._PEP440.match("1.0-debian-x")


# ---------------------------------------------------------------------------
# Interpreter
# ---------------------------------------------------------------------------


def test_qgis_python_executable_is_python_when_running_python():
    found = pip_installer.qgis_python_executable()
    assert found and os.path.basename(found).startswith("python")


def test_qgis_python_executable_looks_next_to_a_qgis_binary(monkeypatch, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    python = bin_dir / ("python%d.%d" % sys.version_info[:2])
    python.write_text("#!/bin/sh\n")
    python.chmod(0o755)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "executable", str(bin_dir / "qgis"))
    monkeypatch.setattr(sys, "exec_prefix", str(tmp_path / "nowhere"))
    monkeypatch.setattr(sys, "base_prefix", str(tmp_path / "nowhere"))

    assert pip_installer.qgis_python_executable() == str(python)


# ---------------------------------------------------------------------------
# Installer, for real, offline against a local wheel folder
# ---------------------------------------------------------------------------


def _pip_available():
    if not os.path.exists(SYSTEM_PYTHON):
        return False
    result = subprocess.run(
        [SYSTEM_PYTHON, "-m", "pip", "--version"], capture_output=True, text=True
    )
    return result.returncode == 0


needs_pip = pytest.mark.skipif(
    not _pip_available(), reason=f"pip is not available for {SYSTEM_PYTHON}"
)


def _record_hash(data):
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def build_wheel(folder, name, version, requires=()):
    """Write a minimal pure-Python wheel by hand; returns its path."""
    info = f"{name}-{version}.dist-info"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    metadata += "".join(f"Requires-Dist: {req}\n" for req in requires)
    files = {
        f"{name}/__init__.py": f"__version__ = {version!r}\n",
        f"{info}/METADATA": metadata,
        f"{info}/WHEEL": (
            "Wheel-Version: 1.0\nGenerator: carbon-clusters-tests\n"
            "Root-Is-Purelib: true\nTag: py3-none-any\n"
        ),
    }
    record = [
        f"{path},{_record_hash(text.encode())},{len(text.encode())}"
        for path, text in files.items()
    ]
    files[f"{info}/RECORD"] = "\n".join(record + [f"{info}/RECORD,,"]) + "\n"
    wheel = Path(folder) / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for path, text in files.items():
            archive.writestr(path, text)
    return wheel


@pytest.fixture(autouse=True)
def isolated_pip_configuration(monkeypatch):
    # Ignore this machine's pip.conf and PIP_* variables (extra find-links,
    # indexes, constraints) so the installer sees only the test's wheels.
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    for name in list(os.environ):
        if name.startswith("PIP_") and name != "PIP_CONFIG_FILE":
            monkeypatch.delenv(name)


@pytest.fixture
def wheel_dir(tmp_path):
    folder = tmp_path / "wheels"
    folder.mkdir()
    build_wheel(folder, "ccdemo_a", "1.0", ["ccdemo_b>=1.0", "numpy>=1.0"])
    build_wheel(folder, "ccdemo_b", "1.0")
    # Would win if pip were allowed to upgrade numpy: it must never be installed.
    build_wheel(folder, "numpy", "99.0")
    return folder


@pytest.fixture
def clean_imports(monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    yield
    for name in ("ccdemo_a", "ccdemo_b"):
        sys.modules.pop(name, None)
    importlib.invalidate_caches()


def _entries(folder):
    return sorted(p.name for p in Path(folder).iterdir()) if Path(folder).exists() else []


@needs_pip
def test_install_from_local_wheels_without_touching_numpy(
    tmp_path, wheel_dir, clean_imports
):
    numpy = pytest.importorskip("numpy")
    target = tmp_path / "vendor"
    messages = []

    result = pip_installer.install(
        ["ccdemo_a"], target=target, wheel_dir=wheel_dir,
        python=SYSTEM_PYTHON, progress=messages.append,
    )

    assert result.ok, result.log
    assert sorted(result.installed) == ["ccdemo_a==1.0", "ccdemo_b==1.0"]
    entries = _entries(target)
    assert "ccdemo_a" in entries and "ccdemo_b" in entries
    assert not [e for e in entries if e.lower().startswith("numpy")], entries
    assert len(result.commands) == 2
    assert "--dry-run" in result.commands[0] and "--no-index" in result.commands[0]
    assert "--no-deps" in result.commands[1] and "--target" in result.commands[1]
    assert messages

    assert deps.add_vendor_dir_to_path(target)
    module = importlib.import_module("ccdemo_a")
    assert Path(module.__file__).parent.parent == target
    assert importlib.import_module("numpy") is numpy

    env = dict(os.environ, PYTHONPATH=str(target))
    check = subprocess.run(
        [SYSTEM_PYTHON, "-c",
         "import ccdemo_a, ccdemo_b, numpy; print(numpy.__version__)"],
        capture_output=True, text=True, env=env,
    )
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip() == numpy.__version__

    again = pip_installer.install(
        ["ccdemo_a"], target=target, wheel_dir=wheel_dir, python=SYSTEM_PYTHON
    )
    assert again.ok, again.log
    assert again.installed == []
    assert _entries(target) == entries


@needs_pip
def test_plan_install_lists_only_what_is_missing(tmp_path, wheel_dir):
    pins = pip_installer.plan_install(
        ["ccdemo_a>=1.0"], target=tmp_path / "vendor",
        wheel_dir=wheel_dir, python=SYSTEM_PYTHON,
    )
    assert sorted(pins) == ["ccdemo_a==1.0", "ccdemo_b==1.0"]


@needs_pip
def test_install_refuses_a_requirement_that_would_change_numpy(tmp_path, wheel_dir):
    numpy = pytest.importorskip("numpy")
    target = tmp_path / "vendor"

    result = pip_installer.install(
        ["numpy>=99"], target=target, wheel_dir=wheel_dir, python=SYSTEM_PYTHON
    )

    assert not result.ok
    assert "numpy" in result.log
    assert _entries(target) == []
    assert numpy.__version__ != "99.0"


@needs_pip
def test_failed_install_reports_package_and_leaves_no_files(tmp_path, wheel_dir):
    target = tmp_path / "vendor"

    result = pip_installer.install(
        ["ccdemo_missing", "ccdemo_b"], target=target,
        wheel_dir=wheel_dir, python=SYSTEM_PYTHON,
    )

    assert not result.ok
    assert result.installed == []
    assert "ccdemo_missing" in result.log
    assert _entries(target) == []


def test_failure_in_the_install_step_removes_partial_files(tmp_path):
    target = tmp_path / "vendor"
    target.mkdir()
    (target / "already_here").mkdir()

    def pip_that_dies_halfway(command, **kwargs):
        (target / "ccdemo_b").mkdir()
        (target / "ccdemo_b" / "__init__.py").write_text("")
        (target / "stray.pth").write_text("")
        return subprocess.CompletedProcess(command, 1, "", "ERROR: disk full")

    pip = pip_installer._Pip("python", run=pip_that_dies_halfway)
    with pytest.raises(pip_installer.InstallError, match="disk full"):
        pip_installer._install_pinned(pip, ["ccdemo_b==1.0"], target, None)

    assert _entries(target) == ["already_here"]


@needs_pip
def test_upgrading_a_vendored_package_replaces_it(tmp_path, wheel_dir):
    target = tmp_path / "vendor"
    first = pip_installer.install(["ccdemo_b"], target, wheel_dir=wheel_dir, python=SYSTEM_PYTHON)
    assert first.ok and first.installed == ["ccdemo_b==1.0"], first.log
    build_wheel(wheel_dir, "ccdemo_b", "2.0")

    second = pip_installer.install(
        ["ccdemo_b>=2.0"], target, wheel_dir=wheel_dir, python=SYSTEM_PYTHON
    )

    assert second.ok and second.installed == ["ccdemo_b==2.0"], second.log
    assert [e for e in _entries(target) if e.endswith(".dist-info")] == [
        "ccdemo_b-2.0.dist-info"
    ]
    assert "2.0" in (target / "ccdemo_b" / "__init__.py").read_text()


def test_install_never_raises_when_pip_cannot_run(tmp_path):
    result = pip_installer.install(
        ["ccdemo_a"], target=tmp_path / "vendor",
        python=str(tmp_path / "no-such-python"),
    )
    assert not result.ok
    assert "no-such-python" in result.log
    assert not (tmp_path / "vendor").exists()


def test_install_with_nothing_requested_runs_nothing(tmp_path):
    result = pip_installer.install([], target=tmp_path / "vendor", python="/nonexistent")
    assert result.ok and result.installed == [] and result.commands == []


def test_plan_install_passes_constraints_and_wheel_folder(tmp_path):
    seen = {}

    def fake_run(command, **kwargs):
        seen["command"], seen["env"] = command, kwargs["env"]
        constraints = Path(command[command.index("--constraint") + 1]).read_text()
        seen["constraints"] = constraints
        report = Path(command[command.index("--report") + 1])
        report.write_text(
            '{"install": [{"metadata": {"name": "esda", "version": "2.5"}}]}'
        )
        return subprocess.CompletedProcess(command, 0, "", "")

    pins = pip_installer.plan_install(
        [deps.REQUIREMENTS["esda"]], target=tmp_path / "vendor",
        wheel_dir=tmp_path / "wheels", python="py", run=fake_run,
    )

    assert pins == ["esda==2.5"]
    command = seen["command"]
    assert command[:4] == ["py", "-m", "pip", "install"]
    assert "--dry-run" in command and command[-1] == "esda>=2.4"
    assert command[command.index("--find-links") + 1] == str(tmp_path / "wheels")
    assert "--no-index" in command
    assert seen["env"]["PYTHONPATH"].split(os.pathsep)[-1] == str(tmp_path / "vendor")
    assert "pytest==" in seen["constraints"]
    # The temporary folder holding report and constraints is gone.
    assert not Path(command[command.index("--report") + 1]).parent.exists()
