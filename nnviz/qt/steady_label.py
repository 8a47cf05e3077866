"""A label for text that changes every frame, without laying its window out again each time.

``QLabel.setText`` asks the layout around the label to lay out again unless the
label has a fixed size. For the status bar's position label, changed 30 times a
second in a live run, that laid the status bar and the main window out again at
every frame: about a millisecond, and a second repaint of the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

QWIDGETSIZE_MAX = 16777215
"""Qt's largest widget size: no limit."""


class SteadyLabel(QLabel):
    """A label whose size is fixed at the size its layout gives it; see the module docstring.

    :meth:`update_text` sets the size again only when the text's width changes —
    digits are equally wide, so a counter's text changes width only when it gains
    a digit — and a new font (a theme) frees it at once, for the layout to size it.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._font: QFont | None = None
        """The font of the size kept; ``None``: free, the layout decides."""
        self._advance = -1
        """The width of the text the size was kept for: a text as wide needs no size hint (50 µs)."""
        self._freed = False
        """A new font freed the size: the next text waits for the layout to size the label."""

    @property
    def steady(self) -> bool:
        """Whether the label keeps a fixed size (a new text of the same width does not lay the window out)."""
        return self._font is not None

    def update_text(self, text: str) -> None:
        """Show ``text``; the label keeps its size while the text's width and the font stay the same."""
        self.setText(text)
        if self._font is not None and self._font != self.font():
            self._free()
        if self._freed:  # the layout sizes the label for the new font first
            self._freed = False
            return
        if not self.isVisible():
            return
        advance = self.fontMetrics().horizontalAdvance(text)
        if self._font is not None and advance == self._advance:
            return
        self._advance = advance
        width = self.sizeHint().width()
        if self._font is None or width != self.width():
            # Shown, so laid out: keep the height the layout gave, and the width the text takes.
            self._font = QFont(self.font())
            self.setFixedSize(width, self.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A theme's font (presentation: larger) changes no text: without this the text kept the
        # old size until the next step, cut off at the right.
        if event.type() == QEvent.Type.FontChange and self._font is not None and self._font != self.font():
            self._free()

    def _free(self) -> None:
        """Let the layout size the label again (for a new font)."""
        self._font = None
        self._freed = True
        self.setMinimumSize(0, 0)
        self.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
