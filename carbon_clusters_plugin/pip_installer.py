"""Installing missing optional packages with QGIS's own Python, into the plugin's per-user
folder, never touching what QGIS ships (numpy above all).

Pure Python on purpose (no qgis, no Qt), like ``dependencies``, which says what is missing and
where it goes: a dry run with every installed distribution pinned works out exactly what must
be installed, then pip installs that, and only that, with --no-deps.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from .dependencies import Requirement, constraints_for_environment, normalize_name

DRY_RUN_TIMEOUT = 600  # seconds
INSTALL_TIMEOUT = 1800  # seconds


class InstallError(Exception):
    """A pip step failed; str(error) explains why, including pip's output."""


# --------------------------------------------------------------------------
# Finding QGIS's Python interpreter
# --------------------------------------------------------------------------


def _interpreter_names() -> List[str]:
    if sys.platform == "win32":
        return ["python.exe", "python3.exe"]
    major, minor = sys.version_info[:2]
    return [f"python{major}.{minor}", f"python{major}", "python"]


def _is_executable_file(path: Path) -> bool:
    return path.is_file() and os.access(str(path), os.X_OK)


def _candidate_dirs() -> List[Path]:
    exe_dir = Path(sys.executable).parent if sys.executable else None
    roots = [exe_dir, Path(sys.exec_prefix), Path(sys.base_prefix)]
    dirs = []
    for root in filter(None, roots):
        dirs += [root, root / "bin", root / "Scripts"]
    # OSGeo4W: qgis-bin.exe lives in <root>/bin, Python in <root>/apps/Python3xx.
    if exe_dir is not None:
        major, minor = sys.version_info[:2]
        apps = exe_dir.parent / "apps"
        dirs.append(apps / f"Python{major}{minor}")
        dirs += sorted(apps.glob(f"Python{major}*")) if apps.is_dir() else []
    return dirs


def _reports_running_version(python: str) -> bool:
    try:
        result = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            stdin=subprocess.DEVNULL,
            creationflags=_creation_flags(),
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.stdout.strip() == "%d.%d" % sys.version_info[:2]


def qgis_python_executable() -> Optional[str]:
    """The Python interpreter behind the running QGIS, or None if not found.

    Inside QGIS on Windows and macOS sys.executable is the QGIS binary itself,
    so the interpreter is looked for in the usual places around it.
    """
    executable = sys.executable or ""
    if os.path.basename(executable).lower().startswith("python"):
        return executable
    for folder in _candidate_dirs():
        for name in _interpreter_names():
            candidate = folder / name
            if _is_executable_file(candidate):
                return str(candidate)
    for name in ("python3", "python"):
        found = shutil.which(name)
        if found and _reports_running_version(found):
            return found
    return None


# --------------------------------------------------------------------------
# Running pip
# --------------------------------------------------------------------------


def _creation_flags() -> int:
    # Avoid a console window flashing up when QGIS (a GUI app) runs pip on Windows.
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0


def _command_line(command: Sequence[str]) -> str:
    if sys.platform == "win32":
        return subprocess.list2cmdline(list(command))
    return shlex.join(command)


def _pip_environment(extra: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.update(extra or {})
    return env


class _Pip:
    """Runs `python -m pip ...`, recording command lines and output."""

    def __init__(self, python: Optional[str], run: Callable = subprocess.run):
        self.python = python or qgis_python_executable()
        self.run = run
        self.commands: List[str] = []
        self.output: List[str] = []

    def __call__(self, args: Sequence[str], env: Mapping[str, str], timeout: int):
        if not self.python:
            raise InstallError("Could not find the Python interpreter used by QGIS.")
        command = [self.python, "-m", "pip", *args]
        self.commands.append(_command_line(command))
        try:
            result = self.run(
                command,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                env=dict(env),
                timeout=timeout,
                stdin=subprocess.DEVNULL,
                creationflags=_creation_flags(),
            )
        except subprocess.TimeoutExpired:
            raise InstallError(f"pip did not finish within {timeout} seconds.") from None
        except OSError as error:
            raise InstallError(f"Could not run {self.python}: {error}") from error
        self.output.append(
            f"$ {self.commands[-1]}\n{result.stdout or ''}{result.stderr or ''}"
        )
        if result.returncode != 0:
            raise InstallError(
                f"pip failed (exit status {result.returncode}):\n"
                f"{result.stderr or result.stdout or ''}".rstrip()
            )
        return result

    @property
    def log(self) -> str:
        return "\n".join(self.output)


def _specs(requirements: Iterable[Union[Requirement, str]]) -> List[str]:
    return [r.pip_spec if isinstance(r, Requirement) else str(r) for r in requirements]


def _index_options(wheel_dir: Union[str, Path, None]) -> List[str]:
    if wheel_dir is None:
        return []
    return ["--no-index", "--find-links", str(wheel_dir)]


def _common_options(wheel_dir: Union[str, Path, None]) -> List[str]:
    return ["--no-input", "--prefer-binary", *_index_options(wheel_dir)]


def _site_dirs_of_running_python() -> List[str]:
    return [
        entry
        for entry in sys.path
        if entry
        and ("site-packages" in entry or "dist-packages" in entry)
        and os.path.isdir(entry)
    ]


def _dry_run_environment(target: Path) -> Dict[str, str]:
    # The dry run must see what the running QGIS sees, plus the vendor folder,
    # so that only genuinely missing distributions end up in its report.
    existing = os.environ.get("PYTHONPATH", "")
    parts = [p for p in existing.split(os.pathsep) if p]
    parts += _site_dirs_of_running_python() + [str(target)]
    return _pip_environment(
        {
            "PYTHONPATH": os.pathsep.join(dict.fromkeys(parts)),
            # PEP 668: pip >= 23.0.1 already exempts "--dry-run --report" from the
            # externally-managed-environment check (Debian bookworm's pip 23.0.1
            # runs it fine). Other distro builds may not; the dry run installs
            # nothing, so overriding the check for this step only is safe.
            "PIP_BREAK_SYSTEM_PACKAGES": "1",
        }
    )


def _pins_from_report(report_file: Path) -> List[str]:
    try:
        report = json.loads(report_file.read_text(encoding="utf-8"))
        items = report.get("install", [])
        return [
            f"{item['metadata']['name']}=={item['metadata']['version']}"
            for item in items
        ]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InstallError(f"Could not read pip's installation report: {error}") from error


def _plan(
    pip: _Pip,
    requirements: Iterable[Union[Requirement, str]],
    target: Path,
    wheel_dir: Union[str, Path, None],
) -> List[str]:
    specs = _specs(requirements)
    if not specs:
        return []
    workdir = Path(tempfile.mkdtemp(prefix="carbon_clusters_pip_"))
    try:
        constraints = workdir / "constraints.txt"
        constraints.write_text(
            constraints_for_environment(exclude_dirs=[target]), encoding="utf-8"
        )
        report = workdir / "report.json"
        args = ["install", "--dry-run", "--quiet", "--report", str(report)]
        args += ["--constraint", str(constraints), *_common_options(wheel_dir)]
        pip(args + specs, env=_dry_run_environment(target), timeout=DRY_RUN_TIMEOUT)
        return _pins_from_report(report)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def plan_install(
    requirements: Iterable[Union[Requirement, str]],
    target: Union[str, Path],
    wheel_dir: Union[str, Path, None] = None,
    python: Optional[str] = None,
    run: Callable = subprocess.run,
) -> List[str]:
    """Pinned specs ("name==version") of exactly what must be installed into
    `target` to satisfy `requirements`, given what QGIS already has.

    Raises InstallError if pip cannot resolve them.
    """
    return _plan(_Pip(python, run), requirements, Path(target), wheel_dir)


@dataclass
class InstallResult:
    ok: bool
    installed: List[str] = field(default_factory=list)  # "name==version"
    log: str = ""
    commands: List[str] = field(default_factory=list)


def _remove_stale_dist_info(target: Path, pins: Sequence[str]) -> None:
    # pip --target --upgrade replaces package folders but leaves the metadata
    # folder of a replaced older version behind, where it would shadow the new one.
    wanted = dict(_split_pin(pin) for pin in pins)
    for entry in target.glob("*.dist-info"):
        name, _, version = entry.name[: -len(".dist-info")].partition("-")
        if wanted.get(normalize_name(name), version) != version:
            shutil.rmtree(entry, ignore_errors=True)


def _split_pin(pin: str) -> Tuple[str, str]:
    name, _, version = pin.partition("==")
    return normalize_name(name), version


def _remove_new_entries(target: Path, before: set) -> None:
    for entry in set(target.iterdir()) - before:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            try:
                entry.unlink()
            except OSError:
                pass


def _install_pinned(
    pip: _Pip, pins: Sequence[str], target: Path, wheel_dir: Union[str, Path, None]
) -> None:
    created = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    before = set(target.iterdir())
    args = ["install", "--target", str(target), "--no-deps", "--upgrade"]
    try:
        pip(args + _common_options(wheel_dir) + list(pins),
            env=_pip_environment(), timeout=INSTALL_TIMEOUT)
    except BaseException:
        _remove_new_entries(target, before)
        if created and not any(target.iterdir()):
            target.rmdir()
        raise
    _remove_stale_dist_info(target, pins)


def install(
    requirements: Iterable[Union[Requirement, str]],
    target: Union[str, Path],
    wheel_dir: Union[str, Path, None] = None,
    python: Optional[str] = None,
    progress: Optional[Callable[[str], None]] = None,
) -> InstallResult:
    """Install what `requirements` need into `target`, never touching the
    distributions QGIS already has. Never raises on pip failure.

    Step 1, a dry run with every installed distribution pinned, reports what is
    missing; step 2 installs exactly that into `target` with --no-deps (plain
    `pip install --target` would reinstall numpy and friends there).
    `wheel_dir` makes both steps use only a local folder of wheels (offline).
    """
    report = progress or (lambda message: None)
    target = Path(target)
    pip = _Pip(python)
    try:
        report("Working out which packages are missing…")
        pins = _plan(pip, requirements, target, wheel_dir)
        if pins:
            report("Installing " + ", ".join(pins) + "…")
            _install_pinned(pip, pins, target, wheel_dir)
        report("Done.")
        return InstallResult(True, list(pins), pip.log, pip.commands)
    except (InstallError, OSError) as error:  # OSError: e.g. target not writable
        log = "\n".join(filter(None, [pip.log, str(error)]))
        return InstallResult(False, [], log, pip.commands)
