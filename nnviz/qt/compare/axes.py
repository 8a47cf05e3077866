"""One plot of the comparison figure, painted with QPainter: frame, ticks, curves, bands.

Drawn directly rather than with pyqtgraph so the figure is the same bytes on every run
(no scene timing, no widget state): x is the epoch (or the layer), y linear or log10.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from nnviz.qt.figure_text import height_of, size_of, width_of

Array = np.ndarray
TICK_GAP = 8.0
"""Pixels between the plot box and its y tick labels' right edge, tick mark included."""


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round numbers (1, 2, 5 × 10ᵏ steps) covering [lo, hi]."""
    if not hi > lo:
        return [lo]
    raw = (hi - lo) / count
    step = 10 ** math.floor(math.log10(raw))
    step *= next(m for m in (1, 2, 5, 10) if m * step >= raw)
    first = math.ceil(lo / step - 1e-9) * step
    return [first + i * step for i in range(int((hi - first) / step + 1e-9) + 1)]


def tick_text(value: float, log: bool, percent: bool) -> str:
    if percent:
        return f"{100 * value:.0f}%"
    return f"{value:.3g}" if log or value != 0 else "0"


class Axes:
    """A plot area ``rect`` for x in [x0, x1] and y in [y0, y1] (log10 when ``log``)."""

    def __init__(self, rect: QRectF, x0: float, x1: float, y0: float, y1: float, log: bool = False):
        self.rect, self.log = rect, log
        self.x0, self.x1 = x0, x1 if x1 > x0 else x0 + 1
        self.y0, self.y1 = (math.log10(y0), math.log10(y1)) if log else (y0, y1)
        if not self.y1 > self.y0:
            self.y0, self.y1 = self.y0 - 0.5, self.y1 + 0.5

    @classmethod
    def fitted(cls, rect: QRectF, x1: float, arrays: list[Array], log_if: bool, x0: float = 0.0) -> Axes:
        """Axes over ``arrays``' finite values; log10 if ``log_if`` and they span over a decade."""
        values = np.concatenate([a[np.isfinite(a)] for a in arrays]) if arrays else np.array([])
        if not len(values):
            return cls(rect, x0, x1, 0.0, 1.0)
        lo, hi = float(values.min()), float(values.max())
        if log_if and lo > 0 and hi / lo > 10:
            return cls(rect, x0, x1, lo / 1.15, hi * 1.15, log=True)
        pad = 0.05 * (hi - lo) if hi > lo else 0.5
        return cls(rect, x0, x1, min(0.0, lo) if lo >= 0 and lo < 0.3 * hi else lo - pad, hi + pad)

    def point(self, x: float, y: float) -> QPointF:
        r = self.rect
        yy = math.log10(y) if self.log else y
        return QPointF(
            r.left() + (x - self.x0) / (self.x1 - self.x0) * r.width(),
            r.bottom() - (yy - self.y0) / (self.y1 - self.y0) * r.height(),
        )

    def x_at(self, px: float) -> float:
        """The x value at pixel column ``px``."""
        r = self.rect
        return self.x0 + (px - r.left()) / r.width() * (self.x1 - self.x0)

    def point_x(self, x: float) -> float:
        """The pixel column of the x value ``x``."""
        r = self.rect
        return r.left() + (x - self.x0) / (self.x1 - self.x0) * r.width()

    def margins(
        self, painter: QPainter, theme, title: str, x_label: str, percent: bool = False, x_ticks=None
    ) -> tuple[float, float, float, float]:
        """The room (left, top, right, bottom) :meth:`frame` needs around the plot box, measured in
        its fonts: the widest y tick label, the title, half the last x tick label, and the x tick
        labels with the x label under them."""
        tick = theme.font(11)
        ys = [tick_text(y, self.log, percent) for y in self._y_ticks()]
        xs = [f"{x:g}" for x in self._x_ticks(x_ticks)]
        return (
            width_of(painter, tick, ys) + TICK_GAP,
            height_of(painter, theme.font(TITLE_PX[0], bold=True), [title]) + 4,
            math.ceil(width_of(painter, tick, xs[-1:]) / 2),
            4 + height_of(painter, tick, xs) + 2 + height_of(painter, tick, [x_label]),
        )

    def frame(
        self, painter: QPainter, theme, title: str, x_label: str, percent: bool = False, x_ticks=None
    ) -> None:
        """The box, the ticks with their numbers, the title above and the x label below, each text
        in the room it measures (:meth:`margins` gives the room to leave around :attr:`rect`)."""
        r = self.rect
        painter.setPen(QPen(theme.q("outline"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
        tick = theme.font(11)
        grid = QPen(theme.q("outline", 40), 1)
        above = math.inf  # the top of the last label drawn: a label that would reach it is left out
        for y in self._y_ticks():
            p = self.point(self.x0, y)
            painter.setPen(grid)
            painter.drawLine(QPointF(r.left(), p.y()), QPointF(r.right(), p.y()))
            painter.setPen(theme.q("muted"))
            text = tick_text(y, self.log, percent)
            s = size_of(painter, tick, text)
            top = min(p.y() - s.height() / 2, r.bottom() + 3 - s.height())  # clear of the x tick labels
            if top + s.height() > above:
                continue
            above = top
            painter.drawText(
                QRectF(r.left() - TICK_GAP + 2 - s.width(), top, s.width(), s.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        xs = [f"{x:g}" for x in self._x_ticks(x_ticks)]
        tick_h = height_of(painter, tick, xs)
        right = -math.inf
        for x, text in zip(self._x_ticks(x_ticks), xs):
            p = self.point(x, 10**self.y0 if self.log else self.y0)
            painter.setPen(QPen(theme.q("outline"), 1))
            painter.drawLine(QPointF(p.x(), r.bottom()), QPointF(p.x(), r.bottom() + 4))
            painter.setPen(theme.q("muted"))
            w = size_of(painter, tick, text).width()
            if p.x() - w / 2 < right + 4:  # too close to the last label drawn: left out
                continue
            right = p.x() + w / 2
            painter.drawText(QRectF(p.x() - w / 2, r.bottom() + 4, w, tick_h), Qt.AlignmentFlag.AlignHCenter, text)
        painter.setPen(theme.q("text"))
        fitted = fit_title(painter, theme, title, r.width())
        h = size_of(painter, painter.font(), fitted).height()
        painter.drawText(
            QRectF(r.left(), r.top() - 4 - h, r.width(), h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            fitted,
        )
        painter.setPen(theme.q("muted"))
        h = size_of(painter, tick, x_label).height()
        painter.drawText(
            QRectF(r.left(), r.bottom() + 6 + tick_h, r.width(), h), Qt.AlignmentFlag.AlignHCenter, x_label
        )

    def _x_ticks(self, given=None) -> list[float]:
        return list(given) if given is not None else nice_ticks(self.x0, self.x1, 5)

    def _y_ticks(self) -> list[float]:
        if not self.log:
            return nice_ticks(self.y0, self.y1, 5)
        lo, hi = self.y0, self.y1
        if hi - lo >= 1.5:
            return [10.0**k for k in range(math.ceil(lo), math.floor(hi) + 1)]
        ticks = [m * 10.0**k for k in range(math.floor(lo), math.ceil(hi) + 1) for m in (1, 2, 5)]
        return [t for t in ticks if lo <= math.log10(t) <= hi]

    def curve(
        self, painter: QPainter, xs: Array, ys: Array, color: QColor, width: float, dashed: bool = False
    ) -> None:
        """A polyline through the finite points (broken where a value is missing)."""
        path, drawing = QPainterPath(), False
        for x, y in zip(xs, ys):
            if not (math.isfinite(y) and (y > 0 or not self.log)):
                drawing = False
                continue
            p = self.point(float(x), float(y))
            path.lineTo(p) if drawing else path.moveTo(p)
            drawing = True
        pen = QPen(color, width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.save()
        painter.setClipRect(self.rect)
        painter.drawPath(path)
        painter.restore()

    def band(self, painter: QPainter, xs: Array, low: Array, high: Array, color: QColor) -> None:
        """The area between ``low`` and ``high`` (the min–max over seeds), translucent."""
        keep = np.isfinite(low) & np.isfinite(high) & ((low > 0) | (not self.log))
        if keep.sum() < 2:
            return
        top = [self.point(float(x), float(y)) for x, y in zip(xs[keep], high[keep])]
        bottom = [self.point(float(x), float(y)) for x, y in zip(xs[keep], low[keep])]
        fill = QColor(color)
        fill.setAlpha(50)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.save()
        painter.setClipRect(self.rect)
        painter.drawPolygon(QPolygonF(top + bottom[::-1]))
        painter.restore()

    def markers(self, painter: QPainter, xs, ys, color: QColor, radius: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for x, y in zip(xs, ys):
            if math.isfinite(y) and (y > 0 or not self.log):
                painter.drawEllipse(self.point(float(x), float(y)), radius, radius)


TITLE_PX = (13, 12, 11, 10)
"""Title sizes tried in turn until the title fits its plot's width (the last one elides)."""


def fit_title(painter: QPainter, theme, title: str, width: float) -> str:
    """Set ``painter``'s font to the largest title size at which ``title`` fits in ``width`` pixels and
    return the title, cut with "…" only if it does not fit even at the smallest (a narrow window)."""
    for px in TITLE_PX:
        font = theme.font(px, bold=True)
        if size_of(painter, font, title).width() <= width:
            return title
    return painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(width))
