"""Messages from the analysis layer, translatable by the adapters without Qt here.

A message is an English template plus its values. The templates are marked with
``QT_TRANSLATE_NOOP`` (an identity function of that name, which pylupdate recognises), so the
Processing adapters translate the template in the ``Messages`` context, then format it.
"""

from dataclasses import dataclass, field
from typing import Any, Dict

CONTEXT = "Messages"  # the literal "Messages" in QT_TRANSLATE_NOOP calls: pylupdate reads literals


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (pylupdate's name)
    return text


@dataclass(frozen=True)
class Message:
    template: str
    values: Dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values)


class AnalysisError(ValueError):
    """Bad input detected by the analysis layer; ``message`` says what and where."""

    def __init__(self, template: str, **values: Any):
        self.message = Message(template, values)
        super().__init__(str(self.message))


class Cancelled(Exception):  # noqa: N818 (a signal, not an error)
    """The user cancelled; whatever was being written has been removed."""
