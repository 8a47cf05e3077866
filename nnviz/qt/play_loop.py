"""The play loop: live training on a ``QTimer``, mixed into :class:`~nnviz.qt.controller.Controller`.

Live training runs on a ``QTimer``. In automatic speed, and given a
:class:`~nnviz.session.training_process.TrainingProcess` (the app gives one),
the network trains in that second process while the window draws: each tick,
every :data:`PROCESS_FRAME_MS`, applies the progress the worker sent since the
last tick to the workspace, asks for the next, and emits :attr:`Controller.stepped` once.
Whatever changes the workspace during such a run (a setting, an edit, undo)
first halts the worker, which brings the workspace level with it, and then
starts it again from the changed workspace; a pause halts it too. A breakpoint
the worker reached just before is not lost: the run stops there. Where the
run trains, and what a failure of the process does to that, is
:class:`~nnviz.session.live_run.LiveRun`'s state; :attr:`Controller.training_failed`
says what happened.

Otherwise (a chosen number of iterations per frame, or no training process)
each tick trains in the window's process, then emits :attr:`Controller.stepped` once, so
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

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from nnviz.session.breakpoints import Stop
from nnviz.session.live_run import LiveRun, RunPaused, train_for
from nnviz.session.training_process import Collected, TrainingProcess

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


class PlayLoop:
    """The controller's live run (a mixin: it changes the controller's workspace and emits its
    signals; :meth:`_start_play_loop` sets it up)."""

    def _start_play_loop(self, training_process: TrainingProcess | None) -> None:
        self._live = LiveRun(training_process)
        self.frame_ms = FRAME_MS
        """Timer interval at a chosen number of iterations per frame (a slow pace spaces ticks out)."""
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._redraw_s = FRAME_S - TICK_BUDGET_S
        """Running estimate of a redraw's time (views, painting, input) between two ticks."""
        self._trained_at: float | None = None
        """When the last tick's training ended (``None``: no tick since the run started)."""

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def training_process(self) -> TrainingProcess | None:
        """Trains in automatic speed while the window draws (``None``: train in this process)."""
        return self._live.process

    @training_process.setter
    def training_process(self, process: TrainingProcess | None) -> None:
        self._live.process = process

    @property
    def trains_elsewhere(self) -> bool:
        """Whether the live run's training happens in the training process right now."""
        return self._live.in_process

    def run(self) -> None:
        if not self.running:
            self.last_stop = None
            self._trained_at = None
            self._live.new_run()
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
        if self.running and not self._live.in_process:
            self._timer.setInterval(self._interval())

    def _interval(self) -> int:
        if self._live.in_process:
            return PROCESS_FRAME_MS
        return 0 if self.iterations_per_frame <= 0 else self.frame_ms

    def _begin_elsewhere(self) -> None:
        """Start the training process on the workspace, if this run wants it; if it trains in
        the window instead, :attr:`training_failed` says so."""
        if self._live.wants_process(self.iterations_per_frame):
            message = self._live.begin(self.workspace)
            if message is not None:
                self.training_failed.emit(message)

    def _halt_elsewhere(self) -> Collected | None:
        """End the training process's run, the workspace level with it: what that brought
        (``None``: no run there, or it failed — the run is then paused, see :meth:`_fail`)."""
        try:
            return self._live.halt(self.workspace)
        except RunPaused as failure:
            self._fail(failure)
            return None

    def _fail(self, failure: RunPaused) -> None:
        """The training process failed (nothing left to halt): pause, and say where."""
        self.pause()
        self.stepped.emit()
        self.training_failed.emit(str(failure))

    @contextmanager
    def _held(self) -> Iterator[None]:
        """Change the workspace in between: a run in the training process halts first (the
        workspace level with it) and, unless the change paused it, starts again from the
        changed workspace — or pauses, if it had stopped at a breakpoint just before."""
        if not self._live.in_process:
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
        if self._live.wants_process(self.iterations_per_frame) != self._live.in_process:  # the speed changed
            if self._live.in_process:
                self._stopped_by(self._halt_elsewhere())
                if not self.running:
                    return
            else:
                self._begin_elsewhere()
            self._timer.setInterval(self._interval())
        if self._live.in_process:
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
            collected = self._live.collect(self.workspace)
        except RunPaused as failure:
            self._fail(failure)
            return
        if collected.moved:
            self.stepped.emit()
            QCoreApplication.sendPostedEvents()
        if collected.stop is not None:
            self._stop(collected.stop)
        elif collected.over:
            self.pause()

    def train_for(self, seconds: float, limit: int | None = None) -> Stop | None:
        """Train in the window for ``seconds`` or ``limit`` iterations (:func:`train_for`)."""
        return train_for(self.workspace, seconds, limit, _clock)

    def _stop(self, stop: Stop) -> None:
        self.pause()
        self._stopped_at(stop)

    def _stopped_at(self, stop: Stop) -> None:
        self.last_stop = stop
        self.stopped.emit(stop.message)
