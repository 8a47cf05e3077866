"""The comparison figure as a widget: :class:`~nnviz.qt.compare.figure.CompareFigure` painted at
the widget's size (the same drawing as ``nnviz compare`` writes), or a hint before any runs.

Hovering a plot draws a guide line at the epoch (or layer) under the pointer and a tooltip with
every run's value there (each value's mean and, with several seeds, each seed's number); the
seeds chosen with :meth:`FigureView.set_seeds` are drawn one by one over the band."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from nnviz.qt.compare.ablation_figure import make_figure
from nnviz.qt.compare.figure import CompareFigure
from nnviz.qt.i18n import translate
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
        self.seeds: frozenset[int] = frozenset()
        """Positions of the seeds drawn one by one (from 0)."""
        self.hint = translate("Compare", "Choose a setting and its values, then Compare.")
        self._cache: tuple[tuple, QPixmap, CompareFigure] | None = None
        """The figure painted once per comparison, epoch, seeds and size: other repaints only copy it."""
        self.hover = None
        """The figure's :meth:`~nnviz.qt.compare.figure.CompareFigure.readout` under the pointer."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(640, 420)
        self.setMouseTracking(True)

    def show_comparison(self, comparison: Comparison | None, table: Table | None, epoch: int) -> None:
        self.comparison, self.table, self.epoch = comparison, table, epoch
        self.update()

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch
        self.update()

    def set_seeds(self, seeds: frozenset[int]) -> None:
        self.seeds = frozenset(seeds)
        self.update()

    def set_hint(self, text: str) -> None:
        self.hint = text
        self.update()

    def figure(self) -> CompareFigure | None:
        if self.comparison is None or self.table is None:
            return None
        size = (self.width(), self.height())
        return make_figure(self.comparison, self.table, self.theme, size, self.epoch, self.seeds)

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
                if self.hover is not None:
                    painter.setPen(QPen(self.theme.q("text", 140), 1, Qt.PenStyle.DashLine))
                    painter.drawLine(self.hover[0], self.hover[1])
        finally:
            painter.end()

    def _pixmap(self, figure) -> QPixmap:
        key = (
            id(self.comparison),
            id(self.table),
            self.epoch,
            self.seeds,
            self.width(),
            self.height(),
            self.devicePixelRatioF(),
        )
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
            self._cache = (key, pixmap, figure)
        return self._cache[1]

    def readout_at(self, x: float, y: float):
        """Every run's value under (x, y) in the figure on screen (``None`` off the plots)."""
        if self._cache is None or self.comparison is None:
            return None
        return self._cache[2].readout(x, y)

    def mouseMoveEvent(self, event) -> None:
        position = event.position()
        hover = self.readout_at(position.x(), position.y())
        if hover != self.hover:
            self.hover = hover
            self.update()
        if hover is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), "\n".join([hover[2], *hover[3]]), self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        if self.hover is not None:
            self.hover = None
            self.update()
        super().leaveEvent(event)
