"""The perceptron rule's live counter at the cursor: its updates so far and the epoch with no error.

No Qt. The trainer counts the rule's updates as it trains (:class:`~nnviz.core.training.RuleCount`,
restored with every rewind); the stepper has computed the whole iteration under the cursor,
so until the cursor reveals its update that iteration's updates are not counted yet, nor an
epoch it would finish without error.
"""

from __future__ import annotations

from nnviz.i18n import translate
from nnviz.session.events import UPDATE


def rule_count(stepper) -> tuple[int, int | None] | None:
    """``(updates, converged_epoch)`` as the cursor shows them; ``None`` without the perceptron rule."""
    trainer = stepper.trainer
    if trainer.optimizer.name != "perceptron":
        return None
    count = trainer.rule
    updates, converged = count.updates, count.converged_epoch
    trace = stepper.trace
    if trace is not None and trace.rule_steps is not None and not stepper.is_revealed(UPDATE, 1):
        updates -= trace.rule_steps.updates
        if converged is not None and converged == trainer.epoch == trace.epoch:
            converged = None  # this iteration ends the epoch, and its update is not shown yet
    return updates, converged


def rule_count_text(stepper) -> str:
    """``perceptron: 7 updates so far`` or ``perceptron: no error in epoch 6, after 11 updates``;
    empty without the perceptron rule."""
    count = rule_count(stepper)
    if count is None:
        return ""
    updates, converged = count
    if converged is None:
        if updates == 1:
            return translate("Perceptron", "perceptron: {0} update so far").format(updates)
        return translate("Perceptron", "perceptron: {0} updates so far").format(updates)
    if updates == 1:
        return translate("Perceptron", "perceptron: no error in epoch {0}, after {1} update").format(
            converged, updates
        )
    return translate("Perceptron", "perceptron: no error in epoch {0}, after {1} updates").format(
        converged, updates
    )
