"""How much larger the canvas draws its layer captions and legend, so that they stay readable when
the network is fitted into a small view (no Qt).

The canvas fits the whole picture into its view; a digits CNN in the 708×406 view of a 1366×768
window is drawn at 0.45 of its scene size, so a 10 px legend line would come out at 4.5 px. Text
under :data:`~nnviz.session.canvas.readable.READABLE_PX` (8 px) is hard to read. The captions and
the legend say what the picture shows, so the layout can make them larger instead
(:attr:`~nnviz.session.canvas.layout.LayoutOptions.label_scale`); that enlarges the picture, which
is then fitted at a smaller scale, so the factor is found by iteration: k such that the legend's
smallest text, :data:`LEGEND_PX` × font scale × k, comes out at ``READABLE_PX`` at the scale the
picture with that k is fitted at, each step taking the k the last fit calls for from
:func:`~nnviz.session.canvas.readable.readable_scale` (the rule the captions and the Wide&Deep
names follow too). When no k up to :data:`MAX_LABEL_SCALE` gets there (a picture whose width is
mostly its legend shrinks as fast as the legend grows), k stays 1 and the small texts are hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from nnviz.session.canvas.readable import READABLE_PX, readable_scale

LEGEND_PX = 10.0
"""The legend's smallest line of text (its value and class labels), in scene pixels at text scale 1."""
MAX_LABEL_SCALE = 3.0
MARGIN = 1.03
"""Aim a little above the limit: the fit of the new picture lands a little lower than foreseen. Less
than :data:`~nnviz.session.canvas.readable.AIM`: each k is checked against the fit it gets and
stepped again if short, whereas aiming higher would enlarge the legend, and so shrink everything
else, more than needed."""


def choose_label_scale(fit: Callable[[float], float], font_scale: float) -> float:
    """The label scale k for the picture whose fit scale (view pixels per scene pixel) with label
    scale k is ``fit(k)``: 1 when the legend is readable as it is, else the smallest k found for
    which ``LEGEND_PX · font_scale · k · fit(k) ≥ READABLE_PX``, else 1."""

    def px(k: float, scale: float) -> float:
        return LEGEND_PX * font_scale * k * scale

    scale = fit(1.0)
    if scale <= 0 or px(1.0, scale) >= READABLE_PX:
        return 1.0
    k = 1.0
    for _ in range(6):
        wanted = readable_scale(LEGEND_PX * font_scale, scale, MARGIN)
        if wanted > MAX_LABEL_SCALE or wanted <= k * 1.001:
            return 1.0  # it does not converge: the legend grows as fast as the picture shrinks
        k = wanted
        scale = fit(k)
        if px(k, scale) >= READABLE_PX:
            return k
    return 1.0
