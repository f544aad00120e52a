"""The land-cover presets in resources/presets: plain CSV checks, no QGIS needed."""

import csv
import math
import re
from pathlib import Path

import pytest

PRESETS = Path(__file__).resolve().parents[1] / "resources" / "presets"
HEADER = ["class", "name", "name_zh", "coefficient", "source", "color"]
HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
HAN = re.compile(r"[\u4e00-\u9fff]")

# Expected class codes of each product, typed here from the products' legends.
EXPECTED_CLASSES = {
    "cas_lucc_level1.csv": {1, 2, 3, 4, 5, 6},
    "cas_lucc_level2.csv": {
        11, 12, 21, 22, 23, 24, 31, 32, 33, 41, 42, 43, 44, 45, 46,
        51, 52, 53, 61, 62, 63, 64, 65, 66, 67,
    },
    "clcd.csv": set(range(1, 10)),
    "esa_worldcover.csv": {10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100},
    "globeland30.csv": {10, 20, 30, 40, 50, 60, 70, 80, 90, 100},
}


def read_preset(name):
    with open(PRESETS / name, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [row for row in reader if row]
    return header, rows


def as_dicts(name):
    header, rows = read_preset(name)
    return [dict(zip(header, row)) for row in rows]


@pytest.mark.parametrize("name", sorted(EXPECTED_CLASSES))
def test_preset_parses_with_the_documented_columns(name):
    header, rows = read_preset(name)
    assert header == HEADER
    assert rows, f"{name} has no rows"
    for row in rows:
        assert len(row) == len(HEADER), f"{name}: wrong field count in {row}"


@pytest.mark.parametrize("name", sorted(EXPECTED_CLASSES))
def test_classes_are_unique_integers_matching_the_product(name):
    codes = [row["class"] for row in as_dicts(name)]
    for code in codes:
        assert re.fullmatch(r"\d+", code), f"{name}: class {code!r} is not an integer"
    values = [int(code) for code in codes]
    assert len(values) == len(set(values)), f"{name}: duplicate classes"
    assert set(values) == EXPECTED_CLASSES[name]


@pytest.mark.parametrize("name", sorted(EXPECTED_CLASSES))
def test_every_row_is_complete(name):
    for row in as_dicts(name):
        label = f"{name} class {row['class']}"
        assert row["name"].strip(), f"{label}: empty English name"
        assert row["name_zh"].strip(), f"{label}: empty Chinese name"
        assert HAN.search(row["name_zh"]), f"{label}: name_zh has no Chinese characters"
        coefficient = float(row["coefficient"])
        assert math.isfinite(coefficient), f"{label}: coefficient not finite"
        assert row["source"].strip(), f"{label}: no source for the coefficient"
        assert HEX_COLOUR.match(row["color"]), f"{label}: colour {row['color']!r}"


@pytest.mark.parametrize("name", sorted(EXPECTED_CLASSES))
def test_zero_coefficients_say_there_is_no_default(name):
    for row in as_dicts(name):
        if float(row["coefficient"]) == 0:
            assert "no default" in row["source"], f"{name} class {row['class']}"


def test_cas_level1_has_the_literature_coefficients():
    # t C/hm²/yr, from the issue text: forest 0.581, grassland 0.021, water 0.253,
    # unused land 0.005; cropland and built-up land 0 unless the user sets them.
    expected = {1: 0.0, 2: 0.581, 3: 0.021, 4: 0.253, 5: 0.0, 6: 0.005}
    rows = {int(row["class"]): row for row in as_dicts("cas_lucc_level1.csv")}
    assert set(rows) == set(expected)
    for code, value in expected.items():
        assert float(rows[code]["coefficient"]) == pytest.approx(value, abs=1e-12), code
    assert rows[5]["name_zh"] == "城乡、工矿、居民用地"
    assert rows[6]["name_zh"] == "未利用土地"


def test_cas_level2_codes_belong_to_their_level1_class():
    level1 = {int(row["class"]) for row in as_dicts("cas_lucc_level1.csv")}
    for row in as_dicts("cas_lucc_level2.csv"):
        assert int(row["class"]) // 10 in level1, row["class"]
