"""The plugin's layers, checked on its imports (make lint):

    analysis  →  charts  →  processing, ui

- ``analysis/`` imports no qgis (nor Qt) and nothing of the plugin outside ``analysis/``;
- ``charts/`` imports no qgis (nor Qt), and of the plugin only ``analysis/`` and itself;
- ``processing/`` never imports ``ui/``.

Usage: python3 scripts/check_layers.py [PACKAGE_DIR]   (exit status 1 on a violation)
"""

import ast
import sys
from pathlib import Path
from typing import Iterator, List, Tuple

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "carbon_clusters_plugin"
QT = ("qgis", "PyQt5", "PyQt6", "sip")
# layer -> parts of the plugin it may import (None: any)
ALLOWED = {"analysis": {"analysis"}, "charts": {"analysis", "charts"}}
FORBIDDEN = {"processing": {"ui"}}


def imported_modules(path: Path, package_dir: Path) -> Iterator[Tuple[int, str]]:
    """(line, absolute module name) of every import in ``path``, relative ones resolved."""
    module_parts = [package_dir.name] + list(path.relative_to(package_dir).with_suffix("").parts)
    if module_parts[-1] == "__init__":
        module_parts.pop()
        current_package = module_parts
    else:
        current_package = module_parts[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = current_package[:len(current_package) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            yield node.lineno, name
            for alias in node.names:  # "from . import charts" names a module too
                yield node.lineno, f"{name}.{alias.name}"


def violations(package_dir: Path = PACKAGE_DIR) -> List[str]:
    package = package_dir.name
    found = {}  # one message per import statement: "file:line" -> message
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        layer = path.relative_to(package_dir).parts[0]
        if layer not in ALLOWED and layer not in FORBIDDEN:
            continue
        for line, name in imported_modules(path, package_dir):
            parts = name.split(".")
            where = f"{path.relative_to(package_dir.parent)}:{line}"
            if layer in ALLOWED and parts[0] in QT:
                found.setdefault(where, f"{where}: {layer}/ imports {name} (no qgis or Qt there)")
            if parts[0] != package or len(parts) < 2:
                continue
            target = parts[1]
            if not (package_dir / target).is_dir() and not (package_dir / f"{target}.py").exists():
                continue  # a name imported from the package itself, not a module
            if layer in ALLOWED and target not in ALLOWED[layer]:
                found.setdefault(where, f"{where}: {layer}/ imports {name} (it may import only "
                                        f"{', '.join(sorted(ALLOWED[layer]))})")
            if target in FORBIDDEN.get(layer, ()):
                found.setdefault(where, f"{where}: {layer}/ imports {name}")
    return [found[where] for where in sorted(found)]


def main(arguments=None) -> int:
    arguments = sys.argv[1:] if arguments is None else arguments
    found = violations(Path(arguments[0]).resolve() if arguments else PACKAGE_DIR)
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
