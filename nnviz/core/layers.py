"""Layers, and the one protocol every kind of layer follows. A dense layer is a row of
neurons, each a weighted sum plus an activation.

For a batch ``a_prev`` of shape (N, fan_in)::

    z = a_prev · Wᵀ + b        W: (units, fan_in), b: (units,)   → z: (N, units)
    a = f(z)

``b`` is the weight from the bias unit of the previous layer, a unit whose value
is always 1; so ``z_j = Σ_i W_ji·a_i + b_j·1``.

The protocol (dense here; ``conv.py``, ``pool.py`` and ``reshape.py`` hold the
other kinds). Every layer has ``kind``, ``activation``, ``dropout``, ``W`` and
``b`` (``None`` for a layer without parameters) and:

- ``output_shape(input_shape)`` → the shape of one sample's output, or a
  ``ValueError`` that shows the arithmetic when the input does not fit;
- ``forward(x)`` → ``(z, a)`` in evaluation mode;
- ``trace_forward(index, x)`` → a :class:`~nnviz.core.trace.LayerTrace` with
  everything the trace shows (the training pass; the network adds dropout);
- ``delta_from(lt, grad_a)`` → δ = ∂L/∂z from ∂L/∂a;
- ``backward(lt, delta, regularizer, need_grad_input)`` → fills the trace's
  δ and parameter gradients (data, regularization, total) and returns ∂L/∂input
  for the layer below (``None`` when not asked for: nothing lies below).

``joins_input`` marks the one kind (``concat``) whose forward also takes the
network's input: ``trace_forward(index, x, x_net)``.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.activations import Activation
from nnviz.core.regularizers import Regularizer
from nnviz.core.trace import LayerTrace

Array = np.ndarray


def check_dropout(dropout: float) -> float:
    if not 0.0 <= dropout < 1.0:
        raise ValueError(f"dropout must be a probability in [0, 1), got {dropout!r}")
    return float(dropout)


def record_parameter_gradients(
    lt: LayerTrace, W: Array, b: Array, grad_W_data: Array, regularizer: Regularizer | None
) -> None:
    """Store ∂L/∂W split into data and regularization (``regularizer`` is ``None`` when
    inactive) and the parameters before the update, in the trace ``lt``."""
    lt.grad_W_data = grad_W_data
    if regularizer is not None:
        lt.grad_W_reg = regularizer.gradient(W)
        lt.grad_W = grad_W_data + lt.grad_W_reg
    else:
        lt.grad_W_reg = zeros_like_cached(W)
        lt.grad_W = grad_W_data
    lt.W_before = W
    lt.b_before = b


_ZEROS: dict[tuple[int, ...], Array] = {}


def zeros_like_cached(W: Array) -> Array:
    """A shared read-only zero array: the regularization gradient when there is none."""
    z = _ZEROS.get(W.shape)
    if z is None:
        z = np.zeros(W.shape)
        z.flags.writeable = False
        _ZEROS[W.shape] = z
    return z


class Dense:
    """A fully connected layer with its parameters ``W`` (units, fan_in), ``b`` (units,)."""

    kind = "dense"
    joins_input = False

    def __init__(self, W: Array, b: Array, activation: Activation, dropout: float = 0.0):
        W = np.asarray(W, dtype=float)
        b = np.asarray(b, dtype=float)
        if W.ndim != 2 or W.shape[0] < 1 or W.shape[1] < 1:
            raise ValueError(f"weights must be a non-empty (units × fan_in) matrix, got shape {W.shape}")
        if b.shape != (W.shape[0],):
            raise ValueError(f"bias must have {W.shape[0]} entries (one per unit), got shape {b.shape}")
        if not (np.all(np.isfinite(W)) and np.all(np.isfinite(b))):
            raise ValueError("weights and bias must be finite numbers")
        self.W = W
        self.b = b
        self.activation = activation
        self.dropout = check_dropout(dropout)

    @property
    def units(self) -> int:
        return self.W.shape[0]

    @property
    def fan_in(self) -> int:
        return self.W.shape[1]

    def output_shape(self, input_shape: tuple[int, ...]) -> tuple[int, ...]:
        """``(units,)`` for an input of ``(fan_in,)`` features."""
        if len(input_shape) != 1:
            shape = "×".join(map(str, input_shape))
            raise ValueError(
                f"a dense layer takes a flat row of features, got a {shape} image; put a flatten before it"
            )
        if input_shape[0] != self.fan_in:
            raise ValueError(
                f"expected weights {self.units}×{input_shape[0]} (units × inputs), got {self.units}×{self.fan_in}"
            )
        return (self.units,)

    def forward(self, x: Array) -> tuple[Array, Array]:
        """Return ``(z, a)``, each (N, units), for the batch ``x`` (N, fan_in)."""
        z = x @ self.W.T + self.b
        return z, self.activation.value(z)

    def trace_forward(self, index: int, x: Array) -> LayerTrace:
        z = x @ self.W.T + self.b
        a = self.activation.value(z)
        return LayerTrace(index, x, z, a, None, a)

    def delta_from(self, lt: LayerTrace, grad_a: Array) -> Array:
        """δ = ∂L/∂a ⊙ f′(z), (N, units)."""
        return grad_a * self.activation.derivative(lt.z, lt.a)

    def backward(
        self, lt: LayerTrace, delta: Array, regularizer: Regularizer | None, need_grad_input: bool
    ) -> Array | None:
        """∂L/∂W = δᵀ·x (units, fan_in), ∂L/∂b = Σ_n δ (units,); returns ∂L/∂x = δ·W (N, fan_in)."""
        lt.delta = delta
        lt.grad_b = np.add.reduce(delta, axis=0)  # delta.sum(axis=0) without its Python wrapper
        record_parameter_gradients(lt, self.W, self.b, delta.T @ lt.input, regularizer)
        return delta @ self.W if need_grad_input else None

    def grad_input(self, delta: Array) -> Array:
        """∂L/∂x = δ·W, shape (N, fan_in): what flows back to the layer below."""
        return delta @ self.W
