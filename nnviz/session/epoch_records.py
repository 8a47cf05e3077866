"""The per-epoch evaluation of a workspace's run, and what it judges: the breakpoint "test loss
rising", a perceptron's repeated state, and training that failed without a NaN (no Qt).

Mixed into :class:`~nnviz.session.workspace.Workspace` (it reads the workspace's
``experiment`` and ``stepper``): each time a step or a run ends in a new epoch, the
experiment is evaluated on the training and test sets and an :class:`EpochRecord` kept,
thinned over long runs (:func:`~nnviz.session.history.thin_epochs`).
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

import numpy as np

from nnviz.core.diagnose import saturated_share, training_warning
from nnviz.core.experiment import EvalResult
from nnviz.core.perceptron import CYCLE_MESSAGE, state_digest
from nnviz.i18n import translate
from nnviz.session.breakpoints import Stop
from nnviz.session.history import EPOCH_TAIL, thin_epochs

LEARNED_SHARE = 0.1
"""The test loss must have fallen this share below epoch 1's before a rise counts as over-fitting."""
WARN_AFTER_EPOCHS = 10
"""Epochs evaluated before :meth:`Workspace.training_warning` judges a run."""


@dataclass(frozen=True)
class EpochRecord:
    """Evaluation at the end of an epoch (losses are the data part; accuracies ``None`` for regression)."""

    epoch: int
    iteration: int
    result: EvalResult
    digest: bytes | None = None
    """With the perceptron rule, the parameters' fingerprint at the epoch's end (to detect a cycle)."""


class EpochRecords:
    """The epoch records of a workspace and the stops they judge (a mixin)."""

    def __init__(self):
        self.test_rise_epochs: int | None = None
        """Breakpoint: stop when the test loss rose this many epochs in a row (``None``: off)."""
        self.epochs: list[EpochRecord] = []
        """Evaluations at the ends of epochs, in order, thinned over long runs (:func:`thin_epochs`)."""

    def _record_epoch(self, stop: Stop | None) -> Stop | None:
        """After a step or a run that stopped with ``stop``: evaluate a new epoch, and stop there if
        a breakpoint of the epochs says so."""
        trainer = self.stepper.trainer
        last = self.epochs[-1].epoch if self.epochs else 0
        if trainer.epoch > last:
            with np.errstate(all="ignore"):
                digest = (
                    state_digest(trainer.network.parameters()) if trainer.optimizer.name == "perceptron" else None
                )
                self.epochs.append(
                    EpochRecord(trainer.epoch, trainer.iteration, self.experiment.evaluate(), digest)
                )
            if trainer.epoch % EPOCH_TAIL == 0:
                thin_epochs(self.epochs, trainer.epoch)
            if stop is None:
                stop = self._test_loss_rising() or self._perceptron_cycle()
        return stop

    def training_warning(self) -> str | None:
        """Why training failed without a NaN, if it did (see :func:`nnviz.core.diagnose.training_warning`):
        judged over the epochs evaluated, once there are :data:`WARN_AFTER_EPOCHS` of them."""
        if len(self.epochs) < WARN_AFTER_EPOCHS:
            return None
        experiment = self.experiment
        saturated = saturated_share(experiment.network, experiment.data.x_train)
        return training_warning(self.epochs[0].result.train_loss, self.epochs[-1].result.train_loss, saturated)

    def _perceptron_cycle(self) -> Stop | None:
        """Stop a perceptron run whose epoch-end weights repeat while samples are still misclassified:
        on separable data every update gains on a separating line, so a state never comes back."""
        last = self.epochs[-1]
        if last.digest is None or last.result.train_accuracy == 1.0:
            return None
        for record in self.epochs[:-1]:
            if record.digest == last.digest:
                message = translate("Perceptron", CYCLE_MESSAGE).format(epoch=last.epoch, earlier=record.epoch)
                return Stop("perceptron_cycle", message, self.stepper.trainer.iteration)
        return None

    def _test_loss_rising(self) -> Stop | None:
        """Over-fitting: the test loss rose ``test_rise_epochs`` epochs in a row, from a point at least
        :data:`LEARNED_SHARE` below where it began (epoch 1). A network that has not lowered its test loss that
        much has not learned enough to over-fit: the rise is the first epochs' noise. On the overfitting lesson
        the test loss went 0.697, 0.689, 0.685, then 0.688, 0.698, 0.705 over epochs 1–6 and the stop said
        "over-fitting" at epoch 6 (52 % test accuracy); it fell to 0.408 by epoch 44 before it rose for good."""
        n = self.test_rise_epochs
        if not n or len(self.epochs) <= n or self.epochs[-1].result.test_loss is None:
            return None
        recent = [r.result.test_loss for r in self.epochs[-(n + 1) :]]
        lowest_before = min(r.result.test_loss for r in self.epochs[: len(self.epochs) - n])
        learned = lowest_before <= (1 - LEARNED_SHARE) * self.epochs[0].result.test_loss
        if learned and all(b > a for a, b in itertools.pairwise(recent)):
            it = self.stepper.trainer.iteration
            message = translate(
                "Workspace", "test loss rose {n} epochs in a row (now {now:.4g}): the network is over-fitting"
            ).format(n=n, now=recent[-1])
            return Stop("test_loss", message, it)
        return None

    def _forget_epochs_after(self, epoch: int) -> None:
        self.epochs = [r for r in self.epochs if r.epoch <= epoch]


def after_epoch(records: list[EpochRecord], epoch: int) -> int:
    """The index of the first record after ``epoch``."""
    return bisect.bisect_right(records, epoch, key=lambda r: r.epoch)
