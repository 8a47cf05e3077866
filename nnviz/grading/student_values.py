"""The learner's values as read from a file: one :class:`Given` per number, by quantity and index.

Shared by the JSON reader (:mod:`nnviz.grading.student_file`) and the CSV reader
(:mod:`nnviz.grading.student_csv`): the quantities a file may give per phase, a number kept
with the digits as written, and the wording of the values in a message.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from nnviz.errors import BadInput
from nnviz.i18n import translate

Key = tuple[str, int, str]
"""``(phase, layer, quantity)``, e.g. ``("backward", 2, "delta")``; the loss has layer 0."""
QUANTITIES = {
    "forward": ("input", "z", "a"),
    "loss": ("data", "regularization", "total"),
    "backward": ("grad_a", "delta", "grad_weights", "grad_bias"),
    "update": ("weights_before", "bias_before", "weights", "bias"),
}


@dataclass(frozen=True)
class Given:
    """One value the learner wrote: the number, its text as written and where it was."""

    value: float
    text: str
    where: str
    line: int = 0
    """The CSV line it is on (0 in a JSON file, whose ``where`` is a path: the same in every language)."""

    def place(self) -> str:
        """``where`` in the current language: the file is read in English (its errors are the
        command line's), the report may be in Chinese ("line 4" → 第 4 行)."""
        return translate("StudentFile", "line {0}").format(self.line) if self.line else self.where

    def shown(self) -> str:
        """The text as written, its minus signs as nnviz writes them (U+2212, like every other number)."""
        return self.text.replace("-", "−")


StudentValues = dict[Key, dict[tuple[int, ...], Given]]


class WrittenNumber(str):
    """A JSON number kept as the text it was written with."""


def given_value(value, where: str, line: int = 0) -> Given:
    """``value`` (text as written, or a :class:`WrittenNumber`) read as a number found at ``where``."""
    if isinstance(value, str):
        text = value.strip()
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if math.isfinite(number) and _plain(text):
            return Given(number, text, where, line)
    raise BadInput(translate("StudentFile", "{0}: expected a number, got {1}").format(where, shown_text(value)))


def _plain(text: str) -> bool:
    """A decimal number as a learner writes one (no ``inf``, ``nan``, ``_`` or hex)."""
    body = text.lstrip("+-").lower()
    mantissa = body.split("e")[0]
    return bool(mantissa) and all(c.isdigit() or c == "." for c in mantissa) and "_" not in body


def shape_text(shape: tuple[int, ...]) -> str:
    """``2×3``: an array's shape as a message writes it."""
    return "×".join(map(str, shape))


def span_text(layers: list[int]) -> str:
    """``1..3``: the layer numbers a message offers."""
    return f"{layers[0]}..{layers[-1]}" if layers else "(none)"


def shown_text(value) -> str:
    """A value as a message quotes it: as written, at most 40 characters."""
    if isinstance(value, WrittenNumber):
        return str(value)
    text = json.dumps(value) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def whole_number(text: str) -> int | None:
    """The whole number ``text`` writes in ASCII digits (at most 9 of them: no index is larger),
    else None; ``str.isdigit`` alone lets ``²`` and 5 000-digit numbers reach ``int``, which refuses them."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else None
