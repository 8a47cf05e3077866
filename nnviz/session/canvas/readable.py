"""The one rule for canvas text that must be read however small the canvas is fitted (no Qt).

Layer captions, the legend, the loss box and the Wide&Deep lane names say what the picture
shows. Zoomed out to fit a small view they would come out under :data:`READABLE_PX` on
screen, so they are drawn larger: :func:`readable_scale` is the factor, from the size the
text is laid out at and the zoom. Three places apply it, each where it can make room:

- the captions, at paint time, grow into the room above the columns
  (:meth:`nnviz.qt.canvas.paint.NetworkPicture.paint_heads`);
- the lane names are laid out again at a larger text scale
  (:func:`nnviz.qt.canvas.lane_names.name_scale`), which widens the picture and lowers the
  zoom, so the canvas settles both;
- the captions, legend and loss box are laid out larger (the layout's label scale,
  :func:`nnviz.session.canvas.label_scale.choose_label_scale`), found the same way.
"""

from __future__ import annotations

READABLE_PX = 8.0
"""What text that must be read comes out at least, in device pixels."""
AIM = 1.08
"""Aim this much above :data:`READABLE_PX`: font pixel sizes are whole numbers (12.4 px is drawn
at 12), and a picture laid out larger is fitted a little lower than foreseen."""


def readable_scale(text_px: float, zoom: float, aim: float = AIM) -> float:
    """How many times larger than laid out (``text_px`` scene pixels, the theme's font scale
    included) text must be drawn so that at ``zoom`` (view pixels per scene pixel) it comes out
    at ``aim`` × :data:`READABLE_PX` on screen; 1 when it already does (or for no zoom)."""
    if zoom <= 0 or text_px <= 0:
        return 1.0
    return max(1.0, aim * READABLE_PX / (text_px * zoom))
