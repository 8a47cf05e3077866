"""Controller: the Qt face of a :class:`~nnviz.session.workspace.Workspace`.

Views never change the workspace themselves: they call the controller, which
changes it and emits one signal saying what happened; every view redraws from
the workspace on that signal. Data flows one way.

Live training is the play loop's (:mod:`nnviz.qt.play_loop`), mixed into the controller.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from nnviz.core.validate import ExperimentError
from nnviz.errors import BadInput
from nnviz.qt.i18n import translate
from nnviz.qt.play_loop import PlayLoop
from nnviz.session.breakpoints import Stop
from nnviz.session.events import Granularity
from nnviz.session.selection import Selection
from nnviz.session.setting_names import problem_in_words
from nnviz.session.training_process import TrainingProcess
from nnviz.session.workspace import Workspace


class Controller(QObject, PlayLoop):
    """Owns the workspace and the play loop; see the module docstring."""

    workspace_replaced = Signal()
    """A different experiment (or a rebuilt one): views rebuild their layout."""
    stepped = Signal()
    """The cursor moved or values changed: views redraw from the workspace."""
    settings_changed = Signal(str)
    """Settings were changed; the argument says whether training restarted."""
    stopped = Signal(str)
    """Live training or a step stopped at a breakpoint; the argument says why."""
    running_changed = Signal(bool)
    """Live training started (True) or paused (False)."""
    failed = Signal(str)
    """A request was refused (bad value, unreadable file); the state did not change."""
    training_failed = Signal(str)
    """Training in the training process failed or could not start; the argument says what
    happened and where the run goes on (paused, or training in the window)."""
    saved = Signal(str)
    """The experiment was written to the given path."""
    selection_changed = Signal()
    """The selected unit or edge changed (see :attr:`selection`)."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        training_process: TrainingProcess | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.iterations_per_frame = 0
        """0: as many as fit in the tick budget; else exactly this many per frame."""
        self.last_stop: Stop | None = None
        self._start_play_loop(training_process)

    # -- stepping -----------------------------------------------------------------------------
    def step(self, granularity: Granularity) -> None:
        self.pause()
        stop = self.workspace.step(granularity)
        self.stepped.emit()
        if stop is not None:
            self._stop(stop)

    def step_back(self, granularity: Granularity = Granularity.UNIT) -> None:
        self.pause()
        stop = self.workspace.step_back(granularity)
        self.stepped.emit()
        if stop is not None:
            self.stopped.emit(stop.message)

    def rewind_to(self, iteration: int) -> None:
        """Back to the end of ``iteration`` (the landscape's path was clicked there)."""
        self.pause()
        stop = self.workspace.rewind_to(iteration)
        self.stepped.emit()
        if stop is not None:
            self.stopped.emit(stop.message)

    def edit_parameter(self, layer: int, unit: int, source: int | str, value: float) -> None:
        with self._held():
            try:
                self.workspace.edit_parameter(layer, unit, source, value)
            except ValueError as error:
                self.failed.emit(str(error))
                return
        self.stepped.emit()

    @property
    def selection(self) -> Selection | None:
        """The workspace's selected unit or edge (:attr:`Workspace.selection`)."""
        return self.workspace.selection

    def select(self, selection: Selection | None) -> None:
        """Select a unit or an edge (``None`` clears); views follow :attr:`selection_changed`."""
        if selection != self.selection:
            self.workspace.selection = selection
            self.selection_changed.emit()

    def select_sample(self, row: int) -> None:
        """Make batch row ``row`` the traced sample."""
        trace = self.workspace.stepper.trace
        if trace is not None and 0 <= row < len(trace.samples):
            self.workspace.sample = row
            self.stepped.emit()

    def pick_test_row(self, row: int | None) -> None:
        """Show test row ``row`` (0-based)'s encoding and output split, or the traced sample's for ``None``."""
        if row != self.workspace.split_row:
            self.workspace.split_row = row
            self.stepped.emit()

    def trace_picture(self, probe) -> None:
        """Trace ``probe`` (a :class:`~nnviz.session.picture_probe.PictureProbe`: a drawn or test
        picture) in the batch row's place, or the batch row again for ``None``."""
        self.workspace.probe = probe
        self.stepped.emit()

    # -- the exercise mode ------------------------------------------------------------------------
    def set_exercise_mode(self, on: bool) -> None:
        """Enter or leave the exercise mode (:mod:`nnviz.session.exercise`); it pauses a run."""
        self.pause()
        self.workspace.set_exercise_mode(on)
        self.stepped.emit()

    def answer(self, blank, text: str):
        """Judge the learner's ``text`` for ``blank``; the verdict, or ``None`` (and :attr:`failed`)
        for text that is not a number."""
        try:
            verdict = self.workspace.exercise.answer(blank, text)
        except BadInput as error:
            self.failed.emit(str(error))
            return None
        self.stepped.emit()
        return verdict

    def load_answers(self, path: str | Path | None = None, text: str | None = None) -> int | None:
        """Take a student file's values (or pasted ``text``) as the learner's answers; how many, or
        ``None`` (and :attr:`failed`) for a bad file."""
        try:
            exercise = self.workspace.exercise
            count = exercise.paste(text) if text is not None else exercise.load(Path(path))
        except BadInput as error:
            self.failed.emit(str(error))
            return None
        self.stepped.emit()
        return count

    # -- settings and files ---------------------------------------------------------------------
    def change(self, path: tuple, value) -> bool:
        """Change one setting; False (and :attr:`failed`) when refused."""
        return self._apply(lambda: self.workspace.set(path, value))

    def replace_spec(self, spec: dict, what: str = "settings") -> bool:
        return self._apply(lambda: self.workspace.replace_spec(spec, what))

    def _apply(self, change) -> bool:
        with self._held():
            before = self.workspace.stepper
            try:
                message = change()
            except ExperimentError as error:
                problems = getattr(error, "problems", None) or [str(error)]
                self.failed.emit("; ".join(problem_in_words(p) for p in problems))
                return False
            if message:
                self._announce(before, message)
        return True

    def _announce(self, stepper_before, message: str) -> None:
        if self.workspace.stepper is not stepper_before:
            if self.running:  # a new network: the learner starts it (the message said "restarts" of a paused run)
                message = translate("Controller", "{0} — paused: Run (F5) trains the new network").format(message)
            self.pause()
            self.selection_changed.emit()  # a rebuilt network drops a selection it no longer has
            self.workspace_replaced.emit()
        self.stepped.emit()
        self.settings_changed.emit(message)

    def undo(self) -> None:
        ws = self.workspace
        said, plain = translate("Controller", "Undone: {0}"), translate("Controller", "Undone")
        self._swap(ws.undo_name, ws.undo, said, plain)

    def redo(self) -> None:
        ws = self.workspace
        said, plain = translate("Controller", "Redone: {0}"), translate("Controller", "Redone")
        self._swap(ws.redo_name, ws.redo, said, plain)

    def _swap(self, name: Callable[[], str], swap: Callable[[], bool], said: str, said_plain: str) -> None:
        """Undo or redo (``swap``) and say what: ``said`` with the change's ``name``, else ``said_plain``."""
        with self._held():
            before, what = self.workspace.stepper, name()
            if swap():
                self._announce(before, said.format(what) if what else said_plain)

    def reset(self) -> None:
        self.pause()
        message = self.workspace.reset()
        self.workspace_replaced.emit()
        self.stepped.emit()
        self.settings_changed.emit(message)

    def randomize(self) -> None:
        with self._held():
            before = self.workspace.stepper
            self._announce(before, self.workspace.randomize())

    def open(self, path: str | Path) -> bool:
        """Open a file or preset; on failure the current workspace stays and :attr:`failed` says why."""
        from nnviz.presets import load_experiment

        try:
            experiment = load_experiment(path)
        except ExperimentError as error:
            self.failed.emit(str(error))
            return False
        self.set_workspace(Workspace(experiment))
        return True

    def set_workspace(self, workspace: Workspace) -> None:
        self.pause()
        workspace.set_exercise_mode(self.workspace.exercise is not None)  # the mode stays on or off
        self.workspace = workspace
        self.selection_changed.emit()
        self.workspace_replaced.emit()
        self.stepped.emit()

    def save(self, path: str | Path) -> bool:
        try:
            self.workspace.save(path)
        except OSError as error:
            self.failed.emit(translate("controller", "cannot save {0}: {1}").format(path, error.strerror or error))
            return False
        self.saved.emit(str(path))
        return True
