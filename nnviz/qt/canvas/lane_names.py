"""The Wide&Deep lanes of a canvas layout, their names sized for the zoom the canvas fits at.

Zoomed out to fit a small window, names of 9 scene pixels come out at 4; the
canvas lays the lanes out again with larger names (which widen the picture,
which lowers the zoom: :meth:`NetworkCanvas.fit_to_view` settles both), so
they stay at :data:`~nnviz.session.canvas.readable.READABLE_PX` on screen and a bit more:
the rule of :func:`~nnviz.session.canvas.readable.readable_scale`, which the captions and the
legend follow too.
"""

from __future__ import annotations

from dataclasses import replace

from nnviz.session.canvas.layout import Layout
from nnviz.session.canvas.readable import readable_scale
from nnviz.session.canvas.wide_lane import TEXT_PX, WideLaneGeometry, wide_lane_geometry
from nnviz.session.wide_deep import Lanes


def name_scale(zoom: float, font_scale: float) -> float:
    """The text scale of the names at view ``zoom``: the theme's ``font_scale``, or larger so
    they come out readable on screen (:func:`~nnviz.session.canvas.readable.readable_scale`)."""
    return font_scale * readable_scale(TEXT_PX * font_scale, zoom)


class LaneNames:
    """A Wide&Deep network's lanes over ``plain`` (its layout without them), named ``names``."""

    def __init__(self, lanes: Lanes, names, plain: Layout):
        self.lanes, self.names, self.plain = lanes, names, plain
        self.scale = 0.0
        """The text scale the names are laid out at."""

    def place(self, scale: float, force: bool = False) -> tuple[Layout, WideLaneGeometry] | None:
        """The layout widened for the lanes and their geometry, names at text scale ``scale``;
        ``None`` when they already are at it, within 3 % (unless ``force``)."""
        if not force and abs(scale - self.scale) <= 0.03 * self.scale:
            return None
        self.scale = scale
        geometry = wide_lane_geometry(self.plain, self.lanes, self.names, scale)
        return replace(self.plain, bounds=geometry.bounds), geometry
