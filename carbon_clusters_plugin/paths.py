"""Where the plugin's files are, in the source tree and in a built plugin folder."""

import configparser
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """``resources/`` inside a built plugin, or beside the package in the source tree."""
    built = PLUGIN_DIR / "resources"
    return built if built.is_dir() else PLUGIN_DIR.parent / "resources"


def metadata_path() -> Path:
    built = PLUGIN_DIR / "metadata.txt"
    return built if built.is_file() else PLUGIN_DIR.parent / "metadata.txt"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def icon_path() -> str:
    return str(resource("icons", "carbon_clusters.svg"))


def sample_data_path() -> Path:
    return resource("sample", "carbon_clusters_sample.gpkg")


def plugin_version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata_path(), encoding="utf-8")
    return parser.get("general", "version", fallback="")
