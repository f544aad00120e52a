"""Translation hook of the charts package, which never imports qgis: the plugin installs Qt's
translator (QCoreApplication.translate) when it loads; without it texts stay English."""

from typing import Callable, Optional

_translator: Optional[Callable[[str, str], str]] = None


def set_translator(translator: Optional[Callable[[str, str], str]]) -> None:
    """``translator(context, text)``, e.g. QCoreApplication.translate; None: no translation."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text
