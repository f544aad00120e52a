"""Qt 6 / QGIS 4 readiness, checked statically on every run (CI cannot download QGIS's
pyqt5_to_pyqt6 checker, which we ran by hand): no PyQt5-only construct may come back.

- Qt and QGIS imports go through qgis.PyQt / qgis.*, never PyQt5 directly;
- no exec_(), qApp, QRegExp, QDesktopWidget, QVariant() as NULL, compiled resources;
- every enum value is written fully scoped (Qt.AlignmentFlag.AlignLeft, not Qt.AlignLeft):
  PyQt6 has only the scoped form. Checked by asking the real class what each
  ``Class.Name`` refers to.
"""

import ast
import importlib

import pytest
from conftest import ROOT

SOURCES = sorted((ROOT / "carbon_clusters_plugin").rglob("*.py")) + \
    sorted((ROOT / "scripts").glob("*.py")) + sorted((ROOT / "tests").glob("*.py"))
REMOVED_IN_QT6 = {"QRegExp", "QDesktopWidget", "qApp", "QMatrix", "QGLWidget"}


def imported_names(tree):
    """{local name: (module, attribute)} of `from qgis... import X` statements."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and \
                node.module.split(".")[0] == "qgis":
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def unscoped_enum_uses(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = imported_names(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
            continue
        if node.value.id not in names or not node.attr[:1].isupper():
            continue
        module, attribute = names[node.value.id]
        owner = getattr(importlib.import_module(module), attribute, None)
        value = getattr(owner, node.attr, None)
        if value is None or isinstance(value, type) or callable(value):
            continue
        # An enum member reached through its class, not through its enum type.
        enum_type = type(value)
        if getattr(owner, enum_type.__name__, None) is enum_type:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} "
                         f"{node.value.id}.{node.attr} (use {enum_type.__qualname__}.{node.attr})")
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_pyqt5_only_construct(path, qgis_app):
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [node.module] if isinstance(node, ast.ImportFrom) else \
                [alias.name for alias in node.names]
            if any(m and m.split(".")[0] in ("PyQt5", "PyQt6", "sip") for m in modules):
                problems.append(f"line {node.lineno}: import Qt through qgis.PyQt")
            if isinstance(node, ast.ImportFrom):
                problems += [f"line {node.lineno}: {a.name} is gone in Qt 6"
                             for a in node.names if a.name in REMOVED_IN_QT6]
                if any(a.name == "resources_rc" or a.name.startswith("resources_rc")
                       for a in node.names):
                    problems.append(f"line {node.lineno}: compiled resources")
        if isinstance(node, ast.Attribute) and node.attr in ("exec_", "print_"):
            problems.append(f"line {node.lineno}: {node.attr}() is exec()/print() in Qt 6")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id == "QVariant" and not node.args:
            problems.append(f"line {node.lineno}: QVariant() as NULL: use qgis.core.NULL")
    problems += unscoped_enum_uses(path)
    assert not problems, f"{path.relative_to(ROOT)}: " + "; ".join(problems)


def test_the_check_finds_an_unscoped_enum(tmp_path, qgis_app, monkeypatch):
    sample = tmp_path / "sample.py"
    sample.write_text("from qgis.PyQt.QtCore import Qt\nfrom qgis.core import QgsFeatureSink\n"
                      "a = Qt.AlignLeft\nb = Qt.AlignmentFlag.AlignLeft\n"
                      "c = QgsFeatureSink.FastInsert\nd = QgsFeatureSink.Flag.FastInsert\n")
    monkeypatch.setattr("test_qt6_ready.ROOT", tmp_path)
    found = unscoped_enum_uses(sample)
    assert [entry.split()[1] for entry in found] == ["Qt.AlignLeft", "QgsFeatureSink.FastInsert"]
