"""The confusion matrix on the test set, drawn with QPainter.

Rows are the true class, columns the predicted one; each cell writes its count
and is filled in proportion to the share of its row (the true class's test
pictures): the diagonal (read right) in the theme's positive colour, the
mistakes in its negative colour, so a class the network confuses stands out
however few pictures it has. Hover names a cell; a click on a cell picks it
(:attr:`ConfusionMatrix.cell_clicked`) and outlines it.

The row labels' column is as wide as the longest class name (at most a third of
the widget; a longer name is cut with '…' and hovering it gives it whole). When
the names do not fit over the columns, the columns are headed by the class
numbers and each row label starts with its number: the rows are the key.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from nnviz.core.numbering import class_label
from nnviz.qt.i18n import translate
from nnviz.qt.theme import Theme, blended

LABEL_PX = 11.0
"""Class labels and axis names."""
COUNT_PX = 10.0
"""The count written in a cell."""
AXIS_ROOM = 1.6
"""Label rows/columns as a multiple of the label font size."""
ROW_LABELS_SHARE = 1 / 3
"""The row labels take at most this share of the widget's width."""
LABEL_PAD = 6.0
"""Pixels between a label and the matrix (and around a column header)."""


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
    def labels(self) -> tuple[list[str], list[str], float]:
        """(column headers, row labels, width of the row labels' column) as drawn: the class names
        when they fit over the columns, else numbers over the columns and "number name" rows; a row
        label too wide for its column is cut with '…'."""
        k = len(self.counts)
        names = [self.names[c] if c < len(self.names) else str(c) for c in range(k)]
        fm = QFontMetricsF(self.theme.font(LABEL_PX))
        cap = max(self.width() * ROW_LABELS_SHARE, self._room())

        def row_width(texts: list[str]) -> float:
            return min(max((fm.horizontalAdvance(t) for t in texts), default=0.0) + LABEL_PAD, cap)

        columns, rows = names, names
        width = row_width(rows)
        if any(fm.horizontalAdvance(n) + LABEL_PAD > self._grid_for(width)[2] for n in names):
            columns = [str(c) for c in range(k)]
            rows = [n if n == str(c) else f"{c} {n}" for c, n in enumerate(names)]
            width = row_width(rows)
        elided = Qt.TextElideMode.ElideRight
        return columns, [fm.elidedText(r, elided, width - LABEL_PAD) for r in rows], width

    def _room(self) -> float:
        """Height of the "predicted" title and of the column headers; width of the rotated "true"."""
        return AXIS_ROOM * LABEL_PX * self.theme.font_scale

    def _grid_for(self, row_labels: float) -> tuple[float, float, float]:
        k = max(len(self.counts), 1)
        room = self._room()
        side = room + row_labels
        size = max(min((self.width() - side - 4) / k, (self.height() - 2 * room - 4) / k), 4.0)
        left = side + max(self.width() - side - 4 - k * size, 0.0) / 2
        return left, 2 * room, size

    def _grid(self) -> tuple[float, float, float]:
        """(left, top, cell size) of the matrix in widget pixels."""
        return self._grid_for(self.labels()[2])

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
        columns, rows, row_width = self.labels()
        left, top, size = self._grid_for(row_width)
        room = self._room()
        p.setFont(t.font(LABEL_PX))
        p.setPen(t.q("muted"))
        p.drawText(
            QRectF(left, 0, k * size, room), Qt.AlignmentFlag.AlignCenter, translate("confusion", "predicted")
        )
        p.save()
        p.translate(left - row_width - room, top + k * size / 2)
        p.rotate(-90)
        p.drawText(
            QRectF(-k * size / 2, 0, k * size, room), Qt.AlignmentFlag.AlignCenter, translate("confusion", "true")
        )
        p.restore()
        p.setPen(t.q("text"))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for c in range(k):
            p.drawText(QRectF(left + c * size, room, size, room), Qt.AlignmentFlag.AlignCenter, columns[c])
            p.drawText(QRectF(left - row_width, top + c * size, row_width - LABEL_PAD, size), right, rows[c])
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

    def label_at(self, pos: QPointF) -> int | None:
        """The class whose row label or column header is under ``pos``, or ``None``."""
        left, top, size = self._grid()
        k = len(self.counts)
        room = self._room()
        if left <= pos.x() < left + k * size and room <= pos.y() < top:
            return int((pos.x() - left) // size)
        if left - self.labels()[2] <= pos.x() < left and top <= pos.y() < top + k * size:
            return int((pos.y() - top) // size)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        pos = event.position()
        cell, label = self.cell_at(pos), self.label_at(pos)
        if cell is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(*cell), self)
        elif label is not None and label < len(self.names):
            QToolTip.showText(event.globalPosition().toPoint(), class_label(label, self.names), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_picked(cell)
            self.cell_clicked.emit(*cell)
        super().mousePressEvent(event)
