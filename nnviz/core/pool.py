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


class MaxPool2D(_Pool2D):
    kind = "max_pool2d"

    def forward(self, x: Array) -> tuple[Array, Array]:
        """``(z, a)``, a = z, each (N, C, H_out, W_out)."""
        z = np.maximum.reduce(self._cells_first(x), axis=0)
        return z, z

    def trace_forward(self, index: int, x: Array) -> LayerTrace:
        """z (N, C, H_out, W_out), and in ``winners`` the cell of the input map that won each window.

        A tie goes to the first maximum in row-major order, as PyTorch: the cells are
        searched from the last to the first, each equal one taking over."""
        cells = self._cells_first(x)
        z = np.maximum.reduce(cells, axis=0)
        at = self._input_indices(z.shape[2:], x.shape[3])
        if len(cells) == 1:
            winners = np.broadcast_to(at[0], z.shape).copy()
        else:  # np.where broadcasts the last cell's index table itself (broadcast_to costs more)
            winners = np.where(cells[-2] == z, at[-2], at[-1])
            for cell in range(len(cells) - 3, -1, -1):
                winners = np.where(cells[cell] == z, at[cell], winners)
        lt = LayerTrace(index, x, z, z, None, z, self.kind)
        lt.winners = winners
        return lt

    def _input_indices(self, out_hw: tuple[int, int], width: int) -> Array:
        """Per window cell ``p·kw + q``, the (H_out, W_out) input-map index ``row·width + col`` it reads."""
        key = (out_hw, width)
        at = self._tables.get(key)
        if at is None:
            (kh, kw), (sh, sw) = self.kernel, self.stride
            oh, ow = out_hw
            corner = (np.arange(oh)[:, None] * sh) * width + np.arange(ow)[None, :] * sw
            offset = (np.arange(kh * kw) // kw) * width + np.arange(kh * kw) % kw
            at = self._tables[key] = offset[:, None, None] + corner
        return at

    def backward(
        self, lt: LayerTrace, delta: Array, regularizer: Regularizer | None, need_grad_input: bool
    ) -> Array | None:
        """Each δ (N, C, H_out, W_out) goes to its window's winner; returns ∂L/∂x (N, C, H, W)."""
        lt.delta = delta
        if not need_grad_input:
            return None
        n, c, h, w = lt.input.shape
        maps = np.arange(n * c).reshape(n, c, 1, 1) * (h * w)
        grad = np.bincount((maps + lt.winners).ravel(), weights=delta.ravel(), minlength=n * c * h * w)
        return grad.reshape(n, c, h, w)


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
