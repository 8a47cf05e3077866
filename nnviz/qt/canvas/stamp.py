"""A part of the canvas that rarely changes, painted once into a pixmap and stamped after that.

During a live run the canvas repaints about 30 times a second, but some parts
of it — the legend — change only with a few numbers (the edge quantity and its
scale) and the zoom. A :class:`Stamp` paints such a part into a pixmap of the
device's pixels, with the same sub-pixel offset as on screen, and draws that
pixmap while its key and the view's transform stay the same.

It keeps the pixmaps of the last few keys (:data:`KEPT`): the legend's edge
scale, a rounded percentile of this frame's values, goes back and forth between
two or three round numbers while training: with one pixmap the legend was
painted again (about 0.2 ms) in more than half of the frames, with a few in
almost none.

A part may return something of its painting (the legend: where the traced sample's name,
drawn apart, goes): the stamp keeps it with the pixmap and returns it each time.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap

KEPT = 8
"""Pixmaps a stamp keeps, for its most recently drawn keys (each the size of its part on screen)."""


def uniform_scale(p: QPainter) -> float | None:
    """The painter's scale when its transform only scales (equally each way) and translates, else ``None``."""
    t = p.worldTransform()
    if t.isAffine() and t.m12() == 0 and t.m21() == 0 and t.m11() == t.m22() and t.m11() > 0:
        return t.m11()
    return None


class Stamp:
    """One cached part of the picture; see the module docstring."""

    def __init__(self):
        self._pixmaps: dict[tuple, tuple[QPixmap, Any]] = {}
        """Pixmap and what ``draw`` returned by full key (the key, the rectangle and the device
        position), oldest first."""

    def paint(self, p: QPainter, rect: QRectF, key: tuple, draw: Callable[[QPainter], Any]) -> Any:
        """Paint what ``draw`` paints (in scene coordinates, inside ``rect``), from the pixmap made
        for ``key`` and the painter's transform; with another transform than a scale, directly.
        Returns what ``draw`` returned when it painted for this key."""
        s = uniform_scale(p)
        if s is None:
            return draw(p)
        t = p.worldTransform()
        dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        x, y = (rect.left() * s + t.dx()) * dpr, (rect.top() * s + t.dy()) * dpr
        left, top = math.floor(x), math.floor(y)
        full_key = (key, rect.getRect(), s, x - left, y - top, dpr)
        kept = self._pixmaps.pop(full_key, None)
        if kept is None:
            kept = self._render(rect, s, dpr, x - left, y - top, p.renderHints(), draw)
            if len(self._pixmaps) >= KEPT:
                del self._pixmaps[next(iter(self._pixmaps))]
        self._pixmaps[full_key] = kept  # the newest last
        p.save()
        p.resetTransform()
        p.drawPixmap(QPointF(left / dpr, top / dpr), kept[0])
        p.restore()
        return kept[1]

    @staticmethod
    def _render(rect: QRectF, s: float, dpr: float, dx: float, dy: float, hints, draw) -> tuple[QPixmap, Any]:
        pixmap = QPixmap(math.ceil(rect.width() * s * dpr + dx) + 1, math.ceil(rect.height() * s * dpr + dy) + 1)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        q = QPainter(pixmap)
        q.setRenderHints(hints)
        q.translate(dx / dpr, dy / dpr)
        q.scale(s, s)
        q.translate(-rect.left(), -rect.top())
        result = draw(q)
        q.end()
        return pixmap, result
