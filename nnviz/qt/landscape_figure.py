"""The loss landscape as a figure (``nnviz shot --panel landscape``): the loss over two parameters
as a heatmap (log10 by default) with contour lines, the current point, the arrow of the step
−η·g with its length, and the run's path through those two coordinates coloured by its true loss.

The range and resolution are written on the plot; the path is the run's real values of the two
parameters, and since every other parameter moved too, its colour (the run's true loss) may
disagree with the surface under it: that is what the colour shows. Over a plane through every
parameter (random, principal-component or line directions) the plot says what the plane is and
that the path is a projection onto it.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

from nnviz.core.landscape import Landscape
from nnviz.qt.figure_text import height_of, size_of, width_of, wrapped
from nnviz.qt.i18n import translate
from nnviz.qt.landscape_legend import legend, note
from nnviz.qt.theme import readable_on
from nnviz.session.compare.colors import VIRIDIS

TITLES = {
    "parameters": QT_TRANSLATE_NOOP("Landscape", "Loss landscape ({0}) over two parameters"),
    "random": QT_TRANSLATE_NOOP(
        "Landscape", "Loss landscape ({0}) over two random filter-normalised directions (Li et al. 2018)"
    ),
    "pca": QT_TRANSLATE_NOOP("Landscape", "Loss landscape ({0}) over the path's first two principal components"),
    "line": QT_TRANSLATE_NOOP("Landscape", "Loss landscape ({0}) along the line from now to the path's start"),
    "shared": QT_TRANSLATE_NOOP(
        "Landscape", "Loss landscape ({0}) shared by runs from one start: the principal components of their paths"
    ),
    "shared random": QT_TRANSLATE_NOOP(
        "Landscape", "Loss landscape ({0}) shared by runs from one start: two random filter-normalised directions"
    ),
    "shared parameters": QT_TRANSLATE_NOOP(
        "Landscape", "Loss landscape ({0}) shared by runs from one start: two of its parameters"
    ),
}
"""The plot's title per view (``{0}`` the scale); ``shared …`` with several runs on it."""

LEVELS = 10
"""Contour lines at this many evenly spaced values of the (log) loss."""

MARGIN = 20.0
LEGEND_GAP = 16.0
END_MARK = 9.0
"""Side in pixels of the square that marks where each run of a shared landscape ended."""
"""Pixels between the plot and the legend to its right."""


_STOPS = np.array([[int(c[i : i + 2], 16) for i in (1, 3, 5)] for c in VIRIDIS], dtype=float)


def viridis_rgb(u) -> np.ndarray:
    """(…, 3) uint8 viridis colours of ``u`` (clipped to 0–1; not finite: 0)."""
    u = np.clip(np.nan_to_num(np.asarray(u, dtype=float), nan=0.0, posinf=0.0, neginf=0.0), 0.0, 1.0)
    xs = np.linspace(0.0, 1.0, len(VIRIDIS))
    return np.stack([np.rint(np.interp(u, xs, _STOPS[:, k])) for k in range(3)], axis=-1).astype(np.uint8)


def contour_segments(xs: np.ndarray, ys: np.ndarray, v: np.ndarray, levels) -> np.ndarray:
    """Marching squares over the grid ``v`` (len(ys), len(xs)): (k, 4) segments x₀, y₀, x₁, y₁ in
    data coordinates. Each cell's edges are taken in order (bottom, right, top, left); the points
    where a level crosses them are joined in pairs (first with second, third with fourth)."""
    gx, gy = np.meshgrid(xs, ys)
    corner = lambda a, di, dj: a[di : len(ys) - 1 + di, dj : len(xs) - 1 + dj]  # noqa: E731
    order = ((0, 0), (0, 1), (1, 1), (1, 0))  # bottom-left, bottom-right, top-right, top-left
    cx = [corner(gx, *o) for o in order]
    cy = [corner(gy, *o) for o in order]
    cv = [corner(v, *o) for o in order]
    out = []
    with np.errstate(all="ignore"):
        for level in levels:
            points, hits = [], []
            for e in range(4):
                a, b = cv[e], cv[(e + 1) % 4]
                hit = np.isfinite(a) & np.isfinite(b) & ((a - level) * (b - level) < 0)
                f = (level - a) / (b - a)
                nxt = (e + 1) % 4
                points.append((cx[e] + f * (cx[nxt] - cx[e]), cy[e] + f * (cy[nxt] - cy[e])))
                hits.append(hit)
            hits = np.stack(hits)  # (4, cells…)
            rank = np.cumsum(hits, axis=0) - 1  # each hit's place among its cell's hits
            px = np.stack([p[0] for p in points])
            py = np.stack([p[1] for p in points])
            ranked = []
            for r in range(4):
                chosen = hits & (rank == r)
                ranked.append((np.where(chosen, px, 0.0).sum(axis=0), np.where(chosen, py, 0.0).sum(axis=0)))
            count = hits.sum(axis=0)
            for first, needed in ((0, 2), (2, 4)):
                keep = count >= needed
                (x0, y0), (x1, y1) = ranked[first], ranked[first + 1]
                out.append(np.stack([x0[keep], y0[keep], x1[keep], y1[keep]], axis=1))
    return np.concatenate(out) if out else np.empty((0, 4))


class LandscapeFigure:
    """``scape`` drawn at ``size`` in ``theme``; ``labels`` name the two coordinates."""

    def __init__(
        self,
        scape: Landscape,
        labels: tuple[str, str],
        theme,
        size: tuple[int, int],
        log: bool = True,
        runs: list[tuple[str, QColor, np.ndarray, np.ndarray]] | None = None,
    ):
        self.scape, self.labels, self.theme, self.size, self.log = scape, labels, theme, size, log
        self.runs = runs
        """Several runs' paths on one plane (a comparison's shared landscape): each its label,
        colour, projected points (m, 2) and their true loss (m,); then the arrow is left out."""
        values = self._scale(scape.loss)
        finite = values[np.isfinite(values)]
        self.lo, self.hi = (float(finite.min()), float(finite.max())) if len(finite) else (0.0, 1.0)
        self._image: QImage | None = None
        self._segments: np.ndarray | None = None
        """The heatmap and the contours, made at the first paint and kept (the figure is
        immutable; repaints only map them to pixels)."""

    def natural_size(self) -> QSizeF:
        return QSizeF(*self.size)

    def background(self) -> QColor:
        return self.theme.q("background")

    def _scale(self, values):
        with np.errstate(all="ignore"):
            return np.log10(values) if self.log else np.asarray(values, dtype=float)

    def paint(self, painter: QPainter, transparent: bool) -> None:
        """Title and note on top, the plot with its ticks and axis labels, the legend to its right:
        every text in the room its font measures (:mod:`nnviz.qt.figure_text`)."""
        w = self.size[0]
        s = self.scape
        theme = self.theme
        painter.setPen(theme.q("text"))
        scale = translate("Landscape", "log₁₀ loss") if self.log else translate("Landscape", "loss")
        view = s.view if self.runs is None else "shared" if s.view == "pca" else f"shared {s.view}"
        title = translate("Landscape", TITLES.get(view, TITLES["parameters"])).format(scale)
        y = wrapped(painter, theme.font(16, bold=True), MARGIN, 12, w - 2 * MARGIN, title) + 2
        painter.setPen(theme.q("muted"))
        y = wrapped(painter, theme.font(11), MARGIN, y, w - 2 * MARGIN, note(self))
        plot = self._place(painter, y + 10)
        self.plot = plot
        self._heat(painter, plot)
        self._contours(painter, plot)
        if self.runs is None:
            self._path(painter, plot)
            self._point_and_arrow(painter, plot)
        else:
            self._runs(painter, plot)
        painter.setPen(QPen(theme.q("outline"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        painter.setPen(theme.q("text"))
        self._axis_texts(painter, plot)
        y, x = plot.top(), plot.right() + LEGEND_GAP
        for text, color in legend(self):
            painter.setPen(theme.q("text") if color is None else readable_on(color, theme))
            y = wrapped(painter, theme.font(11), x, y, w - x - MARGIN, text) + 6

    def _ticks(self) -> tuple[list[str], list[str]]:
        """The x and y tick labels: the first, middle and last grid value."""
        s = self.scape
        n = len(s.xs)
        return [f"{s.xs[i]:.3g}" for i in (0, n // 2, n - 1)], [f"{s.ys[i]:.3g}" for i in (0, n // 2, n - 1)]

    def _place(self, painter: QPainter, top: float) -> QRectF:
        """The square plot under ``top``: left of it the y label and tick labels, under it the x
        ones, and to its right the legend's room, as wide as it needs not to run off the bottom."""
        w, h = self.size
        font = self.theme.font(11)
        xs, ys = self._ticks()
        top += height_of(painter, font, ys) / 2  # the top tick label is centred on the plot's top
        left = MARGIN + height_of(painter, font, [self.labels[1]]) + 6 + width_of(painter, font, ys) + 6
        below = 4 + height_of(painter, font, xs) + 4 + height_of(painter, font, [self.labels[0]]) + MARGIN
        side = max(40.0, min(h - top - below, 0.7 * (w - left - LEGEND_GAP - MARGIN)))
        lines = [text for text, _ in legend(self)]
        while side > 120:  # the legend wraps into more lines as the plot takes its width
            width = w - left - side - LEGEND_GAP - MARGIN
            if sum(height_of(painter, font, [t], width) + 6 for t in lines) <= h - top - MARGIN:
                break
            side -= 10
        return QRectF(left, top, side, side)

    def _axis_texts(self, painter: QPainter, plot: QRectF) -> None:
        """The tick labels (the first and last flush with the plot's ends) and the axis labels."""
        font = self.theme.font(11)
        xs, ys = self._ticks()
        tick_h = height_of(painter, font, xs + ys)
        spots = (plot.left(), plot.center().x(), plot.right())
        for k, (text, x) in enumerate(zip(xs, spots)):
            tw = size_of(painter, font, text).width()
            left = (x, x - tw / 2, x - tw)[k]
            painter.drawText(QRectF(left, plot.bottom() + 4, tw, tick_h), Qt.AlignmentFlag.AlignLeft, text)
        ys_at = (plot.bottom() - tick_h, plot.center().y() - tick_h / 2, plot.top() - tick_h / 2)
        tick_w = width_of(painter, font, ys)
        for text, y in zip(ys, ys_at):
            painter.drawText(
                QRectF(plot.left() - 6 - tick_w, y, tick_w, tick_h), Qt.AlignmentFlag.AlignRight, text
            )
        label_h = height_of(painter, font, self.labels)
        x_label = painter.fontMetrics().elidedText(self.labels[0], Qt.TextElideMode.ElideRight, int(plot.width()))
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 8 + tick_h, plot.width(), label_h),
            Qt.AlignmentFlag.AlignHCenter,
            x_label,
        )
        painter.save()
        painter.translate(plot.left() - 12 - tick_w - label_h / 2, plot.center().y())
        painter.rotate(-90)
        y_label = painter.fontMetrics().elidedText(self.labels[1], Qt.TextElideMode.ElideRight, int(plot.height()))
        painter.drawText(
            QRectF(-plot.height() / 2, -label_h / 2, plot.height(), label_h),
            Qt.AlignmentFlag.AlignHCenter,
            y_label,
        )
        painter.restore()

    def path_index_at(self, x: float, y: float, radius: float = 8.0) -> int | None:
        """The path point drawn nearest (x, y), within ``radius`` pixels, after a paint."""
        s = self.scape
        if s.path is None or not hasattr(self, "plot"):
            return None
        points = [self._at(self.plot, px, py) for px, py in s.path]
        distances = [math.hypot(p.x() - x, p.y() - y) for p in points]
        best = min(range(len(points)), key=distances.__getitem__)
        return best if distances[best] <= radius else None

    def readout(self, x: float, y: float) -> str | None:
        """After a paint: the grid point nearest the pixel (x, y) in the plot, its two coordinates
        and its loss, as a line of text (``None`` outside the plot)."""
        s = self.scape
        plot = getattr(self, "plot", None)
        if plot is None or not plot.contains(QPointF(x, y)):
            return None
        fx, fy = (x - plot.left()) / plot.width(), (plot.bottom() - y) / plot.height()
        j = min(max(round(fx * (len(s.xs) - 1)), 0), len(s.xs) - 1)
        i = min(max(round(fy * (len(s.ys) - 1)), 0), len(s.ys) - 1)
        x_name, y_name = ("α", "β") if s.projected else self.labels
        return translate("Landscape", "{0} = {1:.4g}, {2} = {3:.4g}: loss {4:.6g}").format(
            x_name, s.xs[j], y_name, s.ys[i], s.loss[i, j]
        )

    # -- parts -------------------------------------------------------------------------------
    def _at(self, plot: QRectF, x: float, y: float) -> QPointF:
        s = self.scape
        return QPointF(
            plot.left() + (x - s.xs[0]) / (s.xs[-1] - s.xs[0]) * plot.width(),
            plot.bottom() - (y - s.ys[0]) / (s.ys[-1] - s.ys[0]) * plot.height(),
        )

    def _heat(self, painter: QPainter, plot: QRectF) -> None:
        if self._image is None:
            values = self._scale(self.scape.loss)
            with np.errstate(all="ignore"):
                u = (values - self.lo) / (self.hi - self.lo) if self.hi > self.lo else np.full(values.shape, 0.5)
            rgb = viridis_rgb(u)[::-1]  # the top row of the image is the largest y
            n_rows, n_cols = values.shape
            argb = np.empty((n_rows, n_cols, 4), dtype=np.uint8)
            argb[..., 0], argb[..., 1], argb[..., 2], argb[..., 3] = rgb[..., 2], rgb[..., 1], rgb[..., 0], 255
            data = np.ascontiguousarray(argb).tobytes()
            self._image = QImage(data, n_cols, n_rows, 4 * n_cols, QImage.Format.Format_RGB32).copy()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        s = self.scape
        dx, dy = (s.xs[1] - s.xs[0]) / 2, (s.ys[1] - s.ys[0]) / 2
        target = QRectF(self._at(plot, s.xs[0] - dx, s.ys[-1] + dy), self._at(plot, s.xs[-1] + dx, s.ys[0] - dy))
        painter.setClipRect(plot)
        painter.drawImage(target, self._image)
        painter.restore()

    def _contours(self, painter: QPainter, plot: QRectF) -> None:
        """The contour lines (:func:`contour_segments`) mapped to the plot."""
        s = self.scape
        if self._segments is None:
            levels = np.linspace(self.lo, self.hi, LEVELS + 2)[1:-1]
            self._segments = contour_segments(s.xs, s.ys, self._scale(s.loss), levels)
        seg = self._segments
        sx = plot.width() / (s.xs[-1] - s.xs[0])
        sy = plot.height() / (s.ys[-1] - s.ys[0])
        px = plot.left() + (seg[:, [0, 2]] - s.xs[0]) * sx
        py = plot.bottom() - (seg[:, [1, 3]] - s.ys[0]) * sy
        painter.setPen(QPen(QColor(255, 255, 255, 150), 0.8))
        painter.drawLines([QLineF(a, b, c, d) for a, b, c, d in zip(px[:, 0], py[:, 0], px[:, 1], py[:, 1])])

    def _path(self, painter: QPainter, plot: QRectF) -> None:
        s = self.scape
        if s.path is None or len(s.path) == 0:
            return
        points = [self._at(plot, x, y) for x, y in s.path]
        painter.save()
        painter.setClipRect(plot)
        painter.setPen(QPen(QColor(255, 255, 255, 200), 1.2))
        painter.drawPolyline(QPolygonF(points))
        with np.errstate(all="ignore"):
            true = self._scale(s.path_loss)
            u = (true - self.lo) / (self.hi - self.lo) if self.hi > self.lo else np.full(true.shape, 0.5)
        painter.setPen(QPen(QColor("#ffffff"), 0.8))
        for p, (r, g, b) in zip(points, viridis_rgb(u).tolist()):
            painter.setBrush(QColor(r, g, b))
            painter.drawEllipse(p, 3.2, 3.2)
        painter.restore()

    def _runs(self, painter: QPainter, plot: QRectF) -> None:
        """The common start, then every run's projected path in its colour over a white halo (its
        colour is viridis, like the surface under it), its points coloured by its true loss, and
        last each run's end as a square: a run that barely moved still shows over the start."""
        painter.save()
        painter.setClipRect(plot)
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(QColor("#111827"), 1.2))
        painter.drawEllipse(self._at(plot, *self.scape.center), 5, 5)
        ends = []
        for _, color, coords, losses in self.runs:
            keep = np.all(np.isfinite(coords), axis=1)
            points = [self._at(plot, x, y) for x, y in coords[keep]]
            if not points:
                continue
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for pen in (QPen(QColor("#ffffff"), 4.8), QPen(color, 2.4)):
                painter.setPen(pen)
                painter.drawPolyline(QPolygonF(points))
            with np.errstate(all="ignore"):
                values = self._scale(losses[keep])
                u = (values - self.lo) / (self.hi - self.lo) if self.hi > self.lo else np.full(len(values), 0.5)
            painter.setPen(QPen(color, 1.2))
            for p, (r, g, b) in zip(points, viridis_rgb(u).tolist()):
                painter.setBrush(QColor(r, g, b))
                painter.drawEllipse(p, 3.0, 3.0)
            ends.append((points[-1], color))
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        for end, color in ends:
            painter.setBrush(color)
            painter.drawRect(QRectF(end.x() - END_MARK / 2, end.y() - END_MARK / 2, END_MARK, END_MARK))
        painter.restore()

    def _point_and_arrow(self, painter: QPainter, plot: QRectF) -> None:
        s = self.scape
        c = self._at(plot, *s.center)
        tip = self._at(plot, *(s.center + s.step))
        painter.setPen(QPen(QColor("#ffffff"), 2.2))
        painter.drawLine(c, tip)
        path = QPainterPath()
        angle = math.atan2(tip.y() - c.y(), tip.x() - c.x())
        for sign in (-1, 1):
            path.moveTo(tip)
            path.lineTo(tip.x() - 9 * math.cos(angle + sign * 0.45), tip.y() - 9 * math.sin(angle + sign * 0.45))
        painter.drawPath(path)
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(QColor("#111827"), 1.2))
        painter.drawEllipse(c, 5, 5)
