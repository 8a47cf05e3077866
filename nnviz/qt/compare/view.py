"""The comparison figure as a widget: :class:`~nnviz.qt.compare.figure.CompareFigure` painted at
the widget's size (the same drawing as ``nnviz compare`` writes), or a hint before any runs. A
widget smaller than :func:`~nnviz.qt.figure_text.layout_size` asks for (the presentation type at
the window's size on a 1366×768 screen) gets the figure laid out larger and scaled down, as an
export does: smaller type, no number cut to "0.7…".

Hovering a plot draws a guide line at the epoch (or layer) under the pointer and a tooltip with
every run's value there (each value's mean and, with several seeds, each seed's number); the
seeds chosen with :meth:`FigureView.set_seeds` are drawn one by one over the band."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from nnviz.qt.compare.ablation_figure import make_figure
from nnviz.qt.compare.figure import CompareFigure
from nnviz.qt.figure_text import layout_size
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
        self.scale = 1.0
        """Widget pixels per figure pixel of the figure painted (below 1 where it is laid out larger)."""
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
        size = layout_size((self.width(), self.height()), self.theme.font_scale)
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
                natural = figure.natural_size()
                self.scale = min(self.width() / natural.width(), self.height() / natural.height(), 1.0)
                painter.scale(self.scale, self.scale)
                figure.paint(painter, False)
            finally:
                painter.end()
            self._cache = (key, pixmap, figure)
        return self._cache[1]

    def readout_at(self, x: float, y: float):
        """Every run's value under (x, y) in the figure on screen (``None`` off the plots); the guide
        line's ends in the widget's pixels."""
        if self._cache is None or self.comparison is None:
            return None
        k = self.scale
        found = self._cache[2].readout(x / k, y / k)
        if found is None:
            return None
        top, bottom, heading, lines = found
        return QPointF(top.x() * k, top.y() * k), QPointF(bottom.x() * k, bottom.y() * k), heading, lines

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
