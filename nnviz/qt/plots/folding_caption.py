"""A caption that folds to one line on a short page, its whole text in the tooltip.

The loss plot's caption explains what the per-epoch curves measure in a sentence that wraps to
three or four lines in the plots dock of a 1366×768 screen, and took a third of the page from
the plot. A :class:`FoldingCaption` shows the sentence whole where the page has room and, on a
page lower than its ``fold_below`` height, its first line ending in "…", the whole sentence a
hover away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from nnviz.qt.plots.style import caption_style
from nnviz.qt.theme import Theme


class FoldingCaption(QLabel):
    """A muted caption over a plot; :meth:`fold` switches between whole and one line."""

    def __init__(self, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(caption_style(theme))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(1)  # folded, the label's own minimum would be the whole sentence's width
        self._text = ""
        self.folded = False

    def set_caption(self, text: str) -> None:
        self._text = text
        self._show()

    def caption(self) -> str:
        """The whole text, folded or not."""
        return self._text

    def fold(self, folded: bool) -> None:
        if folded != self.folded:
            self.folded = folded
            self.setWordWrap(not folded)
            self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        if self.folded:
            self._show()

    def _show(self) -> None:
        if not self.folded:
            self.setText(self._text)
            self.setToolTip("")
            return
        margins = self.contentsMargins()
        room = max(self.width() - margins.left() - margins.right() - 12, 20)  # the style's padding
        self.setText(self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, room))
        self.setToolTip(self._text)
