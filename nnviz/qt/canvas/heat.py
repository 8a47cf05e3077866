"""Unit heatmaps as QImages backed by one pixel buffer that every refresh rewrites in place.

A unit drawn as a heatmap shows its output over the input plane (see
:func:`nnviz.qt.views.unit_maps`). A live run redraws them about 30 times a
second, so the colours of every unit of every layer come from one LUT lookup
into one buffer, and the QImages that paint them are made once per shape of
the maps: they read the buffer's memory, so rewriting it redraws them. Making
fifty QImages a frame, each a copy, cost about half a millisecond.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from nnviz.qt.plots.colors import hex_rgb
from nnviz.qt.theme import Theme
from nnviz.session.canvas.frame import nice_ceiling, normalize
from nnviz.session.canvas.layout import UNITS, Layout

Array = np.ndarray
PROBABILITIES = ("sigmoid", "softmax")
"""Outputs in [0, 1] centred on ½, the decision threshold, so that the boundary shows."""


def heat_colors(maps: Array, activation: str | None) -> Array:
    """A layer's maps (units, H, W) in [−1, 1] for the colour map: probabilities around ½,
    bounded activations on their range, the others relative to the layer's largest value."""
    if activation in PROBABILITIES:
        return np.clip(2.0 * maps - 1.0, -1.0, 1.0)
    return normalize(maps, activation, nice_ceiling(float(np.abs(maps).max())))


def class_blend(p: Array, class_rgb: Array, paper: Array) -> Array:
    """RGB (..., 3) of probabilities ``p`` (K, ...) in their classes' colours ``class_rgb`` (K, 3):
    the background ``paper`` at p = 0, the class colour at p = 1."""
    p = np.clip(np.nan_to_num(p), 0.0, 1.0)
    shape = (len(class_rgb),) + (1,) * (p.ndim - 1) + (3,)
    return paper + (class_rgb.reshape(shape) - paper) * p[..., None]


def class_words(maps: Array, class_rgb: Array, paper: Array) -> Array:
    """Opaque RGBA words (K, H, W) of a softmax layer's maps (K, H, W) in the classes' colours."""
    rgb = np.clip(class_blend(maps, class_rgb, paper), 0, 255).astype(np.uint8)
    rgba = np.concatenate([rgb, np.full((*rgb.shape[:-1], 1), 255, np.uint8)], axis=-1)
    return np.ascontiguousarray(rgba).view(np.uint32)[..., 0]


class HeatImages:
    """The heatmap QImages of a canvas's units; :meth:`update` recolours them."""

    def __init__(self):
        self.pixels: Array | None = None
        """(units of every drawn layer, H, W) RGBA words, in layer then unit order."""
        self._images: list[QImage] = []

    def update(
        self,
        theme: Theme,
        layout: Layout,
        heatmaps: list[Array] | None,
        activations: list[str],
        class_rgb: Array | None = None,
    ) -> dict:
        """``(layer, unit) → QImage`` of every shown unit, coloured from ``heatmaps`` (per layer
        0..L an array (units, H, W), or ``None``); ``activations`` are the layers' 1..L names.
        With ``class_rgb`` (K, 3), the K softmax outputs are drawn in their classes' colours,
        from the background (p = 0) to the full colour (p = 1), as the data view draws them.
        Maps that do not fit the layout (another network's, not yet recomputed) are never drawn."""
        if heatmaps is None or len(heatmaps) != len(layout.layers):
            return {}
        pairs = zip(layout.layers, heatmaps)
        drawn = [(g, maps) for g, maps in pairs if maps is not None and g.kind == UNITS and len(maps) == g.n]
        if not drawn:
            return {}
        colors = np.concatenate(
            [heat_colors(maps, None if g.index == 0 else activations[g.index - 1]) for g, maps in drawn]
        )
        self._fit(colors.shape)
        # The LUT's RGBA rows as one 32-bit word each: a quarter of the lookups.
        lut = np.ascontiguousarray(theme.lut).view(np.uint32).reshape(-1)
        lut.take(theme.lut_index(colors), out=self.pixels)
        last_g, last_maps = drawn[-1]
        if class_rgb is not None and last_g.index == len(layout.layers) - 1 and len(last_maps) == len(class_rgb):
            paper = np.array(hex_rgb(theme.background), dtype=float)
            self.pixels[-len(last_maps) :] = class_words(last_maps, class_rgb, paper)
        out, first = {}, 0
        for g, maps in drawn:
            for j in g.shown.tolist():
                out[(g.index, j)] = self._images[first + j]
            first += len(maps)
        return out

    def _fit(self, shape: tuple[int, int, int]) -> None:
        """A buffer of ``shape`` and an image over each of its maps (kept while the shape is)."""
        if self.pixels is not None and self.pixels.shape == shape:
            return
        n, h, w = shape
        self.pixels = np.empty(shape, dtype=np.uint32)
        fmt = QImage.Format.Format_RGBA8888
        self._images = [QImage(self.pixels[i].data, w, h, 4 * w, fmt) for i in range(n)]
