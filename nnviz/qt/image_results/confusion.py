"""The confusion matrix on the test set, drawn with QPainter.

Rows are the true class, columns the predicted one; each cell writes its count
and is filled in proportion to the share of its row (the true class's test
pictures): the diagonal (read right) in the theme's positive colour, the
mistakes in its negative colour, so a class the network confuses stands out
however few pictures it has. Hover names a cell; a click on a cell picks it
(:attr:`ConfusionMatrix.cell_clicked`) and outlines it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from nnviz.qt.i18n import translate
from nnviz.qt.theme import Theme, blended

LABEL_PX = 11.0
"""Class labels and axis names."""
COUNT_PX = 10.0
"""The count written in a cell."""
AXIS_ROOM = 1.6
"""Label rows/columns as a multiple of the label font size."""


class ConfusionMatrix(QWidget):
    """Counts (K, K) of true (rows) × predicted (columns) test pictures; see the module docstring."""

    cell_clicked = Signal(int, int)
    """A cell was clicked: (true class, predicted class)."""

    def __init__(self, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confusion_matrix")
        self.theme = theme
        self.counts = np.zeros((0, 0), dtype=int)
        self.names: list[str] = []
        self.picked: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(120, 120)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(260, 240)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def set_counts(self, counts: np.ndarray, names: list[str]) -> None:
        """Draw ``counts`` (K, K) with class ``names`` (K,)."""
        self.counts = np.asarray(counts)
        self.names = list(names)
        self.update()

    def set_picked(self, cell: tuple[int, int] | None) -> None:
        self.picked = cell
        self.update()

    # -- geometry ------------------------------------------------------------------------------------
    def _grid(self) -> tuple[float, float, float]:
        """(left, top, cell size) of the matrix in widget pixels."""
        k = max(len(self.counts), 1)
        room = AXIS_ROOM * LABEL_PX * self.theme.font_scale
        size = max(min((self.width() - 2 * room - 4) / k, (self.height() - 2 * room - 4) / k), 4.0)
        left = 2 * room + (self.width() - 2 * room - k * size) / 2
        return left, 2 * room, size

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(true, predicted) of the cell under ``pos``, or ``None``."""
        left, top, size = self._grid()
        k = len(self.counts)
        col, row = int((pos.x() - left) // size), int((pos.y() - top) // size)
        if k and 0 <= row < k and 0 <= col < k and pos.x() >= left and pos.y() >= top:
            return row, col
        return None

    def cell_rect(self, true: int, predicted: int) -> QRectF:
        left, top, size = self._grid()
        return QRectF(left + predicted * size, top + true * size, size, size)

    # -- painting --------------------------------------------------------------------------------------
    def fill(self, true: int, predicted: int) -> QColor:
        """A cell's colour: right or wrong, as strong as its share of the true class's pictures."""
        t = self.theme
        total = int(self.counts[true].sum())
        count = int(self.counts[true, predicted])
        background = t.q("background")
        if count == 0 or total == 0:
            return background
        share = count / total
        # Even one mistake in a hundred must show: a floor of 18 % strength for any non-zero cell.
        strength = 0.18 + 0.82 * share
        hue = QColor(t.positive if true == predicted else t.negative)
        hue.setAlphaF(strength)
        return blended(hue, background)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        t = self.theme
        p.fillRect(self.rect(), t.q("background"))
        k = len(self.counts)
        if not k:
            return
        left, top, size = self._grid()
        room = AXIS_ROOM * LABEL_PX * t.font_scale
        p.setFont(t.font(LABEL_PX))
        p.setPen(t.q("muted"))
        p.drawText(
            QRectF(left, 0, k * size, room), Qt.AlignmentFlag.AlignCenter, translate("confusion", "predicted")
        )
        p.save()
        p.translate(left - 2 * room, top + k * size / 2)
        p.rotate(-90)
        p.drawText(
            QRectF(-k * size / 2, 0, k * size, room), Qt.AlignmentFlag.AlignCenter, translate("confusion", "true")
        )
        p.restore()
        p.setPen(t.q("text"))
        for c, name in enumerate(self.names[:k]):
            p.drawText(QRectF(left + c * size, room, size, room), Qt.AlignmentFlag.AlignCenter, name)
            p.drawText(QRectF(left - room, top + c * size, room, size), Qt.AlignmentFlag.AlignCenter, name)
        p.setFont(t.font(min(COUNT_PX, size * 0.5 / t.font_scale), bold=False))
        grid = QPen(t.q("empty_outline"), 1.0)
        for row in range(k):
            for col in range(k):
                rect = self.cell_rect(row, col)
                color = self.fill(row, col)
                p.fillRect(rect, color)
                p.setPen(grid)
                p.drawRect(rect)
                count = int(self.counts[row, col])
                if count or row == col:
                    p.setPen(QColor("#ffffff") if color.lightnessF() < 0.45 else QColor("#1f2430"))
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        if self.picked is not None and max(self.picked) < k:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(t.q("selection"), 2.5 * t.line_scale))
            p.drawRect(self.cell_rect(*self.picked).adjusted(1, 1, -1, -1))
        p.end()

    # -- mouse -----------------------------------------------------------------------------------------
    def describe(self, true: int, predicted: int) -> str:
        """The hover text of a cell, e.g. "true 3, read as 8: 4 test pictures (2.2 % of the 3s)"."""
        count, total = int(self.counts[true, predicted]), int(self.counts[true].sum())
        share = 100.0 * count / total if total else 0.0
        text = translate("confusion", "true {t}, read as {p}: {n} test pictures ({share:.1f} % of class {t})")
        return text.format(t=self.names[true], p=self.names[predicted], n=count, share=share)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        cell = self.cell_at(event.position())
        if cell is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(*cell), self)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_picked(cell)
            self.cell_clicked.emit(*cell)
        super().mousePressEvent(event)
