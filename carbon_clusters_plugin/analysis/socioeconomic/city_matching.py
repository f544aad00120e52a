"""Finding the unit of the city layer that a name or code written in a table means.

Exact after normalisation, or through the crosswalk of renamed and merged units; anything else
is not a match but a reason, with suggestions for near misses (never a silent fuzzy match).
"""

import difflib
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

from ..messages import QT_TRANSLATE_NOOP, Message
from .city_crosswalk import ABOLISHED, RECODED, Change, Crosswalk
from .city_names import (
    aliases,
    code_digits,
    confusable_variants,
    is_province,
    is_total,
    municipality_variants,
    normalised,
    prefecture_of,
    province_key,
    six_digit_code,
    split_province,
    without_suffix,
)

_SIMILARITY = 0.6  # difflib ratio for a suggestion (连云岗 → 连云港 is 0.67)
_SUGGESTIONS = 3


@dataclass
class Match:
    """A unit (a record of the city layer) or a reason why there is none."""

    unit: Optional[Dict] = None
    reason: Optional[Message] = None
    suggestion: str = ""
    change: Optional[Change] = None


def _unmatched(template: str, suggestion: str = "", **values) -> Match:
    return Match(reason=Message(template, values), suggestion=suggestion)


class CityIndex:
    """The units of a city layer by code and by name, and the crosswalk to them."""

    def __init__(self, units: Sequence[Dict], crosswalk: Crosswalk):
        self.units = list(units)
        self.crosswalk = crosswalk
        self._by_code: Dict[str, Dict] = {}
        self._by_key: Dict[str, List[Dict]] = {}
        for unit in self.units:
            code = six_digit_code(code_digits(unit["code"]) or "") or str(unit["code"])
            for variant in municipality_variants(code):
                self._by_code.setdefault(variant, unit)
            for key in aliases(unit["name_zh"]):
                self._by_key.setdefault(key, []).append(unit)

    def unit_of_code(self, code: str) -> Optional[Dict]:
        return self._by_code.get(code)

    # -------------------------------------------------------------------------- matching

    def match(self, value, province=None) -> Match:
        """The unit ``value`` (a name or a code) means; ``province`` narrows names down."""
        province = province_key(province) if normalised(province) else None
        digits = code_digits(value)
        if digits is not None:
            return self._match_code(digits)
        name = normalised(value)
        if not name:
            return _unmatched(QT_TRANSLATE_NOOP("Messages", "no name or code"))
        if is_total(name):
            return _unmatched(QT_TRANSLATE_NOOP("Messages", "a total or subtotal row"))
        found = self._match_name(name, province)
        if found is not None:
            return found
        prefix, rest = split_province(name)
        if prefix is not None:
            found = self._match_name(rest, province or prefix)
            if found is not None:
                return found
        if is_province(name):
            return _unmatched(QT_TRANSLATE_NOOP(
                "Messages", "a province, not a prefecture-level unit"))
        suggestion = self._suggestions(without_suffix(rest), province or prefix)
        if suggestion:
            return _unmatched(QT_TRANSLATE_NOOP(
                "Messages", "unknown name; a near miss of a known one (check the spelling)"),
                suggestion)
        return _unmatched(QT_TRANSLATE_NOOP("Messages", "unknown name"))

    def _match_name(self, name: str, province: Optional[str]) -> Optional[Match]:
        """A match or an unmatched verdict for ``name``; None when nothing is known of it."""
        changes = [c for c in self.crosswalk.by_name(name, province) if c.change != RECODED]
        if changes:
            return self._through_change(changes[0])
        key = without_suffix(name)
        units = self._units_of_key(name, province) or self._units_of_key(key, province)
        if len(units) == 1:
            return Match(unit=units[0])
        if len(units) > 1:
            return _unmatched(QT_TRANSLATE_NOOP(
                "Messages", "the name of {count} units: give the province (PROVINCE_FIELD)"),
                "; ".join(_label(u) for u in units), count=len(units))
        changes = [c for c in self.crosswalk.by_name(key, province) if c.change != RECODED]
        if changes:
            return self._through_change(changes[0])
        return None

    def _units_of_key(self, key: str, province: Optional[str]) -> List[Dict]:
        units = self._by_key.get(key, [])
        if province:
            units = [u for u in units if province_key(u.get("province_zh")) == province]
        return units

    def _match_code(self, digits: str) -> Match:
        code = six_digit_code(digits)
        if code is None:
            return _unmatched(QT_TRANSLATE_NOOP(
                "Messages", "code {code} is below county level: give 4-, 6- or 12-digit "
                "codes of prefecture-level units"), code=digits)
        unit = self._by_code.get(code)
        if unit is not None:
            return Match(unit=unit)
        change = self.crosswalk.by_code(code)
        if change is not None:
            return self._through_change(change)
        prefecture = self._by_code.get(prefecture_of(code))
        if prefecture is not None:
            return _unmatched(QT_TRANSLATE_NOOP(
                "Messages", "code {code} is a county-level unit of {city}: this table joins "
                "prefecture-level units"), prefecture["name_zh"], code=code,
                city=prefecture["name_zh"])
        return _unmatched(QT_TRANSLATE_NOOP("Messages", "unknown code {code}"), code=code)

    def _through_change(self, change: Change) -> Match:
        if change.change == ABOLISHED:
            return Match(reason=Message(QT_TRANSLATE_NOOP(
                "Messages", "{old} was abolished in {year} ({approval}) and split between "
                "{successors}: its values cannot go to one of them"), dict(
                old=change.old_name, year=change.year, approval=change.approval,
                successors=", ".join(change.successors))),
                suggestion="; ".join(change.successors), change=change)
        unit = self._by_code.get(change.new_code)
        if unit is None:
            return Match(reason=Message(QT_TRANSLATE_NOOP(
                "Messages", "{old} is today's {new} ({code}), which the city layer lacks"),
                dict(old=change.old_name, new=change.new_name, code=change.new_code)),
                suggestion=change.new_name, change=change)
        return Match(unit=unit, change=change)

    def _suggestions(self, key: str, province: Optional[str]) -> str:
        found: List[Dict] = []
        for variant in confusable_variants(key):
            found += self._units_of_key(variant, province)
        keys = [k for k, units in self._by_key.items()
                if not province or any(province_key(u.get("province_zh")) == province
                                       for u in units)]
        for close in difflib.get_close_matches(key, keys, _SUGGESTIONS, _SIMILARITY):
            found += self._units_of_key(close, province)
        unique = list({id(u): u for u in found}.values())[:_SUGGESTIONS]
        return "; ".join(_label(u) for u in unique)


def _label(unit: Dict) -> str:
    province = unit.get("province_zh") or ""
    name = unit["name_zh"]
    return name if not province or province == name else f"{name} ({province})"
