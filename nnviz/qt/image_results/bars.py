"""Class probability bars of one picture: a bar per class, its p written over it, the predicted
class outlined (and the true class, when the picture has one, named under its bar in bold)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from nnviz.qt.plots.colors import class_colors
from nnviz.qt.theme import Theme

VALUE_PX = 9.5
LABEL_PX = 11.0


class ProbabilityBars(QWidget):
    """p (K,) as bars from 0 to 1; see the module docstring."""

    def __init__(self, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("probability_bars")
        self.theme = theme
        self.p = np.zeros(0)
        self.names: list[str] = []
        self.true: int | None = None
        self.setMinimumHeight(70)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(260, 110)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def set_probabilities(self, p: np.ndarray, names: list[str], true: int | None = None) -> None:
        self.p, self.names, self.true = np.asarray(p, dtype=float), list(names), true
        self.setToolTip("  ".join(f"p({name}) = {v:.3f}" for name, v in zip(self.names, self.p)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        t = self.theme
        painter.fillRect(self.rect(), t.q("background"))
        k = len(self.p)
        if not k:
            return
        label_h = LABEL_PX * t.font_scale * 1.6
        value_h = VALUE_PX * t.font_scale * 1.5
        slot = self.width() / k
        base = self.height() - label_h
        room = max(base - value_h, 1.0)
        predicted = int(np.nanargmax(self.p)) if np.isfinite(self.p).any() else -1
        colors = class_colors(t, k)
        for c in range(k):
            value = float(self.p[c]) if np.isfinite(self.p[c]) else 0.0
            height = room * min(max(value, 0.0), 1.0)
            bar = QRectF(c * slot + slot * 0.15, base - height, slot * 0.7, height)
            painter.fillRect(bar, QColor(colors[c]))
            if c == predicted:
                painter.setPen(QPen(t.q("highlight"), 2.0 * t.line_scale))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(bar)
            painter.setPen(t.q("text"))
            painter.setFont(t.font(VALUE_PX))
            text = f"{value:.2f}"
            # Where the numbers would touch, only the predicted class's is written (each is on hover).
            if c == predicted or QFontMetricsF(painter.font()).horizontalAdvance(text) < slot * 0.92:
                above = QRectF(c * slot - slot, base - height - value_h, 3 * slot, value_h)
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, text)
            painter.setFont(t.font(LABEL_PX, bold=c == self.true))
            name = self.names[c] if c < len(self.names) else str(c)
            painter.drawText(QRectF(c * slot, base, slot, label_h), Qt.AlignmentFlag.AlignCenter, name)
        painter.setPen(QPen(t.q("outline"), 1.0))
        painter.drawLine(0, int(base), self.width(), int(base))
        painter.end()
