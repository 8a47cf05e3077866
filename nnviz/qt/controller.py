"""Controller: the Qt face of a :class:`~nnviz.session.workspace.Workspace`.

Views never change the workspace themselves: they call the controller, which
changes it and emits one signal saying what happened; every view redraws from
the workspace on that signal. Data flows one way.

Live training runs on a ``QTimer``. In automatic speed, and given a
:class:`~nnviz.session.training_process.TrainingProcess` (the app gives one),
the network trains in that second process while the window draws: each tick,
every :data:`PROCESS_FRAME_MS`, applies the progress the worker sent since the
last tick to the workspace, asks for the next, and emits :attr:`stepped` once.
Whatever changes the workspace during such a run (a setting, an edit, undo)
first halts the worker, which brings the workspace level with it, and then
starts it again from the changed workspace; a pause halts it too. A breakpoint
the worker reached just before is not lost: the run stops there. If the
process fails, the run pauses where the workspace last got to; if the workspace
cannot be sent, that run trains in the window; if no process can start, every
run does; :attr:`Controller.training_failed` says which.

Otherwise (a chosen number of iterations per frame, or no training process)
each tick trains in the window's process, then emits :attr:`stepped` once, so
the views redraw once per frame however fast the core trains, and input is
handled between ticks. In automatic speed a frame aims at
:data:`FRAME_S`: the tick trains for that long minus what the last redraws
took (measured: from the end of one tick's training to the start of the next,
which covers the views' work, painting and input), so as much time as possible
goes to training at about 30 frames per second. With a chosen number of
iterations per frame, a tick does that many but stops early when the tick and
its redraw would keep input waiting longer than :data:`INPUT_S`, and training
goes on in the next tick: the number is a target, and input is handled within
about 80 ms whatever it is. Either way a tick ends with one redraw, painted
before the tick returns.

While running, the objects that existed when the run started are exempt from
Python's cyclic garbage collection (``gc.freeze``; memory is still freed by
reference counting): a full collection of the whole app takes about 50 ms and
would stall a frame. Pausing hands them back to the collector.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from nnviz.core.validate import ExperimentError
from nnviz.session.breakpoints import Stop
from nnviz.session.events import Granularity
from nnviz.session.setting_names import problem_in_words
from nnviz.session.training_process import Collected, ReplicaError, TrainingProcess, TrainingProcessError
from nnviz.session.workspace import Workspace

FRAME_MS = 16
"""Timer interval of the live run at a chosen speed (automatic speed paces itself: interval 0)."""
PROCESS_FRAME_MS = 30
"""Timer interval while a training process trains: a redraw about 33 times a second."""
FRAME_S = 0.032
"""Automatic speed: the time a whole frame (training, redraw, input) aims at, a little above 30 per second."""
INPUT_S = 0.06
"""A tick and its redraw together stay under this at any speed: input never waits longer."""
MIN_TICK_S = 0.004
"""A tick trains at least this long (or one iteration), however slow the redraw."""
MAX_TICK_S = 0.04
"""No tick trains longer than this, at any speed."""
TICK_BUDGET_S = FRAME_S - 0.012
"""Training time of the first tick in automatic speed, before a redraw has been measured."""
_SMOOTHING = 0.3
"""Weight of the newest redraw time in its running estimate."""
_clock = time.perf_counter


@dataclass(frozen=True)
class Selection:
    """A selected unit (``source`` None) or edge: the weight from input ``source`` of ``layer``
    (1..L) into ``unit`` (0-based); ``source == fan_in`` is the bias unit's edge, the bias."""

    layer: int
    unit: int
    source: int | None = None

    @property
    def is_unit(self) -> bool:
        return self.source is None


class Controller(QObject):
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
        self.frame_ms = FRAME_MS
        """Timer interval at a chosen number of iterations per frame (a slow pace spaces ticks out)."""
        self.training_process = training_process
        """Trains in automatic speed while the window draws (``None``: train in this process)."""
        self.last_stop: Stop | None = None
        self.selection: Selection | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._redraw_s = FRAME_S - TICK_BUDGET_S
        """Running estimate of a redraw's time (views, painting, input) between two ticks."""
        self._trained_at: float | None = None
        """When the last tick's training ended (``None``: no tick since the run started)."""
        self._elsewhere = False
        """The run trains in the training process (this controller's run is the one there)."""
        self._window_only = False
        """This run trains in the window: its workspace could not be sent to the process."""

    # -- live training ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def trains_elsewhere(self) -> bool:
        """Whether the live run's training happens in the training process right now."""
        return self._elsewhere

    def run(self) -> None:
        if not self.running:
            self.last_stop = None
            self._trained_at = None
            self._window_only = False
            self._begin_elsewhere()
            self._timer.setInterval(self._interval())
            self._timer.start()
            gc.freeze()
            self.running_changed.emit(True)

    def pause(self) -> None:
        if self.running:
            self._timer.stop()
            halted = self._halt_elsewhere()
            gc.unfreeze()
            self.running_changed.emit(False)
            if halted is not None and halted.moved:
                self.stepped.emit()
            if halted is not None and halted.stop is not None:
                self._stopped_at(halted.stop)

    def pace_changed(self) -> None:
        """The speed changed during a run: the timer takes the new interval now, not after the
        current one (at 1 epoch/s on XOR that is a second)."""
        if self.running and not self._elsewhere:
            self._timer.setInterval(self._interval())

    def _interval(self) -> int:
        if self._elsewhere:
            return PROCESS_FRAME_MS
        return 0 if self.iterations_per_frame <= 0 else self.frame_ms

    def _wants_elsewhere(self) -> bool:
        return self.training_process is not None and self.iterations_per_frame <= 0 and not self._window_only

    def _begin_elsewhere(self) -> None:
        """Start the training process on the workspace, if this run wants it. If the workspace
        cannot be sent, this run trains in the window; if no process can start, every run from
        now on; :attr:`training_failed` says so."""
        if not self._wants_elsewhere():
            return
        try:
            self.training_process.begin(self.workspace)
            self._ask()
        except ReplicaError as error:
            self._window_only = True
            self.training_failed.emit(f"{error}; this run trains in the window, more slowly")
            return
        except TrainingProcessError as error:
            self.training_process = None
            self.training_failed.emit(f"{error}; training goes on in this window, more slowly")
            return
        self._elsewhere = True

    def _halt_elsewhere(self) -> Collected | None:
        """End the training process's run, the workspace level with it: what that brought
        (``None``: no run there, or it failed — the run is then paused, see :meth:`_fail`)."""
        if not self._elsewhere:
            return None
        self._elsewhere = False
        try:
            return self.training_process.halt(self.workspace)
        except TrainingProcessError as error:
            self._fail(error)
            return None

    def _fail(self, error: TrainingProcessError) -> None:
        """The training process failed: pause where the workspace got to, and say so."""
        self._elsewhere = False  # nothing left to halt: the pause only stops the timer
        self.pause()
        self.stepped.emit()
        iteration = self.workspace.stepper.trainer.iteration
        self.training_failed.emit(f"{error}; the run paused at iteration {iteration}")

    def _ask(self) -> None:
        ws = self.workspace
        self.training_process.request(ws.stepper.breakpoints, ws.test_rise_epochs)

    @contextmanager
    def _held(self) -> Iterator[None]:
        """Change the workspace in between: a run in the training process halts first (the
        workspace level with it) and, unless the change paused it, starts again from the
        changed workspace — or pauses, if it had stopped at a breakpoint just before."""
        if not self._elsewhere:
            yield
            return
        halted = self._halt_elsewhere()
        try:
            yield
        finally:
            if self.running and not self._stopped_by(halted):
                self._begin_elsewhere()

    def _stopped_by(self, halted: Collected | None) -> bool:
        """If a halt brought the breakpoint the worker had reached, stop the run there, redrawn."""
        if halted is None or halted.stop is None:
            return False
        self.stepped.emit()
        self._stop(halted.stop)
        return True

    def tick_budget(self) -> float:
        """Seconds the next tick may train: in automatic speed the frame (:data:`FRAME_S`) minus
        the redraw estimate; at a chosen speed as long as input can wait (:data:`INPUT_S`)."""
        frame = FRAME_S if self.iterations_per_frame <= 0 else INPUT_S
        return min(max(frame - self._redraw_s, MIN_TICK_S), MAX_TICK_S)

    def _on_timer_timeout(self) -> None:
        if self._wants_elsewhere() != self._elsewhere:  # the speed setting changed
            if self._elsewhere:
                self._stopped_by(self._halt_elsewhere())
                if not self.running:
                    return
            else:
                self._begin_elsewhere()
            self._timer.setInterval(self._interval())
        if self._elsewhere:
            self._show_progress()
            return
        start = _clock()
        if self._trained_at is not None:
            # Capped, so that one long interruption (a dialog) does not starve training for long.
            gap = min(start - self._trained_at, FRAME_S)
            self._redraw_s += _SMOOTHING * (gap - self._redraw_s)
        limit = self.iterations_per_frame if self.iterations_per_frame > 0 else None
        stop = self.train_for(self.tick_budget(), limit)
        self._trained_at = _clock()
        if self._timer.interval() != self._interval():
            self._timer.setInterval(self._interval())
        self.stepped.emit()
        # Redraw now, inside the tick: the views' updates are posted events, and left to the
        # event loop they could wait behind the next tick (in automatic speed it is due at once).
        QCoreApplication.sendPostedEvents()
        if stop is not None:
            self._stop(stop)

    def _show_progress(self) -> None:
        """A tick while the training process trains: apply its progress, ask for more, redraw."""
        try:
            collected = self.training_process.collect(self.workspace)
            if not collected.over:
                self._ask()
        except TrainingProcessError as error:
            self._fail(error)
            return
        if collected.over:
            self._elsewhere = False
        if collected.moved:
            self.stepped.emit()
            QCoreApplication.sendPostedEvents()
        if collected.stop is not None:
            self._stop(collected.stop)
        elif collected.over:
            self.pause()

    def train_for(self, seconds: float, limit: int | None = None) -> Stop | None:
        """Train until ``seconds`` have passed (one iteration at least) or ``limit`` iterations are done.

        The clock is read between chunks of iterations sized from the time per
        iteration so far, so the tick overshoots by about one iteration at most.
        """
        ws = self.workspace
        start = _clock()
        done, chunk = 0, 1
        while True:
            if limit is not None:
                chunk = min(chunk, limit - done)
            stop = ws.run(chunk)
            done += chunk
            elapsed = _clock() - start
            if stop is not None or elapsed >= seconds or done == limit:
                return stop
            # Aim at most of the time left: a chunk that ends an epoch also evaluates it.
            chunk = max(1, int(0.8 * (seconds - elapsed) * done / elapsed)) if elapsed > 0 else 2 * chunk

    def _stop(self, stop: Stop) -> None:
        self.pause()
        self._stopped_at(stop)

    def _stopped_at(self, stop: Stop) -> None:
        self.last_stop = stop
        self.stopped.emit(stop.message)

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

    def edit_parameter(self, layer: int, unit: int, source: int | str, value: float) -> None:
        with self._held():
            try:
                self.workspace.edit_parameter(layer, unit, source, value)
            except ValueError as error:
                self.failed.emit(str(error))
                return
        self.stepped.emit()

    def select(self, selection: Selection | None) -> None:
        """Select a unit or an edge (``None`` clears); views follow :attr:`selection_changed`."""
        if selection != self.selection:
            self.selection = selection
            self.selection_changed.emit()

    def select_sample(self, row: int) -> None:
        """Make batch row ``row`` the traced sample."""
        trace = self.workspace.stepper.trace
        if trace is not None and 0 <= row < len(trace.samples):
            self.workspace.sample = row
            self.stepped.emit()

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
            self.pause()
            if self.selection is not None and not _fits(self.selection, self.workspace):
                self.select(None)
            self.workspace_replaced.emit()
        self.stepped.emit()
        self.settings_changed.emit(message)

    def undo(self) -> None:
        with self._held():
            before = self.workspace.stepper
            if self.workspace.undo():
                self._announce(before, "undone")

    def redo(self) -> None:
        with self._held():
            before = self.workspace.stepper
            if self.workspace.redo():
                self._announce(before, "redone")

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
        self.workspace = workspace
        self.select(None)
        self.workspace_replaced.emit()
        self.stepped.emit()

    def save(self, path: str | Path) -> bool:
        try:
            self.workspace.save(path)
        except OSError as error:
            self.failed.emit(f"cannot save {path}: {error.strerror or error}")
            return False
        self.saved.emit(str(path))
        return True


def _fits(selection: Selection, workspace: Workspace) -> bool:
    """Whether the selection still names a unit or edge of the (possibly rebuilt) network."""
    layers = workspace.experiment.network.layers
    if not 1 <= selection.layer <= len(layers):
        return False
    dense = layers[selection.layer - 1]
    return selection.unit < dense.units and (selection.source is None or selection.source <= dense.fan_in)
