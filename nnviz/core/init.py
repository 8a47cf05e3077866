"""Weight initializers, all drawn from the experiment's seeded generator.

Each returns a weight matrix of shape ``(units, fan_in)`` (as PyTorch's Linear)
with the formulas of ``torch.nn.init``; biases start at zero unless given.

- ``xavier_uniform``: U(−a, a), a = √(6 / (fan_in + fan_out))
- ``xavier_normal``: N(0, σ²), σ = √(2 / (fan_in + fan_out))
- ``he_uniform``: U(−a, a), a = √(6 / fan_in)  (kaiming, ReLU gain √2)
- ``he_normal``: N(0, σ²), σ = √(2 / fan_in)
- ``uniform``: U(−a, a) with the given ``a`` (default 0.5)
- ``zeros``: all zero (every hidden unit then learns the same thing — a lesson in itself)
"""

from __future__ import annotations

import numpy as np

NAMES = ("xavier_uniform", "xavier_normal", "he_uniform", "he_normal", "uniform", "zeros")
ALIASES = {
    "glorot_uniform": "xavier_uniform",
    "glorot_normal": "xavier_normal",
    "kaiming_uniform": "he_uniform",
    "kaiming_normal": "he_normal",
}
DEFAULT = "xavier_uniform"


def canonical_name(name: str) -> str:
    """Resolve aliases (``glorot_*``, ``kaiming_*``); raise ``ValueError`` for unknown names."""
    name = ALIASES.get(name, name)
    if name not in NAMES:
        known = ", ".join(NAMES + tuple(ALIASES))
        raise ValueError(f"unknown initializer {name!r}; expected one of {known}")
    return name


def init_weights(name: str, units: int, fan_in: int, rng: np.random.Generator, *, a: float = 0.5) -> np.ndarray:
    """Draw a ``(units, fan_in)`` float64 weight matrix with initializer ``name``."""
    return _draw(canonical_name(name), (units, fan_in), fan_in, units, rng, a)


def init_kernel(name: str, shape: tuple[int, ...], rng: np.random.Generator, *, a: float = 0.5) -> np.ndarray:
    """Draw a conv kernel (out, in, kh, kw) with the fans torch computes for it:
    fan_in = in·kh·kw, fan_out = out·kh·kw (``torch.nn.init._calculate_fan_in_and_fan_out``)."""
    receptive = int(np.prod(shape[2:]))
    return _draw(canonical_name(name), shape, shape[1] * receptive, shape[0] * receptive, rng, a)


def _draw(
    name: str, shape: tuple[int, ...], fan_in: int, fan_out: int, rng: np.random.Generator, a: float
) -> np.ndarray:
    """Weights of ``shape`` by the canonical initializer ``name`` with the given fans."""
    if name == "xavier_uniform":
        bound = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-bound, bound, shape)
    if name == "xavier_normal":
        return rng.normal(0.0, np.sqrt(2.0 / (fan_in + fan_out)), shape)
    if name == "he_uniform":
        bound = np.sqrt(6.0 / fan_in)
        return rng.uniform(-bound, bound, shape)
    if name == "he_normal":
        return rng.normal(0.0, np.sqrt(2.0 / fan_in), shape)
    if name == "uniform":
        if not np.isfinite(a) or a <= 0:
            raise ValueError(f"uniform initializer needs a > 0, got {a!r}")
        return rng.uniform(-a, a, shape)
    return np.zeros(shape)
