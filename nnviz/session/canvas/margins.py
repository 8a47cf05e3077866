"""The room around the network canvas's columns: the captions' row, the callout strip, the loss box
and the legend, and so the picture's bounds. Plain geometry, no Qt.

Text sizes are estimated in scene units (pixels at zoom 1) at text scale 1 and grow with the
theme's ``text_scale``; the captions, the legend and the loss box grow further with the
``label_scale`` the canvas picks when it is fitted small
(:mod:`nnviz.session.canvas.label_scale`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from nnviz.core.network import Network

if TYPE_CHECKING:
    from nnviz.session.canvas.layout import LayerGeometry, LayoutOptions

CAPTION_PX = 12.0
"""Pixel size of the layers' captions at text scale 1."""
CALLOUT_WIDTH = 16.0 + 6.7 * 13
"""Scene width of the cursor's callout at type scale 1 (two lines of up to 13 characters)."""
CALLOUT_HEIGHT = 16.0 * 2 + 6.0
"""Scene height of the cursor's callout at type scale 1 (two lines)."""
CHAR_EM = 0.62
"""Width of an average character in em of the canvas's sans-serif font (DejaVu Sans: 0.55–0.63)."""
LEGEND_WIDTH = 680.0
"""Scene width kept for the legend at text scale 1 (the picture is at least this wide)."""


def caption_width(caption: str, text_scale: float) -> float:
    """The width a layer's caption takes, estimated (bold, at :data:`CAPTION_PX` × ``text_scale``)."""
    return CHAR_EM * CAPTION_PX * text_scale * len(caption) + 4.0


def class_output_count(network: Network) -> int:
    """Classes the output units give probabilities of (softmax: its units; one sigmoid: 2), else 0."""
    out = network.layers[-1]
    if out.activation.name == "softmax":
        return out.units
    return 2 if out.activation.name == "sigmoid" and out.units == 1 else 0


@dataclass(frozen=True)
class Margins:
    """Where the text around the columns goes; the fields of :class:`~nnviz.session.canvas.layout.Layout`
    of the same names."""

    caption_y: float
    bounds: tuple[float, float, float, float]
    """(left, top, width, height) of the whole picture, legend included."""
    legend_top: float
    legend_stacked: bool
    class_outputs: int
    callout_y: float | None


def place_margins(network: Network, layers: list[LayerGeometry], options: LayoutOptions) -> Margins:
    """The captions' row, the callout strip, the loss box and the legend around ``layers``.

    Sets each layer's ``caption_dy``: every other caption is raised a line when neighbouring
    captions would run into each other.
    """
    left = min(g.x - g.half_width for g in layers) - 40.0
    s = options.text_scale
    stacked = s > 1.0 if options.legend_stacked is None else options.legend_stacked
    right = max(
        max(g.x + g.half_width for g in layers[:-1]) + 60.0,
        layers[-1].x + layers[-1].radius + 125.0 * s,
        left + LEGEND_WIDTH * (0.8 if stacked else s) * options.label_scale,
    )
    caption_y = min(g.top for g in layers) - 30.0
    s_text = options.text_scale * options.label_scale
    widths = [caption_width(g.caption, s_text) for g in layers]
    if any(b.x - a.x < (wa + wb) / 2 + 6.0 for a, b, wa, wb in zip(layers, layers[1:], widths, widths[1:])):
        for g in layers[1::2]:
            g.caption_dy = -CAPTION_PX * 1.5 * s_text
    callout_y = max(g.bottom for g in layers) + 12.0
    tight = (
        len(layers) > 1
        and layers[1].x - layers[0].x - 2 * max(g.radius for g in layers) - 24.0 < CALLOUT_WIDTH * s
    )
    strip = CALLOUT_HEIGHT * s + 12.0 if tight else 0.0
    loss_room = (20.0 + 26.0 * options.label_scale) * s  # the loss box under the output layer
    bottom = max(max(g.bottom for g in layers) + strip, layers[-1].bottom + loss_room) + 24.0
    class_outputs = class_output_count(network)
    class_rows = (48.0 if stacked else 24.0) + (18.0 if class_outputs > 5 else 0.0)  # ten classes may wrap
    legend_h = ((106.0 if stacked else 58.0) + class_rows * bool(class_outputs)) * s
    legend_h *= options.label_scale
    top = caption_y + min(g.caption_dy for g in layers) - 30.0 * s_text
    return Margins(
        caption_y=caption_y,
        bounds=(left, top, right - left, bottom + legend_h - top),
        legend_top=bottom,
        legend_stacked=stacked,
        class_outputs=class_outputs,
        callout_y=callout_y if tight else None,
    )
