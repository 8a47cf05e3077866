"""Legends that keep off the data: a plot's legend goes to the corner of the plot where its
curves are not, and a plot can keep a band free above its data for it.

A legend in a fixed corner sits on whatever the curves draw there — the loss legend top right
covered the newest epochs of a noisy mini-batch loss. :func:`place_legend` measures, for each
corner, the legend's rectangle in data coordinates and counts the curve points (and points
interpolated along each curve) that fall in it, then anchors the legend in the emptiest corner.
:func:`legend_band` is the room to add above the data so that a top corner is always empty.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF

MARGIN_PX = 8
"""Pixels between the legend and the plot's edge."""
CORNERS = ((1, 0), (0, 0), (1, 1), (0, 1))
"""Corners as (x, y) fractions of the plot, y down: top right first, the usual place."""
BOTTOM_FIRST = ((1, 1), (0, 1), (1, 0), (0, 0))
"""The corners for a plot that keeps its free band below the data."""
SAMPLES = 40
"""Points interpolated along a curve across a legend's width, so a line between two far
points that crosses the legend counts too."""


def legend_rect(view: pg.ViewBox, legend: pg.LegendItem, corner: tuple[int, int]) -> QRectF:
    """The legend's rectangle in ``view``'s pixel coordinates when anchored in ``corner``."""
    size = legend.boundingRect().size()
    area = view.boundingRect()
    cx, cy = corner
    left = area.left() + MARGIN_PX if cx == 0 else area.right() - MARGIN_PX - size.width()
    top = area.top() + MARGIN_PX if cy == 0 else area.bottom() - MARGIN_PX - size.height()
    return QRectF(left, top, size.width(), size.height())


def _in_view_units(view: pg.ViewBox, rect: QRectF) -> tuple[float, float, float, float]:
    a = view.mapToView(QPointF(rect.left(), rect.top()))
    b = view.mapToView(QPointF(rect.right(), rect.bottom()))
    return min(a.x(), b.x()), max(a.x(), b.x()), min(a.y(), b.y()), max(a.y(), b.y())


def points_under(view: pg.ViewBox, rect: QRectF, curves) -> int:
    """How many points of the visible ``curves`` (their own and interpolated ones) lie in
    ``rect`` (pixels of ``view``)."""
    x0, x1, y0, y1 = _in_view_units(view, rect)
    count = 0
    for curve in curves:
        if not curve.isVisible():
            continue
        x, y = curve.getData()
        if x is None or len(x) == 0:
            continue
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        finite = np.isfinite(x) & np.isfinite(y)
        x, y = x[finite], y[finite]
        if len(x) == 0:
            continue
        inside = (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)
        count += int(inside.sum())
        if len(x) > 1 and x[0] <= x1 and x[-1] >= x0:  # the line between points, x sorted as plotted
            xs = np.linspace(max(x0, x[0]), min(x1, x[-1]), SAMPLES)
            ys = np.interp(xs, x, y)
            count += int(((ys >= y0) & (ys <= y1)).sum())
    return count


def place_legend(plot: pg.PlotItem, legend: pg.LegendItem, curves, corners=CORNERS) -> tuple[int, int]:
    """Anchor ``legend`` in the corner of ``plot`` with the fewest points of ``curves`` under it
    (the first of ``corners`` on a tie); returns that corner."""
    view = plot.getViewBox()
    if view.boundingRect().isEmpty() or legend.boundingRect().isEmpty():
        return corners[0]
    best = _emptiest(corners, lambda c: points_under(view, legend_rect(view, legend, c), curves))
    cx, cy = best
    offset = (MARGIN_PX if cx == 0 else -MARGIN_PX, MARGIN_PX if cy == 0 else -MARGIN_PX)
    legend.anchor(itemPos=best, parentPos=best, offset=offset)
    return best


def _emptiest(corners, count) -> tuple[int, int]:
    """The first of ``corners`` with the fewest points (``count(corner)``); an empty corner ends the
    search, so the usual case — the first corner free — counts once, not four times, a frame."""
    best, fewest = corners[0], None
    for corner in corners:
        n = count(corner)
        if fewest is None or n < fewest:
            best, fewest = corner, n
        if n == 0:
            break
    return best


def legend_band(plot: pg.PlotItem, legend: pg.LegendItem, lo: float, hi: float) -> float:
    """How far beyond ``[lo, hi]`` (data units) the y range must reach, above or below, so that a
    band of the ``legend``'s height (and its margins) at that edge of the plot is free of the
    data; 0 before the plot is laid out."""
    height = plot.getViewBox().boundingRect().height()
    band = legend.boundingRect().height() + 2 * MARGIN_PX
    if height <= band or not hi > lo:
        return 0.0
    return (hi - lo) * band / (height - band)
