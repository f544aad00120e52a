"""Prints the pip constraints for `make deps`, run with the system Python (the one QGIS uses).

Two parts:
- every distribution the system Python already has (Debian's numpy, scipy, pandas, shapely…),
  pinned to its present version, so that pip resolves esda/libpysal against them and never
  installs a second numpy into the venv (GDAL's bindings are built against the system one);
- the versions tested on this Debian release, from constraints/debian-<codename>.txt, when
  the release has such a file. An unknown release resolves requirements.txt's ranges alone.

The first part is the same function the plugin's runtime installer uses inside QGIS.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from carbon_clusters_plugin.dependencies import constraints_for_environment  # noqa: E402


def debian_codename(os_release: Path = Path("/etc/os-release")) -> str:
    try:
        lines = os_release.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    values = dict(line.split("=", 1) for line in lines if "=" in line)
    codename = values.get("VERSION_CODENAME", "").strip('"')
    if not codename and "sid" in values.get("PRETTY_NAME", ""):
        codename = "sid"
    return codename


def release_constraints(codename: str) -> str:
    path = ROOT / "constraints" / f"debian-{codename}.txt"
    return path.read_text(encoding="utf-8") if codename and path.is_file() else ""


def main() -> int:
    system_pins = constraints_for_environment()
    codename = debian_codename()
    tested = release_constraints(codename)
    sys.stdout.write("# the system Python's distributions, as installed\n" + system_pins)
    if tested:
        sys.stdout.write(f"# tested on Debian {codename} (constraints/debian-{codename}.txt)\n")
        sys.stdout.write(tested)
    else:
        sys.stderr.write(f"No constraints/debian-{codename or 'unknown'}.txt: resolving "
                         "requirements.txt's ranges against the system's packages.\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
