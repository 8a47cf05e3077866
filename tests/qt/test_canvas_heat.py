"""Unit heatmaps: coloured like the activation they show, and recoloured in place on every refresh."""

from __future__ import annotations

import numpy as np
from canvas_fakes import network
from PySide6.QtGui import QColor, QImage, QPainter

from nnviz.qt.canvas.heat import HeatImages
from nnviz.qt.canvas.units import UNREVEALED_OPACITY, UnitDraw, UnitPainter
from nnviz.qt.theme import LIGHT
from nnviz.session.canvas.layout import LayoutOptions, build_layout

ACTIVATIONS = ["tanh", "sigmoid"]


def layer_maps(seed: int, side: int = 5) -> list[np.ndarray]:
    """Maps of a 2-3-1 network: raw inputs (any range), tanh in [−1, 1], sigmoid in [0, 1]."""
    rng = np.random.default_rng(seed)
    return [
        rng.uniform(-3.0, 3.0, (2, side, side)).astype(np.float32),
        rng.uniform(-1.0, 1.0, (3, side, side)).astype(np.float32),
        rng.uniform(0.0, 1.0, (1, side, side)).astype(np.float32),
    ]


def expected_color(value: float) -> QColor:
    rgba = LIGHT.lut[LIGHT.lut_index(np.array(value))]
    return QColor(*(int(c) for c in rgba))


def pixel(images: dict, layer: int, unit: int, row: int, col: int) -> QColor:
    return images[(layer, unit)].pixelColor(col, row)


def test_each_layer_is_coloured_on_the_scale_of_its_activation():
    layout = build_layout(network([2, 3, 1]), LayoutOptions())
    maps = layer_maps(0)
    images = HeatImages().update(LIGHT, layout, maps, ACTIVATIONS)
    assert sorted(images) == [(0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (2, 0)]
    assert images[(1, 2)].width() == 5 and images[(1, 2)].height() == 5
    # Inputs relative to their largest magnitude, rounded up to 1, 2 or 5 × 10ⁿ (here 5).
    assert pixel(images, 0, 1, 3, 4) == expected_color(maps[0][1, 3, 4] / 5.0)
    assert pixel(images, 1, 2, 0, 1) == expected_color(maps[1][2, 0, 1])  # tanh as it is
    assert pixel(images, 2, 0, 4, 2) == expected_color(2.0 * maps[2][0, 4, 2] - 1.0)  # ½ is the middle


def test_a_refresh_recolours_the_same_images_and_a_new_shape_makes_new_ones():
    layout = build_layout(network([2, 3, 1]), LayoutOptions())
    heat = HeatImages()
    before = heat.update(LIGHT, layout, layer_maps(0), ACTIVATIONS)
    maps = layer_maps(1)
    after = heat.update(LIGHT, layout, maps, ACTIVATIONS)
    assert all(after[key] is before[key] for key in before)
    assert pixel(after, 1, 0, 2, 2) == expected_color(maps[1][0, 2, 2])
    larger = heat.update(LIGHT, layout, layer_maps(2, side=7), ACTIVATIONS)
    assert larger[(1, 0)].width() == 7 and larger[(1, 0)] is not before[(1, 0)]


def test_maps_of_another_network_are_not_drawn():
    layout = build_layout(network([2, 4, 1]), LayoutOptions())
    images = HeatImages().update(LIGHT, layout, layer_maps(0), ACTIVATIONS)
    assert sorted(images) == [(0, 0), (0, 1), (2, 0)]  # three maps for a layer of four units: not its own
    assert HeatImages().update(LIGHT, layout, None, ACTIVATIONS) == {}


def quadrants() -> QImage:
    """A 4×4 heatmap with a different colour in each quadrant."""
    image = QImage(4, 4, QImage.Format.Format_RGBA8888)
    for row in range(4):
        for col in range(4):
            image.setPixelColor(
                col, row, QColor(("#d95f02", "#1b9e77", "#7570b3", "#e7298a")[2 * (row // 2) + col // 2])
            )
    return image


def stamped(unit: UnitDraw) -> QImage:
    """The unit painted the quick way (a live run's) at zoom 2: its centre at device (100, 100)."""
    image = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.scale(2.0, 2.0)
    UnitPainter(LIGHT).paint(p, [unit], set(), {}, fast=True)
    p.end()
    return image


def test_a_live_run_draws_the_heatmap_inside_a_frame_of_the_units_colour():
    heat, fill = quadrants(), QColor("#2166ac")
    image = stamped(UnitDraw(1, 0, 50.0, 50.0, 20.0, fill, heat=heat))
    # The frame, 3 scene units (6 pixels) wide, centred on the image's edge 40 pixels out.
    for x, y in ((58, 100), (61, 100), (100, 142), (139, 139)):
        assert image.pixelColor(x, y) == fill
    for (x, y), (col, row) in {(70, 70): (0, 0), (130, 70): (3, 0), (70, 130): (0, 3), (130, 130): (3, 3)}.items():
        assert image.pixelColor(x, y) == heat.pixelColor(col, row)
    assert image.pixelColor(56, 100) == QColor("#ffffff")


def test_a_unit_not_yet_computed_shows_its_heatmap_faded_in_an_empty_frame():
    heat = quadrants()
    image = stamped(UnitDraw(1, 0, 50.0, 50.0, 20.0, None, heat=heat))
    edge = [image.pixelColor(60, y) for y in range(62, 139)]  # the frame's left side, dashed
    dashes = sum(c == LIGHT.q("empty_outline") for c in edge)
    assert 0.2 * len(edge) < dashes < 0.9 * len(edge)
    faded, full, white = image.pixelColor(70, 70), heat.pixelColor(0, 0), QColor("#ffffff")
    k = UNREVEALED_OPACITY
    expected = [k * c + (1 - k) * w for c, w in zip(full.getRgb()[:3], white.getRgb()[:3])]
    assert np.allclose(faded.getRgb()[:3], expected, atol=2)
