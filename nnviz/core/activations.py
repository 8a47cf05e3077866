"""Activation functions: what a neuron does with its weighted sum.

A unit computes ``z = Σ w·a_prev + b`` and then ``a = f(z)``. Each activation
here knows its value ``f(z)``, its derivative ``f′(z)`` (given ``z`` and the
already computed ``a``, which several derivatives reuse), a display name and a
formula string for the learner.

All functions take and return arrays of shape ``(batch, units)`` and are
stable for ``|z|`` up to 1e4: no overflow, no warnings.

``step`` (Heaviside: 1 where z ≥ 0, else 0) is the perceptron's unit. Its
derivative is 0 wherever it is defined (and undefined at 0), so gradient descent
cannot train it: an experiment with step units must use the ``perceptron``
rule, and backprop through it records f′(z) = 0, the honest gradient.

``softmax`` couples the units of a layer, so its derivative is not elementwise.
It is only allowed on the output layer; the network multiplies by its Jacobian
exactly (:func:`softmax_backward`), and fuses it with ``cross_entropy``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class Activation:
    """One activation function with its derivative and the text a learner reads."""

    name: str
    display_name: str
    formula: str
    value: Callable[[Array], Array]
    derivative: Callable[[Array, Array], Array]
    """``derivative(z, a)`` → f′(z), elementwise; not defined for softmax."""
    params: dict = field(default_factory=dict)

    @property
    def elementwise(self) -> bool:
        return self.name != "softmax"

    def describe(self) -> str:
        """Display name with parameters, e.g. ``Leaky ReLU (slope 0.01)``."""
        if self.name == "leaky_relu":
            return f"{self.display_name} (slope {self.params['slope']:g})"
        return self.display_name


def _identity(z: Array) -> Array:
    return z


def _identity_derivative(z: Array, a: Array) -> Array:
    return np.ones_like(z)


def sigmoid(z: Array) -> Array:
    """σ(z) = 1/(1+e^(−z)), computed from e^(−|z|) so it never overflows."""
    e = np.exp(-np.abs(z))
    # Numerator 1 where z ≥ 0 and e = e^z where z < 0. As 0 ≤ e ≤ 1 (e = 1 at z = ±0), the
    # maximum of e and sign(z) is exactly that, and cheaper than np.where(z >= 0, 1.0, e).
    return np.maximum(e, np.sign(z)) / (1.0 + e)


def _sigmoid_derivative(z: Array, a: Array) -> Array:
    return a * (1.0 - a)


def _tanh_derivative(z: Array, a: Array) -> Array:
    return 1.0 - a * a


def _relu(z: Array) -> Array:
    return np.maximum(z, 0.0)


def _relu_derivative(z: Array, a: Array) -> Array:
    # f′(0) is taken as 0, as in PyTorch.
    return (z > 0).astype(z.dtype)


def _step(z: Array) -> Array:
    return (z >= 0).astype(float)


def _step_derivative(z: Array, a: Array) -> Array:
    # 0 wherever it is defined; at z = 0 it is not, and 0 is taken (gradients never drive step units).
    return np.zeros_like(z)


def softmax(z: Array) -> Array:
    """Row-wise softmax of ``z`` (batch, classes), shifted by the row maximum for stability."""
    # The reductions of z.max() and e.sum(), called directly: the same numbers, less overhead.
    shifted = z - np.maximum.reduce(z, axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / np.add.reduce(e, axis=1, keepdims=True)


def softmax_backward(a: Array, grad_a: Array) -> Array:
    """δ = J_softmaxᵀ·∂L/∂a per row: ``a * (grad_a − Σ_j grad_a_j·a_j)``. Shapes (batch, classes)."""
    return a * (grad_a - np.sum(grad_a * a, axis=1, keepdims=True))


def _softmax_derivative(z: Array, a: Array) -> Array:
    raise TypeError("softmax has no elementwise derivative; use softmax_backward")


def _leaky_relu_value(slope: float, z: Array) -> Array:
    return np.where(z > 0, z, slope * z)


def _leaky_relu_derivative(slope: float, z: Array, a: Array) -> Array:
    return np.where(z > 0, 1.0, slope)


def _leaky_relu(slope: float) -> Activation:
    # Partials of module functions, not closures: an experiment must pickle (to a training process).
    return Activation(
        "leaky_relu",
        "Leaky ReLU",
        f"f(z) = z if z > 0 else {slope:g}·z",
        functools.partial(_leaky_relu_value, slope),
        functools.partial(_leaky_relu_derivative, slope),
        {"slope": slope},
    )


_FIXED = {
    "identity": Activation("identity", "Identity", "f(z) = z", _identity, _identity_derivative),
    "sigmoid": Activation("sigmoid", "Sigmoid", "σ(z) = 1 / (1 + e^(−z))", sigmoid, _sigmoid_derivative),
    "tanh": Activation("tanh", "Tanh", "tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))", np.tanh, _tanh_derivative),
    "relu": Activation("relu", "ReLU", "f(z) = max(0, z)", _relu, _relu_derivative),
    "step": Activation("step", "Step", "f(z) = 1 if z ≥ 0 else 0", _step, _step_derivative),
    "softmax": Activation(
        "softmax", "Softmax", "softmax(z)_j = e^(z_j) / Σ_k e^(z_k)", softmax, _softmax_derivative
    ),
}

NAMES = ("identity", "sigmoid", "tanh", "relu", "leaky_relu", "step", "softmax")
DEFAULT_LEAKY_SLOPE = 0.01


def get_activation(name: str, *, slope: float = DEFAULT_LEAKY_SLOPE) -> Activation:
    """Look an activation up by name; ``slope`` is used by ``leaky_relu`` only.

    Raises ``ValueError`` naming the unknown activation and the valid ones.
    """
    if name == "leaky_relu":
        if not np.isfinite(slope) or slope < 0 or slope >= 1:
            raise ValueError(f"leaky_relu slope must be in [0, 1), got {slope!r}")
        return _leaky_relu(float(slope))
    try:
        return _FIXED[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown activation {name!r}; expected one of {', '.join(NAMES)}") from None
