"""Colours of classes, layers and network outputs, as NumPy RGBA arrays for images and points.

Two classes take the ends of the theme's diverging map (orange = class 0, blue =
class 1), so a binary decision boundary is the map itself: the background shows
the output from 0 (orange) through white to 1 (blue). More classes add
Okabe–Ito colours and the background blends the class colours by probability.
Regression colours the output on the same map over the targets' range.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.activations import softmax
from nnviz.qt.theme import Theme

Array = np.ndarray
EXTRA_CLASS_COLORS = ("#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#d55e00", "#0072b2", "#000000", "#999999")
LAYER_COLORS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#999999")
LANE_COLORS = {"wide": "#009e73", "deep": "#cc79a7"}
"""The lanes of Wide&Deep (Okabe–Ito green and purple: apart from the sign colours orange and blue)."""
BACKGROUND_STRENGTH = 0.45
"""How much of the full colour the background image takes (the rest is the theme's background), so
points stand out."""


def hex_rgb(color: str) -> tuple[int, int, int]:
    h = color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def class_colors(theme: Theme, k: int) -> list[str]:
    """``#rrggbb`` of classes 0..k−1."""
    palette = (theme.negative, theme.positive, *EXTRA_CLASS_COLORS)
    return [_visible(theme, palette[c % len(palette)]) for c in range(max(k, 2))][: max(k, 1)]


def lane_color(theme: Theme, lane: str) -> str:
    """Colour of the ``wide`` or ``deep`` lane of Wide&Deep, visible on the theme's background."""
    return _visible(theme, LANE_COLORS[lane])


def layer_color(k: int, theme: Theme | None = None) -> str:
    """Colour of layer ``k`` (1..L) in per-layer curves."""
    color = LAYER_COLORS[(k - 1) % len(LAYER_COLORS)]
    return _visible(theme, color) if theme is not None else color


def _visible(theme: Theme, color: str) -> str:
    """Okabe–Ito's black is the theme's text colour: white on a dark background."""
    return theme.text if color == "#000000" else color


def lighten(rgb: Array, strength: float = BACKGROUND_STRENGTH, toward: Array | float = 255.0) -> Array:
    """Mix RGB rows toward ``toward`` (white, or the theme's background), keeping ``strength`` of the colour."""
    return toward - (toward - rgb) * strength


class OutputColors:
    """Colours of a task's targets (the points) and of the network's outputs (the background).

    ``kind`` is the trainer's task kind (``binary``, ``multiclass``, ``regression``),
    ``targets`` the training targets (N,) or (N, K), ``softmax_output`` whether the
    output layer already gives probabilities.
    """

    def __init__(self, theme: Theme, kind: str, targets: Array, n_outputs: int, softmax_output: bool):
        self.theme = theme
        self.kind = kind
        self.n_outputs = n_outputs
        self.softmax_output = softmax_output
        self.signed = bool(targets.size and targets.min() < 0)
        """Binary targets are −1/+1 (tanh outputs) rather than 0/1."""
        if kind == "regression":
            values = _first_column(targets) if targets.size else np.zeros(1)
            lo, hi = float(values.min()), float(values.max())
            self.range = (lo, hi) if hi > lo else (lo - 1.0, lo + 1.0)
        self.n_classes = n_outputs if n_outputs > 1 else 2
        self.class_rgb = np.array([hex_rgb(c) for c in class_colors(theme, self.n_classes)], dtype=float)
        self.paper = np.array(hex_rgb(theme.background), dtype=float)
        """The background the output colours fade toward (white on the light themes)."""
        self._map_words = _rgba_words(lighten(theme.lut[:, :3].astype(float), toward=self.paper))
        """The theme's LUT lightened, one RGBA word per row: a one-output image is one lookup."""

    @property
    def uses_map(self) -> bool:
        """Whether outputs are drawn on the diverging map (one output) rather than class blends."""
        return self.n_outputs == 1

    def classes(self, targets: Array) -> Array:
        """Class index per target (N,), for classification."""
        if targets.ndim == 1:
            return targets.astype(np.intp)
        if targets.shape[1] > 1:
            return np.argmax(targets, axis=1)
        return (targets[:, 0] > (0.0 if self.signed else 0.5)).astype(np.intp)

    def map_value(self, values: Array) -> Array:
        """Single-output values → [−1, 1] on the diverging map."""
        if self.kind == "regression":
            lo, hi = self.range
            return 2.0 * (values - lo) / (hi - lo) - 1.0
        return values if self.signed else 2.0 * values - 1.0

    def points(self, targets: Array) -> Array:
        """RGBA uint8 (N, 4) for the targets: class colour, or the target value on the map."""
        if self.kind == "regression":
            v = self.map_value(_first_column(targets))
            return self.theme.lut[self.theme.lut_index(v)]
        rgb = self.class_rgb[self.classes(targets)]
        return np.column_stack([rgb, np.full(len(rgb), 255.0)]).astype(np.uint8)

    def outputs(self, outputs: Array) -> Array:
        """RGBA uint8 (M, 4) of the background for network outputs (M, K), lightened."""
        outputs = np.nan_to_num(outputs, nan=0.0, posinf=1e6, neginf=-1e6)
        if self.uses_map:
            words = self._map_words.take(self.theme.lut_index(self.map_value(outputs[:, 0])))
            return words.view(np.uint8).reshape(-1, 4)
        p = outputs if self.softmax_output else _probabilities(outputs, self.kind)
        return _rgba_words(lighten(p @ self.class_rgb, toward=self.paper)).view(np.uint8).reshape(-1, 4)


def _rgba_words(rgb: Array) -> Array:
    """Opaque RGBA uint8 of RGB rows (N, 3) (clipped to 0..255), one 32-bit word per row (N,)."""
    out = np.empty((len(rgb), 4), dtype=np.uint8)
    out[:, :3] = np.clip(rgb, 0, 255)
    out[:, 3] = 255
    return out.view(np.uint32).reshape(-1)


def _first_column(targets: Array) -> Array:
    """The first output's targets (N,): regression colours show output 1 only."""
    return targets[:, 0] if targets.ndim == 2 else targets


def _probabilities(outputs: Array, kind: str) -> Array:
    """Blend weights for several outputs: softmax of scores, or normalized 0..1 outputs."""
    if kind == "multiclass":
        return softmax(outputs)
    p = np.clip(outputs, 0.0, None)
    total = p.sum(axis=1, keepdims=True)
    return np.divide(p, total, out=np.full_like(p, 1.0 / p.shape[1]), where=total > 0)
