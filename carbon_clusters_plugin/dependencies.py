"""Optional third-party Python packages: detection, messages, the per-user folder they are
installed into and the constraints that protect what QGIS ships (``pip_installer`` installs).

Pure Python on purpose (no qgis, no Qt): the plugin must load, and these
functions must run, on a QGIS whose Python lacks the optional packages.

Packages are installed with QGIS's own Python into a per-user "vendor" folder
that is *appended* to sys.path, so that whatever QGIS ships (numpy above all)
always wins and is never upgraded or downgraded.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import (
    Callable,
    Dict,
    Iterable,
    List,
    Mapping,
    Optional,
    Sequence,
    Union,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (pylupdate's name)
    """Marks ``text`` for translation in ``context`` (pylupdate reads the literals); the Qt
    side (vendor.py) translates it in the "Dependencies" context."""
    return text


@dataclass(frozen=True)
class Requirement:
    module: str  # import name
    distribution: str  # pip distribution name
    spec: str  # PEP 440 version specifier, e.g. ">=1.1"
    purpose: str  # which features need it, in plain English (translatable)

    @property
    def pip_spec(self) -> str:
        return f"{self.distribution}{self.spec}"


# Minimums are satisfiable by Debian bookworm's packages where Debian ships them
# (pandas 1.5.3, scikit-learn 1.2.1); rasters are read with GDAL, which QGIS always has.
_REQUIREMENTS = (
    Requirement("pandas", "pandas", ">=1.1",
                QT_TRANSLATE_NOOP("Dependencies", "all table algorithms")),
    Requirement("sklearn", "scikit-learn", ">=1.0",
                QT_TRANSLATE_NOOP("Dependencies", "industrial clustering")),
    Requirement("esda", "esda", ">=2.4",
                QT_TRANSLATE_NOOP("Dependencies", "spatial autocorrelation")),
    Requirement("libpysal", "libpysal", ">=4.6",
                QT_TRANSLATE_NOOP("Dependencies", "spatial autocorrelation")),
    Requirement("shapely", "shapely", ">=1.8",
                QT_TRANSLATE_NOOP("Dependencies", "spatial autocorrelation")),
    Requirement("exactextract", "exactextract", ">=0.2",
                QT_TRANSLATE_NOOP("Dependencies", "gridded emissions to zones")),
    Requirement("matplotlib", "matplotlib", ">=3.3",
                QT_TRANSLATE_NOOP("Dependencies", "charts in the dock and the report")),
)

REQUIREMENTS: Mapping[str, Requirement] = MappingProxyType(
    {req.module: req for req in _REQUIREMENTS}
)

INSTALL_ACTION = QT_TRANSLATE_NOOP(
    "Dependencies", "Plugins ▸ Carbon Clusters ▸ Install missing Python packages")

# Kept as one template so the GUI can translate it before formatting.
MISSING_MESSAGE_TEMPLATE = QT_TRANSLATE_NOOP(
    "Dependencies",
    "Carbon Clusters needs Python packages that are not installed:\n"
    "{packages}\n\n"
    "Install them with {action}, or run this command with QGIS's Python "
    "(on Windows, in the OSGeo4W Shell):\n"
    "{command}"
)
PACKAGE_LINE_TEMPLATE = QT_TRANSLATE_NOOP("Dependencies", "  • {spec} (needed for {purpose})")



class MissingDependencyError(Exception):
    def __init__(self, requirements: Sequence[Requirement], message: str):
        super().__init__(message)
        self.requirements = list(requirements)


# --------------------------------------------------------------------------
# Detection and messages
# --------------------------------------------------------------------------


def is_importable(module: str) -> bool:
    """True if `module` can be found, without importing it."""
    try:
        return importlib.util.find_spec(module) is not None
    except ValueError:  # already imported, with __spec__ unset
        return True
    except ImportError:
        return False


def missing(modules: Optional[Iterable[str]] = None) -> List[Requirement]:
    """The requirements among `modules` (default: all) that cannot be found."""
    names = REQUIREMENTS.keys() if modules is None else modules
    return [REQUIREMENTS[name] for name in names if not is_importable(name)]


def manual_install_command(
    requirements: Sequence[Requirement], target: Union[str, Path, None] = None
) -> str:
    folder = Path(target) if target is not None else vendor_dir()
    specs = " ".join(f'"{req.pip_spec}"' for req in requirements)
    return f'python -m pip install --target "{folder}" {specs}'


def missing_message(
    requirements: Sequence[Requirement],
    target: Union[str, Path, None] = None,
    template: str = MISSING_MESSAGE_TEMPLATE,
    translate: Callable[[str], str] = lambda text: text,
) -> str:
    """The message naming the missing `requirements`; `translate` translates the package
    lines, purposes and menu path (`template` is given already translated)."""
    packages = "\n".join(
        translate(PACKAGE_LINE_TEMPLATE).format(spec=req.pip_spec, purpose=translate(req.purpose))
        for req in requirements
    )
    return template.format(
        packages=packages,
        action=translate(INSTALL_ACTION),
        command=manual_install_command(requirements, target),
    )


def require(*modules: str, target: Union[str, Path, None] = None) -> None:
    """Raise MissingDependencyError naming every missing one of `modules`."""
    absent = missing(modules)
    if absent:
        raise MissingDependencyError(absent, missing_message(absent, target))


# --------------------------------------------------------------------------
# The vendor folder
# --------------------------------------------------------------------------


def _python_tag() -> str:
    return f"py{sys.version_info.major}{sys.version_info.minor}"


def _user_data_dir() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    if sys.platform == "darwin":
        return home / "Library" / "Application Support"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")


def vendor_dir(settings_dir: Union[str, Path, None] = None) -> Path:
    """Where missing packages are installed: per user, per Python version,
    outside the plugin folder so that it survives plugin upgrades.

    `settings_dir` is QGIS's settings directory
    (QgsApplication.qgisSettingsDirPath()); without it a per-user data
    folder is used.
    """
    if settings_dir:
        return Path(settings_dir) / "python" / "carbon_clusters_deps" / _python_tag()
    return _user_data_dir() / "carbon_clusters" / "deps" / _python_tag()


def add_vendor_dir_to_path(path: Union[str, Path]) -> bool:
    """Append `path` to sys.path (appended, so QGIS's own packages win).

    Returns True if it was added. Import caches are invalidated either way,
    so packages installed a moment ago become importable.
    """
    entry = str(path)
    added = entry not in sys.path
    if added:
        sys.path.append(entry)
    # A folder that did not exist when first seen may be cached as "no finder".
    sys.path_importer_cache.pop(entry, None)
    importlib.invalidate_caches()
    return added


# --------------------------------------------------------------------------
# Constraints: freeze what the running interpreter already has
# --------------------------------------------------------------------------


def normalize_name(name: str) -> str:
    """PEP 503 normalised distribution name."""
    return re.sub(r"[-_.]+", "-", name).lower()


# PEP 440 public version plus optional local label; only used without `packaging`.
_PEP440 = re.compile(
    r"^([1-9][0-9]*!)?(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*"
    r"((a|b|rc)(0|[1-9][0-9]*))?(\.post(0|[1-9][0-9]*))?(\.dev(0|[1-9][0-9]*))?"
    r"(\+[a-z0-9]+(\.[a-z0-9]+)*)?$",
    re.IGNORECASE,
)


def is_valid_version(version: str) -> bool:
    try:
        from packaging.version import InvalidVersion, Version
    except ImportError:
        return bool(_PEP440.match(version))
    try:
        Version(version)
    except InvalidVersion:
        return False
    return True


def _is_inside(path: Path, folders: Sequence[Path]) -> bool:
    return any(path == folder or folder in path.parents for folder in folders)


def _distribution_location(dist: importlib.metadata.Distribution) -> Optional[Path]:
    try:
        return Path(str(dist.locate_file(""))).resolve()
    except (OSError, ValueError, RuntimeError):
        return None


def installed_versions(
    exclude_dirs: Iterable[Union[str, Path]] = (),
) -> Dict[str, str]:
    """{normalised name: version} of the running interpreter's distributions,
    first one on sys.path winning, skipping any located in `exclude_dirs`."""
    excluded = [Path(folder).resolve() for folder in exclude_dirs]
    versions = {}
    for dist in importlib.metadata.distributions():
        try:
            name, version = dist.metadata["Name"], dist.version
        except Exception:  # broken metadata must not stop the others
            continue
        if not name or not version or not is_valid_version(version):
            continue
        if version == "0" or version.startswith("0+"):
            # An unknown version (Debian forky's shapely reports "0+unknown"): pinning it
            # would forbid every package that needs a real version of it.
            continue
        key = normalize_name(name)
        if key in versions:
            continue
        location = _distribution_location(dist)
        if excluded and location is not None and _is_inside(location, excluded):
            continue
        versions[key] = version
    return versions


def constraints_for_environment(
    exclude_dirs: Iterable[Union[str, Path]] = (),
) -> str:
    """A pip constraints file pinning every installed distribution to its
    present version, so pip can never upgrade or downgrade what QGIS ships.

    Pass the vendor folder in `exclude_dirs` so that packages the plugin
    installed itself may still be upgraded.
    """
    versions = installed_versions(exclude_dirs)
    return "".join(f"{name}=={versions[name]}\n" for name in sorted(versions))
