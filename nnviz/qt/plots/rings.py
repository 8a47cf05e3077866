"""Rings a fixed number of pixels wide around a few points of a plot: the mini-batch, the traced sample.

The data view moves them at every frame of a live run. pyqtgraph's
``ScatterPlotItem`` draws the same rings, but giving it new points and painting
them costs about half a millisecond a frame for each item (a record per spot,
a symbol atlas, bounds worked out from pixel sizes on every call). A
:class:`Rings` item keeps the points as one array and stamps one image of the
ring — pyqtgraph's own rendering of the symbol, so the picture is the same — at
each of them.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QImage, QPainter, QPen

Array = np.ndarray
SYMBOL = "o"
BOUNDS_PAD = 0.7072
"""Half the diagonal of a ring's square, in ring widths: what its bounds leave around a point."""


class Rings(pg.GraphicsObject):
    """Rings of ``size`` pixels around points in a plot's data coordinates; see the module docstring."""

    clicked = Signal(object)
    """A left click on rings: the ``data`` of those under the mouse (a list, topmost first)."""

    def __init__(self, size: float, pen: QPen | None = None):
        super().__init__()
        self.size = size
        self._pen = QPen(pen) if pen is not None else QPen()
        self.positions = np.zeros((0, 2))
        """(N, 2) the ringed points."""
        self.data = np.zeros(0, dtype=np.intp)
        """(N,) a number per ring (the data view: the sample's index), given back by :attr:`clicked`."""
        self._image: QImage | None = None
        self._bounds: QRectF | None = None

    def set_pen(self, pen: QPen, size: float | None = None) -> None:
        """Draw the rings with ``pen`` (and ``size`` pixels wide, if given)."""
        self._pen = QPen(pen)
        if size is not None:
            self.size = size
        self._image = None
        self._changed()

    def set_points(self, positions: Array, data: Array | None = None) -> None:
        """Ring ``positions`` (N, 2), each with a number of ``data`` (N,) (default: 0..N−1)."""
        self.positions = np.asarray(positions, dtype=float).reshape(-1, 2)
        self.data = np.arange(len(self.positions)) if data is None else np.asarray(data).reshape(-1)
        self._changed()

    def _changed(self) -> None:
        self.prepareGeometryChange()
        self._bounds = None
        self.informViewBoundsChanged()
        self.update()

    # -- drawing ----------------------------------------------------------------------------------
    def ring(self, dpr: float = 1.0) -> QImage:
        """The ring as pyqtgraph renders a scatter plot's symbol."""
        if self._image is None or self._image.devicePixelRatio() != dpr:
            self._image = renderSymbol(SYMBOL, self.size, self._pen, QBrush(Qt.BrushStyle.NoBrush), dpr=dpr)
        return self._image

    def paint(self, p: QPainter, option=None, widget=None) -> None:
        if not len(self.positions):
            return
        dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        image = self.ring(dpr)
        w, h = image.width() / dpr, image.height() / dpr
        # Device pixels, as pyqtgraph maps a scatter's points: the ring keeps its size at any zoom.
        centres = pg.functions.transformCoordinates(p.transform(), self.positions.T)
        centres = pg.functions.clip_array(centres, -(2**30), 2**30)
        p.resetTransform()
        for x, y in centres.T.tolist():
            p.drawImage(QRectF(x - w / 2, y - h / 2, w, h), image)

    def _half_extent(self) -> tuple[float, float]:
        """Half a ring's image in data units along x and y, at the view's current zoom."""
        px, py = self.pixelVectors()
        side = self.size + max(math.ceil(self._pen.widthF()), 1)
        return (0.0 if px is None else px.length() * side / 2), (0.0 if py is None else py.length() * side / 2)

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            if not len(self.positions):
                self._bounds = QRectF()
            else:
                lo, hi = np.nanmin(self.positions, axis=0), np.nanmax(self.positions, axis=0)
                hx, hy = (2 * BOUNDS_PAD * e for e in self._half_extent())
                self._bounds = QRectF(lo[0] - hx, lo[1] - hy, hi[0] - lo[0] + 2 * hx, hi[1] - lo[1] + 2 * hy)
        return self._bounds

    def viewTransformChanged(self) -> None:  # pyqtgraph override: the zoom changed, so do the bounds
        self.prepareGeometryChange()
        self._bounds = None
        super().viewTransformChanged()

    # -- clicks -------------------------------------------------------------------------------------
    def at(self, point: QPointF) -> list:
        """The ``data`` of the rings whose square covers ``point`` (data coordinates), topmost first."""
        if not len(self.positions):
            return []
        hx, hy = self._half_extent()
        hit = (np.abs(self.positions[:, 0] - point.x()) <= hx) & (np.abs(self.positions[:, 1] - point.y()) <= hy)
        return self.data[hit][::-1].tolist()

    def mouseClickEvent(self, ev) -> None:  # pyqtgraph override
        hits = self.at(ev.pos()) if ev.button() == Qt.MouseButton.LeftButton else []
        if hits:
            ev.accept()
            self.clicked.emit(hits)
        else:
            ev.ignore()  # the points below get the click
