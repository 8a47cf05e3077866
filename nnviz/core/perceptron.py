"""Rosenblatt's perceptron rule: how a single layer of step units learns without gradients.

For each sample of the batch in turn (row order), with the weights as they are at
that sample's turn::

    y = step(W·x + b)              W: (units, fan_in), b: (units,), x: (fan_in,)
    W ← W + η·(t − y)·xᵀ           only a misclassified sample (y ≠ t) changes anything
    b ← b + η·(t − y)

Targets are 0/1. A batch of one sample is the textbook rule; a longer batch
applies the same rule sample after sample, so the numbers still equal it.

On linearly separable data (AND, OR, NAND) the rule stops changing the weights
after finitely many updates; on XOR it never does: the weights at the end of
an epoch come back to a state seen before and the updates cycle forever.
:class:`Convergence` tells the two apart from the epoch-end states.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

from nnviz.i18n import QT_TRANSLATE_NOOP

Array = np.ndarray


@dataclass
class RuleSteps:
    """What the rule did to one batch, per sample in row order.

    ``outputs`` (N, units) is each sample's step output with the weights at its
    turn, ``errors`` (N, units) is t − y there (all 0 for a correctly classified
    sample, which changes nothing).
    """

    outputs: Array
    errors: Array

    @property
    def updates(self) -> int:
        """Samples that changed the weights (misclassified at their turn)."""
        return int(np.count_nonzero(np.any(self.errors != 0, axis=1)))


def rosenblatt(W: Array, b: Array, x: Array, t: Array, lr: float) -> tuple[Array, Array, RuleSteps]:
    """Apply the rule to the batch ``x`` (N, fan_in), targets ``t`` (N, units) or (N,).

    Returns new arrays ``W`` (units, fan_in), ``b`` (units,) and the :class:`RuleSteps`.
    """
    W, b = W.copy(), b.copy()
    t = np.asarray(t, dtype=float).reshape(len(x), -1)
    outputs = np.zeros((len(x), len(b)))
    errors = np.zeros_like(outputs)
    for n, xn in enumerate(x):
        y = (W @ xn + b >= 0).astype(float)
        e = t[n] - y
        outputs[n], errors[n] = y, e
        if np.any(e != 0):
            W += lr * np.outer(e, xn)
            b += lr * e
    return W, b, RuleSteps(outputs, errors)


def check_network(layers: list) -> str | None:
    """Why the rule cannot train these layers (``None`` when it can): one dense layer of step units."""
    if len(layers) != 1 or layers[0].kind != "dense":
        return "the perceptron rule trains a single dense layer of step units (no hidden layers)"
    if layers[0].activation.name != "step":
        return f"the perceptron rule needs step units, got {layers[0].activation.name}"
    return None


def state_digest(params: list[Array]) -> bytes:
    """A short fingerprint of the parameters, to recognise a state seen before."""
    h = hashlib.blake2b(digest_size=16)
    for p in params:
        h.update(np.ascontiguousarray(p, dtype=float).tobytes())
    return h.digest()


CYCLE_MESSAGE = QT_TRANSLATE_NOOP(
    "Perceptron",
    "the perceptron cycles: the weights at the end of epoch {epoch} are those of epoch {earlier}, and "
    "samples are still misclassified, so the rule never stops — the data are not linearly separable "
    "(as XOR is not)",
)


@dataclass
class Convergence:
    """Updates and epochs of a perceptron run, and whether it converged or cycles.

    Feed it every iteration's :class:`RuleSteps` with :meth:`count` and every
    epoch end's parameters with :meth:`epoch_ended`.
    """

    updates: int = 0
    epochs: int = 0
    converged_epoch: int | None = None
    """The first epoch in which no sample was misclassified."""
    cycle_epoch: int | None = None
    """The first epoch that ended in a state (weights) already seen at an earlier epoch's end."""
    _epoch_updates: int = 0
    _seen: set = field(default_factory=set)

    def count(self, steps: RuleSteps) -> None:
        n = steps.updates
        self.updates += n
        self._epoch_updates += n

    def epoch_ended(self, params: list[Array]) -> None:
        self.epochs += 1
        if self._epoch_updates == 0 and self.converged_epoch is None:
            self.converged_epoch = self.epochs
        elif self._epoch_updates > 0 and self.cycle_epoch is None:
            key = state_digest(params)
            if key in self._seen:
                self.cycle_epoch = self.epochs
            self._seen.add(key)
        self._epoch_updates = 0

    def sentence(self) -> str:
        """One line for a report, e.g. ``converged: no error in epoch 4, after 5 updates``."""
        if self.converged_epoch is not None:
            return (
                f"converged: no misclassified sample in epoch {self.converged_epoch}, "
                f"after {self.updates} update(s)"
            )
        if self.cycle_epoch is not None:
            return (
                f"not converged in {self.epochs} epochs ({self.updates} updates): the weights at the end of "
                f"epoch {self.cycle_epoch} repeat an earlier epoch's, so the perceptron cycles — "
                "the data are not linearly separable"
            )
        return f"not converged in {self.epochs} epochs ({self.updates} updates)"
