"""The two lanes of a Wide&Deep network on the canvas: plain NumPy geometry, no Qt.

The layout (:mod:`nnviz.session.canvas.layout`) draws the concat layer as a
column of slots with the output unit's edges leaving them, and nothing
entering them (a concat has no weights). This module adds what says where
each slot comes from:

- the **concat bar**: a band behind the wide slots and one behind the deep
  slots, each captioned with its lane and width;
- **feeds**: a line from each input column of the wide lane to its slot, and
  from each unit of the deep lane's last layer to its slot — copies, not weights;
- **labels**: every input unit's name left of the input column, and each slot's
  name left of its slot: a crossed feature as an AND-unit, ``∧ colour=red × size=S``
  (1 exactly when both hold), a deep slot as ``a₃ · layer 1``.

Coordinates are scene units, like the layout's.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.numbering import subscript
from nnviz.i18n import translate
from nnviz.session.canvas.layout import GRID, Layout
from nnviz.session.canvas.margins import CAPTION_PX, CHAR_EM
from nnviz.session.input_table import CROSS, CROSS_SIGN, kind_of
from nnviz.session.wide_deep import Lanes

Array = np.ndarray
TEXT_PX = 9.0
"""Pixel size of the names at text scale 1."""
LINE = 1.25
"""A name's line height in em: names further apart than this are drawn, closer ones not at all."""
GAP = 5.0
"""Between a unit and its name."""
AND = "∧ "
"""Before the name of a crossed feature: an AND of two categories."""


@dataclass(frozen=True)
class Text:
    """A name drawn right-aligned to ``x`` and centred on ``y``; ``lane`` ``wide``, ``deep`` or ``""``."""

    x: float
    y: float
    text: str
    lane: str = ""


@dataclass(frozen=True)
class Band:
    """One lane's part of the concat bar: a rectangle and its caption, right-aligned left of it
    at ``caption_y``: a line above the wide lane's first name, a line below the deep lane's last."""

    lane: str
    left: float
    top: float
    width: float
    height: float
    caption: str
    caption_y: float


@dataclass(frozen=True)
class WideLaneGeometry:
    """Everything the canvas adds for the lanes; ``feeds`` (F, 4) lines ``x0, y0, x1, y1`` with
    ``feed_lanes`` (F,) and ``slots`` the concat slot of each feed; ``bounds`` the picture's
    (left, top, width, height) widened for the names; ``text_px`` the names' size in scene units."""

    bands: list[Band]
    feeds: Array
    feed_lanes: tuple[str, ...]
    slots: Array
    texts: list[Text]
    bounds: tuple[float, float, float, float]
    text_px: float = TEXT_PX


def text_width(text: str, text_scale: float) -> float:
    return CHAR_EM * TEXT_PX * text_scale * len(text)


def slot_name(lanes: Lanes, slot: int, short: bool = False) -> str:
    """What slot ``slot`` (0-based) of the concat is called on the canvas; ``short``: a feature
    by its categories only (``∧ red × S`` for ``colour=red × size=S``)."""
    if slot < lanes.wide_width:
        name = lanes.wide_names[slot]
        if short and "=" in name:
            name = CROSS_SIGN.join(part.split("=", 1)[1] for part in name.split(CROSS_SIGN))
        return AND + name if kind_of(lanes.wide_names[slot]) == CROSS else name
    h = slot - lanes.wide_width
    return translate("WideLane", "a{unit} · layer {layer}").format(unit=subscript(h + 1), layer=lanes.concat - 1)


def wide_lane_geometry(
    layout: Layout, lanes: Lanes, input_names: list[str] | tuple[str, ...], text_scale: float = 1.0
) -> WideLaneGeometry:
    """The lanes of ``layout`` (a layout of the network ``lanes`` was found in), the names at
    ``text_scale`` × :data:`TEXT_PX`; a column's names only where its units are a line apart."""
    inputs, concat, deep = layout.layers[0], layout.layers[lanes.concat], layout.layers[lanes.concat - 1]
    texts: list[Text] = []
    text_px = TEXT_PX * text_scale
    if inputs.kind != GRID and _room(inputs.ys, text_px):
        right = inputs.x - inputs.radius - GAP
        for u, y in zip(inputs.shown, inputs.ys):
            name = input_names[u] if u < len(input_names) else f"x{subscript(int(u) + 1)}"
            texts.append(Text(right, float(y), name))
    feeds, feed_lanes, slots = [], [], []
    right = concat.x - concat.radius - GAP
    # The slots' names stand between the deep lane's column and the concat: the full names where
    # they fit, else the categories alone (the tooltip gives the full name), else none.
    room = right - (deep.x + deep.half_width + GAP)
    short = _widest(lanes, concat.shown, text_scale, False) > room
    fits = _widest(lanes, concat.shown, text_scale, short) <= room
    for s, x1, y1 in zip(concat.shown, concat.xs, concat.ys):
        s = int(s)
        wide = s < lanes.wide_width
        lane = "wide" if wide else "deep"
        if fits and _room(concat.ys, text_px):
            texts.append(Text(right, float(y1), slot_name(lanes, s, short), lane))
        source = inputs.position(int(lanes.columns[s])) if wide else deep.position(s - lanes.wide_width)
        if source is None:  # not drawn: an ellipsis stands for it
            continue
        start = inputs.radius if wide else deep.radius
        feeds.append((source[0] + start, source[1], x1 - concat.radius, y1))
        feed_lanes.append(lane)
        slots.append(s)
    bands = []
    for lane, chosen in (("wide", concat.shown < lanes.wide_width), ("deep", concat.shown >= lanes.wide_width)):
        if not chosen.any():
            continue
        ys = concat.ys[chosen]
        pad = concat.radius + 3.0
        width = lanes.wide_width if lane == "wide" else lanes.deep_width
        caption = (
            translate("WideLane", "wide lane · {0}")
            if lane == "wide"
            else translate("WideLane", "deep lane · {0}")
        ).format(width)
        top = float(ys.min()) - pad
        caption_y = float(ys.min()) - LINE * text_px if lane == "wide" else float(ys.max()) + LINE * text_px
        bands.append(Band(lane, concat.x - pad, top, 2 * pad, float(ys.max()) + pad - top, caption, caption_y))
    left, top, width, height = layout.bounds
    reach = min((t.x - text_width(t.text, text_scale) for t in texts), default=left) - 12.0
    reach = min([reach, *(b.left - GAP - text_width(b.caption, text_scale) - 4.0 for b in bands)])
    caption_room = CAPTION_PX * text_scale  # the bands' captions sit above them
    new_left = min(left, reach)
    bounds = (new_left, top - caption_room, width + left - new_left, height + caption_room)
    return WideLaneGeometry(
        bands,
        np.array(feeds, dtype=float).reshape(-1, 4),
        tuple(feed_lanes),
        np.array(slots, dtype=np.intp),
        texts,
        bounds,
        text_px,
    )


def _widest(lanes: Lanes, shown: Array, text_scale: float, short: bool) -> float:
    return max((text_width(slot_name(lanes, int(s), short), text_scale) for s in shown), default=0.0)


def _room(ys: Array, text_px: float) -> bool:
    """Whether names of ``text_px`` fit between units at ``ys``: a line apart at least."""
    return len(ys) < 2 or float(np.min(np.diff(np.sort(ys)))) >= LINE * text_px
