"""L1 and L2 regularization: a penalty on large weights (never on biases).

- ``l2`` adds λ·Σw² to the loss; its gradient is 2λ·w (weights shrink smoothly).
- ``l1`` adds λ·Σ|w|; its gradient is λ·sign(w) (weights are pushed to exactly 0: sparsity).

The data loss and this penalty are reported apart, and so are their gradients.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

KINDS = ("none", "l1", "l2")


@dataclass(frozen=True)
class Regularizer:
    kind: str = "none"
    lam: float = 0.0

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown regularization {self.kind!r}; expected one of {', '.join(KINDS)}")
        if not np.isfinite(self.lam) or self.lam < 0:
            raise ValueError(f"regularization lambda must be a finite number ≥ 0, got {self.lam!r}")

    @property
    def active(self) -> bool:
        return self.kind != "none" and self.lam > 0

    def penalty(self, weights: list[np.ndarray]) -> float:
        """λ·Σw² or λ·Σ|w| over every weight matrix (biases excluded)."""
        if not self.active:
            return 0.0
        if self.kind == "l2":
            return self.lam * float(sum(np.sum(W * W) for W in weights))
        return self.lam * float(sum(np.sum(np.abs(W)) for W in weights))

    def gradient(self, W: np.ndarray) -> np.ndarray:
        """∂penalty/∂W, same shape as ``W``."""
        if not self.active:
            return np.zeros_like(W)
        if self.kind == "l2":
            return (2.0 * self.lam) * W
        return self.lam * np.sign(W)

    def formula(self) -> str:
        if self.kind == "l2":
            return f"{self.lam:g}·Σw²"
        if self.kind == "l1":
            return f"{self.lam:g}·Σ|w|"
        return "0"
