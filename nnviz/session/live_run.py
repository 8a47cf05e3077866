"""Where the live run trains: in the window's ticks or in the training process.

:class:`LiveRun` owns the window's :class:`~nnviz.session.training_process.TrainingProcess`
and knows, as one explicit :class:`Place`, where training happens right now. It has no
timer and no signals: the Qt controller ticks, redraws and tells the learner; this class
decides and reports. Its transitions:

- :meth:`begin` (automatic speed, a process at hand): ``IN_WINDOW → IN_PROCESS``. If the
  workspace cannot be sent, ``→ REFUSED`` (this run trains in the window); if no process
  can start, ``→ NO_PROCESS`` (every run from now on does). Both return what to tell the learner.
- :meth:`halt` and :meth:`collect` (a run that is over): ``IN_PROCESS → IN_WINDOW``, the
  workspace level with the worker. If the process failed, ``→ IN_WINDOW`` too and
  :class:`RunPaused` says where the run must pause; the next run starts the process again.
- :meth:`new_run`: ``REFUSED → IN_WINDOW``, so each run tries the process again.
- Setting :attr:`process`: ``None`` is ``NO_PROCESS``, a process is ``IN_WINDOW``.

In the window, :func:`train_for` trains for one tick's time budget.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from nnviz.i18n import translate
from nnviz.session.breakpoints import Stop
from nnviz.session.training_process import Collected, ReplicaError, TrainingProcess, TrainingProcessError
from nnviz.session.workspace import Workspace


class Place(Enum):
    """Where training happens right now."""

    NO_PROCESS = "no process"
    """There is no training process (none given, or none could start): every run trains in the window."""
    IN_WINDOW = "in the window"
    """A process is at hand but no run is in it: paused, at a chosen speed, or between runs."""
    REFUSED = "refused"
    """This run's workspace could not be sent to the process: it trains in the window until it ends."""
    IN_PROCESS = "in the process"
    """The training process trains this run; the window applies its progress."""


class RunPaused(Exception):
    """The training process failed during a run; the message says how and where the run paused."""


class LiveRun:
    """The live run's place and its training process; see the module docstring."""

    def __init__(self, process: TrainingProcess | None = None):
        self._process = process
        self.place = Place.NO_PROCESS if process is None else Place.IN_WINDOW

    @property
    def process(self) -> TrainingProcess | None:
        """The training process (``None``: every run trains in the window)."""
        return self._process

    @process.setter
    def process(self, process: TrainingProcess | None) -> None:
        self._process = process
        self.place = Place.NO_PROCESS if process is None else Place.IN_WINDOW

    @property
    def in_process(self) -> bool:
        return self.place is Place.IN_PROCESS

    def wants_process(self, iterations_per_frame: int) -> bool:
        """Whether this run should train in the process: automatic speed (``iterations_per_frame``
        0) and a process that can take it."""
        return iterations_per_frame <= 0 and self.place in (Place.IN_WINDOW, Place.IN_PROCESS)

    def new_run(self) -> None:
        """A run starts: one the process refused before may try it again."""
        if self.place is Place.REFUSED:
            self.place = Place.IN_WINDOW

    def begin(self, workspace: Workspace) -> str | None:
        """Start training a replica of ``workspace`` in the process and ask for its progress.
        Returns ``None``, or, when the run trains in the window instead, why and for how long."""
        try:
            self._process.begin(workspace)
            self._ask(workspace)
        except ReplicaError as error:
            self.place = Place.REFUSED
            return translate("LiveRun", "{0}; this run trains in the window, more slowly").format(error)
        except TrainingProcessError as error:
            self.process = None
            return translate("LiveRun", "{0}; training goes on in this window, more slowly").format(error)
        self.place = Place.IN_PROCESS
        return None

    def halt(self, workspace: Workspace) -> Collected | None:
        """End the process's run, ``workspace`` level with it: what that brought (``None``: no run
        there). Raises :class:`RunPaused` if the process failed."""
        if not self.in_process:
            return None
        self.place = Place.IN_WINDOW
        try:
            return self._process.halt(workspace)
        except TrainingProcessError as error:
            raise _paused(error, workspace) from None

    def collect(self, workspace: Workspace) -> Collected:
        """Apply the process's progress since the last call to ``workspace`` and, unless the run
        is over (then back ``IN_WINDOW``), ask for the next. Raises :class:`RunPaused` if the
        process failed."""
        try:
            collected = self._process.collect(workspace)
            if not collected.over:
                self._ask(workspace)
        except TrainingProcessError as error:
            self.place = Place.IN_WINDOW
            raise _paused(error, workspace) from None
        if collected.over:
            self.place = Place.IN_WINDOW
        return collected

    def _ask(self, workspace: Workspace) -> None:
        self._process.request(workspace.stepper.breakpoints, workspace.test_rise_epochs)


def train_for(workspace: Workspace, seconds: float, limit: int | None, clock: Callable[[], float]) -> Stop | None:
    """Train ``workspace`` in this process until ``seconds`` have passed on ``clock`` (one
    iteration at least) or ``limit`` iterations are done; the breakpoint it stopped at, if any.

    The clock is read between chunks of iterations sized from the time per
    iteration so far, so a tick overshoots by about one iteration at most.
    """
    start = clock()
    done, chunk = 0, 1
    while True:
        if limit is not None:
            chunk = min(chunk, limit - done)
        stop = workspace.run(chunk)
        done += chunk
        elapsed = clock() - start
        if stop is not None or elapsed >= seconds or done == limit:
            return stop
        # Aim at most of the time left: a chunk that ends an epoch also evaluates it.
        chunk = max(1, int(0.8 * (seconds - elapsed) * done / elapsed)) if elapsed > 0 else 2 * chunk


def _paused(error: TrainingProcessError, workspace: Workspace) -> RunPaused:
    iteration = workspace.stepper.trainer.iteration
    return RunPaused(translate("LiveRun", "{0}; the run paused at iteration {1}").format(error, iteration))
