"""The crosswalk of prefecture-level units renamed, converted, merged or abolished since 2000
(resources/cities/crosswalk.csv): old names and codes to today's units, each change with its
date and source."""

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from .city_names import normalised, province_key, without_suffix

# What a change does to the rows of the old unit.
CONVERTED = "converted"  # 地区/盟 became a 市 of the same place: the same unit
RENAMED = "renamed"      # the same unit under a new name (襄樊 → 襄阳)
RECODED = "recoded"      # the same unit under a new code (儋州 469003 → 460400)
MERGED = "merged"        # the whole unit went into another (莱芜 → 济南)
ABOLISHED = "abolished"  # split between several units: no single today's unit
CHANGES = (CONVERTED, RENAMED, RECODED, MERGED, ABOLISHED)


@dataclass(frozen=True)
class Change:
    old_name: str
    old_code: str
    province_zh: str
    change: str
    new_code: str
    new_name: str
    successors: Tuple[str, ...]
    year: int
    approved: str
    approval: str
    source: str
    note: str

    @property
    def same_unit(self) -> bool:
        """Rows of the old unit are rows of the new one (no sum with other rows needed)."""
        return self.change in (CONVERTED, RENAMED, RECODED)


class Crosswalk:
    """Changes found by an old name (with or without its suffix) or an old code."""

    def __init__(self, changes: List[Change]):
        self.changes = changes
        self._by_name: Dict[str, List[Change]] = {}
        self._by_code: Dict[str, Change] = {}
        for change in changes:
            full = normalised(change.old_name)
            for key in dict.fromkeys((full, without_suffix(full))):
                self._by_name.setdefault(key, []).append(change)
            if change.old_code != change.new_code:
                self._by_code[change.old_code] = change

    def by_name(self, key: str, province: Optional[str] = None) -> List[Change]:
        found = self._by_name.get(key, [])
        if province:
            found = [c for c in found if province_key(c.province_zh) == province]
        # An old name that is also the new one (converted) matters less than a rename.
        return found

    def by_code(self, code: str) -> Optional[Change]:
        return self._by_code.get(code)


def read_crosswalk(path: Path) -> Crosswalk:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    changes = []
    for row in rows:
        if row["change"] not in CHANGES:
            raise ValueError(f"{path}: unknown change {row['change']!r} for {row['old_name']}")
        changes.append(Change(
            old_name=row["old_name"], old_code=row["old_code"], province_zh=row["province_zh"],
            change=row["change"], new_code=row["new_code"], new_name=row["new_name"],
            successors=tuple(s for s in row["successors"].split(";") if s),
            year=int(row["year"]), approved=row["approved"], approval=row["approval"],
            source=row["source"], note=row["note"]))
    return Crosswalk(changes)
