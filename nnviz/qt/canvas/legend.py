"""The legend under the network: what edge colour and width and unit fill mean right now.

Two compact rows (about :data:`~nnviz.session.canvas.margins.LEGEND_WIDTH` wide; four with the large type
of the presentation theme, each title above its row), so
a small network in a narrow window is not shrunk to make room for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPen

from nnviz.i18n import QT_TRANSLATE_NOOP, language
from nnviz.qt.canvas.edges import MAG_BINS, WIDTH_MAX, WIDTH_MIN, bin_color
from nnviz.qt.canvas.text import draw_text, static_text
from nnviz.qt.i18n import translate
from nnviz.qt.plots.colors import class_colors
from nnviz.qt.theme import Theme
from nnviz.session.canvas.frame import SYMBOL, Frame, fmt
from nnviz.session.canvas.layout import Layout

NAMES = {
    "weight": QT_TRANSLATE_NOOP("legend", "weight"),
    "gradient": QT_TRANSLATE_NOOP("legend", "gradient"),
    "update": QT_TRANSLATE_NOOP("legend", "update"),
}
TITLE_WIDTH = 150.0
CLASS_ROW_PX = 18.0
"""A second line of class colours below the first (the layout keeps room for it beyond five classes)."""


def class_name(c: int) -> str:
    return translate("legend", "class {c}").format(c=c)


def _swatch(p: QPainter, x: float, y: float, pen: QPen, length: float = 20.0) -> None:
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    p.drawLine(QPointF(x, y), QPointF(x + length, y))


def legend_rect(layout: Layout) -> QRectF:
    """The part of the scene the legend is painted in: the full width below the network."""
    left, top, width, height = layout.bounds
    return QRectF(left, layout.legend_top, width, top + height - layout.legend_top)


def legend_key(theme: Theme, layout: Layout, frame: Frame) -> tuple:
    """Everything :func:`paint_legend_body`'s picture depends on, apart from where :func:`legend_rect`
    puts it. Not the traced sample: during a live run it changes with every iteration, and its
    name alone is drawn again (:func:`paint_legend_sample`), not the whole legend."""
    return (
        theme,
        frame.quantity,
        frame.edge_scale,
        layout.legend_stacked,
        layout.label_scale,
        frame.class_texts,
        language(),
    )


def paint_legend(p: QPainter, theme: Theme, layout: Layout, frame: Frame) -> None:
    """The legend, :attr:`Layout.label_scale` times its size, from the bounds' left at the legend's top."""
    paint_legend_sample(p, theme, layout, frame, paint_legend_body(p, theme, layout, frame))


def paint_legend_body(p: QPainter, theme: Theme, layout: Layout, frame: Frame) -> tuple[float, float]:
    """The legend without the traced sample's name; returns where that name starts (x, y), for
    :func:`paint_legend_sample`."""
    with _legend_scale(p, layout):
        return _paint_legend(p, theme, layout, frame)


def paint_legend_sample(p: QPainter, theme: Theme, layout: Layout, frame: Frame, at: tuple[float, float]) -> None:
    """ " · values of sample 4" where :func:`paint_legend_body` left room for it: after the units' title
    in large type (in its font), else at the end of the units' row."""
    if not frame.sample:
        return
    sample = translate("legend", " · values of {sample}").format(sample=frame.sample)
    with _legend_scale(p, layout):
        if layout.legend_stacked:
            draw_text(p, *at, sample, theme.font(11, True), theme.q("text"), "left")
        else:
            draw_text(p, *at, sample.lstrip(), theme.font(10), theme.q("muted"), "left")


@contextmanager
def _legend_scale(p: QPainter, layout: Layout) -> Iterator[None]:
    """Paint the legend :attr:`Layout.label_scale` times its size, from the bounds' left at its top."""
    k = layout.label_scale
    if k == 1.0:
        yield
        return
    x0, y0 = layout.bounds[0], layout.legend_top
    p.save()
    p.translate(x0, y0)
    p.scale(k, k)
    p.translate(-x0, -y0)
    try:
        yield
    finally:
        p.restore()


def _paint_legend(p: QPainter, theme: Theme, layout: Layout, frame: Frame) -> tuple[float, float]:
    s = theme.font_scale
    left = layout.bounds[0] + 40
    y = layout.legend_top + 22 * s
    sym = SYMBOL[frame.quantity]
    bold, small, text, muted = theme.font(11, True), theme.font(10), theme.q("text"), theme.q("muted")

    # A gradient or an update is of the batch loss, not of one sample; a unit's value of the traced
    # sample. Large type says it in the title line, which has a line of its own there.
    batch = translate("legend", " · of the batch (mean)") if frame.quantity != "weight" else ""
    title = translate("legend", "edges: {name} {symbol}").format(
        name=translate("legend", NAMES[frame.quantity]), symbol=sym
    )
    draw_text(p, left, y, title + (batch if layout.legend_stacked else ""), bold, text, "left")
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
    if batch and not layout.legend_stacked:
        draw_text(p, x + 6, y, batch.lstrip(), small, muted, "left")

    y += 24 * s
    units_title = draw_text(p, left, y, translate("legend", "units: activation a"), bold, text, "left")
    sample_at = (left + units_title, y)
    if layout.legend_stacked:
        x, y = left, y + 22 * s
    else:
        x = left + TITLE_WIDTH * s
    _diverging_bar(p, theme, x, y)
    x += 90 + draw_text(p, x + 90, y, "−  0  +", small, muted, "left") + 18
    pen = QPen(theme.q("empty_outline"), 1.2)
    pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.setBrush(theme.q("empty_fill"))
    p.drawEllipse(QPointF(x + 7, y), 7, 7)
    x += 20 + draw_text(p, x + 20, y, translate("legend", "not yet computed"), small, muted, "left") + 18
    p.setPen(QPen(theme.q("bias_outline"), 1.0))
    p.setBrush(theme.q("bias_fill"))
    p.drawRoundedRect(QRectF(x, y - 7, 20, 14), 4, 4)
    draw_text(p, x + 10, y, "+1", theme.font(8, True), text)
    x += 25 + draw_text(p, x + 25, y, translate("legend", "bias"), small, muted, "left") + 18
    if not layout.legend_stacked:
        sample_at = (x, y)
    if layout.class_outputs:
        _paint_classes(p, theme, layout, frame, left, y + 24 * s)
    return sample_at


def _diverging_bar(p: QPainter, theme: Theme, x: float, y: float) -> None:
    """The theme's diverging colour map as an 84 × 10 bar starting at ``x``, centred on ``y``."""
    bar = QRectF(x, y - 5, 84, 10)
    grad = QLinearGradient(bar.topLeft(), bar.topRight())
    for i in range(9):
        grad.setColorAt(i / 8, theme.color(i / 4 - 1))
    p.setBrush(grad)
    p.setPen(QPen(theme.q("outline"), 0.8))
    p.drawRect(bar)


def _paint_classes(p: QPainter, theme: Theme, layout: Layout, frame: Frame, left: float, y: float) -> None:
    """The output units' colours: the probability of each class in that class's colour, as the
    data view and the softmax panel draw the classes (one sigmoid: class 0 at p = 0, class 1 at 1)."""
    s = theme.font_scale
    bold, small, text, muted = theme.font(11, True), theme.font(10), theme.q("text"), theme.q("muted")
    draw_text(p, left, y, translate("legend", "outputs: p of a class"), bold, text, "left")
    if layout.legend_stacked:
        x, y = left, y + 22 * s
    else:
        x = left + TITLE_WIDTH * s
    names = frame.class_texts or tuple(class_name(c) for c in range(layout.class_outputs))
    if layout.class_outputs == 2 and len(frame.a[-1]) == 1:
        _diverging_bar(p, theme, x, y)
        draw_text(p, x + 90, y, f"p = 0: {names[0]} … 1: {names[1]}", small, muted, "left")  # math: no words
        return
    start = x
    right = layout.bounds[0] + layout.bounds[2] / layout.label_scale  # the picture's edge, as scaled here
    for c, color in enumerate(class_colors(theme, layout.class_outputs)):
        name = names[c] if c < len(names) else class_name(c)
        if x > start and x + 14 + static_text(name, small).size().width() > right:
            x, y = start, y + CLASS_ROW_PX * s  # ten classes do not fit one line beside the title
        p.setPen(QPen(theme.q("outline"), 0.8))
        p.setBrush(QColor(color))
        p.drawRect(QRectF(x, y - 5, 10, 10))
        x += 14 + draw_text(p, x + 14, y, name, small, muted, "left") + 10
