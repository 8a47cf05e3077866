"""Optimizers: how a gradient becomes a step, with the formulas and defaults of ``torch.optim``.

Parameters are a list of arrays ``[W1, b1, W2, b2, …]``. :meth:`Optimizer.step`
returns *new* arrays and leaves the old ones untouched, so a trace can keep the
parameters before and after an update without copying.

SGD (lr 0.001, momentum 0, dampening 0, nesterov off)::

    buf ← g                           (first step)
    buf ← μ·buf + (1 − dampening)·g    (later steps)
    g ← g + μ·buf if nesterov else buf            (only when μ ≠ 0)
    θ ← θ − lr·g

RMSprop (lr 0.01, alpha 0.99, eps 1e-8, momentum 0, centered off)::

    v ← α·v + (1 − α)·g²
    avg ← √(v − ḡ²) + eps if centered (ḡ ← α·ḡ + (1 − α)·g) else √v + eps
    buf ← μ·buf + g/avg; θ ← θ − lr·buf   if μ > 0, else θ ← θ − lr·g/avg

Adam (lr 0.001, betas (0.9, 0.999), eps 1e-8, amsgrad off), step count t from 1::

    m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²
    θ ← θ − lr/(1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + eps)    (v → max of all v with amsgrad)

Perceptron (lr 1): not a gradient method. Rosenblatt's rule for one layer of step
units (:mod:`nnviz.core.perceptron`) needs the batch, not gradients, so
:meth:`Network.apply_update` applies it; :meth:`Optimizer.step` refuses it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

Array = np.ndarray
NAMES = ("sgd", "rmsprop", "adam", "perceptron")

DEFAULTS: dict[str, dict] = {
    "sgd": {"learning_rate": 0.001, "momentum": 0.0, "dampening": 0.0, "nesterov": False},
    "rmsprop": {"learning_rate": 0.01, "alpha": 0.99, "eps": 1e-8, "momentum": 0.0, "centered": False},
    "adam": {"learning_rate": 0.001, "betas": (0.9, 0.999), "eps": 1e-8, "amsgrad": False},
    "perceptron": {"learning_rate": 1.0},
}


@dataclass
class Optimizer:
    """One optimizer with its hyper-parameters and per-parameter state (buffers, step count)."""

    name: str
    hyper: dict
    steps: int = 0
    state: dict[str, list[Array | None]] = field(default_factory=dict)

    @property
    def learning_rate(self) -> float:
        return self.hyper["learning_rate"]

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        _check_at_least_zero("learning_rate", value)
        self.hyper["learning_rate"] = float(value)

    def step(self, params: list[Array], grads: list[Array]) -> list[Array]:
        """Return the updated parameters (new arrays); advances the step count and state."""
        if self.name == "perceptron":
            raise TypeError("the perceptron rule takes the batch, not gradients: see Network.apply_update")
        if not self.state:
            self.state = {key: [None] * len(params) for key in BUFFER_KEYS[self.name]}
        self.steps += 1
        if self.name == "sgd":
            if self.hyper["momentum"] == 0:
                # Plain SGD, the common case, without a call per parameter: θ − lr·g as in _sgd.
                lr = self.hyper["learning_rate"]
                return [p - lr * g for p, g in zip(params, grads)]
            update = self._sgd
        else:
            update = self._rmsprop if self.name == "rmsprop" else self._adam
        return [update(i, p, g) for i, (p, g) in enumerate(zip(params, grads))]

    def _sgd(self, i: int, p: Array, g: Array) -> Array:
        h = self.hyper
        mu = h["momentum"]
        if mu != 0:
            buf = self.state["momentum_buffer"][i]
            buf = g.copy() if buf is None else mu * buf + (1.0 - h["dampening"]) * g
            self.state["momentum_buffer"][i] = buf
            g = g + mu * buf if h["nesterov"] else buf
        return p - h["learning_rate"] * g

    def _rmsprop(self, i: int, p: Array, g: Array) -> Array:
        h = self.hyper
        alpha = h["alpha"]
        sq = self.state["square_avg"][i]
        sq = (1.0 - alpha) * g * g if sq is None else alpha * sq + (1.0 - alpha) * g * g
        self.state["square_avg"][i] = sq
        if h["centered"]:
            ga = self.state["grad_avg"][i]
            ga = (1.0 - alpha) * g if ga is None else alpha * ga + (1.0 - alpha) * g
            self.state["grad_avg"][i] = ga
            avg = np.sqrt(sq - ga * ga) + h["eps"]
        else:
            avg = np.sqrt(sq) + h["eps"]
        if h["momentum"] > 0:
            buf = self.state["momentum_buffer"][i]
            buf = g / avg if buf is None else h["momentum"] * buf + g / avg
            self.state["momentum_buffer"][i] = buf
            return p - h["learning_rate"] * buf
        return p - h["learning_rate"] * (g / avg)

    def _adam(self, i: int, p: Array, g: Array) -> Array:
        h = self.hyper
        beta1, beta2 = h["betas"]
        m = self.state["exp_avg"][i]
        v = self.state["exp_avg_sq"][i]
        m = (1.0 - beta1) * g if m is None else beta1 * m + (1.0 - beta1) * g
        v = (1.0 - beta2) * g * g if v is None else beta2 * v + (1.0 - beta2) * g * g
        self.state["exp_avg"][i] = m
        self.state["exp_avg_sq"][i] = v
        if h["amsgrad"]:
            vmax = self.state["max_exp_avg_sq"][i]
            v = v if vmax is None else np.maximum(vmax, v)
            self.state["max_exp_avg_sq"][i] = v
        t = self.steps
        step_size = h["learning_rate"] / (1.0 - beta1**t)
        denom = np.sqrt(v) / math.sqrt(1.0 - beta2**t) + h["eps"]
        return p - step_size * (m / denom)

    def copy_state(self) -> tuple[int, dict[str, list[Array | None]]]:
        """A snapshot of the step count and buffers that :meth:`restore_state` puts back.

        Buffers are replaced, never changed in place, so the lists are copied, not the arrays.
        """
        return self.steps, {k: list(v) for k, v in self.state.items()}

    def restore_state(self, snapshot: tuple[int, dict[str, list[Array | None]]]) -> None:
        steps, state = snapshot
        self.steps = steps
        self.state = {k: list(v) for k, v in state.items()}

    def describe(self) -> str:
        """Short text such as ``SGD (lr 0.1, momentum 0.9)``."""
        shown = {k: v for k, v in self.hyper.items() if k != "learning_rate" and v != DEFAULTS[self.name][k]}
        extra = "".join(f", {k} {_fmt(v)}" for k, v in shown.items())
        label = {"sgd": "SGD", "rmsprop": "RMSprop", "adam": "Adam", "perceptron": "Perceptron rule"}[self.name]
        return f"{label} (lr {self.learning_rate:g}{extra})"


BUFFER_KEYS = {
    "sgd": ("momentum_buffer",),
    "rmsprop": ("square_avg", "grad_avg", "momentum_buffer"),
    "adam": ("exp_avg", "exp_avg_sq", "max_exp_avg_sq"),
    "perceptron": (),
}
"""Each optimizer's buffers (as torch.optim names them), all made at its first step and saved in ``state``."""


def _fmt(v) -> str:
    if isinstance(v, tuple | list):
        return "(" + ", ".join(f"{x:g}" for x in v) + ")"
    return f"{v:g}" if isinstance(v, float) else str(v)


def _check_finite(key: str, value) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{key} must be a finite number, got {value!r}")


def _check_at_least_zero(key: str, value) -> None:
    _check_finite(key, value)
    if value < 0:
        raise ValueError(f"{key} must be ≥ 0, got {value!r}")


def _check_beta(key: str, value) -> None:
    _check_finite(key, value)
    if not 0 <= value < 1:
        raise ValueError(f"{key} must be a number in [0, 1), got {value!r}")


def make_optimizer(name: str, **hyper) -> Optimizer:
    """Build an optimizer from torch.optim names (``learning_rate`` for lr); unknown keys raise."""
    if name not in DEFAULTS:
        raise ValueError(f"unknown optimizer {name!r}; expected one of {', '.join(NAMES)}")
    unknown = sorted(set(hyper) - set(DEFAULTS[name]))
    if unknown:
        raise ValueError(f"{name} has no hyper-parameter {unknown[0]!r}; expected {', '.join(DEFAULTS[name])}")
    values = {**DEFAULTS[name], **hyper}
    # torch.optim's own checks (lr, momentum, alpha, eps ≥ 0; betas in [0, 1); any dampening), and finite.
    for key in ("learning_rate", "momentum", "alpha", "eps"):
        if key in values:
            _check_at_least_zero(key, values[key])
    values["learning_rate"] = float(values["learning_rate"])
    if "dampening" in values:
        _check_finite("dampening", values["dampening"])
    if "betas" in values:
        betas = values["betas"]
        if not isinstance(betas, list | tuple) or len(betas) != 2:
            raise ValueError(f"betas must be a pair [beta1, beta2], got {betas!r}")
        for j, beta in enumerate(betas):
            _check_beta(f"betas[{j}]", beta)
        values["betas"] = (float(betas[0]), float(betas[1]))
    for key in ("nesterov", "centered", "amsgrad"):
        if key in values and not isinstance(values[key], bool):
            raise ValueError(f"{key} must be true or false, got {values[key]!r}")
    if name == "sgd" and values["nesterov"] and (values["momentum"] <= 0 or values["dampening"] != 0):
        raise ValueError("nesterov momentum requires a momentum > 0 and zero dampening")
    return Optimizer(name, values)
