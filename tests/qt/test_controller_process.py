"""The controller with a training process: automatic speed trains there while the window draws,
changes during the run go through it, and its failures pause the run with a message."""

import copy
import os
import signal
import time

import pytest
from xor_spec import XOR_SPEC

from nnviz.core.experiment import Experiment
from nnviz.session import training_process as tp
from nnviz.session.stepper import Stepper
from nnviz.session.training_process import TrainingProcess
from nnviz.session.workspace import Workspace

SPEC = {**copy.deepcopy(XOR_SPEC), "data": {"dataset": "xor", "samples": 60, "noise": 0.05}, "batch_size": 4}


@pytest.fixture
def live(make_controller, process):
    controller = make_controller(**{k: v for k, v in SPEC.items() if k in ("data", "batch_size")})
    controller.training_process = process
    yield controller
    controller.pause()


def iteration(controller) -> int:
    return controller.workspace.stepper.trainer.iteration


def test_automatic_speed_trains_in_the_process_and_a_pause_brings_the_window_level(live, qtbot):
    drawn = []
    live.stepped.connect(lambda: drawn.append(iteration(live)))
    live.run()
    assert live.trains_elsewhere
    qtbot.waitUntil(lambda: iteration(live) >= 100, timeout=20000)
    live.pause()
    assert not live.trains_elsewhere and not live.running
    assert drawn == sorted(drawn) and len(set(drawn)) >= 2  # several frames, each further on
    reference = Workspace(Experiment(live.workspace.experiment.spec))
    reference.run(iteration(live))
    shown = live.workspace.stepper.trainer.network.parameters()
    for p, q in zip(shown, reference.stepper.trainer.network.parameters(), strict=True):
        assert p.tobytes() == q.tobytes()
    assert live.workspace.epochs == reference.epochs and live.workspace.dirty


def test_a_chosen_speed_trains_in_the_window_and_automatic_goes_back_to_the_process(live, qtbot):
    live.run()
    qtbot.waitUntil(lambda: iteration(live) > 0, timeout=20000)
    live.iterations_per_frame = 3
    qtbot.waitUntil(lambda: not live.trains_elsewhere, timeout=5000)
    before = iteration(live)
    qtbot.waitUntil(lambda: iteration(live) >= before + 9, timeout=5000)
    assert live.running
    live.iterations_per_frame = 0
    qtbot.waitUntil(lambda: live.trains_elsewhere, timeout=5000)
    before = iteration(live)
    qtbot.waitUntil(lambda: iteration(live) > before, timeout=20000)


def test_changes_during_the_run_take_effect_and_the_run_goes_on(live, qtbot):
    # The edit must stay within rewind reach however far the worker races ahead in one tick
    # (a fast machine trains over 1000 iterations, the default reach, between two ticks).
    live.workspace.stepper = Stepper(live.workspace.experiment.trainer, history_limit=10**7)
    live.run()
    qtbot.waitUntil(lambda: iteration(live) >= 5, timeout=20000)
    assert live.change(("optimizer", "learning_rate"), 0.0123)
    assert live.running and live.trains_elsewhere
    live.edit_parameter(1, 0, 0, 0.25)
    assert live.running and live.trains_elsewhere
    done = iteration(live)
    qtbot.waitUntil(lambda: iteration(live) > done + 5, timeout=20000)
    live.pause()
    assert live.workspace.stepper.trace.learning_rate == 0.0123
    live.undo()  # the edit, at the cursor it was made at
    assert iteration(live) == done
    assert live.workspace.stepper.visible_parameters(1)[0][0, 0] != 0.25
    live.redo()
    assert live.workspace.stepper.visible_parameters(1)[0][0, 0] == 0.25


def test_a_change_that_resets_pauses_the_run(live, qtbot):
    live.run()
    qtbot.waitUntil(lambda: iteration(live) > 0, timeout=20000)
    assert live.change(("network", "layers", 0, "units"), 5)
    assert not live.running and not live.trains_elsewhere and iteration(live) == 0


def test_a_breakpoint_in_the_process_stops_the_run_there(live, qtbot):
    live.workspace.stepper.breakpoints.iterations.add(250)
    with qtbot.waitSignal(live.stopped, timeout=20000) as stopped:
        live.run()
    assert "iteration 250" in stopped.args[0]
    assert not live.running and live.workspace.stepper.position.iteration == 250


def test_a_killed_process_pauses_the_run_and_the_next_run_starts_another(live, process, qtbot):
    live.run()
    qtbot.waitUntil(lambda: iteration(live) >= 10, timeout=20000)
    reached = iteration(live)
    with qtbot.waitSignal(live.training_failed, timeout=10000) as failed:
        os.kill(process._process.pid, signal.SIGKILL)
    assert "ended unexpectedly" in failed.args[0] and "paused at iteration" in failed.args[0]
    assert not live.running and iteration(live) >= reached
    live.run()
    assert live.trains_elsewhere
    qtbot.waitUntil(lambda: iteration(live) > reached + 10, timeout=20000)


def test_without_a_process_training_goes_on_in_the_window_and_says_so(live, monkeypatch, qtbot):
    live.training_process = TrainingProcess()
    monkeypatch.setattr(tp.sys, "executable", "/nonexistent/python")
    with qtbot.waitSignal(live.training_failed, timeout=1000) as failed:
        live.run()
    assert "cannot start the training process" in failed.args[0] and "in this window" in failed.args[0]
    assert live.running and live.training_process is None
    qtbot.waitUntil(lambda: iteration(live) > 0, timeout=10000)


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_until_idle(pid: int, *, moved_from: float | None = None) -> float:
    """Wait until the process's CPU time stands still for half a second (and, if given, has
    moved from ``moved_from`` first); returns it."""
    deadline, before = time.monotonic() + 30, -1.0
    while (now := cpu_seconds(pid)) != before or (moved_from is not None and now == moved_from):
        assert time.monotonic() < deadline, "the training process never went idle"
        before = now
        time.sleep(0.5)
    return now


def breakpoint_reached_unseen(live, at: int) -> None:
    """Run to a breakpoint at iteration ``at`` while the window handles no events: the worker's
    stop waits, unread, until whatever the window does next. The worker has got there when,
    booted and idle, it worked and then idles again, however slow the machine."""
    live.workspace.stepper.breakpoints.iterations.add(at)
    pid = live.training_process._process.pid
    booted = wait_until_idle(pid)
    live.run()
    wait_until_idle(pid, moved_from=booted)


@pytest.mark.parametrize(
    "action",
    [
        lambda c: c.pause(),
        lambda c: c.change(("optimizer", "learning_rate"), 0.0123),
        lambda c: c.edit_parameter(1, 0, 1, 0.5),
        lambda c: setattr(c, "iterations_per_frame", 5) or c._on_timer_timeout(),
    ],
    ids=["pause", "setting", "edit", "speed"],
)
def test_a_breakpoint_reached_just_before_an_action_still_stops_the_run(live, qtbot, action):
    stops = []
    live.stopped.connect(stops.append)
    breakpoint_reached_unseen(live, 2000)
    action(live)
    assert not live.running and live.last_stop is not None and live.last_stop.kind == "iteration"
    assert stops == [live.last_stop.message] and live.workspace.stepper.position.iteration == 2000


def test_a_workspace_that_cannot_be_sent_trains_this_run_in_the_window(live, process, qtbot):
    live.workspace.stepper.trainer.unpicklable = lambda: None
    with qtbot.waitSignal(live.training_failed, timeout=1000) as failed:
        live.run()
    assert "cannot send this experiment" in failed.args[0] and "this run trains in the window" in failed.args[0]
    assert live.running and not live.trains_elsewhere and live.training_process is process
    qtbot.waitUntil(lambda: iteration(live) > 0, timeout=10000)
    live.pause()
    del live.workspace.stepper.trainer.unpicklable
    live.run()  # the next run tries the process again
    assert live.trains_elsewhere


def test_a_hung_process_during_a_change_pauses_the_run_and_the_change_applies(live, process, qtbot, monkeypatch):
    monkeypatch.setattr(tp, "HALT_TIMEOUT_S", 0.3)
    live.run()
    qtbot.waitUntil(lambda: iteration(live) > 0, timeout=20000)
    pid = process._process.pid
    os.kill(pid, signal.SIGSTOP)
    try:
        with qtbot.waitSignal(live.training_failed, timeout=5000) as failed:
            assert live.change(("optimizer", "learning_rate"), 0.0123)
    finally:
        try:
            os.kill(pid, signal.SIGCONT)
        except ProcessLookupError:
            pass
    assert "did not answer within 0.3 s" in failed.args[0] and "the run paused at iteration" in failed.args[0]
    assert not live.running and not live.trains_elsewhere
    assert live.workspace.get(("optimizer", "learning_rate")) == 0.0123


def test_a_second_window_taking_the_process_pauses_the_first(live, process, make_controller, qtbot):
    other = make_controller()
    other.training_process = process
    live.run()
    qtbot.waitUntil(lambda: iteration(live) > 0, timeout=20000)
    with qtbot.waitSignal(live.training_failed, timeout=5000) as failed:
        other.run()
    assert "another network" in failed.args[0] and not live.running
    qtbot.waitUntil(lambda: iteration(other) > 0, timeout=20000)
    assert other.running and other.trains_elsewhere
    other.pause()
