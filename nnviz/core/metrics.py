"""What kind of task an experiment is, and its accuracy.

- ``multiclass``: cross_entropy or hinge; targets are class indices; prediction = argmax.
- ``binary``: bce, or a squared/absolute loss whose targets are all 0/1 (threshold 0.5)
  or all −1/+1 (threshold 0, for tanh outputs).
- ``regression``: anything else; accuracy is ``None``.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.losses import CLASS_LOSSES

Array = np.ndarray


def task_kind(loss_name: str, targets: Array) -> str:
    """``multiclass``, ``binary`` or ``regression`` for a loss and its targets (N,) or (N, K)."""
    if loss_name in CLASS_LOSSES:
        return "multiclass"
    if loss_name == "bce":
        return "binary"
    values = np.unique(targets)
    if len(values) <= 2 and (set(values) <= {0.0, 1.0} or set(values) <= {-1.0, 1.0}):
        return "binary"
    return "regression"


def predictions(outputs: Array, kind: str, targets: Array | None = None) -> Array:
    """Predicted labels: class index (N,) for multiclass, 0/1 or ±1 (N, K) for binary."""
    if kind == "multiclass":
        return np.argmax(outputs, axis=1)
    if targets is not None and targets.size and targets.min() < 0:
        return np.where(outputs > 0.0, 1.0, -1.0)
    return (outputs > 0.5).astype(float)


def right_rows(outputs: Array, targets: Array, kind: str) -> Array | None:
    """(N,) bool: each sample predicted right (every output right, for several binary outputs);
    ``None`` for regression."""
    if kind == "regression":
        return None
    right = predictions(outputs, kind, targets) == targets
    if right.ndim == 2:
        right = right.all(axis=1) if right.shape[1] > 1 else right[:, 0]
    return right


def accuracy(outputs: Array, targets: Array, kind: str) -> float | None:
    """Fraction of samples predicted right (:func:`right_rows`)."""
    if kind == "regression" or len(targets) == 0:
        return None
    # Evaluated every epoch of a live run: counted with count_nonzero, not np.mean's wrapper.
    right = right_rows(outputs, targets, kind)
    return np.count_nonzero(right) / len(right)
