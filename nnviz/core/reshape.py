"""Layers that only rearrange numbers: flatten, and the concat of Wide&Deep. No parameters.

- ``flatten``: (N, C, H, W) → (N, C·H·W) in ``torch.flatten(x, 1)`` order
  (channel by channel, each row by row), so a dense layer can follow a conv.
- ``concat``: ``[x_net[:, columns], a_prev]`` (N, k + fan_in): the network's
  input (all of it, or the chosen columns) joined with the previous layer's
  output, the input first. A dense output unit after it computes
  σ(w_wide·x + w_deep·a + b), the wide and deep parts of Wide&Deep in one sum.

Both have ``a = z`` (no activation); backward hands δ back reshaped (flatten)
or without the input's part (concat: the network's input learns nothing).
"""

from __future__ import annotations

import math

import numpy as np

from nnviz.core.activations import get_activation
from nnviz.core.layers import check_dropout
from nnviz.core.regularizers import Regularizer
from nnviz.core.trace import LayerTrace

Array = np.ndarray
IDENTITY = get_activation("identity")


class _Rearrange:
    joins_input = False
    W = b = None
    activation = IDENTITY

    def __init__(self, dropout: float = 0.0):
        self.dropout = check_dropout(dropout)

    def delta_from(self, lt: LayerTrace, grad_a: Array) -> Array:
        return grad_a


class Flatten(_Rearrange):
    kind = "flatten"

    def output_shape(self, input_shape: tuple[int, ...]) -> tuple[int, ...]:
        return (math.prod(input_shape),)

    def forward(self, x: Array) -> tuple[Array, Array]:
        """``(z, a)``, a = z = x as rows (N, C·H·W); N may be 0 (no test set)."""
        z = _rows(x)
        return z, z

    def trace_forward(self, index: int, x: Array) -> LayerTrace:
        z = _rows(x)
        return LayerTrace(index, x, z, z, None, z, self.kind)

    def backward(
        self, lt: LayerTrace, delta: Array, regularizer: Regularizer | None, need_grad_input: bool
    ) -> Array | None:
        """δ (N, C·H·W) back in the input's shape (N, C, H, W)."""
        lt.delta = delta
        return delta.reshape(lt.input.shape) if need_grad_input else None


class Concat(_Rearrange):
    """``columns``: indices of the network input's columns to join (``None``: all of them)."""

    kind = "concat"
    joins_input = True

    def __init__(self, columns: list[int] | None = None, dropout: float = 0.0):
        super().__init__(dropout)
        self.columns = None if columns is None else np.asarray(columns, dtype=np.int64)

    def wide_width(self, n_inputs: int) -> int:
        return n_inputs if self.columns is None else len(self.columns)

    def output_shape(self, input_shape: tuple[int, ...], network_input: tuple[int, ...] = ()) -> tuple[int, ...]:
        if len(input_shape) != 1 or len(network_input) != 1:
            raise ValueError("concat joins flat rows of features; flatten images first")
        if self.columns is not None and (self.columns.min() < 0 or self.columns.max() >= network_input[0]):
            raise ValueError(f"input columns must lie in 0…{network_input[0] - 1}")
        return (self.wide_width(network_input[0]) + input_shape[0],)

    def _join(self, x: Array, x_net: Array) -> Array:
        wide = x_net if self.columns is None else x_net.take(self.columns, axis=1)
        return np.concatenate([wide, x], axis=1)

    def forward(self, x: Array, x_net: Array) -> tuple[Array, Array]:
        """``(z, a)``, a = z = [x_net columns, x] (N, k + fan_in)."""
        z = self._join(x, x_net)
        return z, z

    def trace_forward(self, index: int, x: Array, x_net: Array) -> LayerTrace:
        z = self._join(x, x_net)
        return LayerTrace(index, x, z, z, None, z, self.kind)

    def backward(
        self, lt: LayerTrace, delta: Array, regularizer: Regularizer | None, need_grad_input: bool
    ) -> Array | None:
        """The part of δ (N, k + fan_in) that belongs to the previous layer's output: (N, fan_in)."""
        lt.delta = delta
        return delta[:, delta.shape[1] - lt.input.shape[1] :] if need_grad_input else None


def _rows(x: Array) -> Array:
    """x (N, C, H, W) as rows (N, C·H·W), named in full: with N = 0 NumPy cannot infer a ``-1``."""
    return x.reshape(len(x), math.prod(x.shape[1:]))
