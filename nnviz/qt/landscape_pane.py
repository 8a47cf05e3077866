"""The Loss Landscape window's figure on screen: painted at the pane's size, the loss under the
pointer as a tooltip, and a click on a point of the path rewinding the session there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QToolTip, QWidget

if TYPE_CHECKING:
    from nnviz.qt.landscape_window import LandscapeWindow


class LandscapePane(QWidget):
    """Paints the window's figure at its own size; a click on a point of the path rewinds the
    session to the end of that iteration."""

    def __init__(self, owner: LandscapeWindow):
        super().__init__(owner)
        self.owner = owner
        self.setMinimumSize(520, 420)
        self.setMouseTracking(True)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            painter.fillRect(self.rect(), self.owner.theme.q("background"))
            figure = self.owner.figure
            if figure is not None:
                figure.size = (self.width(), self.height())
                figure.paint(painter, False)
        finally:
            painter.end()

    def mouseMoveEvent(self, event) -> None:
        """A tooltip with the loss at the grid point under the pointer."""
        figure = self.owner.figure
        text = None if figure is None else figure.readout(event.position().x(), event.position().y())
        if text is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event) -> None:
        figure = self.owner.figure
        index = None if figure is None else figure.path_index_at(event.position().x(), event.position().y())
        if index is None:
            super().mousePressEvent(event)
            return
        self.owner.rewind_to_path_point(index)
