"""The plugin zip (`make package`) against the QGIS plugin repository's published rules:
the upload validator of plugins.qgis.org (QGIS-Django, qgis-app/plugins/validator.py), its
publishing page (plugins.qgis.org/docs/publish) and the PyQGIS cookbook's metadata table.

Needs `make package` first (make test does it)."""

import configparser
import re
import zipfile

import pytest
from conftest import ROOT

ZIP = ROOT / "dist" / "carbon_clusters_plugin.zip"
# Required by the repository's validator (the cookbook lists all but tracker as required).
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author",
                     "email", "about", "tracker", "repository")
PLACEHOLDER_URLS = {"http://bugs", "http://repo", "http://homepage"}
CATEGORIES = {"Raster", "Vector", "Database", "Mesh", "Web"}
MAX_BYTES = 20 * 1024 * 1024  # the publishing page's limit (the validator's default is 25 MB)
# Compiled code may not be uploaded: by name, and by the magic numbers of executables.
COMPILED_SUFFIXES = (".pyc", ".pyo", ".so", ".pyd", ".dll", ".dylib", ".exe", ".o", ".a")
EXECUTABLE_MAGIC = (b"\x7fELF", b"MZ", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
# Binary files that are data, not code: the compiled translation and the sample data set the
# publishing page asks plugins to ship in small form.
DATA_SUFFIXES = (".qm", ".tif", ".gpkg")


@pytest.fixture(scope="module")
def archive():
    assert ZIP.is_file(), f"{ZIP} is missing: run `make package` (make test does)"
    with zipfile.ZipFile(ZIP) as opened:
        yield opened


@pytest.fixture(scope="module")
def metadata(archive):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive (qgisMinimumVersion)
    parser.read_string(archive.read("carbon_clusters_plugin/metadata.txt").decode("utf-8"))
    assert parser.has_section("general")
    return dict(parser["general"])


def test_one_plugin_folder_with_its_entry_points(archive):
    names = archive.namelist()
    assert archive.testzip() is None
    assert {name.split("/")[0] for name in names} == {"carbon_clusters_plugin"}
    assert re.fullmatch(r"[a-z_][a-z0-9_]*", "carbon_clusters_plugin")
    assert {"carbon_clusters_plugin/__init__.py", "carbon_clusters_plugin/metadata.txt",
            "carbon_clusters_plugin/LICENSE"} <= set(names)


def test_size_within_the_repository_limit():
    assert ZIP.stat().st_size < MAX_BYTES


def test_required_metadata_is_present_and_sound(metadata):
    for key in REQUIRED_METADATA:
        assert metadata.get(key, "").strip(), f"metadata.txt lacks {key}"
    assert "/" not in metadata["author"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", metadata["version"])
    for key in ("tracker", "repository", "homepage"):
        url = metadata.get(key, "")
        assert re.fullmatch(r"https?://[^\s/]+\.[^\s/]+/\S*", url), (key, url)
        assert url not in PLACEHOLDER_URLS
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", metadata["email"])
    if "category" in metadata:
        assert metadata["category"] in CATEGORIES


def test_offered_to_qgis_3_22_to_4(metadata):
    assert metadata["qgisMinimumVersion"] == "3.22"
    # Without a maximum the repository caps the plugin at 3.99 and QGIS 4 never sees it.
    assert metadata["qgisMaximumVersion"] == "4.99"
    assert metadata["supportsQt6"] == "True"


def test_the_same_metadata_as_the_repository(metadata):
    source = configparser.ConfigParser(interpolation=None)
    source.optionxform = str
    source.read(ROOT / "metadata.txt", encoding="utf-8")
    assert dict(source["general"]) == metadata


def test_licence_is_gpl(archive):
    text = archive.read("carbon_clusters_plugin/LICENSE").decode("utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text
    assert re.search(r"Version [23]", text)


def test_no_hidden_cached_or_compiled_files(archive):
    for name in archive.namelist():
        parts = [part for part in name.split("/") if part]
        assert not name.startswith("/") and ".." not in parts, name
        assert ".pyc" not in name and "__pycache__" not in parts, name
        assert not any(part.startswith(".") or part == "__MACOSX" for part in parts), name
        assert not name.endswith(COMPILED_SUFFIXES), name
        assert not name.endswith((".ts", ".aux.xml")), f"{name} is not a runtime file"


def test_binary_files_are_data_not_code(archive):
    for info in archive.infolist():
        if info.is_dir():
            continue
        head = archive.read(info)[:4]
        assert not head.startswith(EXECUTABLE_MAGIC), f"{info.filename} is an executable"
        if b"\0" in archive.read(info)[:8192]:
            assert info.filename.endswith(DATA_SUFFIXES), f"{info.filename} is binary"
