"""Live run: the whole window training and redrawing, offscreen, driven by its real play loop.

The real :class:`nnviz.qt.app.App` is built around a workspace (the spiral, 250
training and 250 test points, batch 10, sigmoid + bce, SGD), shown at 1400×900
with every dock in its default place (plots on the Loss tab, the data view's
100×100 decision boundary, a heatmap in every unit of the canvas). Then the
controller runs — its own ``QTimer`` in a real Qt event loop — for a few
seconds, and the section counts:

- **redraws/s**: frames in which the canvas was really painted (its paint count),
  and the ticks (``stepped`` signals) next to it;
- **epochs/s**: epochs trained (each one evaluated on the training and test sets),
  as the window's workspace shows them;
- **trains in**: where the network trains — in automatic speed the app's second
  process (:mod:`nnviz.session.training_process`), at a chosen speed the window;
- **ms per redraw**: the window's main thread's CPU time per frame apart from
  training — applying the progress, the views' work, painting, input. When the
  window trains too, this is what limits epochs/s at 30 frames per second;
- **input gap**: the longest time the event loop was busy without handling
  events — a probe timer records when it gets through; a key press waits at most
  this long;
- for scale, **epochs/s without drawing**: the same workspace trained alone
  (``Workspace.run``, with its per-epoch evaluation), no window: the ceiling that
  the live run's share of time spent training applies to. The two alternate in
  five slices each (live, alone, live, …), so that both see the same machine: on
  a shared VM a core's speed drifts by ±20 % between five-second windows.

A row trains at 10 000 iterations per frame, the fastest fixed speed, to
show that the input gap stays bounded however much a frame is asked to do.
Targets from DESIGN.md: ≥ 30 redraws/s while training ≥ 100 epochs/s on
2-8×6-1 and ≥ 250 epochs/s on 2-4-2-1; input handled within 100 ms.

The last row is the ``digits-cnn`` preset as shipped (conv 3×3×8 → max-pool 2 →
dense softmax 10, batch 32, Adam) with every feature map and kernel on the
canvas and the Data dock's confusion matrix: issue #15 asks ≥ 30 redraws/s,
input within 100 ms and ≥ 0.8× the images per second of the same training with
no window (images/s = it/s × 32).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from nnviz.benchmarks.report import Column, Result, rate, verdict
from nnviz.benchmarks.spiral import spiral_spec
from nnviz.benchmarks.timing import Budget

TITLE = "Live run: the whole window training and redrawing, offscreen"
MIN_REDRAWS = 30.0
MIN_SHARE = 0.9
"""Automatic speed: epochs/s at least this share of the same training with no window (drawing nearly free)."""
MAX_INPUT_GAP_MS = 100.0
WINDOW = (1400, 900)
PROBE_MS = 10
"""Interval of the probe timer that measures how long the event loop stays busy. A 2 ms probe (500
wake-ups a second) cost the training process of 2-4-2-1 2–3 % in A/B slices on this machine (probe on
against off: 0.966 and 0.981); the input-gap target is 100 ms, so 10 ms is fine enough."""
SLICES = 5
"""The live run and the training without a window alternate in this many slices each."""
LEARNING_RATE = 0.03


@dataclass(frozen=True)
class Case:
    """One measured run: hidden layer sizes, the epochs/s target, the speed setting."""

    hidden: tuple[int, ...]
    min_epochs: float | None
    iterations_per_frame: int = 0
    """0: automatic (the tick's time budget); else the fixed speed."""
    preset: str | None = None
    """A shipped preset trained as it is, in place of the spiral with ``hidden`` layers."""
    min_share: float = MIN_SHARE

    @property
    def net(self) -> str:
        return self.preset or "-".join(map(str, (2, *self.hidden, 1)))

    @property
    def speed(self) -> str:
        return "auto" if self.iterations_per_frame == 0 else f"{self.iterations_per_frame} it/frame"


CASES = (
    Case((8,) * 6, 100.0),
    Case((4, 2), 250.0),
    Case((8,) * 6, None, 10_000),
    Case((), None, preset="digits-cnn", min_share=0.8),
)

COLUMNS = [
    Column("net", "net"),
    Column("speed", "speed"),
    Column("trains in", "trains in"),
    Column("redraws/s", "redraws/s", rate),
    Column("ticks/s", "ticks/s", rate),
    Column("epochs/s", "epochs/s", rate),
    Column("it/s", "it/s", rate),
    Column("bare epochs/s", "epochs/s without drawing", rate),
    Column("share", "× without drawing", lambda v: "—" if v is None else f"{v:.2f}×"),
    Column("redraw_ms", "ms per redraw", lambda v: "—" if v is None else f"{v:.1f}"),
    Column("input_gap_ms", "max input gap ms", lambda v: "—" if v is None else f"{v:.0f}"),
    Column("target", "target"),
    Column("pass", "pass/fail", verdict),
]


def make_spec(hidden: tuple[int, ...]) -> dict:
    """The experiment: the spiral (250 training points), tanh hidden layers, sigmoid + bce, batch 10."""
    return spiral_spec(f"live benchmark 2-{'-'.join(map(str, hidden))}-1", hidden, LEARNING_RATE)


def experiment_of(case: Case):
    """The case's experiment: its preset, or the spiral with its hidden layers."""
    from nnviz.core.experiment import Experiment
    from nnviz.presets import load_experiment

    return load_experiment(case.preset) if case.preset else Experiment(make_spec(case.hidden))


def build_app(case: Case):
    """The real app around the case's experiment, shown in its default layout."""
    from PySide6.QtWidgets import QApplication

    from nnviz.qt.app import App
    from nnviz.session.workspace import Workspace

    app = App(Workspace(experiment_of(case)))
    app.controller.training_process.start()  # as the app does at start-up
    app.window.resize(*WINDOW)
    app.window.show()
    QApplication.processEvents()
    app.canvas.fit_to_view()
    return app


class _Probe:
    """A fast timer that records when the event loop gets to it: the gaps are how long input waits."""

    def __init__(self):
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.last = None
        self.longest = 0.0

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def _spin(seconds: float) -> None:
    """Run the Qt event loop for ``seconds`` (timers, painting, input: as the app does)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def measure(case: Case, seconds: float, warmup: float) -> dict:
    """Run the app live for ``seconds`` in all and the same training without a window for as long,
    in :data:`SLICES` alternating slices, and count redraws, ticks and epochs.

    Alternating, the two see the same machine: on a shared VM the speed of one core drifts by
    ±20 % from one five-second window to the next, as much as drawing costs.
    """
    app = build_app(case)
    controller = app.controller
    ticks = [0]

    def count_tick() -> None:
        ticks[0] += 1

    controller.stepped.connect(count_tick)
    controller.iterations_per_frame = case.iterations_per_frame
    trained = _time_training(controller)
    bare = _BareTraining(case)
    probe = _Probe()
    live = dict.fromkeys(("paints", "ticks", "epochs", "iterations", "seconds", "cpu", "trained"), 0)
    running, where = True, "window"
    try:
        for _ in range(SLICES):
            controller.run()
            _spin(warmup)
            trainer = controller.workspace.stepper.trainer
            before = (app.canvas.item.paint_count, ticks[0], trainer.epoch, trainer.iteration, trained[0])
            probe.start()
            start, start_cpu = time.perf_counter(), time.thread_time()
            _spin(seconds / SLICES)
            live["seconds"] += time.perf_counter() - start
            live["cpu"] += time.thread_time() - start_cpu
            probe.stop()
            running = running and controller.running
            where = "process" if controller.trains_elsewhere else "window"
            trainer = controller.workspace.stepper.trainer
            after = (app.canvas.item.paint_count, ticks[0], trainer.epoch, trainer.iteration, trained[0])
            for key, b, a in zip(("paints", "ticks", "epochs", "iterations", "trained"), before, after):
                live[key] += a - b
            controller.pause()
            bare.train(seconds / SLICES)
    finally:
        controller.pause()
        app.window.setWindowModified(False)
        controller.workspace.dirty = False
        app.window.close()
        app.window.deleteLater()
    elapsed = live["seconds"]
    row = {
        "net": case.net,
        "speed": case.speed,
        "trains in": where,
        "redraws/s": live["paints"] / elapsed,
        "ticks/s": live["ticks"] / elapsed,
        "epochs/s": live["epochs"] / elapsed,
        "it/s": live["iterations"] / elapsed,
        "input_gap_ms": 1000.0 * probe.longest,
        "redraw_ms": 1000.0 * (live["cpu"] - live["trained"]) / max(live["ticks"], 1),
        "seconds": elapsed,
        "still_running": running,
        "bare epochs/s": bare.rate(),
    }
    row["share"] = row["epochs/s"] / row["bare epochs/s"] if row["bare epochs/s"] else None
    _verdict(case, row)
    return row


def _time_training(controller) -> list[float]:
    """Add up the CPU seconds the window spends training (the rest of a frame is the redraw)."""
    total = [0.0]
    train_for = controller.train_for

    def timed(seconds: float, limit: int | None = None):
        start = time.thread_time()
        try:
            return train_for(seconds, limit)
        finally:
            total[0] += time.thread_time() - start

    controller.train_for = timed
    return total


class _BareTraining:
    """The same experiment's workspace alone: no window, no drawing — the ceiling for epochs/s."""

    def __init__(self, case: Case):
        from nnviz.session.workspace import Workspace

        self.workspace = Workspace(experiment_of(case))
        trainer = self.workspace.stepper.trainer
        self.workspace.run(trainer.iterations_per_epoch)  # warm up
        self.epochs, self.seconds = 0, 0.0

    def train(self, seconds: float) -> None:
        """Train whole epochs for about ``seconds``."""
        trainer = self.workspace.stepper.trainer
        start, epoch = time.perf_counter(), trainer.epoch
        while time.perf_counter() - start < seconds:
            self.workspace.run(trainer.iterations_per_epoch)
        self.epochs += trainer.epoch - epoch
        self.seconds += time.perf_counter() - start

    def rate(self) -> float:
        """Epochs per second over every slice trained."""
        return self.epochs / self.seconds if self.seconds else 0.0


def _verdict(case: Case, row: dict) -> None:
    gap_ok = row["input_gap_ms"] < MAX_INPUT_GAP_MS
    if case.iterations_per_frame:
        row["target"] = f"input < {MAX_INPUT_GAP_MS:g} ms"
        row["pass"] = gap_ok and row["still_running"]
        return
    epochs = "" if case.min_epochs is None else f"≥{case.min_epochs:g} epochs/s, "
    row["target"] = (
        f"≥{MIN_REDRAWS:g} redraws/s, {epochs}≥{case.min_share:g}× without drawing, "
        f"input < {MAX_INPUT_GAP_MS:g} ms"
    )
    row["pass"] = (
        row["redraws/s"] >= MIN_REDRAWS
        and (case.min_epochs is None or row["epochs/s"] >= case.min_epochs)
        and row["share"] >= case.min_share
        and gap_ok
        and row["still_running"]
    )


def run(budget: Budget, options) -> Result:
    """One row per case; see the module docstring."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication([])
    # Never read or write the learner's remembered window layout.
    QStandardPaths.setTestModeEnabled(True)
    seconds = budget.live_seconds
    result = Result(TITLE, COLUMNS)
    for case in CASES:
        result.rows.append(measure(case, seconds, warmup=min(0.25, seconds / SLICES / 2)))
    qapp.processEvents()
    result.notes = _notes(seconds)
    for row in result.rows:
        if not row["still_running"]:
            result.notes.append(f"{row['net']} ({row['speed']}): the run stopped before the end (a breakpoint?).")
    return result


def _notes(seconds: float) -> list[str]:
    return [
        f"Platform {os.environ.get('QT_QPA_PLATFORM', 'default')}; window {WINDOW[0]}×{WINDOW[1]}, default dock "
        "layout (plots on the Loss tab); data view 100×100 decision boundary; a heatmap in every unit.",
        f"Spiral, 500 points (250 train, 250 test), noise 0.1, batch 10, tanh hidden layers, sigmoid + bce, "
        f"SGD lr {LEARNING_RATE:g}, seed 0; every epoch is evaluated on both sets.",
        "digits-cnn: the preset as shipped (1 258 training and 539 test digits, batch 32, Adam), every feature "
        "map and kernel on the canvas, the Data dock's confusion matrix on the test set (redrawn once a second); "
        "images/s = it/s × 32.",
        f"Each row: {seconds:g} s of the app's own play loop (QTimer in a Qt event loop) and {seconds:g} s of "
        f"the same training without a window, alternating in {SLICES} slices each (a short warm-up after each "
        "resume).",
        "redraws/s: frames the canvas really painted; ticks/s: frames the views were told to redraw.",
        "trains in: process — the app's training process trains while the window draws (automatic speed); "
        "window — the window's own ticks train (a chosen speed).",
        "ms per redraw: the window's main-thread CPU time per tick apart from training (applying progress, views, "
        "painting, input).",
        "epochs/s without drawing: the same workspace trained alone, no window: the ceiling for epochs/s.",
        "× without drawing: epochs/s over that ceiling. What it loses is the worker's replies (taking and "
        "pickling the progress, about 1.5 % of its time) and the window's drawing on the other core.",
        f"max input gap: the longest the event loop went without handling events (a {PROBE_MS} ms probe timer).",
    ]
