"""Pooling: shrink each feature map by summarising windows of it, with no parameters.

For an input (N, C, H, W), a ``kernel`` (kh, kw) and ``stride`` s (default the
kernel, so windows do not overlap), each channel is pooled on its own, as
``torch.nn.MaxPool2d`` / ``AvgPool2d`` without padding::

    max:  z[n, c, i, j] = max over the window at (i·s, j·s)
    avg:  z[n, c, i, j] = (1/(kh·kw)) · Σ over the window

with ``a = z`` (no activation) and ``⌊(H − kh)/s⌋ + 1`` rows out.

Backward: average pooling spreads each δ evenly over its window; max pooling
sends each δ to the one cell that won its window. On a tie the winner is the
**first** maximum in row-major order within the window (top row first, then
left to right), as PyTorch's CPU kernel chooses (it replaces the running
maximum only when a value is strictly greater). The trace keeps the winners as
``row·W + col`` indices into the input map.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.activations import get_activation
from nnviz.core.conv import output_hw
from nnviz.core.layers import check_dropout
from nnviz.core.regularizers import Regularizer
from nnviz.core.trace import LayerTrace

Array = np.ndarray
IDENTITY = get_activation("identity")


class _Pool2D:
    """What max and average pooling share: kernel, stride, shapes."""

    kind = "pool"
    joins_input = False
    W = b = None
    activation = IDENTITY

    def __init__(self, kernel: tuple[int, int], stride: tuple[int, int] | None = None, dropout: float = 0.0):
        self.kernel = (int(kernel[0]), int(kernel[1]))
        self.stride = self.kernel if stride is None else (int(stride[0]), int(stride[1]))
        if min(self.kernel) < 1 or min(self.stride) < 1:
            raise ValueError(f"kernel and stride must be ≥ 1, got kernel {self.kernel}, stride {self.stride}")
        self.dropout = check_dropout(dropout)
        self._tables: dict = {}

    def output_shape(self, input_shape: tuple[int, ...]) -> tuple[int, ...]:
        """(C, H_out, W_out) for an input (C, H, W)."""
        if len(input_shape) != 3:
            raise ValueError(
                f"a {self.kind} layer takes images (channels × height × width); the input is a flat row"
            )
        c, h, w = input_shape
        kh, kw = self.kernel
        return (c, *output_hw(h, w, kh, kw, self.stride, 0, "pool window"))

    def _cells_first(self, x: Array) -> Array:
        """Every window's values with the window cell first: (kh·kw, N, C, H_out, W_out), one copy."""
        (kh, kw), (sh, sw) = self.kernel, self.stride
        n, c, h, w = x.shape
        oh, ow = (h - kh) // sh + 1, (w - kw) // sw + 1
        if (sh, sw) == (kh, kw):  # windows tile the map: a reshape instead of a sliding view
            tiles = x[:, :, : oh * kh, : ow * kw].reshape(n, c, oh, kh, ow, kw)
            return tiles.transpose(3, 5, 0, 1, 2, 4).reshape(kh * kw, n, c, oh, ow)
        view = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw]
        return view.transpose(4, 5, 0, 1, 2, 3).reshape(kh * kw, n, c, oh, ow)

    def delta_from(self, lt: LayerTrace, grad_a: Array) -> Array:
        """No activation: δ = ∂L/∂a."""
        return grad_a

    def trace_forward(self, index: int, x: Array) -> LayerTrace:
        z, _ = self.forward(x)
        return LayerTrace(index, x, z, z, None, z, self.kind)


def _max_of(cells: Array) -> Array:
    """The maximum over the first axis of ``cells`` (k, …), cell by cell in order as
    ``np.maximum.reduce`` takes it (the same numbers), with one call per cell: for a
    handful of cells that is several times faster than the reduction."""
    z = cells[0].copy()
    for values in cells[1:]:
        np.maximum(z, values, out=z)
    return z


class MaxPool2D(_Pool2D):
    kind = "max_pool2d"

    def forward(self, x: Array) -> tuple[Array, Array]:
        """``(z, a)``, a = z, each (N, C, H_out, W_out)."""
        z = _max_of(self._cells_first(x))
        return z, z

    def trace_forward(self, index: int, x: Array) -> LayerTrace:
        """z (N, C, H_out, W_out), and in ``winners`` the cell of the input map that won each window.

        A tie goes to the first maximum in row-major order, as PyTorch: the winner's window cell
        is the number of cells before the first one equal to the maximum."""
        cells = self._cells_first(x)
        z = _max_of(cells)
        offset, corner = self._input_indices(z.shape[2:], x.shape[3])
        cell = np.zeros(z.shape, np.uint8 if len(cells) < 256 else np.intp)
        if len(cells) > 1:  # one pass per cell on small integers, instead of a chain of np.where on indices
            before = cells[0] != z
            cell += before
            for values in cells[1:-1]:
                before &= values != z
                cell += before
        lt = LayerTrace(index, x, z, z, None, z, self.kind)
        lt.winners = offset.take(cell) + corner
        return lt

    def _input_indices(self, out_hw: tuple[int, int], width: int) -> tuple[Array, Array]:
        """Per window cell ``p·kw + q`` its offset ``p·width + q`` (kh·kw,), and per window the
        input-map index ``row·width + col`` of its top-left cell (H_out, W_out)."""
        key = (out_hw, width)
        tables = self._tables.get(key)
        if tables is None:
            (kh, kw), (sh, sw) = self.kernel, self.stride
            oh, ow = out_hw
            corner = (np.arange(oh)[:, None] * sh) * width + np.arange(ow)[None, :] * sw
            offset = (np.arange(kh * kw) // kw) * width + np.arange(kh * kw) % kw
            tables = self._tables[key] = offset, corner
        return tables

    def backward(
        self, lt: LayerTrace, delta: Array, regularizer: Regularizer | None, need_grad_input: bool
    ) -> Array | None:
        """Each δ (N, C, H_out, W_out) goes to its window's winner; returns ∂L/∂x (N, C, H, W)."""
        lt.delta = delta
        if not need_grad_input:
            return None
        n, c, h, w = lt.input.shape
        # A conv's output is stored channel-major (see Conv2D._z): answer in that layout, so the
        # conv's δ stays channel-major too and its rows need no copy.
        channel_major = lt.input.strides[1] > lt.input.strides[0]
        outer, inner = (c, n) if channel_major else (n, c)
        starts = self._map_starts(outer, inner, h * w)
        if channel_major:
            starts = starts.transpose(1, 0, 2, 3)
        grad = np.bincount((starts + lt.winners).ravel(), weights=delta.ravel(), minlength=n * c * h * w)
        grad = grad.reshape(outer, inner, h, w)
        return grad.transpose(1, 0, 2, 3) if channel_major else grad

    def _map_starts(self, outer: int, inner: int, size: int) -> Array:
        """Where each map of ``size`` cells starts in a flat (outer, inner, H, W) array: (outer, inner, 1, 1)."""
        key = ("starts", outer, inner, size)
        starts = self._tables.get(key)
        if starts is None:
            starts = self._tables[key] = np.arange(outer * inner).reshape(outer, inner, 1, 1) * size
        return starts


class AvgPool2D(_Pool2D):
    kind = "avg_pool2d"

    def forward(self, x: Array) -> tuple[Array, Array]:
        """``(z, a)``, a = z, each (N, C, H_out, W_out)."""
        cells = self._cells_first(x)
        z = np.add.reduce(cells, axis=0) / len(cells)
        return z, z

    def backward(
        self, lt: LayerTrace, delta: Array, regularizer: Regularizer | None, need_grad_input: bool
    ) -> Array | None:
        """Each δ spread as δ/(kh·kw) over its window; returns ∂L/∂x (N, C, H, W)."""
        lt.delta = delta
        if not need_grad_input:
            return None
        kh, kw = self.kernel
        sh, sw = self.stride
        n, c, h, w = lt.input.shape
        share = delta / (kh * kw)
        grad = np.zeros((n, c, h, w))
        _, _, oh, ow = delta.shape
        for p in range(kh):
            for q in range(kw):
                grad[:, :, p : p + sh * (oh - 1) + 1 : sh, q : q + sw * (ow - 1) + 1 : sw] += share
        return grad
