"""Going back: the stepper's rewind by snapshot and replay, and forgetting a future.

Going back into an earlier iteration restores the nearest snapshot
(:class:`~nnviz.session.history.Snapshots`) and replays from it; replay is
bit-identical because the snapshot holds the generator state. At least
``history_limit`` iterations back are reachable. A snapshot is kept every
``MIN_STRIDE`` (8) iterations, more apart for a big network to stay within
``memory_budget`` bytes; stepping back replays the few in between. An edit or a
settings change makes a new future: what was remembered after it is forgotten
and the changed state is recorded (pinned) where it starts.
"""

from __future__ import annotations

from nnviz.core.training import TrainerState
from nnviz.i18n import translate
from nnviz.session.breakpoints import Stop


class Rewind:
    """Rewind of :class:`~nnviz.session.stepper.Stepper` (mixed into it: it moves its cursor,
    recomputes with its trainer and keeps its snapshots and metric history)."""

    def _earliest(self) -> int:
        oldest = self.snapshots.oldest
        return -1 if oldest == self._base else self._at(oldest + 1, 0)

    def _retreat(self, target: int) -> Stop | None:
        stop = None
        i = self._split(target)[0]
        if target < self._earliest():
            target = self._earliest()
            i = self._split(target)[0]
            message = translate("Stepper", "rewind reached the oldest remembered iteration, {iteration}")
            stop = Stop("history", message.format(iteration=i), i)
        if i != self._split(self._p)[0]:
            self._load(i)
        self._p = target
        return stop

    def _load(self, iteration: int) -> None:
        """Make ``iteration`` the current one (recomputing its trace) by replay from a snapshot."""
        if iteration == self._base:
            self._replay_to(iteration)
            self._trace = None
        else:
            self._replay_to(iteration - 1)
            self._compute()

    def _replay_to(self, iteration: int) -> None:
        """Put the trainer in its state after ``iteration`` iterations."""
        self.trainer.restore(self.snapshots.nearest(iteration)[1])
        while self.trainer.iteration < iteration:
            self._compute()

    def _forget_after(self, iteration: int, state: TrainerState) -> None:
        """Make ``state`` the one after ``iteration`` iterations and forget everything later."""
        self._truncate(iteration)
        self.snapshots.record(iteration, state, force=True)

    def _truncate(self, iteration: int) -> None:
        """Forget the snapshots and metric points after ``iteration``: a new future starts there."""
        self.snapshots.truncate(iteration)
        self.metrics.truncate(iteration)
        self._frontier = iteration
        self._cut = min(self._cut, iteration)
        self._snapshot_cut = min(self._snapshot_cut, iteration)
