"""Trainer: mini-batch gradient descent over a training set, one iteration at a time.

An *iteration* is one forward/backward/update on a mini-batch; an *epoch* is one
pass over the (shuffled) training set. With the batch as large as the training
set, samples keep their order and every iteration is one epoch.

All randomness of training (shuffling, dropout masks) comes from ``rng``, one
seeded generator, so the same experiment gives the same numbers bit for bit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.losses import Loss
from nnviz.core.metrics import accuracy, task_kind
from nnviz.core.network import Network
from nnviz.core.optimizers import Optimizer
from nnviz.core.regularizers import Regularizer
from nnviz.core.trace import IterationTrace

Array = np.ndarray


@dataclass(frozen=True)
class RuleCount:
    """The perceptron rule's count: ``updates`` (samples that changed the weights) in all the
    iterations done, ``in_epoch`` of them in the epoch under way, and ``converged_epoch``, the
    first epoch in which no sample was misclassified (``None`` until there is one)."""

    updates: int = 0
    in_epoch: int = 0
    converged_epoch: int | None = None


@dataclass
class TrainerState:
    """Everything that, restored, makes the next iterations replay bit-identically.

    Parameter and optimizer arrays are never changed in place (updates make new
    arrays), so the snapshot holds references, not copies.
    """

    iteration: int
    epoch: int
    position: int
    order: Array | None
    rng_state: dict
    params: list[Array]
    optimizer: tuple
    hyper: dict | None = None
    """Optimizer hyper-parameters (learning rate…); ``None`` keeps the current ones."""
    regularizer: Regularizer | None = None
    """``None`` keeps the current regularizer."""
    rule: RuleCount = RuleCount()
    """With the perceptron rule, its updates so far and the first epoch without one."""


class Trainer:
    """Trains ``network`` on ``x`` (N, inputs) and targets ``t`` with ``loss`` and ``optimizer``."""

    def __init__(
        self,
        network: Network,
        loss: Loss,
        optimizer: Optimizer,
        x: Array,
        t: Array,
        *,
        batch_size: int,
        rng: np.random.Generator,
        regularizer: Regularizer | None = None,
        shuffle: bool = True,
    ):
        if len(x) == 0:
            raise ValueError("the training set is empty")
        if not isinstance(batch_size, int | np.integer) or batch_size < 1:
            raise ValueError(f"batch size must be a whole number ≥ 1, got {batch_size!r}")
        for name, values in (("inputs", x), ("targets", t)):
            bad = ~np.isfinite(np.asarray(values, dtype=float))
            if bad.any():
                row = int(np.argwhere(bad)[0][0])
                raise ValueError(f"training {name} must be finite numbers; sample {row} has NaN or infinity")
        loss.check_output(network.output_activation, network.layers[-1].units)
        self.network = network
        self.loss = loss
        self.optimizer = optimizer
        self.regularizer = regularizer or Regularizer()
        self.x = x
        self.t = t
        self.batch_size = min(int(batch_size), len(x))
        self.rng = rng
        self.shuffle = shuffle
        self.kind = task_kind(loss.name, t)
        self.iteration = 0
        """Iterations completed."""
        self.epoch = 0
        """Epochs completed."""
        self._order: Array | None = None
        self._position = 0
        self.rule = RuleCount()
        """The perceptron rule's updates so far (untouched by other optimizers)."""

    @property
    def iterations_per_epoch(self) -> int:
        return -(-len(self.x) // self.batch_size)

    def next_batch(self) -> Array:
        """Indices of the next mini-batch; starts a new (reshuffled) epoch when needed."""
        n = len(self.x)
        if self._order is None:
            full = self.batch_size >= n
            self._order = self.rng.permutation(n) if self.shuffle and not full else np.arange(n)
            self._position = 0
        idx = self._order[self._position : self._position + self.batch_size]
        self._position += self.batch_size
        return idx

    def step(self) -> IterationTrace:
        """One training iteration: returns its full trace, parameters already updated."""
        idx = self.next_batch()
        # take() copies the same rows as x[idx] in the same layout, without fancy indexing's overhead.
        x, t = self.x.take(idx, axis=0), self.t.take(idx, axis=0)
        trace = self.network.compute(x, t, self.loss, self.regularizer, rng=self.rng, samples=idx)
        self.network.apply_update(trace, self.optimizer)
        self.iteration += 1
        trace.iteration = self.iteration
        trace.epoch = self.epoch + 1
        ended = self._position >= len(self.x)
        if ended:
            self.epoch += 1
            self._order = None
        if trace.rule_steps is not None:
            self._count_rule(trace.rule_steps.updates, ended)
        return trace

    def _count_rule(self, updates: int, epoch_ended: bool) -> None:
        c = self.rule
        in_epoch, converged = c.in_epoch + updates, c.converged_epoch
        if epoch_ended:
            if in_epoch == 0 and converged is None:
                converged = self.epoch
            in_epoch = 0
        self.rule = RuleCount(c.updates + updates, in_epoch, converged)

    def run_epoch(self) -> IterationTrace:
        """Iterate to the end of the current epoch; returns the last trace."""
        start = self.epoch
        trace = self.step()
        while self.epoch == start:
            trace = self.step()
        return trace

    def evaluate(self, x: Array, t: Array) -> tuple[float, float | None]:
        """Data loss and accuracy (``None`` for regression) in evaluation mode."""
        if len(x) == 0:
            return float("nan"), None
        z, a = self.network.output(x)
        value = self.loss.value(z, a, t, self.network.output_activation)
        return value, accuracy(a, t, self.kind)

    def state(self) -> TrainerState:
        return TrainerState(
            self.iteration,
            self.epoch,
            self._position,
            self._order,
            self.rng.bit_generator.state,
            list(self.network.parameters()),
            self.optimizer.copy_state(),
            dict(self.optimizer.hyper),
            self.regularizer,
            self.rule,
        )

    def restore(self, state: TrainerState) -> None:
        self.iteration = state.iteration
        self.epoch = state.epoch
        self._position = state.position
        self._order = state.order
        self.rng.bit_generator.state = state.rng_state
        self.network.set_parameters(list(state.params))
        self.optimizer.restore_state(state.optimizer)
        if state.hyper is not None:
            self.optimizer.hyper = dict(state.hyper)
        if state.regularizer is not None:
            self.regularizer = state.regularizer
        self.rule = state.rule
