"""Layers. A dense layer is a row of neurons, each a weighted sum plus an activation.

For a batch ``a_prev`` of shape (N, fan_in)::

    z = a_prev · Wᵀ + b        W: (units, fan_in), b: (units,)   → z: (N, units)
    a = f(z)

``b`` is the weight from the bias unit of the previous layer, a unit whose value
is always 1; so ``z_j = Σ_i W_ji·a_i + b_j·1``.

Layers take and return batch-first arrays. Convolution, pooling and
concatenation layers (later) keep the same shape of interface: ``forward``
returns what the trace records, ``backward`` turns δ into parameter gradients
and the gradient for the layer below.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.activations import Activation

Array = np.ndarray


class Dense:
    """A fully connected layer with its parameters ``W`` (units, fan_in), ``b`` (units,)."""

    kind = "dense"

    def __init__(self, W: Array, b: Array, activation: Activation, dropout: float = 0.0):
        W = np.asarray(W, dtype=float)
        b = np.asarray(b, dtype=float)
        if W.ndim != 2 or W.shape[0] < 1 or W.shape[1] < 1:
            raise ValueError(f"weights must be a non-empty (units × fan_in) matrix, got shape {W.shape}")
        if b.shape != (W.shape[0],):
            raise ValueError(f"bias must have {W.shape[0]} entries (one per unit), got shape {b.shape}")
        if not (np.all(np.isfinite(W)) and np.all(np.isfinite(b))):
            raise ValueError("weights and bias must be finite numbers")
        if not 0.0 <= dropout < 1.0:
            raise ValueError(f"dropout must be a probability in [0, 1), got {dropout!r}")
        self.W = W
        self.b = b
        self.activation = activation
        self.dropout = float(dropout)

    @property
    def units(self) -> int:
        return self.W.shape[0]

    @property
    def fan_in(self) -> int:
        return self.W.shape[1]

    def forward(self, x: Array) -> tuple[Array, Array]:
        """Return ``(z, a)``, each (N, units), for the batch ``x`` (N, fan_in)."""
        z = x @ self.W.T + self.b
        return z, self.activation.value(z)

    def backward(self, x: Array, delta: Array) -> tuple[Array, Array]:
        """Data gradients from δ (N, units): ``(∂L/∂W = δᵀ·x, ∂L/∂b = Σ_n δ)``."""
        return delta.T @ x, delta.sum(axis=0)

    def grad_input(self, delta: Array) -> Array:
        """∂L/∂x = δ·W, shape (N, fan_in): what flows back to the layer below."""
        return delta @ self.W
