"""The legend under the network: what edge colour and width and unit fill mean right now.

Two compact rows (about :data:`~nnviz.session.canvas.layout.LEGEND_WIDTH` wide; four with the large type
of the presentation theme, each title above its row), so
a small network in a narrow window is not shrunk to make room for it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QLinearGradient, QPainter, QPen

from nnviz.qt.canvas.edges import MAG_BINS, WIDTH_MAX, WIDTH_MIN, bin_color
from nnviz.qt.canvas.text import draw_text
from nnviz.qt.theme import Theme
from nnviz.session.canvas.frame import SYMBOL, Frame, fmt
from nnviz.session.canvas.layout import Layout

NAMES = {"weight": "weight", "gradient": "gradient", "update": "update"}
TITLE_WIDTH = 150.0


def _swatch(p: QPainter, x: float, y: float, pen: QPen, length: float = 20.0) -> None:
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    p.drawLine(QPointF(x, y), QPointF(x + length, y))


def legend_rect(layout: Layout) -> QRectF:
    """The part of the scene the legend is painted in: the full width below the network."""
    left, top, width, height = layout.bounds
    return QRectF(left, layout.legend_top, width, top + height - layout.legend_top)


def legend_key(theme: Theme, layout: Layout, frame: Frame) -> tuple:
    """Everything the legend's picture depends on, apart from where :func:`legend_rect` puts it."""
    return theme, frame.quantity, frame.edge_scale, layout.legend_stacked


def paint_legend(p: QPainter, theme: Theme, layout: Layout, frame: Frame) -> None:
    s = theme.font_scale
    left = layout.bounds[0] + 40
    y = layout.legend_top + 22 * s
    sym = SYMBOL[frame.quantity]
    bold, small, text, muted = theme.font(11, True), theme.font(10), theme.q("text"), theme.q("muted")

    draw_text(p, left, y, f"edges: {NAMES[frame.quantity]} {sym}", bold, text, "left")
    if layout.legend_stacked:
        x, y = left, y + 22 * s
    else:
        x = left + TITLE_WIDTH * s
    for positive, label in ((False, "−"), (True, "+")):
        _swatch(p, x, y, QPen(bin_color(theme, positive, MAG_BINS - 1), 4.0 * theme.line_scale))
        x += 25 + draw_text(p, x + 25, y, label, small, muted, "left") + 10
    x += 8
    scale = frame.edge_scale
    for fraction in (0.0, 0.5, 1.0):
        _swatch(p, x, y, QPen(muted, (WIDTH_MIN + (WIDTH_MAX - WIDTH_MIN) * fraction) * theme.line_scale))
        label = f"≥ {fmt(scale, 2)}" if fraction == 1.0 else fmt(scale * fraction, 2)
        x += 25 + draw_text(p, x + 25, y, label, small, muted, "left") + 12

    y += 24 * s
    draw_text(p, left, y, "units: activation a", bold, text, "left")
    if layout.legend_stacked:
        x, y = left, y + 22 * s
    else:
        x = left + TITLE_WIDTH * s
    bar = QRectF(x, y - 5, 84, 10)
    grad = QLinearGradient(bar.topLeft(), bar.topRight())
    for i in range(9):
        grad.setColorAt(i / 8, theme.color(i / 4 - 1))
    p.setBrush(grad)
    p.setPen(QPen(theme.q("outline"), 0.8))
    p.drawRect(bar)
    x += 90 + draw_text(p, x + 90, y, "−  0  +", small, muted, "left") + 18
    pen = QPen(theme.q("empty_outline"), 1.2)
    pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.setBrush(theme.q("empty_fill"))
    p.drawEllipse(QPointF(x + 7, y), 7, 7)
    x += 20 + draw_text(p, x + 20, y, "not yet computed", small, muted, "left") + 18
    p.setPen(QPen(theme.q("bias_outline"), 1.0))
    p.setBrush(theme.q("bias_fill"))
    p.drawRoundedRect(QRectF(x, y - 7, 20, 14), 4, 4)
    draw_text(p, x + 10, y, "+1", theme.font(8, True), text)
    draw_text(p, x + 25, y, "bias", small, muted, "left")
