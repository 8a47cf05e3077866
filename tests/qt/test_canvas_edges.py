"""Edge batches: the quick painting of a live run draws the halo under the cursor's edges opaque."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from nnviz.qt.canvas.edges import EdgeBatch
from nnviz.qt.theme import LIGHT, blended

SIZE = 60
HALO = LIGHT.q("background", 200)


def test_blended_is_the_colour_shown_over_the_background():
    mix = blended(QColor(255, 255, 255, 200), QColor(0, 0, 0))
    assert mix.alpha() == 255
    assert abs(mix.red() - 200) <= 1 and mix.red() == mix.green() == mix.blue()


def paint_focus_over_a_dark_line(fast: bool) -> np.ndarray:
    """One horizontal edge with a halo, painted over a dark vertical line: (SIZE, SIZE, 4) pixels."""
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(LIGHT.q("background"))
    p = QPainter(image)
    p.setPen(QPen(QColor("#000000"), 4.0))
    p.drawLine(QPointF(30.0, 0.0), QPointF(30.0, SIZE))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    lines = np.array([[5.0, 30.0, 55.0, 30.0]])
    batch = EdgeBatch(lines, np.array([0.5]), 1.0, np.array([1.0]), LIGHT, 255)
    batch.paint(p, halo=HALO, fast=fast)
    p.end()
    return np.frombuffer(image.constBits(), np.uint8).reshape(SIZE, SIZE, 4).copy()


def test_a_live_frame_draws_the_halo_opaque_and_a_paused_one_translucent(qapp):
    background = LIGHT.q("background")
    expected = np.array([background.blue(), background.green(), background.red()])  # BGRA in memory
    width = EdgeBatch(np.zeros((1, 4)), np.array([0.5]), 1.0, np.array([1.0]), LIGHT, 255).buckets[0].pen.widthF()
    # Where the halo (1.5 px each side of the edge) covers the dark line, just off the edge itself.
    row = int(30 + width / 2 + 1)
    quick, full = paint_focus_over_a_dark_line(True), paint_focus_over_a_dark_line(False)
    assert (quick[row, 30, :3] == expected).all()  # the dark line is hidden under the opaque halo
    assert (full[row, 30, :3] < expected - 40).all()  # it shows through the translucent one
    assert (quick[45, 30, :3] == 0).all() and (full[45, 30, :3] == 0).all()  # away from the halo: the line


def test_an_edge_of_exactly_zero_is_drawn_as_the_legend_draws_0_thin_and_grey(qapp):
    lines = np.zeros((3, 4))
    batch = EdgeBatch(lines, np.array([0.0, -0.0, -1e-12]), 1.0, np.ones(3), LIGHT, 255)
    zero, negative = batch.pen_of(0), batch.pen_of(2)
    assert zero.color() == LIGHT.q("muted") and batch.pen_of(1).color() == LIGHT.q("muted")
    assert zero.widthF() < negative.widthF() or zero.widthF() <= 1.0
    assert negative.color() != LIGHT.q("muted")  # a tiny negative value keeps its sign's colour
