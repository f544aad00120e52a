"""make deps' constraints: the system Python's packages pinned as installed, plus the versions
tested on the running Debian release (scripts/python_constraints.py)."""

import subprocess
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import python_constraints  # noqa: E402


def test_the_release_is_read_from_os_release(tmp_path):
    os_release = tmp_path / "os-release"
    os_release.write_text('PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nVERSION_CODENAME=trixie\n')
    assert python_constraints.debian_codename(os_release) == "trixie"
    os_release.write_text('PRETTY_NAME="Debian GNU/Linux forky/sid"\nVERSION_CODENAME=forky\n')
    assert python_constraints.debian_codename(os_release) == "forky"
    assert python_constraints.debian_codename(tmp_path / "missing") == ""


def test_every_tested_release_has_pins_for_the_packages_debian_lacks():
    requirements = [line.split(">")[0].split("=")[0].strip() for line in
                    (ROOT / "requirements.txt").read_text().splitlines()
                    if line.strip() and not line.startswith("#")]
    for codename in ("bookworm", "trixie", "forky"):
        pins = dict(line.split("==") for line in
                    python_constraints.release_constraints(codename).splitlines()
                    if "==" in line and not line.startswith("#"))
        assert {"esda", "libpysal", "exactextract"} <= set(pins), codename
        assert set(pins) >= set(requirements) - {"ruff"}, codename
    assert python_constraints.release_constraints("no-such-release") == ""


def test_the_output_pins_the_system_numpy_and_the_release_versions():
    completed = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" /
                                                        "python_constraints.py")],
                               capture_output=True, text=True, check=True)
    import numpy

    lines = completed.stdout.splitlines()
    assert f"numpy=={numpy.__version__}" in lines
    codename = python_constraints.debian_codename()
    if python_constraints.release_constraints(codename):
        assert any(line.startswith("esda==") for line in lines)
