"""Rings around points of a plot: drawn as pyqtgraph draws a scatter plot's rings, hit by clicks."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from nnviz.qt.plots.rings import Rings

POINTS = np.array([[0.5, 0.5], [2.0, 1.0], [2.1, 1.05], [-1.0, 3.0]])
SIZE = 15


@pytest.fixture
def plot(qtbot):
    def make() -> pg.PlotWidget:
        widget = pg.PlotWidget(background="w")
        qtbot.addWidget(widget)
        widget.resize(300, 260)
        widget.setRange(xRange=(-2, 3), yRange=(-1, 4), padding=0)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def pixels(widget: pg.PlotWidget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1)[:, : image.width()].copy()


def test_rings_look_like_a_scatter_plots_rings(plot):
    pen = pg.mkPen("#6a3d9a", width=3.2)
    ours, theirs = plot(), plot()
    rings = Rings(SIZE, pen)
    rings.set_points(POINTS)
    ours.addItem(rings)
    theirs.addItem(pg.ScatterPlotItem(pos=POINTS, size=SIZE, pxMode=True, symbol="o", brush=None, pen=pen))
    QApplication.processEvents()
    drawn = pixels(ours)
    assert (drawn != drawn[0, 0]).sum() > 100
    np.testing.assert_array_equal(drawn, pixels(theirs))


def test_a_click_hits_the_rings_over_the_point_topmost_first(plot):
    widget = plot()
    rings = Rings(SIZE)
    rings.set_points(POINTS, data=np.array([10, 11, 12, 13]))
    widget.addItem(rings)
    QApplication.processEvents()
    assert rings.at(QPointF(2.05, 1.02)) == [12, 11]  # two rings overlap there
    assert rings.at(QPointF(-1.0, 3.0)) == [13]
    assert rings.at(QPointF(1.2, 2.0)) == []
    # A ring is SIZE pixels wide whatever the zoom: zoomed out, a farther point hits it.
    assert rings.at(QPointF(-0.5, 0.5)) == []
    widget.setRange(xRange=(-20, 30), yRange=(-10, 40), padding=0)
    QApplication.processEvents()
    assert rings.at(QPointF(-0.5, 0.5)) == [10]


def test_the_bounds_hold_every_ring_at_any_zoom(plot):
    widget = plot()
    rings = Rings(SIZE)
    rings.set_points(POINTS)
    widget.addItem(rings)
    QApplication.processEvents()
    near = rings.boundingRect()
    widget.setRange(xRange=(-20, 30), yRange=(-10, 40), padding=0)
    QApplication.processEvents()
    far = rings.boundingRect()
    assert far.contains(near) and far.width() > near.width()
    for x, y in POINTS:
        assert near.contains(QPointF(x, y))
    rings.set_points(np.zeros((0, 2)))
    assert rings.boundingRect().isEmpty()
