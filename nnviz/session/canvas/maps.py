"""Where the feature maps of an image layer go on the canvas: plain NumPy geometry, no Qt.

A conv or pool layer's output (C, H, W) is drawn as a *stack* of C small images
(its feature maps), laid out in a few columns of a grid; a conv layer's kernels
stand left of their maps, kernel o beside map o, its input channels side by side.
A cell's unit number is the row-major index ``c·H·W + r·W + col`` that
:mod:`nnviz.session.map_view` and the events use.

:func:`window` gives the input cells a conv kernel or a pool window covers at
one output cell: what the canvas outlines while the cursor steps a conv layer.

Coordinates are scene units (pixels at zoom 1), y pointing down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnviz.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.session.choice_names import choice_name

Array = np.ndarray
POOL_NAMES = {
    "max_pool2d": QT_TRANSLATE_NOOP("Layers", "max pool {kh}×{kw}"),
    "avg_pool2d": QT_TRANSLATE_NOOP("Layers", "avg pool {kh}×{kw}"),
}
"""A pooling layer's caption over its maps, by kind."""
PASSING_NAMES = {
    "flatten": QT_TRANSLATE_NOOP("Layers", "flatten"),
    "concat": QT_TRANSLATE_NOOP("Layers", "concat"),
}
"""The captions of the layers that pass values on unchanged, by kind."""
CELL_MAX = 40.0
"""The largest cell of a feature map: a 1×1 map stays a small square."""
KERNEL_CELL = 8.0
"""Scene size of one kernel weight."""
GAP = 12.0
"""Between two maps of a stack."""
KERNEL_GAP = 6.0
"""Between a kernel and its map."""
HEIGHT = 560.0
"""The height a stack may take."""
WIDTH = 280.0
"""The width a stack may take, kernels included."""


@dataclass(frozen=True)
class MapStack:
    """C maps of H×W cells of size ``cell``; map c's top-left corner at ``(lefts[c], tops[c])``.

    ``kernel`` is ``(in_channels, kh, kw)`` of a conv layer's kernels, drawn at
    ``kernel_lefts``/``kernel_tops`` (one per map, ``KERNEL_CELL`` a weight), else ``None``."""

    channels: int
    rows: int
    cols: int
    cell: float
    lefts: Array
    tops: Array
    kernel: tuple[int, int, int] | None = None
    kernel_lefts: Array | None = None
    kernel_tops: Array | None = None

    @property
    def kernel_width(self) -> float:
        """Width of one map's kernel strip (its input channels side by side), 0 without kernels."""
        if self.kernel is None:
            return 0.0
        c_in, _, kw = self.kernel
        return c_in * kw * KERNEL_CELL + (c_in - 1) * 3.0

    @property
    def left(self) -> float:
        return float(min(self.lefts.min(), self.kernel_lefts.min() if self.kernel is not None else math.inf))

    @property
    def right(self) -> float:
        return float(self.lefts.max() + self.cols * self.cell)

    @property
    def top(self) -> float:
        return float(self.tops.min())

    @property
    def bottom(self) -> float:
        return float(self.tops.max() + self.rows * self.cell)

    def rect(self, c: int) -> tuple[float, float, float, float]:
        """(left, top, width, height) of map ``c``."""
        return (float(self.lefts[c]), float(self.tops[c]), self.cols * self.cell, self.rows * self.cell)

    def kernel_rect(self, c: int, channel: int = 0) -> tuple[float, float, float, float]:
        """(left, top, width, height) of input channel ``channel`` of kernel ``c``."""
        _, kh, kw = self.kernel
        left = float(self.kernel_lefts[c]) + channel * (kw * KERNEL_CELL + 3.0)
        return (left, float(self.kernel_tops[c]), kw * KERNEL_CELL, kh * KERNEL_CELL)

    def cell_rect(self, unit: int) -> tuple[float, float, float, float]:
        """(left, top, width, height) of the cell of ``unit`` (row-major over the maps)."""
        c, rest = divmod(int(unit), self.rows * self.cols)
        r, col = divmod(rest, self.cols)
        return (float(self.lefts[c] + col * self.cell), float(self.tops[c] + r * self.cell), self.cell, self.cell)

    def unit_at(self, x: float, y: float) -> int | None:
        """The unit of the cell under the point, ``None`` outside every map."""
        col = np.floor((x - self.lefts) / self.cell)
        row = np.floor((y - self.tops) / self.cell)
        hit = np.flatnonzero((col >= 0) & (col < self.cols) & (row >= 0) & (row < self.rows))
        if len(hit) == 0:
            return None
        c = int(hit[0])
        return (c * self.rows + int(row[c])) * self.cols + int(col[c])

    def kernel_at(self, x: float, y: float) -> tuple[int, int] | None:
        """``(kernel, source)`` of the kernel weight under the point — ``source`` counting the
        kernel's weights (in, kh, kw) row-major, as ``[K | b]`` does — or ``None`` elsewhere."""
        if self.kernel is None:
            return None
        c_in, kh, kw = self.kernel
        for o in range(self.channels):
            for ch in range(c_in):
                left, top, w, h = self.kernel_rect(o, ch)
                if left <= x < left + w and top <= y < top + h:
                    p, q = int((y - top) // KERNEL_CELL), int((x - left) // KERNEL_CELL)
                    return o, (ch * kh + p) * kw + q
        return None

    def weight_rect(self, kernel: int, source: int) -> tuple[float, float, float, float]:
        """(left, top, width, height) of weight ``source`` of ``kernel`` (the bias: the whole kernel)."""
        c_in, kh, kw = self.kernel
        if source >= c_in * kh * kw:
            return (*self.kernel_rect(kernel)[:2], self.kernel_width, kh * KERNEL_CELL)
        ch, rest = divmod(source, kh * kw)
        left, top, _, _ = self.kernel_rect(kernel, ch)
        return (left + rest % kw * KERNEL_CELL, top + rest // kw * KERNEL_CELL, KERNEL_CELL, KERNEL_CELL)


def map_stack(
    x: float, shape: tuple[int, int, int], kernel: tuple[int, int, int] | None = None, cell_max: float = CELL_MAX
) -> MapStack:
    """Lay out the maps of ``shape`` (C, H, W) centred on column ``x`` and on y = 0, in the number of
    grid columns (1–4) that gives the largest cells; ``kernel`` (in, kh, kw) adds kernels left of the maps."""
    C, H, W = shape
    k_w = 0.0 if kernel is None else kernel[0] * kernel[2] * KERNEL_CELL + (kernel[0] - 1) * 3.0 + KERNEL_GAP
    k_h = 0.0 if kernel is None else kernel[1] * KERNEL_CELL
    best = None
    for n_cols in range(1, min(C, 4) + 1):
        n_rows = math.ceil(C / n_cols)
        by_height = (HEIGHT - (n_rows - 1) * GAP) / (n_rows * H)
        by_width = (WIDTH - n_cols * k_w - (n_cols - 1) * GAP) / (n_cols * W)
        cell = min(by_height, by_width, cell_max)
        if best is None or cell > best[0] + 1e-9:
            best = (cell, n_cols, n_rows)
    cell, n_cols, n_rows = best
    cell = max(cell, 2.0)
    slot_w = k_w + W * cell
    slot_h = max(H * cell, k_h)
    width = n_cols * slot_w + (n_cols - 1) * GAP
    height = n_rows * slot_h + (n_rows - 1) * GAP
    c = np.arange(C)
    slot_left = x - width / 2 + (c % n_cols) * (slot_w + GAP)
    slot_top = -height / 2 + (c // n_cols) * (slot_h + GAP)
    lefts = slot_left + k_w
    tops = slot_top + (slot_h - H * cell) / 2
    if kernel is None:
        return MapStack(C, H, W, cell, lefts, tops)
    return MapStack(C, H, W, cell, lefts, tops, kernel, slot_left, slot_top + (slot_h - k_h) / 2)


def window(layer, cell: tuple[int, int, int], in_shape: tuple[int, int, int]) -> tuple[int, int, int, int] | None:
    """``(row0, col0, rows, cols)`` of the input cells that ``layer`` (conv2d or a pool) reads for
    output ``cell`` = (map, row, col), clipped to the input (padding lies outside); ``None`` for
    other kinds. A conv cell reads every input channel; a pool cell its own map only."""
    if layer.kind == "conv2d":
        (kh, kw), (sh, sw), p = layer.kernel, (layer.stride, layer.stride), layer.padding
    elif layer.kind in ("max_pool2d", "avg_pool2d"):
        (kh, kw), (sh, sw), p = layer.kernel, layer.stride, 0
    else:
        return None
    _, H, W = in_shape
    _, r, c = cell
    r0, c0 = r * sh - p, c * sw - p
    r1, c1 = min(r0 + kh, H), min(c0 + kw, W)
    r0, c0 = max(r0, 0), max(c0, 0)
    return (r0, c0, r1 - r0, c1 - c0)


def layer_caption(network, k: int, kind: str, shape: tuple[int, int] | None) -> str:
    """What the canvas writes over layer ``k``: ``hidden 1 · relu · 4``, ``conv 3×3 · relu · 8×8×8``
    (maps × rows × columns, as the Experiment panel writes it)."""
    n = network.sizes[k]
    if k == 0:
        name = translate("Layers", "input")
        if len(network.input_shape) == 3:
            c, h, w = network.input_shape
            return f"{name} · {h}×{w}" if c == 1 else f"{name} · {c}×{h}×{w}"
        return f"{name} · {shape[0]}×{shape[1]} · {n}" if shape else f"{name} · {n}"
    layer = network.layers[k - 1]
    act = choice_name(layer.activation.name).replace("_", " ")
    if layer.kind == "conv2d":
        c, h, w = network.shapes[k - 1]
        kh, kw = layer.kernel
        return translate("Layers", "conv {kh}×{kw}").format(kh=kh, kw=kw) + f" · {act} · {c}×{h}×{w}"
    if layer.kind in ("max_pool2d", "avg_pool2d"):
        c, h, w = network.shapes[k - 1]
        kh, kw = layer.kernel
        pool = translate("Layers", POOL_NAMES[layer.kind]).format(kh=kh, kw=kw)
        return f"{pool} · {c}×{h}×{w}"
    if layer.kind in ("flatten", "concat"):
        return f"{translate('Layers', PASSING_NAMES[layer.kind])} · {n}"
    name = (
        translate("Layers", "output")
        if k == len(network.layers)
        else translate("Layers", "hidden {k}").format(k=k)
    )
    return f"{name} · {act} · {n}"
