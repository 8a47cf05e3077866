"""Workspace: the app's open document — an experiment, its stepper, and the learner's edits.

The main window shows one workspace. It owns what the panels share and no Qt:

- the :class:`~nnviz.core.experiment.Experiment` and a
  :class:`~nnviz.session.stepper.Stepper` over its trainer;
- settings changes by JSON path (``("optimizer", "learning_rate")``). A change
  that leaves training valid (optimizer hyper-parameters, regularization)
  applies at once and keeps the run, and one of the name or the lesson text
  touches nothing else; any other rebuilds the experiment with the same seed.
  Either way a bad value raises ``ExperimentError`` and nothing changes.
  Every change can be undone, a reset included, exactly;
- the per-epoch evaluation on the training and test sets, and the breakpoint
  "test loss rising for N epochs", which needs it (mixed in from
  :mod:`nnviz.session.epoch_records`);
- what the learner looks at: the traced sample (:attr:`Workspace.sample`), the
  :attr:`Workspace.selection`, and :meth:`Workspace.step_view`, every number the
  panels show at the cursor, built once per step;
- whether there are unsaved changes: settings that differ from the file, edited weights, or
  training — except that training a shipped lesson (no setting changed) loses nothing worth
  asking about: the lesson reopens as it was;
- a lesson's name and text follow a change of its data set while nobody edited them
  (:mod:`nnviz.session.lesson_origin`);
- replicas: :meth:`Workspace.replica` is a copy to train elsewhere (a training
  process), and :meth:`Workspace.apply_progress` brings this one level with
  what the copy's :meth:`Workspace.take_progress` reported.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from nnviz.core.experiment import EvalResult, Experiment
from nnviz.core.experiment_spec import validate_spec
from nnviz.core.optimizers import make_optimizer
from nnviz.core.regularizers import Regularizer
from nnviz.core.validate import ExperimentError
from nnviz.i18n import translate
from nnviz.presets import is_shipped
from nnviz.session.breakpoints import Stop
from nnviz.session.epoch_records import EpochRecord, EpochRecords, after_epoch
from nnviz.session.events import Granularity
from nnviz.session.history import EPOCH_TAIL, thin_epochs
from nnviz.session.learner_focus import LearnerFocus
from nnviz.session.lesson_origin import LessonOrigin
from nnviz.session.setting_names import setting_name
from nnviz.session.spec_paths import TEXT_KEYS, assign, only_live_changes, without
from nnviz.session.stepper import Progress, Stepper

UNDO_DEPTH = 50


@dataclass(frozen=True)
class RunProgress:
    """What a workspace's run did since its last :meth:`Workspace.take_progress`: the stepper's
    progress, the epoch records after epoch ``epochs_after``, and the run's stop."""

    stepper: Progress
    epochs_after: int
    epochs: list[EpochRecord]
    stop: Stop | None


@dataclass
class _Undo:
    """Enough to undo one change exactly: the experiment and stepper as they were."""

    experiment: Experiment
    stepper: Stepper
    epochs: list[EpochRecord]
    live: bool
    spec: dict
    edit: tuple | None = None
    """For a weight edit: ``(layer, unit, source, value)``, undone by the stepper."""
    what: Callable[[], str] = str
    """The change in words, in the language of the moment, for Edit › Undo and the status bar
    ("Layer 1 units", "Weight edit")."""


class Workspace(LearnerFocus, EpochRecords):
    """One open experiment with its cursor; see the module docstring."""

    def __init__(self, experiment: Experiment):
        self.experiment = experiment
        self.stepper = Stepper(experiment.trainer)
        self.shipped = is_shipped(experiment.path)
        """Opened from a shipped preset: training alone leaves nothing unsaved."""
        self._saved_spec = copy.deepcopy(experiment.spec)
        self._edited = False
        """A weight was edited since the last save (the spec does not show it)."""
        self._trained = False
        self._origin = LessonOrigin.of(experiment.spec)
        LearnerFocus.__init__(self)
        EpochRecords.__init__(self)
        self._undo: list[_Undo] = []
        self._redo: list[_Undo] = []
        self._epochs_sent = 0
        """The epoch of the last record :meth:`take_progress` reported."""

    @classmethod
    def open(cls, path: str | Path) -> Workspace:
        return cls(Experiment.load(path))

    @property
    def dirty(self) -> bool:
        """Unsaved work: settings unlike the file's, an edited weight, or training that is not
        only a run of a shipped lesson."""
        if self._edited or self.experiment.spec != self._saved_spec:
            return True
        return self._trained and not self.shipped

    @dirty.setter
    def dirty(self, value: bool) -> None:
        """``False``: the current state counts as saved; ``True``: as unsaved, whatever it is."""
        if value:
            self._edited = True
        else:
            self._saved_spec = copy.deepcopy(self.experiment.spec)
            self._edited = self._trained = False

    # -- stepping -------------------------------------------------------------------------
    def step(self, granularity: Granularity) -> Stop | None:
        return self._moved(self.stepper.step(granularity))

    def step_back(self, granularity: Granularity) -> Stop | None:
        stop = self.stepper.step_back(granularity)
        self._forget_epochs_after(self.stepper.trainer.epoch)
        return stop

    def rewind_to(self, iteration: int) -> Stop | None:
        """Back to the end of ``iteration`` (a point of the loss landscape's path)."""
        stop = self.stepper.rewind_to(iteration)
        self._forget_epochs_after(self.stepper.trainer.epoch)
        return stop

    def run(self, iterations: int) -> Stop | None:
        """Train ``iterations`` more, in chunks that end at epoch boundaries so each epoch is evaluated."""
        stop = None
        while iterations > 0 and stop is None:
            trainer = self.stepper.trainer
            chunk = min(
                iterations, trainer.iterations_per_epoch - trainer.iteration % trainer.iterations_per_epoch
            )
            stop = self._moved(self.stepper.run(chunk))
            iterations -= chunk
        return stop

    def _moved(self, stop: Stop | None) -> Stop | None:
        self._trained = True
        return self._record_epoch(stop)

    # -- replicas -----------------------------------------------------------------------------
    def replica(self) -> Workspace:
        """A copy that trains exactly as this one would, for another process: no undo history, no
        rewind snapshots (:meth:`Stepper.replica`); it reports with :meth:`take_progress`."""
        replica = Workspace.__new__(Workspace)
        replica.__dict__.update(
            self.__dict__,
            _undo=[],
            _redo=[],
            _auto_sample=(None, 0),
            _view=None,
            exercise=None,  # the learner's answers stay with the window
            _origin=None,  # a replica only trains; relabelling a lesson is the window's
            epochs=list(self.epochs),
            stepper=self.stepper.replica(),
        )
        return replica

    def take_progress(self, stop: Stop | None = None, *, snapshots: bool = True) -> RunProgress:
        """What this workspace did since the last call (``stop``: why its run stopped, if it did;
        ``snapshots``: see :meth:`Stepper.take_progress`)."""
        sent = self._epochs_sent
        new = self.epochs[after_epoch(self.epochs, sent) :]
        self._epochs_sent = self.epochs[-1].epoch if self.epochs else 0
        return RunProgress(self.stepper.take_progress(snapshots=snapshots), sent, new, stop)

    def apply_progress(self, progress: RunProgress) -> None:
        """Catch up with a :meth:`replica` of this workspace that made ``progress`` (all of it, in order)."""
        epoch = self.stepper.trainer.epoch
        self.stepper.apply_progress(progress.stepper)
        # In place, as training itself appends: views extend what they drew instead of rereading.
        del self.epochs[after_epoch(self.epochs, progress.epochs_after) :]
        self.epochs.extend(progress.epochs)
        if self.stepper.trainer.epoch // EPOCH_TAIL != epoch // EPOCH_TAIL:
            # As the replica did: the same records. New records are younger than EPOCH_TAIL, so
            # between two multiples of it there is nothing to thin (a scan of every record a frame).
            thin_epochs(self.epochs, self.stepper.trainer.epoch)
        self._trained = True

    def edit_parameter(self, layer: int, unit: int, source: int | str, value: float) -> None:
        """Set one weight or bias at the cursor (see :meth:`Stepper.edit_parameter`); undoable."""
        self.stepper.edit_parameter(layer, unit, source, value)
        edit = (layer, unit, source, value)
        self._remember(self._as_now(lambda: translate("Workspace", "Weight edit"), edit=edit))
        self._edited = True

    def evaluate(self) -> EvalResult:
        with np.errstate(all="ignore"):
            return self.experiment.evaluate()

    # -- settings ---------------------------------------------------------------------------
    def get(self, path: tuple) -> Any:
        """The spec value at ``path`` (keys and list indices), or ``None`` when absent."""
        node: Any = self.experiment.spec
        for key in path:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                return None
        return node

    def set(self, path: tuple, value: Any) -> str:
        """Change the spec at ``path`` (``value`` ``None`` removes the key); returns a status message.

        Raises ``ExperimentError`` naming the problem; the workspace is then unchanged.
        """
        spec = copy.deepcopy(self.experiment.spec)
        assign(spec, path, value)
        return self.replace_spec(spec, lambda: setting_name(path))

    def replace_spec(self, spec: dict, what: str | Callable[[], str] = "settings") -> str:
        """Install a whole new spec (live where possible, else a reset); see :meth:`set`.
        ``what`` names the change in words for the message ("Layer 1 units"), or makes them."""
        name = _capitalized(what if callable(what) else lambda: what)
        what = name()
        old = self.experiment.spec
        spec = self._origin.relabel(old, spec)
        if spec == old:
            return ""
        live = only_live_changes(old, spec)
        memo = self._as_now(name, live)
        if live:
            message = self._apply_live(spec, what)
        else:
            self._rebuild(spec)
            message = translate(
                "Workspace", "{what} changed: training restarts from iteration 0 with seed {seed}"
            ).format(what=what, seed=self.experiment.seed)
        self._remember(memo)
        return message

    def _apply_live(self, spec: dict, what: str) -> str:
        if without(spec, TEXT_KEYS) == without(self.experiment.spec, TEXT_KEYS):
            validate_spec(spec).raise_if_any()
            self.experiment = self.experiment.with_spec(spec)
            return translate("Workspace", "{what} changed").format(what=what)
        opt = dict(spec["optimizer"])
        name = opt.pop("name")
        reg = spec.get("regularization", {"kind": "none"})
        try:
            optimizer = make_optimizer(name, **opt)
            regularizer = Regularizer(reg.get("kind", "none"), float(reg.get("lambda", 0.0)))
        except (ValueError, TypeError) as error:
            raise ExperimentError([f"{what}: {error}"]) from None
        trainer = self.experiment.trainer
        # A fresh Experiment object keeps the old one intact for undo; it shares the trainer.
        self.experiment = self.experiment.with_spec(spec)
        trainer.optimizer.hyper = optimizer.hyper
        trainer.regularizer = regularizer
        self.stepper.settings_changed()
        return translate(
            "Workspace", "{what} changed: applies from the next iteration, training continues"
        ).format(what=what)

    def _rebuild(self, spec: dict) -> None:
        experiment = Experiment(spec, self.experiment.base_dir)
        experiment.path = self.experiment.path
        self.experiment = experiment
        self.stepper = Stepper(experiment.trainer)
        self.epochs = []
        self._chosen_sample = None

    def _as_now(self, what: Callable[[], str], live: bool = False, edit: tuple | None = None) -> _Undo:
        """An undo entry that brings back the workspace as it is now (named by ``what``)."""
        return _Undo(self.experiment, self.stepper, list(self.epochs), live, self.experiment.spec, edit, what)

    def _remember(self, memo: _Undo) -> None:
        """Push ``memo`` on the undo stack (at most :data:`UNDO_DEPTH` kept); a new change ends redo."""
        self._undo = [*self._undo[-(UNDO_DEPTH - 1) :], memo]
        self._redo.clear()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_name(self) -> str:
        """What :meth:`undo` would undo, in words ("" if nothing, or if it has no name)."""
        return self._undo[-1].what() if self._undo else ""

    def redo_name(self) -> str:
        """What :meth:`redo` would redo, in words."""
        return self._redo[-1].what() if self._redo else ""

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> bool:
        return self._swap(self._undo, self._redo)

    def redo(self) -> bool:
        return self._swap(self._redo, self._undo)

    def _swap(self, source: list[_Undo], target: list[_Undo]) -> bool:
        if not source:
            return False
        memo = source.pop()
        if memo.edit is not None:
            return self._swap_edit(memo, source is self._undo, target)
        target.append(self._as_now(memo.what, memo.live))
        if memo.live:
            # The run went on after a live change; only the settings go back.
            self._apply_live(memo.spec, "settings")
        else:
            self.experiment, self.stepper, self.epochs = memo.experiment, memo.stepper, memo.epochs
        return True

    def _swap_edit(self, memo: _Undo, undoing: bool, target: list[_Undo]) -> bool:
        if undoing:
            if not self.stepper.undo_edit():
                return False
        else:
            self.stepper.edit_parameter(*memo.edit)
        target.append(memo)
        self._edited = True
        return True

    def reset(self) -> str:
        """Back to iteration 0 with the same seed and settings."""
        memo = self._as_now(lambda: translate("Workspace", "Reset"))
        self._rebuild(copy.deepcopy(self.experiment.spec))
        self._remember(memo)
        return translate("Workspace", "Reset: iteration 0, seed {seed}").format(seed=self.experiment.seed)

    def randomize(self) -> str:
        """A new seed (new data, weights and shuffling), drawn from the current one."""
        seed = int(np.random.default_rng([self.experiment.seed, 1]).integers(0, 2**31 - 1))
        return self.set(("seed",), seed)

    # -- files --------------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        self.experiment.save(path)
        self.shipped = is_shipped(path)
        self._origin = LessonOrigin.of(self.experiment.spec)
        self.dirty = False


def _capitalized(make: Callable[[], str]) -> Callable[[], str]:
    """``make`` with its text's first letter a capital ("learning rate" → "Learning rate")."""
    return lambda: (text := make())[:1].upper() + text[1:]
