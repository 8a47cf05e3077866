"""Where the canvas's labels go so that none covers a unit or another label: plain geometry, no Qt.

A learner saw the δ callout run into the loss box and badges cover the unit
tiles they label. Every label is therefore placed here, before painting, as a
rectangle in scene units ``(left, top, width, height)``:

- fixed first: the units (tiles or circles), the bias units, the layers'
  captions, the legend, image grids, and the loss box under the output layer;
- then the callout of the unit the cursor is on (its z and a, or its δ), at
  the first free place right of, above-right of, below-right of or left of it;
- then each unit's δ badge (beside the tile's top right), its value badge
  (under the tile; a circle holds its value inside), and its z label;
- last the edge labels (:func:`place_edge_labels`), along their edges.

A label tries its candidate places in order and takes the first that
intersects nothing placed so far. A badge with no free place is left out (its
number stays in the tooltip and the inspector); the callout and the loss box
are always drawn. Sizes follow the painter's fonts at the theme's
``font_scale`` ``s``: a badge is (7 + 6·len)·s wide and 15·s high.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nnviz.session.canvas.layout import GRID, Layout
from nnviz.session.canvas.margins import CAPTION_PX, CHAR_EM, caption_width

Rect = tuple[float, float, float, float]
"""``(left, top, width, height)`` in scene units."""
GAP = 2.0


def badge_size(text: str, s: float) -> tuple[float, float]:
    return (7.0 + 6.0 * len(text)) * s, 15.0 * s


def callout_size(lines: list[str], s: float) -> tuple[float, float]:
    return (16.0 + 6.7 * max(len(line) for line in lines)) * s, (16.0 * len(lines) + 6.0) * s


def intersects(a: Rect, b: Rect) -> bool:
    """Whether two rectangles overlap by more than touching."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def centred(x: float, y: float, w: float, h: float) -> Rect:
    return (x - w / 2, y - h / 2, w, h)


@dataclass(frozen=True)
class UnitText:
    """The texts a drawn unit carries (empty: none). ``tile``: drawn as a heatmap square."""

    layer: int
    unit: int
    x: float
    y: float
    r: float
    tile: bool
    value: str = ""
    delta: str = ""
    z: str = ""


@dataclass
class Placement:
    """Every placed label. Badge and label positions are centres; ``None``: left out."""

    value_at: dict[tuple[int, int], tuple[float, float]] = field(default_factory=dict)
    delta_at: dict[tuple[int, int], tuple[float, float]] = field(default_factory=dict)
    z_at: dict[tuple[int, int], tuple[float, float]] = field(default_factory=dict)
    callout: Rect | None = None
    loss: Rect | None = None
    bounds: Rect | None = None
    """The picture: a label must lie inside it."""
    boxes: list[tuple[str, Rect]] = field(default_factory=list)
    """Every fixed obstacle and placed label as ``(kind, rect)``: what the overlap tests check."""
    _edges: np.ndarray = field(default_factory=lambda: np.empty((64, 4)), repr=False)
    """(capacity, 4) left, top, right, bottom of the first ``len(boxes)`` boxes: :meth:`free` tests a
    rectangle against all of them at once (a live frame places a few hundred labels, and a Python
    loop over every pair took 4 ms of it)."""

    def add(self, kind: str, rect: Rect) -> None:
        n = len(self.boxes)
        if n == len(self._edges):
            self._edges = np.concatenate([self._edges, np.empty_like(self._edges)])
        self._edges[n] = (rect[0], rect[1], rect[0] + rect[2], rect[1] + rect[3])
        self.boxes.append((kind, rect))

    def free(self, rect: Rect) -> bool:
        b = self.bounds
        if b is not None and not (b[0] <= rect[0] and rect[0] + rect[2] <= b[0] + b[2] and b[1] <= rect[1]):
            return False
        e = self._edges[: len(self.boxes)]
        left, top = rect[0], rect[1]
        right, bottom = left + rect[2], top + rect[3]
        # intersects(rect, box) for every box, as in :func:`intersects`
        hit = (left < e[:, 2]) & (e[:, 0] < right) & (top < e[:, 3]) & (e[:, 1] < bottom)
        return not hit.any()

    def take(self, kind: str, candidates: list[Rect]) -> Rect | None:
        for rect in candidates:
            if self.free(rect):
                self.add(kind, rect)
                return rect
        return None


def loss_rect(layout: Layout, s: float) -> Rect:
    """The loss box under the output layer, below the room its units' value badges take (as large as
    the captions: :attr:`Layout.label_scale`)."""
    g = layout.layers[-1]
    top = float(g.ys.max()) + g.radius + GAP + 15.0 * s + 2 * GAP
    k = s * layout.label_scale
    return (g.x - 48.0 * k, top, 96.0 * k, 26.0 * k)


def caption_rect(layout: Layout, k: int, s: float) -> Rect:
    g = layout.layers[k]
    s *= layout.label_scale
    return centred(g.x, layout.caption_y + g.caption_dy, caption_width(g.caption, s), CAPTION_PX * s * 1.3)


def bias_rect(layout: Layout, k: int) -> Rect:
    g = layout.layers[k]
    x, y = g.bias
    half = max(min(g.radius, 17.0), 10.0)
    return (x - half, y - 0.8 * half, 2 * half, 1.6 * half)


def fixed_boxes(layout: Layout, s: float, with_loss: bool = True) -> Placement:
    """The obstacles every label must avoid (see the module docstring)."""
    out = Placement(bounds=layout.bounds)
    for k, g in enumerate(layout.layers):
        out.add("caption", caption_rect(layout, k, s))
        if g.bias is not None:
            out.add("bias", bias_rect(layout, k))
        if g.kind == GRID:
            rows, cols, left, top, cell = g.grid
            out.add("grid", (left, top, cols * cell, rows * cell))
        if g.maps is not None:
            for c in range(g.maps.channels):
                out.add("map", g.maps.rect(c))
                if g.maps.kernel is not None:
                    left, top, _, height = g.maps.kernel_rect(c)
                    out.add("kernel", (left, top, g.maps.kernel_width, height))
    u = layout.units
    for x, y, r in zip(u["x"].tolist(), u["y"].tolist(), u["r"].tolist()):
        out.add("unit", (x - r - 0.5, y - r - 0.5, 2 * r + 1, 2 * r + 1))
    left, top, width, height = layout.bounds
    out.add("legend", (left, layout.legend_top, width, top + height - layout.legend_top))
    if with_loss:
        out.loss = loss_rect(layout, s)
        out.add("loss", out.loss)
    return out


def place_unit_labels(
    layout: Layout, texts: list[UnitText], s: float, callout: tuple[int, int, list[str]] | None
) -> Placement:
    """Place the callout (``(layer, unit, lines)`` of the unit the cursor is on) and every unit's
    badges; see the module docstring."""
    out = fixed_boxes(layout, s)
    by_key = {(t.layer, t.unit): t for t in texts}
    if callout is not None and (callout[0], callout[1]) in by_key:
        t = by_key[(callout[0], callout[1])]
        w, h = callout_size(callout[2], s)
        right = t.x + t.r + 10.0
        candidates = [
            (right, t.y - h / 2, w, h),
            (right, t.y - t.r - h, w, h),
            (right, t.y + t.r, w, h),
            (t.x - t.r - 10.0 - w, t.y - h / 2, w, h),
            (t.x - w / 2, t.y - t.r - GAP - h, w, h),
        ]
        if layout.callout_y is not None:  # the strip under the columns, kept for it
            candidates.append((t.x - w / 2, layout.callout_y, w, h))
        out.callout = out.take("callout", candidates) or candidates[0]
        if ("callout", out.callout) not in out.boxes:
            out.add("callout", out.callout)
    for t in texts:
        if t.delta:
            w, h = badge_size(t.delta, s)
            side = t.x + t.r + GAP + w / 2
            rect = out.take(
                "delta",
                [
                    centred(side, t.y - t.r + h / 2, w, h),
                    centred(side, t.y + t.r - h / 2, w, h),
                    centred(t.x + t.r - w / 2, t.y - t.r - GAP - h / 2, w, h),
                    centred(t.x - t.r - GAP - w / 2, t.y - t.r + h / 2, w, h),
                ],
            )
            if rect is not None:
                out.delta_at[(t.layer, t.unit)] = (rect[0] + w / 2, rect[1] + h / 2)
    for t in texts:
        if t.value and t.tile:
            w, h = badge_size(t.value, s)
            below = t.y + t.r + GAP + h / 2
            rect = out.take(
                "value",
                [
                    centred(t.x, below, w, h),
                    centred(t.x + t.r + GAP + w / 2, t.y + t.r - h / 2, w, h),
                    centred(t.x - t.r - GAP - w / 2, t.y + t.r - h / 2, w, h),
                ],
            )
            if rect is not None:
                out.value_at[(t.layer, t.unit)] = (rect[0] + w / 2, rect[1] + h / 2)
    for t in texts:
        if t.z:
            w, h = CHAR_EM * 10.0 * s * len(t.z) + 2.0, 13.0 * s
            rect = out.take(
                "z", [centred(t.x, t.y - t.r - 8.0 * s, w, h), centred(t.x, t.y + t.r + 8.0 * s, w, h)]
            )
            if rect is not None:
                out.z_at[(t.layer, t.unit)] = (rect[0] + w / 2, rect[1] + h / 2)
    return out


LABEL_POSITIONS = (0.5, 0.36, 0.64, 0.26, 0.74, 0.18, 0.82, 0.43, 0.57, 0.31, 0.69)
"""Where along an edge (0: source, 1: target) a label may go, tried in this order."""


def place_edge_labels(
    layout: Layout, labels: list[tuple[int, str, bool]], placed: Placement, s: float
) -> list[tuple[float, float, str, bool, int]]:
    """Put each edge label where it overlaps no unit, badge or label placed before it, emphasised
    edges first; drop it if no position is free (its number stays in the tooltip).
    Returns ``(x, y, text, focused, edge index)`` per placed label; ``placed`` grows by them."""
    out = []
    for i, text, focused in labels:
        x0, y0, x1, y1 = layout.lines[i]
        w, h = (6.0 + 6.0 * len(text)) * s, 14.0 * s
        spots = [(x0 + t * (x1 - x0), y0 + t * (y1 - y0)) for t in LABEL_POSITIONS]
        rect = placed.take("edge", [centred(x, y, w, h) for x, y in spots])
        if rect is not None:
            out.append((rect[0] + w / 2, rect[1] + h / 2, text, focused, i))
    return out


def overlaps(boxes: list[tuple[str, Rect]], ignore: tuple[tuple[str, str], ...] = ()) -> list[tuple]:
    """The pairs of boxes that intersect, as ``(kind, rect, kind, rect)`` (for tests and checks)."""
    found = []
    rects = np.array([r for _, r in boxes], dtype=float).reshape(-1, 4)
    for a in range(len(boxes)):
        ka = boxes[a][0]
        for b in range(a + 1, len(boxes)):
            kb = boxes[b][0]
            if (ka, kb) in ignore or (kb, ka) in ignore:
                continue
            if intersects(tuple(rects[a]), tuple(rects[b])):
                found.append((ka, boxes[a][1], kb, boxes[b][1]))
    return found
