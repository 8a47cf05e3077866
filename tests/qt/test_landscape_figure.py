"""The landscape figure's contours: the vectorised marching squares give the segments a plain
loop over the cells gives, and the heatmap's corners have the loss's colours."""

import math

import numpy as np

from nnviz.qt.landscape_figure import contour_segments, viridis_rgb


def reference(xs, ys, v, levels):
    """Marching squares one cell at a time (edges bottom, right, top, left; hits joined in pairs)."""
    out = []
    for level in levels:
        for i in range(len(ys) - 1):
            for j in range(len(xs) - 1):
                corners = (
                    (xs[j], ys[i], v[i, j]),
                    (xs[j + 1], ys[i], v[i, j + 1]),
                    (xs[j + 1], ys[i + 1], v[i + 1, j + 1]),
                    (xs[j], ys[i + 1], v[i + 1, j]),
                )
                hits = []
                for (x0, y0, a), (x1, y1, b) in zip(corners, corners[1:] + corners[:1]):
                    if math.isfinite(a) and math.isfinite(b) and (a - level) * (b - level) < 0:
                        f = (level - a) / (b - a)
                        hits.append((x0 + f * (x1 - x0), y0 + f * (y1 - y0)))
                out += [(*p, *q) for p, q in zip(hits[::2], hits[1::2])]
    return out


def test_the_contours_are_the_cell_by_cell_ones():
    xs, ys = np.linspace(-2, 2, 17), np.linspace(-1, 3, 13)
    gx, gy = np.meshgrid(xs, ys)
    v = np.sin(2 * gx) * np.cos(gy) + 0.3 * gx * gy  # saddles: cells with four crossings
    v[3, 4] = np.nan
    levels = np.linspace(np.nanmin(v), np.nanmax(v), 12)[1:-1]
    ours = contour_segments(xs, ys, v, levels)
    expected = reference(xs, ys, v, levels)
    assert len(ours) == len(expected) > 100
    np.testing.assert_allclose(sorted(map(tuple, ours)), sorted(expected), rtol=1e-12, atol=1e-12)


def test_viridis_ends_and_non_finite_values():
    rgb = viridis_rgb([0.0, 1.0, np.nan, 2.0])
    assert rgb.tolist() == [[0x44, 0x01, 0x54], [0xFD, 0xE7, 0x25], [0x44, 0x01, 0x54], [0xFD, 0xE7, 0x25]]


def test_a_run_that_barely_moved_shows_its_end_over_the_common_start(qapp):
    """Shared landscape: the start is drawn first and each run's end last, as a square in its colour,
    so a run with a small learning rate is not hidden under the start's marker."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from nnviz.core.landscape import Landscape
    from nnviz.qt.landscape_figure import END_MARK, LandscapeFigure
    from nnviz.qt.theme import LIGHT

    xs = ys = np.linspace(-1.0, 1.0, 9)
    gx, gy = np.meshgrid(xs, ys)
    center = np.zeros(2)
    scape = Landscape((None, None), xs, ys, 1.0 + gx**2 + gy**2, center, 1.0, np.zeros(2), np.zeros(2), view="pca")
    still = np.array([[0.0, 0.0], [0.001, 0.0]])  # moved far less than a pixel
    far = np.array([[0.0, 0.0], [0.4, 0.2], [0.8, -0.6]])
    runs = [
        ("still", QColor("#d55e00"), still, np.array([1.0, 1.0])),
        ("far", QColor("#0072b2"), far, np.array([1.0, 1.5, 2.0])),
    ]
    figure = LandscapeFigure(scape, ("α", "β"), LIGHT, (900, 600), runs=runs)
    image = QImage(900, 600, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    figure.paint(painter, transparent=False)
    painter.end()
    for _, color, coords, _ in runs:
        end = figure._at(figure.plot, *coords[-1])
        # Inside the square, off its outline: the run's own colour, not the start's white disc.
        probe = image.pixelColor(round(end.x() + END_MARK / 4), round(end.y() + END_MARK / 4))
        assert probe.name() == color.name(), (color.name(), probe.name())
