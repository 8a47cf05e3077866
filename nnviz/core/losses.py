"""Loss functions: one number that says how wrong the network's outputs are.

Every loss here is the **mean over the batch** (and, where the issue says so,
over every output element), with exactly the conventions of PyTorch:

=============  ==========================================================  ==========================
name           value for outputs ``y`` (batch N, outputs K), targets ``t``  PyTorch equivalent
=============  ==========================================================  ==========================
mse            mean over all N·K elements of (y−t)²                        ``nn.MSELoss()``
half_sse       ½·Σ_k (y−t)², mean over the batch                           textbook ½(target−out)²
mae            mean over all N·K elements of |y−t|                         ``nn.L1Loss()``
bce            mean over all elements of −[t·log y + (1−t)·log(1−y)]       ``nn.BCELoss()``
cross_entropy  −log softmax(z)_true, mean over the batch                   ``nn.CrossEntropyLoss()``
hinge          Σ_{j≠y} max(0, s_j − s_y + margin), mean over the batch     ``nn.MultiMarginLoss`` ×(K)
zero_one       misclassification rate — a metric, never trained on
=============  ==========================================================  ==========================

``backward`` returns both ∂L/∂a (what flows into the output units) and
δ = ∂L/∂z of the output layer. Where the loss and the output activation fuse
(sigmoid + bce, softmax + cross_entropy) δ is computed from the logits, which is
exact and stable; ∂L/∂a is then given for display only.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from nnviz.core.activations import Activation, softmax, softmax_backward

Array = np.ndarray

NAMES = ("mse", "half_sse", "mae", "bce", "cross_entropy", "hinge", "zero_one")
CLASS_LOSSES = ("cross_entropy", "hinge")
_TINY = 1e-12
_LOG_FLOOR = -100.0  # BCELoss clamps log terms at −100
_NO_CLAMP = 99.0
"""|z| up to which neither log σ(z) nor log(1 − σ(z)) is below the clamp (they are ≥ −|z| − log 2)."""


@dataclass(frozen=True)
class Loss:
    """A loss with the output activations it accepts; see the module table for formulas."""

    name: str
    display_name: str
    formula: str
    margin: float = 1.0

    @property
    def takes_class_indices(self) -> bool:
        """True when targets are class indices of shape (N,) rather than rows (N, K)."""
        return self.name in CLASS_LOSSES

    def check_output(self, activation: Activation, n_outputs: int) -> None:
        """Raise ``ValueError`` when this loss cannot be trained on that output layer."""
        name = activation.name
        if self.name == "zero_one":
            raise ValueError(
                "zero_one (misclassification rate) has zero gradient almost everywhere and is a metric "
                "only; train with bce, cross_entropy or hinge"
            )
        if self.name == "hinge" and name != "identity":
            raise ValueError(f"hinge needs raw scores from an identity output layer, got {name}")
        if self.name == "cross_entropy" and name not in ("softmax", "identity"):
            raise ValueError(f"cross_entropy needs a softmax output layer (or identity logits), got {name}")
        if self.name in CLASS_LOSSES and n_outputs < 2:
            raise ValueError(f"{self.name} needs one output unit per class (at least 2), got {n_outputs}")
        if self.name == "bce" and name not in ("sigmoid", "softmax"):
            raise ValueError(f"bce needs outputs in (0, 1): use a sigmoid output layer, got {name}")
        if name == "softmax" and n_outputs < 2:
            raise ValueError("softmax over a single output unit is always 1; use sigmoid for one output")

    def value(self, z: Array, a: Array, t: Array, activation: Activation) -> float:
        """Batch loss from logits ``z`` and outputs ``a`` (N, K), targets ``t`` and the output activation."""
        per = self.per_sample(z, a, t, activation)
        if per.dtype != np.float64 or per.size == 0:
            return float(np.mean(per))
        # np.mean's own sum and division, without its Python-level wrapper (hot in training).
        return float(np.add.reduce(per, axis=None)) / per.size

    def per_sample(self, z: Array, a: Array, t: Array, activation: Activation) -> Array:
        """Loss of each sample, shape (N,); its mean is :meth:`value`."""
        n_out = a.shape[1]
        if self.name == "mse":
            return _sum_rows((a - t) ** 2) / n_out
        if self.name == "half_sse":
            return 0.5 * _sum_rows((a - t) ** 2)
        if self.name == "mae":
            return _sum_rows(np.abs(a - t)) / n_out
        if self.name == "bce":
            return _sum_rows(_bce_elements(z, a, t, activation.name == "sigmoid")) / n_out
        if self.name == "cross_entropy":
            return _cross_entropy_per_sample(z, t)
        if self.name == "hinge":
            return _sum_rows(_hinge_margins(z, t, self.margin))
        if self.name == "zero_one":
            return (predict_classes(a) != true_classes(t)).astype(float)
        raise AssertionError(self.name)

    def backward(self, z: Array, a: Array, t: Array, activation: Activation) -> tuple[Array, Array]:
        """Return ``(grad_a, delta)``, each (N, K): ∂L/∂a and ∂L/∂z of the batch loss."""
        n, n_out = a.shape
        if self.name == "bce" and activation.name == "sigmoid":
            count = n * n_out
            delta = (a - t) / count
            grad_a = delta / np.maximum(a * (1.0 - a), _TINY)
            return grad_a, delta
        if self.name == "cross_entropy":
            onehot = one_hot(t, n_out)
            p = a if activation.name == "softmax" else softmax(z)
            delta = (p - onehot) / n
            if activation.name == "softmax":
                grad_a = -onehot / (np.maximum(p, _TINY) * n)
            else:
                grad_a = delta
            return grad_a, delta
        grad_a = self._grad_outputs(z, a, t)
        if activation.name == "softmax":
            return grad_a, softmax_backward(a, grad_a)
        return grad_a, grad_a * activation.derivative(z, a)

    def _grad_outputs(self, z: Array, a: Array, t: Array) -> Array:
        n, n_out = a.shape
        if self.name == "mse":
            return 2.0 * (a - t) / (n * n_out)
        if self.name == "half_sse":
            return (a - t) / n
        if self.name == "mae":
            return np.sign(a - t) / (n * n_out)
        if self.name == "bce":
            return (a - t) / (np.maximum(a * (1.0 - a), _TINY) * n * n_out)
        if self.name == "hinge":
            active = (_hinge_margins(z, t, self.margin) > 0).astype(float)
            rows = np.arange(n)
            active[rows, t] = -active.sum(axis=1)
            return active / n
        raise AssertionError(self.name)


def _cross_entropy_per_sample(z: Array, t: Array) -> Array:
    """−log softmax(z)[n, t_n] (N,): log-softmax computed for the true classes only, the same
    operations on the same numbers as taking them from the full (N, K) log-softmax."""
    shifted = z - np.maximum.reduce(z, axis=1, keepdims=True)
    log_total = np.log(np.add.reduce(np.exp(shifted), axis=1))
    return -(shifted[np.arange(len(t)), t] - log_total)


def _bce_elements(z: Array, a: Array, t: Array, from_logits: bool) -> Array:
    """Elementwise BCE; from the sigmoid's logits when given (stable), else from clamped logs."""
    if from_logits:
        # log σ(z) = −softplus(−z), log(1−σ(z)) = −softplus(z), clamped like BCELoss; the two
        # softplus share their log1p(e^(−|z|)) term.
        abs_z = np.abs(z)
        soft = np.log1p(np.exp(-abs_z))
        if abs_z.size and np.maximum.reduce(abs_z, axis=None) <= _NO_CLAMP:
            # No log term reaches the clamp, and −t·log σ(z) − (1−t)·log(1−σ(z)) simplifies to
            # log1p(e^(−|z|)) + max(z, 0) − t·z: half the operations, on every training step.
            return soft + np.maximum(z, 0.0) - t * z
        log_a = np.maximum(-(np.maximum(-z, 0.0) + soft), _LOG_FLOOR)
        log_1ma = np.maximum(-(np.maximum(z, 0.0) + soft), _LOG_FLOOR)
    else:
        with np.errstate(divide="ignore"):
            log_a = np.maximum(np.log(a), _LOG_FLOOR)
            log_1ma = np.maximum(np.log1p(-a), _LOG_FLOOR)
    return -(t * log_a + (1.0 - t) * log_1ma)


def _sum_rows(x: Array) -> Array:
    """``np.sum(x, axis=1)`` without its Python-level wrapper: the same reduction, called directly."""
    return np.add.reduce(x, axis=1)


def _hinge_margins(s: Array, t: Array, margin: float) -> Array:
    """max(0, s_j − s_y + margin) for j ≠ y (0 at j = y); shape (N, K)."""
    rows = np.arange(len(t))
    m = np.maximum(0.0, s - s[rows, t][:, None] + margin)
    m[rows, t] = 0.0
    return m


def one_hot(classes: Array, n_classes: int) -> Array:
    """Class indices (N,) → one-hot rows (N, n_classes) of float64."""
    return _identity(n_classes).take(classes, axis=0)


@functools.cache
def _identity(n: int) -> Array:
    """The n×n identity, read-only: its rows are the one-hot rows."""
    eye = np.eye(n)
    eye.flags.writeable = False
    return eye


def true_classes(t: Array) -> Array:
    """Target class per sample from indices (N,), a 0/1 column (N, 1) or one-hot rows (N, K)."""
    if t.ndim == 1:
        return t
    if t.shape[1] == 1:
        return (t[:, 0] > 0.5).astype(int)
    return np.argmax(t, axis=1)


def predict_classes(a: Array) -> Array:
    """Predicted class per sample: argmax for several outputs, threshold 0.5 for one."""
    if a.shape[1] == 1:
        return (a[:, 0] > 0.5).astype(int)
    return np.argmax(a, axis=1)


def get_loss(name: str, *, margin: float = 1.0) -> Loss:
    """Look a loss up by name; ``margin`` is the hinge margin. Unknown names raise ``ValueError``."""
    texts = {
        "mse": ("Mean squared error", "L = mean over all elements of (y − t)²"),
        "half_sse": ("Half sum of squares", "L = ½·Σ_k (y_k − t_k)², mean over the batch"),
        "mae": ("Mean absolute error", "L = mean over all elements of |y − t|"),
        "bce": ("Binary cross-entropy", "L = −mean[t·log y + (1 − t)·log(1 − y)]"),
        "cross_entropy": ("Softmax cross-entropy", "L = −mean log softmax(z)_true"),
        "hinge": ("Multiclass hinge", f"L = mean Σ_(j≠y) max(0, s_j − s_y + {margin:g})"),
        "zero_one": ("0-1 loss", "L = fraction misclassified"),
    }
    if name not in texts:
        raise ValueError(f"unknown loss {name!r}; expected one of {', '.join(NAMES)}")
    if not np.isfinite(margin) or margin < 0:
        raise ValueError(f"hinge margin must be a finite number ≥ 0, got {margin!r}")
    display, formula = texts[name]
    return Loss(name, display, formula, float(margin))
