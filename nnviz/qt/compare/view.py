"""The comparison figure as a widget: :class:`~nnviz.qt.compare.figure.CompareFigure` painted at
the widget's size (the same drawing as ``nnviz compare`` writes), or a hint before any runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz.qt.compare.figure import CompareFigure
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.table import Table


class FigureView(QWidget):
    """Shows a finished comparison; :meth:`show_comparison` and :meth:`set_epoch` change it."""

    def __init__(self, theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = theme
        self.comparison: Comparison | None = None
        self.table: Table | None = None
        self.epoch = 0
        self.hint = "Choose a setting and its values, then Compare."
        self._cache: tuple[tuple, QPixmap] | None = None
        """The figure painted once per comparison, epoch and size: other repaints only copy it."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(640, 420)

    def show_comparison(self, comparison: Comparison | None, table: Table | None, epoch: int) -> None:
        self.comparison, self.table, self.epoch = comparison, table, epoch
        self.update()

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch
        self.update()

    def set_hint(self, text: str) -> None:
        self.hint = text
        self.update()

    def figure(self) -> CompareFigure | None:
        if self.comparison is None or self.table is None:
            return None
        return CompareFigure(self.comparison, self.table, self.theme, (self.width(), self.height()), self.epoch)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            painter.fillRect(self.rect(), self.theme.q("background"))
            figure = self.figure()
            if figure is None:
                painter.setPen(self.theme.q("muted"))
                painter.setFont(self.theme.font(14))
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.hint)
            else:
                painter.drawPixmap(0, 0, self._pixmap(figure))
        finally:
            painter.end()

    def _pixmap(self, figure) -> QPixmap:
        key = (id(self.comparison), self.epoch, self.width(), self.height(), self.devicePixelRatioF())
        if self._cache is None or self._cache[0] != key:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self.theme.q("background"))
            painter = QPainter(pixmap)
            try:
                painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
                figure.paint(painter, False)
            finally:
                painter.end()
            self._cache = (key, pixmap)
        return self._cache[1]
