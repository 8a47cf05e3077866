"""Small multiples: each value's decision boundary (or fitted curve) at one epoch, side by side.

A plane tile is the predicted class on the run's grid (light class colours, square cells,
at the data's proportions) with the training points over it in full class colours; a curve
tile is the training points and the fitted output. Every tile of a figure shows the same epoch.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from nnviz.qt.figure_text import height_of
from nnviz.qt.i18n import translate
from nnviz.qt.theme import readable_on
from nnviz.session.compare.colors import OKABE_ITO
from nnviz.session.compare.train_run import RunResult

CLASS_COLORS = ("#e69f00", "#0072b2", "#009e73", "#cc79a7", "#d55e00", "#56b4e9")
"""Class 0 orange, class 1 blue (the app's two sides), then more Okabe–Ito hues."""


def _class_color(label: float, alpha: int = 255) -> QColor:
    c = QColor(
        CLASS_COLORS[int(label) % len(CLASS_COLORS)] if math.isfinite(label) and label >= 0 else OKABE_ITO[-1]
    )
    c.setAlpha(alpha)
    return c


def label_height(painter: QPainter, theme, labels: list[str]) -> float:
    """The room over a tile for the tallest of ``labels`` in the tile title's font."""
    return height_of(painter, theme.font(12, bold=True), labels) + 2


def picture_area(rect: QRectF, result: RunResult, label_h: float) -> QRectF:
    """Where a tile in ``rect`` draws its picture: under the title, a plane's extent kept in shape."""
    area = QRectF(rect.left(), rect.top() + label_h, rect.width(), rect.height() - label_h)
    shape = result.shape
    if shape is not None and shape.kind == "plane":
        _, _, w, h = shape.extent
        k = min(area.width() / w, area.height() / h)
        area = QRectF(
            area.left() + (area.width() - k * w) / 2, area.top() + (area.height() - k * h) / 2, k * w, k * h
        )
    return area


def title_room(rect: QRectF, result: RunResult, label_h: float) -> float:
    """The width a tile's title has: from the picture's left edge to the tile's right."""
    return rect.right() - picture_area(rect, result, label_h).left()


def tile(
    painter: QPainter,
    rect: QRectF,
    result: RunResult,
    epoch: int,
    theme,
    color: QColor,
    label: str,
    label_h: float,
) -> None:
    """One small multiple in ``rect``: its title (the value, in its colour, in ``label_h`` pixels
    over the picture, :func:`label_height`) and the picture."""
    area = picture_area(rect, result, label_h)
    shape = result.shape
    values = result.boundaries.get(epoch)
    painter.setFont(theme.font(12, bold=True))
    painter.setPen(readable_on(color, theme))
    room = title_room(rect, result, label_h)
    text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(room))
    painter.drawText(
        QRectF(area.left(), area.top() - label_h, room, label_h - 2), Qt.AlignmentFlag.AlignLeft, text
    )
    if shape is None or values is None:
        painter.setFont(theme.font(11))
        painter.setPen(theme.q("muted"))
        text = (
            translate("Compare", "no picture: inputs are not a plane or a line")
            if shape is None
            else translate("Compare", "not reached epoch {0}").format(epoch)
        )
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        return
    if shape.kind == "plane":
        _plane(painter, area, shape, values)
    else:
        _curve(painter, area, shape, values, color, theme)
    painter.setPen(QPen(color, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(area)


def _plane(painter: QPainter, box: QRectF, shape, values: np.ndarray) -> None:
    """The classes on the grid in ``box`` (at the data's proportions) and the training points."""
    x0, y0, w, _ = shape.extent
    k = box.width() / w
    image = _class_image(np.asarray(values))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(box, image)
    painter.setPen(QPen(QColor("#1f2430"), 0.6))
    for (px, py), label in zip(shape.points, shape.targets):
        p = QPointF(box.left() + (px - x0) * k, box.bottom() - (py - y0) * k)
        painter.setBrush(_class_color(label))
        painter.drawEllipse(p, 2.6, 2.6)
    painter.restore()


def _class_image(cells: np.ndarray) -> QImage:
    """(n, n) classes, row i at y increasing → an n×n image, top row first, in light class colours."""
    table = np.array([_light(k).rgba() for k in range(len(CLASS_COLORS))], dtype=np.uint32)
    index = np.where(np.isfinite(cells), cells, 0).astype(np.intp) % len(CLASS_COLORS)
    pixels = np.ascontiguousarray(table[index][::-1])
    n_rows, n_cols = pixels.shape
    return QImage(pixels.data, n_cols, n_rows, 4 * n_cols, QImage.Format.Format_ARGB32).copy()


def _light(label: float) -> QColor:
    c = _class_color(label)
    return QColor(
        round(255 - 0.3 * (255 - c.red())),
        round(255 - 0.3 * (255 - c.green())),
        round(255 - 0.3 * (255 - c.blue())),
    )


def _curve(painter: QPainter, area: QRectF, shape, values: np.ndarray, color: QColor, theme) -> None:
    xs = shape.xs
    ys = np.concatenate([shape.targets, values[np.isfinite(values)]])
    lo, hi = float(ys.min()), float(ys.max())
    pad = 0.08 * (hi - lo or 1.0)
    lo, hi = lo - pad, hi + pad

    def at(x, y) -> QPointF:
        return QPointF(
            area.left() + (x - xs[0]) / (xs[-1] - xs[0]) * area.width(),
            area.bottom() - (y - lo) / (hi - lo) * area.height(),
        )

    painter.save()
    painter.setClipRect(area)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.q("muted", 160))
    for x, t in zip(shape.points[:, 0], shape.targets):
        painter.drawEllipse(at(x, t), 2.4, 2.4)
    painter.setPen(QPen(color, 2))
    for a, b, ya, yb in zip(xs[:-1], xs[1:], values[:-1], values[1:]):
        if math.isfinite(ya) and math.isfinite(yb):
            painter.drawLine(at(a, ya), at(b, yb))
    painter.restore()
