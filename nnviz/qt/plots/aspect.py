"""A plot whose data area has the data's proportions, centred in whatever room it is given.

The input plane is drawn at one scale on both axes (a circle stays round). Locking the view's
aspect in a wider panel widened the axes past the data, leaving bands of empty plot beside the
decision boundary. :class:`AspectBox` instead sizes the plot widget so that its view box — the
area inside the axes — has the proportions of the plotted range, and shows exactly that range:
the boundary image fills the plot and the axes end where the data's grid ends. The room left
over is the panel's background.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

MAX_STRETCH = 3.0
"""A range more elongated than this (width/height) is not kept to scale: it fills the room."""
RATIO_SLACK = 0.005
"""How far the view box's proportions may drift (a pixel or two) before it is laid out again."""


class AspectBox(QWidget):
    """Holds ``plot_widget`` and lays it out with its view box at the ratio :meth:`set_range` gave."""

    def __init__(self, plot_widget: pg.PlotWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aspect_box")
        self.plot_widget = plot_widget
        plot_widget.setParent(self)
        self.ratio: float | None = None
        """Width / height of the view box, or ``None`` to fill the box."""
        self._laying_out = False
        # The axes find their width only when they first draw their tick labels: lay out again then.
        plot_widget.getPlotItem().getViewBox().sigResized.connect(self._on_view_resized)

    def set_range(self, x: tuple[float, float], y: tuple[float, float]) -> None:
        """Show exactly ``x`` × ``y`` at one scale on both axes (if not too elongated)."""
        view = self.plot_widget.getPlotItem().getViewBox()
        view.setAspectLocked(False)
        view.setRange(xRange=x, yRange=y, padding=0)
        ratio = (x[1] - x[0]) / (y[1] - y[0])
        self.ratio = ratio if 1 / MAX_STRETCH < ratio < MAX_STRETCH else None
        self._lay_out()

    def sizeHint(self) -> QSize:  # Qt override
        return self.plot_widget.sizeHint()  # the room a dock offers it, as the plot alone asked for

    def minimumSizeHint(self) -> QSize:  # Qt override
        return self.plot_widget.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._lay_out()

    def _on_view_resized(self, view) -> None:
        box = view.sceneBoundingRect()
        if self._laying_out or self.ratio is None or box.height() <= 0:
            return
        if abs(box.width() / box.height() / self.ratio - 1) > RATIO_SLACK:
            self._lay_out()

    def _lay_out(self) -> None:
        self._laying_out = True
        try:
            self._place()
        finally:
            self._laying_out = False

    def _place(self) -> None:
        room = self.rect()
        widget = self.plot_widget
        widget.setGeometry(room)
        if self.ratio is None or room.isEmpty():
            return
        # The axes and margins around the view box take the same pixels at any size: measure them
        # at the full size, then give the view box the largest rectangle of the ratio that fits.
        item = widget.getPlotItem()
        item.resize(room.width(), room.height())
        item.layout.activate()
        box = item.getViewBox().sceneBoundingRect()
        extra_w, extra_h = room.width() - box.width(), room.height() - box.height()
        inner_w, inner_h = room.width() - extra_w, room.height() - extra_h
        if inner_w <= 0 or inner_h <= 0:
            return
        if inner_w / inner_h > self.ratio:
            inner_w = inner_h * self.ratio
        else:
            inner_h = inner_w / self.ratio
        w, h = round(inner_w + extra_w), round(inner_h + extra_h)
        widget.setGeometry(QRect(room.x() + (room.width() - w) // 2, room.y() + (room.height() - h) // 2, w, h))
