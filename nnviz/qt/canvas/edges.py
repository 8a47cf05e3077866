"""Edges drawn in batches: one ``drawLines`` call per colour and width, never one item per edge.

Each refresh sorts the drawn edges by a bucket key — sign, magnitude bin (the
colour) and quantized width — into one contiguous (E, 4) array laid out like
``QLineF``; painting then hands each bucket's slice to ``QPainter.drawLines``
as a pointer, so no Python object is made per edge. Buckets are drawn from
empty (not revealed, thin grey) to strongest, so strong edges lie on top.

A live run paints the quick way: translucent pens (the dimmed edges around
the cursor's, the halo under the cursor's) are replaced by opaque ones of the
colour they blend to over the background. Qt's raster engine blends translucent
lines pixel by pixel, several times slower; the only difference is where two
dimmed edges cross, or a halo crosses an edge (hidden a little more).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from nnviz.qt.theme import Theme, blended

Array = np.ndarray
MAG_BINS = 6
WIDTH_MIN, WIDTH_MAX = 0.6, 6.0
WIDTH_STEP = 0.5
EMPTY = -1
ZERO = -2
"""Bucket keys of edges not computed yet (NaN) and of edges exactly 0, drawn thin and grey as the legend's 0."""


def edge_style(values: Array, scale: float, width_scale: Array) -> tuple[Array, Array, Array]:
    """Per edge: magnitude in [0, 1] (clipped at ``scale``), magnitude bin and drawn width."""
    m = np.abs(values) * (1.0 / scale)
    m = np.where(m <= 1.0, m, np.where(m == m, 1.0, 0.0))
    mag_bin = np.minimum((m * MAG_BINS).astype(np.intp), MAG_BINS - 1)
    width = width_scale * (WIDTH_MIN + (WIDTH_MAX - WIDTH_MIN) * m)
    return m, mag_bin, width


def bin_color(theme: Theme, positive: bool, mag_bin: int, alpha: int = 255) -> QColor:
    """The colour of a magnitude bin: never the map's white middle, so weak edges stay visible."""
    t = 0.3 + 0.7 * (mag_bin + 0.5) / MAG_BINS
    return theme.color(t if positive else -t, alpha)


_PENS: dict[Theme, dict[tuple[int, int], tuple[QPen, QPen | None]]] = {}
"""Per theme, the pens of bucket keys (colour and width) and alpha, made once: a refresh makes no pens."""


@dataclass
class Bucket:
    start: int
    count: int
    pen: QPen
    opaque: QPen | None = None
    """The pen for quick painting: ``pen`` blended over the background (``None``: ``pen`` is opaque)."""


def over_background(pen: QPen, background: QColor) -> QPen | None:
    """``pen`` with its translucent colour replaced by the opaque one it shows over ``background``."""
    if pen.color().alphaF() >= 1.0:
        return None
    opaque = QPen(pen)
    opaque.setColor(blended(pen.color(), background))
    return opaque


class EdgeBatch:
    """A set of edges sorted into pen buckets, ready to paint."""

    def __init__(self, lines: Array, values: Array, scale: float, width_scale: Array, theme: Theme, alpha: int):
        empty = ~np.isfinite(values)
        _, mag_bin, width = edge_style(values, scale, width_scale * theme.line_scale)
        width_bin = np.clip(np.round(width / WIDTH_STEP), 1, 63).astype(np.intp)
        positive = values > 0
        key = (mag_bin * 2 + positive) * 64 + width_bin
        key[values == 0] = ZERO
        key[empty] = EMPTY
        order = np.argsort(key, kind="stable")
        self.lines = np.ascontiguousarray(lines[order])
        keys = key[order]
        cuts = np.flatnonzero(np.diff(keys)) + 1
        starts = np.concatenate([[0], cuts]) if len(keys) else np.zeros(0, dtype=np.intp)
        ends = np.concatenate([cuts, [len(keys)]]) if len(keys) else np.zeros(0, dtype=np.intp)
        self.buckets: list[Bucket] = []
        background = self._background = theme.q("background")
        self._bucket_of = np.empty(len(keys), dtype=np.intp)
        self._position = np.empty(len(keys), dtype=np.intp)
        self._position[order] = np.arange(len(keys))
        pens = _PENS.setdefault(theme, {})
        for s, e in zip(starts, ends):
            self._bucket_of[s:e] = len(self.buckets)
            k = int(keys[s])
            if k in (EMPTY, ZERO):  # not computed yet: faint; exactly 0: thin and grey, as the legend's 0
                colour, factor = ("empty_edge", 0.8) if k == EMPTY else ("muted", WIDTH_MIN * theme.line_scale)
                pen = QPen(theme.q(colour, alpha), factor * float(np.median(width_scale[order[s:e]])))
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                self.buckets.append(Bucket(int(s), int(e - s), pen, over_background(pen, background)))
                continue
            made = pens.get((k, alpha))
            if made is None:
                wb, rest = k % 64, k // 64
                pen = QPen(bin_color(theme, bool(rest % 2), rest // 2, alpha), wb * WIDTH_STEP)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                made = pens[(k, alpha)] = (pen, over_background(pen, background))
            self.buckets.append(Bucket(int(s), int(e - s), *made))

    def __len__(self) -> int:
        return len(self.lines)

    def pen_of(self, i: int) -> QPen:
        """The pen edge ``i`` (its index among the edges this batch was made from) is drawn with."""
        return self.buckets[self._bucket_of[self._position[i]]].pen

    def paint(self, p: QPainter, halo: QColor | None = None, fast: bool = False) -> None:
        """Draw every bucket; with ``halo``, first a wider underlay in that colour for contrast.

        ``fast`` antialiases only lines at most a device pixel wide (Qt's quick
        path); wider ones are drawn aliased, about four times faster; and
        translucent pens are drawn opaque (see the module docstring). Edges with
        a ``halo`` (the ones the cursor is on) stay antialiased, and ``fast`` draws
        only their underlay aliased and opaque: a wide round-capped antialiased
        line costs about 70 µs, a translucent one about 30 µs, three times the
        opaque one.
        """
        base = self.lines.ctypes.data
        row = self.lines.strides[0]
        scale = abs(p.worldTransform().m11())
        if halo is not None and fast and halo.alpha() < 255:
            halo = blended(halo, self._background)
        for b in self.buckets:
            ptr = shiboken6.wrapInstance(base + b.start * row, QLineF)
            if halo is not None:
                under = QPen(halo, b.pen.widthF() + 3.0)
                under.setCapStyle(Qt.PenCapStyle.RoundCap)
                p.setRenderHint(QPainter.RenderHint.Antialiasing, not fast)
                p.setPen(under)
                p.drawLines(ptr, b.count)
                p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            elif fast:
                p.setRenderHint(QPainter.RenderHint.Antialiasing, b.pen.widthF() * scale <= 1.0)
            p.setPen(b.opaque if fast and b.opaque is not None and halo is None else b.pen)
            p.drawLines(ptr, b.count)
        if fast:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
