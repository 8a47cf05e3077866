"""Small editing widgets shared by the experiment panel's sections.

Every editor commits once per user action: spin boxes have keyboard tracking
off (typing commits on Enter or leaving the field; the arrows commit each
step), combo boxes commit on ``activated`` and check boxes on ``clicked``
— signals a program's own ``setValue`` does not fire, or that the panel blocks
while it fills the widgets from the spec.

No editor takes the mouse wheel: the panel scrolls, and a wheel that passes
over a spin box or combo box on the way never changes a setting.
"""

from __future__ import annotations

import math
import re
from contextlib import contextmanager

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QDoubleSpinBox, QSpinBox, QWidget

_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d*)?([eE][+-]?\d*)?$")


@contextmanager
def blocked(*objects: QObject):
    """Block the signals of ``objects`` for the ``with`` body (filling widgets emits nothing)."""
    blockers = [QSignalBlocker(o) for o in objects]
    try:
        yield
    finally:
        for b in blockers:
            b.unblock()


def _named(widget: QWidget, name: str, tooltip: str) -> QWidget:
    widget.setObjectName(name)
    widget.setToolTip(tooltip)
    return widget


class _PassesWheel:
    """Hands the wheel to the scroll area around it: the panel scrolls, the value stays."""

    def wheelEvent(self, event) -> None:  # Qt override
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
            return
        QApplication.sendEvent(area.verticalScrollBar(), event)
        event.accept()


class SpinBox(_PassesWheel, QSpinBox):
    """A spin box the wheel scrolls past."""


class DoubleSpinBox(_PassesWheel, QDoubleSpinBox):
    """A decimal spin box the wheel scrolls past."""


class ComboBox(_PassesWheel, QComboBox):
    """A combo box the wheel scrolls past."""


def spin(name: str, tooltip: str, lo: int, hi: int, *, suffix: str = "") -> QSpinBox:
    box = _named(SpinBox(), name, tooltip)
    box.setRange(lo, hi)
    box.setKeyboardTracking(False)
    box.setSuffix(suffix)
    box.setAccelerated(True)
    return box


def dspin(name: str, tooltip: str, lo: float, hi: float, step: float, decimals: int = 2) -> QDoubleSpinBox:
    box = _named(DoubleSpinBox(), name, tooltip)
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setKeyboardTracking(False)
    return box


def combo(name: str, tooltip: str, items: list[tuple[str, str, str]]) -> QComboBox:
    """A combo of ``(value, text, tooltip)`` items; the value is the item's data."""
    box = _named(ComboBox(), name, tooltip)
    # The panel is a narrow dock: long item texts must not set its width.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(6)
    for value, text, tip in items:
        box.addItem(text, value)
        if tip:
            box.setItemData(box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    return box


def select_value(box: QComboBox, value) -> None:
    """Show the item whose data is ``value`` (signals blocked)."""
    with blocked(box):
        box.setCurrentIndex(max(0, box.findData(value)))


class LogSpinBox(_PassesWheel, QDoubleSpinBox):
    """A spin box for rates that span decades (learning rate, λ): the arrows walk 1, 3, 10, 30 …
    and any number can be typed, e.g. ``0.0005`` or ``5e-4``."""

    def __init__(self, name: str, tooltip: str, lo: float, hi: float, *, zero: bool = False):
        super().__init__()
        _named(self, name, tooltip)
        self.setDecimals(10)
        self.setRange(0.0 if zero else lo, hi)
        self.setKeyboardTracking(False)
        self._ladder = [0.0] if zero else []
        exponent = math.floor(math.log10(lo))
        while 10.0**exponent <= hi * 1.0001:
            for m in (1.0, 3.0):
                v = float(f"{m}e{exponent}")
                if lo * 0.9999 <= v <= hi * 1.0001:
                    self._ladder.append(v)
            exponent += 1

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip())
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        stripped = text.strip()
        if not _NUMBER.match(stripped):
            return QValidator.State.Invalid, text, pos
        try:
            value = float(stripped)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def stepBy(self, steps: int) -> None:
        v = self.value()
        ladder = self._ladder
        if steps > 0:
            above = [i for i, x in enumerate(ladder) if x > v * 1.0001]
            i = above[0] + steps - 1 if above else len(ladder) - 1
        else:
            below = [i for i, x in enumerate(ladder) if x < v * 0.9999]
            i = below[-1] + steps + 1 if below else 0
        self.setValue(ladder[max(0, min(len(ladder) - 1, i))])
